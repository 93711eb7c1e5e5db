// SPDX-License-Identifier: MIT
// canopy-bench-store: what the topic store costs. Prints, each next to its goal:
//   1. ingest ns per message, 1M 64-byte messages over 1,000 and over 100,000 topics (pre-built batches of 100,
//      1 ms apart, a takeChanges() every 10,000 messages as the GUI adapter would);
//   2. memory per topic beyond the payload, 100,000 distinct topics with one message each;
//   3. memory per stored message beyond the payload, 10,000 topics x 100 stored messages;
//   4. filter time over 1,000,000 topics: substring, wildcard, regular expression, payload;
//   5. the worst single ingest step: the longest ingest() of one batch of 100 (and the longest takeChanges()) while
//      1,000,000 distinct topics arrive, while 1,000,000 siblings arrive under one parent, while MQTT 5 messages
//      with properties fill the history of 500,000 topics, while full history rings leave the global FIFO to be
//      compacted, and of one 1 MiB message while a topic's history fills. The ingest worker holds the store lock
//      for exactly such a step, and the GUI waits for it.
//   6. the Top topics dock's refresh over 1,000,000 topics: FloodRanking::sample() and rank() (topics, and subtrees
//      at depth 2), once a "second" while 100,000 messages a second reach random topics. It runs in the GUI thread
//      under the store lock, once a second while the dock is open.
// Memory is measured from the process (glibc mallinfo2: bytes in use) and from the store's own estimate.
// Run it from a Release build.

#include "insight/floodranking.h"
#include "store/topicfilter.h"
#include "store/topicstore.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <malloc.h>
#include <memory>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int PayloadSize = 64;
constexpr int BatchSize = 100;

// CPU time of this thread: on a machine shared with builds, wall time also counts the time we were not running.
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

// Exactly 64 bytes in an exactly sized allocation, as a decoder hands them out; 1% carry the text "ALARM".
QByteArray payloadFor(int i)
{
    QByteArray payload(PayloadSize, '.');
    const QByteArray number = QByteArray::number(i);
    std::memcpy(payload.data(), number.constData(), size_t(number.size()));
    if (i % 100 == 7)
        std::memcpy(payload.data() + 20, "ALARM", 5);
    return payload;
}

// One distinct level per topic under 50 shared parents: "plant/area7/device12357".
QString deviceTopic(int i)
{
    return u"plant/area%1/device%2"_s.arg(i % 50).arg(i);
}

Mqtt::Publish makePublish(const QString &topic, const QByteArray &payload)
{
    Mqtt::Publish p;
    p.topic = topic;
    p.payload = payload;
    return p;
}

// Topic i of the 1M-topic building tree: site/building/floor/room/sensor.
QString buildingTopic(int i)
{
    static const char *const sensors[]
        = { "temperature", "humidity", "co2", "pressure", "light", "motion", "door", "window", "power", "voltage" };
    return u"site%1/building%2/floor%3/room%4/%5"_s.arg(i / 100000)
        .arg((i / 10000) % 10)
        .arg((i / 1000) % 10)
        .arg((i / 10) % 100)
        .arg(QLatin1StringView(sensors[i % 10]));
}

void ingestBench(int topics, int messages)
{
    // Pre-built batches covering every topic once, replayed until `messages` went in.
    std::vector<QList<Mqtt::Publish>> batches;
    for (int i = 0; i < topics; i += BatchSize) {
        QList<Mqtt::Publish> batch;
        for (int k = i; k < std::min(topics, i + BatchSize); ++k)
            batch.append(makePublish(deviceTopic(k), payloadFor(k)));
        batches.push_back(std::move(batch));
    }
    TopicStore store;
    qint64 now = 1'700'000'000'000;
    int sent = 0;
    size_t next = 0;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    while (sent < messages) {
        const QList<Mqtt::Publish> &batch = batches[next];
        next = (next + 1) % batches.size();
        store.ingest(batch, now);
        now += 1; // 100 messages per ms: 100k msgs/s
        const int before = sent;
        sent += int(batch.size());
        if (sent / 10000 != before / 10000)
            store.takeChanges();
    }
    const qint64 cpu = threadCpuNs() - cpuStart;
    const qint64 wall = timer.nsecsElapsed();
    std::printf("ingest %7d topics: %6.0f ns/message CPU, %6.0f wall  (%d messages)   goal: < 1000 ns, ideally "
                "200-400\n",
        topics, double(cpu) / sent, double(wall) / sent, sent);
    if (store.totalMessages() != quint64(sent))
        std::printf(
            "  ERROR: the store counted %llu messages\n", static_cast<unsigned long long>(store.totalMessages()));
}

