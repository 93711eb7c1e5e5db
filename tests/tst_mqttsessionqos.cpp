// SPDX-License-Identifier: MIT
// Mqtt::Session, the QoS flows: the Receive Maximum window, completion of our QoS 0/1/2 publishes, exactly-once
// reception, and what happens to unfinished exchanges when the connection drops and the session is resumed, lost
// or discarded.

#include "codec/mqttcodec.h"
#include "codec/mqttreason.h"
#include "session/mqttsession.h"
#include "sessionharness.h"

#include <QTest>

using namespace Mqtt;
using namespace SessionTest;
using namespace Qt::StringLiterals;

class TestMqttSessionQos : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void receiveMaximumWindow();
    void receiveMaximumCountsQos2UntilPubComp();
    void publishCompletion_data();
    void publishCompletion();
    void incomingQos1_data();
    void incomingQos1();
    void incomingQos2ExactlyOnce_data();
    void incomingQos2ExactlyOnce();
    void incomingQos2AcrossReconnect_data();
    void incomingQos2AcrossReconnect();
    void resendWhenSessionPresent_data();
    void resendWhenSessionPresent();
    void republishWhenSessionLost_data();
    void republishWhenSessionLost();
    void unansweredSubscribeFailsOnClose();
    void discardSession();
};

void TestMqttSessionQos::receiveMaximumWindow()
{
    // MQTT-3.3.4-7 / MQTT-4.9.0-2: at most Receive Maximum unacknowledged QoS 1 and 2 publishes; MQTT-4.9.0-3:
    // everything else still flows.
    Broker broker(config(ProtocolVersion::V5));
    ConnAck connAck;
    connAck.properties.receiveMaximum = 2;
    broker.connect(connAck);
    QCOMPARE(broker.session.serverReceiveMaximum(), 2);

    QList<Token> tokens;
    for (const QString &topic : { u"A"_s, u"B"_s, u"C"_s, u"D"_s })
        tokens.append(broker.session.publish(publishPacket(topic, 1), broker.now));
    QList<Publish> out = broker.sentOf<Publish>();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).topic, u"A"_s);
    QCOMPARE(out.at(1).topic, u"B"_s);
    QCOMPARE(broker.session.inFlightCount(), 2);
    QCOMPARE(broker.session.queuedCount(), 2);

    broker.session.publish(publishPacket(u"qos0"_s, 0), broker.now);
    broker.session.subscribe({ Subscription { u"x"_s, {} } }, {}, broker.now);
    QCOMPARE(typesOf(broker.sent()), (QList<PacketType> { PacketType::Publish, PacketType::Subscribe }));
    QCOMPARE(broker.session.queuedCount(), 2);

    broker.feed(ack(PacketType::PubAck, out.at(1).packetId));
    out = broker.sentOf<Publish>();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).topic, u"C"_s);
    broker.feed(ack(PacketType::PubAck, out.at(0).packetId));
    out = broker.sentOf<Publish>();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).topic, u"D"_s);
    QCOMPARE(broker.session.queuedCount(), 0);
    QCOMPARE(broker.session.inFlightCount(), 2);

    QList<Token> completed;
    for (const SessionEvent &event : broker.events()) {
        if (event.type == SessionEvent::Type::PublishCompleted && tokens.contains(event.token))
            completed.append(event.token);
    }
    QCOMPARE(completed, (QList<Token> { tokens.at(1), tokens.at(2) }));
}

void TestMqttSessionQos::receiveMaximumCountsQos2UntilPubComp()
{
    Broker broker(config(ProtocolVersion::V5));
    ConnAck connAck;
    connAck.properties.receiveMaximum = 1;
    broker.connect(connAck);
    broker.session.publish(publishPacket(u"X"_s, 2), broker.now);
    broker.session.publish(publishPacket(u"Y"_s, 1), broker.now);
    const QList<Publish> first = broker.sentOf<Publish>();
    QCOMPARE(first.size(), 1);
    broker.feed(ack(PacketType::PubRec, first.at(0).packetId));
    const QList<PublishAck> rel = broker.sentOf<PublishAck>();
    QCOMPARE(rel.size(), 1);
    QCOMPARE(rel.at(0).type, PacketType::PubRel);
    QCOMPARE(broker.session.queuedCount(), 1); // MQTT-4.3.3-5: still unacknowledged until PUBCOMP
    broker.feed(ack(PacketType::PubComp, first.at(0).packetId));
    const QList<Publish> second = broker.sentOf<Publish>();
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.at(0).topic, u"Y"_s);
}

