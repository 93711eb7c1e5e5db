// SPDX-License-Identifier: MIT
#include "fakebroker.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

FakeBroker::FakeBroker(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &FakeBroker::onNewConnection);
}

FakeBroker::~FakeBroker()
{
    // The sockets are the server's children: stop them from calling back into this half-destroyed object.
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
    m_server.reset();
}

bool FakeBroker::listen()
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        m_error = u"The fake broker could not listen on 127.0.0.1: %1."_s.arg(m_server->errorString());
        return false;
    }
    return true;
}

QString FakeBroker::host() const
{
    return u"127.0.0.1"_s;
}

quint16 FakeBroker::port() const
{
    return m_server->serverPort();
}

QString FakeBroker::errorString() const
{
    return m_error;
}

void FakeBroker::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        // The newest connection becomes current; an older one stays open until its peer or the test closes it.
        m_client = socket;
        m_received.clear();
        m_decoder.setProtocolVersion(Mqtt::ProtocolVersion::V311);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto read = [this, socket] {
            if (socket != m_client)
                return;
            const QByteArray bytes = socket->readAll();
            if (bytes.isEmpty())
                return;
            m_received += bytes;
            Q_EMIT bytesReceived();
        };
        connect(socket, &QTcpSocket::readyRead, this, read);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, read] {
            read();
            socket->deleteLater();
            if (socket == m_client) {
                m_client = nullptr;
                Q_EMIT clientDisconnected();
            }
        });
        Q_EMIT clientConnected();
        // Bytes may have arrived together with the connection.
        if (socket->bytesAvailable() > 0)
            read();
    }
}

bool FakeBroker::isClientConnected() const
{
    return m_client && m_client->state() == QAbstractSocket::ConnectedState;
}

int FakeBroker::connectionCount() const
{
    return m_connectionCount;
}

bool FakeBroker::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = [&] {
        if (condition())
            loop.quit();
    };
    connect(this, &FakeBroker::clientConnected, &loop, check);
    connect(this, &FakeBroker::bytesReceived, &loop, check);
    connect(this, &FakeBroker::clientDisconnected, &loop, check);
    deadline.start(timeoutMs);
    loop.exec();
    return condition();
}

bool FakeBroker::waitForClient(int timeoutMs)
{
    return waitUntil([this] { return isClientConnected(); }, timeoutMs);
}

bool FakeBroker::waitForConnectionCount(int count, int timeoutMs)
{
    return waitUntil([this, count] { return m_connectionCount >= count; }, timeoutMs);
}

QByteArray FakeBroker::waitForBytes(qsizetype count, int timeoutMs)
{
    waitUntil([this, count] { return m_received.size() >= count; }, timeoutMs);
    const QByteArray bytes = m_received.left(count);
    m_received.remove(0, bytes.size());
    return bytes;
}

bool FakeBroker::waitForReceived(const std::function<bool(const QByteArray &)> &predicate, int timeoutMs)
{
    return waitUntil([this, &predicate] { return predicate(m_received); }, timeoutMs);
}

QByteArray FakeBroker::takeReceived()
{
    return std::exchange(m_received, {});
}

void FakeBroker::send(const QByteArray &exactBytes)
{
    if (!m_client) {
        qWarning("FakeBroker::send: no client is connected; %lld bytes not sent.", qlonglong(exactBytes.size()));
        return;
    }
    m_client->write(exactBytes);
    m_client->flush();
}

void FakeBroker::dropClient()
{
    if (QTcpSocket *socket = m_client) {
        m_client = nullptr;
        socket->abort();
        socket->deleteLater();
        Q_EMIT clientDisconnected();
    }
}

void FakeBroker::closeClient()
{
    if (QTcpSocket *socket = m_client) {
        m_client = nullptr;
        socket->disconnectFromHost(); // emits disconnected (and so deleteLater) once pending bytes are written
        Q_EMIT clientDisconnected();
    }
}

bool FakeBroker::waitForDisconnected(int timeoutMs)
{
    return waitUntil([this] { return !isClientConnected(); }, timeoutMs);
}

std::optional<Mqtt::Packet> FakeBroker::waitForPacket(int timeoutMs)
{
    m_decodeError.clear();
    Mqtt::DecodeResult result;
    waitUntil(
        [this, &result] {
            result = m_decoder.decode(m_received);
            return result.status != Mqtt::DecodeResult::Status::NeedMore;
        },
        timeoutMs);
    switch (result.status) {
    case Mqtt::DecodeResult::Status::Complete:
        m_received.remove(0, result.consumed);
        if (const auto *connect = std::get_if<Mqtt::Connect>(&result.packet))
            m_decoder.setProtocolVersion(connect->version);
        return result.packet;
    case Mqtt::DecodeResult::Status::Malformed:
        m_decodeError = u"The client sent a malformed packet: %1 (bytes: %2)"_s.arg(
            result.error, QString::fromLatin1(m_received.left(64).toHex(' ')));
        return std::nullopt;
    case Mqtt::DecodeResult::Status::NeedMore:
        break;
    }
    m_decodeError = u"No complete packet arrived within %1 ms (%2 bytes buffered: %3)."_s.arg(timeoutMs)
                        .arg(m_received.size())
                        .arg(QString::fromLatin1(m_received.left(64).toHex(' ')));
    return std::nullopt;
}

void FakeBroker::sendPacket(const Mqtt::Packet &packet)
{
    send(Mqtt::encode(packet, m_decoder.protocolVersion()));
}
