// SPDX-License-Identifier: MIT
// Proves the test fixtures themselves: every listener of MosquittoFixture works (checked with the real mosquitto
// clients, QSslSocket and QWebSocket), restarts keep persisted state, and no broker outlives its fixture.
// FakeBroker has its own unit test, tst_fakebroker.
#include "certificates.h"
#include "mosquittofixture.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct ToolResult {
    bool finished = false;
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

ToolResult runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    ToolResult result;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.output = process.errorString().toLocal8Bit();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(30000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAll();
    return result;
}

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

// The local addresses on which some socket listens on `port`, from /proc/net/tcp and tcp6 (Linux).
QStringList listeningAddresses(quint16 port)
{
    QStringList addresses;
    for (const auto *table : { "/proc/net/tcp", "/proc/net/tcp6" }) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A") // 0A = LISTEN
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.size() != 2 || local.at(1).toUShort(nullptr, 16) != port)
                continue;
            if (local.at(0) == "0100007F")
                addresses += u"127.0.0.1"_s;
            else
                addresses += QString::fromLatin1(local.at(0)); // anything else is wrong here; show it raw
        }
    }
    return addresses;
}

// A minimal MQTT 3.1.1 CONNECT (clean session, keep-alive 60 s, client id "ws-probe"), written by hand from
// MQTT 3.1.1 section 3.1 so this test does not depend on the codec it helps to test.
QByteArray handWrittenConnect()
{
    const QByteArray clientId = "ws-probe";
    QByteArray variableHeaderAndPayload = QByteArray("\x00\x04MQTT\x04\x02\x00\x3c", 10);
    variableHeaderAndPayload += char(0);
    variableHeaderAndPayload += char(clientId.size());
    variableHeaderAndPayload += clientId;
    return QByteArray(1, '\x10') + char(variableHeaderAndPayload.size()) + variableHeaderAndPayload;
}

enum class Listener { Plain, Tls, TlsClientCert, TlsWrongHost, Password };

} // namespace

class TestFixture : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listenersBindLoopbackOnly();
    void clientsThroughListener_data();
    void clientsThroughListener();
    void qtTlsAcceptsTheCertificates();
    void qtTlsReportsHostNameMismatch();
    void webSocketListenerSpeaksMqtt_data();
    void webSocketListenerSpeaksMqtt();
    void restartKeepsRetainedMessage_data();
    void restartKeepsRetainedMessage();
    void queueIsUnlimitedByDefault();
    void maxQueuedMessagesLimitsTheQueue();
    void stopLeavesNoProcess();
    void destructorStopsBroker();
    void twoFixturesRunSideBySide();
    void startFailureReportsMosquittoLog();

private:
    quint16 portOf(Listener listener) const;
    ToolResult publish(quint16 port, const QStringList &arguments, const QString &topic, const QByteArray &payload);
    ToolResult subscribeOnce(quint16 port, const QStringList &arguments, const QString &topic);

    MosquittoFixture m_broker;
    QString m_pub;
    QString m_sub;
};

void TestFixture::initTestCase()
{
    m_pub = QStandardPaths::findExecutable(u"mosquitto_pub"_s);
    m_sub = QStandardPaths::findExecutable(u"mosquitto_sub"_s);
    QVERIFY2(!m_pub.isEmpty() && !m_sub.isEmpty(), "mosquitto_pub and mosquitto_sub (mosquitto-clients) are needed");

    MosquittoFixture::Options options;
    options.tls = true;
    options.websocket = true;
    options.users = { { u"alice"_s, u"s3cret alice"_s }, { u"bob"_s, u"b0b:colon"_s } };
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.errorString()));
}

quint16 TestFixture::portOf(Listener listener) const
{
    switch (listener) {
    case Listener::Plain:
        return m_broker.port();
    case Listener::Tls:
        return m_broker.tlsPort();
    case Listener::TlsClientCert:
        return m_broker.tlsClientCertPort();
    case Listener::TlsWrongHost:
        return m_broker.tlsWrongHostPort();
    case Listener::Password:
        return m_broker.passwordPort();
    }
    return 0;
}

ToolResult TestFixture::publish(
    quint16 port, const QStringList &arguments, const QString &topic, const QByteArray &payload)
{
    // QoS 1: mosquitto_pub exits 0 only once the broker acknowledged the message.
    return runTool(m_pub,
        QStringList { u"-h"_s, m_broker.host(), u"-p"_s, QString::number(port), u"-t"_s, topic, u"-q"_s, u"1"_s,
            u"-r"_s, u"-m"_s, QString::fromLatin1(payload) }
            + arguments);
}

