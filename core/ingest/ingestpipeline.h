// SPDX-License-Identifier: MIT
#pragma once

// The flood-proof way in: socket, codec, session and topic store work in a worker thread; the owner's (GUI) thread
// receives coalesced change sets at most once per change interval (default 40 ms), never a signal per message.
//
//     IngestPipeline pipeline;
//     pipeline.setClientOptions(options);
//     connect(&pipeline, &IngestPipeline::changesReady, model, &TopicModel::apply);
//     pipeline.connectToBroker({ Mqtt::Subscription { u"#"_s } });
//     ...
//     QMutexLocker lock(&pipeline.storeMutex());
//     const TopicStore &store = pipeline.store(); // read only while the lock is held
//
// The worker reads the socket at most 256 KiB at a time (ClientOptions::FloodReadBufferBytes): when the store falls
// behind, the rest waits in the kernel and TCP holds the broker back, so memory follows what is kept, not what
// passes through. It ingests each batch the client delivers (16 KiB of a read, Client::DeliverySliceBytes) under
// storeMutex(), one lock per batch; a batch that takes longer than 2 ms (the thread was preempted, or a million new
// topics) is ingested in 2 ms slices, unlocking in between, so that the owner's thread never waits long for the lock.
// A change set is taken from the store only between batches, after the owner has delivered the previous one (and its
// event loop has run what that left, such as a view's relayout) and an interval has passed since: when the owner's
// thread is busy, changes accumulate in the store and arrive as one change set. At most one is ever on its way.

#include "client/mqttclient.h"
#include "codec/mqttpacket.h"
#include "ingest/ingestcounters.h"
#include "publish/publishoutcome.h"
#include "session/mqttserverlimits.h"
#include "store/topicstore.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <memory>

class QThread;
class IngestWorker;
class MessageSink;
struct IngestShared;

class IngestPipeline : public QObject {
    Q_OBJECT
public:
    explicit IngestPipeline(QObject *parent = nullptr);
    ~IngestPipeline() override; // disconnects (gracefully, within about 1.5 s) and stops the worker thread

    // Connection. All of these return at once; the work happens in the worker thread, in call order.
    void setClientOptions(const Mqtt::ClientOptions &options); // used by the next connectToBroker()
    // Connects with a fresh client and subscribes once the broker accepts the connection (e.g. {"#", qos 0}).
    void connectToBroker(const QList<Mqtt::Subscription> &subscriptions);
    void disconnectFromBroker();
    // While the connection waits to reconnect (reconnectScheduled()): try now, or give up.
    void reconnectNow();
    void stopReconnecting();
    void publish(const Mqtt::Publish &message); // thread-safe; failures come as errorOccurred()
    // A message whose answer the caller wants: returns its request id; the answer comes in publishAnswered() (sent,
    // PUBACK, PUBCOMP, the broker's refusal, or why it was not sent; first "queued" when it waits for a reconnect).
    // Not connected: refused, except QoS 1 and 2 while reconnecting with a session the broker keeps
    // (ClientOptions::keepsSession()).
    quint64 publishRequest(const Mqtt::Publish &message);
    // Request/response: while watched, messages on topic also come in responsesReceived(). The connection subscribes
    // to topic unless its subscriptions already cover it (and unsubscribes when no longer watched).
    void setResponseTopicWatched(const QString &topic, bool watched);
    // From the owner's thread: the options of the next or current connection, and what its broker allows (from the
    // last CONNACK; serverLimitsKnown() is false until one arrives and after the connection ends).
    Mqtt::ClientOptions clientOptions() const { return m_options; }
    bool serverLimitsKnown() const { return m_limitsKnown; }
    Mqtt::ServerLimits serverLimits() const { return m_limits; }
    Mqtt::ProtocolVersion protocolVersion() const { return m_version; } // of the current or last connection
    // The packet trace hook of the connection's client (Mqtt::Client::setPacketTraceSink), this one and the next
    // ones; the sink is called in the worker thread. nullptr turns tracing off (the default: no cost).
    void setPacketTraceSink(std::shared_ptr<Mqtt::PacketTraceSink> sink);
    // Publishes an empty retained message (QoS 1) to each topic, which deletes its retained message on the broker.
    // Progress counts the requests finished, successfully or not; failures are summed up in one errorOccurred().
    void deleteRetained(const QStringList &topics);
    // Subscribes on the current connection (MQTT 5: with the subscription identifier, 0 = none), or unsubscribes.
    // Each filter is answered with subscriptionAnswered() / unsubscriptionAnswered(). The client keeps the
    // subscriptions for the reconnects of this connection; connectToBroker() starts over with its own list.
    void subscribe(const QList<Mqtt::Subscription> &subscriptions, quint32 subscriptionIdentifier = 0);
    void unsubscribe(const QStringList &filters);
    // QoS 1/2 messages (including retained deletions) published but not yet confirmed by the broker: closing the
    // connection now may lose them.
    int unconfirmedPublishes() const;

