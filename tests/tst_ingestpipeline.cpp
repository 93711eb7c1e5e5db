// SPDX-License-Identifier: MIT
// IngestPipeline against a real mosquitto: every message of a flood is counted, the GUI thread gets coalesced
// change sets at a bounded rate that describe the tree exactly, the store is only touched under its lock and off
// the GUI thread, clear() resets, deleteRetained() deletes on the broker, and destruction mid-flood is clean.
#include "common/translations.h"
#include "floodpublisher.h"
#include "ingest/ingestpipeline.h"
#include "mosquittofixture.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutexLocker>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// Applies change sets the way a model must, and checks each one against the store as it is delivered: inserted
// rows are appended right after the rows seen so far, and every id exists. Any lost, duplicated or stale change
// set breaks one of these checks.
struct Mirror {
    QHash<NodeId, int> rows; // rows inserted per parent
    qint64 insertedRows = 0;
    int changeSets = 0;
    int resets = 0;
    QList<qint64> deliveredMs; // when each change set arrived, on the GUI thread's clock
    QStringList errors;
    QElapsedTimer clock;

    Mirror() { clock.start(); }

    void forget()
    {
        rows.clear();
        insertedRows = 0;
    }

    void apply(const IngestPipeline &pipeline, const ChangeSet &changes)
    {
        deliveredMs.append(clock.elapsed());
        ++changeSets;
        if (QThread::currentThread() != pipeline.thread())
            errors.append(u"change set delivered outside the owner's thread"_s);
        if (changes.isEmpty())
            errors.append(u"empty change set"_s);
        if (changes.reset) {
            ++resets;
            forget();
        }
        QMutexLocker lock(&pipeline.storeMutex());
        const TopicStore &store = pipeline.store();
        for (const ChangeSet::InsertedRows &range : changes.inserted) {
            int &seen = rows[range.parent];
            if (qsizetype(range.parent) >= store.nodeCount() || range.first != seen || range.last < range.first
                || range.last >= store.childCount(range.parent)) {
                errors.append(u"bad insertion under %1: rows %2..%3 after %4 seen"_s.arg(range.parent)
                                  .arg(range.first)
                                  .arg(range.last)
                                  .arg(seen));
                continue;
            }
            seen = range.last + 1;
            insertedRows += range.last - range.first + 1;
        }
        for (NodeId id : changes.changed) {
            if (qsizetype(id) >= store.nodeCount())
                errors.append(u"changed id %1 does not exist"_s.arg(id));
        }
    }

    // Every node of the store was announced exactly once, under its parent, in row order.
    QString compare(const IngestPipeline &pipeline) const
    {
        QMutexLocker lock(&pipeline.storeMutex());
        const TopicStore &store = pipeline.store();
        if (insertedRows != store.nodeCount() - 1)
            return u"%1 rows inserted, the store has %2 nodes besides the root"_s.arg(insertedRows)
                .arg(store.nodeCount() - 1);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (it.value() != store.childCount(it.key()))
                return u"parent %1: %2 rows inserted, %3 children"_s.arg(it.key())
                    .arg(it.value())
                    .arg(store.childCount(it.key()));
        }
        return QString();
    }

    qint64 minimumGapAfterFirst() const
    {
        qint64 gap = std::numeric_limits<qint64>::max();
        for (qsizetype i = 2; i < deliveredMs.size(); ++i)
            gap = std::min(gap, deliveredMs.at(i) - deliveredMs.at(i - 1));
        return gap;
    }
};

quint64 totalMessages(const IngestPipeline &pipeline)
{
    QMutexLocker lock(&pipeline.storeMutex());
    return pipeline.store().totalMessages();
}

quint32 topicCount(const IngestPipeline &pipeline)
{
    QMutexLocker lock(&pipeline.storeMutex());
    return pipeline.store().topicCount();
}

Mqtt::Subscription everything()
{
    Mqtt::Subscription subscription;
    subscription.filter = u"#"_s;
    return subscription;
}
} // namespace

class TestIngestPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); } // "3 messages"
    void init();
    void cleanup();
    void floodIsCountedAndCoalesced();
    void changeSetsArePaced();
    void storeIsOnlyTouchedUnderTheLockOffTheGuiThread();
    void clearResets();
    void clearDuringFloodKeepsChangeSetsConsistent();
    void publishGoesThroughTheWorker();
    void deleteRetainedDeletesOnTheBroker();
    void deleteRetainedWhileDisconnectedFails();
    void brokerGoesAwayAndComesBack();
    void deletionsInFlightWhenTheBrokerGoesAway_data();
    void deletionsInFlightWhenTheBrokerGoesAway();
    void destructionWhileFloodingIsClean();
    void destructionWhileConnectingIsClean();

private:
    Mqtt::ClientOptions clientOptions(const QString &clientId) const;
    // Connects pipeline, subscribed to '#', and waits for the SUBACK.
    void connectPipeline(IngestPipeline &pipeline, const QString &clientId);
    FloodPublisher::Settings flood(qint64 count, int topics, const QString &prefix = u"flood"_s) const;
    // Connects pipeline with automatic reconnection (short delays), subscribed to '#'.
    void connectReconnecting(IngestPipeline &pipeline, const QString &clientId);
    // Publishes a QoS 1 message from a client of its own and waits for the broker's PUBACK.
    bool publishAndWait(const QString &topic, const QByteArray &payload, bool retain);

    MosquittoFixture m_broker;
};

void TestIngestPipeline::init()
{
    // A fresh broker per test: no retained messages or sessions leak from one test into the next.
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
}

void TestIngestPipeline::cleanup()
{
    m_broker.stop();
}

Mqtt::ClientOptions TestIngestPipeline::clientOptions(const QString &clientId) const
{
    Mqtt::ClientOptions options;
    options.connection.host = m_broker.host();
    options.connection.port = m_broker.port();
    options.connection.connectTimeoutMs = 5000;
    options.session.connect.clientId = clientId;
    return options;
}

void TestIngestPipeline::connectPipeline(IngestPipeline &pipeline, const QString &clientId)
{
    QSignalSpy connected(&pipeline, &IngestPipeline::connected);
    QSignalSpy subscribed(&pipeline, &IngestPipeline::subscribed);
    QSignalSpy errors(&pipeline, &IngestPipeline::errorOccurred);
    pipeline.setClientOptions(clientOptions(clientId));
    pipeline.connectToBroker({ everything() });
    QTRY_VERIFY_WITH_TIMEOUT(subscribed.size() == 1 || !errors.isEmpty(), 10000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.constFirst().constFirst().toString()));
    QCOMPARE(connected.size(), 1);
}

FloodPublisher::Settings TestIngestPipeline::flood(qint64 count, int topics, const QString &prefix) const
{
    FloodPublisher::Settings settings;
    settings.host = m_broker.host();
    settings.port = m_broker.port();
    settings.count = count;
    settings.topics = topics;
    settings.prefix = prefix;
    return settings;
}

void TestIngestPipeline::floodIsCountedAndCoalesced()
{
    IngestPipeline pipeline;
    Mirror mirror;
    connect(&pipeline, &IngestPipeline::changesReady, this,
        [&](const ChangeSet &changes) { mirror.apply(pipeline, changes); });
    QSignalSpy statistics(&pipeline, &IngestPipeline::ingestStatistics);
    QSignalSpy states(&pipeline, &IngestPipeline::stateChanged);
    connectPipeline(pipeline, u"pipeline-flood"_s);
    QVERIFY(states.contains(QVariantList { QVariant::fromValue(Mqtt::Client::State::Connected) }));

    constexpr qint64 Messages = 50000;
    constexpr int Topics = 1000;
    FloodPublisher publisher;
    publisher.start(flood(Messages, Topics));
    QTRY_COMPARE_WITH_TIMEOUT(totalMessages(pipeline), quint64(Messages), 60000);
    publisher.wait();
    QVERIFY(!publisher.failed());
    QCOMPARE(topicCount(pipeline), quint32(Topics));
    // The last change set (and with it the last statistics) may still be on its way.
    QTRY_VERIFY(!statistics.isEmpty() && statistics.constLast().at(0).toULongLong() == quint64(Messages));

    QVERIFY2(mirror.errors.isEmpty(), qPrintable(mirror.errors.join(u"; "_s)));
    const QString mismatch = mirror.compare(pipeline);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(mirror.resets, 0);
    // Coalesced: a handful of change sets for 50,000 messages, not one per message or per batch.
    QVERIFY2(mirror.changeSets >= 1 && mirror.changeSets < Messages / 100,
        qPrintable(u"%1 change sets"_s.arg(mirror.changeSets)));
    if (mirror.deliveredMs.size() > 2)
        QVERIFY2(mirror.minimumGapAfterFirst() >= 25,
            qPrintable(u"change sets only %1 ms apart"_s.arg(mirror.minimumGapAfterFirst())));
    QCOMPARE(statistics.size(), mirror.changeSets);
}

