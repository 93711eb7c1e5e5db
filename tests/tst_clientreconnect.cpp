// SPDX-License-Identifier: MIT
// Mqtt::Client's reconnect back-off and its fallback to MQTT 3.1.1, against a scripted fake broker: a broker that
// accepts and drops at once sees ever longer delays (reset only by a connection that stayed up), "Retry now" and
// "Stop" (reconnectNow(), stopReconnecting()), a 3.1.1 broker's refusal of MQTT 5 (a 3.1.1 CONNACK with return code
// 1) and a close before any CONNACK. The same against a real 3.1.1-only broker is in tst_aedes.cpp.

#include "clienttestutil.h"
#include "clientwire.h"
#include "fakebroker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ClientTest;
using Mqtt::PacketType;
using Mqtt::ProtocolChoice;

class TestClientReconnect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void delaysGrowWhileTheBrokerDropsAtOnce();
    void reconnectNowAndStopReconnecting();
    void fallsBackToV311_data();
    void fallsBackToV311();
    void fallbackThatFailsTooTriesMqtt5Again();
    void fallbackRefusedFor311ReasonsIsNotRetried();
    void mqtt5OnlyRefusalIsExplainedAndNotRetried_data();
    void mqtt5OnlyRefusalIsExplainedAndNotRetried();
    void mqtt5OnlyCloseBeforeConnAckIsAnError();

private:
    // Reads the next CONNECT of the current client into *connect and answers it with `answer` (nothing if empty).
    static void readConnect(FakeBroker &broker, Mqtt::Connect *connect, const QByteArray &answer = {});
};

void TestClientReconnect::readConnect(FakeBroker &broker, Mqtt::Connect *connect, const QByteArray &answer)
{
    const auto packet = broker.waitForPacket();
    QVERIFY2(packet, qPrintable(broker.decodeError()));
    QVERIFY(std::holds_alternative<Mqtt::Connect>(*packet));
    *connect = std::get<Mqtt::Connect>(*packet);
    if (!answer.isEmpty())
        broker.send(answer);
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientReconnect::delaysGrowWhileTheBrokerDropsAtOnce()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    QSignalSpy scheduled(&client, &Client::reconnectScheduled);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s));
    options.autoReconnect = true;
    // Scaled down: ceilings 20, 40, 80, 160, 320 ms; a connection is stable after 400 ms. The keep-alive ping (due
    // 1 s after CONNECT) is how the test knows a connection stayed up that long, without sleeping.
    options.reconnectInitialDelayMs = 20;
    options.reconnectMaximumDelayMs = 10000;
    options.reconnectStableAfterMs = 400;
    options.session.connect.keepAliveSeconds = 1;
    client.setOptions(options);
    client.connectToBroker();

    constexpr int Drops = 5;
    qint64 previous = 0;
    for (int attempt = 1; attempt <= Drops; ++attempt) {
        QVERIFY(broker.waitForConnectionCount(attempt, 5000));
        Mqtt::Connect connect;
        readConnect(broker, &connect, ClientWire::connAck(ProtocolVersion::V5));
        QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 5000);
        broker.dropClient(); // accepted, then dropped at once
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), attempt, 5000);
        const qint64 delay = scheduled.last().at(1).toLongLong();
        const qint64 ceiling = qint64(20) << (attempt - 1);
        QCOMPARE(scheduled.last().at(0).toInt(), attempt); // not reset by the CONNACK
        QVERIFY2(delay >= ceiling / 2 && delay <= ceiling, qPrintable(u"attempt %1: %2 ms"_s.arg(attempt).arg(delay)));
        QVERIFY2(
            delay >= previous, qPrintable(u"attempt %1: %2 ms after %3 ms"_s.arg(attempt).arg(delay).arg(previous)));
        previous = delay;
    }

    // This connection stays up until the client's first keep-alive ping (1 s > 400 ms): its loss starts over.
    QVERIFY(broker.waitForConnectionCount(Drops + 1, 5000));
    Mqtt::Connect connect;
    readConnect(broker, &connect, ClientWire::connAck(ProtocolVersion::V5));
    const auto ping = broker.waitForPacket(5000);
    QVERIFY2(ping && Mqtt::packetType(*ping) == PacketType::PingReq, qPrintable(broker.decodeError()));
    broker.dropClient();
    QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), Drops + 1, 5000);
    QCOMPARE(scheduled.last().at(0).toInt(), 1);
    QVERIFY(scheduled.last().at(1).toLongLong() <= 20);
    QCOMPARE(recorder.connAcks.size(), Drops + 1);
}