void distinctTopicMemory(int topics)
{
    const qint64 before = heapInUse();
    auto store = std::make_unique<TopicStore>();
    for (int i = 0; i < topics; i += BatchSize) {
        QList<Mqtt::Publish> batch;
        for (int k = i; k < std::min(topics, i + BatchSize); ++k)
            batch.append(makePublish(deviceTopic(k), payloadFor(k)));
        store->ingest(batch, 1'700'000'000'000 + i);
        // the batch goes: the store keeps the payloads, the topic strings are freed
    }
    store->takeChanges();
    const qint64 measured = heapInUse() - before;
    const double payloadBytes = double(topics) * PayloadSize;
    std::printf("memory, %d distinct topics x 1 message: %6.1f bytes/topic beyond payload (process), %6.1f (store "
                "estimate)   goal: <= 300\n",
        topics, (double(measured) - payloadBytes) / topics, (double(store->memoryUsage()) - payloadBytes) / topics);
}

void historyMemory(int topics, int perTopic)
{
    const qint64 before = heapInUse();
    auto store = std::make_unique<TopicStore>();
    store->setHistoryDepth(perTopic);
    for (int round = 0; round < perTopic; ++round) {
        for (int i = 0; i < topics; i += BatchSize) {
            QList<Mqtt::Publish> batch;
            for (int k = i; k < std::min(topics, i + BatchSize); ++k)
                batch.append(makePublish(deviceTopic(k), payloadFor(k * 7 + round)));
            store->ingest(batch, 1'700'000'000'000 + round * 1000 + i / BatchSize);
        }
    }
    store->takeChanges();
    const qint64 measured = heapInUse() - before;
    const double stored = double(topics) * perTopic;
    const double payloadBytes = stored * PayloadSize;
    qint64 counted = 0;
    for (NodeId id = 1; id < NodeId(store->nodeCount()); ++id)
        counted += store->historyCount(id);
    std::printf("memory, %d topics x %d stored messages: %5.1f bytes/message beyond payload (process), %5.1f (store "
                "estimate); %lld stored, %llu evicted   goal: <= 64\n",
        topics, perTopic, (double(measured) - payloadBytes) / stored,
        (double(store->memoryUsage()) - payloadBytes) / stored, static_cast<long long>(counted),
        static_cast<unsigned long long>(store->evictedCount()));
}

void filterBench(int topics)
{
    TopicStore store;
    store.setHistoryDepth(1);
    for (int i = 0; i < topics; i += 1000) {
        QList<Mqtt::Publish> batch;
        for (int k = i; k < std::min(topics, i + 1000); ++k)
            batch.append(makePublish(buildingTopic(k), payloadFor(k)));
        store.ingest(batch, 1'700'000'000'000);
    }
    std::printf("filter over %d topics (%lld nodes, store estimate %.0f MB):\n", topics,
        static_cast<long long>(store.nodeCount()), double(store.memoryUsage()) / (1024.0 * 1024.0));

    struct Case {
        const char *what;
        TopicFilterSpec::TopicMode mode;
        QString topic;
        QString payload;
    };
    using Mode = TopicFilterSpec::TopicMode;
    const Case cases[] = {
        { "substring 'ROOM42/TEMP'", Mode::Substring, u"ROOM42/TEMP"_s, QString() },
        { "substring matching nothing", Mode::Substring, u"no such text"_s, QString() },
        { "wildcard '+/+/floor3/+/temperature'", Mode::Wildcard, u"+/+/floor3/+/temperature"_s, QString() },
        { "wildcard '#'", Mode::Wildcard, u"#"_s, QString() },
        { "regex 'floor[0-3]/room1\\d/(temp|hum)'", Mode::RegularExpression, u"floor[0-3]/room1\\d/(temp|hum)"_s,
            QString() },
        { "regex '^site9/.*door$'", Mode::RegularExpression, u"^site9/.*door$"_s, QString() },
        { "payload 'alarm'", Mode::Any, QString(), u"alarm"_s },
    };
    for (const Case &c : cases) {
        TopicFilterSpec spec;
        spec.topicMode = c.mode;
        spec.topic = c.topic;
        spec.payload = c.payload;
        double best = 1e18;
        qsizetype matches = 0;
        for (int run = 0; run < 3; ++run) {
            const qint64 cpuStart = threadCpuNs();
            const FilterResult result = TopicFilter::run(store, spec);
            best = std::min(best, double(threadCpuNs() - cpuStart) / 1e6);
            matches = result.matches.size();
        }
        std::printf(
            "  %-42s %7.1f ms  (%lld matches)   goal: <= 200 ms\n", c.what, best, static_cast<long long>(matches));
    }

    const qint64 cpuStart = threadCpuNs();
    const QList<RankedTopic> top
        = store.topTopics(TopicStore::root(), 20, RankBy::MessagesPerSecond, 1'700'000'000'500);
    std::printf("  %-42s %7.1f ms  (%lld topics)\n", "topTopics(root, 20)", double(threadCpuNs() - cpuStart) / 1e6,
        static_cast<long long>(top.size()));
}

