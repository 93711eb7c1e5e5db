// SPDX-License-Identifier: MIT
// Mqtt::Session, the normal flows: packet identifiers, CONNECT contents, requests before CONNACK, keep-alive, topic
// aliases, subscription identifiers, SUBACK results, AUTH, DISCONNECT both ways, framing and traffic tracing. The
// QoS flows are in tst_mqttsessionqos.cpp, errors and protocol violations in tst_mqttsessionerrors.cpp.

#include "codec/mqttcodec.h"
#include "codec/mqttreason.h"
#include "common/translations.h"
#include "session/mqttpacketidpool.h"
#include "session/mqttsession.h"
#include "sessionharness.h"

#include <QTest>

using namespace Mqtt;
using namespace SessionTest;
using namespace Qt::StringLiterals;

class TestMqttSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); } // "1 byte", "2 bytes"
    void packetIdPool_data();
    void packetIdPool();
    void sessionUsesFreeIdentifiers();
    void connectCarriesConfiguration_data();
    void connectCarriesConfiguration();
    void requestsWaitForConnAck_data();
    void requestsWaitForConnAck();
    void keepAliveInterval_data();
    void keepAliveInterval();
    void keepAliveTimeout_data();
    void keepAliveTimeout();
    void keepAliveOtherTrafficCounts();
    void assignedClientIdentifier();
    void inboundTopicAliases();
    void outboundTopicAliases();
    void chosenTopicAliases();
    void chosenAliasTakesOverAnAutomaticOne();
    void subscriptionIdentifiers();
    void subackResults();
    void enhancedAuthentication();
    void serverDisconnect();
    void clientDisconnect_data();
    void clientDisconnect();
    void bytesInAnySplit();
    void trafficTracing();
};

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSession::packetIdPool_data()
{
    QTest::addColumn<QList<int>>("reserved");
    QTest::addColumn<int>("allocateFirst");
    QTest::addColumn<QList<int>>("released");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("MQTT-2.2.1-3 starts at 1") << QList<int> {} << 0 << QList<int> {} << QList<int> { 1, 2, 3 };
    QTest::newRow("MQTT-2.2.1-3 skips identifiers in use")
        << QList<int> { 2, 3, 5 } << 0 << QList<int> {} << QList<int> { 1, 4, 6 };
    QTest::newRow("MQTT-2.2.1-3 a freed identifier is not reused at once")
        << QList<int> {} << 3 << QList<int> { 2 } << QList<int> { 4, 5 };
    QTest::newRow("MQTT-2.2.1-3 wraps from 65535 to the first free")
        << QList<int> {} << 65535 << QList<int> { 7, 3 } << QList<int> { 3, 7, 0 };
    QTest::newRow("MQTT-2.2.1-3 none free gives 0") << QList<int> {} << 65535 << QList<int> {} << QList<int> { 0 };
}

void TestMqttSession::packetIdPool()
{
    QFETCH(QList<int>, reserved);
    QFETCH(int, allocateFirst);
    QFETCH(QList<int>, released);
    QFETCH(QList<int>, expected);

    PacketIdPool pool;
    for (int id : reserved)
        QVERIFY(pool.reserve(quint16(id)));
    for (int i = 0; i < allocateFirst; ++i)
        QCOMPARE_NE(pool.allocate(), 0);
    for (int id : released)
        pool.release(quint16(id));
    QList<int> got;
    for (qsizetype i = 0; i < expected.size(); ++i)
        got.append(pool.allocate());
    QCOMPARE(got, expected);
    QVERIFY(!pool.isInUse(0));
}

void TestMqttSession::sessionUsesFreeIdentifiers()
{
    Broker broker(config(ProtocolVersion::V5));
    broker.connect();
    for (int i = 0; i < 3; ++i)
        broker.session.publish(publishPacket(u"a"_s, 1), broker.now);
    QCOMPARE(idsOf(broker.sentOf<Publish>()), (QList<quint16> { 1, 2, 3 }));
    broker.feed(ack(PacketType::PubAck, 2));
    broker.session.subscribe({ Subscription { u"s/#"_s, {} } }, {}, broker.now);
    broker.session.publish(publishPacket(u"a"_s, 2), broker.now);
    const QList<Packet> packets = broker.sent();
    QCOMPARE(packets.size(), 2);
    QCOMPARE(std::get<Subscribe>(packets.at(0)).packetId, 4); // MQTT-2.2.1-3: unused, shared by all requests
    QCOMPARE(std::get<Publish>(packets.at(1)).packetId, 5);
    QCOMPARE(broker.session.inFlightCount(), 3);
}

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSession::connectCarriesConfiguration_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    addVersionRows("MQTT-3.1.3-1 CONNECT carries will, credentials and limits",
        { ProtocolVersion::V31, ProtocolVersion::V311, ProtocolVersion::V5 });
}

