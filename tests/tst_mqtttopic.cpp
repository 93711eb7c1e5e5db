// SPDX-License-Identifier: MIT
// Topic names, topic filters and matching (MQTT 3.1.1 and 5.0 section 4.7, shared subscriptions 5.0 section 4.8.2).

#include "codec/mqtttopic.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMqttTopic : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); }
    void topicName_data();
    void topicName();
    void topicNameSentences_data();
    void topicNameSentences();
    void topicFilter_data();
    void topicFilter();
    void matches_data();
    void matches();
    void shareName_data();
    void shareName();
};

void TestMqttTopic::topicName_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("valid");

    QTest::newRow("MQTT-4.7.3-1 empty") << QString() << false;
    QTest::newRow("MQTT-4.7.3 plain levels") << u"sport/tennis/player1"_s << true;
    QTest::newRow("MQTT-4.7.1-1 a lone separator") << u"/"_s << true;
    QTest::newRow("MQTT-4.7.1-1 empty levels") << u"a//b/"_s << true;
    QTest::newRow("MQTT-4.7.3 a space is a valid topic") << u" "_s << true;
    QTest::newRow("MQTT-4.7.2 $SYS topic") << u"$SYS/broker/uptime"_s << true;
    QTest::newRow("MQTT-1.5.4 non-ASCII") << u"température/°C/😀"_s << true;
    QTest::newRow("MQTT-3.3.2-2 '+' level") << u"a/+/b"_s << false;
    QTest::newRow("MQTT-3.3.2-2 '#' level") << u"a/#"_s << false;
    QTest::newRow("MQTT-3.3.2-2 '+' inside a level") << u"a+b"_s << false;
    QTest::newRow("MQTT-4.7.3-2 U+0000") << QStringView(u"a\0b", 3).toString() << false;
    QTest::newRow("MQTT-1.5.4-1 unpaired high surrogate") << QString(QChar(0xD800)) + u"x"_s << false;
    QTest::newRow("MQTT-1.5.4-1 unpaired low surrogate") << u"x"_s + QString(QChar(0xDC00)) << false;
    QTest::newRow("MQTT-4.7.3-3 65535 UTF-8 bytes") << QString(65535, u'a') << true;
    QTest::newRow("MQTT-4.7.3-3 65536 UTF-8 bytes") << QString(65536, u'a') << false;
    QTest::newRow("MQTT-4.7.3-3 32768 two-byte characters") << QString(32768, QChar(0xE9)) << false;
}

void TestMqttTopic::topicName()
{
    QFETCH(QString, topic);
    QFETCH(bool, valid);
    QCOMPARE(Mqtt::isValidTopicName(topic), valid);
}

void TestMqttTopic::topicNameSentences_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("error"); // the whole sentence; empty for a valid name
    QTest::addColumn<QString>("warning");

    QTest::newRow("MQTT-4.7.3-1 empty") << QString()
                                        << u"A message needs a topic: a topic name must not be empty [MQTT-4.7.3-1]."_s
                                        << QString();
    QTest::newRow("MQTT-3.3.2-2 '#' and where")
        << u"a/b/#"_s
        << u"The topic contains the wildcard # at character 5; wildcards (+ and #) are for subscriptions only, a "
           u"message needs a topic without them [MQTT-3.3.2-2]."_s
        << QString();
    QTest::newRow("MQTT-4.7.3-2 NUL and where")
        << QStringView(u"ab\0", 3).toString()
        << u"The topic contains a NUL character (U+0000) at character 3, which MQTT forbids in topics [MQTT-4.7.3-2]."_s
        << QString();
    QTest::newRow("MQTT-1.5.4-1 lone surrogate and where")
        << u"x"_s + QChar(0xD800) + u"y"_s
        << u"The topic contains half of a UTF-16 surrogate pair at character 2, which has no UTF-8 form "
           u"[MQTT-1.5.4-1]."_s
        << QString();
    QTest::newRow("MQTT-4.7.3-3 bytes counted in UTF-8")
        << QString(32768, QChar(0xE9))
        << u"The topic takes 65536 bytes in UTF-8; a topic may take at most 65,535 [MQTT-4.7.3-3]."_s << QString();
    QTest::newRow("MQTT-1.5.4 a surrogate pair is fine") << u"😀/x"_s << QString() << QString();
    QTest::newRow("MQTT-4.7.1-1 empty level warned") << u"a//b"_s << QString() << u"empty level"_s;
    QTest::newRow("MQTT-4.7.1-1 trailing slash warned") << u"a/"_s << QString() << u"empty level"_s;
    QTest::newRow("MQTT-4.7.2 $ warned") << u"$SYS/x"_s << QString() << u"reserved for the broker"_s;
    QTest::newRow("spaces warned") << u" a"_s << QString() << u"space"_s;
}