void TestMqttSessionQos::publishCompletion_data()
{
    QTest::addColumn<quint8>("qos");
    QTest::addColumn<quint8>("ackCode");
    QTest::addColumn<bool>("success");
    QTest::addColumn<QList<PacketType>>("expectedOut"); // after the PUBLISH

    QTest::newRow("MQTT-4.3.1-1 QoS 0 completes when written")
        << quint8(0) << quint8(0) << true << QList<PacketType> {};
    QTest::newRow("MQTT-4.3.2-3 QoS 1 completes on PUBACK") << quint8(1) << quint8(0) << true << QList<PacketType> {};
    QTest::newRow("3.4.2.1 PUBACK 0x10 no matching subscribers is a success")
        << quint8(1) << quint8(0x10) << true << QList<PacketType> {};
    QTest::newRow("MQTT-4.4.0-2 PUBACK 0x87 fails the message")
        << quint8(1) << quint8(0x87) << false << QList<PacketType> {};
    QTest::newRow("MQTT-4.3.3-4 QoS 2 sends PUBREL and completes on PUBCOMP")
        << quint8(2) << quint8(0) << true << QList<PacketType> { PacketType::PubRel };
    QTest::newRow("MQTT-4.4.0-2 PUBREC 0x80 fails the message without PUBREL")
        << quint8(2) << quint8(0x80) << false << QList<PacketType> {};
}

void TestMqttSessionQos::publishCompletion()
{
    QFETCH(quint8, qos);
    QFETCH(quint8, ackCode);
    QFETCH(bool, success);
    QFETCH(QList<PacketType>, expectedOut);

    Broker broker(config(ProtocolVersion::V5));
    broker.connect();
    const Token token = broker.session.publish(publishPacket(u"topic/a"_s, qos), broker.now);
    QVERIFY(token != 0);
    const QList<Publish> out = broker.sentOf<Publish>();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).dup, false); // MQTT-4.3.2-2, MQTT-4.3.3-2
    std::vector<SessionEvent> events = broker.events();
    if (qos == 0) {
        QCOMPARE(events.size(), 1u);
        QCOMPARE(events.at(0).type, SessionEvent::Type::PublishCompleted);
        QCOMPARE(events.at(0).token, token);
        return;
    }
    QVERIFY(events.empty());
    QCOMPARE(broker.session.inFlightCount(), 1);

    PublishAck first = ack(qos == 1 ? PacketType::PubAck : PacketType::PubRec, out.at(0).packetId, ackCode);
    first.properties.reasonString = u"policy says no"_s;
    broker.feed(first);
    QCOMPARE(typesOf(broker.sent()), expectedOut);
    if (qos == 2 && ackCode == 0) {
        QVERIFY(broker.events().empty());
        broker.feed(ack(PacketType::PubComp, out.at(0).packetId));
        QVERIFY(broker.sent().isEmpty());
    }
    events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, success ? SessionEvent::Type::PublishCompleted : SessionEvent::Type::PublishFailed);
    QCOMPARE(events.at(0).token, token);
    if (qos == 1)
        QCOMPARE(events.at(0).reasonCode, ackCode);
    if (!success) {
        const QString expected
            = u"The broker refused the message to \"topic/a\": %1. The broker said: \"policy says no\"."_s.arg(
                reasonCodeText(ackCode, PacketType::PubAck, ProtocolVersion::V5));
        QCOMPARE(events.at(0).text, expected);
    }
    QCOMPARE(broker.session.inFlightCount(), 0);
    QVERIFY(!broker.session.wantsClose());
}

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSessionQos::incomingQos1_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    addVersionRows("MQTT-4.3.2-4 and MQTT-4.6.0-2 PUBACK in arrival order",
        { ProtocolVersion::V31, ProtocolVersion::V311, ProtocolVersion::V5 });
}