void TestMqttSession::connectCarriesConfiguration()
{
    QFETCH(ProtocolVersion, version);
    SessionConfig sessionConfig = config(version, 30, false);
    sessionConfig.connect.userName = u"user"_s;
    sessionConfig.connect.password = "secret";
    Will will;
    will.topic = u"status/canopy"_s;
    will.payload = "gone";
    will.qos = 1;
    will.retain = true;
    will.properties.willDelayInterval = 15;
    will.properties.messageExpiryInterval = 600;
    will.properties.contentType = u"text/plain"_s;
    sessionConfig.connect.will = will;
    sessionConfig.connect.properties.sessionExpiryInterval = 3600;
    sessionConfig.receiveMaximum = 20;
    sessionConfig.maximumPacketSize = 4096;
    sessionConfig.topicAliasMaximum = 8;

    Broker broker(sessionConfig);
    const Connect connect = broker.open();
    QCOMPARE(connect.version, version);
    QCOMPARE(connect.clientId, u"canopy-test"_s);
    QCOMPARE(connect.cleanStart, false);
    QCOMPARE(connect.keepAliveSeconds, 30);
    QCOMPARE(connect.userName, std::optional<QString>(u"user"_s));
    QCOMPARE(connect.password, std::optional<QByteArray>("secret"));
    QVERIFY(connect.will);
    QCOMPARE(connect.will->topic, will.topic);
    QCOMPARE(connect.will->payload, will.payload);
    QCOMPARE(connect.will->qos, 1);
    QCOMPARE(connect.will->retain, true);
    if (version == ProtocolVersion::V5) {
        QCOMPARE(connect.will->properties, will.properties);
        QCOMPARE(connect.properties.sessionExpiryInterval, std::optional<quint32>(3600));
        QCOMPARE(connect.properties.receiveMaximum, std::optional<quint16>(20));
        QCOMPARE(connect.properties.maximumPacketSize, std::optional<quint32>(4096));
        QCOMPARE(connect.properties.topicAliasMaximum, std::optional<quint16>(8));
    } else {
        QVERIFY(connect.will->properties.isEmpty());
        QVERIFY(connect.properties.isEmpty());
    }
}

void TestMqttSession::requestsWaitForConnAck_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    addVersionRows("MQTT-3.2.0-1 requests made before CONNACK go out after it, in order");
}

void TestMqttSession::requestsWaitForConnAck()
{
    QFETCH(ProtocolVersion, version);
    Broker broker(config(version));
    broker.session.publish(publishPacket(u"early"_s, 0), broker.now); // before the connection even opens
    broker.open();
    broker.session.publish(publishPacket(u"a"_s, 1), broker.now);
    broker.session.subscribe({ Subscription { u"s/+"_s, {} } }, {}, broker.now);
    broker.session.unsubscribe({ u"old/#"_s }, {}, broker.now);
    broker.session.publish(publishPacket(u"b"_s, 2), broker.now);
    QVERIFY(broker.sent().isEmpty());
    QCOMPARE(broker.session.queuedCount(), 5);
    QVERIFY(broker.events().empty());

    broker.connAck();
    const QList<Packet> packets = broker.sent();
    QCOMPARE(typesOf(packets),
        (QList<PacketType> { PacketType::Publish, PacketType::Publish, PacketType::Subscribe, PacketType::Unsubscribe,
            PacketType::Publish }));
    QCOMPARE(std::get<Publish>(packets.at(0)).topic, u"early"_s);
    QCOMPARE(std::get<Publish>(packets.at(1)).topic, u"a"_s);
    QCOMPARE(std::get<Publish>(packets.at(4)).topic, u"b"_s);
    QCOMPARE(broker.session.queuedCount(), 0);
    QCOMPARE(broker.eventTypes(),
        (QList<SessionEvent::Type> { SessionEvent::Type::Connected, SessionEvent::Type::PublishCompleted }));
}

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSession::keepAliveInterval_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("keepAlive");
    QTest::addColumn<int>("serverKeepAlive"); // -1: not sent
    QTest::addColumn<qint64>("intervalMs"); // -1: no pings

    QTest::newRow("MQTT-3.1.2-20 PINGREQ after keep alive idle (3.1.1)")
        << ProtocolVersion::V311 << 10 << -1 << qint64(10000);
    QTest::newRow("MQTT-3.1.2-20 PINGREQ after keep alive idle (5.0)")
        << ProtocolVersion::V5 << 10 << -1 << qint64(10000);
    QTest::newRow("MQTT-3.2.2-21 Server Keep Alive replaces ours") << ProtocolVersion::V5 << 60 << 5 << qint64(5000);
    QTest::newRow("3.1.2.10 keep alive 0 sends no PINGREQ") << ProtocolVersion::V311 << 0 << -1 << qint64(-1);
    QTest::newRow("MQTT-3.2.2-21 Server Keep Alive 0 turns pings off") << ProtocolVersion::V5 << 60 << 0 << qint64(-1);
}