// The owner's thread gets at most one change set per change interval: a steady stream of messages over many
// intervals gives many change sets, each at least an interval after the one before.
void TestIngestPipeline::changeSetsArePaced()
{
    constexpr int Interval = 50;
    IngestPipeline pipeline;
    pipeline.setChangeInterval(Interval);
    Mirror mirror;
    connect(&pipeline, &IngestPipeline::changesReady, this,
        [&](const ChangeSet &changes) { mirror.apply(pipeline, changes); });
    connectPipeline(pipeline, u"pipeline-paced"_s);

    // Another client publishes a message every 5 ms, so that something new is always waiting.
    Mqtt::Client publisher;
    publisher.setOptions(clientOptions(u"pipeline-paced-publisher"_s));
    publisher.connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(publisher.isConnected(), 10000);
    int sent = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, &publisher, [&] {
        Mqtt::Publish message;
        message.topic = u"paced/%1"_s.arg(sent % 20);
        message.payload = QByteArray::number(sent++);
        publisher.publish(message);
    });
    const int before = mirror.changeSets;
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(mirror.changeSets >= before + 8, 30000);
    ticker.stop();
    QVERIFY2(mirror.errors.isEmpty(), qPrintable(mirror.errors.join(u"; "_s)));
    QVERIFY(mirror.deliveredMs.size() >= 8); // always checked, not only when a flood happens to span intervals
    qint64 shortest = std::numeric_limits<qint64>::max();
    for (qsizetype i = 1; i < mirror.deliveredMs.size(); ++i)
        shortest = std::min(shortest, mirror.deliveredMs.at(i) - mirror.deliveredMs.at(i - 1));
    // Two clocks read in whole milliseconds: up to 2 ms of rounding.
    QVERIFY2(shortest >= Interval - 2,
        qPrintable(u"change sets only %1 ms apart (interval %2 ms, %3 change sets)"_s.arg(shortest).arg(Interval).arg(
            mirror.deliveredMs.size())));
    publisher.disconnectFromBroker();
}

void TestIngestPipeline::storeIsOnlyTouchedUnderTheLockOffTheGuiThread()
{
    IngestPipeline pipeline;
    connectPipeline(pipeline, u"pipeline-lock"_s);
    constexpr qint64 Messages = 400000;
    FloodPublisher publisher;
    publisher.start(flood(Messages, 100));
    QTRY_VERIFY_WITH_TIMEOUT(totalMessages(pipeline) > 1000, 20000);

    // The GUI thread is blocked (no events, no lock): the worker keeps ingesting on its own.
    const quint64 beforeBlock = totalMessages(pipeline);
    QThread::msleep(300); // deliberately blocking this thread, not waiting for an event
    const quint64 afterBlock = totalMessages(pipeline);
    QVERIFY2(afterBlock > beforeBlock || afterBlock == quint64(Messages),
        qPrintable(u"nothing ingested while the GUI thread was blocked (%1)"_s.arg(afterBlock)));

    // The GUI thread holds the lock: the worker may not touch the store until it is released.
    if (afterBlock < quint64(Messages)) {
        QMutexLocker lock(&pipeline.storeMutex());
        const quint64 held = pipeline.store().totalMessages();
        const qsizetype nodes = pipeline.store().nodeCount();
        QThread::msleep(300); // holding the lock on purpose
        QCOMPARE(pipeline.store().totalMessages(), held);
        QCOMPARE(pipeline.store().nodeCount(), nodes);
    }
    QTRY_COMPARE_WITH_TIMEOUT(totalMessages(pipeline), quint64(Messages), 90000);
    publisher.wait();
    QVERIFY(!publisher.failed());
}

