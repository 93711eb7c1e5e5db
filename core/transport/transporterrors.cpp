// SPDX-License-Identifier: MIT
#include "transport/transporterrors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslCertificate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mqtt::TransportErrors {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Mqtt::Transport)
};

QString duration(int ms)
{
    if (ms % 1000 == 0)
        return Text::tr("%n second(s)", nullptr, ms / 1000);
    return Text::tr("%1 ms").arg(ms);
}

QString verifiedName(const ConnectionOptions &options)
{
    return options.tls.peerVerifyName.isEmpty() ? options.host : options.tls.peerVerifyName;
}

QString certificateName(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return Text::tr("unknown");
    QString name = certificate.subjectInfo(QSslCertificate::CommonName).join(", "_L1);
    if (name.isEmpty())
        name = certificate.subjectDisplayName();
    return name.isEmpty() ? Text::tr("unnamed") : name;
}

QString issuerName(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return Text::tr("unknown");
    QString name = certificate.issuerInfo(QSslCertificate::CommonName).join(", "_L1);
    if (name.isEmpty())
        name = certificate.issuerDisplayName();
    return name.isEmpty() ? Text::tr("unnamed") : name;
}

// The names a certificate is valid for: its DNS and IP subject alternative names, else its common name.
QStringList certificateHostNames(const QSslCertificate &certificate)
{
    const auto alternatives = certificate.subjectAlternativeNames();
    QStringList names = alternatives.values(QSsl::DnsEntry);
    names += alternatives.values(QSsl::IpAddressEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u'\'' + name + u'\'');
    return quoted.join(", "_L1);
}

bool isUntrusted(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateSignatureFailed:
        return true;
    default:
        return false;
    }
}

// Lower ranks are reported first: an untrusted issuer explains more than the host name it was issued for.
int rank(QSslError::SslError error)
{
    if (error == QSslError::NoPeerCertificate)
        return 0;
    if (isUntrusted(error))
        return 1;
    if (error == QSslError::CertificateExpired || error == QSslError::CertificateNotYetValid)
        return 2;
    if (error == QSslError::HostNameMismatch)
        return 3;
    return 4;
}

QString untrustedSentence(
    const ConnectionOptions &options, const QSslError &error, const QList<QSslCertificate> &peerChain)
{
    const QSslCertificate leaf = peerChain.isEmpty() ? error.certificate() : peerChain.first();
    const QSslCertificate top = peerChain.isEmpty() ? error.certificate() : peerChain.last();
    const QString where = options.tls.caCertificateFile.isEmpty()
        ? Text::tr("the system's CA store")
        : Text::tr("the CA certificate file '%1'").arg(options.tls.caCertificateFile);
    if (leaf.isSelfSigned() && peerChain.size() <= 1)
        return Text::tr("The TLS certificate of the broker at %1 ('%2') is self-signed and not in %3: set the CA "
                        "certificate file to the broker's certificate.")
            .arg(options.endpoint(), certificateName(leaf), where);
    // The CA at the top of what the broker sent: the root itself if it sent one, else the root's name.
    const QString authority = top.isSelfSigned() ? certificateName(top) : issuerName(top);
    return Text::tr(
        "The TLS certificate of the broker at %1 ('%2', issued by '%3') is not trusted: its CA '%4' is not in "
        "%5. Set the CA certificate file to that CA's certificate.")
        .arg(options.endpoint(), certificateName(leaf), issuerName(leaf), authority, where);
}

} // namespace

QString insecureWarning(const ConnectionOptions &options)
{
    return Text::tr(
        "TLS peer verification is off for %1 (insecure mode): the connection is encrypted, but the broker's "
        "identity is not checked.")
        .arg(options.endpoint());
}

QString connectTimeout(const ConnectionOptions &options, Step step)
{
    const QString endpoint = options.endpoint();
    const QString limit = duration(options.connectTimeoutMs);
    switch (step) {
    case Step::TlsHandshake:
        return Text::tr(
            "The TLS handshake with %1 did not finish within %2: check that this port serves MQTT over TLS.")
            .arg(endpoint, limit);
    case Step::WebSocketHandshake:
        return Text::tr(
            "The connection to %1 and its WebSocket handshake did not finish within %2: check the host, the "
            "port and that it serves MQTT over WebSockets.")
            .arg(endpoint, limit);
    case Step::Connect:
    case Step::Open:
        break;
    }
    return Text::tr("Could not connect to %1 within %2: the broker did not answer. Check the host, the port and any "
                    "firewall in between.")
        .arg(endpoint, limit);
}

