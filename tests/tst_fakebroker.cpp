// SPDX-License-Identifier: MIT
// FakeBroker, the scripted server for flows a real broker will not produce: exact bytes both ways, waits with
// deadlines, dropped and repeated connections, and packets decoded by the codec.
#include "fakebroker.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// MQTT 3.1.1 CONNECT written by hand (section 3.1): clean session, keep-alive 60 s, client id "ws-probe".
QByteArray connect311()
{
    return QByteArray("\x10\x14\x00\x04MQTT\x04\x02\x00\x3c\x00\x08ws-probe", 22);
}
} // namespace

class TestFakeBroker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exchangesExactBytes();
    void dropAndReconnect();
    void decodesPackets();
};

void TestFakeBroker::exchangesExactBytes()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    QVERIFY(broker.port() != 0);
    QCOMPARE(broker.host(), u"127.0.0.1"_s);

    QTcpSocket client;
    client.connectToHost(broker.host(), broker.port());
    QVERIFY(broker.waitForClient(5000));
    QCOMPARE(broker.connectionCount(), 1);
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);

    // Client -> broker, in two pieces: waitForBytes waits for all of it and consumes exactly what was asked for.
    const QByteArray connect = connect311();
    client.write(connect.left(5));
    client.flush();
    QCOMPARE(broker.waitForBytes(3, 5000), connect.left(3));
    client.write(connect.mid(5));
    QCOMPARE(broker.waitForBytes(connect.size() - 3, 5000), connect.mid(3));
    QCOMPARE(broker.takeReceived(), QByteArray());

    // Broker -> client: exactly the bytes given, even ones no real broker would send (reserved packet type 0).
    const QByteArray scripted("\x20\x02\x01\x00\x00\x00", 6);
    broker.send(scripted);
    QTRY_COMPARE(client.bytesAvailable(), qint64(scripted.size()));
    QCOMPARE(client.readAll(), scripted);

    // waitForReceived looks without consuming; a timeout returns what did arrive.
    client.write("\xc0\x00", 2); // PINGREQ
    QVERIFY(broker.waitForReceived([](const QByteArray &bytes) { return bytes.startsWith('\xc0'); }, 5000));
    QCOMPARE(broker.received(), QByteArray("\xc0\x00", 2));
    QCOMPARE(broker.waitForBytes(4, 50), QByteArray("\xc0\x00", 2));

    // The client closing is seen.
    client.disconnectFromHost();
    QVERIFY(broker.waitForDisconnected(5000));
    QVERIFY(!broker.isClientConnected());
}

void TestFakeBroker::dropAndReconnect()
{
    FakeBroker broker;
    QVERIFY(broker.listen());
    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(broker.host(), broker.port());
    QVERIFY(broker.waitForClient(5000));
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);

    broker.dropClient();
    QVERIFY(!broker.isClientConnected());
    QTRY_COMPARE(disconnected.count(), 1);
    QVERIFY(!broker.waitForClient(50)); // the dropped client no longer counts

    client.connectToHost(broker.host(), broker.port());
    QVERIFY(broker.waitForClient(5000));
    QCOMPARE(broker.connectionCount(), 2);
    client.write("\xe0\x00", 2); // DISCONNECT
    QCOMPARE(broker.waitForBytes(2, 5000), QByteArray("\xe0\x00", 2));

    broker.closeClient();
    QTRY_COMPARE(disconnected.count(), 2);
    QVERIFY(broker.waitForConnectionCount(2, 0));
    QVERIFY(!broker.waitForConnectionCount(3, 50));
}

void TestFakeBroker::decodesPackets()
{
    FakeBroker broker;
    QVERIFY(broker.listen());
    QTcpSocket client;
    client.connectToHost(broker.host(), broker.port());
    QVERIFY(broker.waitForClient(5000));
    QCOMPARE(broker.protocolVersion(), Mqtt::ProtocolVersion::V311);

    // A 3.1.1 CONNECT and a PINGREQ sent in one write come out as two packets.
    client.write(connect311() + QByteArray("\xc0\x00", 2));
    std::optional<Mqtt::Packet> packet = broker.waitForPacket(5000);
    QVERIFY2(packet, qPrintable(broker.decodeError()));
    const auto *connect = std::get_if<Mqtt::Connect>(&*packet);
    QVERIFY(connect);
    QCOMPARE(connect->version, Mqtt::ProtocolVersion::V311);
    QCOMPARE(connect->clientId, u"ws-probe"_s);
    QCOMPARE(connect->keepAliveSeconds, quint16(60));
    QVERIFY(connect->cleanStart);
    packet = broker.waitForPacket(5000);
    QVERIFY2(packet, qPrintable(broker.decodeError()));
    QCOMPARE(Mqtt::packetType(*packet), Mqtt::PacketType::PingReq);

    broker.sendPacket(Mqtt::ConnAck {});
    QTRY_COMPARE(client.bytesAvailable(), qint64(4));
    QCOMPARE(client.readAll(), QByteArray("\x20\x02\x00\x00", 4));

    // Nothing more arrives: a timeout, explained.
    QVERIFY(!broker.waitForPacket(50));
    QVERIFY(broker.decodeError().contains(u"No complete packet"_s));

    // Packet type 0 is reserved (MQTT 3.1.1 section 2.2.1): malformed, explained.
    client.write(QByteArray("\x00\x00", 2));
    QVERIFY(!broker.waitForPacket(5000));
    QVERIFY2(broker.decodeError().contains(u"malformed"_s), qPrintable(broker.decodeError()));
    broker.dropClient();

    // A new client speaking MQTT 5: its CONNECT switches the version, so the CONNACK gets a property length.
    QTcpSocket client5;
    client5.connectToHost(broker.host(), broker.port());
    QVERIFY(broker.waitForClient(5000));
    QCOMPARE(broker.protocolVersion(), Mqtt::ProtocolVersion::V311);
    // CONNECT: protocol name, level 5, clean start, keep-alive 30, no properties, client id "v5".
    client5.write(QByteArray("\x10\x0f\x00\x04MQTT\x05\x02\x00\x1e\x00\x00\x02v5", 17));
    packet = broker.waitForPacket(5000);
    QVERIFY2(packet, qPrintable(broker.decodeError()));
    QVERIFY(std::holds_alternative<Mqtt::Connect>(*packet));
    QCOMPARE(std::get<Mqtt::Connect>(*packet).version, Mqtt::ProtocolVersion::V5);
    QCOMPARE(broker.protocolVersion(), Mqtt::ProtocolVersion::V5);
    broker.sendPacket(Mqtt::ConnAck {});
    QTRY_COMPARE(client5.bytesAvailable(), qint64(5));
    QCOMPARE(client5.readAll(), QByteArray("\x20\x03\x00\x00\x00", 5));
}

QTEST_GUILESS_MAIN(TestFakeBroker)
#include "tst_fakebroker.moc"
