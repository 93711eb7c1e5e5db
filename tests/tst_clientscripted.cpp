// SPDX-License-Identifier: MIT
// Mqtt::Client against a scripted fake broker, for flows a real broker will not produce: acknowledgements lost
// with the connection, a repeated QoS 2 PUBLISH, topic aliases, a server DISCONNECT, silent brokers (no CONNACK,
// no PINGRESP) and subscriptions restored after a lost session. Malformed and forbidden packets from the broker are
// in tst_clientmalformed.cpp.

#include "clienttestutil.h"
#include "clientwire.h"
#include "fakebroker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ClientTest;
using Mqtt::PacketType;

using namespace ClientWire;

Q_DECLARE_METATYPE(ProtocolVersion)

class TestClientScripted : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resendsAfterDroppedAcks_data();
    void resendsAfterDroppedAcks();
    void repeatedQos2PublishDeliveredOnce_data();
    void repeatedQos2PublishDeliveredOnce();
    void inboundTopicAliases();
    void serverDisconnect();
    void inFlightWindow_data();
    void inFlightWindow();
    void connAckTimeout();
    void keepAliveTimeout();
    void messagesAfterConnected();
    void restoresSubscriptionsWithTheirProperties();
    void leavesSubscriptionsToTheOwner();
    void oneSentencePerEnd();

private:
    // Connects `client` to `broker` and answers its CONNECT with `connAckBytes` (or the default CONNACK).
    static void accept(
        FakeBroker &broker, Client &client, Mqtt::Connect *connect = nullptr, const QByteArray &connAckBytes = {});
};

