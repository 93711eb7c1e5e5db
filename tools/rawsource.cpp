// SPDX-License-Identifier: MIT
#include "rawsource.h"

#include "codec/mqttcodec.h"

#include <QElapsedTimer>
#include <QHostAddress>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QString systemError(const char *what)
{
    return u"%1: %2"_s.arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno)));
}

// Waits until fd is readable (events POLLIN) or writable (POLLOUT); false on timeout or when the peer hung up.
bool waitFor(int fd, short events, int timeoutMs)
{
    pollfd p { fd, events, 0 };
    for (;;) {
        const int n = ::poll(&p, 1, timeoutMs);
        if (n < 0 && errno == EINTR)
            continue;
        return n > 0 && (p.revents & (events | POLLHUP | POLLERR));
    }
}
} // namespace

RawSource::RawSource(const Settings &settings)
    : m_settings(settings)
{
}

RawSource::~RawSource()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

bool RawSource::listen(QString *error)
{
    const QHostAddress address(m_settings.host);
    if (address.protocol() != QAbstractSocket::IPv4Protocol) {
        *error = u"--serve listens on an IPv4 address (-h 127.0.0.1), not '%1'"_s.arg(m_settings.host);
        return false;
    }
    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_listenFd < 0) {
        *error = systemError("socket");
        return false;
    }
    int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(m_settings.port);
    sa.sin_addr.s_addr = htonl(address.toIPv4Address());
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || ::listen(m_listenFd, 1) != 0) {
        *error = systemError("cannot listen");
        return false;
    }
    socklen_t length = sizeof sa;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&sa), &length);
    m_port = ntohs(sa.sin_port);
    return true;
}

bool RawSource::serve(QString *error)
{
    if (!waitFor(m_listenFd, POLLIN, m_settings.waitSeconds * 1000)) {
        *error = u"no client connected within %1 s"_s.arg(m_settings.waitSeconds);
        return false;
    }
    m_fd = ::accept(m_listenFd, nullptr, nullptr);
    if (m_fd < 0) {
        *error = systemError("accept");
        return false;
    }
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_clock.start();
    if (!handshake(error))
        return false;
    // The client's packets after SUBACK (PINGREQ, DISCONNECT) are answered beside the flood.
    std::thread answering([this] { answerUntilClosed(); });
    const bool ok = flood(error);
    // Waits for the client to close: closing first could cut off what it has not read yet.
    answering.join();
    ::shutdown(m_fd, SHUT_RDWR);
    return ok;
}

bool RawSource::readPacket(Mqtt::Packet *packet, QString *error, int timeoutMs)
{
    Mqtt::Decoder decoder(Mqtt::Role::Server, m_version);
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (!m_received.isEmpty()) {
            const Mqtt::DecodeResult result = decoder.decode(m_received);
            if (result.status == Mqtt::DecodeResult::Status::Complete) {
                *packet = result.packet;
                m_received.remove(0, result.consumed);
                return true;
            }
            if (result.status == Mqtt::DecodeResult::Status::Malformed) {
                *error = result.error;
                return false;
            }
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || !waitFor(m_fd, POLLIN, int(left))) {
            *error = u"the client sent no complete packet within %1 ms"_s.arg(timeoutMs);
            return false;
        }
        char buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
            *error = u"the client closed the connection"_s;
            return false;
        }
        if (n > 0)
            m_received.append(buffer, n);
    }
}

bool RawSource::handshake(QString *error)
{
    const int timeoutMs = m_settings.waitSeconds * 1000;
    Mqtt::Packet packet;
    if (!readPacket(&packet, error, timeoutMs))
        return false;
    const auto *connect = std::get_if<Mqtt::Connect>(&packet);
    if (!connect) {
        *error = u"the client's first packet is not a CONNECT"_s;
        return false;
    }
    m_version = connect->version;
    const QByteArray connAckBytes = Mqtt::encode(Mqtt::ConnAck {}, m_version);
    if (!sendAll(connAckBytes.constData(), connAckBytes.size(), false)) {
        *error = systemError("cannot send CONNACK");
        return false;
    }
    for (;;) { // the first SUBSCRIBE starts the flood; a PINGREQ before it is answered
        if (!readPacket(&packet, error, timeoutMs))
            return false;
        if (std::holds_alternative<Mqtt::PingReq>(packet)) {
            const QByteArray pong = Mqtt::encode(Mqtt::PingResp {}, m_version);
            sendAll(pong.constData(), pong.size(), false);
            continue;
        }
        const auto *subscribe = std::get_if<Mqtt::Subscribe>(&packet);
        if (!subscribe) {
            *error = u"expected SUBSCRIBE, got packet type %1"_s.arg(int(Mqtt::packetType(packet)));
            return false;
        }
        Mqtt::SubAck subAck;
        subAck.packetId = subscribe->packetId;
        subAck.reasonCodes = QList<quint8>(subscribe->subscriptions.size(), 0); // QoS 0 granted
        const QByteArray subAckBytes = Mqtt::encode(subAck, m_version);
        if (!sendAll(subAckBytes.constData(), subAckBytes.size(), false)) {
            *error = systemError("cannot send SUBACK");
            return false;
        }
        return true;
    }
}

