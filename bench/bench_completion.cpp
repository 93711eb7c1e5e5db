// SPDX-License-Identifier: MIT
// canopy-bench-completion: the publish panel's topic completion over 1,000,000 topics, one keystroke at a time,
// through the real widgets (QLineEdit + TopicCompleter + its QCompleter popup, offscreen unless QT_QPA_PLATFORM says
// otherwise). For each keystroke it times TopicCompleter::update() as a whole (store lock, the first slice of the
// query, the suggestion list, the popup: what the user waits for), then until the suggestions are final (the
// remaining slices, one per event-loop turn), and, separately, how long the store lock is held for one slice (what the
// ingest thread may wait for).
// Two shapes of a million topics:
//   deep  plant/areaNNN/deviceNN/mN   1,000 × 100 × 10
//   flat  flat/NNNNNNN                 a million children of one level (the worst case: the scan limit applies)
// For contrast, the same run times what completion would cost the naive way: a list of every topic, built once.
// Prints one line per shape:
//     shape=deep topics=1000000 keystrokes=N p50_ms=A p99_ms=B max_ms=C cpu_p99_ms=G cpu_max_ms=H lock_max_ms=L
//     lock_cpu_max_ms=K final_p50_ms=E final_max_ms=F naive_list_ms=D
// (_ms: wall time; cpu_: this thread's CPU time, which a loaded machine does not inflate.)
#include "common/translations.h"
#include "publish/topiccompleter.h"
#include "store/topicstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// This thread's CPU time in ms: what the work costs, without the waits of a loaded machine.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1, size_t(p * double(samples.size())))];
}

void fill(TopicStore &store, const std::function<QString(int)> &topicOf, int count)
{
    QList<Mqtt::Publish> batch;
    batch.reserve(10000);
    for (int i = 0; i < count; ++i) {
        Mqtt::Publish message;
        message.topic = topicOf(i);
        message.payload = "21.5";
        batch.append(message);
        if (batch.size() == 10000) {
            store.ingest(batch, 1000);
            batch.clear();
        }
    }
    store.ingest(batch, 1000);
    (void)store.takeChanges();
}

void run(const char *shape, const TopicStore &store, QMutex &mutex, const QStringList &typed)
{
    QLineEdit field;
    field.resize(400, 24);
    field.show();
    TopicCompleter completer(&field, store, mutex);
    std::vector<double> keystrokes;
    std::vector<double> locks;
    std::vector<double> completes; // until the suggestions are final
    std::vector<double> keystrokesCpu;
    std::vector<double> locksCpu;
    QElapsedTimer clock;
    for (const QString &topic : typed) {
        for (qsizetype length = 1; length <= topic.size(); ++length) {
            field.setText(topic.left(length));
            const double cpuBefore = threadCpuMs();
            clock.start();
            completer.update();
            keystrokes.push_back(double(clock.nsecsElapsed()) / 1e6);
            keystrokesCpu.push_back(threadCpuMs() - cpuBefore);
            QCoreApplication::processEvents(); // let the popup paint, as between two real keystrokes
            // The rest of the slices, each one event-loop turn: until the suggestions are final.
            clock.start();
            while (!completer.isComplete())
                QCoreApplication::processEvents();
            completes.push_back(keystrokes.back() + double(clock.nsecsElapsed()) / 1e6);
            // The lock alone: one slice of the same query, from the start of the level.
            const QString text = topic.left(length);
            const qsizetype slash = text.lastIndexOf(u'/');
            const double lockCpuBefore = threadCpuMs();
            clock.start();
            {
                QMutexLocker lock(&mutex);
                const std::optional<NodeId> parent = slash < 0 ? std::optional<NodeId>(TopicStore::root())
                                                               : store.find(QStringView(text).first(slash));
                if (parent) {
                    QList<NodeId> ids;
                    store.childrenWithPrefix(*parent, QStringView(text).sliced(slash + 1), 0,
                        TopicCompleter::SliceChildren, TopicCompleter::MaximumSuggestions, &ids);
                    for (const NodeId id : std::as_const(ids))
                        (void)store.name(id);
                }
            }
            locks.push_back(double(clock.nsecsElapsed()) / 1e6);
            locksCpu.push_back(threadCpuMs() - lockCpuBefore);
        }
    }
    // The naive way, for contrast: every topic as a string, once.
    clock.start();
    QStringList all;
    {
        QMutexLocker lock(&mutex);
        all.reserve(store.topicCount());
        for (qsizetype id = 1; id < store.nodeCount(); ++id) {
            if (store.hasMessage(NodeId(id)))
                all.append(store.topic(NodeId(id)));
        }
    }
    const double naiveMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf("shape=%s topics=%u keystrokes=%zu p50_ms=%.3f p99_ms=%.3f max_ms=%.3f cpu_p99_ms=%.3f "
                "cpu_max_ms=%.3f lock_max_ms=%.3f lock_cpu_max_ms=%.3f final_p50_ms=%.1f final_max_ms=%.1f "
                "naive_list_ms=%.0f\n",
        shape, store.topicCount(), keystrokes.size(), percentile(keystrokes, 0.5), percentile(keystrokes, 0.99),
        *std::max_element(keystrokes.begin(), keystrokes.end()), percentile(keystrokesCpu, 0.99),
        *std::max_element(keystrokesCpu.begin(), keystrokesCpu.end()), *std::max_element(locks.begin(), locks.end()),
        *std::max_element(locksCpu.begin(), locksCpu.end()), percentile(completes, 0.5),
        *std::max_element(completes.begin(), completes.end()), naiveMs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Canopy::installEnglishPlurals(&app);
    QRandomGenerator random(42);
    {
        TopicStore store;
        QMutex mutex;
        fill(
            store,
            [](int i) {
                return u"plant/area%1/device%2/m%3"_s.arg(i / 1000, 3, 10, QChar(u'0'))
                    .arg((i / 10) % 100, 2, 10, QChar(u'0'))
                    .arg(i % 10);
            },
            1'000'000);
        QStringList typed;
        for (int k = 0; k < 20; ++k) {
            typed.append(u"plant/area%1/device%2/m%3"_s.arg(random.bounded(1000), 3, 10, QChar(u'0'))
                             .arg(random.bounded(100), 2, 10, QChar(u'0'))
                             .arg(random.bounded(10)));
        }
        typed.append(u"plant/nothing/here"_s);
        run("deep", store, mutex, typed);
    }
    {
        TopicStore store;
        QMutex mutex;
        fill(
            store, [](int i) { return u"flat/%1"_s.arg(i, 7, 10, QChar(u'0')); }, 1'000'000);
        QStringList typed;
        for (int k = 0; k < 10; ++k)
            typed.append(u"flat/%1"_s.arg(random.bounded(1'000'000), 7, 10, QChar(u'0')));
        typed.append(u"flat/x-no-such-topic"_s);
        run("flat", store, mutex, typed);
    }
    return 0;
}
