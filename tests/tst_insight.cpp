// SPDX-License-Identifier: MIT
// Broker insight, pure logic (issue 12): flood ranking over the store with synthetic time, the $SYS catalogue and
// dashboard, the packet timeline's handshakes, latencies, filters, histogram, ring and JSON Lines.
#include "insight/floodranking.h"
#include "insight/packettimeline.h"
#include "insight/packettracebuffer.h"
#include "insight/sysdashboard.h"
#include "sessionharness.h"
#include "topicstoretestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Mqtt::PacketType;
using TopicStoreTest::publish;

namespace {

// Ingests count messages of size bytes to topic spread evenly over the second that starts at secondMs.
void flood(TopicStore &store, const QString &topic, int count, int bytes, qint64 secondMs)
{
    for (int i = 0; i < count; ++i)
        store.ingest(publish(topic, QByteArray(bytes, 'x')), secondMs + qint64(i) * 1000 / std::max(count, 1));
}

QStringList topicsOf(const QList<FloodEntry> &entries)
{
    QStringList topics;
    for (const FloodEntry &entry : entries)
        topics.append(entry.topic);
    return topics;
}

Mqtt::TracedPacket traced(PacketType type, bool outgoing, quint16 id, qint64 timeUs, quint8 qos = 0,
    const QString &topic = QString(), quint8 reason = 0, bool hasReason = false)
{
    Mqtt::TracedPacket p;
    p.type = type;
    p.outgoing = outgoing;
    p.packetId = id;
    p.timeUs = timeUs;
    p.qos = qos;
    p.topic = topic;
    p.reasonCode = reason;
    p.hasReasonCode = hasReason || type == PacketType::PubAck || type == PacketType::PubRec
        || type == PacketType::PubComp || type == PacketType::PubRel;
    p.size = 4;
    p.version = Mqtt::ProtocolVersion::V5;
    return p;
}

} // namespace

class TestInsight : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rankingTenSecondsBySubtreeAndBytes();
    void rankingSixtySecondsKeepsWhatTenForgets();
    void rankingLimitedToSubtree();
    void rankingStartsOverAfterClear();
    void rankingOneSecondIsTheStoresRateWindow();
    void rankingSampledInSlices();
    void sysCatalogue_data();
    void sysCatalogue();
    void sysDashboardRatesAndRaw();
    void timelineQos1Handshake();
    void timelineQos2Handshake();
    void timelineInboundQos1AndSubscribe();
    void timelineFilters();
    void timelineRingEvictsOldest();
    void timelineHistogram();
    void timelineJsonLines();
    void traceBufferBoundsPending();
    void sessionTraceHook();
    void sessionTraceNamesAliasedTopics();
};

void TestInsight::rankingTenSecondsBySubtreeAndBytes()
{
    TopicStore store;
    FloodRanking ranking;
    const qint64 t0 = 1'000'000'000'000;
    ranking.sample(store, t0); // baseline
    for (int s = 0; s < 10; ++s) {
        const qint64 second = t0 + qint64(s) * 1000;
        flood(store, u"plant/a/temp"_s, 50, 10, second); // many small
        flood(store, u"plant/b/image"_s, 2, 10000, second); // few large
        flood(store, u"office/door"_s, 5, 10, second);
        ranking.sample(store, second + 1000);
    }
    const qint64 now = t0 + 10'000;
    FloodQuery query;
    query.windowSeconds = 10;
    const QList<FloodEntry> byMessages = ranking.rank(store, query, now);
    QCOMPARE(topicsOf(byMessages), (QStringList { u"plant/a/temp"_s, u"office/door"_s, u"plant/b/image"_s }));
    QCOMPARE(byMessages.first().messages, 500u);
    QCOMPARE(byMessages.first().messagesPerSecond, 50.0);
    QCOMPARE(byMessages.first().bytesPerSecond, 500.0);

    query.by = RankBy::BytesPerSecond;
    QCOMPARE(ranking.rank(store, query, now).first().topic, u"plant/b/image"_s);
    QCOMPARE(ranking.rank(store, query, now).first().bytesPerSecond, 20000.0);

    query.by = RankBy::MessagesPerSecond;
    query.depth = 1; // subtrees at depth 1: plant, office
    const QList<FloodEntry> subtrees = ranking.rank(store, query, now);
    QCOMPARE(topicsOf(subtrees), (QStringList { u"plant"_s, u"office"_s }));
    QCOMPARE(subtrees.first().messagesPerSecond, 52.0);
    query.depth = 2;
    QCOMPARE(topicsOf(ranking.rank(store, query, now)), (QStringList { u"plant/a"_s, u"office/door"_s, u"plant/b"_s }));
    query.count = 1;
    QCOMPARE(ranking.rank(store, query, now).size(), 1);
}