    // Store access from any thread: hold the lock while reading. The GUI model reads through this.
    QMutex &storeMutex() const;
    const TopicStore &store() const; // only under storeMutex()
    // Under storeMutex(): what the worker measured since the last clear (see IngestCounters). The four below are
    // its fields, kept for their callers.
    const IngestCounters &counters() const;
    qint64 firstBatchNs() const { return counters().firstBatchNs; }
    qint64 lastBatchNs() const { return counters().lastBatchNs; }
    qint64 longestHoldNs() const { return counters().longestHoldNs; }
    qsizetype largestBatch() const { return counters().largestBatch; }
    static qint64 steadyNs();
    // The receive times the store records are this clock (milliseconds since the epoch); pass it to
    // TopicStore::stats() and topTopics() as nowMs.
    static qint64 currentTimeMs();

    // Clears the store synchronously (from the owner's thread, under the lock). The model resets around this call;
    // the reset flag of the next change set then refers to this clear. A change set taken before the clear and
    // not yet delivered is dropped.
    void clear();
    void setChangeInterval(int ms);
    int changeInterval() const { return m_changeIntervalMs; }
    // Configuration passed to the store (under the lock).
    void setHistoryDepth(int messagesPerTopic);
    void setHistoryBudget(qint64 bytes);
    void setPayloadLimit(qint64 bytes);
    // The one MessageSink that sees every message in the worker thread (see messagesink.h); null for none.
    void setMessageSink(std::shared_ptr<MessageSink> sink);

Q_SIGNALS:
    void changesReady(const ChangeSet &changes); // in the owner's thread; never empty
    void stateChanged(Mqtt::Client::State state);
    void errorOccurred(const QString &sentence);
    void connected(Mqtt::ProtocolVersion version); // CONNACK accepted, in this version (3.1.1 after a fallback)
    // The broker turned MQTT 5 down; the client connects again with 3.1.1 (ClientOptions::fallbackToV311).
    void protocolFallback(const QString &sentence);
    // The connection was lost; the next attempt (1, 2, ...) starts in msUntil ms (Mqtt::Client::reconnectScheduled).
    void reconnectScheduled(int attempt, qint64 msUntil);
    void subscribed(); // the broker granted (at least one of) the subscriptions of connectToBroker()
    void deleteRetainedProgress(int done, int total); // and a final call with done == total
    // At once, in the owner's thread: connectToBroker() was called (a new connection, with its own subscriptions).
    void connectRequested();
    // At once, in the owner's thread: the subscriptions connectToBroker() or subscribe() asked for, and the filters
    // unsubscribe() gives up, so that a view of the subscriptions can follow every request.
    void subscriptionsRequested(const QList<Mqtt::Subscription> &subscriptions, quint32 subscriptionIdentifier);
    void unsubscriptionRequested(const QStringList &filters);
    // Later, one per filter: the broker's reason code (a granted QoS, or a failure code of 0x80 and above), or -1
    // when there was no answer (not connected, refused before sending, connection lost), with one sentence when the
    // request failed.
    void subscriptionAnswered(const QString &filter, int reasonCode, const QString &sentence);
    void unsubscriptionAnswered(const QString &filter, int reasonCode, const QString &sentence);
    void ingestStatistics(quint64 totalMessages, double messagesPerSecond); // with each change set
    void publishAnswered(const QList<PublishOutcome> &outcomes); // answers to publishRequest(), in batches
    void responsesReceived(const QList<Mqtt::Publish> &messages); // on watched response topics
    void serverLimitsChanged(const Mqtt::ServerLimits &limits, Mqtt::ProtocolVersion version);

private:
    void deliver(const ChangeSet &changes, quint64 generation, quint64 totalMessages, double messagesPerSecond);

    std::unique_ptr<IngestShared> m_shared;
    std::unique_ptr<QThread> m_thread;
    IngestWorker *m_worker = nullptr; // lives in m_thread; deleted there when the thread finishes
    int m_changeIntervalMs = 40;
    quint64 m_nextRequestId = 1;
    Mqtt::ClientOptions m_options;
    Mqtt::ServerLimits m_limits;
    Mqtt::ProtocolVersion m_version = Mqtt::ProtocolVersion::V5;
    bool m_limitsKnown = false;
};
