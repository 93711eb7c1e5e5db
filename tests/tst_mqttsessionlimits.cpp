// SPDX-License-Identifier: MIT
// Mqtt::Session and the broker's Maximum Packet Size [MQTT-3.2.2-15]: every packet the client sends is measured,
// whether the request was made before or after CONNACK. Requests that do not fit fail with a sentence; DISCONNECT
// and AUTH leave out what the protocol lets them leave out; a packet the protocol cannot do without ends the
// connection with a sentence instead of being sent too large.

#include "codec/mqttcodec.h"
#include "common/translations.h"
#include "session/mqttsession.h"
#include "sessionharness.h"

#include <QTest>

using namespace Mqtt;
using namespace SessionTest;
using namespace Qt::StringLiterals;

namespace {

enum class Request { Subscribe, Unsubscribe, Publish };

ConnAck limitedTo(quint32 maximumPacketSize)
{
    ConnAck connAck;
    connAck.properties.maximumPacketSize = maximumPacketSize;
    return connAck;
}

// Every packet written after CONNECT (the only one sent before the limit is known) is within the limit.
void verifyWithinLimit(const Broker &broker, quint32 limit)
{
    for (qsizetype i = 1; i < broker.sentSizes.size(); ++i)
        QVERIFY2(broker.sentSizes.at(i) <= qsizetype(limit),
            qPrintable(u"packet %1 has %2 bytes, the limit is %3"_s.arg(i).arg(broker.sentSizes.at(i)).arg(limit)));
}

} // namespace

Q_DECLARE_METATYPE(Request)
Q_DECLARE_METATYPE(Mqtt::Disconnect)
Q_DECLARE_METATYPE(Mqtt::Auth)

class TestMqttSessionLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); } // "22 bytes"
    void requests_data();
    void requests();
    void newTopicAliasNearTheLimit();
    void disconnectLeavesOutProperties_data();
    void disconnectLeavesOutProperties();
    void authLeavesOutProperties_data();
    void authLeavesOutProperties();
    void packetsTheProtocolNeeds_data();
    void packetsTheProtocolNeeds();
    void resendAboveNewMaximumPacketSize();
    void resendWithinNewReceiveMaximum();
    void pubRecForAMessageNotYetResent();
};

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSessionLimits::requests_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<bool>("beforeConnAck"); // made before CONNACK, so queued until the limit is known
    QTest::addColumn<quint32>("limit");
    QTest::addColumn<int>("size"); // of the request's packet
    QTest::addColumn<QString>("text"); // empty: sent

    // SUBSCRIBE "sensors/+/temp": 2 fixed header, 2 identifier, 1 property length, 2 + 14 filter, 1 options.
    const QString subscribeText = u"The subscribe request would need a packet of 22 bytes, but the broker accepts at "
                                  "most %1 bytes; subscribe to fewer or shorter topic filters at a time."_s;
    QTest::newRow("MQTT-3.2.2-15 SUBSCRIBE of 22 bytes over a limit of 10, made before CONNACK")
        << Request::Subscribe << true << 10u << 22 << subscribeText.arg(10);
    QTest::newRow("MQTT-3.2.2-15 SUBSCRIBE of 22 bytes over a limit of 21")
        << Request::Subscribe << false << 21u << 22 << subscribeText.arg(21);
    QTest::newRow("MQTT-3.2.2-15 SUBSCRIBE of exactly the limit, made before CONNACK")
        << Request::Subscribe << true << 22u << 22 << QString();
    // UNSUBSCRIBE "sensors/+/temp": the same without the options byte.
    QTest::newRow("MQTT-3.2.2-15 UNSUBSCRIBE of 21 bytes over a limit of 20, made before CONNACK")
        << Request::Unsubscribe << true << 20u << 21
        << u"The unsubscribe request would need a packet of 21 bytes, but the broker accepts at most 20 bytes; "
           "unsubscribe from fewer or shorter topic filters at a time."_s;
    QTest::newRow("MQTT-3.2.2-15 UNSUBSCRIBE of exactly the limit")
        << Request::Unsubscribe << false << 21u << 21 << QString();
    // PUBLISH QoS 1 to "sensors/+/temp" is not allowed; to "sensors/1/temp": 2 + 2 + 14 + 2 + 1 + 1 payload.
    QTest::newRow("MQTT-3.2.2-15 PUBLISH of 22 bytes over a limit of 21, made before CONNACK")
        << Request::Publish << true << 21u << 22
        << u"The message would need a packet of 22 bytes, but the broker accepts at most 21 bytes."_s;
    QTest::newRow("MQTT-3.2.2-15 PUBLISH of exactly the limit, made before CONNACK")
        << Request::Publish << true << 22u << 22 << QString();
}