ToolResult TestFixture::subscribeOnce(quint16 port, const QStringList &arguments, const QString &topic)
{
    return runTool(m_sub,
        QStringList { u"-h"_s, m_broker.host(), u"-p"_s, QString::number(port), u"-t"_s, topic, u"-C"_s, u"1"_s,
            u"-W"_s, u"10"_s }
            + arguments);
}

void TestFixture::listenersBindLoopbackOnly()
{
    const quint16 ports[] = { m_broker.port(), m_broker.tlsPort(), m_broker.tlsClientCertPort(),
        m_broker.tlsWrongHostPort(), m_broker.webSocketPort(), m_broker.passwordPort() };
    QSet<quint16> distinct;
    for (const quint16 port : ports) {
        QVERIFY(port != 0);
        distinct.insert(port);
        QCOMPARE(listeningAddresses(port), QStringList { u"127.0.0.1"_s });
    }
    QCOMPARE(distinct.size(), qsizetype(std::size(ports)));
    QCOMPARE(m_broker.host(), u"127.0.0.1"_s);
}

void TestFixture::clientsThroughListener_data()
{
    QTest::addColumn<Listener>("listener");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("accepted");

    const Certificates &pki = Certificates::shared();
    QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
    const QStringList ca { u"--cafile"_s, pki.caCertificateFile() };
    const QStringList otherCa { u"--cafile"_s, pki.otherCaCertificateFile() };
    const QStringList clientCert { u"--cert"_s, pki.clientCertificateFile(), u"--key"_s, pki.clientKeyFile() };
    const QStringList localhost { u"-h"_s, u"localhost"_s }; // later -h wins over the 127.0.0.1 default

    QTest::newRow("plain, anonymous") << Listener::Plain << QStringList {} << true;
    QTest::newRow("tls, trusted CA, IP SAN 127.0.0.1") << Listener::Tls << ca << true;
    QTest::newRow("tls, trusted CA, DNS SAN localhost") << Listener::Tls << ca + localhost << true;
    QTest::newRow("tls, other CA refused") << Listener::Tls << otherCa << false;
    QTest::newRow("tls, optional client certificate given") << Listener::Tls << ca + clientCert << true;
    QTest::newRow("client-cert listener, with certificate") << Listener::TlsClientCert << ca + clientCert << true;
    QTest::newRow("client-cert listener, without certificate") << Listener::TlsClientCert << ca << false;
    QTest::newRow("wrong-host listener, name mismatch") << Listener::TlsWrongHost << ca << false;
    QTest::newRow("wrong-host listener, chain is fine when the name is not checked")
        << Listener::TlsWrongHost << ca + QStringList { u"--insecure"_s } << true;
    QTest::newRow("password listener, alice right password")
        << Listener::Password << QStringList { u"-u"_s, u"alice"_s, u"-P"_s, u"s3cret alice"_s } << true;
    QTest::newRow("password listener, bob right password")
        << Listener::Password << QStringList { u"-u"_s, u"bob"_s, u"-P"_s, u"b0b:colon"_s } << true;
    QTest::newRow("password listener, wrong password")
        << Listener::Password << QStringList { u"-u"_s, u"alice"_s, u"-P"_s, u"wrong"_s } << false;
    QTest::newRow("password listener, unknown user")
        << Listener::Password << QStringList { u"-u"_s, u"mallory"_s, u"-P"_s, u"s3cret alice"_s } << false;
    QTest::newRow("password listener, anonymous refused") << Listener::Password << QStringList {} << false;
}

void TestFixture::clientsThroughListener()
{
    QFETCH(Listener, listener);
    QFETCH(QStringList, arguments);
    QFETCH(bool, accepted);

    const quint16 port = portOf(listener);
    const QString topic = u"canopy/fixture/"_s + QString::fromLatin1(QTest::currentDataTag());
    const QByteArray payload = "payload for " + QByteArray(QTest::currentDataTag());

    const ToolResult published = publish(port, arguments, topic, payload);
    QVERIFY2(published.finished, published.output.constData());
    if (!accepted) {
        QVERIFY2(published.exitCode != 0, "the broker accepted a client it should have refused");
        QVERIFY2(!published.output.isEmpty(), "mosquitto_pub failed without saying why");
        return;
    }
    QVERIFY2(published.exitCode == 0, QByteArray(published.output + "\n" + m_broker.log().toLocal8Bit()).constData());

    // Read it back through the same listener with the same credentials: the retained message proves both ways.
    const ToolResult received = subscribeOnce(port, arguments, topic);
    QVERIFY2(received.finished && received.exitCode == 0, received.output.constData());
    QCOMPARE(received.output, payload + '\n');
}