void TestClientScripted::accept(FakeBroker &broker, Client &client, Mqtt::Connect *connect, const QByteArray &bytes)
{
    const auto packet = broker.waitForPacket();
    QVERIFY2(packet, qPrintable(broker.decodeError()));
    QVERIFY(std::holds_alternative<Mqtt::Connect>(*packet));
    if (connect)
        *connect = std::get<Mqtt::Connect>(*packet);
    broker.send(bytes.isEmpty() ? connAck(broker.protocolVersion()) : bytes);
    if (bytes.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientScripted::resendsAfterDroppedAcks_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("qos");
    QTest::addColumn<bool>("pubRecDelivered"); // QoS 2: PUBREC arrived, PUBCOMP was lost: PUBREL is resent
    for (const ProtocolVersion version : { ProtocolVersion::V311, ProtocolVersion::V5 }) {
        const QString name = versionName(version);
        QTest::addRow("%s MQTT-4.4.0-1 QoS 1 PUBACK lost: PUBLISH resent with DUP", qPrintable(name))
            << version << 1 << false;
        QTest::addRow("%s MQTT-4.4.0-1 QoS 2 PUBREC lost: PUBLISH resent with DUP", qPrintable(name))
            << version << 2 << false;
        QTest::addRow("%s MQTT-4.4.0-1 QoS 2 PUBCOMP lost: PUBREL resent", qPrintable(name)) << version << 2 << true;
    }
}

void TestClientScripted::resendsAfterDroppedAcks()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, qos);
    QFETCH(bool, pubRecDelivered);

    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), version, clientId(u"pub"_s));
    options.session.connect.cleanStart = false;
    if (version == ProtocolVersion::V5)
        options.session.connect.properties.sessionExpiryInterval = 300;
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 20;
    options.reconnectMaximumDelayMs = 100;
    client.setOptions(options);
    client.connectToBroker();
    accept(broker, client);
    if (QTest::currentTestFailed())
        return;

    Mqtt::Publish message;
    message.topic = u"resend/topic"_s;
    message.payload = QByteArray("payload \x00\xff", 10);
    message.qos = quint8(qos);
    const Mqtt::RequestHandle handle = client.publish(message);

    auto first = broker.waitForPacket();
    QVERIFY2(first && std::holds_alternative<Mqtt::Publish>(*first), qPrintable(broker.decodeError()));
    const Mqtt::Publish sent = std::get<Mqtt::Publish>(*first);
    QCOMPARE(sent.dup, false);
    QVERIFY(sent.packetId != 0);
    if (pubRecDelivered) {
        broker.send(ack(0x50, sent.packetId));
        const auto pubRel = broker.waitForPacket();
        QVERIFY2(pubRel && Mqtt::packetType(*pubRel) == PacketType::PubRel, qPrintable(broker.decodeError()));
    }

    // The broker swallows the acknowledgement and the connection dies.
    broker.dropClient();
    QVERIFY(broker.waitForConnectionCount(2));
    Mqtt::Connect connect;
    accept(broker, client, &connect, connAck(version).replace(2, 1, "\x01")); // Session Present = 1
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(connect.cleanStart, false);
    QTRY_VERIFY(client.isConnected());
    QVERIFY(!handle.isFinished());

    const auto again = broker.waitForPacket();
    QVERIFY2(again, qPrintable(broker.decodeError()));
    if (pubRecDelivered) {
        QCOMPARE(Mqtt::packetType(*again), PacketType::PubRel);
        QCOMPARE(std::get<Mqtt::PublishAck>(*again).packetId, sent.packetId);
        broker.send(ack(0x70, sent.packetId));
    } else {
        QVERIFY(std::holds_alternative<Mqtt::Publish>(*again));
        const auto &resent = std::get<Mqtt::Publish>(*again);
        QCOMPARE(resent.dup, true);
        QCOMPARE(resent.packetId, sent.packetId);
        QCOMPARE(resent.topic, message.topic);
        QCOMPARE(resent.payload, message.payload);
        QCOMPARE(int(resent.qos), qos);
        if (qos == 1) {
            broker.send(ack(0x40, sent.packetId));
        } else {
            broker.send(ack(0x50, sent.packetId));
            const auto pubRel = broker.waitForPacket();
            QVERIFY2(pubRel && Mqtt::packetType(*pubRel) == PacketType::PubRel, qPrintable(broker.decodeError()));
            QCOMPARE(std::get<Mqtt::PublishAck>(*pubRel).packetId, sent.packetId);
            broker.send(ack(0x70, sent.packetId));
        }
    }
    QTRY_VERIFY(handle.isFinished());
    QVERIFY2(handle.isSuccess(), qPrintable(handle.errorString()));
    QCOMPARE(client.session().inFlightCount(), 0);
    client.disconnectFromBroker();
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientScripted::repeatedQos2PublishDeliveredOnce_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("MQTT 3.1.1 MQTT-4.3.3-9 repeated QoS 2 PUBLISH before PUBREL") << ProtocolVersion::V311;
    QTest::newRow("MQTT 5.0 MQTT-4.3.3-9 repeated QoS 2 PUBLISH before PUBREL") << ProtocolVersion::V5;
}

