// SPDX-License-Identifier: MIT
// The transport's local end (canopy-cli's -A and --nodelay): a TCP or TLS connection leaves from the address it is
// bound to, always with Nagle's algorithm off, and an address it cannot use, or a WebSocket, fails with a sentence.

#include "transport/transport.h"
#include "transporttestutil.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TransportTest;

class TestTransportBind : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); } // Qt's "device not open" included
    void leavesFromTheBoundAddress_data();
    void leavesFromTheBoundAddress();
    void refusedWithASentence_data();
    void refusedWithASentence();
};

void TestTransportBind::leavesFromTheBoundAddress_data()
{
    QTest::addColumn<QString>("bindAddress");
    QTest::addColumn<QString>("peer"); // the address the server sees
    QTest::newRow("any address") << QString() << u"127.0.0.1"_s;
    QTest::newRow("-A 127.0.0.2 (this machine too)") << u"127.0.0.2"_s << u"127.0.0.2"_s;
}

void TestTransportBind::leavesFromTheBoundAddress()
{
    QFETCH(QString, bindAddress);
    QFETCH(QString, peer);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    Mqtt::ConnectionOptions options;
    options.host = u"127.0.0.1"_s;
    options.port = server.serverPort();
    options.bindAddress = bindAddress;
    auto transport = Transport::create(options);
    Watch watch(transport.get());
    transport->open();
    QTRY_COMPARE(watch.opened.size(), 1);
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    QCOMPARE(accepted->peerAddress().toString(), peer);
    // --nodelay is always in effect: the socket really has TCP_NODELAY (read back with getsockopt).
    auto *socket = transport->findChild<QTcpSocket *>();
    QVERIFY(socket);
    QCOMPARE(socket->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    transport->close();
    QTRY_COMPARE(watch.closed.size(), 1);
    QCOMPARE(watch.errors.size(), 0);
}

void TestTransportBind::refusedWithASentence_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("bindAddress");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("not an IP address") << u"mqtt://127.0.0.1:1"_s << u"localhost"_s << u"must be an IP address"_s;
    QTest::newRow("another machine's address (TEST-NET-1)")
        << u"mqtt://127.0.0.1:1"_s << u"192.0.2.1"_s << u"from the local address 192.0.2.1"_s;
    QTest::newRow("mqtts") << u"mqtts://127.0.0.1:1"_s << u"192.0.2.1"_s << u"from the local address 192.0.2.1"_s;
    QTest::newRow("a WebSocket") << u"ws://127.0.0.1:1/mqtt"_s << u"127.0.0.1"_s
                                 << u"cannot choose its local address"_s;
}

void TestTransportBind::refusedWithASentence()
{
    QFETCH(QString, url);
    QFETCH(QString, bindAddress);
    QFETCH(QString, sentence);
    QString error;
    auto options = Mqtt::ConnectionOptions::fromUrl(QUrl(url), &error);
    QVERIFY2(options, qPrintable(error));
    options->bindAddress = bindAddress;
    auto transport = Transport::create(*options);
    Watch watch(transport.get());
    transport->open();
    QTRY_COMPARE(watch.closed.size(), 1);
    QCOMPARE(watch.opened.size(), 0);
    QCOMPARE(watch.errors.size(), 1);
    const QString text = watch.errors.at(0).at(0).toString();
    QVERIFY2(text.contains(sentence) && text.endsWith(u'.'), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestTransportBind)
#include "tst_transportbind.moc"
