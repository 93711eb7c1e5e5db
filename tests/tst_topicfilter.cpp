// SPDX-License-Identifier: MIT
// TopicFilter::run: substring, MQTT wildcard filter and regular expression over topics, substring over the last
// payload; each result lists the matching topics and makes their ancestors visible. Every row is also checked against
// TopicMatcher, the one decision of whether a topic matches, asked topic by topic.

#include "store/topicfilter.h"
#include "store/topicstore.h"
#include "topicstoretestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TopicStoreTest;
using Mode = TopicFilterSpec::TopicMode;

class TestTopicFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filter_data();
    void filter();
    void walkAgreesWithMatcher_data() { filter_data(); }
    void walkAgreesWithMatcher();
    void errors_data();
    void errors();
    void deepSubstringAcrossLevels();

private:
    TopicStore m_store;
};

void TestTopicFilter::initTestCase()
{
    const QList<std::pair<QString, QByteArray>> messages {
        { u"home"_s, "house itself" },
        { u"home/kitchen/temperature"_s, "21.5" },
        { u"home/kitchen/humidity"_s, "40" },
        { u"home/living/temperature"_s, "ALARM 30" },
        { u"home/living/lamp/state"_s, "on" },
        { u"office/temperature"_s, "19" },
        { u"$SYS/broker/uptime"_s, "100 seconds" },
        { u"$SYS/broker/load/temperature"_s, "0.5" },
        { u"a//b"_s, "empty level" },
        { u"/lead"_s, "leading slash" },
        { u"Ünïcode/Grüße"_s, "grüße, alarm" },
    };
    for (const auto &[topic, payload] : messages)
        m_store.ingest(publish(topic, payload), 0);
}