void TestMqttTopic::topicNameSentences()
{
    QFETCH(QString, topic);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    QCOMPARE(Mqtt::topicNameError(topic), error);
    QCOMPARE(Mqtt::topicNameError(topic).isEmpty(), Mqtt::isValidTopicName(topic)); // the same rules
    if (warning.isEmpty())
        QVERIFY(Mqtt::topicNameWarning(topic).isEmpty());
    else
        QVERIFY2(Mqtt::topicNameWarning(topic).contains(warning), qPrintable(Mqtt::topicNameWarning(topic)));
}

void TestMqttTopic::topicFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("valid");

    QTest::newRow("MQTT-4.7.3-1 empty") << QString() << false;
    QTest::newRow("MQTT-4.7.1-2 '#' alone") << u"#"_s << true;
    QTest::newRow("MQTT-4.7.1-2 'sport/#'") << u"sport/#"_s << true;
    QTest::newRow("MQTT-4.7.1-2 'sport/tennis/#'") << u"sport/tennis/#"_s << true;
    QTest::newRow("MQTT-4.7.1-2 '#' inside a level") << u"sport/tennis#"_s << false;
    QTest::newRow("MQTT-4.7.1-2 '#' not last") << u"sport/tennis/#/ranking"_s << false;
    QTest::newRow("MQTT-4.7.1-2 '#/' ") << u"#/"_s << false;
    QTest::newRow("MQTT-4.7.1-3 '+' alone") << u"+"_s << true;
    QTest::newRow("MQTT-4.7.1-3 '+/tennis/#'") << u"+/tennis/#"_s << true;
    QTest::newRow("MQTT-4.7.1-3 'sport/+/player1'") << u"sport/+/player1"_s << true;
    QTest::newRow("MQTT-4.7.1-3 '/+'") << u"/+"_s << true;
    QTest::newRow("MQTT-4.7.1-3 '+/+'") << u"+/+"_s << true;
    QTest::newRow("MQTT-4.7.1-3 'sport+'") << u"sport+"_s << false;
    QTest::newRow("MQTT-4.7.1-3 'a/+b'") << u"a/+b"_s << false;
    QTest::newRow("MQTT-4.7.1-3 'a/b+'") << u"a/b+"_s << false;
    QTest::newRow("MQTT-4.7.1-1 plain name") << u"a/b"_s << true;
    QTest::newRow("MQTT-4.7.3-2 U+0000") << QStringView(u"a/\0", 3).toString() << false;
    QTest::newRow("MQTT-1.5.4-1 unpaired surrogate") << u"a/"_s + QString(QChar(0xDBFF)) << false;
    QTest::newRow("MQTT 5.0 4.8.2 shared") << u"$share/group/a/b"_s << true;
    QTest::newRow("MQTT 5.0 4.8.2 shared '#'") << u"$share/group/#"_s << true;
    QTest::newRow("MQTT 5.0 4.8.2 shared '+' filter") << u"$share/group/+/x"_s << true;
    QTest::newRow("MQTT 5.0 4.8.2 shared without filter") << u"$share/group"_s << false;
    QTest::newRow("MQTT 5.0 4.8.2 shared with empty filter") << u"$share/group/"_s << false;
    QTest::newRow("MQTT 5.0 4.8.2 shared with empty share name") << u"$share//a"_s << false;
    QTest::newRow("MQTT 5.0 4.8.2 share name with '+'") << u"$share/+/a"_s << false;
    QTest::newRow("MQTT 5.0 4.8.2 share name with '#'") << u"$share/g#/a"_s << false;
    QTest::newRow("MQTT 5.0 4.8.2 shared with invalid filter") << u"$share/g/a#"_s << false;
    QTest::newRow("MQTT 5.0 4.8.2 '$share' alone is a plain filter") << u"$share"_s << true;
    QTest::newRow("MQTT 5.0 4.8.2 '$sharex/...' is a plain filter") << u"$sharex/a"_s << true;
}

void TestMqttTopic::topicFilter()
{
    QFETCH(QString, filter);
    QFETCH(bool, valid);
    QCOMPARE(Mqtt::isValidTopicFilter(filter), valid);
}