void TestIngestPipeline::clearResets()
{
    IngestPipeline pipeline;
    Mirror mirror;
    connect(&pipeline, &IngestPipeline::changesReady, this,
        [&](const ChangeSet &changes) { mirror.apply(pipeline, changes); });
    connectPipeline(pipeline, u"pipeline-clear"_s);
    FloodPublisher publisher;
    publisher.start(flood(5000, 100, u"before"_s));
    QTRY_COMPARE_WITH_TIMEOUT(totalMessages(pipeline), quint64(5000), 30000);
    publisher.wait();
    QTRY_VERIFY(mirror.compare(pipeline).isEmpty());

    {
        QMutexLocker lock(&pipeline.storeMutex());
        QVERIFY(pipeline.longestHoldNs() > 0);
        QVERIFY(pipeline.largestBatch() > 0 && pipeline.largestBatch() <= 5000);
    }

    QSignalSpy changes(&pipeline, &IngestPipeline::changesReady);
    mirror.forget(); // what a model does around clear()
    pipeline.clear();
    {
        QMutexLocker lock(&pipeline.storeMutex());
        QCOMPARE(pipeline.store().totalMessages(), quint64(0));
        QCOMPARE(pipeline.store().nodeCount(), qsizetype(1));
        QCOMPARE(pipeline.firstBatchNs(), qint64(-1));
        QCOMPARE(pipeline.longestHoldNs(), qint64(0));
        QCOMPARE(pipeline.largestBatch(), qsizetype(0));
    }
    QTRY_COMPARE(changes.size(), 1);
    QVERIFY(changes.constFirst().constFirst().value<ChangeSet>().reset);
    QCOMPARE(mirror.resets, 1);

    publisher.start(flood(1000, 10, u"after"_s));
    QTRY_COMPARE_WITH_TIMEOUT(totalMessages(pipeline), quint64(1000), 30000);
    publisher.wait();
    QCOMPARE(topicCount(pipeline), quint32(10));
    QTRY_VERIFY(mirror.compare(pipeline).isEmpty());
    QVERIFY2(mirror.errors.isEmpty(), qPrintable(mirror.errors.join(u"; "_s)));
    {
        QMutexLocker lock(&pipeline.storeMutex());
        QVERIFY(!pipeline.store().find(u"before/0/0/value"_s));
        QVERIFY(pipeline.store().find(u"after/0/9/value"_s));
        QVERIFY(pipeline.firstBatchNs() > 0 && pipeline.lastBatchNs() >= pipeline.firstBatchNs());
    }
}

void TestIngestPipeline::clearDuringFloodKeepsChangeSetsConsistent()
{
    IngestPipeline pipeline;
    pipeline.setChangeInterval(5); // many change sets, so that clears land between taking and delivering one
    Mirror mirror;
    connect(&pipeline, &IngestPipeline::changesReady, this,
        [&](const ChangeSet &changes) { mirror.apply(pipeline, changes); });
    connectPipeline(pipeline, u"pipeline-clear-flood"_s);
    constexpr qint64 Messages = 200000;
    FloodPublisher publisher;
    publisher.start(flood(Messages, 20000));
    QTRY_VERIFY_WITH_TIMEOUT(totalMessages(pipeline) > 0, 10000);
    // Clears from a timer, independent of the change sets: some land while a change set is on its way.
    int clears = 0;
    QTimer clearer;
    clearer.setInterval(3);
    connect(&clearer, &QTimer::timeout, this, [&] {
        mirror.forget(); // what a model does around clear()
        pipeline.clear();
        if (++clears == 150 || publisher.isFinished())
            clearer.stop();
    });
    clearer.start();
    QTRY_VERIFY_WITH_TIMEOUT(publisher.isFinished() && !clearer.isActive(), 60000);
    QVERIFY(!publisher.failed());
    // The store holds what came after the last clear; once the last change set is in, the mirror matches it.
    QTRY_VERIFY_WITH_TIMEOUT(mirror.compare(pipeline).isEmpty(), 30000);
    QVERIFY2(mirror.errors.isEmpty(), qPrintable(mirror.errors.mid(0, 5).join(u"; "_s)));
    QVERIFY(clears >= 5);
    QVERIFY(mirror.resets >= 1);
    QVERIFY(totalMessages(pipeline) < quint64(Messages));
}

