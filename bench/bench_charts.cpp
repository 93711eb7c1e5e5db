// SPDX-License-Identifier: MIT
// canopy-bench-charts: the live charts' goals (issue 11), one line per case with its figures.
//
//   canopy-bench-charts [--seconds 60] [--case redraw1|redraw10|flood|memory|ingest]
//
//   redraw1   one series of 1,000,000 points, "all" window: ms per frame (refresh = decimate + the lines, then a
//             synchronous repaint of the chart view, offscreen); goal <= 16 ms
//   redraw10  ten series of 100,000 points each: the same; goal <= 16 ms
//   flood     20 series, each fed 5,000 msgs/s (JSON {"v":x}, path $.v) for --seconds, while the chart follows a
//             1-minute window at ~30 frames/s: GUI event-loop latency (a 5 ms timer's lateness) p50/p99/max; goal
//             p99 <= 16 ms. The ingest worker is stood in by a thread that makes the worker's very call,
//             ChartFeed::consume(), on batches of 1,000 messages every 10 ms.
//   memory    bytes per stored point: the ring's own count and the heap's growth (mallinfo2) over 1,000,000 points;
//             goal <= 16
//   --screenshot FILE --url URL [--seconds N] [--series FILTER=PATH]... [--right FILTER=PATH]...: not a
//             measurement; opens the window on URL (the chart setup saved for that endpoint is restored, or a chart
//             "Climate" of the last minute is made of the series given, --right ones on the right axis), waits N
//             seconds, floats the charts dock at 1280x720 and saves a PNG of it (docs/screenshot-charts.png is made
//             this way).
//   ingest    the worker's store step (TopicStore::ingest under the store mutex, then the sink) over 1,000 topics,
//             without a chart sink and with one series on one of the topics, alternated in one run: ns per message
//             and the ratio
//
// The machine this runs on may be shared: compare ratios measured in the same run, and re-run on an idle machine.

#include "charts/chartfeed.h"
#include "charts/chartpanel.h"
#include "charts/chartsarea.h"
#include "charts/chartview.h"
#include "common/translations.h"
#include "store/topicstore.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int ProbeIntervalMs = 5;

void say(const QString &line)
{
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1, size_t(p * double(samples.size())))];
}

double mean(const std::vector<double> &samples)
{
    double sum = 0;
    for (double s : samples)
        sum += s;
    return samples.empty() ? 0 : sum / double(samples.size());
}

Mqtt::Publish message(const QString &topic, const QByteArray &payload)
{
    Mqtt::Publish p;
    p.topic = topic;
    p.payload = payload;
    return p;
}

// Fills series topic with count plain numbers ending now, evenly over spanMs (a noisy sine with spikes).
void fill(ChartFeed &feed, const QString &topic, int count, qint64 nowMs, qint64 spanMs, int seed)
{
    QList<Mqtt::Publish> batch;
    constexpr int Batch = 10; // ten messages share a receive time, as the messages of one worker batch do
    batch.reserve(Batch);
    for (int i = 0; i < count;) {
        batch.clear();
        const qint64 t = nowMs - spanMs + qint64(double(i) * double(spanMs) / double(count));
        for (int k = 0; k < Batch && i < count; ++k, ++i) {
            double v = 20 + 5 * std::sin(double(i) / 5000.0 + seed) + double((i * 7919 + seed) % 100) / 100.0;
            if (i % 50'000 == 25'000)
                v += 40; // spikes that decimation must keep
            batch.append(message(topic, QByteArray::number(v, 'f', 2)));
        }
        feed.consume(batch, 0, batch.size(), t);
    }
}

