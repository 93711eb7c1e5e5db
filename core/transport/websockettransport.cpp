// SPDX-License-Identifier: MIT
#include "transport/websockettransport.h"

#include "transport/tlsconfiguration.h"
#include "transport/transporterrors.h"

#include <QNetworkRequest>
#include <QSslSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;

namespace Mqtt {

using TransportErrors::Step;

WebSocketTransport::WebSocketTransport(const ConnectionOptions &options, QObject *parent)
    : Transport(options, parent)
{
}

WebSocketTransport::~WebSocketTransport() = default;

QUrl WebSocketTransport::requestUrl() const
{
    QUrl url = options().toUrl();
    url.setPort(options().port);
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    return url;
}

void WebSocketTransport::open()
{
    if (!beginOpening())
        return;
    if (m_socket)
        dropConnection();
    m_received.clear();
    m_subprotocol.clear();
    m_sslErrors.clear();
    m_peerChain.clear();
    m_alert.reset();
    m_sslSocket = nullptr;
    if (!options().bindAddress.isEmpty()) {
        failLater(TransportErrors::bindUnsupported(options()));
        return;
    }

    std::optional<QSslConfiguration> configuration;
    if (options().usesTls()) {
        QString error;
        configuration = Tls::makeConfiguration(options().tls, &error);
        if (!configuration) {
            failLater(error);
            return;
        }
    }

    // Not m_socket->setReadBufferSize(readBufferSize()): Qt 6.4's QWebSocket then never completes a frame larger
    // than the buffer (tst_transport's readBufferBoundsEachRead). A WebSocket connection hands on one message at a
    // time instead, and what waits unread is raw bytes in the socket, not decoded messages.
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (configuration)
        m_socket->setSslConfiguration(*configuration);
    connect(m_socket, &QWebSocket::connected, this, &WebSocketTransport::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        &WebSocketTransport::onSocketError);
    connect(m_socket, &QWebSocket::sslErrors, this, &WebSocketTransport::onSslErrors);
    connect(m_socket, &QWebSocket::alertReceived, this,
        [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
            if (level == QSsl::AlertLevel::Fatal)
                m_alert = Alert { type, description };
        });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &message) {
        m_received += message;
        if (state() == State::Open)
            Q_EMIT readyRead();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this,
        [this] { fail(TransportErrors::webSocketTextFrame(options())); });

    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({ u"mqtt"_s });
    m_socket->open(QNetworkRequest(requestUrl()), handshake);

    if (options().usesTls()) {
        // QWebSocket has no API for the name to verify nor for the peer's certificates, but its TLS socket is its
        // child, made in open(); its handshake starts only once TCP is connected, so the name set here is used.
        m_sslSocket = m_socket->findChild<QSslSocket *>(QString(), Qt::FindDirectChildrenOnly);
        const QString verifyName = options().tls.peerVerifyName;
        if (!verifyName.isEmpty() && !options().tls.insecure) {
            if (!m_sslSocket) {
                failLater(TransportErrors::peerVerifyNameUnsupported(options()));
                return;
            }
            m_sslSocket->setPeerVerifyName(verifyName);
        }
    }
}

void WebSocketTransport::onConnected()
{
    if (state() != State::Opening)
        return;
    m_subprotocol = m_socket->subprotocol();
    if (m_subprotocol != "mqtt"_L1)
        qCDebug(lcTransport).noquote() << "The WebSocket server at" << options().endpoint()
                                       << "did not confirm the mqtt subprotocol";
    finishOpening();
}

void WebSocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    m_peerChain = m_sslSocket ? m_sslSocket->peerCertificateChain() : QList<QSslCertificate>();
}

QString WebSocketTransport::errorSentence(QAbstractSocket::SocketError error) const
{
    if (m_alert)
        return TransportErrors::tlsAlert(options(), m_alert->type, m_alert->description);
    if (!m_sslErrors.isEmpty())
        return TransportErrors::sslErrors(options(), m_sslErrors, m_peerChain);
    const QString text = m_socket ? m_socket->errorString() : QString();
    const Step step = state() == State::Open ? Step::Open : Step::WebSocketHandshake;
    // QWebSocket reports a failed HTTP upgrade as ConnectionRefusedError with its own text; a refused TCP connection
    // has the operating system's "Connection refused".
    if (step != Step::Open && error == QAbstractSocket::ConnectionRefusedError
        && !text.contains("connection refused"_L1, Qt::CaseInsensitive))
        return TransportErrors::webSocketHandshake(options(), text);
    return TransportErrors::socketError(options(), error, text, step);
}

QString WebSocketTransport::timeoutSentence() const
{
    return TransportErrors::connectTimeout(options(), Step::WebSocketHandshake);
}

void WebSocketTransport::onSocketError(QAbstractSocket::SocketError error)
{
    qCDebug(lcTransport) << "WebSocket error" << error << m_socket->errorString();
    socketEnded([&] { return errorSentence(error); });
}

void WebSocketTransport::onDisconnected()
{
    // QWebSocket may report a failed connect (refused, host not found) by disconnected() before error().
    socketEnded([this] {
        const auto error = m_socket->error();
        return errorSentence(
            error == QAbstractSocket::UnknownSocketError ? QAbstractSocket::RemoteHostClosedError : error);
    });
}

void WebSocketTransport::close()
{
    switch (state()) {
    case State::Idle:
    case State::Closing:
        return;
    case State::Opening:
        finishClosed();
        return;
    case State::Open:
        break;
    }
    beginClosing();
    m_socket->close(); // the WebSocket close handshake; disconnected() follows
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        finishClosed();
}

void WebSocketTransport::abort()
{
    finishClosed();
}

qint64 WebSocketTransport::write(const QByteArray &bytes)
{
    if (state() != State::Open)
        return -1;
    const qint64 sent = m_socket->sendBinaryMessage(bytes);
    return sent < 0 ? -1 : bytes.size();
}

QByteArray WebSocketTransport::readAll()
{
    return std::exchange(m_received, {});
}

bool WebSocketTransport::isOpen() const
{
    return state() == State::Open;
}

qint64 WebSocketTransport::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void WebSocketTransport::dropConnection()
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace Mqtt