void TestClientScripted::repeatedQos2PublishDeliveredOnce()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    client.setOptions(localOptions(broker.host(), broker.port(), version, clientId(u"sub"_s)));
    client.connectToBroker();
    accept(broker, client);
    if (QTest::currentTestFailed())
        return;

    const QByteArray original = publish(version, 0x04, "once/only", 7, {}, "exactly once");
    const QByteArray duplicate = publish(version, 0x0C, "once/only", 7, {}, "exactly once");
    broker.send(original);
    for (int copy = 0; copy < 3; ++copy) {
        const auto pubRec = broker.waitForPacket();
        QVERIFY2(pubRec, qPrintable(broker.decodeError()));
        QCOMPARE(Mqtt::packetType(*pubRec), PacketType::PubRec);
        QCOMPARE(std::get<Mqtt::PublishAck>(*pubRec).packetId, quint16(7));
        if (copy < 2)
            broker.send(duplicate); // DUP = 1, same identifier, before PUBREL
    }
    broker.send(packet(0x62, u16(7))); // PUBREL
    const auto pubComp = broker.waitForPacket();
    QVERIFY2(pubComp, qPrintable(broker.decodeError()));
    QCOMPARE(Mqtt::packetType(*pubComp), PacketType::PubComp);
    QCOMPARE(std::get<Mqtt::PublishAck>(*pubComp).packetId, quint16(7));
    QCOMPARE(std::get<Mqtt::PublishAck>(*pubComp).reasonCode, quint8(0));

    QCOMPARE(recorder.messages.size(), 1);
    QCOMPARE(recorder.messages.first().topic, u"once/only"_s);
    QCOMPARE(recorder.messages.first().payload, QByteArray("exactly once"));
    QCOMPARE(int(recorder.messages.first().qos), 2);
    QCOMPARE(client.session().incomingQos2Count(), 0);

    // After PUBCOMP the identifier is free: the same identifier now carries a new message.
    broker.send(publish(version, 0x04, "once/next", 7, {}, "new"));
    const auto nextPubRec = broker.waitForPacket();
    QVERIFY2(nextPubRec && Mqtt::packetType(*nextPubRec) == PacketType::PubRec, qPrintable(broker.decodeError()));
    QTRY_COMPARE(recorder.messages.size(), 2);
    QCOMPARE(recorder.messages.last().topic, u"once/next"_s);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.allErrors()));
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientScripted::inboundTopicAliases()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"s"_s));
    options.session.topicAliasMaximum = 3;
    client.setOptions(options);
    client.connectToBroker();
    Mqtt::Connect connect;
    accept(broker, client, &connect);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(connect.properties.topicAliasMaximum, std::optional<quint16>(3)); // MQTT 5.0 3.1.2.11.5

    const auto alias = [](quint16 value) -> QByteArray { return QByteArray("\x23", 1) + u16(value); };
    const ProtocolVersion v5 = ProtocolVersion::V5;
    broker.send(publish(v5, 0, "sensors/kitchen/temperature", -1, alias(1), "1") + publish(v5, 0, "", -1, alias(1), "2")
        + publish(v5, 0x02, "sensors/hall", 11, alias(2), "3"));
    broker.send(publish(v5, 0x02, "", 12, alias(2), "4") + publish(v5, 0, "", -1, alias(1), "5"));
    // Alias 1 is mapped to another topic, then used alone again.
    broker.send(publish(v5, 0, "sensors/garden", -1, alias(1), "6") + publish(v5, 0, "", -1, alias(1), "7"));

    const QStringList expected { u"sensors/kitchen/temperature"_s, u"sensors/kitchen/temperature"_s, u"sensors/hall"_s,
        u"sensors/hall"_s, u"sensors/kitchen/temperature"_s, u"sensors/garden"_s, u"sensors/garden"_s };
    QTRY_COMPARE(recorder.messages.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(recorder.messages.at(i).topic, expected.at(i));
        QCOMPARE(recorder.messages.at(i).payload, QByteArray::number(i + 1));
        QVERIFY(!recorder.messages.at(i).properties.topicAlias); // resolved: the alias is not handed on
    }
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.allErrors()));
    QVERIFY(client.isConnected());
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientScripted::serverDisconnect()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    client.setOptions(localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"s"_s)));
    client.connectToBroker();
    accept(broker, client);
    if (QTest::currentTestFailed())
        return;

    // DISCONNECT 0x8B (Server shutting down) with the Reason String "maintenance at noon".
    const QByteArray reasonString = QByteArray("\x1F", 1) + utf8("maintenance at noon");
    broker.send(packet(0xE0, QByteArray("\x8B", 1) + vbi(quint32(reasonString.size())) + reasonString));

    QTRY_COMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(recorder.serverDisconnectCodes, QList<quint8> { 0x8B });
    const QString sentence = recorder.serverDisconnects.constFirst();
    QVERIFY2(sentence.contains(u"server shutting down"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"maintenance at noon"_s), qPrintable(sentence));
    QCOMPARE(recorder.errors, QStringList { sentence });
    QCOMPARE(client.lastError(), sentence);
    QCOMPARE(recorder.disconnects, 1);
    QVERIFY(broker.waitForDisconnected());
    // The client must not answer a server DISCONNECT with its own [MQTT-4.13.2]: nothing else was sent.
    QCOMPARE(broker.takeReceived(), QByteArray());
    QCOMPARE(broker.connectionCount(), 1);
}

