// SPDX-License-Identifier: MIT
// Mqtt::Session when things go wrong: requests the broker's limits forbid, refused connections, protocol
// violations by the broker (with the DISCONNECT reason code under MQTT 5), malformed input, the cases that must
// NOT be treated as violations, and random input that must never crash.

#include "codec/mqttcodec.h"
#include "codec/mqttreason.h"
#include "common/translations.h"
#include "session/mqttsession.h"
#include "sessionharness.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Mqtt;
using namespace SessionTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Mqtt::Packet)
Q_DECLARE_METATYPE(Mqtt::ConnAck)
Q_DECLARE_METATYPE(Mqtt::Publish)

namespace {

// Where the session stands when the broker's packet arrives. Unless noted, one request is outstanding with
// packet identifier 1.
enum class Setup {
    AwaitingConnAck,
    Connected,
    Qos1Sent, // PUBLISH QoS 1 "t/1" sent
    Qos1Acked, // ... and its PUBACK received
    Qos2Sent, // PUBLISH QoS 2 sent
    Qos2Released, // ... PUBREC received, PUBREL sent
    SubscribeTwo, // SUBSCRIBE with two filters sent
    UnsubscribeTwo, // UNSUBSCRIBE with two filters sent
    ReceivedQos2, // a QoS 2 PUBLISH with identifier 1 received and PUBREC sent (not yet released)
};

void prepare(Broker &broker, Setup setup)
{
    if (setup == Setup::AwaitingConnAck) {
        broker.open();
        return;
    }
    broker.connect();
    switch (setup) {
    case Setup::Qos1Sent:
    case Setup::Qos1Acked:
        broker.session.publish(publishPacket(u"t/1"_s, 1), broker.now);
        if (setup == Setup::Qos1Acked)
            broker.feed(ack(PacketType::PubAck, 1));
        break;
    case Setup::Qos2Sent:
    case Setup::Qos2Released:
        broker.session.publish(publishPacket(u"t/2"_s, 2), broker.now);
        if (setup == Setup::Qos2Released)
            broker.feed(ack(PacketType::PubRec, 1));
        break;
    case Setup::SubscribeTwo:
        broker.session.subscribe({ Subscription { u"a"_s, {} }, Subscription { u"b"_s, {} } }, {}, broker.now);
        break;
    case Setup::UnsubscribeTwo:
        broker.session.unsubscribe({ u"a"_s, u"b"_s }, {}, broker.now);
        break;
    case Setup::ReceivedQos2:
        broker.feed(publishPacket(u"in"_s, 2, 1));
        broker.session.takeMessages();
        break;
    default:
        break;
    }
    broker.sent();
    broker.events();
}

void addRow(const char *name, ProtocolVersion version, Setup setup, const Packet &packet, quint8 reasonCode,
    const QString &text)
{
    const char *versionName = version == ProtocolVersion::V5 ? "5.0" : "3.1.1";
    QTest::addRow("%s (%s)", name, versionName) << version << setup << packet << reasonCode << text;
}

void addBoth(const char *name, Setup setup, const Packet &packet, quint8 reasonCode, const QString &text)
{
    addRow(name, ProtocolVersion::V311, setup, packet, reasonCode, text);
    addRow(name, ProtocolVersion::V5, setup, packet, reasonCode, text);
}

} // namespace

Q_DECLARE_METATYPE(Setup)

class TestMqttSessionErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); } // "1 byte", "2 bytes"
    void publishAgainstLimits_data();
    void publishAgainstLimits();
    void subscribeAgainstLimits_data();
    void subscribeAgainstLimits();
    void connectionRefused_data();
    void connectionRefused();
    void violations_data();
    void violations();
    void malformedInput_data();
    void malformedInput();
    void notViolations_data();
    void notViolations();
    void packetsAfterCloseAreIgnored();
    void randomInputNeverCrashes_data();
    void randomInputNeverCrashes();
};

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSessionErrors::publishAgainstLimits_data()
{
    QTest::addColumn<ConnAck>("connAck");
    QTest::addColumn<Publish>("publish");
    QTest::addColumn<quint8>("reasonCode"); // 0: sent
    QTest::addColumn<QString>("text");

    ConnAck qos1;
    qos1.properties.maximumQoS = 1;
    ConnAck qos0;
    qos0.properties.maximumQoS = 0;
    ConnAck noRetain;
    noRetain.properties.retainAvailable = 0;
    Publish retained = publishPacket(u"r"_s, 0);
    retained.retain = true;
    const Publish big = publishPacket(u"big/topic"_s, 1, 0, QByteArray(200, 'b'));
    const qsizetype bigSize
        = encodedSize(Publish { big.topic, big.payload, 1, false, false, 1, {} }, ProtocolVersion::V5);
    ConnAck small;
    small.properties.maximumPacketSize = 100;
    ConnAck exact;
    exact.properties.maximumPacketSize = quint32(bigSize);

    QTest::newRow("MQTT-3.2.2-11 QoS 2 above Maximum QoS 1 fails")
        << qos1 << publishPacket(u"t"_s, 2) << quint8(0x9B)
        << u"The broker accepts messages up to QoS 1 only, so this QoS 2 message was not sent."_s;
    QTest::newRow("MQTT-3.2.2-11 QoS 1 above Maximum QoS 0 fails")
        << qos0 << publishPacket(u"t"_s, 1) << quint8(0x9B)
        << u"The broker accepts messages up to QoS 0 only, so this QoS 1 message was not sent."_s;
    QTest::newRow("MQTT-3.2.2-11 QoS 1 at Maximum QoS 1 is sent")
        << qos1 << publishPacket(u"t"_s, 1) << quint8(0) << QString();
    QTest::newRow("MQTT-3.2.2-14 retained message without Retain Available fails")
        << noRetain << retained << quint8(0x9A)
        << u"The broker does not support retained messages, so this retained message was not sent."_s;
    QTest::newRow("MQTT-3.2.2-15 packet above Maximum Packet Size fails")
        << small << big << quint8(0x95)
        << u"The message would need a packet of %1 bytes, but the broker accepts at most 100 bytes."_s.arg(bigSize);
    QTest::newRow("MQTT-3.2.2-15 packet of exactly Maximum Packet Size is sent")
        << exact << big << quint8(0) << QString();
    QTest::newRow("MQTT-3.3.2-2 wildcard in a topic name fails")
        << ConnAck {} << publishPacket(u"a/+"_s, 0) << quint8(0x90)
        << u"The topic contains the wildcard + at character 3; wildcards (+ and #) are for subscriptions only, a "
           u"message needs a topic without them [MQTT-3.3.2-2]."_s;
    QTest::newRow("MQTT-4.7.3-1 empty topic fails")
        << ConnAck {} << publishPacket(QString(), 0) << quint8(0x90)
        << u"A message needs a topic: a topic name must not be empty [MQTT-4.7.3-1]."_s;
    QTest::newRow("MQTT-3.3.1-4 QoS 3 fails")
        << ConnAck {} << publishPacket(u"t"_s, 3) << quint8(0x9B) << u"QoS 3 does not exist; use QoS 0, 1 or 2."_s;
}

void TestMqttSessionErrors::publishAgainstLimits()
{
    QFETCH(ConnAck, connAck);
    QFETCH(Publish, publish);
    QFETCH(quint8, reasonCode);
    QFETCH(QString, text);

    Broker broker(config(ProtocolVersion::V5));
    broker.connect(connAck);
    const Token token = broker.session.publish(publish, broker.now);
    const QList<Publish> sent = broker.sentOf<Publish>();
    const std::vector<SessionEvent> events = broker.events();
    if (reasonCode == 0) {
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).qos, publish.qos); // never silently downgraded
        return;
    }
    QVERIFY(sent.isEmpty());
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::PublishFailed);
    QCOMPARE(events.at(0).token, token);
    QCOMPARE(events.at(0).reasonCode, reasonCode);
    QCOMPARE(events.at(0).text, text);
    QCOMPARE(broker.session.inFlightCount(), 0);
    QVERIFY(!broker.session.wantsClose());
}

void TestMqttSessionErrors::subscribeAgainstLimits_data()
{
    QTest::addColumn<ConnAck>("connAck");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("noLocal");
    QTest::addColumn<int>("subscriptionId"); // 0: none
    QTest::addColumn<quint8>("reasonCode"); // 0: sent
    QTest::addColumn<QString>("text");

    ConnAck noWildcards;
    noWildcards.properties.wildcardSubscriptionAvailable = 0;
    ConnAck noShared;
    noShared.properties.sharedSubscriptionAvailable = 0;
    ConnAck noIds;
    noIds.properties.subscriptionIdentifierAvailable = 0;

    QTest::newRow("3.2.2.3.11 wildcard filter without Wildcard Subscription Available fails")
        << noWildcards << u"home/+/temp"_s << false << 0 << quint8(0xA2)
        << u"The broker does not support wildcard subscriptions, so \"home/+/temp\" was not subscribed."_s;
    QTest::newRow("3.2.2.3.11 plain filter without Wildcard Subscription Available is sent")
        << noWildcards << u"home/kitchen"_s << false << 0 << quint8(0) << QString();
    QTest::newRow("3.2.2.3.13 shared filter without Shared Subscription Available fails")
        << noShared << u"$share/g/home"_s << false << 0 << quint8(0x9E)
        << u"The broker does not support shared subscriptions, so \"$share/g/home\" was not subscribed."_s;
    QTest::newRow("3.2.2.3.12 identifier without Subscription Identifiers Available fails")
        << noIds << u"home/#"_s << false << 7 << quint8(0xA1)
        << u"The broker does not support subscription identifiers, so the subscription was not sent."_s;
    QTest::newRow("MQTT-3.8.3-4 No Local on a shared subscription fails")
        << ConnAck {} << u"$share/g/home"_s << true << 0 << quint8(0x82)
        << u"The shared subscription \"$share/g/home\" cannot use No Local [MQTT-3.8.3-4]."_s;
    QTest::newRow("MQTT-4.7.1-1 # not last fails")
        << ConnAck {} << u"a/#/b"_s << false << 0 << quint8(0x8F)
        << u"\"a/#/b\" is not a valid topic filter: + must fill a whole level and # must be the last level."_s;
    QTest::newRow("MQTT-4.7.3-1 empty filter fails") << ConnAck {} << QString() << false << 0 << quint8(0x8F)
                                                     << u"A topic filter must not be empty [MQTT-4.7.3-1]."_s;
    QTest::newRow("3.8.2.1.2 subscription identifier 0 fails")
        << ConnAck {} << u"a"_s << false << -1 << quint8(0x82)
        << u"Subscription identifier 0 is out of range; use 1 to 268435455."_s;
}

