// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "clioptions.h"

#include <QObject>

#include <cstdio>
#include <memory>
#include <vector>

class IngestPipeline;
class PacketTimeline;
class PacketTraceBuffer;

namespace Cli {

// canopy-cli bench ingest: subscribes like `sub` and ingests every message into the topic store through the same
// IngestPipeline the GUI uses, without printing messages. Once -C COUNT messages are in the store (checked on each
// change set) it prints one line and ends the event loop:
//
//     received=N seconds=S rate=R cpu_s=C rss_mb=M rss_end_mb=E kept_mb=P history_mb=H heap_free_mb=F read_max_kb=D
//     ingest_cpu_us_per_msg=U
//
// seconds runs from the first message received to the last one ingested, rate = N / seconds, cpu_s is the
// process's user + system CPU time and rss_mb its peak resident set; rss_end_mb is the resident set at the end,
// kept_mb what the topic store holds (its estimate), history_mb what its history budget counts, heap_free_mb what
// malloc keeps freed, read_max_kb the largest socket read, ingest_cpu_us_per_msg the ingest thread's CPU time per
// message (first batch to last). Fields are only ever added at the end. With --trace (the packet timeline's trace hook
// on, its packets taken into a PacketTimeline every 200 ms) the line ends with traced=T trace_dropped=D. On -W timeout
// the line is printed with what was received, "Timed out" goes to stderr and the status is 27, as for sub. With -d,
// "Subscribed to FILTERS" goes to stderr once the broker has granted the subscription.
class BenchIngestCommand : public QObject {
    Q_OBJECT
public:
    BenchIngestCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent = nullptr);
    ~BenchIngestCommand() override;
    bool start(); // false (with the message printed) when the options cannot make a client

private:
    void onChanges();
    void onStateChanged(Mqtt::Client::State state);
    void finish(int status, bool printResult);

    Options m_options;
    std::FILE *m_out;
    std::FILE *m_err;
    IngestPipeline *m_pipeline = nullptr;
    std::shared_ptr<PacketTraceBuffer> m_traceBuffer; // --trace
    std::unique_ptr<PacketTimeline> m_timeline;
    std::vector<Mqtt::TracedPacket> m_traced; // taken from m_traceBuffer, storage reused
    int m_status = -1; // set once finishing
};

} // namespace Cli