// ---------------------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------------------

void TestClientScripted::inFlightWindow_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("ownMaximum"); // SessionConfig::maximumInFlight
    QTest::addColumn<QByteArray>("connAckProperties");
    QTest::addColumn<int>("window");
    // 3.1.1 has no Receive Maximum; mosquitto still drops a client with more than 20 QoS 2 messages in flight.
    QTest::newRow("MQTT 3.1.1 default window of 20") << ProtocolVersion::V311 << 0 << QByteArray() << 20;
    QTest::newRow("MQTT 3.1.1 own window of 5") << ProtocolVersion::V311 << 5 << QByteArray() << 5;
    QTest::newRow("MQTT 5.0 MQTT-3.3.4-7 broker's Receive Maximum 12")
        << ProtocolVersion::V5 << 0 << QByteArray::fromHex("21000c") << 12;
    QTest::newRow("MQTT 5.0 own window below the broker's")
        << ProtocolVersion::V5 << 3 << QByteArray::fromHex("21000c") << 3;
}

void TestClientScripted::inFlightWindow()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, ownMaximum);
    QFETCH(QByteArray, connAckProperties);
    QFETCH(int, window);

    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), version, clientId(u"c"_s));
    options.session.maximumInFlight = quint16(ownMaximum);
    client.setOptions(options);
    client.connectToBroker();
    accept(broker, client, nullptr, connAck(version, connAckProperties));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(client.isConnected());

    QList<Mqtt::RequestHandle> handles;
    for (int i = 0; i < window + 5; ++i) {
        Mqtt::Publish message;
        message.topic = u"window"_s;
        message.payload = QByteArray::number(i);
        message.qos = quint8(window % 2 == 0 ? 2 - i % 2 : 1 + i % 2); // the first is QoS 2 in even rows
        handles.append(client.publish(message));
    }
    QList<Mqtt::Publish> sent;
    for (int i = 0; i < window; ++i) {
        const auto packet = broker.waitForPacket();
        QVERIFY2(packet && std::holds_alternative<Mqtt::Publish>(*packet), qPrintable(broker.decodeError()));
        sent.append(std::get<Mqtt::Publish>(*packet));
    }
    QCOMPARE(client.session().inFlightCount(), window);
    QCOMPARE(broker.takeReceived(), QByteArray()); // the window is full: nothing more went out
    // Each acknowledgement lets exactly one more message out, in order.
    broker.send(ack(sent.first().qos == 1 ? 0x40 : 0x50, sent.first().packetId));
    const auto next = broker.waitForPacket();
    QVERIFY2(next, qPrintable(broker.decodeError()));
    if (sent.first().qos == 2) {
        QCOMPARE(Mqtt::packetType(*next), PacketType::PubRel); // QoS 2 stays in the window until PUBCOMP
        broker.send(ack(0x70, sent.first().packetId));
        const auto released = broker.waitForPacket();
        QVERIFY2(released && std::holds_alternative<Mqtt::Publish>(*released), qPrintable(broker.decodeError()));
        QCOMPARE(std::get<Mqtt::Publish>(*released).payload, QByteArray::number(window));
    } else {
        QVERIFY(std::holds_alternative<Mqtt::Publish>(*next));
        QCOMPARE(std::get<Mqtt::Publish>(*next).payload, QByteArray::number(window));
    }
    QTRY_VERIFY(handles.first().isSuccess());
    QCOMPARE(client.session().inFlightCount(), window);
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientScripted::connAckTimeout()
{
    // A server that accepts TCP and never answers CONNECT (not an MQTT port, a stuck broker).
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V311, clientId(u"c"_s));
    options.connection.connectTimeoutMs = 300;
    client.setOptions(options);
    client.connectToBroker();
    const auto connect = broker.waitForPacket();
    QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Disconnected, 5000);
    QCOMPARE(recorder.errors.size(), 1);
    const QString sentence = recorder.errors.first();
    QVERIFY2(sentence.contains(u"did not answer the MQTT CONNECT within 0.3 seconds"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"127.0.0.1:"_s + QString::number(broker.port())), qPrintable(sentence));
    QVERIFY(broker.waitForDisconnected());
    QCOMPARE(recorder.connAcks.size(), 0);
}