void TestMqttSessionErrors::subscribeAgainstLimits()
{
    QFETCH(ConnAck, connAck);
    QFETCH(QString, filter);
    QFETCH(bool, noLocal);
    QFETCH(int, subscriptionId);
    QFETCH(quint8, reasonCode);
    QFETCH(QString, text);

    Broker broker(config(ProtocolVersion::V5));
    broker.connect(connAck);
    Properties properties;
    if (subscriptionId != 0)
        properties.subscriptionIdentifiers = { quint32(qMax(subscriptionId, 0)) };
    SubscriptionOptions options;
    options.noLocal = noLocal;
    const Token token = broker.session.subscribe({ Subscription { filter, options } }, properties, broker.now);
    const QList<Subscribe> sent = broker.sentOf<Subscribe>();
    const std::vector<SessionEvent> events = broker.events();
    if (reasonCode == 0) {
        QCOMPARE(sent.size(), 1);
        QVERIFY(events.empty());
        return;
    }
    QVERIFY(sent.isEmpty());
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::SubscribeFailed);
    QCOMPARE(events.at(0).token, token);
    QCOMPARE(events.at(0).reasonCode, reasonCode);
    QCOMPARE(events.at(0).text, text);
    QVERIFY(!broker.session.wantsClose());
}

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSessionErrors::connectionRefused_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<quint8>("code");
    QTest::addColumn<QString>("reasonString");
    QTest::addColumn<QString>("text");

    QTest::newRow("3.2.2.3 return code 4 (3.1.1)")
        << ProtocolVersion::V311 << quint8(4) << QString()
        << u"The broker refused the connection: bad user name or password."_s;
    QTest::newRow("3.2.2.3 return code 5 (3.1)")
        << ProtocolVersion::V31 << quint8(5) << QString() << u"The broker refused the connection: not authorized."_s;
    QTest::newRow("3.2.2.2 reason code 0x86 with a reason string (5.0)")
        << ProtocolVersion::V5 << quint8(0x86) << u"unknown user alice"_s
        << u"The broker refused the connection: bad user name or password. The broker said: \"unknown user "
           "alice\"."_s;
    QTest::newRow("3.2.2.2 reason code 0x8A (5.0)")
        << ProtocolVersion::V5 << quint8(0x8A) << QString() << u"The broker refused the connection: banned."_s;
}