QString closedByBroker(const ConnectionOptions &options, Step step)
{
    const QString endpoint = options.endpoint();
    switch (step) {
    case Step::TlsHandshake:
        return Text::tr(
            "The broker at %1 closed the connection during the TLS handshake: check that this port serves MQTT "
            "over TLS and whether it requires a client certificate.")
            .arg(endpoint);
    case Step::WebSocketHandshake:
        return Text::tr("The server at %1 closed the connection during the WebSocket handshake: it is not a WebSocket "
                        "endpoint. Check the port and the path.")
            .arg(endpoint);
    case Step::Connect:
        return Text::tr("The broker at %1 closed the connection while it was being opened.").arg(endpoint);
    case Step::Open:
        break;
    }
    return Text::tr("The broker at %1 closed the connection.").arg(endpoint);
}

QString socketError(
    const ConnectionOptions &options, QAbstractSocket::SocketError error, const QString &qtText, Step step)
{
    const QString endpoint = options.endpoint();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return Text::tr("Could not find the host '%1': the name does not resolve. Check the host name.")
            .arg(options.host);
    case QAbstractSocket::ConnectionRefusedError:
        return Text::tr(
            "The broker at %1 refused the connection: nothing accepts connections on that port. Check that the "
            "broker is running and that the port is right.")
            .arg(endpoint);
    case QAbstractSocket::RemoteHostClosedError: // Qt reports a reset (ECONNRESET) the same way
        return closedByBroker(options, step);
    case QAbstractSocket::SocketTimeoutError:
        return Text::tr("The connection to %1 timed out.").arg(endpoint);
    case QAbstractSocket::NetworkError:
        return Text::tr("The network connection to %1 failed (%2): check the network.").arg(endpoint, qtText);
    case QAbstractSocket::SocketAccessError:
        return Text::tr("This program is not allowed to connect to %1 (%2).").arg(endpoint, qtText);
    case QAbstractSocket::SocketResourceError:
        return Text::tr("The system has no resources left for a connection to %1 (%2).").arg(endpoint, qtText);
    case QAbstractSocket::UnsupportedSocketOperationError:
        return Text::tr("This system cannot connect to %1 (%2): the address type may not be supported.")
            .arg(endpoint, qtText);
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return Text::tr("The proxy for the connection to %1 failed (%2): check the proxy settings.")
            .arg(endpoint, qtText);
    case QAbstractSocket::SslHandshakeFailedError:
        return Text::tr("The TLS handshake with %1 failed (%2): check that this port serves MQTT over TLS.")
            .arg(endpoint, qtText);
    case QAbstractSocket::SslInvalidUserDataError:
        if (!options.tls.clientCertificateFile.isEmpty()
            && (qtText.contains("does not certify"_L1, Qt::CaseInsensitive)
                || qtText.contains("mismatch"_L1, Qt::CaseInsensitive)))
            return Text::tr(
                "The client key file '%1' does not belong to the client certificate '%2': use the key that was "
                "made with that certificate.")
                .arg(options.tls.clientKeyFile, options.tls.clientCertificateFile);
        return Text::tr("The TLS settings for %1 could not be used (%2): check the client certificate and key.")
            .arg(endpoint, qtText);
    case QAbstractSocket::SslInternalError:
        return Text::tr("TLS could not be set up for the connection to %1 (%2).").arg(endpoint, qtText);
    default:
        break;
    }
    if (step == Step::Open)
        return Text::tr("The connection to %1 failed (%2).").arg(endpoint, qtText);
    return Text::tr("Could not connect to %1 (%2).").arg(endpoint, qtText);
}

QString sslErrors(
    const ConnectionOptions &options, const QList<QSslError> &errors, const QList<QSslCertificate> &peerChain)
{
    const QString endpoint = options.endpoint();
    if (errors.isEmpty())
        return Text::tr("The TLS certificate of the broker at %1 was rejected.").arg(endpoint);
    const QSslError error = *std::min_element(
        errors.cbegin(), errors.cend(), [](const auto &a, const auto &b) { return rank(a.error()) < rank(b.error()); });
    const QSslCertificate certificate = error.certificate();
    const QString dateFormat = u"yyyy-MM-dd"_s;
    switch (error.error()) {
    case QSslError::NoPeerCertificate:
        return Text::tr("The broker at %1 sent no TLS certificate, so its identity cannot be checked.").arg(endpoint);
    case QSslError::HostNameMismatch:
        return Text::tr("The TLS certificate of the broker at %1 is for %2, not for '%3': connect using a name the "
                        "certificate lists, or set the name to verify.")
            .arg(endpoint, quotedList(certificateHostNames(certificate)), verifiedName(options));
    case QSslError::CertificateExpired:
        return Text::tr(
            "The TLS certificate of the broker at %1 ('%2') expired on %3: the broker's operator must renew "
            "it.")
            .arg(endpoint, certificateName(certificate), certificate.expiryDate().toString(dateFormat));
    case QSslError::CertificateNotYetValid:
        return Text::tr("The TLS certificate of the broker at %1 ('%2') is not valid before %3: check this computer's "
                        "clock.")
            .arg(endpoint, certificateName(certificate), certificate.effectiveDate().toString(dateFormat));
    case QSslError::CertificateRevoked:
        return Text::tr("The TLS certificate of the broker at %1 ('%2') has been revoked.")
            .arg(endpoint, certificateName(certificate));
    default:
        break;
    }
    if (isUntrusted(error.error()))
        return untrustedSentence(options, error, peerChain);
    return Text::tr("The TLS certificate of the broker at %1 ('%2') was rejected: %3.")
        .arg(endpoint, certificateName(certificate), error.errorString());
}