void TestClientReconnect::reconnectNowAndStopReconnecting()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    QSignalSpy scheduled(&client, &Client::reconnectScheduled);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V311, clientId(u"c"_s));
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 60000; // nothing happens on its own while the test runs
    options.reconnectMaximumDelayMs = 600000;
    client.setOptions(options);
    client.connectToBroker();
    Mqtt::Connect connect;
    readConnect(broker, &connect, ClientWire::connAck(ProtocolVersion::V311));
    QTRY_VERIFY(client.isConnected());
    broker.dropClient();
    QTRY_COMPARE(scheduled.size(), 1);
    QCOMPARE(client.state(), Client::State::WaitingToReconnect);
    QCOMPARE(client.reconnectAttempt(), 1);
    QVERIFY2(client.msUntilReconnect() > 25000 && client.msUntilReconnect() <= 60000,
        qPrintable(QString::number(client.msUntilReconnect())));

    // Retry now: a new connection at once; its quick loss counts as the next attempt.
    client.reconnectNow();
    QVERIFY(broker.waitForConnectionCount(2, 3000));
    readConnect(broker, &connect, ClientWire::connAck(ProtocolVersion::V311));
    QTRY_VERIFY(client.isConnected());
    broker.dropClient();
    QTRY_COMPARE(scheduled.size(), 2);
    QCOMPARE(scheduled.last().at(0).toInt(), 2);
    QVERIFY(scheduled.last().at(1).toLongLong() >= 60000);

    // Stop: no further attempts; the reason for the loss stays.
    QSignalSpy disconnected(&client, &Client::disconnected);
    client.stopReconnecting();
    QCOMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(client.reconnectAttempt(), -1);
    QCOMPARE(client.msUntilReconnect(), -1);
    QVERIFY(!client.lastError().isEmpty());
    client.reconnectNow(); // nothing to retry any more
    QCoreApplication::processEvents();
    QCOMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(broker.connectionCount(), 2);

    // Stop also applies to an attempt under way after a loss (Connecting), but not to a first connection.
    client.connectToBroker();
    QVERIFY(broker.waitForConnectionCount(3, 3000));
    client.stopReconnecting();
    QCOMPARE(client.state(), Client::State::Connecting);
    readConnect(broker, &connect, ClientWire::connAck(ProtocolVersion::V311));
    QTRY_VERIFY(client.isConnected());
    broker.dropClient();
    QTRY_COMPARE(scheduled.size(), 3);
    QCOMPARE(scheduled.last().at(0).toInt(), 1); // a new connectToBroker() starts the back-off over
    client.reconnectNow();
    QVERIFY(broker.waitForConnectionCount(4, 3000));
    QTRY_COMPARE(client.state(), Client::State::Connecting);
    client.stopReconnecting();
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
    QVERIFY(broker.waitForDisconnected());
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientReconnect::fallsBackToV311_data()
{
    QTest::addColumn<QByteArray>("answer"); // to the MQTT 5 CONNECT; empty: none
    QTest::addColumn<bool>("close"); // the broker closes the connection after its answer
    QTest::addColumn<QString>("sentence"); // in protocolFallback()
    const QString refused = u"does not support MQTT 5; connecting again with MQTT 3.1.1"_s;
    QTest::newRow("MQTT 3.1.1 MQTT-3.1.2-2 3.1.1 CONNACK return code 1, then close (aedes)")
        << QByteArray::fromHex("20020001") << true << refused;
    QTest::newRow("MQTT 3.1.1 MQTT-3.1.2-2 3.1.1 CONNACK return code 1, broker waits for the close")
        << QByteArray::fromHex("20020001") << false << refused;
    QTest::newRow("MQTT 5.0 3.2.2.2 CONNACK 0x84 Unsupported Protocol Version")
        << QByteArray::fromHex("2003008400") << false << refused;
    QTest::newRow("closed before any CONNACK")
        << QByteArray() << true << u"closed the connection without answering the MQTT 5 CONNECT"_s;
}

