// SPDX-License-Identifier: MIT
#include "ingest/ingestpipeline.h"

#include "ingest/ingestworker.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIngest, "canopy.ingest", QtWarningMsg)

namespace {
// The destructor waits this long for the worker to end the connection; the worker gives up before (1.5 s).
constexpr int ShutdownWaitMs = 3000;

template<typename Function>
void inWorker(IngestWorker *worker, Function &&function)
{
    QMetaObject::invokeMethod(worker, std::forward<Function>(function), Qt::QueuedConnection);
}
} // namespace

IngestPipeline::IngestPipeline(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_unique<IngestShared>())
    , m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<ChangeSet>();
    qRegisterMetaType<Mqtt::Client::State>();
    qRegisterMetaType<Mqtt::ProtocolVersion>();
    qRegisterMetaType<PublishOutcome>();
    qRegisterMetaType<QList<PublishOutcome>>();
    qRegisterMetaType<Mqtt::ServerLimits>();
    qRegisterMetaType<QList<Mqtt::Publish>>();

    m_worker = new IngestWorker(*m_shared);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: the worker emits in its thread, these arrive in ours.
    connect(m_worker, &IngestWorker::changesTaken, this, &IngestPipeline::deliver);
    connect(m_worker, &IngestWorker::stateChanged, this, [this](Mqtt::Client::State state) {
        if (state != Mqtt::Client::State::Connected)
            m_limitsKnown = false;
        Q_EMIT stateChanged(state);
    });
    connect(m_worker, &IngestWorker::serverLimitsChanged, this,
        [this](const Mqtt::ServerLimits &limits, Mqtt::ProtocolVersion version) {
            m_limits = limits;
            m_version = version;
            m_limitsKnown = true;
            Q_EMIT serverLimitsChanged(limits, version);
        });
    connect(m_worker, &IngestWorker::publishAnswered, this, &IngestPipeline::publishAnswered);
    connect(m_worker, &IngestWorker::responsesReceived, this, &IngestPipeline::responsesReceived);
    connect(m_worker, &IngestWorker::errorOccurred, this, &IngestPipeline::errorOccurred);
    connect(m_worker, &IngestWorker::connected, this, &IngestPipeline::connected);
    connect(m_worker, &IngestWorker::protocolFallback, this, &IngestPipeline::protocolFallback);
    connect(m_worker, &IngestWorker::reconnectScheduled, this, &IngestPipeline::reconnectScheduled);
    connect(m_worker, &IngestWorker::subscribed, this, &IngestPipeline::subscribed);
    connect(m_worker, &IngestWorker::deleteRetainedProgress, this, &IngestPipeline::deleteRetainedProgress);
    connect(m_worker, &IngestWorker::subscriptionAnswered, this, &IngestPipeline::subscriptionAnswered);
    connect(m_worker, &IngestWorker::unsubscriptionAnswered, this, &IngestPipeline::unsubscriptionAnswered);
    m_thread->setObjectName(u"canopy-ingest"_s);
    m_thread->start();
}

IngestPipeline::~IngestPipeline()
{
    auto done = std::make_shared<QSemaphore>();
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, done] { worker->shutdown(done); });
    if (!done->tryAcquire(1, ShutdownWaitMs))
        qCWarning(lcIngest) << "the ingest thread did not end its connection in time";
    m_thread->quit();
    m_thread->wait();
    // The worker and its client were deleted in the worker thread as it finished (deleteLater on finished()).
}

qint64 IngestPipeline::steadyNs()
{
    return IngestWorker::steadyNs();
}

qint64 IngestPipeline::currentTimeMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void IngestPipeline::setClientOptions(const Mqtt::ClientOptions &options)
{
    m_options = options;
    m_version = options.session.connect.version;
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, options] { worker->setClientOptions(options); });
}

void IngestPipeline::connectToBroker(const QList<Mqtt::Subscription> &subscriptions)
{
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, subscriptions] { worker->connectToBroker(subscriptions); });
    Q_EMIT connectRequested();
    if (!subscriptions.isEmpty())
        Q_EMIT subscriptionsRequested(subscriptions, 0);
}

void IngestPipeline::subscribe(const QList<Mqtt::Subscription> &subscriptions, quint32 subscriptionIdentifier)
{
    if (subscriptions.isEmpty())
        return;
    IngestWorker *worker = m_worker;
    inWorker(worker,
        [worker, subscriptions, subscriptionIdentifier] { worker->subscribe(subscriptions, subscriptionIdentifier); });
    Q_EMIT subscriptionsRequested(subscriptions, subscriptionIdentifier);
}