void TestMqttSessionLimits::requests()
{
    QFETCH(Request, request);
    QFETCH(bool, beforeConnAck);
    QFETCH(quint32, limit);
    QFETCH(int, size);
    QFETCH(QString, text);

    Broker broker(config(ProtocolVersion::V5));
    if (beforeConnAck)
        broker.open();
    else
        broker.connect(limitedTo(limit));

    Token token = 0;
    SessionEvent::Type failure = SessionEvent::Type::PublishFailed;
    PacketType type = PacketType::Publish;
    switch (request) {
    case Request::Subscribe:
        token = broker.session.subscribe({ Subscription { u"sensors/+/temp"_s, {} } }, {}, broker.now);
        failure = SessionEvent::Type::SubscribeFailed;
        type = PacketType::Subscribe;
        break;
    case Request::Unsubscribe:
        token = broker.session.unsubscribe({ u"sensors/+/temp"_s }, {}, broker.now);
        failure = SessionEvent::Type::UnsubscribeFailed;
        type = PacketType::Unsubscribe;
        break;
    case Request::Publish:
        token = broker.session.publish(publishPacket(u"sensors/1/temp"_s, 1), broker.now);
        break;
    }
    // A small request behind it still goes out, in order.
    const Token next = broker.session.publish(publishPacket(u"s"_s, 0, 0, {}), broker.now);
    if (beforeConnAck) {
        QVERIFY(broker.sent().isEmpty()); // both wait for CONNACK
        broker.connAck(limitedTo(limit));
    }

    const QList<Packet> packets = broker.sent();
    QList<SessionEvent> events;
    for (SessionEvent &event : broker.events()) {
        if (event.type != SessionEvent::Type::Connected)
            events.append(std::move(event));
    }
    if (text.isEmpty()) {
        QCOMPARE(typesOf(packets), (QList<PacketType> { type, PacketType::Publish }));
        QCOMPARE(broker.sentSizes.at(broker.sentSizes.size() - 2), size);
        QCOMPARE(events.size(), 1);
    } else {
        QCOMPARE(typesOf(packets), QList<PacketType> { PacketType::Publish });
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).type, failure);
        QCOMPARE(events.at(0).token, token);
        QCOMPARE(events.at(0).reasonCode, ReasonCode::PacketTooLarge);
        QCOMPARE(events.at(0).text, text);
    }
    QCOMPARE(events.constLast().type, SessionEvent::Type::PublishCompleted);
    QCOMPARE(events.constLast().token, next);
    QCOMPARE(std::get<Publish>(packets.constLast()).topic, u"s"_s);
    verifyWithinLimit(broker, limit);
    QVERIFY(broker.session.isConnected());
}