void TestFixture::qtTlsAcceptsTheCertificates()
{
    // The same files must work with Qt's TLS backend, which Canopy uses: CA, EC client key and certificate.
    const Certificates &pki = Certificates::shared();
    QFile keyFile(m_broker.clientKeyFile());
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    QVERIFY(!key.isNull());
    const QList<QSslCertificate> clientChain = QSslCertificate::fromPath(m_broker.clientCertificateFile());
    QCOMPARE(clientChain.size(), 1);
    QCOMPARE(
        QSslCertificate::fromPath(pki.caCertificateFile()), QSslCertificate::fromPath(m_broker.caCertificateFile()));

    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(m_broker.caCertificateFile()));
    configuration.setLocalCertificate(clientChain.first());
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(configuration);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QSignalSpy errors(&socket, &QSslSocket::sslErrors);
    socket.connectToHostEncrypted(m_broker.host(), m_broker.tlsClientCertPort());
    QTRY_VERIFY_WITH_TIMEOUT(
        encrypted.count() == 1 || errors.count() > 0 || socket.state() == QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(encrypted.count(), 1);

    // The broker accepted the client certificate: it answers a CONNECT with a CONNACK "accepted".
    socket.write(handWrittenConnect());
    QTRY_COMPARE_WITH_TIMEOUT(socket.bytesAvailable(), qint64(4), 10000);
    QCOMPARE(socket.readAll(), QByteArray("\x20\x02\x00\x00", 4));
}

void TestFixture::qtTlsReportsHostNameMismatch()
{
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(m_broker.caCertificateFile()));
    socket.setSslConfiguration(configuration);
    QSignalSpy errors(&socket, &QSslSocket::sslErrors);
    socket.connectToHostEncrypted(m_broker.host(), m_broker.tlsWrongHostPort());
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() == 1, 10000);
    const auto sslErrors = errors.first().first().value<QList<QSslError>>();
    QList<QSslError::SslError> kinds;
    for (const QSslError &error : sslErrors)
        kinds += error.error();
    QCOMPARE(kinds, QList<QSslError::SslError> { QSslError::HostNameMismatch });
}

void TestFixture::webSocketListenerSpeaksMqtt_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root path") << u"/"_s;
    QTest::newRow("/mqtt path") << u"/mqtt"_s;
}

void TestFixture::webSocketListenerSpeaksMqtt()
{
    // Debian's mosquitto_pub 2.0.11 has no WebSocket transport, so this speaks MQTT over QWebSocket by hand.
    QFETCH(QString, path);
    QWebSocket socket;
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy messages(&socket, &QWebSocket::binaryMessageReceived);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({ u"mqtt"_s });
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(m_broker.host());
    url.setPort(m_broker.webSocketPort());
    url.setPath(path);
    socket.open(url, handshake);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
    QCOMPARE(socket.subprotocol(), u"mqtt"_s);

    socket.sendBinaryMessage(handWrittenConnect());
    QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 1, 10000);
    QCOMPARE(messages.first().first().toByteArray(), QByteArray("\x20\x02\x00\x00", 4)); // CONNACK, accepted
    socket.close();
}

void TestFixture::restartKeepsRetainedMessage_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("kept");
    QTest::newRow("savePersistence, kill (SIGKILL), restart") << u"save+kill"_s << true;
    QTest::newRow("stop (SIGTERM saves), restart") << u"stop"_s << true;
    QTest::newRow("kill without a save loses it") << u"kill"_s << false;
}

void TestFixture::restartKeepsRetainedMessage()
{
    QFETCH(QString, how);
    QFETCH(bool, kept);
    MosquittoFixture broker;
    MosquittoFixture::Options options;
    options.persistence = true;
    options.websocket = true;
    QVERIFY2(broker.start(options), qPrintable(broker.errorString()));
    const quint16 port = broker.port();
    const quint16 webSocketPort = broker.webSocketPort();
    const qint64 firstPid = broker.pid();

    const ToolResult published = runTool(m_pub,
        { u"-h"_s, broker.host(), u"-p"_s, QString::number(port), u"-t"_s, u"canopy/persisted"_s, u"-q"_s, u"1"_s,
            u"-r"_s, u"-m"_s, u"survives"_s });
    QVERIFY2(published.finished && published.exitCode == 0, published.output.constData());

    if (how == u"save+kill"_s) {
        QVERIFY2(broker.savePersistence(), qPrintable(broker.errorString()));
        broker.kill();
    } else if (how == u"stop"_s) {
        broker.stop();
    } else {
        broker.kill();
    }
    QVERIFY(!broker.isRunning());
    QVERIFY(!processExists(firstPid));

    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    QVERIFY(broker.isRunning());
    QVERIFY(broker.pid() != firstPid);
    QCOMPARE(broker.port(), port);
    QCOMPARE(broker.webSocketPort(), webSocketPort);

    const ToolResult received = runTool(m_sub,
        { u"-h"_s, broker.host(), u"-p"_s, QString::number(port), u"-t"_s, u"canopy/persisted"_s, u"-C"_s, u"1"_s,
            u"-W"_s, kept ? u"10"_s : u"1"_s });
    QVERIFY(received.finished);
    if (kept)
        QCOMPARE(received.output, QByteArray("survives\n"));
    else
        QVERIFY2(!received.output.contains("survives"), received.output.constData());
}