void TestInsight::rankingSixtySecondsKeepsWhatTenForgets()
{
    TopicStore store;
    FloodRanking ranking;
    const qint64 t0 = 2'000'000'000'000;
    ranking.sample(store, t0);
    // A burst of 20 s on "burst", then 30 s of a steady trickle on "steady".
    for (int s = 0; s < 50; ++s) {
        const qint64 second = t0 + qint64(s) * 1000;
        if (s < 20)
            flood(store, u"burst"_s, 30, 1, second);
        else
            flood(store, u"steady"_s, 3, 1, second);
        ranking.sample(store, second + 1000);
    }
    const qint64 now = t0 + 50'000;
    FloodQuery query;
    query.windowSeconds = 10;
    QCOMPARE(topicsOf(ranking.rank(store, query, now)), QStringList { u"steady"_s }); // the burst ended 30 s ago
    QCOMPARE(ranking.rank(store, query, now).first().messagesPerSecond, 3.0);
    query.windowSeconds = 60;
    const QList<FloodEntry> minute = ranking.rank(store, query, now);
    QCOMPARE(topicsOf(minute), (QStringList { u"burst"_s, u"steady"_s }));
    QCOMPARE(minute.first().messages, 600u);
    QCOMPARE(minute.first().messagesPerSecond, 600.0 / 50.0); // 50 s of history so far
    // 40 s later with nothing: both gone from the minute as well.
    for (int s = 50; s < 111; ++s)
        ranking.sample(store, t0 + qint64(s) * 1000 + 1000);
    QVERIFY(ranking.rank(store, query, t0 + 111'000).isEmpty());
}

void TestInsight::rankingLimitedToSubtree()
{
    TopicStore store;
    FloodRanking ranking;
    const qint64 t0 = 3'000'000'000'000;
    ranking.sample(store, t0);
    flood(store, u"a/x"_s, 100, 1, t0);
    flood(store, u"b/y"_s, 10, 1, t0);
    flood(store, u"b/z"_s, 5, 1, t0);
    ranking.sample(store, t0 + 1000);
    FloodQuery query;
    query.subtree = *store.find(u"b"_s);
    QCOMPARE(topicsOf(ranking.rank(store, query, t0 + 1000)), (QStringList { u"b/y"_s, u"b/z"_s }));
    query.subtree = *store.find(u"b/z"_s);
    QCOMPARE(topicsOf(ranking.rank(store, query, t0 + 1000)), QStringList { u"b/z"_s });
}

void TestInsight::rankingStartsOverAfterClear()
{
    TopicStore store;
    FloodRanking ranking;
    const qint64 t0 = 4'000'000'000'000;
    ranking.sample(store, t0);
    flood(store, u"old/one"_s, 100, 1, t0);
    ranking.sample(store, t0 + 1000);
    store.clear();
    flood(store, u"new"_s, 5, 1, t0 + 1000);
    ranking.sample(store, t0 + 2000); // a new baseline: fewer nodes than before
    flood(store, u"new"_s, 5, 1, t0 + 2000);
    ranking.sample(store, t0 + 3000);
    const QList<FloodEntry> entries = ranking.rank(store, FloodQuery {}, t0 + 3000);
    QCOMPARE(topicsOf(entries), QStringList { u"new"_s });
    QCOMPARE(entries.first().messages, 5u);
}

void TestInsight::rankingOneSecondIsTheStoresRateWindow()
{
    TopicStore store;
    FloodRanking ranking;
    const qint64 t0 = 5'000'000'000'000;
    flood(store, u"hot"_s, 40, 1, t0);
    flood(store, u"warm"_s, 4, 1, t0);
    FloodQuery query;
    query.windowSeconds = 1; // no samples needed: the store's own window
    const QList<FloodEntry> entries = ranking.rank(store, query, t0 + 999);
    QCOMPARE(topicsOf(entries), (QStringList { u"hot"_s, u"warm"_s }));
    QCOMPARE(entries.first().messagesPerSecond, store.stats(*store.find(u"hot"_s), t0 + 999).messagesPerSecond);
    // Subtrees at a depth: from the depths a sample cached, and for a node made after it, from the store.
    flood(store, u"plant/a/x"_s, 9, 1, t0);
    ranking.sample(store, t0 + 999);
    flood(store, u"yard/b/y"_s, 2, 1, t0);
    query.depth = 2;
    QCOMPARE(topicsOf(ranking.rank(store, query, t0 + 999)), (QStringList { u"plant/a"_s, u"yard/b"_s }));
}

// Top topics samples a large store a slice at a time (the store may change between slices): the ranking is the one a
// whole sample gives, messages that arrive during the sample count in this second or the next (never twice, never
// lost), and a store cleared in the middle starts the sample over.
void TestInsight::rankingSampledInSlices()
{
    TopicStore store;
    FloodRanking whole;
    FloodRanking sliced;
    const qint64 t0 = 1'000'000'000'000;
    for (int i = 0; i < 40; ++i)
        flood(store, u"site/%1/m%2"_s.arg(i % 4).arg(i), 1, 10, t0 - 500);
    whole.sample(store, t0);
    QVERIFY(!sliced.sampleSome(store, t0, 7)); // 45 nodes: 7 at a time
    QVERIFY(sliced.isSampling());
    while (!sliced.sampleSome(store, t0, 7)) { }
    QVERIFY(!sliced.isSampling());
    QVERIFY(sliced.sampleSome(store, t0 + 300, 7)); // the same second: nothing to do
    for (int s = 1; s <= 12; ++s) { // past 10 s: what leaves the short window leaves both alike
        const qint64 second = t0 + qint64(s) * 1000;
        for (int i = 0; i < 40; ++i)
            flood(store, u"site/%1/m%2"_s.arg(i % 4).arg(i), 1 + i % 7, 10 + i, second - 500);
        whole.sample(store, second);
        int slices = 1;
        while (!sliced.sampleSome(store, second, 10)) {
            ++slices;
            if (slices == 3) // in the middle of the sample: a message to a node already read and a new topic
                flood(store, u"site/0/m0"_s, 100, 10, second + 1);
        }
        QVERIFY(slices >= 5);
    }
    FloodQuery query;
    query.windowSeconds = 10;
    query.count = 50;
    const qint64 now = t0 + 13'000;
    whole.sample(store, now);
    while (!sliced.sampleSome(store, now, 10)) { }
    const QList<FloodEntry> expected = whole.rank(store, query, now);
    QCOMPARE(sliced.rank(store, query, now), expected);
    QCOMPARE(expected.first().topic, u"site/0/m0"_s); // its extra 100 a second
    QCOMPARE(expected.size(), 40);
    query.windowSeconds = 60;
    const QList<FloodEntry> sixty = whole.rank(store, query, now);
    QCOMPARE(sliced.rank(store, query, now), sixty);
    QCOMPARE(sixty.first().messages, 12u * (1 + 100)); // every one counted once
    query.windowSeconds = 10;
    query.depth = 2;
    QCOMPARE(sliced.rank(store, query, now), whole.rank(store, query, now));

    // Cleared in the middle of a sample: it starts over, and the next complete sample is a new baseline.
    QVERIFY(!sliced.sampleSome(store, t0 + 14'000, 10));
    store.clear();
    flood(store, u"fresh/topic"_s, 3, 10, t0 + 14'000);
    while (!sliced.sampleSome(store, t0 + 14'000, 10)) { }
    QCOMPARE(sliced.coveredSeconds(), 0.0);
    QVERIFY(sliced.rank(store, query, t0 + 14'000).isEmpty());
}

void TestInsight::sysCatalogue_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("metric"); // -1: unknown
    QTest::addColumn<int>("broker");
    QTest::newRow("mosquitto(8) version")
        << u"$SYS/broker/version"_s << int(SysMetric::Version) << int(SysBroker::Mosquitto);
    QTest::newRow("mosquitto(8) uptime") << u"$SYS/broker/uptime"_s << int(SysMetric::Uptime)
                                         << int(SysBroker::Mosquitto);
    QTest::newRow("mosquitto(8) clients connected")
        << u"$SYS/broker/clients/connected"_s << int(SysMetric::ClientsConnected) << int(SysBroker::Mosquitto);
    QTest::newRow("mosquitto(8) clients maximum")
        << u"$SYS/broker/clients/maximum"_s << int(SysMetric::ClientsMaximum) << int(SysBroker::Mosquitto);
    QTest::newRow("mosquitto(8) messages received")
        << u"$SYS/broker/messages/received"_s << int(SysMetric::MessagesInPerSecond) << int(SysBroker::Mosquitto);
    QTest::newRow("mosquitto(8) load bytes sent 1min")
        << u"$SYS/broker/load/bytes/sent/1min"_s << int(SysMetric::BytesOutPerSecond) << int(SysBroker::Mosquitto);
    QTest::newRow("mosquitto(8) retained count")
        << u"$SYS/broker/retained messages/count"_s << int(SysMetric::Retained) << int(SysBroker::Mosquitto);
    QTest::newRow("mosquitto(8) subscriptions")
        << u"$SYS/broker/subscriptions/count"_s << int(SysMetric::Subscriptions) << int(SysBroker::Mosquitto);
    QTest::newRow("mosquitto(8) dropped")
        << u"$SYS/broker/publish/messages/dropped"_s << int(SysMetric::Dropped) << int(SysBroker::Mosquitto);
    QTest::newRow("mqtt.org convention (HiveMQ) bytes received total")
        << u"$SYS/broker/load/bytes/received"_s << int(SysMetric::BytesInPerSecond) << int(SysBroker::Mosquitto);
    QTest::newRow("mqtt.org convention (HiveMQ) dropped")
        << u"$SYS/broker/messages/publish/dropped"_s << int(SysMetric::Dropped) << int(SysBroker::Mosquitto);
    QTest::newRow("EMQX connections count") << u"$SYS/brokers/emqx@127.0.0.1/stats/connections/count"_s
                                            << int(SysMetric::ClientsConnected) << int(SysBroker::Emqx);
    QTest::newRow("EMQX connections max") << u"$SYS/brokers/emqx@127.0.0.1/stats/connections/max"_s
                                          << int(SysMetric::ClientsMaximum) << int(SysBroker::Emqx);
    QTest::newRow("EMQX version") << u"$SYS/brokers/emqx@10.0.0.1/version"_s << int(SysMetric::Version)
                                  << int(SysBroker::Emqx);
    QTest::newRow("EMQX bytes sent") << u"$SYS/brokers/n1/metrics/bytes/sent"_s << int(SysMetric::BytesOutPerSecond)
                                     << int(SysBroker::Emqx);
    QTest::newRow("EMQX dropped") << u"$SYS/brokers/n1/metrics/messages/dropped"_s << int(SysMetric::Dropped)
                                  << int(SysBroker::Emqx);
    QTest::newRow("unknown: mosquitto heap") << u"$SYS/broker/heap/current"_s << -1 << 0;
    QTest::newRow("unknown: EMQX without node") << u"$SYS/brokers"_s << -1 << 0;
    QTest::newRow("not $SYS") << u"broker/version"_s << -1 << 0;
}

void TestInsight::sysCatalogue()
{
    QFETCH(QString, topic);
    QFETCH(int, metric);
    QFETCH(int, broker);
    const auto meaning = SysCatalogue::meaning(topic);
    QCOMPARE(meaning.has_value(), metric >= 0);
    if (meaning) {
        QCOMPARE(int(meaning->metric), metric);
        QCOMPARE(int(meaning->broker), broker);
    }
}

void TestInsight::sysDashboardRatesAndRaw()
{
    SysDashboard dashboard;
    QVERIFY(!dashboard.hasSys());
    QVERIFY(!dashboard.update(u"plant/temp"_s, "1", 0));
    QVERIFY(!dashboard.hasSys());
    dashboard.update(u"$SYS/broker/version"_s, "mosquitto version 2.0.11", 1000);
    dashboard.update(u"$SYS/broker/uptime"_s, "3725 seconds", 1000);
    dashboard.update(u"$SYS/broker/clients/connected"_s, "7", 1000);
    dashboard.update(u"$SYS/broker/messages/received"_s, "1000", 1000);
    dashboard.update(u"$SYS/broker/heap/current"_s, "12345", 1000);
    QVERIFY(dashboard.hasSys());
    QCOMPARE(dashboard.broker(), SysBroker::Mosquitto);
    QCOMPARE(dashboard.metric(SysMetric::Version).text, u"mosquitto version 2.0.11"_s);
    QCOMPARE(*dashboard.metric(SysMetric::Uptime).value, 3725.0);
    QCOMPARE(*dashboard.metric(SysMetric::ClientsConnected).value, 7.0);
    QVERIFY(dashboard.metric(SysMetric::MessagesInPerSecond).present);
    QVERIFY(!dashboard.metric(SysMetric::MessagesInPerSecond).value); // a rate needs two updates
    // The per-minute average is a worse source than the counter: ignored once the counter reported.
    dashboard.update(u"$SYS/broker/load/messages/received/1min"_s, "6000", 1500);
    QVERIFY(!dashboard.metric(SysMetric::MessagesInPerSecond).value);
    dashboard.update(u"$SYS/broker/messages/received"_s, "1500", 3000);
    QCOMPARE(*dashboard.metric(SysMetric::MessagesInPerSecond).value, 250.0); // 500 in 2 s
    dashboard.update(u"$SYS/broker/clients/connected"_s, "9", 3000);
    QCOMPARE(dashboard.metric(SysMetric::ClientsConnected).trend.size(), 2);
    QCOMPARE(dashboard.metric(SysMetric::ClientsConnected).trend.last().value, 9.0);
    QCOMPARE(dashboard.rawTopics().keys(), QStringList { u"$SYS/broker/heap/current"_s });
    QCOMPARE(dashboard.rawTopics().value(u"$SYS/broker/heap/current"_s).payload, u"12345"_s);
    // A broker restart: the counter goes back, and the rate starts over instead of reading negative.
    dashboard.update(u"$SYS/broker/messages/received"_s, "10", 4000);
    QCOMPARE(*dashboard.metric(SysMetric::MessagesInPerSecond).value, 250.0);
    QCOMPARE(SysDashboard::parseSeconds(u"1 days, 2 hours, 3 minutes, 4 seconds"_s), 93784.0);
    for (int i = 0; i < SysDashboard::TrendPoints + 5; ++i)
        dashboard.update(u"$SYS/broker/subscriptions/count"_s, QByteArray::number(i), 5000 + i);
    QCOMPARE(dashboard.metric(SysMetric::Subscriptions).trend.size(), SysDashboard::TrendPoints);
    QCOMPARE(dashboard.metric(SysMetric::Subscriptions).trend.last().value, double(SysDashboard::TrendPoints + 4));
}

void TestInsight::timelineQos1Handshake()
{
    PacketTimeline timeline;
    timeline.append(traced(PacketType::Publish, true, 7, 1'000'000, 1, u"a/b"_s));
    QCOMPARE(timeline.pendingCount(), 1);
    const auto result = timeline.append(traced(PacketType::PubAck, false, 7, 1'200'000));
    QCOMPARE(result.updated, QList<quint64> { 1 });
    QCOMPARE(timeline.pendingCount(), 0);
    QCOMPARE(timeline.at(0).flowLatencyUs, 200'000);
    QVERIFY(timeline.at(0).flowComplete);
    QCOMPARE(timeline.at(1).flow, 1u);
    QCOMPARE(timeline.at(1).flowLatencyUs, 200'000);
    QCOMPARE(timeline.at(1).packet.topic, u"a/b"_s); // the acknowledgement names its PUBLISH's topic
    // A PUBACK for an id nobody sent is not part of a handshake.
    timeline.append(traced(PacketType::PubAck, false, 8, 1'300'000));
    QCOMPARE(timeline.at(2).flow, 0u);
    QCOMPARE(timeline.at(2).flowLatencyUs, -1);
}

void TestInsight::timelineQos2Handshake()
{
    PacketTimeline timeline;
    timeline.append(traced(PacketType::Publish, true, 3, 0, 2, u"q2"_s));
    timeline.append(traced(PacketType::PubRec, false, 3, 1000));
    timeline.append(traced(PacketType::PubRel, true, 3, 1500));
    QCOMPARE(timeline.pendingCount(), 1);
    timeline.append(traced(PacketType::PubComp, false, 3, 4000));
    QCOMPARE(timeline.pendingCount(), 0);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(timeline.at(i).flow, 1u);
    QCOMPARE(timeline.at(1).stepLatencyUs, 1000);
    QCOMPARE(timeline.at(2).stepLatencyUs, 500);
    QCOMPARE(timeline.at(3).stepLatencyUs, 2500);
    QCOMPARE(timeline.at(3).flowLatencyUs, 4000);
    QCOMPARE(timeline.at(0).flowLatencyUs, 4000);
    // A PUBREC that refuses ends the handshake there.
    timeline.append(traced(PacketType::Publish, true, 4, 10000, 2, u"q2"_s));
    timeline.append(traced(PacketType::PubRec, false, 4, 12000, 0, {}, 0x87, true));
    QCOMPARE(timeline.pendingCount(), 0);
    QCOMPARE(timeline.at(5).flowLatencyUs, 2000);
    QCOMPARE(PacketTimeline::reasonText(timeline.at(5).packet), u"not authorized"_s);
}

void TestInsight::timelineInboundQos1AndSubscribe()
{
    PacketTimeline timeline;
    // The broker's PUBLISH with id 7 and ours with id 7 are different handshakes.
    timeline.append(traced(PacketType::Publish, false, 7, 0, 1, u"in"_s));
    timeline.append(traced(PacketType::Publish, true, 7, 10, 1, u"out"_s));
    timeline.append(traced(PacketType::PubAck, true, 7, 50));
    timeline.append(traced(PacketType::PubAck, false, 7, 500));
    QCOMPARE(timeline.at(2).flow, 1u);
    QCOMPARE(timeline.at(2).flowLatencyUs, 50);
    QCOMPARE(timeline.at(3).flow, 2u);
    QCOMPARE(timeline.at(3).flowLatencyUs, 490);
    timeline.append(traced(PacketType::Subscribe, true, 9, 1000, 0, u"#"_s));
    timeline.append(traced(PacketType::SubAck, false, 9, 3000, 0, {}, 0, true));
    QCOMPARE(timeline.at(5).flowLatencyUs, 2000);
    timeline.append(traced(PacketType::PingReq, true, 0, 5000));
    timeline.append(traced(PacketType::PingResp, false, 0, 5300));
    QCOMPARE(timeline.at(7).flowLatencyUs, 300);
}

void TestInsight::timelineFilters()
{
    PacketTimeline timeline;
    timeline.append(traced(PacketType::Publish, true, 1, 0, 1, u"fast/topic"_s));
    timeline.append(traced(PacketType::PubAck, false, 1, 2'000));
    timeline.append(traced(PacketType::Publish, true, 2, 10'000, 1, u"Slow/Topic"_s));
    timeline.append(traced(PacketType::PubAck, false, 2, 210'000));
    timeline.append(traced(PacketType::Publish, false, 0, 300'000, 0, u"plain"_s));
    auto shown = [&](const PacketFilter &filter) {
        QList<quint64> seqs;
        for (qsizetype i = 0; i < timeline.size(); ++i) {
            if (filter.matches(timeline.at(i)))
                seqs.append(timeline.at(i).seq);
        }
        return seqs;
    };
    QCOMPARE(shown({}), (QList<quint64> { 1, 2, 3, 4, 5 }));
    PacketFilter slow;
    slow.slowerThanUs = 100'000;
    QCOMPARE(shown(slow), (QList<quint64> { 3, 4 }));
    PacketFilter acks;
    acks.types = 1u << quint32(PacketType::PubAck);
    QCOMPARE(shown(acks), (QList<quint64> { 2, 4 }));
    PacketFilter topic;
    topic.topic = u"slow/"_s;
    QCOMPARE(shown(topic), (QList<quint64> { 3, 4 })); // the PUBACK carries its PUBLISH's topic
}

void TestInsight::timelineRingEvictsOldest()
{
    PacketTimeline timeline(3);
    timeline.append(traced(PacketType::Publish, true, 1, 0, 1, u"t"_s));
    std::vector<Mqtt::TracedPacket> batch;
    for (int i = 0; i < 4; ++i)
        batch.push_back(traced(PacketType::Publish, false, 0, 10 + i, 0, u"n%1"_s.arg(i)));
    batch.push_back(traced(PacketType::PubAck, false, 1, 100)); // completes a handshake whose start is gone
    const auto result = timeline.append(std::move(batch));
    QCOMPARE(result.added, 5);
    QCOMPARE(result.evicted, 3);
    QVERIFY(result.updated.isEmpty());
    QCOMPARE(timeline.size(), 3);
    QCOMPARE(timeline.firstSeq(), 4u);
    QCOMPARE(timeline.at(0).packet.topic, u"n2"_s);
    QCOMPARE(timeline.at(2).flowLatencyUs, 100); // the latency still holds
    QCOMPARE(timeline.find(1), nullptr);
    QCOMPARE(timeline.find(6)->packet.type, PacketType::PubAck);
    timeline.setCapacity(1);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.evictedCount(), 5u);
    // A batch larger than the ring: the last packets stay, the handshake of an evicted PUBLISH still completes.
    timeline.setCapacity(2);
    std::vector<Mqtt::TracedPacket> large { traced(PacketType::Publish, true, 9, 1000, 1, u"gone"_s),
        traced(PacketType::Publish, false, 0, 1001, 0, u"x"_s), traced(PacketType::Publish, false, 0, 1002, 0, u"y"_s),
        traced(PacketType::PubAck, false, 9, 1500) };
    const auto replaced = timeline.append(std::move(large));
    QCOMPARE(replaced.added, 4);
    QCOMPARE(replaced.evicted, 3); // the one record before, and two of the batch
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.at(0).packet.topic, u"y"_s);
    QCOMPARE(timeline.at(1).flowLatencyUs, 500);
    QCOMPARE(timeline.at(1).packet.topic, u"gone"_s.left(0)); // its PUBLISH left before it came: no topic to copy
    QCOMPARE(timeline.firstSeq() + 1, timeline.at(1).seq);
    QCOMPARE(timeline.pendingCount(), 0);
}

void TestInsight::timelineHistogram()
{
    PacketTimeline timeline;
    const qint64 latencies[] = { 50, 150, 150, 2'000, 200'000, 5'000'000 };
    quint16 id = 1;
    for (qint64 latency : latencies) {
        timeline.append(traced(PacketType::Publish, true, id, 1'000'000, 1, u"h"_s));
        timeline.append(traced(PacketType::PubAck, false, id, 1'000'000 + latency));
        ++id;
    }
    const PacketTimeline::Histogram histogram = timeline.latencyHistogram();
    QCOMPARE(histogram[0], 1u); // <= 100 us
    QCOMPARE(histogram[1], 2u); // <= 300 us
    QCOMPARE(histogram[3], 1u); // <= 3 ms
    QCOMPARE(histogram[7], 1u); // <= 300 ms
    QCOMPARE(histogram[10], 1u); // > 3 s
    quint64 total = 0;
    for (quint64 n : histogram)
        total += n;
    QCOMPARE(total, 6u); // one per handshake, not per packet
}

void TestInsight::timelineJsonLines()
{
    PacketTimeline timeline;
    timeline.append(traced(PacketType::Publish, true, 5, 1'700'000'000'000'000, 1, u"a\"b/c"_s));
    timeline.append(traced(PacketType::PubAck, false, 5, 1'700'000'000'250'000, 0, {}, 0x10, true));
    const QByteArray lines = timeline.toJsonLines();
    const QList<QByteArray> split = lines.split('\n');
    QCOMPARE(split.size(), 3);
    QVERIFY(split.last().isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(split[0]).object();
    QCOMPARE(first.value(u"type"_s).toString(), u"PUBLISH"_s);
    QCOMPARE(first.value(u"direction"_s).toString(), u"out"_s);
    QCOMPARE(first.value(u"topic"_s).toString(), u"a\"b/c"_s);
    QCOMPARE(first.value(u"qos"_s).toInt(), 1);
    QCOMPARE(first.value(u"packet_id"_s).toInt(), 5);
    QCOMPARE(first.value(u"time"_s).toString(), u"2023-11-14T22:13:20.000Z"_s);
    QCOMPARE(first.value(u"latency_ms"_s).toDouble(), 250.0);
    const QJsonObject second = QJsonDocument::fromJson(split[1]).object();
    QCOMPARE(second.value(u"reason"_s).toString(), u"no matching subscribers"_s);
    QCOMPARE(second.value(u"reason_code"_s).toInt(), 0x10);
    PacketFilter acks;
    acks.types = 1u << quint32(PacketType::PubAck);
    QCOMPARE(timeline.toJsonLines(acks).count('\n'), 1);
}

void TestInsight::traceBufferBoundsPending()
{
    PacketTraceBuffer buffer(3);
    std::vector<Mqtt::TracedPacket> step { traced(PacketType::PingReq, true, 0, 1),
        traced(PacketType::PingResp, false, 0, 2) };
    buffer.packetsTraced(step, 1);
    std::vector<Mqtt::TracedPacket> more { traced(PacketType::Publish, false, 0, 3),
        traced(PacketType::Publish, false, 0, 4) };
    buffer.packetsTraced(more, 3);
    QCOMPARE(buffer.droppedCount(), 1u); // the one beyond the bound
    QCOMPARE(buffer.tracedCount(), 4u);
    const std::vector<Mqtt::TracedPacket> taken = buffer.take();
    QCOMPARE(taken.size(), size_t(3));
    QCOMPARE(taken.front().timeUs, 1); // stamped with its step's time
    QCOMPARE(taken.front().type, PacketType::PingReq);
    QCOMPARE(taken.back().timeUs, 3);
    QVERIFY(buffer.take().empty());
}

void TestInsight::sessionTraceHook()
{
    // The hook in the session: off (null) it records nothing; on, every packet in and out with its size on the wire.
    SessionTest::Broker broker(SessionTest::config(Mqtt::ProtocolVersion::V5));
    broker.connect();
    broker.feed(SessionTest::publishPacket(u"before"_s, 1, 1));
    broker.sent();
    std::vector<Mqtt::TracedPacket> traced;
    broker.session.setTraceBuffer(&traced);
    QVERIFY(traced.empty()); // nothing of what came before
    broker.feed(SessionTest::publishPacket(u"plant/temp"_s, 1, 2, "21.5"));
    broker.session.publish(SessionTest::publishPacket(u"cmd/lamp"_s, 2), broker.now);
    const QList<Mqtt::Packet> sent = broker.sent();
    QCOMPARE(sent.size(), 2); // our PUBACK and our PUBLISH
    QCOMPARE(traced.size(), size_t(3));
    QCOMPARE(traced[0].type, PacketType::Publish);
    QVERIFY(!traced[0].outgoing);
    QCOMPARE(traced[0].topic, u"plant/temp"_s);
    QCOMPARE(traced[0].qos, 1);
    QCOMPARE(traced[0].packetId, 2);
    QCOMPARE(qsizetype(traced[0].size),
        Mqtt::encode(SessionTest::publishPacket(u"plant/temp"_s, 1, 2, "21.5"), Mqtt::ProtocolVersion::V5).size());
    QCOMPARE(traced[1].type, PacketType::PubAck);
    QVERIFY(traced[1].outgoing);
    QCOMPARE(traced[1].packetId, 2);
    QCOMPARE(qsizetype(traced[1].size), broker.sentSizes.at(broker.sentSizes.size() - 2));
    QCOMPARE(traced[2].type, PacketType::Publish);
    QVERIFY(traced[2].outgoing);
    QCOMPARE(traced[2].qos, 2);
    QCOMPARE(traced[2].topic, u"cmd/lamp"_s);
    QCOMPARE(qsizetype(traced[2].size), broker.sentSizes.last());
    // Off again: nothing more.
    broker.session.setTraceBuffer(nullptr);
    broker.feed(SessionTest::publishPacket(u"after"_s, 1, 3));
    broker.sent();
    QCOMPARE(traced.size(), size_t(3));
}

void TestInsight::sessionTraceNamesAliasedTopics()
{
    // A PUBLISH under a topic alias carries no topic; the timeline shows the topic the alias stands for, both ways.
    Mqtt::SessionConfig cfg = SessionTest::config(Mqtt::ProtocolVersion::V5);
    cfg.topicAliasMaximum = 5; // we accept the broker's aliases 1..5
    cfg.outboundTopicAliases = true;
    SessionTest::Broker broker(cfg);
    broker.decoder.setTopicAliasMaximum(10);
    Mqtt::ConnAck connAck;
    connAck.properties.topicAliasMaximum = 10; // and the broker ours
    broker.connect(connAck);
    std::vector<Mqtt::TracedPacket> traced;
    broker.session.setTraceBuffer(&traced);
    auto aliased = [](const QString &topic, quint16 alias) {
        Mqtt::Publish publish = SessionTest::publishPacket(topic, 0);
        publish.properties.topicAlias = alias;
        return publish;
    };
    broker.feed(aliased(u"plant/line1/temp"_s, 2)); // binds alias 2
    broker.feed(aliased(QString(), 2)); // uses it
    broker.session.publish(SessionTest::publishPacket(u"cmd/lamp"_s, 0), broker.now); // binds one of ours
    broker.session.publish(SessionTest::publishPacket(u"cmd/lamp"_s, 0), broker.now); // sent under it alone
    const QList<Mqtt::Publish> sent = broker.sentOf<Mqtt::Publish>();
    QCOMPARE(sent.size(), 2);
    QVERIFY2(sent[1].topic.isEmpty() && sent[1].properties.topicAlias, "the second goes under the alias alone");
    QCOMPARE(traced.size(), size_t(4));
    QStringList topics;
    for (const Mqtt::TracedPacket &packet : traced)
        topics << packet.topic;
    QCOMPARE(topics, (QStringList { u"plant/line1/temp"_s, u"plant/line1/temp"_s, u"cmd/lamp"_s, u"cmd/lamp"_s }));
}

QTEST_GUILESS_MAIN(TestInsight)
#include "tst_insight.moc"