void TestMqttSessionQos::incomingQos1()
{
    QFETCH(ProtocolVersion, version);
    Broker broker(config(version));
    broker.connect();
    broker.feed(publishPacket(u"in/1"_s, 1, 9, "nine"));
    broker.feed(publishPacket(u"in/2"_s, 1, 8, "eight"));
    const QList<PublishAck> acks = broker.sentOf<PublishAck>();
    QCOMPARE(acks.size(), 2);
    QCOMPARE(acks.at(0).type, PacketType::PubAck);
    QCOMPARE(acks.at(0).packetId, 9);
    QCOMPARE(acks.at(1).packetId, 8);
    const std::vector<Publish> messages = broker.session.takeMessages();
    QCOMPARE(messages.size(), 2u);
    QCOMPARE(messages.at(0).topic, u"in/1"_s);
    QCOMPARE(messages.at(0).payload, "nine");
    QCOMPARE(messages.at(0).qos, 1);
    QCOMPARE(messages.at(1).payload, "eight");
    // MQTT-4.3.2-5: after the PUBACK the same identifier is a new message.
    broker.feed(publishPacket(u"in/1"_s, 1, 9, "again"));
    QCOMPARE(broker.session.takeMessages().size(), 1u);
}

void TestMqttSessionQos::incomingQos2ExactlyOnce_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    addVersionRows("MQTT-4.3.3-10 a repeated QoS 2 PUBLISH is acknowledged but not delivered again",
        { ProtocolVersion::V31, ProtocolVersion::V311, ProtocolVersion::V5 });
}

void TestMqttSessionQos::incomingQos2ExactlyOnce()
{
    QFETCH(ProtocolVersion, version);
    Broker broker(config(version));
    broker.connect();

    broker.feed(publishPacket(u"q2"_s, 2, 5, "once"));
    QCOMPARE(broker.session.takeMessages().size(), 1u);
    QList<PublishAck> acks = broker.sentOf<PublishAck>();
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.at(0).type, PacketType::PubRec); // MQTT-4.3.3-8
    QCOMPARE(acks.at(0).packetId, 5);
    QCOMPARE(broker.session.incomingQos2Count(), 1);

    Publish again = publishPacket(u"q2"_s, 2, 5, "once");
    again.dup = true;
    broker.feed(again);
    QCOMPARE(broker.session.takeMessages().size(), 0u);
    acks = broker.sentOf<PublishAck>();
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.at(0).type, PacketType::PubRec);
    QCOMPARE(acks.at(0).packetId, 5);

    broker.feed(ack(PacketType::PubRel, 5));
    acks = broker.sentOf<PublishAck>();
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.at(0).type, PacketType::PubComp); // MQTT-4.3.3-11
    QCOMPARE(acks.at(0).packetId, 5);
    QCOMPARE(acks.at(0).reasonCode, ReasonCode::Success);
    QCOMPARE(broker.session.incomingQos2Count(), 0);

    broker.feed(publishPacket(u"q2"_s, 2, 5, "new")); // MQTT-4.3.3-12: a new message now
    const std::vector<Publish> messages = broker.session.takeMessages();
    QCOMPARE(messages.size(), 1u);
    QCOMPARE(messages.at(0).payload, "new");
    QVERIFY(broker.events().empty());
    QVERIFY(!broker.session.wantsClose());
}

void TestMqttSessionQos::incomingQos2AcrossReconnect_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("sessionPresent");
    QTest::addColumn<bool>("deliveredAgain");

    QTest::newRow("MQTT-4.3.3-10 identifiers awaiting PUBREL survive a resumed session (3.1.1)")
        << ProtocolVersion::V311 << true << false;
    QTest::newRow("MQTT-4.3.3-10 identifiers awaiting PUBREL survive a resumed session (5.0)")
        << ProtocolVersion::V5 << true << false;
    QTest::newRow("3.1 clean session 0 resumes the session") << ProtocolVersion::V31 << false << false;
    QTest::newRow("MQTT-3.2.2-5 a lost session forgets them (3.1.1)") << ProtocolVersion::V311 << false << true;
    QTest::newRow("MQTT-3.2.2-5 a lost session forgets them (5.0)") << ProtocolVersion::V5 << false << true;
}

