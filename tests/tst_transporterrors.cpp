// SPDX-License-Identifier: MIT
// The transports' failure sentences for conditions a local broker cannot easily produce: expired or not yet valid
// certificates, revoked ones, TLS alerts, every socket error, timeouts. Each must name the endpoint and the problem
// and be one sentence.

#include "certificates.h"
#include "common/translations.h"
#include "transport/transporterrors.h"

#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;
using Mqtt::ConnectionOptions;
namespace Errors = Mqtt::TransportErrors;
using Step = Mqtt::TransportErrors::Step;

namespace {

QSslCertificate load(const QString &file)
{
    const auto certificates = QSslCertificate::fromPath(file);
    return certificates.value(0);
}

ConnectionOptions tlsOptions()
{
    ConnectionOptions options;
    options.scheme = ConnectionOptions::Scheme::Mqtts;
    options.host = u"broker.test"_s;
    options.port = 8883;
    return options;
}

void verifySentence(const QString &sentence, const QStringList &mentions)
{
    for (const QString &mention : mentions)
        QVERIFY2(sentence.contains(mention), qPrintable(u"'%1' does not mention '%2'"_s.arg(sentence, mention)));
    QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
    QVERIFY2(!sentence.contains(u'\n'), qPrintable(sentence));
    QVERIFY2(sentence.at(0).isUpper(), qPrintable(sentence));
}

} // namespace

class TestTransportErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sslErrors_data();
    void sslErrors();
    void tlsAlerts_data();
    void tlsAlerts();
    void socketErrors_data();
    void socketErrors();
    void timeouts_data();
    void timeouts();
    void webSocketHandshake_data();
    void webSocketHandshake();

private:
    QSslCertificate m_server;
    QSslCertificate m_wrongHost;
    QSslCertificate m_ca;
};

void TestTransportErrors::initTestCase()
{
    QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); // "1 second", "2 seconds"
    const Certificates &certificates = Certificates::shared();
    QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    m_server = load(certificates.serverCertificateFile());
    m_wrongHost = load(certificates.wrongHostCertificateFile());
    m_ca = load(certificates.caCertificateFile());
    QVERIFY(!m_server.isNull() && !m_wrongHost.isNull() && !m_ca.isNull());
}

void TestTransportErrors::sslErrors_data()
{
    QTest::addColumn<ConnectionOptions>("options");
    QTest::addColumn<QList<QSslError>>("errors");
    QTest::addColumn<QList<QSslCertificate>>("chain");
    QTest::addColumn<QStringList>("mentions");

    const ConnectionOptions options = tlsOptions();
    const QString endpoint = u"broker.test:8883"_s;
    const QString day = u"yyyy-MM-dd"_s;

    QTest::newRow("expired certificate names the date")
        << options << QList<QSslError> { QSslError(QSslError::CertificateExpired, m_server) }
        << QList<QSslCertificate> {}
        << QStringList { endpoint, u"'localhost'"_s, u"expired on "_s + m_server.expiryDate().toString(day) };
    QTest::newRow("not yet valid points at the clock")
        << options << QList<QSslError> { QSslError(QSslError::CertificateNotYetValid, m_server) }
        << QList<QSslCertificate> {}
        << QStringList { endpoint, u"not valid before "_s + m_server.effectiveDate().toString(day), u"clock"_s };
    QTest::newRow("self-signed certificate")
        << options << QList<QSslError> { QSslError(QSslError::SelfSignedCertificate, m_ca) }
        << QList<QSslCertificate> { m_ca } << QStringList { endpoint, u"'Canopy Test CA'"_s, u"self-signed"_s };
    QTest::newRow("untrusted issuer, system store")
        << options << QList<QSslError> { QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_server) }
        << QList<QSslCertificate> { m_server }
        << QStringList { endpoint, u"'localhost'"_s, u"issued by 'Canopy Test CA'"_s, u"system's CA store"_s };
    ConnectionOptions withCa = options;
    withCa.tls.caCertificateFile = u"/etc/broker/other.pem"_s;
    QTest::newRow("untrusted root sent by the broker, CA file")
        << withCa << QList<QSslError> { QSslError(QSslError::SelfSignedCertificateInChain, m_ca) }
        << QList<QSslCertificate> { m_server, m_ca }
        << QStringList { u"'localhost'"_s, u"its CA 'Canopy Test CA'"_s, u"'/etc/broker/other.pem'"_s };
    QTest::newRow("untrusted wins over host name mismatch")
        << options
        << QList<QSslError> { QSslError(QSslError::HostNameMismatch, m_wrongHost),
               QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_wrongHost) }
        << QList<QSslCertificate> { m_wrongHost } << QStringList { u"not trusted"_s };
    QTest::newRow("host name mismatch lists the certificate's names")
        << options << QList<QSslError> { QSslError(QSslError::HostNameMismatch, m_server) } << QList<QSslCertificate> {}
        << QStringList { endpoint, u"'localhost', '127.0.0.1'"_s, u"not for 'broker.test'"_s };
    ConnectionOptions verifyName = options;
    verifyName.tls.peerVerifyName = u"mqtt.example.org"_s;
    QTest::newRow("host name mismatch names peerVerifyName")
        << verifyName << QList<QSslError> { QSslError(QSslError::HostNameMismatch, m_wrongHost) }
        << QList<QSslCertificate> {} << QStringList { u"'wrong-host.invalid'"_s, u"not for 'mqtt.example.org'"_s };
    QTest::newRow("revoked certificate") << options
                                         << QList<QSslError> { QSslError(QSslError::CertificateRevoked, m_server) }
                                         << QList<QSslCertificate> {} << QStringList { endpoint, u"revoked"_s };
    QTest::newRow("no certificate at all")
        << options << QList<QSslError> { QSslError(QSslError::NoPeerCertificate) } << QList<QSslCertificate> {}
        << QStringList { endpoint, u"sent no TLS certificate"_s };
    const QSslError other(QSslError::PathLengthExceeded, m_server);
    QTest::newRow("other errors quote Qt's description")
        << options << QList<QSslError> { other } << QList<QSslCertificate> {}
        << QStringList { endpoint, u"was rejected"_s, other.errorString() };
}