void TestTopicFilter::filter_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QStringList>("matches");

    const int substring = int(Mode::Substring);
    const int wildcard = int(Mode::Wildcard);
    const int regex = int(Mode::RegularExpression);
    const int any = int(Mode::Any);

    QTest::newRow("substring ignores case")
        << substring << u"TEMP"_s << QString() << false
        << QStringList { u"$SYS/broker/load/temperature"_s, u"home/kitchen/temperature"_s, u"home/living/temperature"_s,
               u"office/temperature"_s };
    QTest::newRow("substring across a level boundary")
        << substring << u"kitchen/hum"_s << QString() << false << QStringList { u"home/kitchen/humidity"_s };
    QTest::newRow("substring in an upper level matches the whole subtree")
        << substring << u"living"_s << QString() << false
        << QStringList { u"home/living/lamp/state"_s, u"home/living/temperature"_s };
    QTest::newRow("substring only matches topics, not bare levels")
        << substring << u"kitchen"_s << QString() << false
        << QStringList { u"home/kitchen/humidity"_s, u"home/kitchen/temperature"_s };
    QTest::newRow("substring case-sensitive on request")
        << substring << u"TEMP"_s << QString() << true << QStringList {};
    QTest::newRow("substring folds non-ASCII case")
        << substring << u"ünïCODE/grü"_s << QString() << false << QStringList { u"Ünïcode/Grüße"_s };
    QTest::newRow("substring '//' finds an empty level")
        << substring << u"//"_s << QString() << false << QStringList { u"a//b"_s };
    QTest::newRow("MQTT-4.7.1-2 '+' matches exactly one level")
        << wildcard << u"home/+/temperature"_s << QString() << false
        << QStringList { u"home/kitchen/temperature"_s, u"home/living/temperature"_s };
    QTest::newRow("MQTT-4.7.1-2 '#' matches the parent level and all below")
        << wildcard << u"home/#"_s << QString() << false
        << QStringList { u"home"_s, u"home/kitchen/humidity"_s, u"home/kitchen/temperature"_s,
               u"home/living/lamp/state"_s, u"home/living/temperature"_s };
    QTest::newRow("MQTT-4.7.2-1 '#' alone does not match '$' topics")
        << wildcard << u"#"_s << QString() << false
        << QStringList { u"/lead"_s, u"a//b"_s, u"home"_s, u"home/kitchen/humidity"_s, u"home/kitchen/temperature"_s,
               u"home/living/lamp/state"_s, u"home/living/temperature"_s, u"office/temperature"_s, u"Ünïcode/Grüße"_s };
    QTest::newRow("MQTT-4.7.2-1 leading '+' does not match '$' topics")
        << wildcard << u"+/broker/uptime"_s << QString() << false << QStringList {};
    QTest::newRow("MQTT-4.7.2 '$SYS/#' matches '$' topics")
        << wildcard << u"$SYS/#"_s << QString() << false
        << QStringList { u"$SYS/broker/load/temperature"_s, u"$SYS/broker/uptime"_s };
    QTest::newRow("MQTT-4.7.1-3 '+' matches an empty level")
        << wildcard << u"a/+/b"_s << QString() << false << QStringList { u"a//b"_s };
    QTest::newRow("MQTT-4.7.3 a leading '/' is an empty first level")
        << wildcard << u"+/lead"_s << QString() << false << QStringList { u"/lead"_s };
    QTest::newRow("a wildcard filter without wildcards is an exact topic")
        << wildcard << u"office/temperature"_s << QString() << false << QStringList { u"office/temperature"_s };
    QTest::newRow("MQTT-4.7.3-4 wildcard filters compare case-sensitively")
        << wildcard << u"Office/#"_s << QString() << false << QStringList {};
    QTest::newRow("'+/+' stops at two levels")
        << wildcard << u"+/+"_s << QString() << false
        << QStringList { u"/lead"_s, u"office/temperature"_s, u"Ünïcode/Grüße"_s };
    QTest::newRow("regular expression, anchored")
        << regex << u"^home/[^/]+/temperature$"_s << QString() << false
        << QStringList { u"home/kitchen/temperature"_s, u"home/living/temperature"_s };
    QTest::newRow("regular expression ignores case unless asked")
        << regex << u"OFFICE"_s << QString() << false << QStringList { u"office/temperature"_s };
    QTest::newRow("regular expression case-sensitive on request")
        << regex << u"OFFICE"_s << QString() << true << QStringList {};
    QTest::newRow("regular expression on unicode")
        << regex << u"grü.e$"_s << QString() << false << QStringList { u"Ünïcode/Grüße"_s };
    QTest::newRow("payload substring ignores ASCII case")
        << any << QString() << u"alarm"_s << false << QStringList { u"home/living/temperature"_s, u"Ünïcode/Grüße"_s };
    QTest::newRow("payload substring case-sensitive on request")
        << any << QString() << u"alarm"_s << true << QStringList { u"Ünïcode/Grüße"_s };
    QTest::newRow("payload substring in UTF-8")
        << any << QString() << u"grüße"_s << false << QStringList { u"Ünïcode/Grüße"_s };
    QTest::newRow("topic and payload must both match")
        << substring << u"temp"_s << u"21"_s << false << QStringList { u"home/kitchen/temperature"_s };
    QTest::newRow("wildcard and payload must both match")
        << wildcard << u"home/#"_s << u"ALARM"_s << false << QStringList { u"home/living/temperature"_s };
    QTest::newRow("no criterion matches every topic")
        << any << QString() << QString() << false
        << sorted(QStringList { u"home"_s, u"home/kitchen/temperature"_s, u"home/kitchen/humidity"_s,
               u"home/living/temperature"_s, u"home/living/lamp/state"_s, u"office/temperature"_s,
               u"$SYS/broker/uptime"_s, u"$SYS/broker/load/temperature"_s, u"a//b"_s, u"/lead"_s, u"Ünïcode/Grüße"_s });
    QTest::newRow("nothing matches, nothing is visible")
        << substring << u"nowhere"_s << QString() << false << QStringList {};
}