void TestMqttSession::keepAliveInterval()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, keepAlive);
    QFETCH(int, serverKeepAlive);
    QFETCH(qint64, intervalMs);

    Broker broker(config(version, quint16(keepAlive)));
    QCOMPARE(broker.session.nextDeadline(), -1);
    broker.open();
    QCOMPARE(broker.session.nextDeadline(), -1); // not before CONNACK
    ConnAck connAck;
    if (serverKeepAlive >= 0)
        connAck.properties.serverKeepAlive = quint16(serverKeepAlive);
    broker.connAck(connAck);
    const qint64 start = broker.now;
    if (intervalMs < 0) {
        QCOMPARE(broker.session.nextDeadline(), -1);
        broker.session.tick(start + 3600 * 1000);
        QVERIFY(broker.sent().isEmpty());
        QVERIFY(!broker.session.wantsClose());
        return;
    }
    QCOMPARE(broker.session.keepAliveSeconds(), intervalMs / 1000);
    QCOMPARE(broker.session.nextDeadline(), start + intervalMs);
    broker.session.tick(start + intervalMs - 1);
    QVERIFY(broker.sent().isEmpty());
    broker.session.tick(start + intervalMs);
    QCOMPARE(typesOf(broker.sent()), QList<PacketType> { PacketType::PingReq });
    broker.now = start + intervalMs + 20;
    broker.feed(PingResp {});
    QCOMPARE(broker.session.nextDeadline(), start + 2 * intervalMs); // counted from the PINGREQ sent

    // Anything sent restarts the count.
    broker.now = start + intervalMs + 1000;
    broker.session.publish(publishPacket(u"t"_s, 0), broker.now);
    broker.sent();
    broker.events();
    QCOMPARE(broker.session.nextDeadline(), broker.now + intervalMs);
    broker.session.tick(broker.now + intervalMs - 1);
    QVERIFY(broker.sent().isEmpty());
    QVERIFY(broker.events().empty());
}

void TestMqttSession::keepAliveTimeout_data()
{
    QTest::addColumn<int>("keepAlive");
    QTest::addColumn<qint64>("graceMs");
    QTest::newRow("MQTT-3.1.2-20 no PINGRESP within 5 s after a 10 s keep alive") << 10 << qint64(5000);
    QTest::newRow("MQTT-3.1.2-20 no PINGRESP within half of a 60 s keep alive") << 60 << qint64(30000);
    QTest::newRow("MQTT-3.1.2-20 at least 5 s for a 1 s keep alive") << 1 << qint64(5000);
}

void TestMqttSession::keepAliveTimeout()
{
    QFETCH(int, keepAlive);
    QFETCH(qint64, graceMs);
    Broker broker(config(ProtocolVersion::V311, quint16(keepAlive)));
    broker.connect();
    const qint64 pingAt = broker.now + keepAlive * 1000;
    broker.session.tick(pingAt);
    QCOMPARE(typesOf(broker.sent()), QList<PacketType> { PacketType::PingReq });
    QCOMPARE(broker.session.nextDeadline(), pingAt + graceMs);
    broker.session.tick(pingAt + graceMs - 1);
    QVERIFY(broker.events().empty());
    QVERIFY(!broker.session.wantsClose());
    broker.session.tick(pingAt + graceMs);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::KeepAliveTimeout);
    QVERIFY(events.at(0).closeConnection);
    QCOMPARE(events.at(0).text,
        u"The broker did not answer the keep-alive ping within %1 seconds, so the connection is considered lost."_s.arg(
            graceMs / 1000));
    QVERIFY(broker.session.wantsClose());
    QVERIFY(!broker.session.isConnected());
    QCOMPARE(broker.session.nextDeadline(), -1);
    QVERIFY(broker.sent().isEmpty()); // 3.1.1: just close
}