void TestTransportErrors::sslErrors()
{
    QFETCH(ConnectionOptions, options);
    QFETCH(QList<QSslError>, errors);
    QFETCH(QList<QSslCertificate>, chain);
    QFETCH(QStringList, mentions);
    verifySentence(Errors::sslErrors(options, errors, chain), mentions);
}

void TestTransportErrors::tlsAlerts_data()
{
    QTest::addColumn<ConnectionOptions>("options");
    QTest::addColumn<QSsl::AlertType>("type");
    QTest::addColumn<QStringList>("mentions");

    const ConnectionOptions options = tlsOptions();
    ConnectionOptions withCertificate = options;
    withCertificate.tls.clientCertificateFile = u"/home/me/client.pem"_s;
    withCertificate.tls.clientKeyFile = u"/home/me/client.key"_s;
    ConnectionOptions withAlpn = options;
    withAlpn.tls.alpn = { u"mqtt"_s, u"x-amzn-mqtt-ca"_s };

    QTest::newRow("certificate required")
        << options << QSsl::AlertType::CertificateRequired
        << QStringList { u"broker.test:8883"_s, u"requires a TLS client certificate"_s };
    QTest::newRow("our certificate rejected")
        << withCertificate << QSsl::AlertType::UnknownCa
        << QStringList { u"rejected the client certificate"_s, u"'/home/me/client.pem'"_s, u"the description"_s };
    QTest::newRow("rejected without a certificate")
        << options << QSsl::AlertType::BadCertificate << QStringList { u"may require a client certificate"_s };
    QTest::newRow("handshake failure without a certificate")
        << options << QSsl::AlertType::HandshakeFailure
        << QStringList { u"may require a client certificate"_s, u"TLS version or cipher"_s };
    QTest::newRow("handshake failure with a certificate")
        << withCertificate << QSsl::AlertType::HandshakeFailure << QStringList { u"alert 'the description'"_s };
    QTest::newRow("protocol version") << options << QSsl::AlertType::ProtocolVersion
                                      << QStringList { u"none of this program's TLS versions"_s };
    QTest::newRow("no ALPN protocol") << withAlpn << QSsl::AlertType::NoApplicationProtocol
                                      << QStringList { u"'mqtt', 'x-amzn-mqtt-ca'"_s };
    QTest::newRow("other alert") << options << QSsl::AlertType::InternalError
                                 << QStringList { u"broker.test:8883"_s, u"alert 'the description'"_s };
}

void TestTransportErrors::tlsAlerts()
{
    QFETCH(ConnectionOptions, options);
    QFETCH(QSsl::AlertType, type);
    QFETCH(QStringList, mentions);
    verifySentence(Errors::tlsAlert(options, type, u"the description"_s), mentions);
}