void TestMqttSessionErrors::connectionRefused()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(quint8, code);
    QFETCH(QString, reasonString);
    QFETCH(QString, text);

    Broker broker(config(version));
    broker.open();
    ConnAck connAck;
    connAck.reasonCode = code;
    if (!reasonString.isEmpty())
        connAck.properties.reasonString = reasonString;
    broker.connAck(connAck);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::ConnectionRefused);
    QCOMPARE(events.at(0).reasonCode, code);
    QCOMPARE(events.at(0).connAck.reasonCode, code);
    QCOMPARE(events.at(0).text, text);
    QVERIFY(events.at(0).closeConnection);
    QVERIFY(broker.session.wantsClose());
    QVERIFY(!broker.session.isConnected());
    QVERIFY(broker.sent().isEmpty());
}

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSessionErrors::violations_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<quint8>("reasonCode");
    QTest::addColumn<QString>("text");

    const quint8 protocolError = ReasonCode::ProtocolError;
    addBoth("MQTT-3.2.0-1 PUBLISH before CONNACK", Setup::AwaitingConnAck, publishPacket(u"t"_s, 0), protocolError,
        u"The broker sent a PUBLISH packet before accepting the connection with CONNACK."_s);
    addBoth("MQTT-3.2.0-1 SUBACK before CONNACK", Setup::AwaitingConnAck, SubAck { 1, { 0 }, {} }, protocolError,
        u"The broker sent a SUBACK packet before accepting the connection with CONNACK."_s);
    addBoth("MQTT-3.2.0-2 second CONNACK", Setup::Connected, ConnAck {}, protocolError,
        u"The broker sent a second CONNACK on the same connection."_s);
    addBoth("MQTT-2.2.1-5 PUBACK for an unknown identifier", Setup::Connected, ack(PacketType::PubAck, 9),
        protocolError,
        u"The broker sent PUBACK for packet identifier 9, but no message with that identifier awaits one."_s);
    addBoth("MQTT-2.2.1-5 PUBACK repeated", Setup::Qos1Acked, ack(PacketType::PubAck, 1), protocolError,
        u"The broker sent PUBACK for packet identifier 1, but no message with that identifier awaits one."_s);
    addBoth("MQTT-4.3.3-3 PUBACK for a QoS 2 message", Setup::Qos2Sent, ack(PacketType::PubAck, 1), protocolError,
        u"The broker sent PUBACK for packet identifier 1, which is a QoS 2 message and needs PUBREC."_s);
    addBoth("MQTT-4.3.2-3 PUBREC for a QoS 1 message", Setup::Qos1Sent, ack(PacketType::PubRec, 1), protocolError,
        u"The broker sent PUBREC for packet identifier 1, which is a QoS 1 message and needs PUBACK."_s);
    addRow("MQTT-2.2.1-5 PUBACK 0x80 for an unknown identifier", ProtocolVersion::V5, Setup::Connected,
        ack(PacketType::PubAck, 9, ReasonCode::UnspecifiedError), protocolError,
        u"The broker sent PUBACK for packet identifier 9, but no message with that identifier awaits one."_s);
    addRow("MQTT-4.3.3-4 PUBREC 0x80 for a QoS 1 message", ProtocolVersion::V5, Setup::Qos1Sent,
        ack(PacketType::PubRec, 1, ReasonCode::UnspecifiedError), protocolError,
        u"The broker sent PUBREC for packet identifier 1, which is a QoS 1 message and needs PUBACK."_s);
    addRow("MQTT-4.3.3-4 PUBREC 0x80 after PUBREL", ProtocolVersion::V5, Setup::Qos2Released,
        ack(PacketType::PubRec, 1, ReasonCode::UnspecifiedError), protocolError,
        u"The broker sent a second PUBREC for packet identifier 1."_s);
    addRow("MQTT-2.2.1-5 PUBCOMP 0x92 for an unknown identifier", ProtocolVersion::V5, Setup::Connected,
        ack(PacketType::PubComp, 3, ReasonCode::PacketIdentifierNotFound), protocolError,
        u"The broker sent PUBCOMP for packet identifier 3, but no message with that identifier awaits one."_s);
    addRow("MQTT-2.2.1-6 UNSUBACK for an unknown identifier", ProtocolVersion::V5, Setup::Connected,
        UnsubAck { 4, { 0x11 }, {} }, protocolError,
        u"The broker sent UNSUBACK for packet identifier 4, but no unsubscribe request with that identifier "
        "awaits one."_s);
    addRow("MQTT-2.2.1-5 PUBREC for an unknown identifier", ProtocolVersion::V311, Setup::Connected,
        ack(PacketType::PubRec, 4), protocolError,
        u"The broker sent PUBREC for packet identifier 4, but no message with that identifier awaits one."_s);
    addBoth("MQTT-4.3.3-5 PUBREC repeated", Setup::Qos2Released, ack(PacketType::PubRec, 1), protocolError,
        u"The broker sent a second PUBREC for packet identifier 1."_s);
    addBoth("MQTT-4.3.3-3 PUBCOMP before PUBREC", Setup::Qos2Sent, ack(PacketType::PubComp, 1), protocolError,
        u"The broker sent PUBCOMP for packet identifier 1 before PUBREC."_s);
    addBoth("MQTT-4.3.2-3 PUBCOMP for a QoS 1 message", Setup::Qos1Sent, ack(PacketType::PubComp, 1), protocolError,
        u"The broker sent PUBCOMP for packet identifier 1, which is a QoS 1 message and needs PUBACK."_s);
    addBoth("MQTT-2.2.1-5 PUBCOMP for an unknown identifier", Setup::Connected, ack(PacketType::PubComp, 3),
        protocolError,
        u"The broker sent PUBCOMP for packet identifier 3, but no message with that identifier awaits one."_s);
    addBoth("MQTT-2.2.1-6 SUBACK for an unknown identifier", Setup::Connected, SubAck { 5, { 0 }, {} }, protocolError,
        u"The broker sent SUBACK for packet identifier 5, but no subscribe request with that identifier awaits "
        "one."_s);
    addBoth("MQTT-2.2.1-6 SUBACK answering an UNSUBSCRIBE", Setup::UnsubscribeTwo, SubAck { 1, { 0, 0 }, {} },
        protocolError,
        u"The broker sent SUBACK for packet identifier 1, but no subscribe request with that identifier awaits "
        "one."_s);
    addBoth("MQTT-2.2.1-6 UNSUBACK for an unknown identifier", Setup::SubscribeTwo, UnsubAck { 1, {}, {} },
        protocolError,
        u"The broker sent UNSUBACK for packet identifier 1, but no unsubscribe request with that identifier "
        "awaits one."_s);
    addBoth("MQTT-3.9.3-1 SUBACK missing a reason code", Setup::SubscribeTwo, SubAck { 1, { 0 }, {} }, protocolError,
        u"The broker answered a subscribe request for 2 topic filters with 1 reason code [MQTT-3.9.3-1]."_s);
    addBoth("MQTT-3.9.3-1 SUBACK with an extra reason code", Setup::SubscribeTwo, SubAck { 1, { 0, 1, 2 }, {} },
        protocolError,
        u"The broker answered a subscribe request for 2 topic filters with 3 reason codes [MQTT-3.9.3-1]."_s);
    addRow("MQTT-3.11.3-1 UNSUBACK missing a reason code", ProtocolVersion::V5, Setup::UnsubscribeTwo,
        UnsubAck { 1, { 0 }, {} }, protocolError,
        u"The broker answered an unsubscribe request for 2 topic filters with 1 reason code "
        "[MQTT-3.11.3-1]."_s);
    addRow("MQTT-3.3.4-9 more unacknowledged QoS 2 than our Receive Maximum", ProtocolVersion::V5, Setup::ReceivedQos2,
        publishPacket(u"in"_s, 2, 2), ReasonCode::ReceiveMaximumExceeded,
        u"The broker sent more unacknowledged QoS 2 messages than the client's Receive Maximum of 1."_s);
    ConnAck present;
    present.sessionPresent = true;
    addRow("MQTT-3.2.2-4 session present after a clean start", ProtocolVersion::V5, Setup::AwaitingConnAck, present,
        protocolError,
        u"The broker reported an existing session although the client asked for a clean start "
        "[MQTT-3.2.2-2]."_s);
    Publish unknownAlias = publishPacket(QString(), 0);
    unknownAlias.properties.topicAlias = 2;
    addRow("MQTT-3.3.2-7 topic alias never set on this connection", ProtocolVersion::V5, Setup::Connected, unknownAlias,
        protocolError, u"The broker used topic alias 2 without ever saying which topic it stands for."_s);
    Properties authMethod;
    authMethod.authenticationMethod = u"SCRAM-SHA-1"_s;
    addRow("MQTT-4.12.0-6 AUTH without enhanced authentication", ProtocolVersion::V5, Setup::Connected,
        Auth { ReasonCode::ContinueAuthentication, authMethod }, protocolError,
        u"The broker sent an AUTH packet although the client did not ask for enhanced authentication "
        "[MQTT-4.12.0-6]."_s);
    addRow("3.14 DISCONNECT from the broker", ProtocolVersion::V311, Setup::Connected, Disconnect {}, protocolError,
        u"The broker sent a DISCONNECT packet, which only a client may send before MQTT 5."_s);
    ConnAck zeroWindow;
    zeroWindow.properties.receiveMaximum = 0;
    addRow("3.2.2.3.3 Receive Maximum 0", ProtocolVersion::V5, Setup::AwaitingConnAck, zeroWindow, protocolError,
        u"The broker announced a Receive Maximum of 0, which the protocol forbids."_s);
}

