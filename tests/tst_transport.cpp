// SPDX-License-Identifier: MIT
// Integration test of the transports against a real mosquitto: each transport (mqtt, mqtts, ws, wss) carries a
// hand-written MQTT 3.1.1 CONNECT and brings back the broker's CONNACK; each failure (refused, DNS, untrusted CA,
// host-name mismatch, client certificate, files) is one sentence that names the endpoint and the problem.

#include "certificates.h"
#include "codec/mqttcodec.h"
#include "mosquittofixture.h"
#include "transport/transport.h"
#include "transport/websockettransport.h"
#include "transporttestutil.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace TransportTest;
using Mqtt::ConnectionOptions;
using Mqtt::Transport;
using Scheme = Mqtt::ConnectionOptions::Scheme;

class TestTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void connectAndConnAck_data();
    void connectAndConnAck();
    void failsWithOneSentence_data();
    void failsWithOneSentence();
    void clientCertificateRequired();
    void passphraseProtectedKey();
    void brokerClosesTheConnection();
    void workerThread_data();
    void workerThread();
    void readBufferBoundsEachRead_data();
    void readBufferBoundsEachRead();

private:
    ConnectionOptions options(Scheme scheme, quint16 port) const;
    void exchangeConnect(Transport *transport, Watch *watch);

    MosquittoFixture m_broker;
    quint16 m_wssPort = 0;
};

void TestTransport::initTestCase()
{
    const Certificates &certificates = Certificates::shared();
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    // The fixture has no wss:// listener: add one with the broker's own server certificate.
    m_wssPort = closedPort();
    QVERIFY(m_wssPort != 0);
    const QByteArray wssListener = "listener " + QByteArray::number(m_wssPort)
        + " 127.0.0.1\nprotocol websockets\nsocket_domain ipv4\nallow_anonymous true\ncafile "
        + QFile::encodeName(certificates.caCertificateFile()) + "\ncertfile "
        + QFile::encodeName(certificates.serverCertificateFile()) + "\nkeyfile "
        + QFile::encodeName(certificates.serverKeyFile()) + '\n';
    MosquittoFixture::Options brokerOptions;
    brokerOptions.tls = true;
    brokerOptions.websocket = true;
    brokerOptions.extraConfig = wssListener;
    QVERIFY2(m_broker.start(brokerOptions), qPrintable(m_broker.errorString()));
}

void TestTransport::cleanupTestCase()
{
    m_broker.stop();
}

ConnectionOptions TestTransport::options(Scheme scheme, quint16 port) const
{
    ConnectionOptions options;
    options.scheme = scheme;
    options.host = m_broker.host();
    options.port = port;
    options.connectTimeoutMs = 5000;
    return options;
}

void TestTransport::exchangeConnect(Transport *transport, Watch *watch)
{
    const QByteArray packet = connectPacket(clientIdForThisTest());
    QCOMPARE(transport->write(packet), qint64(packet.size()));
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += transport->readAll()).size() >= connAckAccepted.size() || !watch->errors.isEmpty(), 5000);
    QVERIFY2(watch->errors.isEmpty(), qPrintable(watch->error()));
    QCOMPARE(received.toHex(' '), connAckAccepted.toHex(' '));
    QVERIFY(watch->readyRead.size() >= 1);
}