void TestIngestPipeline::publishGoesThroughTheWorker()
{
    IngestPipeline pipeline;
    connectPipeline(pipeline, u"pipeline-publish"_s);
    Mqtt::Publish message;
    message.topic = u"echo/hello"_s;
    message.payload = "world";
    message.qos = 1;
    pipeline.publish(message);
    QTRY_COMPARE(totalMessages(pipeline), quint64(1));
    QMutexLocker lock(&pipeline.storeMutex());
    const auto node = pipeline.store().find(u"echo/hello"_s);
    QVERIFY(node);
    QCOMPARE(pipeline.store().payload(*node), QByteArray("world"));
}

void TestIngestPipeline::deleteRetainedDeletesOnTheBroker()
{
    IngestPipeline pipeline;
    connectPipeline(pipeline, u"pipeline-retained"_s);
    constexpr int Topics = 10;
    FloodPublisher publisher;
    FloodPublisher::Settings settings = flood(Topics, Topics, u"retained"_s);
    settings.retain = true;
    publisher.start(settings);
    QTRY_COMPARE_WITH_TIMEOUT(totalMessages(pipeline), quint64(Topics), 10000);
    publisher.wait();
    QStringList all;
    for (int t = 0; t < Topics; ++t)
        all.append(FloodPublisher::topic(u"retained"_s, t));
    const QStringList doomed = all.mid(0, 6);
    const QStringList kept = all.mid(6);

    QSignalSpy progress(&pipeline, &IngestPipeline::deleteRetainedProgress);
    QSignalSpy errors(&pipeline, &IngestPipeline::errorOccurred);
    pipeline.deleteRetained(doomed);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.constLast().at(0).toInt() == int(doomed.size()), 10000);
    QCOMPARE(progress.constLast().at(1).toInt(), int(doomed.size()));
    for (const QList<QVariant> &call : std::as_const(progress))
        QVERIFY(call.at(0).toInt() <= call.at(1).toInt());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.constFirst().constFirst().toString()));

    // A fresh subscriber gets the retained messages the broker still holds, then a marker published after its
    // SUBACK: whatever came before the marker is all there is.
    Mqtt::Client subscriber;
    subscriber.setOptions(clientOptions(u"fresh-subscriber"_s));
    QStringList received;
    bool markerSeen = false;
    connect(&subscriber, &Mqtt::Client::messagesReceived, this, [&](const QList<Mqtt::Publish> &messages) {
        for (const Mqtt::Publish &message : messages) {
            if (message.topic == "marker"_L1)
                markerSeen = true;
            else if (!markerSeen && message.retain)
                received.append(message.topic);
        }
    });
    QSignalSpy subscribed(&subscriber, &Mqtt::Client::subscribeFinished);
    subscriber.subscribe(QList<Mqtt::Subscription> { everything() });
    subscriber.connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 10000);
    QVERIFY(subscribed.constFirst().at(1).toBool());
    Mqtt::Publish marker;
    marker.topic = u"marker"_s;
    subscriber.publish(marker);
    QTRY_VERIFY_WITH_TIMEOUT(markerSeen, 10000);
    received.sort();
    QCOMPARE(received, kept);
    subscriber.disconnectFromBroker();
}