// ms per frame over frames frames of panel (refresh: decimation and the lines' frame; then a synchronous paint).
std::vector<double> timeFrames(QApplication &app, ChartPanel &panel, int frames)
{
    std::vector<double> samples;
    QElapsedTimer timer;
    for (int i = 0; i < frames; ++i) {
        timer.start();
        panel.refresh(QDateTime::currentMSecsSinceEpoch(), true);
        app.processEvents();
        panel.view()->viewport()->repaint();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

void redraw(QApplication &app, const QString &name, int series, int points)
{
    auto feed = std::make_shared<ChartFeed>(points);
    ChartPanel panel(feed, nullptr);
    panel.resize(1280, 720);
    panel.show();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int s = 0; s < series; ++s) {
        const QString topic = u"bench/series%1"_s.arg(s);
        panel.addSeries(ChartSeriesSetup { topic, QString(), true, s % 2 == 1, QString() });
        fill(*feed, topic, points, now, 10 * 60 * 1000, s);
    }
    panel.setWindowSeconds(0); // all: every point is in the range each frame
    timeFrames(app, panel, 5); // warm up: lines, legend, axes laid out
    const std::vector<double> samples = timeFrames(app, panel, 60);
    // The decimation alone (what the frame reads from the rings), to tell it from the drawing.
    std::vector<double> decimation;
    const auto [from, to] = panel.visibleRange();
    QList<int> ids;
    for (const int definition : panel.definitions()) {
        for (const SeriesInfo &info : feed->series(definition, now))
            ids.append(info.id);
    }
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        for (const int id : std::as_const(ids))
            feed->decimated(id, from, to, int(panel.chart()->plotArea().width()));
        decimation.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    say(u"case=%1 series=%2 points_per_series=%3 frames=%4 frame_ms_mean=%5 frame_ms_p99=%6 frame_ms_max=%7 "
        "drawn_points=%8 decimate_ms_mean=%9 goal_ms=16"_s.arg(name)
            .arg(series)
            .arg(points)
            .arg(samples.size())
            .arg(mean(samples), 0, 'f', 2)
            .arg(percentile(samples, 0.99), 0, 'f', 2)
            .arg(*std::max_element(samples.begin(), samples.end()), 0, 'f', 2)
            .arg(panel.drawnPointCount())
            .arg(mean(decimation), 0, 'f', 2));
}

void flood(QApplication &app, int seconds)
{
    constexpr int Series = 20;
    constexpr int PerSeriesRate = 5000;
    constexpr int TickMs = 10;
    constexpr int PerTick = Series * PerSeriesRate * TickMs / 1000; // 1,000 messages per 10 ms
    auto feed = std::make_shared<ChartFeed>();
    ChartPanel panel(feed, nullptr);
    panel.resize(1280, 720);
    panel.show();
    for (int s = 0; s < Series; ++s)
        panel.addSeries(ChartSeriesSetup { u"flood/s%1"_s.arg(s), u"$.v"_s, true, s >= 10, QString() });
    panel.setWindowSeconds(60);

    // Ten prepared batches, cycled: the feeder spends its time in consume(), not in making payloads.
    std::vector<QList<Mqtt::Publish>> batches(10);
    for (int b = 0; b < 10; ++b) {
        for (int i = 0; i < PerTick; ++i) {
            const int s = i % Series;
            const double v = 100 * std::sin(double(b * PerTick + i) / 700.0 + s) + s * 10;
            batches[size_t(b)].append(message(u"flood/s%1"_s.arg(s),
                "{\"v\":"_ba + QByteArray::number(v, 'f', 3) + ",\"unit\":\"C\",\"ok\":true}"_ba));
        }
    }
    std::atomic<bool> stop { false };
    std::atomic<qint64> fed { 0 };
    std::atomic<qint64> behindTicks { 0 };
    std::thread feeder([&] {
        QElapsedTimer clock;
        clock.start();
        qint64 tick = 0;
        while (!stop.load()) {
            const qint64 due = tick * TickMs;
            const qint64 now = clock.elapsed();
            if (now < due) {
                std::this_thread::sleep_for(std::chrono::milliseconds(due - now));
                continue;
            }
            if (now - due > 100)
                ++behindTicks;
            const QList<Mqtt::Publish> &batch = batches[size_t(tick % 10)];
            feed->consume(batch, 0, batch.size(), QDateTime::currentMSecsSinceEpoch());
            fed += batch.size();
            ++tick;
        }
    });

    std::vector<double> latency;
    std::vector<double> frames;
    QElapsedTimer clock;
    clock.start();
    qint64 last = -1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(ProbeIntervalMs);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            latency.push_back(std::max(0.0, double(now - last) / 1e6 - ProbeIntervalMs));
        last = now;
    });
    QTimer frame; // what ChartsArea's frame timer does
    frame.setInterval(33);
    QObject::connect(&frame, &QTimer::timeout, &app, [&] {
        if (!panel.wantsFrame())
            return;
        QElapsedTimer t;
        t.start();
        panel.refresh(QDateTime::currentMSecsSinceEpoch());
        frames.push_back(double(t.nsecsElapsed()) / 1e6); // the first slice
    });
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    probe.start();
    frame.start();
    app.exec();
    stop = true;
    feeder.join();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    qint64 points = 0;
    quint64 dropped = 0;
    for (const int definition : panel.definitions()) {
        for (const SeriesInfo &info : feed->series(definition, QDateTime::currentMSecsSinceEpoch())) {
            points += info.points;
            dropped += info.dropped;
        }
    }
    say(u"case=flood series=%1 target_msgs_per_s=%2 seconds=%3 fed=%4 fed_per_s=%5 feeder_late_ticks=%6 "
        "latency_ms_p50=%7 latency_ms_p99=%8 latency_ms_max=%9 frames=%10 slice_ms_mean=%11 slice_ms_p99=%12 "
        "points_kept=%13 dropped=%14 goal_p99_ms=16"_s.arg(Series)
            .arg(Series * PerSeriesRate)
            .arg(elapsed, 0, 'f', 1)
            .arg(fed.load())
            .arg(double(fed.load()) / elapsed, 0, 'f', 0)
            .arg(behindTicks.load())
            .arg(percentile(latency, 0.5), 0, 'f', 2)
            .arg(percentile(latency, 0.99), 0, 'f', 2)
            .arg(latency.empty() ? 0 : *std::max_element(latency.begin(), latency.end()), 0, 'f', 2)
            .arg(panel.framesDrawn())
            .arg(mean(frames), 0, 'f', 2)
            .arg(percentile(frames, 0.99), 0, 'f', 2)
            .arg(points)
            .arg(dropped));
}