void TestMqttSession::keepAliveOtherTrafficCounts()
{
    // A PINGRESP stuck behind a flood of messages is no reason to drop a connection that is clearly alive.
    Broker broker(config(ProtocolVersion::V5, 10));
    broker.connect();
    const qint64 pingAt = broker.now + 10000;
    broker.session.tick(pingAt);
    QCOMPARE(typesOf(broker.sent()), QList<PacketType> { PacketType::PingReq });
    broker.now = pingAt + 100;
    broker.feed(publishPacket(u"flood"_s, 0));
    broker.session.tick(pingAt + 5000);
    QVERIFY(broker.events().empty());
    QVERIFY(!broker.session.wantsClose());
    QCOMPARE(broker.session.nextDeadline(), pingAt + 10000);
}

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSession::assignedClientIdentifier()
{
    SessionConfig sessionConfig = config(ProtocolVersion::V5, 0, false);
    sessionConfig.connect.clientId.clear();
    Broker broker(sessionConfig);
    QVERIFY(broker.open().clientId.isEmpty());
    ConnAck connAck;
    connAck.properties.assignedClientIdentifier = u"auto-4711"_s;
    broker.connAck(connAck);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.at(0).type, SessionEvent::Type::Connected);
    QCOMPARE(events.at(0).properties.assignedClientIdentifier, std::optional<QString>(u"auto-4711"_s));
    QCOMPARE(broker.session.assignedClientIdentifier(), u"auto-4711"_s);
    // MQTT-3.1.3-7: the assigned identifier names the session, so resuming it needs that identifier.
    broker.session.connectionClosed();
    QCOMPARE(broker.open().clientId, u"auto-4711"_s);
}

void TestMqttSession::inboundTopicAliases()
{
    SessionConfig sessionConfig = config(ProtocolVersion::V5);
    sessionConfig.topicAliasMaximum = 3;
    Broker broker(sessionConfig);
    broker.connect();

    auto aliased = [](const QString &topic, quint16 alias, QByteArray payload) {
        Publish publish = publishPacket(topic, 0, 0, std::move(payload));
        publish.properties.topicAlias = alias;
        return publish;
    };
    broker.feed(aliased(u"sensors/1"_s, 1, "a")); // MQTT-3.3.2-10: alias 1..maximum accepted
    broker.feed(aliased(QString(), 1, "b"));
    broker.feed(aliased(u"sensors/3"_s, 3, "c"));
    broker.feed(aliased(u"sensors/2"_s, 1, "d")); // remapped
    broker.feed(aliased(QString(), 1, "e"));
    broker.feed(aliased(QString(), 3, "f"));
    const std::vector<Publish> messages = broker.session.takeMessages();
    QStringList topics;
    for (const Publish &message : messages) {
        topics.append(message.topic);
        QVERIFY(!message.properties.topicAlias); // resolved: the alias is a detail of the connection
    }
    QCOMPARE(topics,
        (QStringList {
            u"sensors/1"_s, u"sensors/1"_s, u"sensors/3"_s, u"sensors/2"_s, u"sensors/2"_s, u"sensors/3"_s }));
    QVERIFY(!broker.session.wantsClose());
}

void TestMqttSession::outboundTopicAliases()
{
    SessionConfig sessionConfig = config(ProtocolVersion::V5);
    sessionConfig.outboundTopicAliases = true;
    Broker broker(sessionConfig);
    broker.decoder.setTopicAliasMaximum(2);
    ConnAck connAck;
    connAck.properties.topicAliasMaximum = 2;
    broker.connect(connAck);
    QCOMPARE(broker.session.serverTopicAliasMaximum(), 2);

    for (const QString &topic : { u"a/1"_s, u"a/1"_s, u"a/2"_s, u"a/3"_s, u"a/2"_s })
        broker.session.publish(publishPacket(topic, 0), broker.now);
    const QList<Publish> out = broker.sentOf<Publish>();
    QCOMPARE(out.size(), 5);
    QCOMPARE(out.at(0).topic, u"a/1"_s);
    QCOMPARE(out.at(0).properties.topicAlias, std::optional<quint16>(1));
    QCOMPARE(out.at(1).topic, QString());
    QCOMPARE(out.at(1).properties.topicAlias, std::optional<quint16>(1));
    QCOMPARE(out.at(2).topic, u"a/2"_s);
    QCOMPARE(out.at(2).properties.topicAlias, std::optional<quint16>(2));
    QCOMPARE(out.at(3).topic, u"a/3"_s); // MQTT-3.2.2-17: no alias above the broker's maximum
    QVERIFY(!out.at(3).properties.topicAlias);
    QCOMPARE(out.at(4).topic, QString());
    QCOMPARE(out.at(4).properties.topicAlias, std::optional<quint16>(2));

    // MQTT-3.3.2-7: a new connection starts without aliases.
    broker.session.connectionClosed();
    broker.connect(connAck);
    broker.session.publish(publishPacket(u"a/2"_s, 0), broker.now);
    const QList<Publish> again = broker.sentOf<Publish>();
    QCOMPARE(again.at(0).topic, u"a/2"_s);
    QCOMPARE(again.at(0).properties.topicAlias, std::optional<quint16>(1));

    // MQTT-3.2.2-18: no Topic Alias Maximum from the broker, no aliases.
    broker.session.connectionClosed();
    broker.connect();
    broker.session.publish(publishPacket(u"a/2"_s, 0), broker.now);
    const QList<Publish> plain = broker.sentOf<Publish>();
    QCOMPARE(plain.at(0).topic, u"a/2"_s);
    QVERIFY(!plain.at(0).properties.topicAlias);
}