void TestIngestPipeline::deleteRetainedWhileDisconnectedFails()
{
    IngestPipeline pipeline;
    QSignalSpy progress(&pipeline, &IngestPipeline::deleteRetainedProgress);
    QSignalSpy errors(&pipeline, &IngestPipeline::errorOccurred);
    pipeline.deleteRetained({ u"a"_s, u"b"_s });
    QTRY_COMPARE(progress.size(), 1);
    QCOMPARE(progress.constFirst(), (QVariantList { 2, 2 }));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.constFirst().constFirst().toString().contains(u"not connected"_s));
}

void TestIngestPipeline::connectReconnecting(IngestPipeline &pipeline, const QString &clientId)
{
    Mqtt::ClientOptions options = clientOptions(clientId);
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 300; // 150 to 300 ms, then growing: the test restarts the broker meanwhile
    options.reconnectMaximumDelayMs = 1000;
    QSignalSpy subscribed(&pipeline, &IngestPipeline::subscribed);
    QSignalSpy errors(&pipeline, &IngestPipeline::errorOccurred);
    pipeline.setClientOptions(options);
    pipeline.connectToBroker({ everything() });
    QTRY_VERIFY_WITH_TIMEOUT(subscribed.size() == 1 || !errors.isEmpty(), 10000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.constFirst().constFirst().toString()));
}

bool TestIngestPipeline::publishAndWait(const QString &topic, const QByteArray &payload, bool retain)
{
    Mqtt::Client client;
    client.setOptions(clientOptions(u"pipeline-helper"_s));
    client.connectToBroker();
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = payload;
    message.qos = 1;
    message.retain = retain;
    const Mqtt::RequestHandle handle = client.publish(message);
    if (!QTest::qWaitFor([&handle] { return handle.isFinished(); }, 10000) || !handle.isSuccess())
        return false;
    client.disconnectFromBroker();
    return QTest::qWaitFor([&client] { return client.state() == Mqtt::Client::State::Disconnected; }, 5000);
}

// The broker stops (mosquitto closes every connection): the pipeline says so in a sentence, waits, connects again
// once the broker is back, and subscribes again (its session was clean, the broker kept nothing).
void TestIngestPipeline::brokerGoesAwayAndComesBack()
{
    IngestPipeline pipeline;
    QSignalSpy connected(&pipeline, &IngestPipeline::connected);
    QSignalSpy errors(&pipeline, &IngestPipeline::errorOccurred);
    QSignalSpy states(&pipeline, &IngestPipeline::stateChanged);
    QSignalSpy reconnects(&pipeline, &IngestPipeline::reconnectScheduled);
    connectReconnecting(pipeline, u"pipeline-broker-loss"_s);
    QVERIFY(publishAndWait(u"before/value"_s, "1", false));
    QTRY_COMPARE(totalMessages(pipeline), quint64(1));

    m_broker.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!reconnects.isEmpty(), 10000);
    QVERIFY(states.contains(QVariantList { QVariant::fromValue(Mqtt::Client::State::WaitingToReconnect) }));
    QCOMPARE(reconnects.constFirst().at(0).toInt(), 1); // the first attempt
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constLast().constFirst().toString(),
        u"The broker at 127.0.0.1:%1 closed the connection."_s.arg(m_broker.port()));

    QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 20000);
    // Subscribed again: a retained message reaches every subscription made before or after it was published, so
    // it arrives if and only if the pipeline subscribed on the new connection.
    QVERIFY(publishAndWait(u"after/retained"_s, "2", true));
    QTRY_COMPARE_WITH_TIMEOUT(totalMessages(pipeline), quint64(2), 10000);
    {
        QMutexLocker lock(&pipeline.storeMutex());
        QVERIFY(pipeline.store().find(u"before/value"_s)); // what came before is kept
        QVERIFY(pipeline.store().find(u"after/retained"_s));
    }
    // And live messages flow as before.
    QVERIFY(publishAndWait(u"after/live"_s, "3", false));
    QTRY_COMPARE(totalMessages(pipeline), quint64(3));
}