void TestMqttSessionQos::incomingQos2AcrossReconnect()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, sessionPresent);
    QFETCH(bool, deliveredAgain);

    Broker broker(config(version, 0, false));
    broker.connect();
    broker.feed(publishPacket(u"q2"_s, 2, 77));
    QCOMPARE(broker.session.takeMessages().size(), 1u);
    broker.sent();
    broker.session.connectionClosed();
    QCOMPARE(broker.session.incomingQos2Count(), 1);

    ConnAck connAck;
    connAck.sessionPresent = sessionPresent;
    broker.connect(connAck);
    Publish again = publishPacket(u"q2"_s, 2, 77);
    again.dup = true;
    broker.feed(again);
    QCOMPARE(broker.session.takeMessages().size(), deliveredAgain ? 1u : 0u);
    const QList<PublishAck> acks = broker.sentOf<PublishAck>();
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.at(0).type, PacketType::PubRec);
    broker.feed(ack(PacketType::PubRel, 77));
    QCOMPARE(broker.sentOf<PublishAck>().at(0).reasonCode, ReasonCode::Success);
    QCOMPARE(broker.session.incomingQos2Count(), 0);
}

// ---------------------------------------------------------------------------------------------------------------

namespace {

struct Unfinished {
    Token a = 0; // QoS 1, no PUBACK
    Token b = 0; // QoS 2, no PUBREC
    Token c = 0; // QoS 2, PUBREC received, PUBREL sent
    Token d = 0; // QoS 1, no PUBACK
    QList<Publish> sent;
};

// Leaves four publishes unfinished and the connection closed.
Unfinished leaveUnfinished(Broker &broker)
{
    Unfinished u;
    u.a = broker.session.publish(publishPacket(u"t/a"_s, 1, 0, "A"), broker.now);
    u.b = broker.session.publish(publishPacket(u"t/b"_s, 2, 0, "B"), broker.now);
    u.c = broker.session.publish(publishPacket(u"t/c"_s, 2, 0, "C"), broker.now);
    u.d = broker.session.publish(publishPacket(u"t/d"_s, 1, 0, "D"), broker.now);
    u.sent = broker.sentOf<Publish>();
    broker.feed(ack(PacketType::PubRec, u.sent.value(2).packetId));
    broker.sent();
    broker.session.connectionClosed();
    return u;
}

} // namespace

void TestMqttSessionQos::resendWhenSessionPresent_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    addVersionRows("MQTT-4.4.0-1 and MQTT-4.6.0-1 unacknowledged PUBLISH (DUP) and PUBREL resent in order",
        { ProtocolVersion::V31, ProtocolVersion::V311, ProtocolVersion::V5 });
}

