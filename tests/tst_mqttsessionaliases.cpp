// SPDX-License-Identifier: MIT
// Mqtt::Session and topic aliases a caller chooses (canopy-cli pub -D publish topic-alias N, as mosquitto_pub): the
// alias goes with the topic the first time on each connection and alone after that, within the broker's Topic Alias
// Maximum; and messages delivered "as received" (canopy-cli sub -F), which keep the broker's alias and the order of
// their properties.

#include "codec/mqttcodec.h"
#include "session/mqttsession.h"
#include "sessionharness.h"

#include <QTest>

using namespace Mqtt;
using namespace SessionTest;
using namespace Qt::StringLiterals;

namespace {

ConnAck aliasesUpTo(quint16 maximum)
{
    ConnAck connAck;
    connAck.properties.topicAliasMaximum = maximum;
    return connAck;
}

Publish aliased(const QString &topic, quint16 alias, quint8 qos = 0)
{
    Publish publish = publishPacket(topic, qos);
    publish.properties.topicAlias = alias;
    return publish;
}

// "topic alias" for each PUBLISH, the topic empty when the alias stands in for it.
QStringList described(const QList<Publish> &publishes)
{
    QStringList lines;
    for (const Publish &publish : publishes)
        lines.append(publish.topic + u' '
            + (publish.properties.topicAlias ? QString::number(*publish.properties.topicAlias) : u"-"_s));
    return lines;
}

} // namespace

class TestMqttSessionAliases : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chosenAliasGoesWithTheTopicOnce();
    void chosenAliasBeyondTheBrokersMaximumFails_data();
    void chosenAliasBeyondTheBrokersMaximumFails();
    void chosenAliasZeroFailsAtOnce();
    void chosenAliasAfterReconnect();
    void chosenAndAutomaticAliasesShareTheTable();
    void deliveredAsReceived_data();
    void deliveredAsReceived();
};

void TestMqttSessionAliases::chosenAliasGoesWithTheTopicOnce()
{
    // MQTT-3.3.2-12: the first PUBLISH maps the alias to its topic; later ones may leave the topic out. A new topic
    // under the same alias replaces the mapping, so it goes with its topic again.
    Broker broker(config(ProtocolVersion::V5));
    broker.decoder.setTopicAliasMaximum(10);
    broker.connect(aliasesUpTo(10));
    for (const auto &[topic, alias] : QList<std::pair<QString, quint16>> {
             { u"lab/a"_s, 3 }, { u"lab/a"_s, 3 }, { u"lab/b"_s, 3 }, { u"lab/b"_s, 3 }, { u"lab/a"_s, 3 } })
        broker.session.publish(aliased(topic, alias), broker.now);
    QCOMPARE(described(broker.sentOf<Publish>()),
        (QStringList { u"lab/a 3"_s, u" 3"_s, u"lab/b 3"_s, u" 3"_s, u"lab/a 3"_s }));
    QCOMPARE(broker.eventTypes(), QList<SessionEvent::Type>(5, SessionEvent::Type::PublishCompleted));
    QVERIFY(broker.session.isConnected());
}

void TestMqttSessionAliases::chosenAliasBeyondTheBrokersMaximumFails_data()
{
    QTest::addColumn<int>("brokerMaximum"); // -1: the CONNACK names none
    QTest::addColumn<int>("alias");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("MQTT-3.2.2-18 no Topic Alias Maximum") << -1 << 1 << u"accepts no topic aliases"_s;
    QTest::newRow("MQTT-3.3.2-9 above the maximum") << 2 << 3 << u"accepts topic aliases 1 to 2"_s;
}

void TestMqttSessionAliases::chosenAliasBeyondTheBrokersMaximumFails()
{
    QFETCH(int, brokerMaximum);
    QFETCH(int, alias);
    QFETCH(QString, sentence);
    Broker broker(config(ProtocolVersion::V5));
    broker.connect(brokerMaximum < 0 ? ConnAck {} : aliasesUpTo(quint16(brokerMaximum)));
    broker.session.publish(aliased(u"lab/a"_s, quint16(alias), 1), broker.now);
    QVERIFY(broker.sentOf<Publish>().isEmpty()); // nothing the broker would close the connection for
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.front().type, SessionEvent::Type::PublishFailed);
    QCOMPARE(events.front().reasonCode, ReasonCode::TopicAliasInvalid);
    QVERIFY2(events.front().text.contains(sentence), qPrintable(events.front().text));
    QVERIFY(broker.session.isConnected());
    QCOMPARE(broker.session.inFlightCount(), 0);
}

void TestMqttSessionAliases::chosenAliasZeroFailsAtOnce()
{
    // MQTT-3.3.2-8: alias 0 does not exist; it fails before any connection.
    Broker broker(config(ProtocolVersion::V5));
    broker.session.publish(aliased(u"lab/a"_s, 0), broker.now);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.front().type, SessionEvent::Type::PublishFailed);
    QVERIFY2(events.front().text.contains(u"alias 0"_s), qPrintable(events.front().text));
    QCOMPARE(broker.session.queuedCount(), 0);
}