void TestClientReconnect::fallsBackToV311()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, close);
    QFETCH(QString, sentence);
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    QSignalSpy fallback(&client, &Client::protocolFallback);
    QSignalSpy scheduled(&client, &Client::reconnectScheduled);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s));
    options.setProtocol(ProtocolChoice::V5ElseV311);
    options.session.connect.properties.sessionExpiryInterval = 60; // MQTT 5 only: left out of the 3.1.1 CONNECT
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 20;
    client.setOptions(options);
    Mqtt::Subscription subscription;
    subscription.filter = u"a/#"_s;
    subscription.options.retainAsPublished = true;
    client.subscribe({ subscription }); // waits in the session for the connection that is accepted
    client.connectToBroker();

    Mqtt::Connect first;
    readConnect(broker, &first, answer);
    QCOMPARE(first.version, ProtocolVersion::V5);
    if (close)
        broker.dropClient();
    QVERIFY(broker.waitForConnectionCount(2, 5000));
    Mqtt::Connect second;
    readConnect(broker, &second, ClientWire::connAck(ProtocolVersion::V311));
    QCOMPARE(second.version, ProtocolVersion::V311);
    QCOMPARE(second.clientId, first.clientId);
    QVERIFY(!second.properties.sessionExpiryInterval);
    QTRY_VERIFY(client.isConnected());

    QCOMPARE(fallback.size(), 1);
    const QString said = fallback.first().at(0).toString();
    QVERIFY2(
        said.contains(sentence) && said.contains(u"127.0.0.1:"_s + QString::number(broker.port())), qPrintable(said));
    QCOMPARE(client.protocolVersion(), ProtocolVersion::V311);
    QVERIFY(client.fellBackToV311());
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.allErrors())); // a fallback is not a failure
    QVERIFY(recorder.refusals.isEmpty());
    QCOMPARE(recorder.disconnects, 0);
    QCOMPARE(scheduled.size(), 0); // nor a reconnect with back-off
    QCOMPARE(recorder.states.count(Client::State::Connected), 1);

    // The subscription made before connecting goes out on the 3.1.1 connection.
    const auto subscribe = broker.waitForPacket();
    QVERIFY2(subscribe && std::holds_alternative<Mqtt::Subscribe>(*subscribe), qPrintable(broker.decodeError()));
    QCOMPARE(std::get<Mqtt::Subscribe>(*subscribe).subscriptions.value(0).filter, u"a/#"_s);

    // Once accepted, 3.1.1 stays for the reconnects of this connection.
    broker.dropClient();
    QVERIFY(broker.waitForConnectionCount(3, 5000));
    Mqtt::Connect third;
    readConnect(broker, &third, ClientWire::connAck(ProtocolVersion::V311));
    QCOMPARE(third.version, ProtocolVersion::V311);
    QTRY_VERIFY(client.isConnected());
    QCOMPARE(fallback.size(), 1);

    // A new connectToBroker() asks for MQTT 5 again.
    client.disconnectFromBroker();
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
    client.connectToBroker();
    QVERIFY(broker.waitForConnectionCount(4, 5000));
    Mqtt::Connect fourth;
    readConnect(broker, &fourth, ClientWire::connAck(ProtocolVersion::V5));
    QCOMPARE(fourth.version, ProtocolVersion::V5);
    QTRY_VERIFY(client.isConnected());
    QCOMPARE(client.protocolVersion(), ProtocolVersion::V5);
    QVERIFY(!client.fellBackToV311());
}

