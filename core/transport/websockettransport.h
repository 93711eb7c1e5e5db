// SPDX-License-Identifier: MIT
#pragma once

// ws:// and wss:// — MQTT over WebSocket (QWebSocket): the "mqtt" subprotocol, every write one binary message,
// received binary messages buffered for readAll(). A text frame from the server closes the connection
// (MQTT-6.0.0-1). For wss the TLS settings are those of SslTransport.

#include "transport/transport.h"

#include <QAbstractSocket>
#include <QList>
#include <QPointer>
#include <QSsl>
#include <QSslCertificate>
#include <QSslError>

#include <optional>

class QSslSocket;
class QWebSocket;

namespace Mqtt {

class WebSocketTransport : public Transport {
    Q_OBJECT
public:
    explicit WebSocketTransport(const ConnectionOptions &options, QObject *parent = nullptr);
    ~WebSocketTransport() override;

    void open() override;
    void close() override;
    void abort() override;
    qint64 write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    bool isOpen() const override;
    qint64 bytesToWrite() const override;

    // The URL the handshake requests: ws(s)://host:port/path.
    QUrl requestUrl() const;
    // The subprotocol the server agreed to ("mqtt"), once opened.
    QString subprotocol() const { return m_subprotocol; }

protected:
    void dropConnection() override;
    QString timeoutSentence() const override;

private:
    struct Alert {
        QSsl::AlertType type;
        QString description;
    };

    void onConnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    QString errorSentence(QAbstractSocket::SocketError error) const;

    QWebSocket *m_socket = nullptr;
    QByteArray m_received;
    QString m_subprotocol;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
    QPointer<QSslSocket> m_sslSocket; // QWebSocket's own TLS socket (wss), for the name to verify and the chain
    std::optional<Alert> m_alert;
};

} // namespace Mqtt