void TestMqttSessionLimits::newTopicAliasNearTheLimit()
{
    // A new alias adds 3 bytes to a PUBLISH that still carries its topic. At the limit, the message goes without
    // an alias, and without one the topic is not mapped: the next message to it must carry the topic again.
    SessionConfig sessionConfig = config(ProtocolVersion::V5);
    sessionConfig.outboundTopicAliases = true;
    Broker broker(sessionConfig);
    broker.decoder.setTopicAliasMaximum(4);
    ConnAck connAck = limitedTo(21); // PUBLISH QoS 0 "sensors/hall" "21.5": 2 + 2 + 12 + 1 + 4
    connAck.properties.topicAliasMaximum = 4;
    broker.connect(connAck);

    for (const QString &topic : { u"sensors/hall"_s, u"sensors/hall"_s, u"a"_s, u"a"_s })
        broker.session.publish(publishPacket(topic, 0, 0, "21.5"), broker.now);
    const QList<Publish> out = broker.sentOf<Publish>();
    QCOMPARE(out.size(), 4);
    for (qsizetype i = 0; i < 2; ++i) {
        QCOMPARE(out.at(i).topic, u"sensors/hall"_s);
        QVERIFY(!out.at(i).properties.topicAlias);
    }
    QCOMPARE(out.at(2).topic, u"a"_s); // small enough for an alias
    QCOMPARE(out.at(2).properties.topicAlias, std::optional<quint16>(1));
    QCOMPARE(out.at(3).topic, QString());
    QCOMPARE(out.at(3).properties.topicAlias, std::optional<quint16>(1));
    QCOMPARE(broker.sentSizes.mid(1), (QList<qsizetype> { 21, 21, 13, 12 }));
    QCOMPARE(broker.events().size(), 4u);
    QVERIFY(broker.session.isConnected());
}

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSessionLimits::disconnectLeavesOutProperties_data()
{
    QTest::addColumn<quint32>("limit");
    QTest::addColumn<Disconnect>("expected"); // reasonCode 0xFF: nothing sent

    Disconnect full;
    full.reasonCode = ReasonCode::DisconnectWithWillMessage;
    full.properties.reasonString = u"closing for the night"_s;
    full.properties.userProperties = { UserProperty { u"k"_s, u"v"_s } };
    Disconnect withoutReasonString = full;
    withoutReasonString.properties.reasonString.reset();
    const Disconnect bare { ReasonCode::DisconnectWithWillMessage, {} };
    const auto sizeOf = [](const Disconnect &d) { return quint32(encodedSize(d, ProtocolVersion::V5)); };
    QCOMPARE(sizeOf(full), 35u);
    QCOMPARE(sizeOf(withoutReasonString), 11u);
    QCOMPARE(sizeOf(bare), 3u);

    QTest::newRow("3.14.2.2 DISCONNECT keeps its properties within the limit") << sizeOf(full) << full;
    QTest::newRow("MQTT-3.14.2-3 DISCONNECT leaves out its Reason String to fit")
        << sizeOf(full) - 1 << withoutReasonString;
    QTest::newRow("MQTT-3.14.2-4 DISCONNECT leaves out its User Properties as well to fit")
        << sizeOf(withoutReasonString) - 1 << bare;
    QTest::newRow("MQTT-3.2.2-15 no DISCONNECT when not even its reason code fits")
        << sizeOf(bare) - 1 << Disconnect { 0xFF, {} };
}

void TestMqttSessionLimits::disconnectLeavesOutProperties()
{
    QFETCH(quint32, limit);
    QFETCH(Disconnect, expected);

    Broker broker(config(ProtocolVersion::V5));
    broker.connect(limitedTo(limit));
    Disconnect disconnect;
    disconnect.reasonCode = ReasonCode::DisconnectWithWillMessage;
    disconnect.properties.reasonString = u"closing for the night"_s;
    disconnect.properties.userProperties = { UserProperty { u"k"_s, u"v"_s } };
    broker.session.disconnect(disconnect);
    const QList<Packet> sent = broker.sent();
    if (expected.reasonCode == 0xFF)
        QVERIFY(sent.isEmpty());
    else
        QCOMPARE(sent, QList<Packet> { expected });
    verifyWithinLimit(broker, limit);
    QVERIFY(broker.session.wantsClose());
}