void TestMqttSessionErrors::violations()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Setup, setup);
    QFETCH(Packet, packet);
    QFETCH(quint8, reasonCode);
    QFETCH(QString, text);

    SessionConfig sessionConfig = config(version);
    sessionConfig.receiveMaximum = 1;
    sessionConfig.topicAliasMaximum = 4;
    Broker broker(sessionConfig);
    prepare(broker, setup);
    QVERIFY(!broker.session.wantsClose());

    broker.session.handlePacket(packet, broker.now);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::ProtocolViolation);
    QCOMPARE(events.at(0).text, text);
    QCOMPARE(events.at(0).reasonCode, reasonCode);
    QVERIFY(events.at(0).closeConnection);
    QVERIFY(broker.session.wantsClose());
    QVERIFY(!broker.session.isConnected());
    QVERIFY(broker.session.takeMessages().empty());

    // MQTT 5 says why in a DISCONNECT (4.13); 3.1.1 just closes.
    const QList<Packet> sent = broker.sent();
    if (version == ProtocolVersion::V5) {
        QCOMPARE(typesOf(sent), QList<PacketType> { PacketType::Disconnect });
        QCOMPARE(std::get<Disconnect>(sent.at(0)).reasonCode, reasonCode);
    } else {
        QVERIFY(sent.isEmpty());
    }
}

