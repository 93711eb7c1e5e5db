// SPDX-License-Identifier: MIT
// The transports against small scripted servers on 127.0.0.1, for what a real broker will not do: never answer a
// handshake, answer the WebSocket upgrade with HTTP 404, split packets over WebSocket frames, send a text frame,
// reset the connection; and the open/close/abort lifecycle.

#include "fakebroker.h"
#include "transport/transport.h"
#include "transporttestutil.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;
using namespace TransportTest;
using Mqtt::ConnectionOptions;
using Mqtt::Transport;
using Scheme = Mqtt::ConnectionOptions::Scheme;

class TestTransportScripted : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handshakeTimeout_data();
    void handshakeTimeout();
    void webSocketHttpStatus();
    void webSocketFrames();
    void webSocketTextFrameCloses();
    void brokerDropsTheConnection();
    void gracefulCloseAndReopen();
    void abortIsImmediate();
};

void TestTransportScripted::handshakeTimeout_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("mqtts:// server never answers the TLS handshake")
        << Scheme::Mqtts << QStringList { u"TLS handshake"_s, u"within 300 ms"_s };
    QTest::newRow("ws:// server never answers the WebSocket handshake")
        << Scheme::Ws << QStringList { u"WebSocket handshake"_s, u"within 300 ms"_s };
    QTest::newRow("wss:// server never answers") << Scheme::Wss << QStringList { u"within 300 ms"_s };
}

void TestTransportScripted::handshakeTimeout()
{
    QFETCH(Scheme, scheme);
    QFETCH(QStringList, mentions);

    // Accepts connections and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ConnectionOptions options = localOptions(scheme, silent.serverPort());
    options.connectTimeoutMs = 300;
    auto transport = Transport::create(options);
    Watch watch(transport.get());
    transport->open();
    QTRY_COMPARE_WITH_TIMEOUT(watch.closed.size(), 1, 5000);
    QCOMPARE(watch.opened.size(), 0);
    QCOMPARE(watch.errors.size(), 1);
    QString missing;
    mentions.append(u"127.0.0.1:"_s + QString::number(silent.serverPort()));
    QVERIFY2(mentionsAll(watch.error(), mentions, &missing),
        qPrintable(u"'%1' does not mention '%2'"_s.arg(watch.error(), missing)));
}

void TestTransportScripted::webSocketHttpStatus()
{
    // An HTTP server that is not a WebSocket endpoint: it answers the upgrade request with 404.
    QTcpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost));
    QByteArray request;
    connect(&http, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = http.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            request += socket->readAll();
            if (request.contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    });
    ConnectionOptions options = localOptions(Scheme::Ws, http.serverPort());
    options.webSocketPath = u"/broker"_s;
    auto transport = Transport::create(options);
    Watch watch(transport.get());
    transport->open();
    QTRY_COMPARE_WITH_TIMEOUT(watch.closed.size(), 1, 5000);
    QCOMPARE(watch.errors.size(), 1);
    const QString sentence = watch.error();
    QString missing;
    QVERIFY2(mentionsAll(sentence,
                 { u"127.0.0.1:"_s + QString::number(http.serverPort()), u"HTTP 404"_s, u"'/broker'"_s,
                     u"not a WebSocket endpoint"_s },
                 &missing),
        qPrintable(u"'%1' does not mention '%2'"_s.arg(sentence, missing)));
    // What the transport asked for: the path, and the mqtt subprotocol (MQTT-6.0.0-3).
    QVERIFY2(request.startsWith("GET /broker HTTP/1.1\r\n"), request.constData());
    QVERIFY2(request.toLower().contains("\r\nsec-websocket-protocol: mqtt\r\n"), request.constData());
}

