// SPDX-License-Identifier: MIT
// Live charts' data in core (issue 11): numbers out of payloads (plain, booleans, JSON paths, CBOR and MessagePack by
// the same path, NaN and Infinity as gaps, strings and invalid paths never as zero), the per-series ring (capacity,
// dropped points counted, statistics, memory per point), min/max decimation (every column's min and max survive),
// the feed (wildcard series, back-fill from the store, removal frees memory) and the CSV round trip.

#include "charts/chartcsv.h"
#include "charts/chartfeed.h"
#include "charts/chartsetup.h"
#include "charts/decimator.h"
#include "charts/numericextractor.h"
#include "charts/seriesbuffer.h"
#include "common/translations.h"
#include "protobufwire.h"
#include "store/topicstore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(NumericExtractor::Outcome)

namespace {

using Outcome = NumericExtractor::Outcome;

// MessagePack {"sensors": [{"temp": 21.5}], "on": true, "n": -7}, written by hand from the specification.
QByteArray msgPackDocument()
{
    QByteArray b;
    b += char(0x83); // map of 3
    b += char(0xa7) + "sensors"_ba;
    b += char(0x91); // array of 1
    b += char(0x81); // map of 1
    b += char(0xa4) + "temp"_ba;
    b += char(0xcb); // float 64
    const double value = 21.5;
    quint64 bits;
    memcpy(&bits, &value, 8);
    for (int i = 7; i >= 0; --i)
        b += char((bits >> (8 * i)) & 0xff);
    b += char(0xa2) + "on"_ba + char(0xc3);
    b += char(0xa1) + "n"_ba + char(0xf9); // negative fixint -7
    return b;
}

QByteArray cborDocument()
{
    QCborMap sensor;
    sensor.insert(u"temp"_s, 19.25);
    QCborMap root;
    root.insert(u"sensors"_s, QCborArray { sensor });
    root.insert(u"nan"_s, std::numeric_limits<double>::quiet_NaN());
    root.insert(u"label"_s, u"kitchen"_s);
    root.insert(1, 42); // an integer map key, named [1] in paths
    return QCborValue(root).toCbor();
}

Mqtt::Publish publish(const QString &topic, const QByteArray &payload)
{
    Mqtt::Publish p;
    p.topic = topic;
    p.payload = payload;
    return p;
}

} // namespace

class TestChartData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); }
    void extraction_data();
    void extraction();
    void invalidPathSaysWhy_data();
    void invalidPathSaysWhy();
    void numericPathsOfADocument();
    void ringKeepsNewestAndCountsDropped();
    void ringStatisticsSkipGaps();
    void ringCapacityChangeKeepsNewest();
    void ringMemoryPerPoint();
    void decimationKeepsEveryColumnsMinAndMax_data();
    void decimationKeepsEveryColumnsMinAndMax();
    void decimationBreaksAtGaps();
    void decimationPassesFewPointsThrough();
    void feedWildcardMakesOneSeriesPerTopic();
    void feedBackfillsFromHistory();
    void feedCountsSkippedAndUnmatched();
    void feedReadsSparkplugOnItsTopics();
    void feedRemovalFreesMemory();
    void csvRoundTrip();
    void setupRoundTrip();
};