void TestMqttSessionLimits::authLeavesOutProperties_data()
{
    QTest::addColumn<quint32>("limit");
    QTest::addColumn<Auth>("expected"); // reasonCode 0xFF: not sent

    Auth full;
    full.reasonCode = ReasonCode::ReAuthenticate;
    full.properties.authenticationMethod = u"SCRAM-SHA-256"_s;
    full.properties.authenticationData = "client-first-message";
    full.properties.reasonString = u"token renewal"_s;
    full.properties.userProperties = { UserProperty { u"k"_s, u"v"_s } };
    Auth withoutReasonString = full;
    withoutReasonString.properties.reasonString.reset();
    Auth withoutBoth = withoutReasonString;
    withoutBoth.properties.userProperties.clear();
    const auto sizeOf = [](const Auth &a) { return quint32(encodedSize(a, ProtocolVersion::V5)); };

    QTest::newRow("3.15.2.2 AUTH keeps its properties within the limit") << sizeOf(full) << full;
    QTest::newRow("MQTT-3.15.2-2 AUTH leaves out its Reason String to fit") << sizeOf(full) - 1 << withoutReasonString;
    QTest::newRow("MQTT-3.15.2-3 AUTH leaves out its User Properties as well to fit")
        << sizeOf(withoutReasonString) - 1 << withoutBoth;
    QTest::newRow("MQTT-3.2.2-15 AUTH is not sent when its method and data do not fit")
        << sizeOf(withoutBoth) - 1 << Auth { 0xFF, {} };
}

void TestMqttSessionLimits::authLeavesOutProperties()
{
    QFETCH(quint32, limit);
    QFETCH(Auth, expected);

    SessionConfig sessionConfig = config(ProtocolVersion::V5);
    sessionConfig.connect.properties.authenticationMethod = u"SCRAM-SHA-256"_s;
    Broker broker(sessionConfig);
    broker.connect(limitedTo(limit));
    Auth reauth;
    reauth.reasonCode = ReasonCode::ReAuthenticate;
    reauth.properties.authenticationMethod = u"SCRAM-SHA-256"_s;
    reauth.properties.authenticationData = "client-first-message";
    reauth.properties.reasonString = u"token renewal"_s;
    reauth.properties.userProperties = { UserProperty { u"k"_s, u"v"_s } };
    const bool sent = broker.session.sendAuth(reauth, broker.now);
    QCOMPARE(sent, expected.reasonCode != 0xFF);
    const QList<Packet> packets = broker.sent();
    if (sent)
        QCOMPARE(packets, QList<Packet> { expected });
    else
        QVERIFY(packets.isEmpty());
    verifyWithinLimit(broker, limit);
    QVERIFY(broker.session.isConnected());
}

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSessionLimits::packetsTheProtocolNeeds_data()
{
    QTest::addColumn<quint32>("limit");
    QTest::addColumn<Packet>("trigger"); // from the broker; PINGREQ: let the keep-alive interval pass instead
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("disconnectFits"); // the DISCONNECT 0x83 (3 bytes) that says why

    QTest::newRow("MQTT-3.2.2-15 a PUBACK of 4 bytes over a limit of 3")
        << 3u << Packet(publishPacket(u"in"_s, 1, 7))
        << u"The broker accepts packets of at most 3 bytes, too few for the PUBACK of 4 bytes that the protocol "
           u"needs "
           "next, so the connection cannot go on."_s
        << true;
    QTest::newRow("MQTT-3.2.2-15 a PUBREL 0x92 of 5 bytes over a limit of 4")
        << 4u << Packet(ack(PacketType::PubRec, 12))
        << u"The broker accepts packets of at most 4 bytes, too few for the PUBREL of 5 bytes that the protocol "
           u"needs "
           "next, so the connection cannot go on."_s
        << true;
    QTest::newRow("MQTT-3.2.2-15 a PINGREQ of 2 bytes over a limit of 1")
        << 1u << Packet(PingReq {})
        << u"The broker accepts packets of at most 1 byte, too few for the PINGREQ of 2 bytes that the protocol "
           u"needs "
           "next, so the connection cannot go on."_s
        << false;
}

void TestMqttSessionLimits::packetsTheProtocolNeeds()
{
    QFETCH(quint32, limit);
    QFETCH(Packet, trigger);
    QFETCH(QString, text);
    QFETCH(bool, disconnectFits);

    Broker broker(config(ProtocolVersion::V5, 5));
    broker.connect(limitedTo(limit));
    if (std::holds_alternative<PingReq>(trigger))
        broker.session.tick(broker.now + 5000);
    else
        broker.feed(trigger);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::ProtocolViolation);
    QCOMPARE(events.at(0).text, text);
    QVERIFY(events.at(0).closeConnection);
    QVERIFY(broker.session.wantsClose());
    const QList<Packet> sent = broker.sent();
    if (disconnectFits)
        QCOMPARE(sent, (QList<Packet> { Disconnect { ReasonCode::ImplementationSpecificError, {} } }));
    else
        QVERIFY(sent.isEmpty());
    verifyWithinLimit(broker, limit);
}