void TestMqttSession::chosenTopicAliases()
{
    // A publish panel may choose the alias itself (MQTT 5.0 3.3.2.3.4).
    const auto aliased = [](const QString &topic, quint16 alias) {
        Publish publish = publishPacket(topic, 0);
        publish.properties.topicAlias = alias;
        return publish;
    };
    Broker broker(config(ProtocolVersion::V5, 0, false)); // a kept session: the QoS 1 resend below
    broker.decoder.setTopicAliasMaximum(4);
    ConnAck connAck;
    connAck.properties.topicAliasMaximum = 4;
    broker.connect(connAck);
    // MQTT-3.3.2-12: sent with the topic, the alias binds; then it stands alone; sent with another topic, it rebinds.
    for (const Publish &publish : { aliased(u"a/1"_s, 2), aliased(u"a/1"_s, 2), aliased(u"a/2"_s, 2),
             aliased(u"a/2"_s, 2), aliased(u"a/1"_s, 2) })
        broker.session.publish(publish, broker.now);
    QList<Publish> out = broker.sentOf<Publish>();
    QCOMPARE(out.size(), 5);
    const QStringList topics { u"a/1"_s, QString(), u"a/2"_s, QString(), u"a/1"_s };
    for (qsizetype i = 0; i < out.size(); ++i) {
        QCOMPARE(out.at(i).topic, topics.at(i));
        QCOMPARE(out.at(i).properties.topicAlias, std::optional<quint16>(2));
    }
    QCOMPARE(broker.eventTypes(), QList<SessionEvent::Type>(5, SessionEvent::Type::PublishCompleted));

    // MQTT-3.3.2-9: an alias above the broker's Topic Alias Maximum, or 0, is refused before sending.
    for (const quint16 alias : { quint16(5), quint16(0) }) {
        broker.session.publish(aliased(u"a/1"_s, alias), broker.now);
        QVERIFY(broker.sentOf<Publish>().isEmpty());
        const std::vector<SessionEvent> events = broker.events();
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events.front().type, SessionEvent::Type::PublishFailed);
        QCOMPARE(events.front().reasonCode, quint8(ReasonCode::TopicAliasInvalid));
        QCOMPARE(events.front().text,
            alias == 0
                ? u"Topic alias 0 does not exist; topic aliases start at 1 [MQTT-3.3.2-8]."_s
                : u"The broker accepts topic aliases 1 to 4, so the message with topic alias %1 was not sent."_s.arg(
                    alias));
    }

    // MQTT-3.3.2-7: a new connection binds again, with the topic; a QoS 1 resend too.
    broker.session.connectionClosed();
    broker.connect(connAck);
    Publish qos1 = aliased(u"a/1"_s, 2);
    qos1.qos = 1;
    broker.session.publish(qos1, broker.now);
    QCOMPARE(broker.sentOf<Publish>().constFirst().topic, u"a/1"_s);
    broker.session.connectionClosed();
    ConnAck resumed = connAck;
    resumed.sessionPresent = true;
    broker.open();
    broker.connAck(resumed);
    out = broker.sentOf<Publish>();
    QCOMPARE(out.size(), 1);
    QVERIFY(out.constFirst().dup);
    QCOMPARE(out.constFirst().topic, u"a/1"_s);
    QCOMPARE(out.constFirst().properties.topicAlias, std::optional<quint16>(2));
}

