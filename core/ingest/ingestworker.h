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
#include "publish/publishoutcome.h"
#include "session/mqttserverlimits.h"
#include "store/topicstore.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
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
    // QoS 1/2 publishes (and retained deletions) the broker has not confirmed yet. Written by the worker only; read
    // without the lock.
    std::atomic<int> unconfirmedPublishes { 0 };
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
    // A message from the publish panel: its answer (or why there is none) comes back in publishAnswered, with id.
    void publishRequest(quint64 id, const Mqtt::Publish &message);
    // Messages on a watched topic also come back in responsesReceived (request/response). The worker subscribes to
    // the topic unless the connection's subscriptions already cover it.
    void setResponseTopicWatched(const QString &topic, bool watched);
    void setPacketTraceSink(const std::shared_ptr<Mqtt::PacketTraceSink> &sink);
    void deleteRetained(const QStringList &topics);
    void subscribe(const QList<Mqtt::Subscription> &subscriptions, quint32 subscriptionIdentifier);
    void unsubscribe(const QStringList &filters);
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
    // One per filter of every SUBSCRIBE / UNSUBSCRIBE: the broker's reason code, or -1 when there was no answer
    // (not connected, refused before sending, connection lost), with one sentence when it failed.
    void subscriptionAnswered(const QString &filter, int reasonCode, const QString &sentence);
    void unsubscriptionAnswered(const QString &filter, int reasonCode, const QString &sentence);
    void publishAnswered(const QList<PublishOutcome> &outcomes); // batched: one signal per turn of the event loop
    void responsesReceived(const QList<Mqtt::Publish> &messages); // one signal per batch that had any
    void serverLimitsChanged(const Mqtt::ServerLimits &limits, Mqtt::ProtocolVersion version); // with each CONNACK

private:
    void onConnected();
    void onMessages(const QList<Mqtt::Publish> &batch);
    void onPublishFinished(Mqtt::Token token, bool success, const QString &error);
    void report(const PublishOutcome &outcome);
    PublishOutcome outcomeOf(quint64 id, quint8 qos, const Mqtt::RequestHandle &handle) const;
    void failPendingPublishes(const QString &sentence);
    bool coveredBySubscriptions(const QString &topic) const;
    void subscribeForResponses(const QString &topic);
    void onSubscribeFinished(Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void onUnsubscribeFinished(Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void answerSubscribe(
        const QStringList &filters, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void answerUnsubscribe(
        const QStringList &filters, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void updateUnconfirmed();
    void dropClient();
    void failPendingDeletes(const QString &sentence);
    void reportDeleteProgress(bool force);
    void scheduleFlush();
    void flush();
    double updateRate(quint64 total, quint64 generation);

    IngestShared &m_shared;
    Mqtt::ClientOptions m_options;
    Mqtt::Client *m_client = nullptr;
    std::shared_ptr<Mqtt::PacketTraceSink> m_traceSink; // the packet timeline's, while one is open
    QTimer *m_flushTimer = nullptr;
    int m_intervalMs = 40;
    bool m_haveChanges = false; // the store may hold changes not yet taken
    bool m_awaitingDelivery = false; // a change set is on its way to the owner
    qint64 m_lastDeliveryMs = -1000000; // steadyMs() of the owner's last delivery
    bool m_shuttingDown = false;
    quint64 m_seenReadPauses = 0; // the client's readPauses() already counted
    Mqtt::Token m_subscribeToken = 0;
    bool m_subscriptionsRetainAsPublished = true; // every subscription of connectToBroker() asks for it
    QHash<Mqtt::Token, QStringList> m_subscribeFilters; // requests whose answers go out per filter
    QHash<Mqtt::Token, QStringList> m_unsubscribeFilters;
    QSet<Mqtt::Token> m_unconfirmed; // QoS 1/2 publishes not confirmed yet (retained deletions are in m_deletes)

    // deleteRetained(): tokens of the empty retained publishes still unanswered.
    QHash<Mqtt::Token, QString> m_deletes;
    int m_deleteTotal = 0;
    int m_deleteDone = 0;
    int m_deleteFailed = 0;
    QString m_deleteError; // the first failure
    qint64 m_lastProgressMs = -1000000;

    // publishRequest(): requests the broker has not answered yet, and answers not yet reported.
    struct PendingPublish {
        quint64 id = 0;
        quint8 qos = 0;
        Mqtt::RequestHandle handle;
    };
    QHash<Mqtt::Token, PendingPublish> m_publishes;
    QList<PublishOutcome> m_outcomes;
    QTimer *m_outcomeTimer = nullptr;
    bool m_inPublishRequest = false; // a refusal reported by the client during publishRequest() is reported there

    // setResponseTopicWatched(): the topics, those the worker subscribed to itself, and the connection's filters.
    QSet<QString> m_watchedTopics;
    QSet<QString> m_responseSubscriptions;
    QStringList m_subscriptionFilters;

    // ingestStatistics(): totals at recent flushes, for a rate over about the last second.
    struct RateSample {
        qint64 ms = 0;
        quint64 total = 0;
    };
    QList<RateSample> m_rateSamples;
    quint64 m_rateGeneration = 0;
};