void TestIngestPipeline::deletionsInFlightWhenTheBrokerGoesAway_data()
{
    QTest::addColumn<bool>("brokerComesBack");
    // QoS 1 is at least once: the deletions go out again on the new connection and complete.
    QTest::newRow("the broker comes back: sent again, done") << true;
    // The user gives up waiting: every deletion the broker did not confirm fails, in one sentence.
    QTest::newRow("the user stops reconnecting: failed in words") << false;
}

void TestIngestPipeline::deletionsInFlightWhenTheBrokerGoesAway()
{
    QFETCH(bool, brokerComesBack);
    IngestPipeline pipeline;
    QSignalSpy connected(&pipeline, &IngestPipeline::connected);
    QSignalSpy reconnects(&pipeline, &IngestPipeline::reconnectScheduled);
    connectReconnecting(pipeline, u"pipeline-deletions-in-flight"_s);
    const QStringList topics { u"doomed/1"_s, u"doomed/2"_s, u"doomed/3"_s };
    for (const QString &topic : topics)
        QVERIFY(publishAndWait(topic, "retained", true));
    QTRY_COMPARE(totalMessages(pipeline), quint64(3));

    // The broker stops answering; the deletions go out and stay unconfirmed.
    QVERIFY(m_broker.pause());
    QSignalSpy progress(&pipeline, &IngestPipeline::deleteRetainedProgress);
    QSignalSpy errors(&pipeline, &IngestPipeline::errorOccurred);
    pipeline.deleteRetained(topics);
    QTRY_VERIFY(!progress.isEmpty()); // 0 of 3: all three were handed to the connection
    QCOMPARE(progress.constFirst(), (QVariantList { 0, 3 }));
    m_broker.kill();
    QTRY_VERIFY_WITH_TIMEOUT(!reconnects.isEmpty(), 10000);
    QCOMPARE(progress.size(), 1); // nothing is decided while a reconnect may still confirm them

    if (brokerComesBack) {
        QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(progress.constLast(), (QVariantList { 3, 3 }), 10000);
        for (const QVariantList &error : std::as_const(errors))
            QVERIFY2(!error.constFirst().toString().contains(u"delete"_s), qPrintable(error.constFirst().toString()));
        return;
    }
    errors.clear();
    pipeline.stopReconnecting();
    QTRY_COMPARE(progress.constLast(), (QVariantList { 3, 3 }));
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().constFirst().toString(),
        u"Could not delete 3 of 3 retained messages: the connection ended before the broker confirmed them."_s);
}

void TestIngestPipeline::destructionWhileFloodingIsClean()
{
    auto pipeline = std::make_unique<IngestPipeline>();
    connectPipeline(*pipeline, u"pipeline-destroyed"_s);
    FloodPublisher publisher;
    constexpr qint64 Messages = 500000;
    publisher.start(flood(Messages, 1000));
    QTRY_VERIFY_WITH_TIMEOUT(totalMessages(*pipeline) > 20000, 30000);
    // Still flooding: the broker has more for this subscriber (it queues without limit) than it has ingested.
    QVERIFY(totalMessages(*pipeline) < quint64(Messages) / 2);

    QElapsedTimer timer;
    timer.start();
    pipeline.reset();
    QVERIFY2(timer.elapsed() < 3500, qPrintable(u"destruction took %1 ms"_s.arg(timer.elapsed())));

    // The broker is fine and takes a new subscriber while the flood goes on.
    IngestPipeline next;
    connectPipeline(next, u"pipeline-next"_s);
    QTRY_VERIFY_WITH_TIMEOUT(totalMessages(next) > 0 || publisher.isFinished(), 30000);
    publisher.wait();
    QVERIFY(!publisher.failed());
}

void TestIngestPipeline::destructionWhileConnectingIsClean()
{
    for (int i = 0; i < 5; ++i) {
        IngestPipeline pipeline;
        pipeline.setClientOptions(clientOptions(u"pipeline-short-%1"_s.arg(i)));
        pipeline.connectToBroker({ everything() });
        if (i % 2)
            QTest::qWait(i); // now and then let the worker get a little further
    }
    IngestPipeline untouched; // never connected
}

QTEST_GUILESS_MAIN(TestIngestPipeline)
#include "tst_ingestpipeline.moc"