void TestMqttSession::chosenAliasTakesOverAnAutomaticOne()
{
    SessionConfig sessionConfig = config(ProtocolVersion::V5);
    sessionConfig.outboundTopicAliases = true;
    Broker broker(sessionConfig);
    broker.decoder.setTopicAliasMaximum(4);
    ConnAck connAck;
    connAck.properties.topicAliasMaximum = 4;
    broker.connect(connAck);
    broker.session.publish(publishPacket(u"b/1"_s, 0), broker.now); // automatic alias 1
    Publish chosen = publishPacket(u"c/1"_s, 0);
    chosen.properties.topicAlias = 1; // now means c/1 at the broker
    broker.session.publish(chosen, broker.now);
    broker.session.publish(publishPacket(u"b/1"_s, 0), broker.now); // must not send alias 1 alone
    const QList<Publish> out = broker.sentOf<Publish>();
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0).topic, u"b/1"_s);
    QCOMPARE(out.at(0).properties.topicAlias, std::optional<quint16>(1));
    QCOMPARE(out.at(1).topic, u"c/1"_s);
    QCOMPARE(out.at(1).properties.topicAlias, std::optional<quint16>(1));
    // b/1 lost alias 1 to the caller's choice: it goes with its topic again, bound to a free alias.
    QCOMPARE(out.at(2).topic, u"b/1"_s);
    QCOMPARE(out.at(2).properties.topicAlias, std::optional<quint16>(2));
}

void TestMqttSession::subscriptionIdentifiers()
{
    Broker broker(config(ProtocolVersion::V5));
    broker.connect();
    Properties properties;
    properties.subscriptionIdentifiers = { 42 };
    SubscriptionOptions options;
    options.maximumQoS = 1;
    options.noLocal = true;
    options.retainHandling = 2;
    broker.session.subscribe({ Subscription { u"home/#"_s, options } }, properties, broker.now);
    const QList<Subscribe> subscribes = broker.sentOf<Subscribe>();
    QCOMPARE(subscribes.size(), 1);
    QCOMPARE(subscribes.at(0).properties.subscriptionIdentifiers, QList<quint32> { 42 });
    QCOMPARE(subscribes.at(0).subscriptions.at(0).options, options);

    Publish publish = publishPacket(u"home/kitchen"_s, 0);
    publish.properties.subscriptionIdentifiers = { 42, 7 };
    broker.feed(publish);
    const std::vector<Publish> messages = broker.session.takeMessages();
    QCOMPARE(messages.size(), 1u);
    QCOMPARE(messages.at(0).properties.subscriptionIdentifiers, (QList<quint32> { 42, 7 }));

    // MQTT-3.3.4-6: our own PUBLISH never carries one.
    Publish mine = publishPacket(u"home/out"_s, 0);
    mine.properties.subscriptionIdentifiers = { 9 };
    broker.session.publish(mine, broker.now);
    QVERIFY(broker.sentOf<Publish>().at(0).properties.subscriptionIdentifiers.isEmpty());
}

void TestMqttSession::subackResults()
{
    Broker broker(config(ProtocolVersion::V5));
    broker.connect();
    const Token token
        = broker.session.subscribe({ Subscription { u"a"_s, {} }, Subscription { u"b/#"_s, {} } }, {}, broker.now);
    const Subscribe subscribe = broker.sentOf<Subscribe>().at(0);
    SubAck subAck;
    subAck.packetId = subscribe.packetId;
    subAck.reasonCodes = { 0x01, 0x87 };
    subAck.properties.reasonString = u"acl"_s;
    broker.feed(subAck);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::SubscribeCompleted);
    QCOMPARE(events.at(0).token, token);
    QCOMPARE(events.at(0).reasonCodes, (QList<quint8> { 0x01, 0x87 }));
    QCOMPARE(events.at(0).reasonCode, 0x87);
    QCOMPARE(events.at(0).text,
        u"The broker refused the subscription to \"b/#\": not authorized. The broker said: \"acl\"."_s);

    const Token unsub = broker.session.unsubscribe({ u"a"_s, u"zzz"_s }, {}, broker.now);
    UnsubAck unsubAck;
    unsubAck.packetId = broker.sentOf<Unsubscribe>().at(0).packetId;
    unsubAck.reasonCodes = { 0x00, 0x11 };
    broker.feed(unsubAck);
    const std::vector<SessionEvent> more = broker.events();
    QCOMPARE(more.size(), 1u);
    QCOMPARE(more.at(0).type, SessionEvent::Type::UnsubscribeCompleted);
    QCOMPARE(more.at(0).token, unsub);
    QCOMPARE(more.at(0).reasonCodes, (QList<quint8> { 0x00, 0x11 }));
    QVERIFY(more.at(0).text.isEmpty());
}

