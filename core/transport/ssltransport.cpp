// SPDX-License-Identifier: MIT
#include "transport/ssltransport.h"

#include "transport/tlsconfiguration.h"

#include <QSslCipher>
#include <QSslSocket>

namespace Mqtt {

using TransportErrors::Step;

SslTransport::SslTransport(const ConnectionOptions &options, QObject *parent)
    : TcpTransport(options, parent)
{
}

SslTransport::~SslTransport() = default;

QTcpSocket *SslTransport::createSocket(QString *errorMessage)
{
    m_sslErrors.clear();
    m_peerChain.clear();
    m_alert.reset();
    const auto configuration = Tls::makeConfiguration(options().tls, errorMessage);
    if (!configuration)
        return nullptr;

    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(*configuration);
    if (!options().tls.peerVerifyName.isEmpty())
        socket->setPeerVerifyName(options().tls.peerVerifyName);
    connect(socket, &QSslSocket::encrypted, this, &SslTransport::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        m_peerChain = socket->peerCertificateChain();
    });
    connect(socket, &QSslSocket::alertReceived, this,
        [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
            if (level == QSsl::AlertLevel::Fatal)
                m_alert = Alert { type, description };
        });
    return socket;
}

void SslTransport::connectSocket()
{
    static_cast<QSslSocket *>(socket())->connectToHostEncrypted(options().host, options().port);
}

void SslTransport::onSocketConnected()
{
    setStep(Step::TlsHandshake);
}

void SslTransport::onEncrypted()
{
    if (state() != State::Opening)
        return;
    const auto *sslSocket = static_cast<QSslSocket *>(socket());
    qCDebug(lcTransport).noquote() << "TLS to" << options().endpoint() << "with" << sslSocket->sessionCipher().name()
                                   << "/" << sslSocket->sessionProtocol();
    setStep(Step::Open);
    finishOpening();
}

QString SslTransport::errorSentence(QAbstractSocket::SocketError error) const
{
    if (m_alert)
        return TransportErrors::tlsAlert(options(), m_alert->type, m_alert->description);
    if (!m_sslErrors.isEmpty())
        return TransportErrors::sslErrors(options(), m_sslErrors, m_peerChain);
    return TcpTransport::errorSentence(error);
}

} // namespace Mqtt