void TestTransportErrors::socketErrors_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("qtText");
    QTest::addColumn<QStringList>("mentions");

    const QString endpoint = u"[::1]:1883"_s;
    QTest::newRow("host not found") << QAbstractSocket::HostNotFoundError << Step::Connect << u"Host not found"_s
                                    << QStringList { u"'::1'"_s, u"does not resolve"_s };
    QTest::newRow("refused") << QAbstractSocket::ConnectionRefusedError << Step::Connect << QString()
                             << QStringList { endpoint, u"refused"_s, u"broker is running"_s };
    QTest::newRow("closed while open") << QAbstractSocket::RemoteHostClosedError << Step::Open << QString()
                                       << QStringList { u"The broker at [::1]:1883 closed the connection."_s };
    QTest::newRow("closed during TLS handshake")
        << QAbstractSocket::RemoteHostClosedError << Step::TlsHandshake << QString()
        << QStringList { endpoint, u"during the TLS handshake"_s };
    QTest::newRow("closed during WebSocket handshake")
        << QAbstractSocket::RemoteHostClosedError << Step::WebSocketHandshake << QString()
        << QStringList { endpoint, u"not a WebSocket endpoint"_s };
    QTest::newRow("closed while connecting") << QAbstractSocket::RemoteHostClosedError << Step::Connect << QString()
                                             << QStringList { endpoint, u"while it was being opened"_s };
    QTest::newRow("socket timeout") << QAbstractSocket::SocketTimeoutError << Step::Open << QString()
                                    << QStringList { endpoint, u"timed out"_s };
    QTest::newRow("network error") << QAbstractSocket::NetworkError << Step::Open << u"Network unreachable"_s
                                   << QStringList { endpoint, u"Network unreachable"_s, u"check the network"_s };
    QTest::newRow("access") << QAbstractSocket::SocketAccessError << Step::Connect << u"Permission denied"_s
                            << QStringList { endpoint, u"not allowed"_s };
    QTest::newRow("resources") << QAbstractSocket::SocketResourceError << Step::Connect << u"Too many files"_s
                               << QStringList { endpoint, u"no resources"_s };
    QTest::newRow("unsupported") << QAbstractSocket::UnsupportedSocketOperationError << Step::Connect
                                 << u"Protocol type not supported"_s << QStringList { endpoint, u"address type"_s };
    QTest::newRow("proxy") << QAbstractSocket::ProxyConnectionRefusedError << Step::Connect << u"refused"_s
                           << QStringList { endpoint, u"proxy settings"_s };
    QTest::newRow("TLS handshake failed")
        << QAbstractSocket::SslHandshakeFailedError << Step::TlsHandshake << u"wrong version number"_s
        << QStringList { endpoint, u"(wrong version number)"_s, u"over TLS"_s };
    QTest::newRow("invalid TLS user data")
        << QAbstractSocket::SslInvalidUserDataError << Step::TlsHandshake
        << u"Cannot provide a certificate with no key"_s << QStringList { endpoint, u"client certificate and key"_s };
    QTest::newRow("TLS internal") << QAbstractSocket::SslInternalError << Step::TlsHandshake << u"no backend"_s
                                  << QStringList { endpoint, u"(no backend)"_s };
    QTest::newRow("unknown error while connecting") << QAbstractSocket::UnknownSocketError << Step::Connect << u"Oops"_s
                                                    << QStringList { u"Could not connect to"_s, u"Oops"_s };
    QTest::newRow("unknown error while open") << QAbstractSocket::UnknownSocketError << Step::Open << u"Oops"_s
                                              << QStringList { u"The connection to [::1]:1883 failed (Oops)."_s };
}

void TestTransportErrors::socketErrors()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(Step, step);
    QFETCH(QString, qtText);
    QFETCH(QStringList, mentions);

    ConnectionOptions options;
    options.host = u"::1"_s;
    verifySentence(Errors::socketError(options, error, qtText, step), mentions);
}

void TestTransportErrors::timeouts_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<Step>("step");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("default ten seconds") << 10000 << Step::Connect
                                         << QStringList { u"Could not connect to localhost:1883 within 10 seconds"_s };
    QTest::newRow("one second") << 1000 << Step::Connect << QStringList { u"within 1 second:"_s };
    QTest::newRow("milliseconds") << 1500 << Step::TlsHandshake
                                  << QStringList { u"TLS handshake"_s, u"within 1500 ms"_s };
    QTest::newRow("WebSocket") << 2000 << Step::WebSocketHandshake
                               << QStringList { u"WebSocket handshake"_s, u"within 2 seconds"_s };
}

void TestTransportErrors::timeouts()
{
    QFETCH(int, timeoutMs);
    QFETCH(Step, step);
    QFETCH(QStringList, mentions);
    ConnectionOptions options;
    options.connectTimeoutMs = timeoutMs;
    verifySentence(Errors::connectTimeout(options, step), mentions);
}

void TestTransportErrors::webSocketHandshake_data()
{
    QTest::addColumn<QString>("qtText");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("HTTP status")
        << u"QWebSocketPrivate::processHandshake: Unhandled http status code: 301 (Moved Permanently)."_s
        << QStringList { u"HTTP 301 Moved Permanently"_s, u"'/mqtt'"_s, u"not a WebSocket endpoint"_s };
    QTest::newRow("closed while reading the answer")
        << u"QWebSocketPrivate::processHandshake: Connection closed while reading header."_s
        << QStringList { u"closed the connection during the WebSocket handshake"_s };
    QTest::newRow("anything else is quoted") << u"Accept-Key received from server abc does not match"_s
                                             << QStringList { u"(Accept-Key received"_s, u"Check the port"_s };
}

void TestTransportErrors::webSocketHandshake()
{
    QFETCH(QString, qtText);
    QFETCH(QStringList, mentions);
    ConnectionOptions options;
    options.scheme = ConnectionOptions::Scheme::Ws;
    options.port = 9001;
    const QString sentence = Errors::webSocketHandshake(options, qtText);
    QVERIFY2(sentence.contains(u"localhost:9001"_s), qPrintable(sentence));
    verifySentence(sentence, mentions);
}

QTEST_GUILESS_MAIN(TestTransportErrors)
#include "tst_transporterrors.moc"
