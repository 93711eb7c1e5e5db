// SPDX-License-Identifier: MIT
#pragma once

// The half of IngestPipeline that runs in its worker thread: it owns the Mqtt::Client, ingests every batch of
// messages into the shared TopicStore under the store mutex (one lock per batch, or per 2 ms slice of a batch that
// takes longer, with a pause between slices for the GUI thread to get its turn), and hands coalesced change sets to
// the owner's thread. Private to the pipeline: construct it through IngestPipeline, not directly.
//
// Pacing: a change set goes out at most once per interval, and the next one is not taken before the owner has
// delivered the previous one and the interval has passed since that delivery. A slow GUI thread therefore never
// finds a queue of stale change sets; changes just accumulate in the store and come out as one.

#include "client/mqttclient.h"
#include "ingest/ingestcounters.h"
#include "ingest/messagesink.h"
#include "store/topicstore.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <memory>

class QSemaphore;
class QTimer;

// What the owner's thread and the worker share. Everything here is guarded by mutex.
struct IngestShared {
    mutable QMutex mutex;
    TopicStore store;
    quint64 generation = 0; // counts clear() calls, so a change set taken before a clear is recognised as stale
    IngestCounters counters; // since the last clear
    std::shared_ptr<MessageSink> sink; // sees each message after the store (charts); null when nobody asks
};

class IngestWorker : public QObject {
    Q_OBJECT
public:
    explicit IngestWorker(IngestShared &shared);
    ~IngestWorker() override;

    static qint64 steadyNs(); // the clock of changesDelivered() and of the batch times
    static qint64 threadCpuNs(); // CPU time of the calling thread
    static qint64 steadyMs() { return steadyNs() / 1000000; }

    // All of these run in the worker thread (the pipeline calls them through queued invocations).
    void setClientOptions(const Mqtt::ClientOptions &options);
    void setChangeInterval(int ms);
    void connectToBroker(const QList<Mqtt::Subscription> &subscriptions);
    void disconnectFromBroker();
    void reconnectNow();
    void stopReconnecting();
    void publish(const Mqtt::Publish &message);
    void deleteRetained(const QStringList &topics);
    void storeCleared(); // the owner cleared the store: deliver the reset, give the freed memory back
    void changesDelivered(qint64 deliveredMs); // the owner handed the last change set on (steadyMs())
    // Ends the connection (gracefully if it can, within a bound) and releases done; nothing is ingested after.
    void shutdown(const std::shared_ptr<QSemaphore> &done);

Q_SIGNALS:
    void changesTaken(const ChangeSet &changes, quint64 generation, quint64 totalMessages, double messagesPerSecond);
    void stateChanged(Mqtt::Client::State state);
    void errorOccurred(const QString &sentence);
    void connected(Mqtt::ProtocolVersion version);
    void protocolFallback(const QString &sentence);
    void reconnectScheduled(int attempt, qint64 msUntil);
    void subscribed();
    void deleteRetainedProgress(int done, int total);

private:
    void onConnected();
    void onMessages(const QList<Mqtt::Publish> &batch);
    void onPublishFinished(Mqtt::Token token, bool success, const QString &error);
    void onSubscribeFinished(Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void dropClient();
    void failPendingDeletes(const QString &sentence);
    void reportDeleteProgress(bool force);
    void scheduleFlush();
    void flush();
    double updateRate(quint64 total, quint64 generation);

    IngestShared &m_shared;
    Mqtt::ClientOptions m_options;
    Mqtt::Client *m_client = nullptr;
    QTimer *m_flushTimer = nullptr;
    int m_intervalMs = 40;
    bool m_haveChanges = false; // the store may hold changes not yet taken
    bool m_awaitingDelivery = false; // a change set is on its way to the owner
    qint64 m_lastDeliveryMs = -1000000; // steadyMs() of the owner's last delivery
    bool m_shuttingDown = false;
    quint64 m_seenReadPauses = 0; // the client's readPauses() already counted
    Mqtt::Token m_subscribeToken = 0;
    bool m_subscriptionsRetainAsPublished = true; // every subscription of connectToBroker() asks for it

    // deleteRetained(): tokens of the empty retained publishes still unanswered.
    QHash<Mqtt::Token, QString> m_deletes;
    int m_deleteTotal = 0;
    int m_deleteDone = 0;
    int m_deleteFailed = 0;
    QString m_deleteError; // the first failure
    qint64 m_lastProgressMs = -1000000;

    // ingestStatistics(): totals at recent flushes, for a rate over about the last second.
    struct RateSample {
        qint64 ms = 0;
        quint64 total = 0;
    };
    QList<RateSample> m_rateSamples;
    quint64 m_rateGeneration = 0;
};