namespace {
// Queues `count` QoS 1 messages for an offline persistent session, then returns how many it receives on return.
int deliveredToReturningSession(MosquittoFixture &broker, const QString &pub, const QString &sub, int count)
{
    const QStringList common { u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"-q"_s, u"1"_s };
    const QStringList session = common + QStringList { u"-t"_s, u"canopy/queue"_s, u"-c"_s, u"-i"_s, u"lagging"_s };
    // Subscribe with a persistent session and leave (-E: exit once the subscription is acknowledged).
    const ToolResult subscribed = runTool(sub, session + QStringList { u"-E"_s });
    if (subscribed.exitCode != 0)
        return -1;
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += QByteArray::number(i) + '\n';
    const ToolResult published = runTool(pub, common + QStringList { u"-t"_s, u"canopy/queue"_s, u"-l"_s }, lines);
    if (published.exitCode != 0)
        return -2;
    const ToolResult received = runTool(
        sub, session + QStringList { u"-C"_s, QString::number(count), u"-W"_s, count > 100 ? u"20"_s : u"2"_s });
    return int(received.output.count('\n'));
}
} // namespace

void TestFixture::queueIsUnlimitedByDefault()
{
    // mosquitto's own default (1000) would drop 500 of these.
    MosquittoFixture broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    QCOMPARE(deliveredToReturningSession(broker, m_pub, m_sub, 1500), 1500);
}

void TestFixture::maxQueuedMessagesLimitsTheQueue()
{
    MosquittoFixture broker;
    MosquittoFixture::Options options;
    options.maxQueuedMessages = 5;
    QVERIFY2(broker.start(options), qPrintable(broker.errorString()));
    const int delivered = deliveredToReturningSession(broker, m_pub, m_sub, 60);
    QVERIFY2(delivered > 0 && delivered < 60, qPrintable(QString::number(delivered)));
}

void TestFixture::stopLeavesNoProcess()
{
    MosquittoFixture broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    const qint64 pid = broker.pid();
    QVERIFY(pid > 0);
    QVERIFY(processExists(pid));
    broker.stop();
    QVERIFY(!broker.isRunning());
    QCOMPARE(broker.pid(), qint64(0));
    QVERIFY(!processExists(pid));
    QCOMPARE(listeningAddresses(broker.port()), QStringList {});
}

void TestFixture::destructorStopsBroker()
{
    qint64 pid = 0;
    quint16 port = 0;
    {
        MosquittoFixture broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        pid = broker.pid();
        port = broker.port();
        QVERIFY(processExists(pid));
    }
    QVERIFY(!processExists(pid));
    QCOMPARE(listeningAddresses(port), QStringList {});
}

void TestFixture::twoFixturesRunSideBySide()
{
    MosquittoFixture first;
    MosquittoFixture second;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(first.port() != second.port());
    QVERIFY(first.pid() != second.pid());

    // A retained message on one broker is not seen on the other.
    QVERIFY(runTool(m_pub,
                { u"-h"_s, first.host(), u"-p"_s, QString::number(first.port()), u"-t"_s, u"canopy/which"_s, u"-q"_s,
                    u"1"_s, u"-r"_s, u"-m"_s, u"first"_s })
                .exitCode
        == 0);
    QVERIFY(runTool(m_pub,
                { u"-h"_s, second.host(), u"-p"_s, QString::number(second.port()), u"-t"_s, u"canopy/which"_s, u"-q"_s,
                    u"1"_s, u"-r"_s, u"-m"_s, u"second"_s })
                .exitCode
        == 0);
    const ToolResult fromFirst = runTool(m_sub,
        { u"-h"_s, first.host(), u"-p"_s, QString::number(first.port()), u"-t"_s, u"canopy/which"_s, u"-C"_s, u"1"_s,
            u"-W"_s, u"10"_s });
    QCOMPARE(fromFirst.output, QByteArray("first\n"));
}

void TestFixture::startFailureReportsMosquittoLog()
{
    MosquittoFixture broker;
    MosquittoFixture::Options options;
    options.extraConfig = "no_such_option 1";
    QVERIFY(!broker.start(options));
    QVERIFY(!broker.isRunning());
    QVERIFY2(broker.errorString().contains(u"Unknown configuration variable \"no_such_option\""_s),
        qPrintable(broker.errorString()));
    QVERIFY(broker.log().contains(u"no_such_option"_s));
}

QTEST_GUILESS_MAIN(TestFixture)
#include "tst_fixture.moc"