void TestClientScripted::keepAliveTimeout()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s));
    options.session.connect.keepAliveSeconds = 1;
    client.setOptions(options);
    client.connectToBroker();
    accept(broker, client);
    if (QTest::currentTestFailed())
        return;
    const auto ping = broker.waitForPacket(3000); // due one keep-alive period after CONNECT [MQTT-3.1.2-23]
    QVERIFY2(ping && Mqtt::packetType(*ping) == PacketType::PingReq, qPrintable(broker.decodeError()));
    // No PINGRESP: the client gives up after its grace period and says so once.
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Disconnected, 10000);
    QCOMPARE(recorder.errors.size(), 1);
    QVERIFY2(recorder.errors.first().contains(u"keep-alive"_s), qPrintable(recorder.errors.first()));
    QVERIFY(broker.waitForDisconnected());
}

void TestClientScripted::messagesAfterConnected()
{
    // A resumed session: the broker sends its queue right behind CONNACK, in the same TCP segment.
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V311, clientId(u"c"_s));
    options.session.connect.cleanStart = false;
    client.setOptions(options);
    QList<Client::State> stateAtDelivery;
    QList<qsizetype> connAcksAtDelivery;
    connect(&client, &Client::messagesReceived, this, [&](const QList<Mqtt::Publish> &) {
        stateAtDelivery.append(client.state());
        connAcksAtDelivery.append(recorder.connAcks.size());
    });
    client.connectToBroker();
    accept(broker, client, nullptr,
        QByteArray::fromHex("20020100") + publish(ProtocolVersion::V311, 0x02, "queued/one", 1, {}, "1")
            + publish(ProtocolVersion::V311, 0x02, "queued/two", 2, {}, "2"));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(recorder.messages.size(), 2);
    QCOMPARE(stateAtDelivery, QList<Client::State> { Client::State::Connected });
    QCOMPARE(connAcksAtDelivery, QList<qsizetype> { 1 });
    QCOMPARE(recorder.connAcks.first().sessionPresent, true);
}

void TestClientScripted::restoresSubscriptionsWithTheirProperties()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s));
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 20;
    options.reconnectMaximumDelayMs = 100;
    client.setOptions(options);
    client.connectToBroker();
    accept(broker, client);
    if (QTest::currentTestFailed())
        return;

    const auto subscribeWithId = [&](const QString &filter, quint32 identifier) {
        Mqtt::Properties properties;
        properties.subscriptionIdentifiers = { identifier };
        Mqtt::Subscription subscription;
        subscription.filter = filter;
        subscription.options.maximumQoS = 1;
        return client.subscribe({ subscription }, properties);
    };
    const Mqtt::RequestHandle invalid = client.subscribe(u"bad/#/filter"_s, 0); // refused before it is sent
    QVERIFY(invalid.isFinished() && !invalid.isSuccess());
    for (const auto &[filter, identifier] : { std::pair { u"alpha/#"_s, 7u }, std::pair { u"beta/+"_s, 9u } }) {
        subscribeWithId(filter, identifier);
        const auto sent = broker.waitForPacket();
        QVERIFY2(sent && std::holds_alternative<Mqtt::Subscribe>(*sent), qPrintable(broker.decodeError()));
        const auto &subscribe = std::get<Mqtt::Subscribe>(*sent);
        broker.send(packet(0x90, u16(subscribe.packetId) + QByteArray("\x00\x01", 2)));
    }
    // A filter without properties, like the invalid one: restored together, the invalid one would sink it.
    client.subscribe(u"gamma/x"_s, 1);
    const auto plain = broker.waitForPacket();
    QVERIFY2(plain && std::holds_alternative<Mqtt::Subscribe>(*plain), qPrintable(broker.decodeError()));
    broker.send(packet(0x90, u16(std::get<Mqtt::Subscribe>(*plain).packetId) + QByteArray("\x00\x01", 2)));
    QTRY_COMPARE(recorder.subscribes.size(), 4);

    // The connection drops and the broker comes back without the session: the client subscribes again, each
    // filter with its own subscription identifier, and not the filter that was never valid.
    broker.dropClient();
    QVERIFY(broker.waitForConnectionCount(2));
    accept(broker, client);
    if (QTest::currentTestFailed())
        return;
    QMap<QString, QList<quint32>> restored;
    while (restored.size() < 3) {
        const auto sent = broker.waitForPacket();
        QVERIFY2(sent && std::holds_alternative<Mqtt::Subscribe>(*sent), qPrintable(broker.decodeError()));
        const auto &subscribe = std::get<Mqtt::Subscribe>(*sent);
        for (const Mqtt::Subscription &subscription : subscribe.subscriptions) {
            QCOMPARE(subscription.options.maximumQoS, quint8(1));
            restored.insert(subscription.filter, subscribe.properties.subscriptionIdentifiers);
        }
    }
    QCOMPARE(restored.value(u"alpha/#"_s), QList<quint32> { 7 });
    QCOMPARE(restored.value(u"beta/+"_s), QList<quint32> { 9 });
    QCOMPARE(restored.value(u"gamma/x"_s), QList<quint32> {});
    QCOMPARE(restored.size(), 3);
}