void TestMqttSessionQos::resendWhenSessionPresent()
{
    QFETCH(ProtocolVersion, version);
    Broker broker(config(version, 0, false));
    broker.connect();
    const Unfinished u = leaveUnfinished(broker);
    QCOMPARE(u.sent.size(), 4);
    QCOMPARE(broker.session.inFlightCount(), 4);

    broker.open();
    const Token e = broker.session.publish(publishPacket(u"t/e"_s, 1, 0, "E"), broker.now);
    QVERIFY(broker.sent().isEmpty());
    ConnAck connAck;
    connAck.sessionPresent = true;
    broker.connAck(connAck);

    const QList<Packet> packets = broker.sent();
    QCOMPARE(typesOf(packets),
        (QList<PacketType> {
            PacketType::Publish, PacketType::Publish, PacketType::Publish, PacketType::PubRel, PacketType::Publish }));
    const Publish &a = std::get<Publish>(packets.at(0));
    const Publish &b = std::get<Publish>(packets.at(1));
    const Publish &d = std::get<Publish>(packets.at(2));
    const PublishAck &rel = std::get<PublishAck>(packets.at(3));
    const Publish &fresh = std::get<Publish>(packets.at(4));
    QCOMPARE(a.topic, u"t/a"_s);
    QCOMPARE(a.payload, "A");
    QCOMPARE(a.packetId, u.sent.at(0).packetId);
    QVERIFY(a.dup); // MQTT-3.3.1-1
    QCOMPARE(b.topic, u"t/b"_s);
    QCOMPARE(b.packetId, u.sent.at(1).packetId);
    QCOMPARE(b.qos, 2);
    QVERIFY(b.dup);
    QCOMPARE(d.topic, u"t/d"_s);
    QVERIFY(d.dup);
    QCOMPARE(rel.packetId, u.sent.at(2).packetId); // MQTT-4.3.3-6: PUBREL, never the PUBLISH again
    QCOMPARE(fresh.topic, u"t/e"_s);
    QVERIFY(!fresh.dup);
    QVERIFY(fresh.packetId != a.packetId && fresh.packetId != b.packetId && fresh.packetId != d.packetId
        && fresh.packetId != rel.packetId);

    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::Connected);
    QVERIFY(events.at(0).connAck.sessionPresent); // as it applies: 3.1 has no flag, clean session 0 resumes

    // The resent exchanges finish normally.
    broker.feed(ack(PacketType::PubAck, a.packetId));
    broker.feed(ack(PacketType::PubComp, rel.packetId));
    broker.feed(ack(PacketType::PubRec, b.packetId));
    broker.feed(ack(PacketType::PubComp, b.packetId));
    broker.feed(ack(PacketType::PubAck, d.packetId));
    broker.feed(ack(PacketType::PubAck, fresh.packetId));
    QList<Token> completed;
    for (const SessionEvent &event : broker.events()) {
        QCOMPARE(event.type, SessionEvent::Type::PublishCompleted);
        completed.append(event.token);
    }
    QCOMPARE(completed, (QList<Token> { u.a, u.c, u.b, u.d, e }));
    QCOMPARE(broker.session.inFlightCount(), 0);
    QVERIFY(!broker.session.wantsClose());
}

void TestMqttSessionQos::republishWhenSessionLost_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("cleanStart");
    QTest::newRow("MQTT-3.2.2-5 session lost: QoS 1 published again, QoS 2 fails (3.1.1)")
        << ProtocolVersion::V311 << false;
    QTest::newRow("MQTT-3.2.2-5 session lost: QoS 1 published again, QoS 2 fails (5.0)")
        << ProtocolVersion::V5 << false;
    QTest::newRow("MQTT-3.1.2-4 clean start: QoS 1 published again, QoS 2 fails (5.0)") << ProtocolVersion::V5 << true;
    QTest::newRow("3.1 clean session 1: QoS 1 published again, QoS 2 fails") << ProtocolVersion::V31 << true;
}

