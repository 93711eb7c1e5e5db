// SPDX-License-Identifier: MIT
#include "ingest/ingestworker.h"

#include "codec/mqtttopic.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <ctime>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
// How long shutdown() waits for the broker to close the connection after our DISCONNECT.
constexpr int ShutdownGraceMs = 1500;
// How long a client being replaced may take to close before it is deleted anyway.
constexpr int ReplacedClientGraceMs = 5000;
// The longest the store lock is held at a time. One socket read can bring tens of thousands of messages when this
// thread falls behind (200 ms of work when they are a million new topics); the GUI thread would wait for all of it.
constexpr qint64 LockSliceNs = 2'000'000;
// The pause between two slices of one batch. A QMutex is not fair: unlocking wakes a waiting GUI thread, but this
// thread, running on, would take the lock again long before that one is scheduled.
constexpr unsigned long HandoffUs = 50;
} // namespace

IngestWorker::IngestWorker(IngestShared &shared)
    : m_shared(shared)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    // A precise timer: a coarse one may fire up to 5% early, and the pacing promises a minimum gap.
    m_flushTimer->setTimerType(Qt::PreciseTimer);
    connect(m_flushTimer, &QTimer::timeout, this, &IngestWorker::flush);
    m_outcomeTimer = new QTimer(this);
    m_outcomeTimer->setSingleShot(true);
    connect(m_outcomeTimer, &QTimer::timeout, this, [this] {
        if (!m_outcomes.isEmpty())
            Q_EMIT publishAnswered(std::exchange(m_outcomes, {}));
    });
}

IngestWorker::~IngestWorker() = default;

qint64 IngestWorker::steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 IngestWorker::threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void IngestWorker::setClientOptions(const Mqtt::ClientOptions &options)
{
    m_options = options;
}

void IngestWorker::setChangeInterval(int ms)
{
    m_intervalMs = std::max(0, ms);
}

void IngestWorker::connectToBroker(const QList<Mqtt::Subscription> &subscriptions)
{
    if (m_shuttingDown)
        return;
    dropClient();
    m_client = new Mqtt::Client(this);
    m_seenReadPauses = 0;
    Mqtt::ClientOptions options = m_options;
    // Under a flood the socket would wake this thread every few packets, each wake-up costing more than the messages
    // it brings; the client's read coalescing cut the CPU per message of a 120,000 msg/s flood by 7x.
    options.coalesceReads = true;
    // One read at a time, of a bounded size: when the store falls behind, the rest waits in the kernel and TCP holds
    // the broker back, instead of the next read taking everything the socket has (up to 32 MiB here, a batch of
    // 400,000 messages and hundreds of MB of decoded values).
    options.readBufferBytes = Mqtt::ClientOptions::FloodReadBufferBytes;
    m_client->setOptions(options);
    m_client->setPacketTraceSink(m_traceSink.get());
    // The hot path: a direct connection, one call per slice of a socket read (Client::DeliverySliceBytes).
    connect(m_client, &Mqtt::Client::messagesReceived, this, &IngestWorker::onMessages);
    connect(m_client, &Mqtt::Client::stateChanged, this, &IngestWorker::stateChanged);
    connect(m_client, &Mqtt::Client::errorOccurred, this, &IngestWorker::errorOccurred);
    connect(m_client, &Mqtt::Client::connected, this, &IngestWorker::onConnected);
    connect(m_client, &Mqtt::Client::protocolFallback, this, &IngestWorker::protocolFallback);
    connect(m_client, &Mqtt::Client::reconnectScheduled, this, &IngestWorker::reconnectScheduled);
    connect(m_client, &Mqtt::Client::subscribeFinished, this, &IngestWorker::onSubscribeFinished);
    connect(m_client, &Mqtt::Client::unsubscribeFinished, this, &IngestWorker::onUnsubscribeFinished);
    connect(m_client, &Mqtt::Client::publishFinished, this,
        [this](Mqtt::Token token, bool success, quint8, const QString &error) {
            onPublishFinished(token, success, error);
        });
    connect(m_client, &Mqtt::Client::disconnected, this, [this] {
        // QoS 1 publishes wait in the session for a reconnect; without one they would never be answered.
        if (m_client && m_client->state() == Mqtt::Client::State::Disconnected) {
            failPendingDeletes(tr("the connection ended before the broker confirmed them"));
            failPendingPublishes(tr("The connection ended before the broker answered; the message may not have "
                                    "arrived."));
        }
    });
    m_subscribeToken = 0;
    m_subscriptionFilters.clear();
    for (const Mqtt::Subscription &subscription : subscriptions)
        m_subscriptionFilters.append(subscription.filter);
    m_responseSubscriptions.clear();
    for (const QString &topic : std::as_const(m_watchedTopics))
        subscribeForResponses(topic);
    m_subscriptionsRetainAsPublished = std::all_of(subscriptions.cbegin(), subscriptions.cend(),
        [](const Mqtt::Subscription &subscription) { return subscription.options.retainAsPublished; });
    // The session holds the SUBSCRIBE until the CONNACK arrives.
    if (!subscriptions.isEmpty()) {
        m_subscribeToken = m_client->subscribe(subscriptions).token();
        QStringList filters;
        for (const Mqtt::Subscription &subscription : subscriptions)
            filters.append(subscription.filter);
        m_subscribeFilters.insert(m_subscribeToken, filters);
    }
    m_client->connectToBroker();
}