void TestClientScripted::leavesSubscriptionsToTheOwner()
{
    // restoreSubscriptions off: after a lost session the client does not subscribe by itself; the owner does, in
    // connected(), as libmosquitto clients do (canopy-cli sub). A second SUBSCRIBE would bring retained messages twice.
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V311, clientId(u"c"_s));
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 20;
    options.reconnectMaximumDelayMs = 100;
    options.restoreSubscriptions = false;
    client.setOptions(options);
    client.connectToBroker();
    accept(broker, client);
    if (QTest::currentTestFailed())
        return;
    client.subscribe(u"alpha/#"_s, 1);
    const auto first = broker.waitForPacket();
    QVERIFY2(first && std::holds_alternative<Mqtt::Subscribe>(*first), qPrintable(broker.decodeError()));
    broker.send(packet(0x90, u16(std::get<Mqtt::Subscribe>(*first).packetId) + QByteArray("\x01", 1)));
    QTRY_COMPARE(recorder.subscribes.size(), 1);

    broker.dropClient(); // and the broker comes back without the session
    QVERIFY(broker.waitForConnectionCount(2));
    accept(broker, client);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(recorder.connAcks.size(), 2);
    QVERIFY(!recorder.connAcks.last().sessionPresent);
    // The next packet is the owner's own SUBSCRIBE, not one the client made up.
    client.subscribe(u"beta/+"_s, 0);
    const auto next = broker.waitForPacket();
    QVERIFY2(next && std::holds_alternative<Mqtt::Subscribe>(*next), qPrintable(broker.decodeError()));
    const Mqtt::Subscribe &subscribe = std::get<Mqtt::Subscribe>(*next);
    QCOMPARE(subscribe.subscriptions.size(), 1);
    QCOMPARE(subscribe.subscriptions.first().filter, u"beta/+"_s);
}

void TestClientScripted::oneSentencePerEnd()
{
    // The broker says why it closes and then closes: that is one failure, reported once.
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    client.setOptions(localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s)));
    client.connectToBroker();
    accept(broker, client);
    if (QTest::currentTestFailed())
        return;
    broker.send(QByteArray::fromHex("e0028b00"));
    broker.closeClient();
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(recorder.serverDisconnectCodes, QList<quint8> { 0x8B });
    QCOMPARE(recorder.errors, recorder.serverDisconnects);
}

QTEST_GUILESS_MAIN(TestClientScripted)
#include "tst_clientscripted.moc"
