// SPDX-License-Identifier: MIT
#include "benchingestcommand.h"

#include "clientconfig.h"
#include "codec/mqtttopic.h"
#include "ingest/ingestpipeline.h"
#include "insight/packettimeline.h"
#include "insight/packettracebuffer.h"
#include "processmemory.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QTimer>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace Cli {

BenchIngestCommand::BenchIngestCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
{
}

BenchIngestCommand::~BenchIngestCommand() = default;

bool BenchIngestCommand::start()
{
    QString error;
    const auto clientOptions = Cli::clientOptions(m_options, &error);
    if (!clientOptions) {
        printLine(m_err, u"Error: "_s + error);
        return false;
    }
    QList<Mqtt::Subscription> subscriptions;
    for (const QString &filter : std::as_const(m_options.topics)) {
        if (!Mqtt::isValidTopicFilter(filter)) {
            printLine(m_err,
                QCoreApplication::translate("canopy-cli", "Error: '%1' is not a valid topic filter.").arg(filter));
            return false;
        }
        Mqtt::Subscription subscription;
        subscription.filter = filter;
        subscription.options.maximumQoS = quint8(m_options.qos);
        subscriptions.append(subscription);
    }

    m_pipeline = new IngestPipeline(this);
    connect(m_pipeline, &IngestPipeline::changesReady, this, &BenchIngestCommand::onChanges);
    connect(m_pipeline, &IngestPipeline::stateChanged, this, &BenchIngestCommand::onStateChanged);
    connect(m_pipeline, &IngestPipeline::errorOccurred, this, [this](const QString &sentence) {
        if (m_status < 0)
            printLine(m_err, u"Error: "_s + sentence);
    });
    connect(m_pipeline, &IngestPipeline::subscribed, this, [this] {
        if (m_options.debug) // like mosquitto_sub -d: lets a script start publishing once this is printed
            printLine(m_err, u"Subscribed to %1"_s.arg(m_options.topics.join(u", "_s)));
    });
    m_pipeline->setClientOptions(*clientOptions);
    if (m_options.trace) {
        // As an open packet timeline: the trace hook on, and the traced packets taken into a timeline (ring of the
        // default size) every 200 ms on this thread, as the GUI's panel does.
        m_traceBuffer = std::make_shared<PacketTraceBuffer>();
        m_timeline = std::make_unique<PacketTimeline>();
        m_pipeline->setPacketTraceSink(m_traceBuffer);
        auto *drain = new QTimer(this);
        drain->setInterval(200);
        connect(drain, &QTimer::timeout, this, [this] {
            m_traceBuffer->take(m_traced);
            m_timeline->append(std::move(m_traced));
        });
        drain->start();
    }
    m_pipeline->connectToBroker(subscriptions);

    if (m_options.timeoutSeconds > 0) {
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] {
            if (m_status >= 0)
                return;
            printLine(m_err, QCoreApplication::translate("canopy-cli", "Timed out"));
            finish(27, true); // mosquitto_sub's status for -W
        });
    }
    return true;
}

void BenchIngestCommand::onChanges()
{
    if (m_status >= 0 || m_options.messageCount <= 0)
        return;
    quint64 total = 0;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        total = m_pipeline->store().totalMessages();
    }
    if (total >= quint64(m_options.messageCount))
        finish(0, true);
}

void BenchIngestCommand::onStateChanged(Mqtt::Client::State state)
{
    // The connection ended without us asking (refused, lost): a failure, already explained by errorOccurred().
    if (state == Mqtt::Client::State::Disconnected && m_status < 0)
        finish(1, false);
}

void BenchIngestCommand::finish(int status, bool printResult)
{
    if (m_status >= 0)
        return;
    m_status = status;
    if (printResult) {
        quint64 received = 0;
        IngestCounters counters;
        double keptMb = 0;
        double historyMb = 0;
        {
            QMutexLocker lock(&m_pipeline->storeMutex());
            received = m_pipeline->store().totalMessages();
            counters = m_pipeline->counters();
            keptMb = double(m_pipeline->store().memoryUsage()) / (1024.0 * 1024.0);
            historyMb = double(m_pipeline->store().historyBytes()) / (1024.0 * 1024.0);
        }
        const ProcessMemory memory = ProcessMemory::now();
        const qint64 elapsedNs = counters.firstBatchNs >= 0 ? counters.lastBatchNs - counters.firstBatchNs : 0;
        const double seconds = double(elapsedNs) / 1e9;
        const double rate = seconds > 0 ? double(received) / seconds : 0.0;
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        const double rssMb = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
        printLine(m_out,
            u"received=%1 seconds=%2 rate=%3 cpu_s=%4 rss_mb=%5"_s.arg(received)
                    .arg(seconds, 0, 'f', 3)
                    .arg(rate, 0, 'f', 0)
                    .arg(cpu, 0, 'f', 2)
                    .arg(rssMb, 0, 'f', 1)
                + u" rss_end_mb=%1 kept_mb=%2 history_mb=%3 heap_free_mb=%4 read_max_kb=%5 ingest_cpu_us_per_msg=%6"_s
                      .arg(memory.residentMb, 0, 'f', 1)
                      .arg(keptMb, 0, 'f', 1)
                      .arg(historyMb, 0, 'f', 1)
                      .arg(memory.heapFreeMb, 0, 'f', 1)
                      .arg(double(counters.largestReadBytes) / 1024.0, 0, 'f', 0)
                      .arg(received > 0 ? double(counters.ingestCpuNs()) / 1e3 / double(received) : 0.0, 0, 'f', 3)
                + (m_traceBuffer ? u" traced=%1 trace_dropped=%2"_s.arg(m_traceBuffer->tracedCount())
                                       .arg(m_traceBuffer->droppedCount())
                                 : QString()));
    }
    // The pipeline disconnects gracefully when it is destroyed, after the event loop has ended.
    QCoreApplication::exit(status);
}

} // namespace Cli