QString tlsAlert(const ConnectionOptions &options, QSsl::AlertType type, const QString &description)
{
    const QString endpoint = options.endpoint();
    const bool haveCertificate = !options.tls.clientCertificateFile.isEmpty();
    switch (type) {
    case QSsl::AlertType::CertificateRequired:
        return Text::tr("The broker at %1 requires a TLS client certificate: set a client certificate and key.")
            .arg(endpoint);
    case QSsl::AlertType::BadCertificate:
    case QSsl::AlertType::UnsupportedCertificate:
    case QSsl::AlertType::CertificateRevoked:
    case QSsl::AlertType::CertificateExpired:
    case QSsl::AlertType::CertificateUnknown:
    case QSsl::AlertType::UnknownCa:
        if (haveCertificate)
            return Text::tr(
                "The broker at %1 rejected the client certificate '%2' (%3): use a certificate issued by a CA "
                "the broker trusts.")
                .arg(endpoint, options.tls.clientCertificateFile, description);
        return Text::tr("The broker at %1 rejected the TLS handshake (%2): it may require a client certificate.")
            .arg(endpoint, description);
    case QSsl::AlertType::HandshakeFailure:
        if (!haveCertificate)
            return Text::tr("The broker at %1 rejected the TLS handshake (%2): it may require a client certificate, or "
                            "share no TLS version or cipher with this program.")
                .arg(endpoint, description);
        break;
    case QSsl::AlertType::ProtocolVersion:
        return Text::tr("The broker at %1 supports none of this program's TLS versions (%2).")
            .arg(endpoint, description);
    case QSsl::AlertType::NoApplicationProtocol:
        return Text::tr("The broker at %1 accepts none of the ALPN protocols %2.")
            .arg(endpoint, quotedList(options.tls.alpn));
    default:
        break;
    }
    return Text::tr("The broker at %1 ended the TLS session with the alert '%2'.").arg(endpoint, description);
}

QString webSocketHandshake(const ConnectionOptions &options, const QString &qtText)
{
    const QString endpoint = options.endpoint();
    static const QRegularExpression status(uR"(status code:\s*(\d{3})\s*\(([^)]*)\))"_s);
    const auto match = status.match(qtText);
    if (match.hasMatch())
        return Text::tr("The server at %1 answered the WebSocket handshake for '%2' with HTTP %3 %4: it is not a "
                        "WebSocket endpoint. Check the port and the path.")
            .arg(endpoint, options.webSocketPath, match.captured(1), match.captured(2));
    if (qtText.contains("closed"_L1, Qt::CaseInsensitive))
        return closedByBroker(options, Step::WebSocketHandshake);
    return Text::tr(
        "The WebSocket handshake with %1 failed (%2): it is probably not a WebSocket endpoint. Check the port "
        "and the path.")
        .arg(endpoint, qtText);
}

QString peerVerifyNameUnsupported(const ConnectionOptions &options)
{
    return Text::tr(
        "The name to verify ('%1') cannot be checked on the WebSocket connection to %2: clear it, or connect "
        "using that name as the host.")
        .arg(options.tls.peerVerifyName, options.endpoint());
}

QString webSocketTextFrame(const ConnectionOptions &options)
{
    return Text::tr("The server at %1 sent a WebSocket text frame, but MQTT is only carried in binary frames: the "
                    "connection was closed.")
        .arg(options.endpoint());
}

QString bindAddressInvalid(const ConnectionOptions &options)
{
    return Text::tr("Cannot connect to %1 from \"%2\": the local address to connect from must be an IP address of "
                    "this machine, such as 192.168.1.20.")
        .arg(options.endpoint(), options.bindAddress);
}

QString bindFailed(const ConnectionOptions &options, const QString &qtText)
{
    return Text::tr("Cannot connect to %1 from the local address %2 (%3); give an address of this machine.")
        .arg(options.endpoint(), options.bindAddress, qtText);
}

QString bindUnsupported(const ConnectionOptions &options)
{
    return Text::tr("A WebSocket connection to %1 cannot choose its local address (%2); connect with mqtt:// or "
                    "mqtts:// to do so.")
        .arg(options.endpoint(), options.bindAddress);
}

} // namespace Mqtt::TransportErrors
