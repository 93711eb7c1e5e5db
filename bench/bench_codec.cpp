// SPDX-License-Identifier: MIT
// Cost of the pure codec on the hot path: a small QoS 0 PUBLISH (20-byte topic, 64-byte payload), decoded and
// encoded a few million times under MQTT 3.1.1 and 5.0. Prints nanoseconds per packet (best of several runs);
// the goal for decoding is well under 1000 ns, ideally 100-200 ns.

#include "codec/mqttcodec.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Mqtt;
using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 5;

// Wall-clock time (QElapsedTimer) and the process's CPU time (std::clock), best of the runs. On a loaded machine
// the CPU figure is the one to trust.
struct Timing {
    double wallNs = 0;
    double cpuNs = 0;
};

template<class Body>
Timing bestNanosecondsPerIteration(int iterations, Body body)
{
    Timing best;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        for (int i = 0; i < iterations; ++i)
            body();
        const double cpuNs = double(std::clock() - cpuStart) * 1e9 / CLOCKS_PER_SEC / iterations;
        const double wallNs = double(timer.nsecsElapsed()) / iterations;
        best.wallNs = run == 0 ? wallNs : std::min(best.wallNs, wallNs);
        best.cpuNs = run == 0 ? cpuNs : std::min(best.cpuNs, cpuNs);
    }
    return best;
}

struct Figures {
    Timing decode;
    Timing encode;
    Timing encodeInto;
};

Figures measure(ProtocolVersion version, int iterations, qsizetype &sink)
{
    Publish publish;
    publish.topic = u"sensors/building-7/t"_s; // 20 characters
    publish.payload = QByteArray(64, 'p');
    const QByteArray wire = encode(publish, version);
    const Decoder decoder(Role::Client, version);

    // Sanity: what we time must actually decode.
    const DecodeResult check = decoder.decode(wire);
    if (check.status != DecodeResult::Status::Complete || check.packet != Packet(publish)) {
        std::fprintf(stderr, "bench_codec: the benchmark packet does not round-trip: %s\n", qPrintable(check.error));
        std::exit(1);
    }

    Figures figures;
    figures.decode = bestNanosecondsPerIteration(iterations, [&] {
        const DecodeResult result = decoder.decode(wire);
        sink += result.consumed;
    });
    figures.encode = bestNanosecondsPerIteration(iterations, [&] {
        const QByteArray bytes = encode(publish, version);
        sink += bytes.size();
    });
    QByteArray buffer;
    buffer.reserve(wire.size());
    figures.encodeInto = bestNanosecondsPerIteration(iterations, [&] {
        buffer.resize(0); // keeps the capacity, as a socket write buffer would
        encodeInto(buffer, publish, version);
        sink += buffer.size();
    });
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    int iterations = 3000000;
    if (argc > 1)
        iterations = std::max(1, std::atoi(argv[1]));

    std::printf("MQTT codec, QoS 0 PUBLISH with a 20-byte topic and a 64-byte payload, %d iterations, best of %d "
                "runs\n",
        iterations, Runs);
    qsizetype sink = 0;
    for (const auto &[version, name] :
        { std::pair { ProtocolVersion::V311, "3.1.1" }, std::pair { ProtocolVersion::V5, "5.0  " } }) {
        const Figures f = measure(version, iterations, sink);
        std::printf("  MQTT %s  decode %7.1f ns (cpu %7.1f)   encode %7.1f ns (cpu %7.1f)   "
                    "encodeInto, reused buffer %7.1f ns (cpu %7.1f)\n",
            name, f.decode.wallNs, f.decode.cpuNs, f.encode.wallNs, f.encode.cpuNs, f.encodeInto.wallNs,
            f.encodeInto.cpuNs);
    }
    std::printf("  (checksum %lld)\n", static_cast<long long>(sink));
    return 0;
}
