// SPDX-License-Identifier: MIT
// canopy-bench-ingestpath: the ingest thread's work without the socket: the raw source's stream (2,000,000 QoS 0
// PUBLISH packets over 1,000 topics "flood/N/M/value", 64-byte payloads) is cut into reads of R bytes, each read is
// copied (as QIODevice::readAll() does) and fed to a Session in slices of S bytes, and every slice's messages go into
// a TopicStore (history depth 100) at once, as Mqtt::Client and the ingest worker do. Prints the thread's CPU time per
// message for each (read, slice) pair, best and median of the rounds, measured alternately in one run, with the
// ratio to one batch per 256 KiB read: a batch that still fits the CPU's cache when the store reads it costs less.
//
//   canopy-bench-ingestpath [ROUNDS=3]

#include "codec/mqttcodec.h"
#include "session/mqttsession.h"
#include "store/topicstore.h"

#include <QCoreApplication>
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int Topics = 1000;
constexpr qint64 Messages = 2'000'000;

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QByteArray buildStream()
{
    QByteArray cycle;
    for (int t = 0; t < Topics; ++t) {
        Mqtt::Publish publish;
        publish.topic = u"flood/%1/%2/value"_s.arg(t / 100).arg(t);
        publish.payload = QByteArray::number(t).leftJustified(64, 'x', true);
        Mqtt::encodeInto(cycle, publish, Mqtt::ProtocolVersion::V311);
    }
    QByteArray stream;
    stream.reserve(cycle.size() * (Messages / Topics));
    for (qint64 i = 0; i < Messages / Topics; ++i)
        stream += cycle;
    return stream;
}

// Thread CPU nanoseconds per message.
double run(const QByteArray &stream, qsizetype readBytes, qsizetype sliceBytes)
{
    Mqtt::Session session;
    session.connectionOpened(0);
    (void)session.takeOutgoing();
    session.receiveBytes(Mqtt::encode(Mqtt::ConnAck {}, Mqtt::ProtocolVersion::V311), 0);
    (void)session.takeEvents();
    TopicStore store;
    QList<Mqtt::Publish> batch;
    const qint64 start = threadCpuNs();
    for (qsizetype offset = 0; offset < stream.size(); offset += readBytes) {
        const QByteArray read = stream.mid(offset, readBytes); // a fresh copy, as readAll() returns
        for (qsizetype at = 0; at < read.size(); at += sliceBytes) {
            session.receiveBytes(QByteArrayView(read).sliced(at, std::min(sliceBytes, read.size() - at)), 0);
            session.takeMessages(batch);
            store.ingest(batch, 1'700'000'000'000);
        }
    }
    const qint64 cpu = threadCpuNs() - start;
    if (qint64(store.totalMessages()) != Messages) {
        QTextStream(stderr) << "bench: " << store.totalMessages() << " messages ingested, not " << Messages << '\n';
        std::exit(1);
    }
    return double(cpu) / double(Messages);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    const QByteArray stream = buildStream();
    struct Case {
        qsizetype read;
        qsizetype slice;
        std::vector<double> ns;
    };
    std::vector<Case> cases { { 256 * 1024, 256 * 1024, {} }, { 256 * 1024, 64 * 1024, {} },
        { 256 * 1024, 16 * 1024, {} }, { 256 * 1024, 4 * 1024, {} }, { 8 * 1024 * 1024, 8 * 1024 * 1024, {} } };
    for (int round = 0; round < rounds; ++round) {
        for (Case &c : cases)
            c.ns.push_back(run(stream, c.read, c.slice));
    }
    QTextStream out(stdout);
    out << "canopy-bench-ingestpath: read -> session -> store, " << Messages << " messages over " << Topics
        << " topics, thread CPU per message, " << rounds << " rounds\n";
    std::sort(cases.front().ns.begin(), cases.front().ns.end());
    const double reference = cases.front().ns.at(cases.front().ns.size() / 2);
    for (Case &c : cases) {
        std::sort(c.ns.begin(), c.ns.end());
        const double median = c.ns.at(c.ns.size() / 2);
        out << "read " << qSetFieldWidth(5) << Qt::right << c.read / 1024 << qSetFieldWidth(0) << " KiB in slices of "
            << qSetFieldWidth(5) << c.slice / 1024 << qSetFieldWidth(0) << " KiB: best " << Qt::fixed
            << qSetRealNumberPrecision(0) << c.ns.front() << " ns/msg, median " << median << " ns/msg, "
            << qSetRealNumberPrecision(2) << median / reference << "x one batch per 256 KiB read\n";
    }
    return 0;
}
