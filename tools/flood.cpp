// SPDX-License-Identifier: MIT
// canopy-flood: a fast MQTT publisher for benchmarks. It encodes every PUBLISH once with Canopy's codec, then
// writes them back to back over a blocking socket, so the broker, not the publisher, is the limit. mosquitto_pub
// starts a process per message and is far too slow for this.
//
//   canopy-flood -h 127.0.0.1 -p 1883 -C 1000000 -T 1000 -s 64 [-q 0] [-V 5] [--prefix flood] [--rate N]
//
// Prints one line: sent=N seconds=S rate=R
//
// With --serve PORT it is the broker instead (see rawsource.h): it accepts one subscriber on PORT (0: any free port;
// "listening on HOST:PORT" goes to stderr), answers CONNECT and SUBSCRIBE and writes the flood straight to it:
//
//   canopy-flood --serve 0 -C 2000000 -T 1000 -s 64 [-h 127.0.0.1] [--wait SECONDS]
//
// and prints sent=N seconds=S rate=R blocked_s=B blocks=K once the subscriber has closed the connection.
#include "codec/mqttcodec.h"
#include "rawsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Settings {
    QString host = u"127.0.0.1"_s;
    quint16 port = 1883;
    qint64 count = 100000;
    int topics = 1000;
    int payloadSize = 64;
    int qos = 0;
    Mqtt::ProtocolVersion version = Mqtt::ProtocolVersion::V311;
    QString prefix = u"flood"_s;
    double rate = 0; // 0 = as fast as possible
    int serve = -1; // --serve PORT: the raw source; -1: publish to a broker
    int waitSeconds = 60;
};

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "canopy-flood: %s\n", what);
    std::exit(1);
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

Settings parse(const QStringList &args)
{
    Settings s;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= args.size())
                die("an option is missing its value");
            return args.at(++i);
        };
        if (a == "-h"_L1)
            s.host = value();
        else if (a == "-p"_L1)
            s.port = quint16(value().toUInt());
        else if (a == "-C"_L1)
            s.count = value().toLongLong();
        else if (a == "-T"_L1)
            s.topics = value().toInt();
        else if (a == "-s"_L1)
            s.payloadSize = value().toInt();
        else if (a == "-q"_L1)
            s.qos = value().toInt();
        else if (a == "-V"_L1)
            s.version = value().contains(u'5') ? Mqtt::ProtocolVersion::V5 : Mqtt::ProtocolVersion::V311;
        else if (a == "--prefix"_L1)
            s.prefix = value();
        else if (a == "--rate"_L1)
            s.rate = value().toDouble();
        else if (a == "--serve"_L1)
            s.serve = value().toInt();
        else if (a == "--wait"_L1)
            s.waitSeconds = value().toInt();
        else if (a == "--help"_L1) {
            std::printf(
                "usage: canopy-flood -h HOST -p PORT -C COUNT -T TOPICS -s PAYLOAD_BYTES [-q 0|1] [-V 311|5] "
                "[--prefix P] [--rate MSGS_PER_S]\n"
                "       canopy-flood --serve PORT -C COUNT -T TOPICS -s PAYLOAD_BYTES [-h 127.0.0.1] [--prefix P] "
                "[--wait SECONDS]\n");
            std::exit(0);
        } else
            die("unknown option (see --help)");
    }
    if (s.count <= 0 || s.topics <= 0 || s.payloadSize < 0 || s.qos < 0 || s.qos > 1)
        die("bad count, topics, payload size or QoS (0 or 1)");
    if (s.serve > 65535 || s.waitSeconds <= 0)
        die("bad --serve port or --wait seconds");
    if (s.serve >= 0 && (s.qos != 0 || s.rate > 0))
        die("--serve sends QoS 0 as fast as the subscriber reads (no -q 1, no --rate)");
    return s;
}

int connectTo(const Settings &s)
{
    QHostAddress address(s.host);
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(s.host);
        if (info.addresses().isEmpty())
            die("cannot resolve the host");
        address = info.addresses().constFirst();
    }
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(s.port);
    sa.sin_addr.s_addr = htonl(address.toIPv4Address());
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0)
        die("cannot connect to the broker");
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// Reads and discards what the broker sends (CONNACK, PUBACKs) so its socket buffer never fills.
void drain(int fd, qint64 expectedAcks, qint64 *acked)
{
    char buffer[65536];
    qint64 bytes = 0;
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        bytes += n;
        // CONNACK is 4 bytes (3.1.1) and a PUBACK 4 bytes: good enough for counting in a benchmark.
        *acked = bytes / 4 - 1;
        if (expectedAcks >= 0 && *acked >= expectedAcks)
            break;
    }
}
} // namespace