void TestChartData::extraction_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("path");
    QTest::addColumn<NumericExtractor::Outcome>("outcome");
    QTest::addColumn<double>("value");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();

    QTest::newRow("plain number") << "21.5"_ba << QString() << Outcome::Number << 21.5;
    QTest::newRow("plain exponent") << "-3e2"_ba << QString() << Outcome::Number << -300.0;
    QTest::newRow("plain white space around") << " 7 \n"_ba << u"$"_s << Outcome::Number << 7.0;
    QTest::newRow("plain leading plus") << "+4"_ba << QString() << Outcome::Number << 4.0;
    QTest::newRow("boolean true is 1") << "true"_ba << QString() << Outcome::Number << 1.0;
    QTest::newRow("boolean False is 0") << "False"_ba << QString() << Outcome::Number << 0.0;
    QTest::newRow("on is 1") << "ON"_ba << QString() << Outcome::Number << 1.0;
    QTest::newRow("off is 0") << "off"_ba << QString() << Outcome::Number << 0.0;
    QTest::newRow("plain NaN is a gap") << "NaN"_ba << QString() << Outcome::Number << nan;
    QTest::newRow("plain -Infinity is a gap") << "-Infinity"_ba << QString() << Outcome::Number << -inf;
    QTest::newRow("string is not a number") << "hello"_ba << QString() << Outcome::NotNumber << 0.0;
    QTest::newRow("number with junk is not a number") << "12abc"_ba << QString() << Outcome::NotNumber << 0.0;
    QTest::newRow("hex is not a number") << "0x10"_ba << QString() << Outcome::NotNumber << 0.0;
    QTest::newRow("empty payload is not a number") << QByteArray() << QString() << Outcome::NotNumber << 0.0;
    QTest::newRow("JSON object at the root is not a number")
        << "{\"a\":1}"_ba << QString() << Outcome::NotNumber << 0.0;

    const QByteArray json = R"({"sensors":[{"temp":21.5},{"temp":-4}],"nested":{"deep":{"x":1e3}},)"
                            R"("flag":false,"name":"kitchen","numText":"12.5","nan":NaN,"inf":Infinity,)"
                            R"("nothing":null,"a b":{"c":3}})"_ba;
    QTest::newRow("JSON path into an array") << json << u"$.sensors[0].temp"_s << Outcome::Number << 21.5;
    QTest::newRow("JSON second array element") << json << u"$.sensors[1].temp"_s << Outcome::Number << -4.0;
    QTest::newRow("JSON nested objects") << json << u"$.nested.deep.x"_s << Outcome::Number << 1000.0;
    QTest::newRow("JSON boolean is 0") << json << u"$.flag"_s << Outcome::Number << 0.0;
    QTest::newRow("JSON quoted key") << json << u"$['a b'].c"_s << Outcome::Number << 3.0;
    QTest::newRow("JSON string that reads as a number") << json << u"$.numText"_s << Outcome::Number << 12.5;
    QTest::newRow("JSON NaN is a gap") << json << u"$.nan"_s << Outcome::Number << nan;
    QTest::newRow("JSON Infinity is a gap") << json << u"$.inf"_s << Outcome::Number << inf;
    QTest::newRow("JSON string is skipped") << json << u"$.name"_s << Outcome::NotNumber << 0.0;
    QTest::newRow("JSON null is skipped") << json << u"$.nothing"_s << Outcome::NotNumber << 0.0;
    QTest::newRow("JSON object is skipped") << json << u"$.nested"_s << Outcome::NotNumber << 0.0;
    QTest::newRow("JSON missing key matches nothing") << json << u"$.missing"_s << Outcome::NoMatch << 0.0;
    QTest::newRow("JSON index past the end matches nothing")
        << json << u"$.sensors[5].temp"_s << Outcome::NoMatch << 0.0;
    QTest::newRow("JSON index into an object matches nothing") << json << u"$.nested[0]"_s << Outcome::NoMatch << 0.0;
    QTest::newRow("invalid path matches nothing") << json << u"$.sensors[x]"_s << Outcome::NoMatch << 0.0;
    QTest::newRow("path into text is undecodable") << "21.5 degrees"_ba << u"$.a"_s << Outcome::Undecodable << 0.0;

    const QByteArray cbor = cborDocument();
    QTest::newRow("CBOR path into an array") << cbor << u"$.sensors[0].temp"_s << Outcome::Number << 19.25;
    QTest::newRow("CBOR NaN is a gap") << cbor << u"$.nan"_s << Outcome::Number << nan;
    QTest::newRow("CBOR integer map key") << cbor << u"$[1]"_s << Outcome::Number << 42.0;
    QTest::newRow("CBOR string is skipped") << cbor << u"$.label"_s << Outcome::NotNumber << 0.0;
    QTest::newRow("CBOR missing key") << cbor << u"$.sensors[0].hum"_s << Outcome::NoMatch << 0.0;

    const QByteArray msgpack = msgPackDocument();
    QTest::newRow("MessagePack path into an array") << msgpack << u"$.sensors[0].temp"_s << Outcome::Number << 21.5;
    QTest::newRow("MessagePack boolean is 1") << msgpack << u"$.on"_s << Outcome::Number << 1.0;
    QTest::newRow("MessagePack negative fixint") << msgpack << u"$.n"_s << Outcome::Number << -7.0;
    QTest::newRow("MessagePack missing key") << msgpack << u"$.off"_s << Outcome::NoMatch << 0.0;
}