void TestClientReconnect::fallbackThatFailsTooTriesMqtt5Again()
{
    // A broker that closed the MQTT 5 connection for another reason and closes the 3.1.1 one too: the fallback
    // proved nothing, the close is reported once, and the next attempt asks for MQTT 5 again.
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    QSignalSpy fallback(&client, &Client::protocolFallback);
    QSignalSpy scheduled(&client, &Client::reconnectScheduled);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s));
    options.setProtocol(ProtocolChoice::V5ElseV311);
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 20;
    client.setOptions(options);
    client.connectToBroker();

    Mqtt::Connect connect;
    readConnect(broker, &connect);
    QCOMPARE(connect.version, ProtocolVersion::V5);
    broker.dropClient();
    QVERIFY(broker.waitForConnectionCount(2, 5000));
    readConnect(broker, &connect);
    QCOMPARE(connect.version, ProtocolVersion::V311);
    broker.dropClient();
    QTRY_COMPARE(scheduled.size(), 1);
    QCOMPARE(fallback.size(), 1);
    QCOMPARE(recorder.errors.size(), 1); // the 3.1.1 attempt's close; the MQTT 5 one led to the fallback
    QVERIFY2(recorder.errors.first().contains(u"127.0.0.1:"_s + QString::number(broker.port())),
        qPrintable(recorder.allErrors()));

    QVERIFY(broker.waitForConnectionCount(3, 5000));
    readConnect(broker, &connect, QByteArray::fromHex("20020001"));
    QCOMPARE(connect.version, ProtocolVersion::V5);
    QVERIFY(broker.waitForConnectionCount(4, 5000));
    readConnect(broker, &connect, ClientWire::connAck(ProtocolVersion::V311));
    QCOMPARE(connect.version, ProtocolVersion::V311);
    QTRY_VERIFY(client.isConnected());
    QCOMPARE(fallback.size(), 2);
    QCOMPARE(recorder.errors.size(), 1);
}

void TestClientReconnect::fallbackRefusedFor311ReasonsIsNotRetried()
{
    // After the fallback, a refusal is read by 3.1.1's codes: 5 is "not authorized", which no retry fixes.
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    QSignalSpy scheduled(&client, &Client::reconnectScheduled);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s));
    options.setProtocol(ProtocolChoice::V5ElseV311);
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 20;
    client.setOptions(options);
    client.connectToBroker();
    Mqtt::Connect connect;
    readConnect(broker, &connect, QByteArray::fromHex("20020001"));
    QVERIFY(broker.waitForConnectionCount(2, 5000));
    readConnect(broker, &connect, QByteArray::fromHex("20020005"));
    QCOMPARE(connect.version, ProtocolVersion::V311);
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(recorder.refusalCodes, QList<quint8> { 5 });
    QCOMPARE(recorder.errors, QStringList { u"The broker refused the connection: not authorized."_s });
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(client.protocolVersion(), ProtocolVersion::V311); // the version of the last connection
}

void TestClientReconnect::mqtt5OnlyRefusalIsExplainedAndNotRetried_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("MQTT 3.1.1 MQTT-3.1.2-2 3.1.1 CONNACK return code 1 to an MQTT 5 CONNECT")
        << QByteArray::fromHex("20020001");
    QTest::newRow("MQTT 5.0 3.2.2.2 CONNACK 0x84 Unsupported Protocol Version") << QByteArray::fromHex("2003008400");
}

void TestClientReconnect::mqtt5OnlyRefusalIsExplainedAndNotRetried()
{
    QFETCH(QByteArray, answer);
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    QSignalSpy fallback(&client, &Client::protocolFallback);
    QSignalSpy scheduled(&client, &Client::reconnectScheduled);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s));
    options.setProtocol(ProtocolChoice::V5);
    options.autoReconnect = true; // as the GUI: a refusal that a retry cannot fix must still end the attempts
    options.reconnectInitialDelayMs = 20;
    client.setOptions(options);
    client.connectToBroker();
    Mqtt::Connect connect;
    readConnect(broker, &connect, answer);
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
    const QString sentence
        = u"The broker refused the connection: the broker does not support MQTT 5; use MQTT 3.1.1."_s;
    QCOMPARE(recorder.refusalCodes, QList<quint8> { Mqtt::ReasonCode::UnsupportedProtocolVersion });
    QCOMPARE(recorder.refusals, QStringList { sentence });
    QCOMPARE(recorder.errors, QStringList { sentence });
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(fallback.size(), 0);
    QCOMPARE(broker.connectionCount(), 1);
}

void TestClientReconnect::mqtt5OnlyCloseBeforeConnAckIsAnError()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    QSignalSpy fallback(&client, &Client::protocolFallback);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s));
    client.setOptions(options); // MQTT 5 without fallback: what the CLI's -V mqttv5 does
    client.connectToBroker();
    Mqtt::Connect connect;
    readConnect(broker, &connect);
    broker.dropClient();
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(recorder.errors.size(), 1);
    QCOMPARE(fallback.size(), 0);
    QCOMPARE(broker.connectionCount(), 1);
}

QTEST_GUILESS_MAIN(TestClientReconnect)
#include "tst_clientreconnect.moc"
