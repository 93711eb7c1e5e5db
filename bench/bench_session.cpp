// SPDX-License-Identifier: MIT
// Throughput of the receive path: codec + session together, as the client adapter drives them. Pre-encoded
// PUBLISH packets (20-byte topic, 64-byte payload) are cut into 64 KiB chunks regardless of packet boundaries, as
// a socket delivers them, fed through Session::receiveBytes(), and the delivered messages (and for QoS 1 the
// PUBACKs) are drained after every chunk. Prints nanoseconds per message; the goal is at most 1000.

#include "codec/mqttcodec.h"
#include "session/mqttsession.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTextStream>

#include <algorithm>

using namespace Mqtt;
using namespace Qt::StringLiterals;

namespace {

constexpr int MessagesPerRun = 200000;
constexpr qsizetype ChunkSize = 64 * 1024;
constexpr int Runs = 7;

QByteArray buildStream(ProtocolVersion version, quint8 qos)
{
    Publish publish;
    publish.topic = u"sensors/building-7/t"_s; // 20 characters
    publish.payload = QByteArray(64, 'p');
    publish.qos = qos;
    QByteArray stream;
    stream.reserve(MessagesPerRun * 100);
    for (int i = 0; i < MessagesPerRun; ++i) {
        publish.packetId = qos ? quint16(i % 65535 + 1) : 0;
        encodeInto(stream, publish, version);
    }
    return stream;
}

struct Result {
    double nsPerMessage = 0;
    qsizetype outgoingBytes = 0;
};

Result run(ProtocolVersion version, const QByteArray &stream)
{
    SessionConfig config;
    config.connect.version = version;
    config.connect.clientId = u"bench"_s;
    config.connect.keepAliveSeconds = 60;
    Session session(config);
    session.connectionOpened(0);
    (void)session.takeOutgoing();
    session.receiveBytes(encode(ConnAck {}, version), 0);
    (void)session.takeEvents();

    qint64 delivered = 0;
    qsizetype outgoing = 0;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype offset = 0; offset < stream.size(); offset += ChunkSize) {
        const qsizetype size = std::min(ChunkSize, stream.size() - offset);
        session.receiveBytes(QByteArrayView(stream).sliced(offset, size), 1);
        delivered += qint64(session.takeMessages().size());
        outgoing += session.takeOutgoing().size();
    }
    const qint64 elapsed = timer.nsecsElapsed();
    if (delivered != MessagesPerRun || session.wantsClose()) {
        QTextStream(stderr) << "bench: expected " << MessagesPerRun << " messages, got " << delivered << '\n';
        std::exit(1);
    }
    return { double(elapsed) / double(delivered), outgoing };
}

void report(const char *label, ProtocolVersion version, quint8 qos)
{
    const QByteArray stream = buildStream(version, qos);
    QList<double> figures;
    Result last;
    for (int i = 0; i < Runs; ++i) {
        last = run(version, stream);
        figures.append(last.nsPerMessage);
    }
    std::sort(figures.begin(), figures.end());
    QTextStream out(stdout);
    out << Qt::left << qSetFieldWidth(38) << label << qSetFieldWidth(0) << "best " << Qt::fixed
        << qSetRealNumberPrecision(0) << figures.constFirst() << " ns/msg, median " << figures.at(figures.size() / 2)
        << " ns/msg  (" << MessagesPerRun << " messages of " << stream.size() / MessagesPerRun << " bytes in "
        << ChunkSize / 1024 << " KiB chunks";
    if (qos)
        out << ", " << last.outgoingBytes << " bytes of PUBACK";
    out << ")\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "canopy-bench-session: receive path (Decoder + Session), one core, goal <= 1000 ns/msg\n";
    report("QoS 0 PUBLISH, MQTT 3.1.1", ProtocolVersion::V311, 0);
    report("QoS 0 PUBLISH, MQTT 5.0", ProtocolVersion::V5, 0);
    report("QoS 1 PUBLISH + PUBACK, MQTT 3.1.1", ProtocolVersion::V311, 1);
    report("QoS 1 PUBLISH + PUBACK, MQTT 5.0", ProtocolVersion::V5, 1);
    return 0;
}