void TestChartData::extraction()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, path);
    QFETCH(NumericExtractor::Outcome, outcome);
    QFETCH(double, value);
    const NumericExtractor::Result result = NumericExtractor::extract(payload, NumericPath::parse(path));
    QCOMPARE(result.outcome, outcome);
    if (outcome != Outcome::Number)
        return;
    if (std::isnan(value))
        QVERIFY(std::isnan(result.value));
    else
        QCOMPARE(result.value, value);
}

void TestChartData::invalidPathSaysWhy_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("letters in an index") << u"$.a[x]"_s;
    QTest::newRow("unclosed bracket") << u"$.a[1"_s;
    QTest::newRow("unclosed quote") << u"$['a"_s;
    QTest::newRow("dot without a name") << u"$.a..b"_s;
    QTest::newRow("no separator") << u"$a"_s;
}

void TestChartData::invalidPathSaysWhy()
{
    QFETCH(QString, path);
    const NumericPath parsed = NumericPath::parse(path);
    QVERIFY(!parsed.isValid());
    QVERIFY2(parsed.error().contains(u"$.sensors[0].temp"_s), qPrintable(parsed.error()));
    QVERIFY(parsed.steps().isEmpty());
}

void TestChartData::numericPathsOfADocument()
{
    const QByteArray json = R"({"t":1.5,"s":"x","list":[1,true,{"deep":2}],"o":{"n":null}})"_ba;
    QCOMPARE(NumericExtractor::numericPaths(json),
        QStringList({ u"$.t"_s, u"$.list[0]"_s, u"$.list[1]"_s, u"$.list[2].deep"_s }));
    QVERIFY(NumericExtractor::numericPaths("42"_ba).isEmpty());
}

void TestChartData::ringKeepsNewestAndCountsDropped()
{
    SeriesBuffer buffer(5);
    for (int i = 0; i < 12; ++i)
        buffer.append(1000 + i, i);
    QCOMPARE(buffer.size(), 5);
    QCOMPARE(buffer.dropped(), quint64(7));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(buffer.timeAt(i), qint64(1007 + i));
        QCOMPARE(buffer.valueAt(i), float(7 + i));
    }
    QCOMPARE(buffer.lowerBound(1009), 2);
    QCOMPARE(buffer.lowerBound(0), 0);
    QCOMPARE(buffer.lowerBound(5000), 5);
    const auto runs = buffer.runs(0, 5);
    QCOMPARE(runs.first.count + runs.second.count, 5);
    QCOMPARE(runs.first.times[0], qint64(1007));
    // A clock that steps back is clamped: times stay ordered.
    buffer.append(500, 99);
    QCOMPARE(buffer.timeAt(4), qint64(1011));
    QCOMPARE(buffer.dropped(), quint64(8));
    buffer.clear();
    QCOMPARE(buffer.size(), 0);
    QCOMPARE(buffer.memoryBytes(), 0);
}