int serve(const Settings &s)
{
    RawSource::Settings settings;
    settings.host = s.host;
    settings.port = quint16(s.serve);
    settings.count = s.count;
    settings.topics = s.topics;
    settings.payloadSize = s.payloadSize;
    settings.prefix = s.prefix;
    settings.waitSeconds = s.waitSeconds;
    RawSource source(settings);
    QString error;
    if (!source.listen(&error))
        die(qPrintable(error));
    std::fprintf(stderr, "listening on %s:%u\n", qPrintable(s.host), unsigned(source.port()));
    std::fflush(stderr);
    const bool ok = source.serve(&error);
    if (!ok)
        std::fprintf(stderr, "canopy-flood: %s\n", qPrintable(error));
    if (source.sent() > 0) {
        std::printf("sent=%lld seconds=%.3f rate=%.0f blocked_s=%.3f blocks=%lld\n",
            static_cast<long long>(source.sent()), source.seconds(),
            source.seconds() > 0 ? double(source.sent()) / source.seconds() : 0.0, source.blockedSeconds(),
            static_cast<long long>(source.blocks()));
    }
    return ok ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Settings s = parse(QCoreApplication::arguments());
    if (s.serve >= 0)
        return serve(s);

    // Pre-encode one PUBLISH per topic; the payload is the same size for all, with the topic index in front.
    std::vector<QByteArray> packets;
    packets.reserve(size_t(s.topics));
    for (int t = 0; t < s.topics; ++t) {
        Mqtt::Publish publish;
        publish.topic = u"%1/%2/%3/value"_s.arg(s.prefix).arg(t / 100).arg(t);
        QByteArray payload = QByteArray::number(t).leftJustified(s.payloadSize, 'x', true);
        publish.payload = payload;
        publish.qos = quint8(s.qos);
        publish.packetId = s.qos > 0 ? 1 : 0;
        packets.push_back(Mqtt::encode(publish, s.version));
    }

    const int fd = connectTo(s);
    Mqtt::Connect connect;
    connect.clientId = u"canopy-flood-%1"_s.arg(QCoreApplication::applicationPid());
    connect.keepAliveSeconds = 0;
    const QByteArray connectBytes = Mqtt::encode(connect, s.version);
    if (!writeAll(fd, connectBytes.constData(), size_t(connectBytes.size())))
        die("cannot send CONNECT");
    char connack[64];
    if (::recv(fd, connack, sizeof connack, 0) < 4 || quint8(connack[0]) != 0x20 || connack[3] != 0)
        die("the broker refused the connection");

    qint64 acked = 0;
    std::thread reader(drain, fd, s.qos > 0 ? s.count : -1, &acked);

    QElapsedTimer timer;
    timer.start();
    QByteArray chunk;
    chunk.reserve(1 << 20);
    quint16 packetId = 0;
    for (qint64 i = 0; i < s.count; ++i) {
        const QByteArray &packet = packets[size_t(i % s.topics)];
        if (s.qos == 0) {
            chunk.append(packet);
        } else {
            // Patch a fresh packet id into the pre-encoded QoS 1 packet (the two bytes after the topic).
            QByteArray withId = packet;
            packetId = packetId == 0xFFFF ? 1 : packetId + 1;
            const int lengthBytes = [&] {
                int n = 1;
                while (quint8(withId[n]) & 0x80)
                    ++n;
                return n;
            }();
            const int topicLength = (quint8(withId[1 + lengthBytes]) << 8) | quint8(withId[2 + lengthBytes]);
            const int idAt = 1 + lengthBytes + 2 + topicLength;
            withId[idAt] = char(packetId >> 8);
            withId[idAt + 1] = char(packetId & 0xff);
            chunk.append(withId);
        }
        if (chunk.size() >= (1 << 20) - 1024 || i + 1 == s.count) {
            if (!writeAll(fd, chunk.constData(), size_t(chunk.size())))
                die("the broker closed the connection");
            chunk.clear();
        }
        if (s.rate > 0) {
            const double due = double(i + 1) / s.rate * 1e3;
            const double ahead = due - double(timer.elapsed());
            if (ahead > 2)
                std::this_thread::sleep_for(std::chrono::milliseconds(qint64(ahead)));
        }
    }
    const QByteArray disconnect = Mqtt::encode(Mqtt::Disconnect {}, s.version);
    if (s.qos > 0)
        reader.join();
    writeAll(fd, disconnect.constData(), size_t(disconnect.size()));
    ::shutdown(fd, SHUT_WR);
    if (reader.joinable())
        reader.join();
    ::close(fd);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf(
        "sent=%lld seconds=%.3f rate=%.0f\n", static_cast<long long>(s.count), seconds, double(s.count) / seconds);
    return 0;
}