bool RawSource::flood(QString *error)
{
    // One cycle holds a PUBLISH for every topic, back to back; the flood streams it round and round, so that writing
    // costs the source nothing per message beyond the kernel's copy.
    QByteArray cycle;
    std::vector<qsizetype> offsets; // where each topic's packet starts in cycle
    offsets.reserve(size_t(m_settings.topics) + 1);
    for (int t = 0; t < m_settings.topics; ++t) {
        Mqtt::Publish publish;
        publish.topic = u"%1/%2/%3/value"_s.arg(m_settings.prefix).arg(t / 100).arg(t);
        publish.payload = QByteArray::number(t).leftJustified(m_settings.payloadSize, 'x', true);
        offsets.push_back(cycle.size());
        Mqtt::encodeInto(cycle, publish, m_version);
    }
    offsets.push_back(cycle.size());
    const qint64 cycles = m_settings.count / m_settings.topics;
    const qint64 totalBytes = cycles * cycle.size() + offsets[size_t(m_settings.count % m_settings.topics)];

    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    while (written < totalBytes) {
        const qsizetype at = qsizetype(written % cycle.size());
        const qsizetype size = qsizetype(
            std::min<qint64>({ qint64(cycle.size() - at), totalBytes - written, qint64(m_settings.chunkBytes) }));
        if (!sendAll(cycle.constData() + at, size, true)) {
            // Count the whole packets that made it, for the sentence.
            const qint64 inCycle = written % cycle.size();
            const auto partial = std::upper_bound(offsets.begin(), offsets.end(), inCycle) - offsets.begin() - 1;
            m_sent = (written / cycle.size()) * m_settings.topics + partial;
            *error = u"the client closed the connection after %1 of %2 messages"_s.arg(m_sent).arg(m_settings.count);
            m_seconds = double(timer.nsecsElapsed()) / 1e9;
            m_floodEndMs = m_clock.elapsed();
            return false;
        }
        written += size;
    }
    m_seconds = double(timer.nsecsElapsed()) / 1e9;
    m_sent = m_settings.count;
    m_floodEndMs = m_clock.elapsed();
    return true;
}

bool RawSource::sendAll(const char *data, qsizetype size, bool countBlocks)
{
    std::lock_guard lock(m_writeMutex);
    while (size > 0) {
        const ssize_t n = ::send(m_fd, data, size_t(size), MSG_NOSIGNAL);
        if (n > 0) {
            data += n;
            size -= n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return false;
        // The kernel's buffers are full: the client is not reading as fast as we write.
        QElapsedTimer blocked;
        blocked.start();
        const bool writable = waitFor(m_fd, POLLOUT, m_settings.waitSeconds * 1000);
        if (countBlocks) {
            m_blockedSeconds += double(blocked.nsecsElapsed()) / 1e9;
            ++m_blocks;
        }
        if (!writable || m_closed)
            return false;
    }
    return true;
}

void RawSource::answerUntilClosed()
{
    Mqtt::Decoder decoder(Mqtt::Role::Server, m_version);
    char buffer[4096];
    while (!m_closed) {
        // The client has not closed within a whole wait after the flood: give up on it.
        const qint64 floodEndMs = m_floodEndMs;
        if (floodEndMs >= 0 && m_clock.elapsed() - floodEndMs > qint64(m_settings.waitSeconds) * 1000)
            break;
        if (!waitFor(m_fd, POLLIN, 100))
            continue;
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0)
            break;
        m_received.append(buffer, n);
        for (;;) {
            const Mqtt::DecodeResult result = decoder.decode(m_received);
            if (result.status != Mqtt::DecodeResult::Status::Complete) {
                if (result.status == Mqtt::DecodeResult::Status::Malformed)
                    m_closed = true;
                break;
            }
            m_received.remove(0, result.consumed);
            if (std::holds_alternative<Mqtt::PingReq>(result.packet)) {
                const QByteArray pong = Mqtt::encode(Mqtt::PingResp {}, m_version);
                sendAll(pong.constData(), pong.size(), false);
            } else if (std::holds_alternative<Mqtt::Disconnect>(result.packet)) {
                m_closed = true;
                break;
            }
        }
    }
    m_closed = true;
}