void IngestPipeline::unsubscribe(const QStringList &filters)
{
    if (filters.isEmpty())
        return;
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, filters] { worker->unsubscribe(filters); });
    Q_EMIT unsubscriptionRequested(filters);
}

int IngestPipeline::unconfirmedPublishes() const
{
    return m_shared->unconfirmedPublishes.load(std::memory_order_relaxed);
}

void IngestPipeline::disconnectFromBroker()
{
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker] { worker->disconnectFromBroker(); });
}

void IngestPipeline::reconnectNow()
{
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker] { worker->reconnectNow(); });
}

void IngestPipeline::stopReconnecting()
{
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker] { worker->stopReconnecting(); });
}

void IngestPipeline::setPacketTraceSink(std::shared_ptr<Mqtt::PacketTraceSink> sink)
{
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, sink = std::move(sink)] { worker->setPacketTraceSink(sink); });
}

void IngestPipeline::publish(const Mqtt::Publish &message)
{
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, message] { worker->publish(message); });
}

quint64 IngestPipeline::publishRequest(const Mqtt::Publish &message)
{
    const quint64 id = m_nextRequestId++;
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, id, message] { worker->publishRequest(id, message); });
    return id;
}

void IngestPipeline::setResponseTopicWatched(const QString &topic, bool watched)
{
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, topic, watched] { worker->setResponseTopicWatched(topic, watched); });
}

void IngestPipeline::deleteRetained(const QStringList &topics)
{
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, topics] { worker->deleteRetained(topics); });
}

QMutex &IngestPipeline::storeMutex() const
{
    return m_shared->mutex;
}

const TopicStore &IngestPipeline::store() const
{
#ifndef QT_NO_DEBUG
    // A cheap guard against reading without the lock: somebody must hold it (tryLock fails for its holder too).
    if (m_shared->mutex.tryLock()) {
        m_shared->mutex.unlock();
        qFatal("IngestPipeline::store() called without holding storeMutex()");
    }
#endif
    return m_shared->store;
}

const IngestCounters &IngestPipeline::counters() const
{
    return m_shared->counters;
}

void IngestPipeline::clear()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->store.clear();
        ++m_shared->generation;
        m_shared->counters = {};
    }
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker] { worker->storeCleared(); });
}

void IngestPipeline::setChangeInterval(int ms)
{
    m_changeIntervalMs = std::max(0, ms);
    IngestWorker *worker = m_worker;
    inWorker(worker, [worker, ms = m_changeIntervalMs] { worker->setChangeInterval(ms); });
}

void IngestPipeline::setHistoryDepth(int messagesPerTopic)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->store.setHistoryDepth(messagesPerTopic);
}

void IngestPipeline::setHistoryBudget(qint64 bytes)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->store.setHistoryBudget(bytes);
}

void IngestPipeline::setPayloadLimit(qint64 bytes)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->store.setPayloadLimit(bytes);
}

void IngestPipeline::setMessageSink(std::shared_ptr<MessageSink> sink)
{
    std::shared_ptr<MessageSink> old;
    {
        QMutexLocker lock(&m_shared->mutex);
        old = std::exchange(m_shared->sink, std::move(sink));
    }
    // old is released here, outside the lock: the worker holds it only under the lock.
}

void IngestPipeline::deliver(
    const ChangeSet &changes, quint64 generation, quint64 totalMessages, double messagesPerSecond)
{
    // Only this thread changes the generation (in clear()), so reading it here needs no lock.
    const bool current = generation == m_shared->generation;
    QPointer<IngestPipeline> self(this);
    if (current) {
        Q_EMIT changesReady(changes);
        if (self)
            Q_EMIT ingestStatistics(totalMessages, messagesPerSecond);
    }
    if (!self)
        return; // a receiver deleted us; the destructor has stopped the worker
    // The next change set comes a full interval after the receivers are done, and that includes what they left for
    // the event loop: a tree view lays all its rows out again after rows were inserted under an open node, from a
    // zero timer (over 10,000 rows with a million topics). Timers due now fire before this one.
    QTimer::singleShot(1, Qt::PreciseTimer, this, [this] {
        const qint64 deliveredMs = IngestWorker::steadyMs();
        IngestWorker *worker = m_worker;
        inWorker(worker, [worker, deliveredMs] { worker->changesDelivered(deliveredMs); });
    });
}
