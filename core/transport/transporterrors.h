// SPDX-License-Identifier: MIT
#pragma once

// The one-sentence messages of the transports: each names the broker (host:port), what went wrong and, where
// possible, what to do. Kept apart from the sockets so that every sentence is in one place for translators.

#include "transport/connectionoptions.h"

#include <QAbstractSocket>
#include <QList>
#include <QSsl>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Mqtt::TransportErrors {

// Which part of opening a connection was under way.
enum class Step { Connect, TlsHandshake, WebSocketHandshake, Open };

QString insecureWarning(const ConnectionOptions &options);
QString connectTimeout(const ConnectionOptions &options, Step step);
// A QAbstractSocket error; qtText is the socket's errorString(), quoted only where it adds a detail.
QString socketError(
    const ConnectionOptions &options, QAbstractSocket::SocketError error, const QString &qtText, Step step);
// The certificate verification errors of a TLS handshake, reduced to the one that matters most. peerChain is the
// broker's certificate chain (leaf first) when known, to name the certificate and the CA that is not trusted.
QString sslErrors(
    const ConnectionOptions &options, const QList<QSslError> &errors, const QList<QSslCertificate> &peerChain = {});
// For wss:// when the name to verify cannot be handed to the TLS socket.
QString peerVerifyNameUnsupported(const ConnectionOptions &options);
// A fatal TLS alert sent by the broker (it rejected the handshake or our client certificate).
QString tlsAlert(const ConnectionOptions &options, QSsl::AlertType type, const QString &description);
// QWebSocket's handshake error text, made into a sentence (HTTP status, or "not a WebSocket endpoint").
QString webSocketHandshake(const ConnectionOptions &options, const QString &qtText);
QString webSocketTextFrame(const ConnectionOptions &options);
QString closedByBroker(const ConnectionOptions &options, Step step);
// ConnectionOptions::bindAddress is not an IP address, cannot be bound (qtText: the socket's reason), or was given
// for a WebSocket.
QString bindAddressInvalid(const ConnectionOptions &options);
QString bindFailed(const ConnectionOptions &options, const QString &qtText);
QString bindUnsupported(const ConnectionOptions &options);

} // namespace Mqtt::TransportErrors