void TestMqttSessionErrors::malformedInput_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint8>("reasonCode");

    QTest::newRow("1.5.5 Remaining Length of more than four bytes (5.0)")
        << ProtocolVersion::V5 << QByteArray::fromHex("30ffffffff01") << quint8(0x81);
    QTest::newRow("2.2.3 Remaining Length of more than four bytes (3.1.1)")
        << ProtocolVersion::V311 << QByteArray::fromHex("30ffffffff01") << quint8(0x81);
    QTest::newRow("MQTT-3.3.1-4 PUBLISH with QoS 3 (5.0)")
        << ProtocolVersion::V5 << QByteArray::fromHex("3605000174000100") << quint8(0x81);
    QTest::newRow("MQTT-2.2.2-2 PUBACK with flags set (3.1.1)")
        << ProtocolVersion::V311 << QByteArray::fromHex("41020001") << quint8(0x81);
    Publish big = publishPacket(u"t"_s, 0, 0, QByteArray(100, 'x'));
    QTest::newRow("MQTT-3.1.2-24 a packet above our Maximum Packet Size (5.0)")
        << ProtocolVersion::V5 << encode(big, ProtocolVersion::V5) << quint8(0x95);
    Publish aliasZero = publishPacket(u"t"_s, 0);
    aliasZero.properties.topicAlias = 0;
    QTest::newRow("MQTT-3.3.2-8 topic alias 0 (5.0)")
        << ProtocolVersion::V5 << encode(aliasZero, ProtocolVersion::V5) << quint8(0x94);
    Publish aliasHigh = publishPacket(u"t"_s, 0);
    aliasHigh.properties.topicAlias = 5;
    QTest::newRow("MQTT-3.3.2-11 topic alias above our Topic Alias Maximum (5.0)")
        << ProtocolVersion::V5 << encode(aliasHigh, ProtocolVersion::V5) << quint8(0x94);
}

void TestMqttSessionErrors::malformedInput()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, bytes);
    QFETCH(quint8, reasonCode);

    SessionConfig sessionConfig = config(version);
    sessionConfig.maximumPacketSize = 64;
    sessionConfig.topicAliasMaximum = 4;
    Broker broker(sessionConfig);
    broker.connect();
    // A good message first, in the same chunk: it is delivered, the bad packet ends the connection.
    QByteArray chunk
        = encode(publishPacket(u"ok"_s, 0), version) + bytes + encode(publishPacket(u"after"_s, 0), version);
    broker.session.receiveBytes(chunk, broker.now);
    const std::vector<Publish> messages = broker.session.takeMessages();
    QCOMPARE(messages.size(), 1u);
    QCOMPARE(messages.at(0).topic, u"ok"_s);

    const DecodeResult expected = [&] {
        Decoder decoder(Role::Client, version);
        decoder.setMaximumPacketSize(64);
        decoder.setTopicAliasMaximum(4);
        return decoder.decode(bytes);
    }();
    QCOMPARE(expected.status, DecodeResult::Status::Malformed);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::ProtocolViolation);
    QCOMPARE(events.at(0).reasonCode, reasonCode);
    QCOMPARE(events.at(0).text, expected.error); // MQTT-4.13.1-1: the decoder's sentence names the rule
    QVERIFY(!events.at(0).text.isEmpty());
    QVERIFY(broker.session.wantsClose());
    const QList<Packet> sent = broker.sent();
    if (version == ProtocolVersion::V5) {
        QCOMPARE(sent.size(), 1);
        QCOMPARE(std::get<Disconnect>(sent.at(0)).reasonCode, reasonCode);
    } else {
        QVERIFY(sent.isEmpty());
    }
}