void TestMqttSessionQos::republishWhenSessionLost()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, cleanStart);
    Broker broker(config(version, 0, cleanStart));
    broker.connect();
    const Unfinished u = leaveUnfinished(broker);

    broker.open();
    broker.connAck(); // Session Present 0
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 4u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::Connected);
    QVERIFY(!events.at(0).connAck.sessionPresent);
    QCOMPARE(events.at(1).type, SessionEvent::Type::SubscriptionsLost);
    QCOMPARE(events.at(1).text, u"The broker did not keep the session, so the subscriptions must be made again."_s);

    // QoS 2 promised exactly once, which neither sending again nor not sending can keep now: both fail and say
    // why, in resend order. The PUBREC'd message was the broker's to deliver; it is not reported as delivered.
    QCOMPARE(events.at(2).type, SessionEvent::Type::PublishFailed);
    QCOMPARE(events.at(2).token, u.b);
    QCOMPARE(events.at(3).type, SessionEvent::Type::PublishFailed);
    QCOMPARE(events.at(3).token, u.c);
    if (cleanStart) {
        QCOMPARE(events.at(2).text,
            u"The connection ended before the broker acknowledged the QoS 2 message to \"t/b\" and the new "
            "connection started a clean session, so it is unknown whether the broker received it. It was not sent "
            "again, because that could deliver it twice; publish it again if it must arrive."_s);
        QCOMPARE(events.at(3).text,
            u"The broker had received the QoS 2 message to \"t/c\", but the connection ended before the exchange "
            "completed and the new connection started a clean session, so it is unknown whether the message was "
            "delivered; publish it again if it must arrive."_s);
    } else {
        QCOMPARE(events.at(2).text,
            u"The broker did not keep the session, so it is unknown whether it received the QoS 2 message to "
            "\"t/b\". It was not sent again, because that could deliver it twice; publish it again if it must "
            "arrive."_s);
        QCOMPARE(events.at(3).text,
            u"The broker had received the QoS 2 message to \"t/c\" but did not keep the session, so it is unknown "
            "whether the message was delivered; publish it again if it must arrive."_s);
    }
    QCOMPARE(events.at(2).reasonCode, ReasonCode::UnspecifiedError);

    // QoS 1 (at least once) goes out again as new messages, in the original order.
    const QList<Packet> packets = broker.sent();
    QCOMPARE(typesOf(packets), (QList<PacketType> { PacketType::Publish, PacketType::Publish }));
    QStringList topics;
    for (const Packet &packet : packets) {
        const Publish &publish = std::get<Publish>(packet);
        topics.append(publish.topic);
        QVERIFY(!publish.dup);
        QCOMPARE(publish.qos, 1);
        QVERIFY(publish.packetId != 0);
    }
    QCOMPARE(topics, (QStringList { u"t/a"_s, u"t/d"_s }));
    QCOMPARE(broker.session.inFlightCount(), 2);
    QCOMPARE(broker.session.incomingQos2Count(), 0);

    const Publish a = std::get<Publish>(packets.at(0));
    broker.feed(ack(PacketType::PubAck, a.packetId));
    const std::vector<SessionEvent> done = broker.events();
    QCOMPARE(done.size(), 1u);
    QCOMPARE(done.at(0).type, SessionEvent::Type::PublishCompleted);
    QCOMPARE(done.at(0).token, u.a);
}

void TestMqttSessionQos::unansweredSubscribeFailsOnClose()
{
    Broker broker(config(ProtocolVersion::V311));
    broker.connect();
    const Token sub = broker.session.subscribe({ Subscription { u"a/#"_s, {} } }, {}, broker.now);
    const Token unsub = broker.session.unsubscribe({ u"b"_s }, {}, broker.now);
    QCOMPARE(broker.sent().size(), 2);
    broker.session.connectionClosed();
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 2u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::SubscribeFailed);
    QCOMPARE(events.at(0).token, sub);
    QCOMPARE(events.at(1).type, SessionEvent::Type::UnsubscribeFailed);
    QCOMPARE(events.at(1).token, unsub);
    QCOMPARE(events.at(0).text, u"The connection closed before the broker answered the request."_s);
    // Their identifiers are free again: a new connection starts with no request pending.
    broker.connect();
    broker.feed(SubAck { 1, { 0 }, {} });
    QVERIFY(broker.session.wantsClose()); // a SUBACK for the old request is now unknown
}

void TestMqttSessionQos::discardSession()
{
    Broker broker(config(ProtocolVersion::V5, 0, false));
    broker.connect();
    const Unfinished u = leaveUnfinished(broker);
    const Token queued = broker.session.publish(publishPacket(u"later"_s, 1), broker.now);
    broker.session.discardSession();
    QList<Token> failed;
    for (const SessionEvent &event : broker.events()) {
        QCOMPARE(event.type, SessionEvent::Type::PublishFailed);
        QVERIFY(!event.text.isEmpty());
        failed.append(event.token);
    }
    QCOMPARE(failed, (QList<Token> { u.a, u.b, u.d, u.c, queued })); // in resend order, then the queue
    QCOMPARE(broker.session.inFlightCount(), 0);
    QCOMPARE(broker.session.queuedCount(), 0);
    ConnAck connAck;
    connAck.sessionPresent = true;
    broker.connect(connAck);
    QVERIFY(broker.sent().isEmpty()); // nothing left to resend
}

QTEST_GUILESS_MAIN(TestMqttSessionQos)
#include "tst_mqttsessionqos.moc"
