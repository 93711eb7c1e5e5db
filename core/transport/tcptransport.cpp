// SPDX-License-Identifier: MIT
#include "transport/tcptransport.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace Mqtt {

using TransportErrors::Step;

TcpTransport::TcpTransport(const ConnectionOptions &options, QObject *parent)
    : Transport(options, parent)
{
}

TcpTransport::~TcpTransport() = default;

void TcpTransport::open()
{
    if (!beginOpening())
        return;
    if (m_socket)
        dropConnection();
    m_unread.clear();
    m_step = Step::Connect;

    QString error;
    m_socket = createSocket(&error);
    if (!m_socket) {
        failLater(error);
        return;
    }
    m_socket->setReadBufferSize(readBufferSize()); // TLS: the decrypted buffer, and the encrypted one below it
    if (!options().bindAddress.isEmpty()) {
        const QHostAddress local(options().bindAddress);
        const QString sentence = local.isNull() ? TransportErrors::bindAddressInvalid(options())
            : m_socket->bind(local)             ? QString()
                                                : TransportErrors::bindFailed(options(), m_socket->errorString());
        if (!sentence.isEmpty()) {
            delete std::exchange(m_socket, nullptr); // it never connected: nothing to read or to close
            failLater(sentence);
            return;
        }
    }
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        // MQTT packets are small and latency matters more than coalescing them (mosquitto_sub's --nodelay, always).
        // Only now: Qt drops socket options set before the operating system's socket exists.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        if (state() == State::Opening)
            onSocketConnected();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &TcpTransport::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &TcpTransport::onSocketDisconnected);
    connect(m_socket, &QIODevice::readyRead, this, [this] {
        if (state() == State::Open)
            Q_EMIT readyRead();
    });
    connectSocket();
}

QTcpSocket *TcpTransport::createSocket(QString *)
{
    return new QTcpSocket(this);
}

void TcpTransport::connectSocket()
{
    m_socket->connectToHost(options().host, options().port);
}

void TcpTransport::onSocketConnected()
{
    m_step = Step::Open;
    finishOpening();
}

QString TcpTransport::errorSentence(QAbstractSocket::SocketError error) const
{
    return TransportErrors::socketError(options(), error, m_socket ? m_socket->errorString() : QString(), m_step);
}

QString TcpTransport::timeoutSentence() const
{
    return TransportErrors::connectTimeout(options(), m_step);
}

void TcpTransport::close()
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
    m_socket->disconnectFromHost(); // flushes what is queued first; may emit disconnected() right away
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        finishClosed();
}

void TcpTransport::abort()
{
    finishClosed();
}

qint64 TcpTransport::write(const QByteArray &bytes)
{
    if (state() != State::Open)
        return -1;
    return m_socket->write(bytes);
}

QByteArray TcpTransport::readAll()
{
    QByteArray bytes = std::exchange(m_unread, {});
    if (m_socket)
        bytes += m_socket->readAll();
    return bytes;
}

bool TcpTransport::isOpen() const
{
    return state() == State::Open;
}

qint64 TcpTransport::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void TcpTransport::dropConnection()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    m_unread += socket->readAll();
    socket->abort();
    socket->deleteLater();
}

void TcpTransport::onSocketError(QAbstractSocket::SocketError error)
{
    socketEnded([&] { return errorSentence(error); });
}

void TcpTransport::onSocketDisconnected()
{
    socketEnded([this] {
        const auto error = m_socket->error();
        return errorSentence(
            error == QAbstractSocket::UnknownSocketError ? QAbstractSocket::RemoteHostClosedError : error);
    });
}

} // namespace Mqtt