void IngestWorker::dropClient()
{
    if (!m_client)
        return;
    failPendingDeletes(tr("the connection was replaced before the broker confirmed them"));
    // Requests of the old connection are not answered any more.
    const QString replaced = tr("The connection was replaced before the broker answered.");
    for (auto it = m_subscribeFilters.cbegin(); it != m_subscribeFilters.cend(); ++it)
        answerSubscribe(it.value(), false, {}, replaced);
    for (auto it = m_unsubscribeFilters.cbegin(); it != m_unsubscribeFilters.cend(); ++it)
        answerUnsubscribe(it.value(), false, {}, replaced);
    m_subscribeFilters.clear();
    m_unsubscribeFilters.clear();
    failPendingPublishes(tr("The connection was replaced before the broker answered; the message may not have "
                            "arrived."));
    m_unconfirmed.clear();
    updateUnconfirmed();
    Mqtt::Client *old = std::exchange(m_client, nullptr);
    old->disconnect(this);
    // Its goodbye is not traced: the sink may be gone before the old client is (the timeline closed meanwhile).
    old->setPacketTraceSink(nullptr);
    // Let the old connection say goodbye (its DISCONNECT is flushed asynchronously), then delete it.
    connect(old, &Mqtt::Client::disconnected, old, &QObject::deleteLater);
    old->disconnectFromBroker();
    if (old->state() == Mqtt::Client::State::Disconnected)
        old->deleteLater();
    else
        QTimer::singleShot(ReplacedClientGraceMs, old, &QObject::deleteLater);
    Q_EMIT stateChanged(Mqtt::Client::State::Disconnected);
}

void IngestWorker::setPacketTraceSink(const std::shared_ptr<Mqtt::PacketTraceSink> &sink)
{
    m_traceSink = sink;
    if (m_client)
        m_client->setPacketTraceSink(sink.get());
}

void IngestWorker::disconnectFromBroker()
{
    if (m_client)
        m_client->disconnectFromBroker();
}

void IngestWorker::reconnectNow()
{
    if (m_client)
        m_client->reconnectNow();
}

void IngestWorker::stopReconnecting()
{
    if (m_client)
        m_client->stopReconnecting();
}

void IngestWorker::onConnected()
{
    // Runs before the messages that came with the CONNACK (the client reports it first), so they are read right.
    const Mqtt::ProtocolVersion version = m_client->protocolVersion();
    {
        QMutexLocker lock(&m_shared.mutex);
        m_shared.store.setRetainFlagsAsPublished(
            version == Mqtt::ProtocolVersion::V5 && m_subscriptionsRetainAsPublished);
    }
    Q_EMIT serverLimitsChanged(m_client->session().serverLimits(), version);
    Q_EMIT connected(version);
}

void IngestWorker::onMessages(const QList<Mqtt::Publish> &batch)
{
    if (m_shuttingDown || batch.isEmpty())
        return;
    const qint64 receivedNs = steadyNs();
    const qint64 receivedCpuNs = threadCpuNs();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const quint64 readPauses = m_client->readPauses();
    for (qsizetype done = 0; done < batch.size();) {
        if (done > 0)
            QThread::usleep(HandoffUs);
        const qint64 askedNs = steadyNs();
        QMutexLocker lock(&m_shared.mutex);
        const qint64 lockedNs = steadyNs();
        IngestCounters &counters = m_shared.counters;
        counters.lockWaitNs += lockedNs - askedNs;
        if (done > 0)
            ++counters.handoffs;
        if (counters.firstBatchNs < 0) {
            counters.firstBatchNs = receivedNs;
            counters.firstBatchCpuNs = receivedCpuNs;
        }
        const qsizetype from = done;
        done = m_shared.store.ingest(batch, done, nowMs, [&] { return steadyNs() - lockedNs >= LockSliceNs; });
        if (m_shared.sink)
            m_shared.sink->consume(batch, from, done, nowMs);
        counters.lastBatchNs = steadyNs();
        counters.longestHoldNs = std::max(counters.longestHoldNs, counters.lastBatchNs - lockedNs);
        if (done == batch.size()) {
            ++counters.batches;
            counters.largestBatch = std::max(counters.largestBatch, batch.size());
            counters.largestReadBytes = std::max(counters.largestReadBytes, m_client->lastReadBytes());
            counters.readPauses += readPauses - m_seenReadPauses;
            counters.lastBatchCpuNs = threadCpuNs();
        }
    }
    m_seenReadPauses = readPauses;
    m_haveChanges = true;
    if (!m_awaitingDelivery && !m_flushTimer->isActive())
        scheduleFlush();
    if (!m_watchedTopics.isEmpty()) { // request/response: only while a request awaits its reply
        QList<Mqtt::Publish> responses;
        for (const Mqtt::Publish &message : batch) {
            if (m_watchedTopics.contains(message.topic))
                responses.append(message);
        }
        if (!responses.isEmpty())
            Q_EMIT responsesReceived(responses);
    }
}

