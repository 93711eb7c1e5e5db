// SPDX-License-Identifier: MIT
// canopy-bench-gui: the real explorer window under a flood. It takes the connection options of canopy-cli sub
// (-h -p -t ... -C COUNT [-W SECONDS] [-d]), shows the MainWindow (offscreen unless QT_QPA_PLATFORM says otherwise)
// with the first levels of the tree expanded as they appear, and runs until COUNT messages are in the topic store.
// A 5 ms timer in the GUI thread measures how late it fires: that is the event-loop latency a user would feel.
// It ends with one line:
//
//     received=N seconds=S rate=R p50_ms=A p99_ms=B max_ms=C rss_mb=M lock_max_ms=L batch_max=K rss_end_mb=E
//     kept_mb=P history_mb=H heap_free_mb=F read_max_kb=D rss_1s_mb=O rss_after_1s_max_mb=X ingest_cpu_us_per_msg=U
//     batches=B lock_wait_ms=W handoffs=O read_pauses=Z change_sets=G
//
// seconds runs from the first message received to the last one ingested (as for canopy-cli bench ingest);
// p50/p99/max are the timer's lateness from the subscription until the end; lock_max_ms is the longest the ingest
// thread held the store lock at a time (a batch or a change set), batch_max the most messages under one lock. With -W
// the line is printed on timeout too, "Timed out" goes to stderr and the status is 27.
// Memory: rss_mb is the peak resident set, rss_end_mb the resident set at the end; kept_mb what the topic store holds
// (its estimate, last payloads and history), history_mb what the history budget counts; heap_free_mb what malloc
// keeps freed (all arenas); read_max_kb the largest socket read. rss_1s_mb is the resident set one second after the
// first message and rss_after_1s_max_mb the most it reached after that (sampled every 100 ms): equal when memory
// stays flat under a long flood. ingest_cpu_us_per_msg is the ingest thread's CPU time from the first batch to the
// last per message: socket reads, decoding and the store, robust to other programs on the machine. The last five
// are the ingest thread's counters (IngestCounters): batches ingested, the time it waited for the store lock (the
// GUI thread held it), pauses between slices of a long batch, read-coalescing pauses, change sets taken.
// With CANOPY_BENCH_EVENTS=1 it also prints to stderr the GUI thread's slowest events, each split into CPU time and
// time spent waiting for a CPU: what a stall was made of.
//
// With --ports P1,P2,... the window opens one tab per port (same host and options, each with its own connection,
// ingest thread, tree and client id) and runs until every tab has COUNT messages; the line starts with tabs=N and
// gives the total over all tabs (received, and rate = total / time from the first message of any tab to the last one
// ingested), then received_per_tab=a/b/c/d. bench/tabs_throughput.sh starts the brokers and the floods.
#include "clientconfig.h"
#include "clioptions.h"
#include "codec/mqtttopic.h"
#include "common/translations.h"
#include "ingest/ingestpipeline.h"
#include "processmemory.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int ProbeIntervalMs = 5;
constexpr int MemoryIntervalMs = 100;
constexpr int ExpandLevels = 2;