void TestTransport::connectAndConnAck_data()
{
    QTest::addColumn<ConnectionOptions>("options");
    QTest::addColumn<bool>("insecure");

    const QString ca = m_broker.caCertificateFile();
    QTest::newRow("mqtt:// plain TCP") << options(Scheme::Mqtt, m_broker.port()) << false;

    ConnectionOptions tls = options(Scheme::Mqtts, m_broker.tlsPort());
    tls.tls.caCertificateFile = ca;
    QTest::newRow("mqtts:// with the broker's CA") << tls << false;

    ConnectionOptions byName = tls;
    byName.host = u"localhost"_s; // the certificate names DNS:localhost; the listener is on 127.0.0.1 only
    QTest::newRow("mqtts:// by host name localhost") << byName << false;

    ConnectionOptions verifyName = options(Scheme::Mqtts, m_broker.tlsWrongHostPort());
    verifyName.tls.caCertificateFile = ca;
    verifyName.tls.peerVerifyName = u"wrong-host.invalid"_s;
    QTest::newRow("mqtts:// peerVerifyName matches the certificate") << verifyName << false;

    ConnectionOptions insecure = options(Scheme::Mqtts, m_broker.tlsWrongHostPort());
    insecure.tls.insecure = true;
    QTest::newRow("mqtts:// insecure to the wrong-host listener") << insecure << true;

    ConnectionOptions clientCert = options(Scheme::Mqtts, m_broker.tlsClientCertPort());
    clientCert.tls.caCertificateFile = ca;
    clientCert.tls.clientCertificateFile = m_broker.clientCertificateFile();
    clientCert.tls.clientKeyFile = m_broker.clientKeyFile();
    QTest::newRow("mqtts:// client certificate, listener requires one") << clientCert << false;

    ConnectionOptions optionalCert = clientCert;
    optionalCert.port = m_broker.tlsPort();
    QTest::newRow("mqtts:// client certificate, listener accepts one") << optionalCert << false;

    QTest::newRow("MQTT-6.0.0-3 ws:// offers subprotocol mqtt")
        << options(Scheme::Ws, m_broker.webSocketPort()) << false;

    ConnectionOptions wsPath = options(Scheme::Ws, m_broker.webSocketPort());
    wsPath.webSocketPath = u"/some/other/path?x=1"_s;
    QTest::newRow("ws:// another path") << wsPath << false;

    ConnectionOptions wss = options(Scheme::Wss, m_wssPort);
    wss.tls.caCertificateFile = ca;
    QTest::newRow("wss:// with the broker's CA") << wss << false;

    ConnectionOptions wssVerifyName = wss;
    wssVerifyName.tls.peerVerifyName = u"localhost"_s;
    QTest::newRow("wss:// peerVerifyName matches the certificate") << wssVerifyName << false;

    ConnectionOptions wssInsecure = options(Scheme::Wss, m_wssPort);
    wssInsecure.tls.insecure = true;
    QTest::newRow("wss:// insecure (untrusted CA)") << wssInsecure << true;
}

void TestTransport::connectAndConnAck()
{
    QFETCH(ConnectionOptions, options);
    QFETCH(bool, insecure);

    if (insecure)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"peer verification is off for 127\\.0\\.0\\.1:\\d+"_s));
    auto transport = Transport::create(options);
    QVERIFY(transport);
    QCOMPARE(transport->isInsecure(), insecure);
    QCOMPARE(transport->options(), options);
    Watch watch(transport.get());
    QVERIFY(!transport->isOpen());
    QCOMPARE(transport->write("x"), qint64(-1)); // not open yet

    transport->open();
    QTRY_VERIFY_WITH_TIMEOUT(!watch.opened.isEmpty() || !watch.closed.isEmpty(), 10000);
    QVERIFY2(watch.errors.isEmpty(), qPrintable(watch.error()));
    QCOMPARE(watch.opened.size(), 1);
    QVERIFY(transport->isOpen());
    // MQTT-6.0.0-3/-4: the transport offered "mqtt" and mosquitto selected it.
    if (const auto *webSocket = qobject_cast<Mqtt::WebSocketTransport *>(transport.get()))
        QCOMPARE(webSocket->subprotocol(), u"mqtt"_s);

    exchangeConnect(transport.get(), &watch);
    if (QTest::currentTestFailed())
        return;

    transport->close();
    QTRY_COMPARE(watch.closed.size(), 1);
    QVERIFY(watch.errors.isEmpty());
    QVERIFY(!transport->isOpen());
    QVERIFY(transport->lastError().isEmpty());
}