void IngestWorker::scheduleFlush()
{
    if (!m_haveChanges || m_awaitingDelivery || m_shuttingDown || m_flushTimer->isActive())
        return;
    const qint64 wait = m_lastDeliveryMs + m_intervalMs - steadyMs();
    m_flushTimer->start(int(std::clamp<qint64>(wait, 0, m_intervalMs)));
}

void IngestWorker::flush()
{
    if (m_shuttingDown || m_awaitingDelivery)
        return;
    // The owner's delivery may have come in less than an interval ago if the timer fired early: wait the rest.
    if (steadyMs() < m_lastDeliveryMs + m_intervalMs) {
        scheduleFlush();
        return;
    }
    m_haveChanges = false;
    ChangeSet changes;
    quint64 generation = 0;
    quint64 total = 0;
    {
        QMutexLocker lock(&m_shared.mutex);
        const qint64 lockedNs = steadyNs();
        changes = m_shared.store.takeChanges();
        generation = m_shared.generation;
        total = m_shared.store.totalMessages();
        IngestCounters &counters = m_shared.counters;
        counters.longestHoldNs = std::max(counters.longestHoldNs, steadyNs() - lockedNs);
        counters.changeSets += changes.isEmpty() ? 0 : 1;
    }
    if (changes.isEmpty())
        return;
    const double rate = updateRate(total, generation);
    m_awaitingDelivery = true;
    Q_EMIT changesTaken(changes, generation, total, rate);
}

void IngestWorker::changesDelivered(qint64 deliveredMs)
{
    m_awaitingDelivery = false;
    m_lastDeliveryMs = deliveredMs;
    scheduleFlush();
}

void IngestWorker::storeCleared()
{
    m_haveChanges = true;
    scheduleFlush();
#ifdef __GLIBC__
    // malloc keeps what the store freed (its nodes, payloads and history were allocated here, a little at a time,
    // so the freed memory lies in the middle of this thread's heap): after a million topics 210 of 470 MB stayed
    // resident. Give it back; this takes about 50 ms then, here rather than in the GUI thread.
    malloc_trim(0);
#endif
}

double IngestWorker::updateRate(quint64 total, quint64 generation)
{
    const qint64 now = steadyMs();
    if (generation != m_rateGeneration) {
        m_rateSamples.clear();
        m_rateGeneration = generation;
    }
    m_rateSamples.append(RateSample { now, total });
    // Keep the newest sample that is at least a second old, and everything after it.
    while (m_rateSamples.size() > 2 && now - m_rateSamples.at(1).ms >= 1000)
        m_rateSamples.removeFirst();
    const RateSample &oldest = m_rateSamples.constFirst();
    if (now <= oldest.ms || total < oldest.total)
        return 0;
    return double(total - oldest.total) * 1000.0 / double(now - oldest.ms);
}

void IngestWorker::shutdown(const std::shared_ptr<QSemaphore> &done)
{
    m_shuttingDown = true;
    m_flushTimer->stop();
    if (!m_client || m_client->state() == Mqtt::Client::State::Disconnected) {
        done->release();
        return;
    }
    auto released = std::make_shared<bool>(false);
    auto release = [done, released] {
        if (!*released) {
            *released = true;
            done->release();
        }
    };
    m_client->disconnect(this);
    connect(m_client, &Mqtt::Client::disconnected, this, release);
    QTimer::singleShot(ShutdownGraceMs, this, release);
    m_client->disconnectFromBroker();
    if (m_client->state() == Mqtt::Client::State::Disconnected)
        release();
}