void TestMqttSessionErrors::notViolations_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<QList<Packet>>("answer");

    QTest::newRow("MQTT-3.8.4-8 PUBLISH above the subscribed QoS is accepted (5.0)")
        << ProtocolVersion::V5 << Setup::Connected << Packet(publishPacket(u"t"_s, 2, 9))
        << QList<Packet> { ack(PacketType::PubRec, 9) };
    QTest::newRow("4.3.3 PUBREL for an unknown identifier gets PUBCOMP (3.1.1)")
        << ProtocolVersion::V311 << Setup::Connected << Packet(ack(PacketType::PubRel, 12))
        << QList<Packet> { ack(PacketType::PubComp, 12) };
    QTest::newRow("3.7.2.1 PUBREL for an unknown identifier gets PUBCOMP 0x92 (5.0)")
        << ProtocolVersion::V5 << Setup::Connected << Packet(ack(PacketType::PubRel, 12))
        << QList<Packet> { ack(PacketType::PubComp, 12, ReasonCode::PacketIdentifierNotFound) };
    QTest::newRow("3.6.2.1 PUBREC for an unknown identifier gets PUBREL 0x92 (5.0)")
        << ProtocolVersion::V5 << Setup::Connected << Packet(ack(PacketType::PubRec, 12))
        << QList<Packet> { ack(PacketType::PubRel, 12, ReasonCode::PacketIdentifierNotFound) };
    QTest::newRow("MQTT-4.3.3-4 PUBREC 0x10 for an unknown identifier gets PUBREL 0x92 (5.0)")
        << ProtocolVersion::V5 << Setup::Connected
        << Packet(ack(PacketType::PubRec, 12, ReasonCode::NoMatchingSubscribers))
        << QList<Packet> { ack(PacketType::PubRel, 12, ReasonCode::PacketIdentifierNotFound) };
    QTest::newRow("MQTT-4.3.3-4 PUBREC 0x80 for an unknown identifier gets no PUBREL (5.0)")
        << ProtocolVersion::V5 << Setup::Connected << Packet(ack(PacketType::PubRec, 12, ReasonCode::UnspecifiedError))
        << QList<Packet> {};
    QTest::newRow("MQTT-4.3.3-4 PUBREC 0x97 for an unknown identifier gets no PUBREL (5.0)")
        << ProtocolVersion::V5 << Setup::Connected << Packet(ack(PacketType::PubRec, 12, ReasonCode::QuotaExceeded))
        << QList<Packet> {};
    QTest::newRow("MQTT-4.3.3-4 PUBREC 0x80 ends the exchange without PUBREL (5.0)")
        << ProtocolVersion::V5 << Setup::Qos2Sent << Packet(ack(PacketType::PubRec, 1, ReasonCode::UnspecifiedError))
        << QList<Packet> {};
    QTest::newRow("MQTT-4.4.0-2 PUBACK 0x87 ends the exchange without an answer (5.0)")
        << ProtocolVersion::V5 << Setup::Qos1Sent << Packet(ack(PacketType::PubAck, 1, ReasonCode::NotAuthorized))
        << QList<Packet> {};
    QTest::newRow("MQTT-4.3.3-11 PUBREL 0x92 for a received message gets PUBCOMP (5.0)")
        << ProtocolVersion::V5 << Setup::ReceivedQos2
        << Packet(ack(PacketType::PubRel, 1, ReasonCode::PacketIdentifierNotFound))
        << QList<Packet> { ack(PacketType::PubComp, 1) };
    QTest::newRow("MQTT-4.3.3-11 PUBREL 0x92 for an unknown identifier gets PUBCOMP 0x92 (5.0)")
        << ProtocolVersion::V5 << Setup::Connected
        << Packet(ack(PacketType::PubRel, 12, ReasonCode::PacketIdentifierNotFound))
        << QList<Packet> { ack(PacketType::PubComp, 12, ReasonCode::PacketIdentifierNotFound) };
    QTest::newRow("3.9.3 SUBACK refusing every filter is an answer, not an error (5.0)")
        << ProtocolVersion::V5 << Setup::SubscribeTwo << Packet(SubAck { 1, { 0x87, 0x8F }, {} }) << QList<Packet> {};
    QTest::newRow("3.9.3 SUBACK 0x80 is an answer, not an error (3.1.1)")
        << ProtocolVersion::V311 << Setup::SubscribeTwo << Packet(SubAck { 1, { 0x80, 0x01 }, {} }) << QList<Packet> {};
    QTest::newRow("3.11.3 UNSUBACK 0x11 and 0x87 are an answer, not an error (5.0)")
        << ProtocolVersion::V5 << Setup::UnsubscribeTwo << Packet(UnsubAck { 1, { 0x11, 0x87 }, {} })
        << QList<Packet> {};
    QTest::newRow("3.13 unsolicited PINGRESP (3.1.1)")
        << ProtocolVersion::V311 << Setup::Connected << Packet(PingResp {}) << QList<Packet> {};
    QTest::newRow("3.7 PUBCOMP 0x92 completes the message (5.0)")
        << ProtocolVersion::V5 << Setup::Qos2Released
        << Packet(ack(PacketType::PubComp, 1, ReasonCode::PacketIdentifierNotFound)) << QList<Packet> {};
}

void TestMqttSessionErrors::notViolations()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Setup, setup);
    QFETCH(Packet, packet);
    QFETCH(QList<Packet>, answer);

    Broker broker(config(version));
    prepare(broker, setup);
    broker.feed(packet);
    QCOMPARE(broker.sent(), answer);
    for (const SessionEvent &event : broker.events())
        QVERIFY2(event.type != SessionEvent::Type::ProtocolViolation, qPrintable(event.text));
    QVERIFY(!broker.session.wantsClose());
    QVERIFY(broker.session.isConnected());
    QCOMPARE(broker.session.inFlightCount(), 0);
}