void TestTopicFilter::filter()
{
    QFETCH(int, mode);
    QFETCH(QString, topic);
    QFETCH(QString, payload);
    QFETCH(bool, caseSensitive);
    QFETCH(QStringList, matches);

    TopicFilterSpec spec;
    spec.topicMode = Mode(mode);
    spec.topic = topic;
    spec.payload = payload;
    spec.caseSensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const FilterResult result = TopicFilter::run(m_store, spec);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(std::is_sorted(result.matches.cbegin(), result.matches.cend()));
    QCOMPARE(sorted(labels(m_store, result.matches)), matches);

    // Visible: exactly the matches and all their ancestors, the root included.
    QStringList expectedVisible;
    for (const QString &t : matches) {
        for (NodeId at = m_store.find(t).value();; at = m_store.parent(at)) {
            if (!expectedVisible.contains(label(m_store, at)))
                expectedVisible.append(label(m_store, at));
            if (at == TopicStore::root())
                break;
        }
    }
    QStringList visible;
    int matchedBits = 0;
    for (NodeId id = 0; id < NodeId(m_store.nodeCount()); ++id) {
        if (result.isVisible(id))
            visible.append(label(m_store, id));
        if (result.isMatch(id)) {
            ++matchedBits;
            QVERIFY(result.matches.contains(id));
        }
    }
    QCOMPARE(matchedBits, matches.size());
    QCOMPARE(sorted(visible), sorted(expectedVisible));
}

void TestTopicFilter::errors_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("topic");

    QTest::newRow("MQTT-4.7.1-1 '#' not last is invalid") << int(Mode::Wildcard) << u"home/#/x"_s;
    QTest::newRow("MQTT-4.7.1-1 '#' inside a level is invalid") << int(Mode::Wildcard) << u"home/a#"_s;
    QTest::newRow("MQTT-4.7.1-3 '+' inside a level is invalid") << int(Mode::Wildcard) << u"home/a+/x"_s;
    QTest::newRow("MQTT-4.7.3-1 an empty filter is invalid") << int(Mode::Wildcard) << QString();
    QTest::newRow("an unbalanced regular expression is invalid") << int(Mode::RegularExpression) << u"(home"_s;
}

void TestTopicFilter::errors()
{
    QFETCH(int, mode);
    QFETCH(QString, topic);

    TopicFilterSpec spec;
    spec.topicMode = Mode(mode);
    spec.topic = topic;
    const FilterResult result = TopicFilter::run(m_store, spec);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.error.endsWith(u'.'));
    QVERIFY(result.matches.isEmpty());
    QVERIFY(!result.isVisible(TopicStore::root()));
}

void TestTopicFilter::walkAgreesWithMatcher()
{
    QFETCH(int, mode);
    QFETCH(QString, topic);
    QFETCH(QString, payload);
    QFETCH(bool, caseSensitive);

    TopicFilterSpec spec;
    spec.topicMode = Mode(mode);
    spec.topic = topic;
    spec.payload = payload;
    spec.caseSensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const TopicMatcher matcher(spec);
    QStringList expected;
    for (NodeId id = 1; id < NodeId(m_store.nodeCount()); ++id) {
        if (m_store.hasMessage(id) && matcher.matches(m_store.topic(id), m_store.payload(id)))
            expected.append(m_store.topic(id));
    }
    QCOMPARE(sorted(labels(m_store, TopicFilter::run(m_store, spec).matches)), sorted(expected));
}

void TestTopicFilter::deepSubstringAcrossLevels()
{
    // A needle longer than the level it ends in must still be found across several levels.
    TopicStore store;
    store.ingest(publish(u"a/b/c/d/e"_s, "1"), 0);
    store.ingest(publish(u"a/b/x/d/e"_s, "1"), 0);
    TopicFilterSpec spec;
    spec.topicMode = Mode::Substring;
    spec.topic = u"B/C/D/"_s;
    QCOMPARE(labels(store, TopicFilter::run(store, spec).matches), QStringList { u"a/b/c/d/e"_s });
}

QTEST_APPLESS_MAIN(TestTopicFilter)
#include "tst_topicfilter.moc"