void TestChartData::ringStatisticsSkipGaps()
{
    SeriesBuffer buffer(100);
    buffer.append(0, 4);
    buffer.append(1, std::numeric_limits<double>::quiet_NaN());
    buffer.append(2, -2);
    buffer.append(3, std::numeric_limits<double>::infinity());
    buffer.append(4, 10);
    const SeriesStats &stats = buffer.stats();
    QCOMPARE(stats.values, quint64(3));
    QCOMPARE(stats.gaps, quint64(2));
    QCOMPARE(stats.minimum, -2.0);
    QCOMPARE(stats.maximum, 10.0);
    QCOMPARE(stats.mean(), 4.0);
    QCOMPARE(stats.last, 10.0);
    QCOMPARE(buffer.size(), 5); // gaps are kept as points
    QCOMPARE(buffer.rate(4, 10'000), 5 * 1000.0 / 10'000);
}

void TestChartData::ringCapacityChangeKeepsNewest()
{
    SeriesBuffer buffer(10);
    for (int i = 0; i < 15; ++i)
        buffer.append(i, i); // wrapped
    buffer.setCapacity(4);
    QCOMPARE(buffer.size(), 4);
    QCOMPARE(buffer.dropped(), quint64(5 + 6));
    QCOMPARE(buffer.valueAt(0), 11.0f);
    QCOMPARE(buffer.valueAt(3), 14.0f);
    buffer.setCapacity(8);
    for (int i = 15; i < 20; ++i)
        buffer.append(i, i);
    QCOMPARE(buffer.size(), 8);
    QCOMPARE(buffer.valueAt(0), 12.0f);
    QCOMPARE(buffer.valueAt(7), 19.0f);
}

void TestChartData::ringMemoryPerPoint()
{
    SeriesBuffer buffer(1'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        buffer.append(i, i);
    QCOMPARE(buffer.size(), 1'000'000);
    QCOMPARE(buffer.dropped(), quint64(0));
    // A full ring holds exactly its capacity: 12 bytes per point, within the goal of 16.
    QCOMPARE(buffer.memoryBytes(), 12 * 1'000'000);
}

void TestChartData::decimationKeepsEveryColumnsMinAndMax_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("capacity");
    QTest::newRow("100k points in 800 columns") << 100'000 << 800 << 1'000'000;
    QTest::newRow("wrapped ring, 50k points in 300 columns") << 80'000 << 300 << 50'000;
    QTest::newRow("spiky data, 20k in 97 columns") << 20'000 << 97 << 1'000'000;
}

void TestChartData::decimationKeepsEveryColumnsMinAndMax()
{
    QFETCH(int, points);
    QFETCH(int, columns);
    QFETCH(int, capacity);
    QRandomGenerator random(1234);
    SeriesBuffer buffer(capacity);
    qint64 t = 1'700'000'000'000;
    for (int i = 0; i < points; ++i) {
        t += random.bounded(3); // several points per millisecond, and some milliseconds without
        double v = random.bounded(100.0);
        if (random.bounded(1000) == 0)
            v = random.bounded(2) ? 1e6 : -1e6; // rare spikes
        buffer.append(t, v);
    }
    const qint64 from = buffer.timeAt(buffer.size() / 10);
    const qint64 to = buffer.timeAt(buffer.size() * 9 / 10);
    const DecimatedSeries d = Decimator::decimate(buffer, from, to, columns);
    QVERIFY(d.points.size() <= 2 * columns + 2);
    QVERIFY(d.points.size() < d.sourcePoints);
    QSet<QPair<qint64, float>> drawn;
    for (const QPointF &p : d.points)
        drawn.insert({ qint64(p.x()), float(p.y()) });
    // The oracle: each column's min and max by brute force.
    QList<float> minimum(columns, std::numeric_limits<float>::max());
    QList<float> maximum(columns, std::numeric_limits<float>::lowest());
    QList<qint64> minTime(columns), maxTime(columns);
    for (qsizetype i = buffer.lowerBound(from); i < buffer.lowerBound(to + 1); ++i) {
        const int c = Decimator::columnOf(buffer.timeAt(i), from, to, columns);
        if (buffer.valueAt(i) < minimum[c]) {
            minimum[c] = buffer.valueAt(i);
            minTime[c] = buffer.timeAt(i);
        }
        if (buffer.valueAt(i) > maximum[c]) {
            maximum[c] = buffer.valueAt(i);
            maxTime[c] = buffer.timeAt(i);
        }
    }
    int checked = 0;
    for (int c = 0; c < columns; ++c) {
        if (minimum[c] == std::numeric_limits<float>::max())
            continue;
        QVERIFY2(drawn.contains({ minTime[c], minimum[c] }), qPrintable(u"column %1 lost its minimum"_s.arg(c)));
        QVERIFY2(drawn.contains({ maxTime[c], maximum[c] }), qPrintable(u"column %1 lost its maximum"_s.arg(c)));
        ++checked;
    }
    QVERIFY(checked > columns / 2);
    // Points come in time order.
    for (qsizetype i = 1; i < d.points.size(); ++i)
        QVERIFY(d.points[i - 1].x() <= d.points[i].x());
}

void TestChartData::decimationBreaksAtGaps()
{
    SeriesBuffer buffer(1000);
    for (int i = 0; i < 10; ++i)
        buffer.append(i, i == 4 ? std::numeric_limits<double>::quiet_NaN() : double(i));
    DecimatedSeries d = Decimator::decimate(buffer, 0, 9, 100);
    QCOMPARE(d.points.size(), 9); // the NaN is not drawn, and not as zero
    QCOMPARE(d.segmentStarts, QList<qsizetype>({ 0, 4 }));
    for (const QPointF &p : d.points)
        QVERIFY(p.y() != 0 || p.x() == 0);
    // Reduced: a gap column still breaks the line.
    SeriesBuffer many(100'000);
    for (int i = 0; i < 100'000; ++i)
        many.append(i, (i >= 50'000 && i < 50'500) ? std::numeric_limits<double>::quiet_NaN() : 1.0);
    d = Decimator::decimate(many, 0, 99'999, 100);
    QCOMPARE(d.segmentStarts.size(), 2);
}

void TestChartData::decimationPassesFewPointsThrough()
{
    SeriesBuffer buffer(1000);
    for (int i = 0; i < 20; ++i)
        buffer.append(i * 100, i);
    const DecimatedSeries d = Decimator::decimate(buffer, 500, 1500, 800);
    // 5..15 inside, plus the neighbours 4 and 16 at the edges.
    QCOMPARE(d.sourcePoints, 11);
    QCOMPARE(d.points.size(), 13);
    QCOMPARE(d.points.first(), QPointF(400, 4));
    QCOMPARE(d.points.last(), QPointF(1600, 16));
}

void TestChartData::feedWildcardMakesOneSeriesPerTopic()
{
    ChartFeed feed(1000);
    const int id = feed.addDefinition({ u"home/+/temperature"_s, QString() }, nullptr);
    QList<Mqtt::Publish> batch { publish(u"home/kitchen/temperature"_s, "21"_ba),
        publish(u"home/kitchen/humidity"_s, "50"_ba), publish(u"home/attic/temperature"_s, "12.5"_ba),
        publish(u"home/kitchen/temperature"_s, "22"_ba) };
    feed.consume(batch, 0, batch.size(), 1000);
    QList<SeriesInfo> series = feed.series(id, 1000);
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].topic, u"home/kitchen/temperature"_s);
    QCOMPARE(series[0].points, 2);
    QCOMPARE(series[0].stats.last, 22.0);
    QCOMPARE(series[1].topic, u"home/attic/temperature"_s);
    // A topic that appears later makes a series too.
    const quint64 version = feed.structureVersion();
    batch = { publish(u"home/garage/temperature"_s, "3"_ba) };
    feed.consume(batch, 0, 1, 2000);
    QVERIFY(feed.structureVersion() != version);
    QCOMPARE(feed.series(id, 2000).size(), 3);
    QCOMPARE(feed.consumedMessages(), quint64(5));
}

void TestChartData::feedBackfillsFromHistory()
{
    TopicStore store;
    store.setHistoryDepth(100);
    for (int i = 0; i < 30; ++i)
        store.ingest(publish(u"plant/line1/speed"_s, QByteArray::number(i)), 10'000 + i);
    store.ingest(publish(u"plant/line2/speed"_s, "{\"v\":1}"_ba), 20'000);
    ChartFeed feed(1000);
    const int exact = feed.addDefinition({ u"plant/line1/speed"_s, QString() }, &store);
    QList<SeriesInfo> series = feed.series(exact, 20'000);
    QCOMPARE(series.size(), 1);
    QCOMPARE(series[0].points, 30);
    QCOMPARE(series[0].stats.minimum, 0.0);
    QCOMPARE(series[0].stats.maximum, 29.0);
    const auto points = feed.points(series[0].id, 0, 100'000);
    QCOMPARE(points.front().first, qint64(10'000)); // the stored receive times
    QCOMPARE(points.back().first, qint64(10'029));
    const int wildcard = feed.addDefinition({ u"plant/#"_s, u"$.v"_s }, &store);
    series = feed.series(wildcard, 20'000);
    QCOMPARE(series.size(), 2);
    // "0".."29" are not documents (single digits happen to be valid CBOR integers: no match in them).
    QCOMPARE(series[0].undecodable + series[0].noMatch, quint64(30));
    QCOMPARE(series[0].points, 0);
    QCOMPARE(series[1].points, 1);
}

void TestChartData::feedCountsSkippedAndUnmatched()
{
    ChartFeed feed(1000);
    const int id = feed.addDefinition({ u"s"_s, u"$.temp"_s }, nullptr);
    const int bad = feed.addDefinition({ u"a/#/b"_s, QString() }, nullptr);
    QVERIFY(!feed.definitionError(bad).isEmpty());
    QVERIFY(feed.definitionError(id).isEmpty());
    QList<Mqtt::Publish> batch { publish(u"s"_s, "{\"temp\":\"warm\"}"_ba), publish(u"s"_s, "{\"hum\":4}"_ba),
        publish(u"s"_s, "{\"temp\":5}"_ba), publish(u"a/x/b"_s, "1"_ba) };
    feed.consume(batch, 0, batch.size(), 1);
    const QList<SeriesInfo> series = feed.series(id, 1);
    QCOMPARE(series.size(), 1);
    QCOMPARE(series[0].notNumbers, quint64(1));
    QCOMPARE(series[0].noMatch, quint64(1));
    QCOMPARE(series[0].points, 1); // the string was not plotted as zero
    QCOMPARE(series[0].stats.minimum, 5.0);
    QVERIFY(feed.series(bad, 1).isEmpty());
}

// On a spBv1.0/ topic a path reads the Sparkplug B payload as the inspector shows it; "all numeric fields" are the
// metrics' values (not the timestamp or the sequence number).
void TestChartData::feedReadsSparkplugOnItsTopics()
{
    using namespace ProtobufWire;
    auto payload = [](double temperature, bool running) -> QByteArray { // not a QStringBuilder of temporaries
        return number(1, 1'700'000'000'000) + metric("Press/Temperature", 10, float64(13, temperature))
            + metric("Press/Running", 11, number(14, running ? 1 : 0)) + number(3, 1);
    };
    const QString topic = u"spBv1.0/plant/DDATA/edge1/press1"_s;
    QCOMPARE(NumericExtractor::numericPaths(payload(198.5, true), 64, NumericExtractor::formatForTopic(topic)),
        (QStringList { u"$.metrics[0].value"_s, u"$.metrics[1].value"_s }));
    ChartFeed feed(1000);
    const int temperature = feed.addDefinition({ u"spBv1.0/plant/DDATA/+/press1"_s, u"$.metrics[0].value"_s }, nullptr);
    const int running = feed.addDefinition({ topic, u"$.metrics[1].value"_s }, nullptr);
    const QList<Mqtt::Publish> batch { publish(topic, payload(198.5, true)), publish(topic, payload(201.25, false)) };
    feed.consume(batch, 0, batch.size(), 1);
    const QList<SeriesInfo> t = feed.series(temperature, 1);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].points, 2);
    QCOMPARE(t[0].stats.maximum, 201.25);
    QCOMPARE(t[0].undecodable, quint64(0));
    QCOMPARE(feed.series(running, 1)[0].stats.minimum, 0.0); // a boolean as 1/0
    // The same bytes elsewhere are not JSON, CBOR or MessagePack: counted, never plotted.
    const int elsewhere = feed.addDefinition({ u"plant/press1"_s, u"$.metrics[0].value"_s }, nullptr);
    const QList<Mqtt::Publish> other { publish(u"plant/press1"_s, payload(1, true)) };
    feed.consume(other, 0, 1, 2);
    QCOMPARE(feed.series(elsewhere, 2)[0].undecodable, quint64(1));
    QCOMPARE(feed.series(elsewhere, 2)[0].points, 0);
}

void TestChartData::feedRemovalFreesMemory()
{
    ChartFeed feed(100'000);
    const int a = feed.addDefinition({ u"a"_s, QString() }, nullptr);
    const int b = feed.addDefinition({ u"b"_s, QString() }, nullptr);
    QList<Mqtt::Publish> batch;
    for (int i = 0; i < 5000; ++i)
        batch << publish(i % 2 ? u"a"_s : u"b"_s, QByteArray::number(i));
    feed.consume(batch, 0, batch.size(), 1);
    const qsizetype both = feed.memoryBytes();
    QVERIFY(both >= 2 * 2500 * 12);
    feed.removeDefinition(a);
    QVERIFY(feed.memoryBytes() < both);
    QVERIFY(feed.series(a, 1).isEmpty());
    QVERIFY(feed.hasDefinitions());
    feed.removeDefinition(b);
    QCOMPARE(feed.memoryBytes(), 0);
    QVERIFY(!feed.hasDefinitions());
    // Messages after the removal make no series.
    feed.consume(batch, 0, batch.size(), 2);
    QCOMPARE(feed.memoryBytes(), 0);
}

void TestChartData::csvRoundTrip()
{
    QList<CsvSeries> series { { u"home/a,temp"_s, { { 1000, 1.5 }, { 2000, -2 }, { 2000, 3 } } },
        { u"say \"b\""_s, { { 1500, std::numeric_limits<double>::quiet_NaN() }, { 2000, 1e-7 } } } };
    const QByteArray csv = ChartCsv::format(series);
    QVERIFY(csv.startsWith("time,\"home/a,temp\",\"say \"\"b\"\"\"\r\n"));
    QVERIFY(csv.contains("1970-01-01T00:00:01.000Z,1.5,\r\n"));
    QList<CsvSeries> back;
    QString error;
    QVERIFY2(ChartCsv::parse(csv, back, &error), qPrintable(error));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[0].name, series[0].name);
    QCOMPARE(back[1].name, series[1].name);
    QCOMPARE(back[0].points, series[0].points);
    QCOMPARE(back[1].points.size(), size_t(2));
    QVERIFY(std::isnan(back[1].points[0].second));
    QCOMPARE(back[1].points[1], (std::pair<qint64, double>(2000, 1e-7)));
}

void TestChartData::setupRoundTrip()
{
    ChartsSetup setup;
    setup.pointsPerSeries = 5000;
    setup.charts.append(ChartSetup { u"Climate"_s, 60,
        { { u"home/+/temperature"_s, QString(), true, false, u"#ff0000"_s },
            { u"home/x"_s, u"$.a[0]"_s, false, true, QString() } } });
    setup.charts.append(ChartSetup { u"Empty"_s, 0, {} });
    QCOMPARE(ChartsSetup::fromVariantMap(setup.toVariantMap()), setup);
    QCOMPARE(ChartsSetup::fromJson(setup.toJson()), setup);
    QVERIFY(ChartsSetup::fromJson("not json"_ba).isEmpty());
}

QTEST_GUILESS_MAIN(TestChartData)
#include "protobufwire.h"
#include "tst_chartdata.moc"
