// SPDX-License-Identifier: MIT
#pragma once

// mqtts:// — MQTT over TLS (QSslSocket). Peer verification is on unless TlsOptions::insecure; the SNI and the
// verified name are the host (or TlsOptions::peerVerifyName); a CA file replaces the system CA store.

#include "transport/tcptransport.h"

#include <QList>
#include <QSsl>
#include <QSslCertificate>
#include <QSslError>

#include <optional>

namespace Mqtt {

class SslTransport : public TcpTransport {
    Q_OBJECT
public:
    explicit SslTransport(const ConnectionOptions &options, QObject *parent = nullptr);
    ~SslTransport() override;

protected:
    QTcpSocket *createSocket(QString *errorMessage) override;
    void connectSocket() override;
    void onSocketConnected() override;
    QString errorSentence(QAbstractSocket::SocketError error) const override;

private:
    struct Alert {
        QSsl::AlertType type;
        QString description;
    };

    void onEncrypted();

    QList<QSslError> m_sslErrors; // from the last handshake
    QList<QSslCertificate> m_peerChain; // as the broker sent it in that handshake
    std::optional<Alert> m_alert; // the last fatal alert the broker sent
};

} // namespace Mqtt