void TestMqttSessionLimits::resendAboveNewMaximumPacketSize()
{
    // MQTT-3.2.2-15: a message that no longer fits the broker's limit after a reconnect is failed, not sent.
    Broker broker(config(ProtocolVersion::V5, 0, false));
    broker.connect();
    const Token big = broker.session.publish(publishPacket(u"big"_s, 1, 0, QByteArray(200, 'b')), broker.now);
    const Token small = broker.session.publish(publishPacket(u"small"_s, 1, 0, "s"), broker.now);
    QCOMPARE(broker.sentOf<Publish>().size(), 2);
    broker.session.connectionClosed();

    ConnAck connAck = limitedTo(100);
    connAck.sessionPresent = true;
    broker.open();
    broker.connAck(connAck);
    const QList<Publish> resent = broker.sentOf<Publish>();
    QCOMPARE(resent.size(), 1);
    QCOMPARE(resent.at(0).topic, u"small"_s);
    QVERIFY(resent.at(0).dup);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 2u);
    QCOMPARE(events.at(1).type, SessionEvent::Type::PublishFailed);
    QCOMPARE(events.at(1).token, big);
    QCOMPARE(events.at(1).reasonCode, ReasonCode::PacketTooLarge);
    QVERIFY(events.at(1).text.contains(u"at most 100 bytes"_s));
    QCOMPARE(broker.session.inFlightCount(), 1);
    broker.feed(ack(PacketType::PubAck, resent.at(0).packetId));
    QCOMPARE(broker.events().at(0).token, small);
}

void TestMqttSessionLimits::resendWithinNewReceiveMaximum()
{
    // MQTT-3.3.4-7: a resumed session sends no more unanswered QoS 1/2 PUBLISH packets than the Receive Maximum of
    // the new CONNACK, which may be lower than before; the others follow, in order and before anything new, as
    // answers free the window. An exchange at PUBREL takes its place in the window until its PUBCOMP.
    Broker broker(config(ProtocolVersion::V5, 0, false));
    broker.connect();
    QList<Token> tokens;
    for (const QString &topic : { u"m/1"_s, u"m/2"_s, u"m/3"_s, u"m/4"_s })
        tokens.append(broker.session.publish(publishPacket(topic, 1, 0, "x"), broker.now));
    const Token q2 = broker.session.publish(publishPacket(u"m/q2"_s, 2, 0, "y"), broker.now);
    const QList<Publish> first = broker.sentOf<Publish>();
    QCOMPARE(first.size(), 5);
    broker.feed(ack(PacketType::PubRec, first.at(4).packetId)); // m/q2 now waits for its PUBCOMP
    broker.sent();
    broker.session.connectionClosed();

    ConnAck connAck;
    connAck.sessionPresent = true;
    connAck.properties.receiveMaximum = 3;
    broker.open();
    const Token fresh = broker.session.publish(publishPacket(u"m/new"_s, 1, 0, "n"), broker.now);
    broker.connAck(connAck);
    QList<Packet> packets = broker.sent();
    // m/1 and m/2 again, and the PUBREL of m/q2: three in the window; m/3, m/4 and the new one wait.
    QCOMPARE(typesOf(packets), (QList<PacketType> { PacketType::Publish, PacketType::Publish, PacketType::PubRel }));
    QCOMPARE(std::get<Publish>(packets.at(0)).topic, u"m/1"_s);
    QCOMPARE(std::get<Publish>(packets.at(1)).topic, u"m/2"_s);
    QVERIFY(std::get<Publish>(packets.at(1)).dup);
    QCOMPARE(broker.session.inFlightCount(), 5);

    broker.feed(ack(PacketType::PubAck, first.at(0).packetId)); // m/1 done: m/3 goes
    packets = broker.sent();
    QCOMPARE(packets.size(), 1);
    QCOMPARE(std::get<Publish>(packets.at(0)).topic, u"m/3"_s);
    QVERIFY(std::get<Publish>(packets.at(0)).dup);
    QCOMPARE(std::get<Publish>(packets.at(0)).packetId, first.at(2).packetId);

    broker.feed(ack(PacketType::PubComp, first.at(4).packetId)); // m/q2 done: m/4 goes, before the new one
    packets = broker.sent();
    QCOMPARE(packets.size(), 1);
    QCOMPARE(std::get<Publish>(packets.at(0)).topic, u"m/4"_s);

    broker.feed(ack(PacketType::PubAck, first.at(1).packetId)); // m/2 done: now the new message
    packets = broker.sent();
    QCOMPARE(packets.size(), 1);
    const Publish &newOne = std::get<Publish>(packets.at(0));
    QCOMPARE(newOne.topic, u"m/new"_s);
    QVERIFY(!newOne.dup);

    broker.feed(ack(PacketType::PubAck, first.at(2).packetId));
    broker.feed(ack(PacketType::PubAck, first.at(3).packetId));
    broker.feed(ack(PacketType::PubAck, newOne.packetId));
    QList<Token> completed;
    for (const SessionEvent &event : broker.events()) {
        if (event.type == SessionEvent::Type::PublishCompleted)
            completed.append(event.token);
    }
    QCOMPARE(completed, (QList<Token> { tokens[0], q2, tokens[1], tokens[2], tokens[3], fresh }));
    QCOMPARE(broker.session.inFlightCount(), 0);
    QVERIFY(!broker.session.wantsClose());
}