void memory()
{
    constexpr int Points = 1'000'000;
    malloc_trim(0);
    const size_t before = mallinfo2().uordblks + mallinfo2().hblkhd; // small and mmap()ed blocks
    {
        auto feed = std::make_shared<ChartFeed>(Points);
        feed->addDefinition({ u"mem/x"_s, QString() }, nullptr);
        fill(*feed, u"mem/x"_s, Points, QDateTime::currentMSecsSinceEpoch(), 600'000, 1);
        const size_t after = mallinfo2().uordblks + mallinfo2().hblkhd;
        const SeriesInfo info = feed->series(1, QDateTime::currentMSecsSinceEpoch()).first();
        say(u"case=memory points=%1 ring_bytes=%2 ring_bytes_per_point=%3 heap_growth_bytes=%4 "
            "heap_bytes_per_point=%5 goal=16"_s.arg(info.points)
                .arg(info.memoryBytes)
                .arg(double(info.memoryBytes) / double(info.points), 0, 'f', 2)
                .arg(qint64(after - before))
                .arg(double(after - before) / double(info.points), 0, 'f', 2));
    }
}

void ingest()
{
    constexpr int Topics = 1000;
    constexpr int Messages = 1'000'000;
    constexpr int Batch = 256;
    QList<QString> topics;
    for (int t = 0; t < Topics; ++t)
        topics.append(u"plant/line%1/sensor%2"_s.arg(t / 100).arg(t % 100));
    std::vector<QList<Mqtt::Publish>> batches;
    for (int i = 0; i < Messages; i += Batch) {
        QList<Mqtt::Publish> batch;
        for (int k = 0; k < Batch; ++k)
            batch.append(message(topics[(i + k) % Topics], QByteArray::number(double((i + k) % 1000) / 10.0)));
        batches.push_back(batch);
    }
    auto run = [&](bool withSink) {
        QMutex mutex; // the store mutex, taken per batch as the worker does
        TopicStore store;
        store.setHistoryDepth(100);
        std::shared_ptr<ChartFeed> sink;
        if (withSink) {
            sink = std::make_shared<ChartFeed>();
            sink->addDefinition({ topics[7], QString() }, &store);
        }
        QElapsedTimer timer;
        timer.start();
        qint64 now = 1'700'000'000'000;
        for (const QList<Mqtt::Publish> &batch : batches) {
            QMutexLocker lock(&mutex);
            const qsizetype done = store.ingest(batch, 0, ++now, [] { return false; });
            if (sink)
                sink->consume(batch, 0, done, now);
        }
        return double(timer.nsecsElapsed()) / double(Messages);
    };
    std::vector<double> without, with;
    for (int round = 0; round < 3; ++round) {
        without.push_back(run(false));
        with.push_back(run(true));
    }
    const double a = *std::min_element(without.begin(), without.end());
    const double b = *std::min_element(with.begin(), with.end());
    say(u"case=ingest topics=%1 messages=%2 rounds=3 ns_per_msg_no_series=%3 ns_per_msg_one_series=%4 ratio=%5"_s
            .arg(Topics)
            .arg(Messages)
            .arg(a, 0, 'f', 1)
            .arg(b, 0, 'f', 1)
            .arg(b / a, 0, 'f', 3));
}

int screenshot(
    QApplication &app, const QString &file, const QString &url, int seconds, const QList<ChartSeriesSetup> &series)
{
    MainWindow window;
    window.show();
    window.setBrokerUrl(QUrl(url));
    window.connectToBroker();
    if (!series.isEmpty()) {
        auto *area = window.currentTab()->findChild<ChartsArea *>();
        auto *timeWindow = area->findChild<QComboBox *>(u"chartsWindow"_s);
        timeWindow->setCurrentIndex(timeWindow->findData(60)); // the last minute
        ChartPanel *panel = area->newChart(u"Climate"_s);
        for (const ChartSeriesSetup &setup : series)
            panel->addSeries(setup);
        area->refreshNow();
    }
    int status = 1;
    QTimer::singleShot(seconds * 1000, &app, [&] {
        ConnectionTab *tab = window.currentTab();
        QDockWidget *dock = tab->panelDock(u"chartsDock"_s);
        auto *area = tab->findChild<ChartsArea *>();
        dock->show();
        dock->setFloating(true);
        dock->resize(1280, 720);
        QTimer::singleShot(500, &app, [&app, &status, file, area] {
            area->refreshNow();
            app.processEvents();
            status = area->grab().save(file, "PNG") ? 0 : 1;
            app.quit();
        });
    });
    app.exec();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Canopy"_s); // --screenshot reads the chart setups canopy saved
    QApplication::setOrganizationName(u"Canopy"_s);
    Canopy::installEnglishPlurals(&app);
    int seconds = 60;
    QString only;
    QString screenshotFile;
    QString url;
    QList<ChartSeriesSetup> series;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--seconds"_s && i + 1 < args.size())
            seconds = std::max(1, args[++i].toInt());
        else if (args[i] == u"--case"_s && i + 1 < args.size())
            only = args[++i];
        else if (args[i] == u"--screenshot"_s && i + 1 < args.size())
            screenshotFile = args[++i];
        else if (args[i] == u"--url"_s && i + 1 < args.size())
            url = args[++i];
        else if ((args[i] == u"--series"_s || args[i] == u"--right"_s) && i + 1 < args.size()) {
            const bool right = args[i] == u"--right"_s;
            const QString spec = args[++i];
            const qsizetype equals = spec.indexOf(u'=');
            series.append(ChartSeriesSetup { equals < 0 ? spec : spec.left(equals),
                equals < 0 ? QString() : spec.mid(equals + 1), true, right, QString() });
        } else {
            std::fprintf(
                stderr, "usage: canopy-bench-charts [--seconds 60] [--case redraw1|redraw10|flood|memory|ingest]\n");
            return 2;
        }
    }
    if (!screenshotFile.isEmpty())
        return screenshot(app, screenshotFile, url, seconds, series);
    auto want = [&only](const QString &name) { return only.isEmpty() || only == name; };
    if (want(u"memory"_s))
        memory();
    if (want(u"ingest"_s))
        ingest();
    if (want(u"redraw1"_s))
        redraw(app, u"redraw1"_s, 1, 1'000'000);
    if (want(u"redraw10"_s))
        redraw(app, u"redraw10"_s, 10, 100'000);
    if (want(u"flood"_s))
        flood(app, seconds);
    return 0;
}