// The longest store steps while `messages` messages made by `make` go in, in batches of `batchSize`, 1 ms apart,
// with a takeChanges() every 10,000 messages and at the end. Thread CPU time per step: a loaded machine would otherwise
// add the time this thread waited for a core. Wall time per step is printed beside it.
void worstStep(const char *what, int messages, int batchSize, const std::function<Mqtt::Publish(int)> &make,
    const std::function<void(TopicStore &)> &configure = {})
{
    TopicStore store;
    if (configure)
        configure(store);
    std::vector<qint64> steps; // CPU ns per ingest() of one batch
    steps.reserve(size_t(messages / batchSize + 1));
    qint64 maxWall = 0;
    qint64 maxTake = 0;
    qint64 total = 0;
    qint64 now = 1'700'000'000'000;
    QList<Mqtt::Publish> batch;
    for (int i = 0; i < messages; i += batchSize) {
        batch.clear();
        for (int k = i; k < std::min(messages, i + batchSize); ++k)
            batch.append(make(k));
        QElapsedTimer wall;
        wall.start();
        const qint64 cpuStart = threadCpuNs();
        store.ingest(batch, now);
        const qint64 cpu = threadCpuNs() - cpuStart;
        maxWall = std::max(maxWall, wall.nsecsElapsed());
        steps.push_back(cpu);
        total += cpu;
        now += 1;
        if ((i + batchSize) / 10000 != i / 10000) {
            const qint64 takeStart = threadCpuNs();
            store.takeChanges();
            maxTake = std::max(maxTake, threadCpuNs() - takeStart);
        }
    }
    const qint64 takeStart = threadCpuNs();
    store.takeChanges();
    maxTake = std::max(maxTake, threadCpuNs() - takeStart);
    std::vector<qint64> sorted = steps;
    std::sort(sorted.begin(), sorted.end());
    const auto over = [&](qint64 ns) { return sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), ns); };
    std::printf("worst step, %s (%lld nodes):\n"
                "  ingest of one batch of %d: max %7.2f ms CPU (%.2f wall), p99.9 %.3f ms, median %.3f ms; %lld "
                "batches > 1 ms, %lld > 5 ms; mean %.0f ns/message   goal: max <= 5 ms\n"
                "  takeChanges() every 10,000 messages and at the end: max %.2f ms CPU\n",
        what, static_cast<long long>(store.nodeCount()), batchSize, double(sorted.back()) / 1e6, double(maxWall) / 1e6,
        double(sorted[sorted.size() * 999 / 1000]) / 1e6, double(sorted[sorted.size() / 2]) / 1e6,
        static_cast<long long>(over(1'000'000)), static_cast<long long>(over(5'000'000)), double(total) / messages,
        double(maxTake) / 1e6);
}

