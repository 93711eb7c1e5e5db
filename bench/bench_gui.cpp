// SPDX-License-Identifier: MIT
// canopy-bench-gui: the real explorer window under a flood. It takes the connection options of canopy-cli sub
// (-h -p -t ... -C COUNT [-W SECONDS] [-d]), shows the MainWindow (offscreen unless QT_QPA_PLATFORM says otherwise)
// with the first levels of the tree expanded as they appear, and runs until COUNT messages are in the topic store.
// A 5 ms timer in the GUI thread measures how late it fires: that is the event-loop latency a user would feel.
// It ends with one line:
//
//     received=N seconds=S rate=R p50_ms=A p99_ms=B max_ms=C rss_mb=M lock_max_ms=L batch_max=K
//
// seconds runs from the first message received to the last one ingested (as for canopy-cli bench ingest);
// p50/p99/max are the timer's lateness from the subscription until the end; lock_max_ms is the longest the ingest
// thread held the store lock at a time (a batch or a change set), batch_max the most messages under one lock. With -W
// the line is printed on timeout too, "Timed out" goes to stderr and the status is 27.
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
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int ProbeIntervalMs = 5;
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
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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

    auto finish = [&](int exitStatus) {
        if (status >= 0)
            return;
        status = exitStatus;
        probe.stop();
        quint64 received = 0;
        qint64 firstNs = -1;
        qint64 lastNs = -1;
        qint64 holdNs = 0;
        qsizetype batch = 0;
        QStringList perTab;
        for (ConnectionTab *tab : std::as_const(tabs)) {
            IngestPipeline *pipeline = tab->pipeline();
            QMutexLocker lock(&pipeline->storeMutex());
            const quint64 tabReceived = pipeline->store().totalMessages();
            received += tabReceived;
            perTab.append(QString::number(tabReceived));
            if (pipeline->firstBatchNs() >= 0) {
                firstNs = firstNs < 0 ? pipeline->firstBatchNs() : std::min(firstNs, pipeline->firstBatchNs());
                lastNs = std::max(lastNs, pipeline->lastBatchNs());
            }
            holdNs = std::max(holdNs, pipeline->longestHoldNs());
            batch = std::max(batch, pipeline->largestBatch());
        }
        const double seconds = firstNs >= 0 ? double(lastNs - firstNs) / 1e9 : 0.0;
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
                    .arg(double(holdNs) / 1e6, 0, 'f', 2)
                    .arg(batch);
        if (multi)
            line += u" received_per_tab="_s + perTab.join(u'/');
        printLine(stdout, line);
        QCoreApplication::exit(exitStatus);
    };

    for (qsizetype i = 0; i < tabs.size(); ++i) {
        IngestPipeline *pipeline = tabs.at(i)->pipeline();
        // Emitted right after changesReady, so the window has applied the change set when this runs. The total
        // comes with the signal: waiting for the store lock here would add the harness's own stalls to the figures.
        QObject::connect(pipeline, &IngestPipeline::ingestStatistics, &app, [&, i](quint64 total) {
            totals[i] = total;
            if (std::all_of(totals.cbegin(), totals.cend(),
                    [&options](quint64 each) { return each >= quint64(options.messageCount); }))
                finish(0);
        });
        QObject::connect(pipeline, &IngestPipeline::subscribed, &app, [&] {
            if (++subscribed != tabs.size())
                return;
            probe.start();
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