void printLine(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// How late a periodic timer fires, in milliseconds, sample by sample.
class LatencyProbe : public QObject {
public:
    explicit LatencyProbe(QObject *parent)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(ProbeIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_samples.push_back(std::max(0.0, double(now - m_last) / 1e6 - ProbeIntervalMs));
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = -1;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double percentile(double p)
    {
        if (m_samples.empty())
            return 0;
        std::sort(m_samples.begin(), m_samples.end());
        const size_t at = std::min(m_samples.size() - 1, size_t(p * double(m_samples.size())));
        return m_samples[at];
    }
    double maximum() const { return m_samples.empty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_samples;
};

// With CANOPY_BENCH_EVENTS=1: times every event the GUI thread delivers at the top level and, at the end, prints
// the slowest (receiver class, event type, milliseconds) to stderr, to see what a stall was made of.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs in every thread that delivers events (the ingest thread too); only the GUI thread's count.
        if (!m_timing || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = threadCpuNs();
        const qint64 queuedBefore = runQueueNs();
        const QByteArray receiverClass = receiver->metaObject()->className();
        const int type = int(event->type());
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        if (ms >= 5)
            m_slow.push_back({ ms, double(threadCpuNs() - cpuBefore) / 1e6, double(runQueueNs() - queuedBefore) / 1e6,
                receiverClass, type });
        return result;
    }
    void setTiming(bool on) { m_timing = on; }
    void printSlowest(int count)
    {
        std::sort(m_slow.begin(), m_slow.end(), [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        for (size_t i = 0; i < m_slow.size() && i < size_t(count); ++i)
            std::fprintf(stderr, "slow event: %.1f ms (%.1f ms on the CPU, %.1f ms waiting for one) %s type %d\n",
                m_slow[i].ms, m_slow[i].cpuMs, m_slow[i].queuedMs, m_slow[i].receiver.constData(), m_slow[i].type);
        std::fprintf(stderr, "slow events (>= 5 ms): %zu\n", m_slow.size());
    }

private:
    static qint64 threadCpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    // The time this thread has spent runnable but waiting for a CPU (the second field of schedstat).
    static qint64 runQueueNs()
    {
        std::FILE *file = std::fopen("/proc/thread-self/schedstat", "r");
        if (!file)
            return 0;
        unsigned long long onCpu = 0;
        unsigned long long waiting = 0;
        const int fields = std::fscanf(file, "%llu %llu", &onCpu, &waiting);
        std::fclose(file);
        return fields == 2 ? qint64(waiting) : 0;
    }
    struct Slow {
        double ms;
        double cpuMs;
        double queuedMs;
        QByteArray receiver;
        int type;
    };
    bool m_timing = false;
    int m_depth = 0;
    std::vector<Slow> m_slow;
};
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    app.setTiming(qEnvironmentVariableIntValue("CANOPY_BENCH_EVENTS") > 0);
    Canopy::installEnglishPlurals(&app); // as the GUI does

    // --ports P1,P2,...: one tab per port (taken out before the sub options are parsed).
    QStringList arguments = QCoreApplication::arguments();
    QList<quint16> ports;
    const qsizetype portsAt = arguments.indexOf(u"--ports"_s);
    if (portsAt > 0) {
        if (portsAt + 1 >= arguments.size()) {
            printLine(stderr, u"Error: --ports needs a list such as 1883,1884."_s);
            return 1;
        }
        for (const QString &port : arguments.at(portsAt + 1).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const uint number = port.toUInt(&ok);
            if (!ok || number == 0 || number > 65535) {
                printLine(stderr, u"Error: '%1' is not a port."_s.arg(port));
                return 1;
            }
            ports.append(quint16(number));
        }
        arguments.remove(portsAt, 2);
    }
    // The options of canopy-cli bench ingest (those of sub).
    arguments.insert(1, u"ingest"_s);
    arguments.insert(1, u"bench"_s);
    Cli::ParseResult parsed = Cli::parseArguments(arguments);
    if (parsed.helpRequested) {
        printLine(stdout,
            u"Usage: canopy-bench-gui -h HOST -p PORT -t FILTER -C COUNT [-W SECONDS] [-d] [--ports P1,P2,...] "
            "[other sub options]\n"
            "Prints received=N seconds=S rate=R p50_ms=A p99_ms=B max_ms=C rss_mb=M lock_max_ms=L batch_max=K\n"
            "rss_end_mb=E kept_mb=P history_mb=H heap_free_mb=F read_max_kb=D rss_1s_mb=O rss_after_1s_max_mb=X\n"
            "ingest_cpu_us_per_msg=U batches=B lock_wait_ms=W handoffs=O read_pauses=Z change_sets=G\n"
            "With --ports: one tab per port; COUNT messages each; tabs=N first, received_per_tab at the end.\n\n"_s
                + Cli::usage(Cli::Command::Sub));
        return 0;
    }
    if (!parsed.ok) {
        printLine(stderr, u"Error: "_s + parsed.error);
        return 1;
    }
    Cli::Options &options = parsed.options;
    if (options.messageCount <= 0) {
        printLine(stderr, u"Error: give the number of messages to wait for with -C COUNT."_s);
        return 1;
    }
    QString error;
    const auto clientOptions = Cli::clientOptions(options, &error);
    if (!clientOptions) {
        printLine(stderr, u"Error: "_s + error);
        return 1;
    }
    QList<Mqtt::Subscription> subscriptions;
    for (const QString &filter : std::as_const(options.topics)) {
        if (!Mqtt::isValidTopicFilter(filter)) {
            printLine(stderr, u"Error: '%1' is not a valid topic filter."_s.arg(filter));
            return 1;
        }
        Mqtt::Subscription subscription;
        subscription.filter = filter;
        subscription.options.maximumQoS = quint8(options.qos);
        subscriptions.append(subscription);
    }

    MainWindow window;
    window.resize(1280, 800);
    window.setAutoExpandDepth(ExpandLevels);
    window.show();
    const bool multi = !ports.isEmpty();
    if (!multi)
        ports.append(clientOptions->connection.port);
    QList<ConnectionTab *> tabs;
    for (qsizetype i = 0; i < ports.size(); ++i)
        tabs.append(i == 0 ? window.currentTab() : window.newTab());
    window.setCurrentTab(tabs.constFirst()); // as a user looks at one tab; the others live in the background
    LatencyProbe probe(&app);
    int status = -1;
    QList<quint64> totals(tabs.size(), 0);
    int subscribed = 0;

    // The resident set over time, from the first message on (its time comes with the first change set).
    QElapsedTimer clock;
    clock.start();
    qint64 firstMessageMs = -1;
    double rssAt1s = -1;
    double rssAfter1sMax = 0;
    QTimer memoryTimer;
    memoryTimer.setInterval(MemoryIntervalMs);
    QObject::connect(&memoryTimer, &QTimer::timeout, &app, [&] {
        if (firstMessageMs < 0 || clock.elapsed() - firstMessageMs < 1000)
            return;
        const double rss = Cli::ProcessMemory::residentMbNow();
        if (rssAt1s < 0)
            rssAt1s = rss;
        rssAfter1sMax = std::max(rssAfter1sMax, rss);
    });

    auto finish = [&](int exitStatus) {
        if (status >= 0)
            return;
        status = exitStatus;
        probe.stop();
        quint64 received = 0;
        // Over all tabs: the earliest first batch and the latest last one, the longest hold and largest batch and
        // read of any tab, the sums of the rest.
        IngestCounters counters;
        counters.firstBatchCpuNs = counters.lastBatchCpuNs = 0;
        qint64 cpuNs = 0;
        double keptMb = 0;
        double historyMb = 0;
        QStringList perTab;
        for (ConnectionTab *tab : std::as_const(tabs)) {
            IngestPipeline *pipeline = tab->pipeline();
            QMutexLocker lock(&pipeline->storeMutex());
            const quint64 tabReceived = pipeline->store().totalMessages();
            received += tabReceived;
            perTab.append(QString::number(tabReceived));
            const IngestCounters each = pipeline->counters();
            if (each.firstBatchNs >= 0) {
                counters.firstBatchNs = counters.firstBatchNs < 0 ? each.firstBatchNs
                                                                  : std::min(counters.firstBatchNs, each.firstBatchNs);
                counters.lastBatchNs = std::max(counters.lastBatchNs, each.lastBatchNs);
            }
            cpuNs += each.ingestCpuNs();
            counters.longestHoldNs = std::max(counters.longestHoldNs, each.longestHoldNs);
            counters.largestBatch = std::max(counters.largestBatch, each.largestBatch);
            counters.largestReadBytes = std::max(counters.largestReadBytes, each.largestReadBytes);
            counters.batches += each.batches;
            counters.lockWaitNs += each.lockWaitNs;
            counters.handoffs += each.handoffs;
            counters.readPauses += each.readPauses;
            counters.changeSets += each.changeSets;
            keptMb += double(pipeline->store().memoryUsage()) / (1024.0 * 1024.0);
            historyMb += double(pipeline->store().historyBytes()) / (1024.0 * 1024.0);
        }
        counters.lastBatchCpuNs = cpuNs;
        memoryTimer.stop();
        const Cli::ProcessMemory memory = Cli::ProcessMemory::now();
        if (rssAt1s < 0)
            rssAt1s = rssAfter1sMax = memory.residentMb;
        const qint64 elapsedNs = counters.firstBatchNs >= 0 ? counters.lastBatchNs - counters.firstBatchNs : 0;
        const double seconds = double(elapsedNs) / 1e9;
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        QString line = multi ? u"tabs=%1 "_s.arg(tabs.size()) : QString();
        line += u"received=%1 seconds=%2 rate=%3 p50_ms=%4 p99_ms=%5 max_ms=%6 rss_mb=%7 lock_max_ms=%8 batch_max=%9"_s
                    .arg(received)
                    .arg(seconds, 0, 'f', 3)
                    .arg(seconds > 0 ? double(received) / seconds : 0.0, 0, 'f', 0)
                    .arg(probe.percentile(0.5), 0, 'f', 2)
                    .arg(probe.percentile(0.99), 0, 'f', 2)
                    .arg(probe.maximum(), 0, 'f', 2)
                    .arg(double(usage.ru_maxrss) / 1024.0, 0, 'f', 1)
                    .arg(double(counters.longestHoldNs) / 1e6, 0, 'f', 2)
                    .arg(counters.largestBatch)
            + u" rss_end_mb=%1 kept_mb=%2 history_mb=%3 heap_free_mb=%4 read_max_kb=%5 rss_1s_mb=%6"
              " rss_after_1s_max_mb=%7 ingest_cpu_us_per_msg=%8"_s.arg(memory.residentMb, 0, 'f', 1)
                  .arg(keptMb, 0, 'f', 1)
                  .arg(historyMb, 0, 'f', 1)
                  .arg(memory.heapFreeMb, 0, 'f', 1)
                  .arg(double(counters.largestReadBytes) / 1024.0, 0, 'f', 0)
                  .arg(rssAt1s, 0, 'f', 1)
                  .arg(rssAfter1sMax, 0, 'f', 1)
                  .arg(received > 0 ? double(counters.ingestCpuNs()) / 1e3 / double(received) : 0.0, 0, 'f', 3)
            + u" batches=%1 lock_wait_ms=%2 handoffs=%3 read_pauses=%4 change_sets=%5"_s.arg(counters.batches)
                  .arg(double(counters.lockWaitNs) / 1e6, 0, 'f', 1)
                  .arg(counters.handoffs)
                  .arg(counters.readPauses)
                  .arg(counters.changeSets);
        if (multi)
            line += u" received_per_tab="_s + perTab.join(u'/');
        printLine(stdout, line);
        if (qEnvironmentVariableIntValue("CANOPY_BENCH_EVENTS") > 0)
            app.printSlowest(15);
        QCoreApplication::exit(exitStatus);
    };

    for (qsizetype i = 0; i < tabs.size(); ++i) {
        IngestPipeline *pipeline = tabs.at(i)->pipeline();
        // Emitted right after changesReady, so the window has applied the change set when this runs. The total
        // comes with the signal: waiting for the store lock here would add the harness's own stalls to the figures.
        QObject::connect(pipeline, &IngestPipeline::ingestStatistics, &app, [&, i](quint64 total) {
            if (total > 0 && firstMessageMs < 0)
                firstMessageMs = clock.elapsed();
            totals[i] = total;
            if (std::all_of(totals.cbegin(), totals.cend(),
                    [&options](quint64 each) { return each >= quint64(options.messageCount); }))
                finish(0);
        });
        QObject::connect(pipeline, &IngestPipeline::subscribed, &app, [&] {
            if (++subscribed != tabs.size())
                return;
            probe.start();
            memoryTimer.start();
            if (options.debug)
                printLine(
                    stderr, u"Subscribed to %1 in %2 tab(s)"_s.arg(options.topics.join(u", "_s)).arg(tabs.size()));
        });
        QObject::connect(pipeline, &IngestPipeline::errorOccurred, &app, [&](const QString &sentence) {
            if (status < 0)
                printLine(stderr, u"Error: "_s + sentence);
        });
        QObject::connect(pipeline, &IngestPipeline::stateChanged, &app, [&](Mqtt::Client::State state) {
            if (state == Mqtt::Client::State::Disconnected && status < 0) {
                status = 1;
                QCoreApplication::exit(1);
            }
        });
    }
    if (options.timeoutSeconds > 0) {
        QTimer::singleShot(options.timeoutSeconds * 1000, &app, [&] {
            if (status >= 0)
                return;
            printLine(stderr, u"Timed out"_s);
            finish(27);
        });
    }

    for (qsizetype i = 0; i < tabs.size(); ++i) {
        Mqtt::ClientOptions client = *clientOptions;
        client.autoReconnect = false;
        client.connection.port = ports.at(i);
        if (multi) // one session per tab, even on one broker
            client.session.connect.clientId += u"-tab"_s + QString::number(i + 1);
        tabs.at(i)->connectToBroker(client, subscriptions);
    }
    return app.exec();
}