void TestTransport::failsWithOneSentence_data()
{
    QTest::addColumn<ConnectionOptions>("options");
    QTest::addColumn<QStringList>("mentions");

    const QString ca = m_broker.caCertificateFile();
    const QString otherCa = m_broker.otherCaCertificateFile();
    const QString host = m_broker.host();
    auto endpoint = [&](quint16 port) -> QString { return host + u':' + QString::number(port); };

    const quint16 closed = closedPort();
    QTest::newRow("mqtt:// connection refused on a closed port")
        << options(Scheme::Mqtt, closed) << QStringList { endpoint(closed), u"refused"_s, u"port"_s };

    ConnectionOptions dns = options(Scheme::Mqtt, 1883);
    dns.host = u"nosuch.invalid"_s;
    QTest::newRow("mqtt:// DNS failure") << dns << QStringList { u"'nosuch.invalid'"_s, u"does not resolve"_s };

    ConnectionOptions untrusted = options(Scheme::Mqtts, m_broker.tlsPort());
    untrusted.tls.caCertificateFile = otherCa;
    QTest::newRow("mqtts:// server certificate from another CA")
        << untrusted
        << QStringList { endpoint(m_broker.tlsPort()), u"not trusted"_s, u"'localhost'"_s, u"Canopy Test CA"_s,
               otherCa };

    ConnectionOptions systemStore = options(Scheme::Mqtts, m_broker.tlsPort());
    QTest::newRow("mqtts:// private CA against the system store")
        << systemStore << QStringList { u"not trusted"_s, u"system's CA store"_s, u"Canopy Test CA"_s };

    ConnectionOptions wrongHost = options(Scheme::Mqtts, m_broker.tlsWrongHostPort());
    wrongHost.tls.caCertificateFile = ca;
    QTest::newRow("mqtts:// host name mismatch")
        << wrongHost
        << QStringList { endpoint(m_broker.tlsWrongHostPort()), u"'wrong-host.invalid'"_s, u"not for '127.0.0.1'"_s };

    ConnectionOptions wrongVerifyName = options(Scheme::Mqtts, m_broker.tlsPort());
    wrongVerifyName.tls.caCertificateFile = ca;
    wrongVerifyName.tls.peerVerifyName = u"broker.example.com"_s;
    QTest::newRow("mqtts:// peerVerifyName the certificate does not list")
        << wrongVerifyName << QStringList { u"'localhost'"_s, u"'127.0.0.1'"_s, u"not for 'broker.example.com'"_s };

    const QString missing = QDir::temp().filePath(u"canopy-no-such-dir/ca.pem"_s);
    ConnectionOptions missingCa = options(Scheme::Mqtts, m_broker.tlsPort());
    missingCa.tls.caCertificateFile = missing;
    QTest::newRow("mqtts:// missing CA file")
        << missingCa << QStringList { u"CA certificate file"_s, missing, u"does not exist"_s };

    ConnectionOptions notACertificate = options(Scheme::Mqtts, m_broker.tlsPort());
    notACertificate.tls.caCertificateFile = m_broker.clientKeyFile();
    QTest::newRow("mqtts:// CA file holds no certificate")
        << notACertificate << QStringList { m_broker.clientKeyFile(), u"no PEM certificate"_s };

    ConnectionOptions missingCert = options(Scheme::Mqtts, m_broker.tlsClientCertPort());
    missingCert.tls.caCertificateFile = ca;
    missingCert.tls.clientCertificateFile = QDir::temp().filePath(u"canopy-no-such-dir/client.crt"_s);
    missingCert.tls.clientKeyFile = m_broker.clientKeyFile();
    QTest::newRow("mqtts:// missing client certificate file")
        << missingCert << QStringList { u"client certificate file"_s, missingCert.tls.clientCertificateFile };

    ConnectionOptions certWithoutKey = missingCert;
    certWithoutKey.tls.clientCertificateFile = m_broker.clientCertificateFile();
    certWithoutKey.tls.clientKeyFile.clear();
    QTest::newRow("mqtts:// client certificate without its key")
        << certWithoutKey << QStringList { m_broker.clientCertificateFile(), u"key"_s };

    ConnectionOptions wrongKey = certWithoutKey;
    wrongKey.tls.clientKeyFile = Certificates::shared().serverKeyFile();
    QTest::newRow("mqtts:// client key that does not match the certificate")
        << wrongKey
        << QStringList { Certificates::shared().serverKeyFile(), m_broker.clientCertificateFile(),
               u"does not belong"_s };

    ConnectionOptions tlsToPlain = options(Scheme::Mqtts, m_broker.port());
    tlsToPlain.tls.caCertificateFile = ca;
    QTest::newRow("mqtts:// to a plain MQTT port")
        << tlsToPlain << QStringList { endpoint(m_broker.port()), u"TLS"_s, u"serves MQTT over TLS"_s };

    QTest::newRow("ws:// to a plain MQTT port") << options(
        Scheme::Ws, m_broker.port()) << QStringList { endpoint(m_broker.port()), u"not a WebSocket endpoint"_s };

    QTest::newRow("ws:// connection refused")
        << options(Scheme::Ws, closed) << QStringList { endpoint(closed), u"refused"_s };

    ConnectionOptions wsDns = options(Scheme::Ws, 80);
    wsDns.host = u"nosuch.invalid"_s;
    QTest::newRow("ws:// DNS failure") << wsDns << QStringList { u"'nosuch.invalid'"_s, u"does not resolve"_s };

    ConnectionOptions wssUntrusted = options(Scheme::Wss, m_wssPort);
    wssUntrusted.tls.caCertificateFile = otherCa;
    QTest::newRow("wss:// server certificate from another CA")
        << wssUntrusted << QStringList { endpoint(m_wssPort), u"not trusted"_s, u"Canopy Test CA"_s };

    ConnectionOptions wssVerifyName = options(Scheme::Wss, m_wssPort);
    wssVerifyName.tls.caCertificateFile = ca;
    wssVerifyName.tls.peerVerifyName = u"broker.example.com"_s;
    QTest::newRow("wss:// peerVerifyName the certificate does not list")
        << wssVerifyName << QStringList { endpoint(m_wssPort), u"not for 'broker.example.com'"_s };

    ConnectionOptions wssMissingCa = options(Scheme::Wss, m_wssPort);
    wssMissingCa.tls.caCertificateFile = missing;
    QTest::newRow("wss:// missing CA file") << wssMissingCa << QStringList { missing, u"does not exist"_s };
}