void TestMqttSessionLimits::pubRecForAMessageNotYetResent()
{
    // A QoS 2 message held back by a lowered Receive Maximum, which the broker answers with PUBREC anyway (it had it
    // from the previous connection): it goes on with PUBREL, and its PUBLISH is never sent again, which the broker
    // would take for a new message after PUBREL.
    Broker broker(config(ProtocolVersion::V5, 0, false));
    broker.connect();
    const Token first = broker.session.publish(publishPacket(u"m/1"_s, 2, 0, "x"), broker.now);
    const Token second = broker.session.publish(publishPacket(u"m/2"_s, 2, 0, "y"), broker.now);
    const QList<Publish> sent = broker.sentOf<Publish>();
    QCOMPARE(sent.size(), 2);
    broker.session.connectionClosed();

    ConnAck connAck;
    connAck.sessionPresent = true;
    connAck.properties.receiveMaximum = 1;
    broker.open();
    broker.connAck(connAck);
    QList<Packet> packets = broker.sent();
    QCOMPARE(typesOf(packets), (QList<PacketType> { PacketType::Publish })); // m/1; m/2 waits
    QCOMPARE(std::get<Publish>(packets.at(0)).topic, u"m/1"_s);

    broker.feed(ack(PacketType::PubRec, sent.at(1).packetId)); // m/2, not sent on this connection
    packets = broker.sent();
    QCOMPARE(typesOf(packets), (QList<PacketType> { PacketType::PubRel }));
    QCOMPARE(std::get<PublishAck>(packets.at(0)).packetId, sent.at(1).packetId);

    broker.feed(ack(PacketType::PubRec, sent.at(0).packetId));
    broker.feed(ack(PacketType::PubComp, sent.at(0).packetId));
    broker.feed(ack(PacketType::PubComp, sent.at(1).packetId));
    packets = broker.sent();
    QCOMPARE(typesOf(packets), (QList<PacketType> { PacketType::PubRel })); // for m/1, and no PUBLISH of m/2
    QList<Token> completed;
    for (const SessionEvent &event : broker.events()) {
        if (event.type == SessionEvent::Type::PublishCompleted)
            completed.append(event.token);
    }
    QCOMPARE(completed, (QList<Token> { first, second }));
    QCOMPARE(broker.session.inFlightCount(), 0);
    QVERIFY(!broker.session.wantsClose());
}

QTEST_GUILESS_MAIN(TestMqttSessionLimits)
#include "tst_mqttsessionlimits.moc"