void TestMqttSession::enhancedAuthentication()
{
    SessionConfig sessionConfig = config(ProtocolVersion::V5);
    sessionConfig.connect.properties.authenticationMethod = u"SCRAM-SHA-256"_s;
    sessionConfig.connect.properties.authenticationData = "client-first";
    Broker broker(sessionConfig);
    const Connect connect = broker.open();
    QCOMPARE(connect.properties.authenticationMethod, std::optional<QString>(u"SCRAM-SHA-256"_s));

    Auth challenge;
    challenge.reasonCode = ReasonCode::ContinueAuthentication;
    challenge.properties.authenticationMethod = u"SCRAM-SHA-256"_s;
    challenge.properties.authenticationData = "server-first";
    broker.feed(challenge); // allowed before CONNACK
    std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::AuthReceived);
    QCOMPARE(events.at(0).reasonCode, ReasonCode::ContinueAuthentication);
    QCOMPARE(events.at(0).properties.authenticationData, std::optional<QByteArray>("server-first"));

    Auth response;
    response.reasonCode = ReasonCode::ContinueAuthentication;
    response.properties.authenticationMethod = u"SCRAM-SHA-256"_s;
    response.properties.authenticationData = "client-final";
    QVERIFY(broker.session.sendAuth(response, broker.now));
    const QList<Auth> sent = broker.sentOf<Auth>();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0), response);

    broker.connAck();
    QCOMPARE(broker.eventTypes(), QList<SessionEvent::Type> { SessionEvent::Type::Connected });

    // 4.12.1: re-authentication after CONNACK, started by either side.
    Auth reauth;
    reauth.reasonCode = ReasonCode::ReAuthenticate;
    reauth.properties.authenticationMethod = u"SCRAM-SHA-256"_s;
    QVERIFY(broker.session.sendAuth(reauth, broker.now));
    QCOMPARE(broker.sentOf<Auth>(), QList<Auth> { reauth });
    broker.feed(challenge);
    QCOMPARE(broker.eventTypes(), QList<SessionEvent::Type> { SessionEvent::Type::AuthReceived });
    QVERIFY(broker.session.isConnected());

    // MQTT-4.12.0-7: no AUTH without an Authentication Method in CONNECT.
    Broker plain(config(ProtocolVersion::V5));
    plain.connect();
    QVERIFY(!plain.session.sendAuth(reauth, plain.now));
    QVERIFY(plain.sent().isEmpty());

    Broker old(config(ProtocolVersion::V311));
    old.connect();
    QVERIFY(!old.session.sendAuth(response, old.now)); // no AUTH before MQTT 5
    QVERIFY(old.sent().isEmpty());
}

void TestMqttSession::serverDisconnect()
{
    Broker broker(config(ProtocolVersion::V5));
    broker.connect();
    Disconnect disconnect;
    disconnect.reasonCode = ReasonCode::UseAnotherServer;
    disconnect.properties.reasonString = u"maintenance"_s;
    disconnect.properties.serverReference = u"other.example.com:1883"_s;
    broker.feed(disconnect);
    const std::vector<SessionEvent> events = broker.events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events.at(0).type, SessionEvent::Type::ServerDisconnected);
    QCOMPARE(events.at(0).reasonCode, ReasonCode::UseAnotherServer);
    QCOMPARE(events.at(0).properties.serverReference, disconnect.properties.serverReference);
    QCOMPARE(events.at(0).text,
        u"The broker closed the connection: use another server. The broker said: \"maintenance\". It suggests the "
        "server other.example.com:1883."_s);
    QVERIFY(events.at(0).closeConnection);
    QVERIFY(broker.session.wantsClose());
    QVERIFY(broker.sent().isEmpty()); // nothing goes back after the broker's DISCONNECT
    broker.feed(publishPacket(u"late"_s, 0));
    QVERIFY(broker.session.takeMessages().empty());
}