void TestMqttSessionAliases::chosenAliasAfterReconnect()
{
    // MQTT-3.3.2-7: aliases end with the connection. A QoS 1 message resent with DUP carries its topic again; on a
    // connection whose broker takes fewer aliases it goes with its topic alone.
    SessionConfig sessionConfig = config(ProtocolVersion::V5, 0, false);
    Broker broker(sessionConfig);
    broker.decoder.setTopicAliasMaximum(5);
    ConnAck kept = aliasesUpTo(5);
    broker.connect(kept);
    broker.session.publish(aliased(u"lab/a"_s, 5, 1), broker.now);
    broker.session.publish(aliased(u"lab/a"_s, 5, 1), broker.now);
    QCOMPARE(described(broker.sentOf<Publish>()), (QStringList { u"lab/a 5"_s, u" 5"_s }));

    broker.session.connectionClosed();
    kept.sessionPresent = true;
    broker.open();
    broker.connAck(kept);
    const QList<Publish> resent = broker.sentOf<Publish>();
    QCOMPARE(described(resent), (QStringList { u"lab/a 5"_s, u" 5"_s }));
    QVERIFY(resent.at(0).dup && resent.at(1).dup);

    broker.session.connectionClosed();
    ConnAck fewer = aliasesUpTo(2);
    fewer.sessionPresent = true;
    broker.open();
    broker.connAck(fewer);
    QCOMPARE(described(broker.sentOf<Publish>()), (QStringList { u"lab/a -"_s, u"lab/a -"_s }));
    QVERIFY(broker.session.isConnected());
}

void TestMqttSessionAliases::chosenAndAutomaticAliasesShareTheTable()
{
    // With the session's own aliases on, a chosen alias takes its number from them: the next automatic alias skips
    // it, and a topic the caller bound is sent by its alias alone.
    SessionConfig sessionConfig = config(ProtocolVersion::V5);
    sessionConfig.outboundTopicAliases = true;
    Broker broker(sessionConfig);
    broker.decoder.setTopicAliasMaximum(3);
    broker.connect(aliasesUpTo(3));
    broker.session.publish(aliased(u"chosen"_s, 1), broker.now);
    broker.session.publish(publishPacket(u"auto/a"_s, 0), broker.now);
    broker.session.publish(publishPacket(u"chosen"_s, 0), broker.now);
    broker.session.publish(publishPacket(u"auto/b"_s, 0), broker.now);
    broker.session.publish(publishPacket(u"auto/c"_s, 0), broker.now); // no alias left
    broker.session.publish(publishPacket(u"auto/a"_s, 0), broker.now);
    QCOMPARE(described(broker.sentOf<Publish>()),
        (QStringList { u"chosen 1"_s, u"auto/a 2"_s, u" 1"_s, u"auto/b 3"_s, u"auto/c -"_s, u" 2"_s }));
}

void TestMqttSessionAliases::deliveredAsReceived_data()
{
    QTest::addColumn<bool>("asReceived");
    QTest::newRow("resolved (default)") << false;
    QTest::newRow("as received (deliverAsReceived)") << true;
}

void TestMqttSessionAliases::deliveredAsReceived()
{
    QFETCH(bool, asReceived);
    SessionConfig sessionConfig = config(ProtocolVersion::V5);
    sessionConfig.topicAliasMaximum = 4;
    sessionConfig.deliverAsReceived = asReceived;
    Broker broker(sessionConfig);
    broker.connect();

    // Properties in an order of the broker's choosing (mosquitto forwards the publisher's order, its Message Expiry
    // Interval last): written by hand, since the encoder writes identifier order.
    const QByteArray topic = "lab/a";
    const QByteArray properties = QByteArray("\x26\x00\x01k\x00\x01v", 7) // User Property k v
        + QByteArray("\x03\x00\x04text", 7) // Content Type
        + QByteArray("\x23\x00\x02", 3) // Topic Alias 2
        + QByteArray("\x26\x00\x01k\x00\x02v2", 8) // User Property k v2
        + QByteArray("\x01\x01", 2) // Payload Format Indicator 1
        + QByteArray("\x02\x00\x00\x00\x3c", 5); // Message Expiry Interval 60
    QByteArray body = QByteArray(1, '\0') + char(topic.size()) + topic;
    body += char(properties.size()) + properties + "21.5";
    broker.session.receiveBytes(QByteArray(QByteArray(1, char(0x30)) + char(body.size()) + body), broker.now);
    // The same alias again, without the topic.
    const QByteArray second = QByteArray("\x00\x00\x03\x23\x00\x02", 6) + "22";
    broker.session.receiveBytes(QByteArray(QByteArray(1, char(0x30)) + char(second.size()) + second), broker.now);

    const std::vector<Publish> messages = broker.session.takeMessages();
    QCOMPARE(messages.size(), 2u);
    for (const Publish &message : messages) {
        QCOMPARE(message.topic, u"lab/a"_s); // resolved either way
        QCOMPARE(message.properties.topicAlias, asReceived ? std::optional<quint16>(2) : std::nullopt);
    }
    const QByteArray order = messages.front().properties.arrivalOrder.ids;
    QCOMPARE(order, asReceived ? QByteArray("\x26\x03\x23\x26\x01\x02", 6) : QByteArray());
    QCOMPARE(messages.back().properties.arrivalOrder.ids, asReceived ? QByteArray("\x23", 1) : QByteArray());
    QCOMPARE(
        messages.front().properties.userProperties, (QList<UserProperty> { { u"k"_s, u"v"_s }, { u"k"_s, u"v2"_s } }));
    QVERIFY(broker.session.isConnected());
}

QTEST_GUILESS_MAIN(TestMqttSessionAliases)
#include "tst_mqttsessionaliases.moc"