void worstSteps()
{
    // As canopy-flood names 1,000,000 topics: two new tree levels per topic, 2,010,002 nodes in all.
    const QByteArray payload = payloadFor(1);
    worstStep("1,000,000 distinct topics flood/N/M/value", 1'000'000, BatchSize,
        [&](int i) { return makePublish(u"flood/%1/%2/value"_s.arg(i / 100).arg(i), payload); });
    worstStep("1,000,000 siblings under one parent", 1'000'000, BatchSize,
        [&](int i) { return makePublish(u"wide/%1"_s.arg(i), payload); });
    // Two MQTT 5 messages per topic: each topic gets a history ring and both messages a properties record.
    Mqtt::Properties properties;
    properties.contentType = u"application/json"_s;
    worstStep("500,000 topics x 2 MQTT 5 messages with properties", 1'000'000, BatchSize, [&](int i) {
        Mqtt::Publish p = makePublish(deviceTopic(i % 500'000), payload);
        p.properties = properties;
        p.properties.messageExpiryInterval = quint32(i); // a new record per message, none shared
        return p;
    });
    // 200,000 topics at a depth of 10 within the budget: once full, every message drops its topic's oldest and
    // leaves a stale id in the global FIFO, which is compacted when the stale ids outnumber the live ones.
    worstStep(
        "200,000 topics x 30 messages at depth 10, history rings full", 6'000'000, BatchSize,
        [&](int i) { return makePublish(deviceTopic(i % 200'000), payload); },
        [](TopicStore &store) { store.setHistoryDepth(10); });
    // Camera pictures: one topic, 1 MiB payloads (the default payload limit), one message per read; its history
    // reaches the default depth of 100, about 100 MiB.
    worstStep("one topic x 300 messages of 1 MiB, one per batch", 300, 1,
        [](int i) { return makePublish(u"camera/front"_s, QByteArray(1 << 20, char('a' + i % 26))); });
}

} // namespace

void rankingBench(int topics)
{
    TopicStore store;
    store.setHistoryDepth(1);
    qint64 now = 1'700'000'000'000;
    for (int i = 0; i < topics; i += 1000) {
        QList<Mqtt::Publish> batch;
        for (int k = i; k < std::min(topics, i + 1000); ++k)
            batch.append(makePublish(buildingTopic(k), payloadFor(k)));
        store.ingest(batch, now);
    }
    (void)store.takeChanges();
    FloodRanking ranking;
    std::vector<double> sampleMs, sliceMs, rankTopicsMs, rankSubtreesMs;
    quint32 random = 12345;
    for (int second = 0; second < 15; ++second) {
        now += 1000;
        for (int b = 0; b < 100; ++b) { // 100,000 messages over the second, to random topics
            QList<Mqtt::Publish> batch;
            for (int k = 0; k < 1000; ++k) {
                random = random * 1'664'525u + 1'013'904'223u;
                const int topic = int(random % quint32(topics));
                batch.append(makePublish(buildingTopic(topic), payloadFor(topic)));
            }
            store.ingest(batch, now - 1000 + b * 10);
        }
        (void)store.takeChanges();
        // As the dock does: slices of FloodRanking::SliceNodes, the lock let go in between.
        double sliceMax = 0, sampleTotal = 0;
        bool done = false;
        while (!done) {
            const qint64 start = threadCpuNs();
            done = ranking.sampleSome(store, now, FloodRanking::SliceNodes);
            const double ms = double(threadCpuNs() - start) / 1e6;
            sliceMax = std::max(sliceMax, ms);
            sampleTotal += ms;
        }
        sampleMs.push_back(sampleTotal);
        sliceMs.push_back(sliceMax);
        qint64 start = 0;
        FloodQuery query;
        query.count = 50;
        start = threadCpuNs();
        const QList<FloodEntry> top = ranking.rank(store, query, now);
        rankTopicsMs.push_back(double(threadCpuNs() - start) / 1e6);
        query.depth = 2;
        start = threadCpuNs();
        (void)ranking.rank(store, query, now);
        rankSubtreesMs.push_back(double(threadCpuNs() - start) / 1e6);
        if (top.isEmpty())
            std::printf("  (no ranking at second %d)\n", second);
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    auto maximum = [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); };
    std::printf("Top topics over %d topics (%lld nodes), 100,000 msgs/s to random topics, 15 s, thread CPU:\n", topics,
        static_cast<long long>(store.nodeCount()));
    std::printf("  sample, all slices       median %6.1f ms  max %6.1f ms\n", median(sampleMs), maximum(sampleMs));
    std::printf("  longest slice (%zu nodes) median %5.1f ms  max %6.1f ms\n", FloodRanking::SliceNodes,
        median(sliceMs), maximum(sliceMs));
    std::printf(
        "  rank(topics, 10 s)       median %6.1f ms  max %6.1f ms\n", median(rankTopicsMs), maximum(rankTopicsMs));
    std::printf(
        "  rank(depth 2, 10 s)      median %6.1f ms  max %6.1f ms\n", median(rankSubtreesMs), maximum(rankSubtreesMs));
    std::printf("  longest hold of the lock: median %.1f ms   goal: <= 16 ms (GUI thread, under the store lock)\n",
        std::max(median(sliceMs), median(rankTopicsMs)));
}

int main(int argc, char **argv)
{
    // Optional argument: run one part only (ingest, memory, filter, steps, ranking).
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray();
#ifndef NDEBUG
    std::printf("warning: a debug build; run the Release build for real figures\n");
#endif
    std::printf("Canopy topic store benchmark (64-byte payloads, history depth 100, budget 256 MiB)\n");
    if (only.isEmpty() || only == "ingest") {
        ingestBench(1000, 1'000'000);
        ingestBench(100'000, 1'000'000);
    }
    if (only.isEmpty() || only == "memory") {
        distinctTopicMemory(100'000);
        historyMemory(10'000, 100);
    }
    if (only.isEmpty() || only == "filter")
        filterBench(1'000'000);
    if (only.isEmpty() || only == "steps")
        worstSteps();
    if (only.isEmpty() || only == "ranking")
        rankingBench(1'000'000);
    return 0;
}