void TestTransport::failsWithOneSentence()
{
    QFETCH(ConnectionOptions, options);
    QFETCH(QStringList, mentions);

    auto transport = Transport::create(options);
    Watch watch(transport.get());
    transport->open();
    // Even a failure found before any I/O (a missing file) is reported from the event loop, not inside open().
    QCOMPARE(watch.errors.size(), 0);
    QCOMPARE(watch.closed.size(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(watch.closed.size(), 1, 10000);
    QCOMPARE(watch.opened.size(), 0);
    QCOMPARE(watch.errors.size(), 1);
    const QString sentence = watch.error();
    QString missing;
    QVERIFY2(
        mentionsAll(sentence, mentions, &missing), qPrintable(u"'%1' does not mention '%2'"_s.arg(sentence, missing)));
    QVERIFY2(sentence.endsWith(u'.') && !sentence.contains(u'\n'), qPrintable(sentence));
    QCOMPARE(transport->lastError(), sentence);
    QVERIFY(!transport->isOpen());
    QCOMPARE(transport->write("x"), qint64(-1));
}

void TestTransport::clientCertificateRequired()
{
    // With TLS 1.3 the client finishes its handshake before the broker checks for a client certificate, so the
    // refusal may only arrive once the client has written: either way it is one sentence about the certificate.
    ConnectionOptions noCert = options(Scheme::Mqtts, m_broker.tlsClientCertPort());
    noCert.tls.caCertificateFile = m_broker.caCertificateFile();
    auto transport = Transport::create(noCert);
    Watch watch(transport.get());
    connect(transport.get(), &Transport::opened, transport.get(),
        [&] { transport->write(connectPacket(clientIdForThisTest())); });
    transport->open();
    QTRY_COMPARE_WITH_TIMEOUT(watch.closed.size(), 1, 10000);
    QCOMPARE(watch.errors.size(), 1);
    const QString sentence = watch.error();
    QVERIFY2(sentence.contains(u"client certificate"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"127.0.0.1:"_s + QString::number(m_broker.tlsClientCertPort())), qPrintable(sentence));
    QVERIFY(transport->readAll().isEmpty()); // no CONNACK
}

void TestTransport::passphraseProtectedKey()
{
    // The client key, re-written encrypted with a passphrase.
    QFile plainKey(m_broker.clientKeyFile());
    QVERIFY(plainKey.open(QIODevice::ReadOnly));
    const QSslKey key(plainKey.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!key.isNull());
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString encryptedFile = directory.filePath(u"client-encrypted.key"_s);
    {
        QFile file(encryptedFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(key.toPem("correct horse"));
    }

    ConnectionOptions options = this->options(Scheme::Mqtts, m_broker.tlsClientCertPort());
    options.tls.caCertificateFile = m_broker.caCertificateFile();
    options.tls.clientCertificateFile = m_broker.clientCertificateFile();
    options.tls.clientKeyFile = encryptedFile;

    struct Case {
        QByteArray passphrase;
        QString mention; // empty: the connection works
    };
    const QList<Case> cases { { QByteArray(), u"is protected by a passphrase"_s },
        { "wrong", u"could not be decrypted"_s }, { "correct horse", QString() } };
    for (const Case &c : cases) {
        options.tls.clientKeyPassphrase = c.passphrase;
        auto transport = Transport::create(options);
        Watch watch(transport.get());
        transport->open();
        QTRY_VERIFY_WITH_TIMEOUT(!watch.opened.isEmpty() || !watch.closed.isEmpty(), 10000);
        if (c.mention.isEmpty()) {
            QVERIFY2(watch.errors.isEmpty(), qPrintable(watch.error()));
            exchangeConnect(transport.get(), &watch);
            if (QTest::currentTestFailed())
                return;
        } else {
            QVERIFY2(watch.error().contains(c.mention), qPrintable(watch.error()));
            QVERIFY(watch.error().contains(encryptedFile));
            QVERIFY(!watch.error().contains(u"correct horse"_s));
        }
    }
}

void TestTransport::brokerClosesTheConnection()
{
    // A packet type 0 is malformed (MQTT-2.2.2-2 reserved type): mosquitto drops the connection.
    auto transport = Transport::create(options(Scheme::Mqtt, m_broker.port()));
    Watch watch(transport.get());
    transport->open();
    QTRY_COMPARE(watch.opened.size(), 1);
    transport->write(QByteArray::fromHex("0000"));
    QTRY_COMPARE_WITH_TIMEOUT(watch.closed.size(), 1, 5000);
    QCOMPARE(watch.errors.size(), 1);
    QCOMPARE(watch.error(), u"The broker at 127.0.0.1:%1 closed the connection."_s.arg(m_broker.port()));
}

void TestTransport::workerThread_data()
{
    QTest::addColumn<ConnectionOptions>("options");
    QTest::newRow("mqtt:// in a worker thread") << options(Scheme::Mqtt, m_broker.port());
    ConnectionOptions tls = options(Scheme::Mqtts, m_broker.tlsPort());
    tls.tls.caCertificateFile = m_broker.caCertificateFile();
    QTest::newRow("mqtts:// in a worker thread") << tls;
    QTest::newRow("ws:// in a worker thread") << options(Scheme::Ws, m_broker.webSocketPort());
}

void TestTransport::workerThread()
{
    QFETCH(ConnectionOptions, options);

    QThread worker;
    worker.start();
    // Made here, used only in the worker thread.
    Transport *transport = Transport::create(options).release();
    transport->moveToThread(&worker);
    const auto cleanup = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            transport, [transport] { delete transport; }, Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
    });

    QMutex mutex;
    QByteArray received;
    bool everythingInWorker = true;
    int opened = 0;
    int closed = 0;
    QStringList errors;
    QObject here; // receives the transport's signals in this thread, queued
    connect(transport, &Transport::opened, &here, [&] { ++opened; });
    connect(transport, &Transport::closed, &here, [&] { ++closed; });
    connect(transport, &Transport::errorOccurred, &here, [&](const QString &e) { errors.append(e); });
    connect(transport, &Transport::readyRead, transport, [&, transport] {
        QMutexLocker locker(&mutex);
        if (QThread::currentThread() != &worker)
            everythingInWorker = false;
        for (QObject *child : transport->children()) {
            if (child->thread() != &worker)
                everythingInWorker = false;
        }
        received += transport->readAll();
    });

    QMetaObject::invokeMethod(transport, [transport] { transport->open(); });
    QTRY_VERIFY_WITH_TIMEOUT(opened == 1 || closed == 1, 10000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u' ')));
    const QByteArray packet = connectPacket(clientIdForThisTest());
    QMetaObject::invokeMethod(transport, [transport, packet] { transport->write(packet); });
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QMutexLocker locker(&mutex);
            return received.size() >= connAckAccepted.size();
        }(),
        5000);
    {
        QMutexLocker locker(&mutex);
        QCOMPARE(received, connAckAccepted);
        QVERIFY(everythingInWorker);
    }
    QMetaObject::invokeMethod(transport, [transport] { transport->close(); });
    QTRY_COMPARE(closed, 1);
    QVERIFY(errors.isEmpty());
}