void TestTransportScripted::webSocketFrames()
{
    // MQTT-6.0.0-1: packets go in binary frames; MQTT-6.0.0-2: a packet may be split over frames, and one frame
    // may carry several packets, so what readAll() returns is the byte stream, not frames.
    QWebSocketServer server(u"canopy-test"_s, QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray serverReceived;
    bool onlyBinary = true;
    QWebSocket *peer = nullptr;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        peer->setParent(&server); // deleted with the server
        connect(peer, &QWebSocket::binaryMessageReceived, peer, [&](const QByteArray &m) { serverReceived += m; });
        connect(peer, &QWebSocket::textMessageReceived, peer, [&] { onlyBinary = false; });
    });
    auto transport = Transport::create(localOptions(Scheme::Ws, server.serverPort()));
    Watch watch(transport.get());
    transport->open();
    QTRY_COMPARE(watch.opened.size(), 1);
    QVERIFY(peer);
    QCOMPARE(peer->subprotocol(), QString()); // this server does not pick one; the transport accepts that

    const QByteArray packet = connectPacket("split");
    QCOMPARE(transport->write(packet.left(5)), qint64(5));
    QCOMPARE(transport->write(packet.mid(5)), qint64(packet.size() - 5));
    QTRY_COMPARE(serverReceived, packet);
    QVERIFY(onlyBinary);

    peer->sendBinaryMessage(connAckAccepted.left(1));
    peer->sendBinaryMessage(connAckAccepted.mid(1) + QByteArray::fromHex("d000")); // CONNACK rest + PINGRESP
    QByteArray received;
    QTRY_COMPARE((received += transport->readAll()), connAckAccepted + QByteArray::fromHex("d000"));
    QVERIFY(watch.readyRead.size() >= 2);
    QVERIFY(watch.errors.isEmpty());

    transport->close();
    QTRY_COMPARE(watch.closed.size(), 1);
    QVERIFY(watch.errors.isEmpty());
}

void TestTransportScripted::webSocketTextFrameCloses()
{
    // MQTT-6.0.0-1: a data frame that is not binary closes the network connection.
    QWebSocketServer server(u"canopy-test"_s, QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QWebSocket *peer = nullptr;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        peer->setParent(&server); // deleted with the server
    });
    auto transport = Transport::create(localOptions(Scheme::Ws, server.serverPort()));
    Watch watch(transport.get());
    transport->open();
    QTRY_COMPARE(watch.opened.size(), 1);
    QVERIFY(peer);
    QSignalSpy peerDisconnected(peer, &QWebSocket::disconnected);
    peer->sendTextMessage(u"hello"_s);
    QTRY_COMPARE(watch.closed.size(), 1);
    QCOMPARE(watch.errors.size(), 1);
    QVERIFY2(watch.error().contains(u"text frame"_s), qPrintable(watch.error()));
    QTRY_COMPARE(peerDisconnected.size(), 1);
}

void TestTransportScripted::brokerDropsTheConnection()
{
    FakeBroker fake;
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    auto transport = Transport::create(localOptions(Scheme::Mqtt, fake.port()));
    Watch watch(transport.get());
    transport->open();
    QVERIFY(fake.waitForClient());
    QTRY_COMPARE(watch.opened.size(), 1);
    fake.dropClient(); // TCP reset
    QTRY_COMPARE(watch.closed.size(), 1);
    QCOMPARE(watch.errors.size(), 1);
    QVERIFY2(watch.error().contains(u"127.0.0.1:"_s + QString::number(fake.port())), qPrintable(watch.error()));
    QVERIFY2(watch.error().contains(u"the connection"_s), qPrintable(watch.error()));
}

void TestTransportScripted::gracefulCloseAndReopen()
{
    FakeBroker fake;
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    auto transport = Transport::create(localOptions(Scheme::Mqtt, fake.port()));
    Watch watch(transport.get());
    for (int round = 1; round <= 2; ++round) {
        transport->open();
        QTRY_COMPARE(watch.opened.size(), round);
        QVERIFY(fake.waitForConnectionCount(round));
        // Written just before close(): close() flushes it before the FIN.
        const QByteArray disconnect = QByteArray::fromHex("e000");
        transport->write(disconnect);
        transport->close();
        QCOMPARE(fake.waitForBytes(disconnect.size()), disconnect);
        QVERIFY(fake.waitForDisconnected());
        QTRY_COMPARE(watch.closed.size(), round);
        QVERIFY(watch.errors.isEmpty());
        QVERIFY(!transport->isOpen());
        transport->close(); // closing again does nothing
        QCOMPARE(watch.closed.size(), round);
    }
}

void TestTransportScripted::abortIsImmediate()
{
    FakeBroker fake;
    QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
    auto transport = Transport::create(localOptions(Scheme::Mqtt, fake.port()));
    Watch watch(transport.get());

    transport->abort(); // never opened: nothing to report
    QCOMPARE(watch.closed.size(), 0);

    transport->open();
    transport->abort(); // while opening: closed() at once, and no error
    QCOMPARE(watch.closed.size(), 1);

    transport->open();
    QTRY_COMPARE(watch.opened.size(), 1);
    transport->abort();
    QCOMPARE(watch.closed.size(), 2);
    QVERIFY(!transport->isOpen());
    QVERIFY(fake.waitForDisconnected());
    QVERIFY(watch.errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestTransportScripted)
#include "tst_transportscripted.moc"