void TestMqttTopic::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("match");

    QTest::newRow("MQTT-4.7.1-2 '#' matches the parent level")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("MQTT-4.7.1-2 '#' matches one child level")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1/ranking"_s << true;
    QTest::newRow("MQTT-4.7.1-2 '#' matches many child levels")
        << u"sport/tennis/player1/#"_s << u"sport/tennis/player1/score/wimbledon"_s << true;
    QTest::newRow("MQTT-4.7.1-2 'sport/#' matches 'sport'") << u"sport/#"_s << u"sport"_s << true;
    QTest::newRow("MQTT-4.7.1-2 '#' matches everything") << u"#"_s << u"a/b/c"_s << true;
    QTest::newRow("MQTT-4.7.1-2 '#' matches '/'") << u"#"_s << u"/"_s << true;
    QTest::newRow("MQTT-4.7.1-2 '#' does not match a sibling") << u"sport/tennis/#"_s << u"sport/golf"_s << false;
    QTest::newRow("MQTT-4.7.1-3 '+' matches one level") << u"sport/tennis/+"_s << u"sport/tennis/player1"_s << true;
    QTest::newRow("MQTT-4.7.1-3 '+' does not match two levels")
        << u"sport/tennis/+"_s << u"sport/tennis/player1/ranking"_s << false;
    QTest::newRow("MQTT-4.7.1-3 'sport/+' does not match 'sport'") << u"sport/+"_s << u"sport"_s << false;
    QTest::newRow("MQTT-4.7.1-3 'sport/+' matches 'sport/'") << u"sport/+"_s << u"sport/"_s << true;
    QTest::newRow("MQTT-4.7.1-3 '+/+' matches '/finance'") << u"+/+"_s << u"/finance"_s << true;
    QTest::newRow("MQTT-4.7.1-3 '/+' matches '/finance'") << u"/+"_s << u"/finance"_s << true;
    QTest::newRow("MQTT-4.7.1-3 '+' does not match '/finance'") << u"+"_s << u"/finance"_s << false;
    QTest::newRow("MQTT-4.7.1-3 '+' in the middle") << u"a/+/c"_s << u"a/b/c"_s << true;
    QTest::newRow("MQTT-4.7.1-3 '+' then '#'") << u"+/tennis/#"_s << u"x/tennis"_s << true;
    QTest::newRow("MQTT-4.7.2-1 '#' does not match $SYS") << u"#"_s << u"$SYS/uptime"_s << false;
    QTest::newRow("MQTT-4.7.2-1 '+/monitor/Clients' does not match $SYS")
        << u"+/monitor/Clients"_s << u"$SYS/monitor/Clients"_s << false;
    QTest::newRow("MQTT-4.7.2-1 '$SYS/#' matches $SYS") << u"$SYS/#"_s << u"$SYS/monitor/Clients"_s << true;
    QTest::newRow("MQTT-4.7.2-1 '$SYS/monitor/+' matches $SYS")
        << u"$SYS/monitor/+"_s << u"$SYS/monitor/Clients"_s << true;
    QTest::newRow("MQTT-4.7.2-1 '$' inside a later level is ordinary") << u"a/+"_s << u"a/$b"_s << true;
    QTest::newRow("MQTT-4.7.3-4 exact match") << u"a/b"_s << u"a/b"_s << true;
    QTest::newRow("MQTT-4.7.3-4 no match on a different level") << u"a/b"_s << u"a/c"_s << false;
    QTest::newRow("MQTT-4.7.3-4 no match on a longer topic") << u"a/b"_s << u"a/b/c"_s << false;
    QTest::newRow("MQTT-4.7.3-4 no match on a shorter topic") << u"a/b"_s << u"a"_s << false;
    QTest::newRow("MQTT-4.7.3-4 trailing separator matters") << u"a/b/"_s << u"a/b"_s << false;
    QTest::newRow("MQTT-4.7.3-4 case sensitive") << u"ACCOUNTS"_s << u"Accounts"_s << false;
    QTest::newRow("MQTT-4.7.3-1 empty topic matches nothing") << u"#"_s << QString() << false;
    QTest::newRow("MQTT 5.0 4.8.2 shared filter matches as its inner filter") << u"$share/g/a/+"_s << u"a/b"_s << true;
    QTest::newRow("MQTT 5.0 4.8.2 shared '#' does not match $SYS") << u"$share/g/#"_s << u"$SYS/x"_s << false;
    QTest::newRow("MQTT 5.0 4.8.2 shared filter is not matched literally")
        << u"$share/g/a"_s << u"$share/g/a"_s << false;
}

void TestMqttTopic::matches()
{
    QFETCH(QString, filter);
    QFETCH(QString, topic);
    QFETCH(bool, match);
    QCOMPARE(Mqtt::topicMatches(filter, topic), match);
}

void TestMqttTopic::shareName_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("shareName");

    QTest::newRow("MQTT 5.0 4.8.2 share name") << u"$share/consumers/a/#"_s << u"consumers"_s;
    QTest::newRow("MQTT 5.0 4.8.2 not shared") << u"a/b"_s << QString();
    QTest::newRow("MQTT 5.0 4.8.2 incomplete shared filter") << u"$share/consumers"_s << QString();
}

void TestMqttTopic::shareName()
{
    QFETCH(QString, filter);
    QFETCH(QString, shareName);
    QCOMPARE(Mqtt::sharedSubscriptionName(filter).toString(), shareName);
}

QTEST_GUILESS_MAIN(TestMqttTopic)
#include "tst_mqtttopic.moc"