void TestTransport::readBufferBoundsEachRead_data()
{
    QTest::addColumn<ConnectionOptions>("options");
    QTest::addColumn<bool>("boundsEachRead");
    QTest::newRow("mqtt://") << options(Scheme::Mqtt, m_broker.port()) << true;
    ConnectionOptions tls = options(Scheme::Mqtts, m_broker.tlsPort());
    tls.tls.caCertificateFile = m_broker.caCertificateFile();
    QTest::newRow("mqtts://") << tls << true;
    // A WebSocket transport hands on one whole WebSocket message at a time (mosquitto sends one per MQTT packet) and
    // leaves QWebSocket's own buffer alone, which with a bound never completes a larger frame (Qt 6.4).
    QTest::newRow("ws://") << options(Scheme::Ws, m_broker.webSocketPort()) << false;
    ConnectionOptions wss = options(Scheme::Wss, m_wssPort);
    wss.tls.caCertificateFile = m_broker.caCertificateFile();
    QTest::newRow("wss://") << wss << false;
}

void TestTransport::readBufferBoundsEachRead()
{
    QFETCH(ConnectionOptions, options);
    QFETCH(bool, boundsEachRead);
    constexpr qint64 ReadBuffer = 4096;
    constexpr qsizetype PayloadSize = 100000; // many times the read buffer (mosquitto is slow with it over ws://)

    auto transport = Transport::create(options);
    transport->setReadBufferSize(ReadBuffer);
    Watch watch(transport.get());
    transport->open();
    QTRY_VERIFY_WITH_TIMEOUT(!watch.opened.isEmpty() || !watch.closed.isEmpty(), 10000);
    QVERIFY2(watch.errors.isEmpty(), qPrintable(watch.error()));
    exchangeConnect(transport.get(), &watch);
    if (QTest::currentTestFailed())
        return;

    QByteArray received;
    qsizetype largestRead = 0;
    connect(transport.get(), &Transport::readyRead, this, [&] {
        const QByteArray chunk = transport->readAll();
        largestRead = std::max(largestRead, chunk.size());
        received += chunk;
    });
    // Subscribed to a topic of its own, the client gets back what it publishes there (MQTT 3.1.1 has no No Local).
    const QString topic = u"canopy/readbuffer/"_s + QString::fromLatin1(clientIdForThisTest());
    Mqtt::Subscribe subscribe;
    subscribe.packetId = 1;
    subscribe.subscriptions.append(Mqtt::Subscription { topic, {} });
    transport->write(Mqtt::encode(subscribe, Mqtt::ProtocolVersion::V311));
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 5 || !watch.errors.isEmpty(), 5000);
    QCOMPARE(received.left(5).toHex(' '), QByteArray("90 03 00 01 00")); // SUBACK, packet id 1, QoS 0 granted
    received.remove(0, 5);
    largestRead = 0;

    Mqtt::Publish publish;
    publish.topic = topic;
    for (qsizetype i = 0; i < PayloadSize; ++i)
        publish.payload.append(char('a' + i % 26));
    transport->write(Mqtt::encode(publish, Mqtt::ProtocolVersion::V311));
    const Mqtt::Decoder decoder(Mqtt::Role::Client);
    QTRY_VERIFY_WITH_TIMEOUT(
        decoder.decode(received).status == Mqtt::DecodeResult::Status::Complete || !watch.errors.isEmpty(), 10000);
    QVERIFY2(watch.errors.isEmpty(), qPrintable(watch.error()));
    const Mqtt::DecodeResult result = decoder.decode(received);
    QCOMPARE(result.consumed, received.size());
    const auto *echoed = std::get_if<Mqtt::Publish>(&result.packet);
    QVERIFY(echoed);
    QCOMPARE(echoed->topic, topic);
    QVERIFY(echoed->payload == publish.payload); // not QCOMPARE: 100 KB in a failure message
    if (boundsEachRead)
        QVERIFY2(largestRead <= ReadBuffer, qPrintable(u"a read of %1 bytes"_s.arg(largestRead)));
    transport->close();
    QTRY_COMPARE(watch.closed.size(), 1);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