void TestMqttSessionErrors::packetsAfterCloseAreIgnored()
{
    Broker broker(config(ProtocolVersion::V5));
    broker.connect();
    broker.feed(ack(PacketType::PubAck, 1)); // violation
    QVERIFY(broker.session.wantsClose());
    broker.sent();
    broker.events();
    broker.feed(publishPacket(u"t"_s, 1, 3));
    broker.session.tick(broker.now + 1000000);
    QVERIFY(broker.sent().isEmpty());
    QVERIFY(broker.events().empty());
    QVERIFY(broker.session.takeMessages().empty());
    // A new connection starts afresh.
    broker.connect();
    QVERIFY(broker.session.isConnected());
    broker.feed(publishPacket(u"t"_s, 1, 3));
    QCOMPARE(broker.session.takeMessages().size(), 1u);
}

void TestMqttSessionErrors::randomInputNeverCrashes_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("connected");
    QTest::newRow("MQTT-4.13.1-1 random bytes after CONNACK (3.1.1)") << ProtocolVersion::V311 << true;
    QTest::newRow("MQTT-4.13.1-1 random bytes after CONNACK (5.0)") << ProtocolVersion::V5 << true;
    QTest::newRow("MQTT-4.13.1-1 random bytes before CONNACK (5.0)") << ProtocolVersion::V5 << false;
    QTest::newRow("MQTT-4.13.1-1 random bytes without a connection (3.1)") << ProtocolVersion::V31 << false;
}

void TestMqttSessionErrors::randomInputNeverCrashes()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, connected);

    // Valid packets with random bytes flipped, cut and joined: each run ends in delivered messages or a
    // clean, reported close, never in a crash or a hang.
    QList<QByteArray> seeds;
    Publish aliased = publishPacket(u"a/b"_s, 1, 3, "payload");
    aliased.properties.topicAlias = 1;
    aliased.properties.subscriptionIdentifiers = { 4 };
    for (const Packet &packet :
        { Packet(publishPacket(u"a/b"_s, 0)), Packet(aliased), Packet(publishPacket(u"q"_s, 2, 7)),
            Packet(ack(PacketType::PubRel, 7)), Packet(ack(PacketType::PubAck, 1)), Packet(SubAck { 2, { 0, 1 }, {} }),
            Packet(UnsubAck { 3, { 0 }, {} }), Packet(PingResp {}), Packet(ConnAck {}), Packet(Disconnect {}),
            Packet(Auth { ReasonCode::ContinueAuthentication, {} }) })
        seeds.append(encode(packet, version));

    QRandomGenerator random(20240611);
    SessionConfig sessionConfig = config(version, 5);
    sessionConfig.topicAliasMaximum = 2;
    sessionConfig.maximumPacketSize = 512;
    Broker broker(sessionConfig);
    int closes = 0;
    for (int round = 0; round < 3000; ++round) {
        if (round == 0 || broker.session.wantsClose()) {
            closes += round > 0;
            broker.session.connectionClosed();
            if (closes % 4 == 0) // otherwise unanswered publishes pile up and are all resent each time
                broker.session.discardSession();
            if (connected)
                broker.connect();
            else if (version == ProtocolVersion::V5)
                broker.open();
            broker.session.publish(publishPacket(u"out"_s, quint8(random.bounded(3))), broker.now);
            broker.session.subscribe({ Subscription { u"s/#"_s, {} } }, {}, broker.now);
        }
        QByteArray bytes;
        const int pieces = random.bounded(1, 4);
        for (int i = 0; i < pieces; ++i)
            bytes += seeds.at(random.bounded(int(seeds.size())));
        const int flips = random.bounded(4);
        for (int i = 0; i < flips && !bytes.isEmpty(); ++i)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        if (random.bounded(4) == 0)
            bytes.truncate(random.bounded(int(bytes.size()) + 1));
        qsizetype offset = 0;
        while (offset < bytes.size()) {
            const qsizetype size = qMin<qsizetype>(random.bounded(1, 16), bytes.size() - offset);
            broker.session.receiveBytes(QByteArrayView(bytes).sliced(offset, size), broker.now);
            offset += size;
        }
        broker.now += random.bounded(3000);
        broker.session.tick(broker.now);
        broker.sent();
        broker.session.takeMessages();
        for (const SessionEvent &event : broker.events()) {
            if (event.type == SessionEvent::Type::ProtocolViolation
                || event.type == SessionEvent::Type::KeepAliveTimeout)
                QVERIFY2(!event.text.isEmpty(), "every close is reported with a sentence");
        }
        QVERIFY(broker.session.inFlightCount() <= 65535);
        QVERIFY(broker.unread.isEmpty()); // the session only ever writes whole, well-formed packets
    }
    // Without CONNECT no Maximum Packet Size applies: a flipped length byte can leave the rest buffered as one
    // large incomplete packet, so only a session that announced a limit is sure to have closed.
    if (connected || version == ProtocolVersion::V5)
        QVERIFY(closes > 0);
}

QTEST_GUILESS_MAIN(TestMqttSessionErrors)
#include "tst_mqttsessionerrors.moc"