void TestMqttSession::clientDisconnect_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("connectExpiry"); // -1: not sent
    QTest::addColumn<int>("disconnectExpiry");
    QTest::addColumn<int>("expectedExpiry"); // -1: absent

    QTest::newRow("3.14.2.2.2 session expiry changed on DISCONNECT") << ProtocolVersion::V5 << 60 << 600 << 600;
    QTest::newRow("3.14.2.2.2 no session expiry raised from 0 on DISCONNECT") << ProtocolVersion::V5 << -1 << 600 << -1;
    QTest::newRow("3.14 plain DISCONNECT under 3.1.1") << ProtocolVersion::V311 << -1 << 600 << -1;
}

void TestMqttSession::clientDisconnect()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, connectExpiry);
    QFETCH(int, disconnectExpiry);
    QFETCH(int, expectedExpiry);

    SessionConfig sessionConfig = config(version);
    if (connectExpiry >= 0)
        sessionConfig.connect.properties.sessionExpiryInterval = quint32(connectExpiry);
    Broker broker(sessionConfig);
    broker.connect();
    Disconnect disconnect;
    disconnect.reasonCode = version == ProtocolVersion::V5 ? ReasonCode::DisconnectWithWillMessage : 0;
    disconnect.properties.sessionExpiryInterval = quint32(disconnectExpiry);
    broker.session.disconnect(disconnect);
    const QList<Disconnect> out = broker.sentOf<Disconnect>();
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).reasonCode, disconnect.reasonCode);
    QCOMPARE(out.at(0).properties.sessionExpiryInterval,
        expectedExpiry < 0 ? std::optional<quint32>() : std::optional<quint32>(quint32(expectedExpiry)));
    QVERIFY(broker.session.wantsClose());
    broker.session.publish(publishPacket(u"after"_s, 0), broker.now);
    QVERIFY(broker.sent().isEmpty()); // MQTT-3.14.4-1: nothing after DISCONNECT
}

// ---------------------------------------------------------------------------------------------------------------

void TestMqttSession::bytesInAnySplit()
{
    // The same traffic fed whole, one byte at a time and in odd chunks gives the same messages and answers.
    Publish big = publishPacket(u"big"_s, 1, 3, QByteArray(300, 'z')); // a two-byte Remaining Length
    QByteArray stream;
    stream += encode(publishPacket(u"a"_s, 0, 0, "1"), ProtocolVersion::V311);
    stream += encode(big, ProtocolVersion::V311);
    stream += encode(publishPacket(u"b"_s, 2, 4, "2"), ProtocolVersion::V311);
    stream += encode(ack(PacketType::PubRel, 4), ProtocolVersion::V311);
    stream += encode(PingResp {}, ProtocolVersion::V311);

    // 3, 4, 300: the two-byte Remaining Length of the big packet split from its first byte or from its payload.
    for (int chunk : { 0, 1, 2, 3, 4, 7, 129, 300 }) {
        Broker broker(config(ProtocolVersion::V311));
        broker.connect();
        if (chunk == 0) {
            broker.session.receiveBytes(stream, broker.now);
        } else {
            for (qsizetype offset = 0; offset < stream.size(); offset += chunk)
                broker.session.receiveBytes(
                    QByteArrayView(stream).sliced(offset, qMin<qsizetype>(chunk, stream.size() - offset)), broker.now);
        }
        const std::vector<Publish> messages = broker.session.takeMessages();
        QCOMPARE(messages.size(), 3u);
        QCOMPARE(messages.at(1).payload, big.payload);
        QCOMPARE(typesOf(broker.sent()),
            (QList<PacketType> { PacketType::PubAck, PacketType::PubRec, PacketType::PubComp }));
        QVERIFY(!broker.session.wantsClose());
    }
}

void TestMqttSession::trafficTracing()
{
    Broker broker(config(ProtocolVersion::V5));
    broker.session.setTrafficTracing(true);
    broker.open();
    broker.connAck();
    broker.session.publish(publishPacket(u"t"_s, 1), broker.now);
    const auto traffic = broker.session.takeTraffic();
    QCOMPARE(traffic.size(), 3u);
    QCOMPARE(traffic.at(0).first, true);
    QCOMPARE(packetType(traffic.at(0).second), PacketType::Connect);
    QCOMPARE(traffic.at(1).first, false);
    QCOMPARE(packetType(traffic.at(1).second), PacketType::ConnAck);
    QCOMPARE(traffic.at(2).first, true);
    QCOMPARE(std::get<Publish>(traffic.at(2).second).packetId, 1);
    broker.session.setTrafficTracing(false);
    broker.feed(ack(PacketType::PubAck, 1));
    QVERIFY(broker.session.takeTraffic().empty());
}

QTEST_GUILESS_MAIN(TestMqttSession)
#include "tst_mqttsession.moc"
