// SPDX-License-Identifier: MIT
// TopicStore history: the per-topic ring (depth, wrap-around, mixed sizes), the global budget evicting the oldest
// messages first with an exact count, the FIFO compacted in steps while evictions go on, large payloads shared
// rather than copied, and truncation of payloads over the display limit.

#include "store/topicstore.h"
#include "topicstoretestutil.h"

#include <QRandomGenerator>
#include <QTest>

#include <climits>

using namespace Qt::StringLiterals;
using namespace TopicStoreTest;

class TestTopicHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ring_data();
    void ring();
    void eviction_data();
    void eviction();
    void budgetAccounting();
    void staleQueueIdsAreCompacted();
    void lowerDepthAppliesAtOnce();
    void randomTrafficUnderBudget();
    void compactionInStepsKeepsEvictionOrder();
    void largePayloadsAreShared();
    void truncation_data();
    void truncation();
};

namespace {
QByteArray patternPayload(int index, int size)
{
    return QByteArray(size, char('a' + index % 26));
}

// From what each topic received (global sequence numbers, in order, payload i for message i): when the newest entry
// the budget evicted and the oldest entry still in a history went into the history. A message goes into its topic's
// history when the topic's next message arrives, so that is the sequence number of the next message; the budget
// evicts in that order. Messages young enough to be within the depth but gone were evicted by the budget.
struct EvictionOrder {
    int newestEvicted = -1;
    int oldestKept = INT_MAX;
    quint64 stored = 0;
};
EvictionOrder evictionOrder(
    const TopicStore &store, const QHash<QString, QList<int>> &sent, const QList<QByteArray> &payloads, int depth)
{
    EvictionOrder order;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const QList<int> &seqs = it.value();
        const QList<StoredMessage> history = store.history(store.find(it.key()).value());
        if (history.isEmpty() || history.size() > depth)
            return EvictionOrder { INT_MAX, -1, 0 }; // fails the caller's check
        order.stored += quint64(history.size() - 1);
        const qsizetype firstKept = seqs.size() - history.size();
        for (qsizetype k = 0; k < history.size(); ++k) {
            if (history[k].payload != payloads[seqs[firstKept + k]])
                return EvictionOrder { INT_MAX, -1, 0 };
        }
        if (history.size() > 1)
            order.oldestKept = std::min(order.oldestKept, seqs[firstKept + 1]);
        for (qsizetype k = std::max<qsizetype>(0, seqs.size() - depth); k < firstKept; ++k)
            order.newestEvicted = std::max(order.newestEvicted, seqs[k + 1]);
    }
    return order;
}

// Payload for the eviction rows: the label ("A3") padded to ten bytes.
QByteArray labelPayload(const QString &label)
{
    return label.toUtf8().leftJustified(10, '.');
}
} // namespace

void TestTopicHistory::ring_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<QList<int>>("sizes");

    QTest::newRow("depth 1 keeps only the last message") << 1 << QList<int> { 3, 4, 5 };
    QTest::newRow("fewer messages than the depth are all kept") << 100 << QList<int> { 1, 2, 3 };
    QTest::newRow("a full ring drops its oldest") << 3 << QList<int> { 8, 8, 8, 8, 8, 8 };
    QTest::newRow("entries of mixed sizes wrap around the ring")
        << 4 << QList<int> { 1, 50, 3, 70, 2, 100, 5, 0, 64, 7, 90, 1, 33 };
    QTest::newRow("empty payloads are entries too") << 3 << QList<int> { 0, 0, 0, 0, 0 };
    QTest::newRow("large entries grow the ring") << 5 << QList<int> { 10, 5000, 20000, 3, 40000, 1, 70000, 2 };
    QTest::newRow("depth 2 keeps one older message") << 2 << QList<int> { 5, 6, 7, 8 };
    QTest::newRow("payloads around the sharing size (4 KiB), copied and shared in one ring")
        << 3 << QList<int> { 4095, 4096, 4097, 10, 8192, 4096, 1, 4095, 0, 100000 };
}

void TestTopicHistory::ring()
{
    QFETCH(int, depth);
    QFETCH(QList<int>, sizes);

    TopicStore store;
    store.setHistoryDepth(depth);
    QCOMPARE(store.historyDepth(), depth);
    NodeId id = 0;
    for (int i = 0; i < sizes.size(); ++i) {
        id = store.ingest(publish(u"h/t"_s, patternPayload(i, sizes[i]), quint8(i % 3), i % 2), 1000 + i);
        const QList<StoredMessage> history = store.history(id);
        const int kept = std::min(i + 1, depth);
        QCOMPARE(history.size(), kept);
        QCOMPARE(store.historyCount(id), kept);
        for (int k = 0; k < kept; ++k) {
            const int index = i + 1 - kept + k; // oldest first
            const StoredMessage &m = history[k];
            QCOMPARE(m.payload, patternPayload(index, sizes[index]));
            QCOMPARE(m.timeMs, qint64(1000 + index));
            QCOMPARE(m.qos, quint8(index % 3));
            QCOMPARE(m.retain, index % 2 == 1);
            QVERIFY(!m.truncated);
            QCOMPARE(m.originalSize, qint64(sizes[index]));
        }
    }
    const quint64 expectedDropped = depth > 1 ? quint64(std::max<qsizetype>(0, sizes.size() - depth)) : 0;
    QCOMPARE(store.historyDroppedCount(), expectedDropped);
    QCOMPARE(store.evictedCount(), quint64(0));
}

void TestTopicHistory::eviction_data()
{
    // Messages go to the topics named by the letters of `sequence`, each payload its label ("A0", "A1", ...)
    // padded to 10 bytes, so that one history entry costs 13 + 10 + 4 = 27 budget bytes.
    QTest::addColumn<int>("depth");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<QString>("sequence");
    QTest::addColumn<quint64>("evicted");
    QTest::addColumn<quint64>("dropped");
    QTest::addColumn<QStringList>("histories");

    QTest::newRow("over budget, the globally oldest go first across topics")
        << 100 << qint64(5 * 27) << u"ABABABABABABABABABAB"_s << quint64(13) << quint64(0)
        << QStringList { u"A: A7 A8 A9"_s, u"B: B6 B7 B8 B9"_s };
    QTest::newRow("a quiet topic's old history goes before a busy topic's new one")
        << 100 << qint64(4 * 27) << u"AAABBBBBB"_s << quint64(3) << quint64(0)
        << QStringList { u"A: A2"_s, u"B: B1 B2 B3 B4 B5"_s };
    QTest::newRow("per-topic depth drops are counted apart from budget evictions")
        << 3 << qint64(1 << 20) << u"AAAAA"_s << quint64(0) << quint64(2) << QStringList { u"A: A2 A3 A4"_s };
    QTest::newRow("queue ids of dropped entries are skipped, never evicting a newer entry")
        << 3 << qint64(81) << u"AAAAABBB"_s << quint64(1) << quint64(2)
        << QStringList { u"A: A3 A4"_s, u"B: B0 B1 B2"_s };
    QTest::newRow("a budget below one entry keeps only the last messages")
        << 100 << qint64(10) << u"AAABB"_s << quint64(3) << quint64(0) << QStringList { u"A: A2"_s, u"B: B1"_s };
}

void TestTopicHistory::eviction()
{
    QFETCH(int, depth);
    QFETCH(qint64, budget);
    QFETCH(QString, sequence);
    QFETCH(quint64, evicted);
    QFETCH(quint64, dropped);
    QFETCH(QStringList, histories);

    TopicStore store;
    store.setHistoryDepth(depth);
    store.setHistoryBudget(budget);
    QHash<QChar, int> counters;
    for (QChar topic : sequence) {
        const QString label = QString(topic) + QString::number(counters[topic]++);
        store.ingest(publish(QString(topic), labelPayload(label)), 0);
        QVERIFY(store.historyBytes() <= budget);
    }
    QCOMPARE(store.evictedCount(), evicted);
    QCOMPARE(store.historyDroppedCount(), dropped);
    QCOMPARE(store.totalMessages(), quint64(sequence.size())); // statistics never lose a message

    QStringList actual;
    for (NodeId id : store.children(TopicStore::root())) {
        QStringList labels;
        for (const StoredMessage &m : store.history(id))
            labels.append(QString::fromUtf8(m.payload).remove(u'.'));
        actual.append(store.topic(id) + u": " + labels.join(u' '));
    }
    QCOMPARE(actual, histories);
}

void TestTopicHistory::budgetAccounting()
{
    TopicStore store;
    QCOMPARE(store.historyBudget(), qint64(256) * 1024 * 1024);
    for (int i = 0; i < 4; ++i)
        store.ingest(publish(u"t"_s, QByteArray(10, 'x')), i);
    // Three older messages: payload plus 13 bytes of entry header plus 4 in the eviction queue each.
    QCOMPARE(store.historyBytes(), qint64(3 * (10 + 13 + 4)));

    // Lowering the budget evicts at once.
    store.setHistoryBudget(2 * 27);
    QCOMPARE(store.evictedCount(), quint64(1));
    QCOMPARE(store.historyBytes(), qint64(2 * 27));
    QCOMPARE(store.historyCount(store.find(u"t").value()), 3);
}

void TestTopicHistory::staleQueueIdsAreCompacted()
{
    // A single busy topic with a small depth leaves a queue id behind for every dropped entry; they must not pile up.
    TopicStore store;
    store.setHistoryDepth(2);
    NodeId id = 0;
    for (int i = 0; i < 100000; ++i)
        id = store.ingest(publish(u"busy"_s, QByteArray(10, 'x')), i);
    QCOMPARE(store.historyDroppedCount(), quint64(100000 - 2));
    QVERIFY2(store.historyBytes() <= 27 + 4 * 8200, qPrintable(QString::number(store.historyBytes())));
    QVERIFY(store.memoryUsage() < 2 * 1024 * 1024);

    store.setHistoryBudget(0);
    QCOMPARE(store.evictedCount(), quint64(1)); // the one entry actually stored
    QCOMPARE(store.historyBytes(), qint64(0));
    QCOMPARE(store.historyCount(id), 1);
}

void TestTopicHistory::lowerDepthAppliesAtOnce()
{
    TopicStore store;
    store.setHistoryDepth(10);
    NodeId id = 0;
    for (int i = 0; i < 8; ++i)
        id = store.ingest(publish(u"t"_s, QByteArray::number(i)), i);
    store.ingest(publish(u"u"_s, "only"), 9);
    QCOMPARE(store.historyCount(id), 8);

    store.setHistoryDepth(3);
    QCOMPARE(store.historyCount(id), 3);
    QCOMPARE(store.historyDroppedCount(), quint64(5));
    QList<QByteArray> payloads;
    for (const StoredMessage &m : store.history(id))
        payloads.append(m.payload);
    QCOMPARE(payloads, (QList<QByteArray> { "5", "6", "7" }));

    // The queue still evicts exactly the entries that are left.
    store.setHistoryBudget(0);
    QCOMPARE(store.evictedCount(), quint64(2));
    QCOMPARE(store.historyBytes(), qint64(0));

    store.setHistoryDepth(1);
    QCOMPARE(store.historyCount(id), 1);
    QCOMPARE(store.historyCount(store.find(u"u").value()), 1);
}

void TestTopicHistory::randomTrafficUnderBudget()
{
    // Random sizes, topics, depth drops and budget evictions together (rings wrap, grow and shrink, stale queue
    // ids are skipped). Checked: each history is the newest messages of its topic, in order; the budget holds; every
    // entry is accounted for as stored, dropped by depth or evicted; and nothing newer was evicted before something
    // older.
    const int depth = 4;
    const qint64 budget = 3000;
    TopicStore store;
    store.setHistoryDepth(depth);
    store.setHistoryBudget(budget);
    QRandomGenerator rng(7);
    QHash<QString, QList<int>> sent; // topic -> global sequence numbers
    QList<QByteArray> payloads;
    for (int seq = 0; seq < 40000; ++seq) {
        const QString topic = u"r/%1"_s.arg(rng.bounded(seq < 20000 ? 40 : 3));
        QByteArray payload(int(rng.bounded(80)), 'x');
        payload.prepend(QByteArray::number(seq) + ':');
        store.ingest(publish(topic, payload), seq);
        sent[topic].append(seq);
        payloads.append(payload);
        QVERIFY(store.historyBytes() <= budget);
    }

    quint64 pushes = 0;
    quint64 stored = 0;
    int newestEvicted = -1;
    int oldestKept = INT_MAX;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const QList<int> &seqs = it.value();
        pushes += quint64(seqs.size() - 1);
        const QList<StoredMessage> history = store.history(store.find(it.key()).value());
        QVERIFY(!history.isEmpty() && history.size() <= depth);
        stored += quint64(history.size() - 1);
        const qsizetype firstKept = seqs.size() - history.size();
        for (qsizetype k = 0; k < history.size(); ++k)
            QCOMPARE(history[k].payload, payloads[seqs[firstKept + k]]);
        if (history.size() > 1)
            oldestKept = std::min(oldestKept, seqs[firstKept]);
        // Messages young enough to be within the depth but gone: evicted by the budget.
        for (qsizetype k = std::max<qsizetype>(0, seqs.size() - depth); k < firstKept; ++k)
            newestEvicted = std::max(newestEvicted, seqs[k]);
    }
    QCOMPARE(pushes, stored + store.historyDroppedCount() + store.evictedCount());
    QVERIFY(store.evictedCount() > 0);
    QVERIFY(store.historyDroppedCount() > 4096); // many stale queue ids
    QVERIFY2(newestEvicted < oldestKept, qPrintable(u"%1 %2"_s.arg(newestEvicted).arg(oldestKept)));
}

void TestTopicHistory::compactionInStepsKeepsEvictionOrder()
{
    // 1,500 topics at depth 3, within the budget: once their rings are full every message leaves a stale id in the
    // FIFO, and a compaction pass runs a few ids per message most of the time. Then the budget is lowered in steps,
    // with traffic going on: each eviction must still take the globally oldest entry, which a pass that dropped the
    // wrong id of a ring (a younger one than its stale ids) would break.
    const int depth = 3;
    TopicStore store;
    store.setHistoryDepth(depth);
    QRandomGenerator rng(11);
    QHash<QString, QList<int>> sent;
    QList<QByteArray> payloads;
    quint64 pushes = 0;
    int seq = 0;
    auto send = [&](int messages) {
        for (int end = seq + messages; seq < end; ++seq) {
            const QString topic = u"c/%1"_s.arg(rng.bounded(1500));
            QByteArray payload = QByteArray::number(seq) + ':' + QByteArray(int(rng.bounded(40)), 'x');
            store.ingest(publish(topic, payload), seq);
            QList<int> &seqs = sent[topic];
            pushes += seqs.isEmpty() ? 0 : 1;
            seqs.append(seq);
            payloads.append(payload);
        }
    };
    send(40000);
    QCOMPARE(store.evictedCount(), quint64(0));
    QVERIFY(store.historyDroppedCount() > 30000);
    // The stale ids do not pile up: at most about as many as live entries, plus the 4,096 a pass waits for.
    const qint64 liveBytes = store.historyBytes();
    QVERIFY(liveBytes < 2 * 1500 * (13 + 50 + 4) + 3 * 4 * 4200);

    for (const int percent : { 80, 60, 40, 20, 2 }) {
        const qint64 budget = liveBytes * percent / 100;
        store.setHistoryBudget(budget);
        QVERIFY(store.historyBytes() <= budget);
        send(3000);
        QVERIFY(store.historyBytes() <= budget);
        const EvictionOrder order = evictionOrder(store, sent, payloads, depth);
        QVERIFY(store.evictedCount() > 0);
        QVERIFY2(order.newestEvicted < order.oldestKept,
            qPrintable(u"budget %1: evicted %2, kept %3"_s.arg(budget).arg(order.newestEvicted).arg(order.oldestKept)));
        QCOMPARE(pushes, order.stored + store.historyDroppedCount() + store.evictedCount());
    }
}

void TestTopicHistory::largePayloadsAreShared()
{
    // From 4 KiB on, a payload moves into the history by reference: the bytes the message came in are the ones
    // kept, no ring grows by megabytes, and the budget counts them as if they were copied.
    TopicStore store;
    store.setHistoryDepth(4);
    const QList<int> sizes { 4096, 1 << 20, 10, 70000, 4095, 1 << 20, 1 << 20, 5000 };
    QList<QByteArray> sent;
    NodeId id = 0;
    size_t base = 0; // what the store holds beside payloads and rings, once the first ring exists
    constexpr size_t Slack = 128 * 1024; // ring bytes, and chunks of ring and payload tables growing
    for (int i = 0; i < sizes.size(); ++i) {
        sent.append(patternPayload(i, sizes[i]));
        id = store.ingest(publish(u"camera"_s, sent.last()), i);
        if (i == 1)
            base = store.memoryUsage() - size_t(sizes[0] + sizes[1]);
        const QList<StoredMessage> history = store.history(id);
        const int kept = std::min(i + 1, 4);
        QCOMPARE(history.size(), kept);
        qint64 budgetBytes = 0;
        qint64 heldBytes = sent.last().size();
        for (int k = 0; k < kept; ++k) {
            const QByteArray &original = sent[i + 1 - kept + k];
            QCOMPARE(history[k].payload, original);
            QCOMPARE(history[k].originalSize, qint64(original.size()));
            if (original.size() >= 4096) // the very bytes received, not a copy
                QCOMPARE(history[k].payload.constData(), original.constData());
            if (k < kept - 1) {
                budgetBytes += original.size() + 13 + 4;
                heldBytes += original.size();
            }
        }
        // (Plus the 4-byte FIFO id each entry dropped by the depth leaves behind until a compaction.)
        QCOMPARE(store.historyBytes(), budgetBytes + 4 * qint64(store.historyDroppedCount()));
        if (i >= 1) {
            QVERIFY2(store.memoryUsage() < base + size_t(heldBytes) + Slack,
                qPrintable(QString::number(store.memoryUsage())));
        }
    }

    // Dropped by the budget, shared payloads are let go.
    store.setHistoryBudget(0);
    QCOMPARE(store.historyBytes(), qint64(0));
    QCOMPARE(store.evictedCount(), quint64(3));
    QCOMPARE(store.history(id).size(), 1);
    QVERIFY2(
        store.memoryUsage() < base + size_t(sizes.last()) + Slack, qPrintable(QString::number(store.memoryUsage())));
}

void TestTopicHistory::truncation_data()
{
    QTest::addColumn<qint64>("limit"); // -1: the default
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<int>("storedSize");

    QTest::newRow("a payload at the limit is kept whole") << qint64(16) << 16 << false << 16;
    QTest::newRow("a payload over the limit is cut and flagged with its original size")
        << qint64(16) << 17 << true << 16;
    QTest::newRow("the default limit is 1 MiB") << qint64(-1) << (1 << 20) + 1 << true << (1 << 20);
    QTest::newRow("1 MiB itself is not cut by default") << qint64(-1) << (1 << 20) << false << (1 << 20);
    QTest::newRow("an empty payload is never truncated") << qint64(16) << 0 << false << 0;
    QTest::newRow("limit 0 flags every non-empty payload") << qint64(0) << 5 << true << 0;
}

void TestTopicHistory::truncation()
{
    QFETCH(qint64, limit);
    QFETCH(int, size);
    QFETCH(bool, truncated);
    QFETCH(int, storedSize);

    TopicStore store;
    if (limit >= 0)
        store.setPayloadLimit(limit);
    QByteArray payload(size, 'q');
    if (size > 0)
        payload[0] = 'F'; // the first bytes are the ones kept
    const NodeId id = store.ingest(publish(u"big"_s, payload), 7);
    const StoredMessage last = store.lastMessage(id);
    QCOMPARE(last.truncated, truncated);
    QCOMPARE(last.originalSize, qint64(size));
    QCOMPARE(last.payload, payload.first(storedSize));
    QCOMPARE(store.stats(id, 7).bytes, quint64(size)); // statistics count what was received
    QCOMPARE(store.truncatedCount(), quint64(truncated ? 1 : 0));

    // The same flags travel into the history.
    store.ingest(publish(u"big"_s, "small"), 8);
    const QList<StoredMessage> history = store.history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].truncated, truncated);
    QCOMPARE(history[0].originalSize, qint64(size));
    QCOMPARE(history[0].payload, payload.first(storedSize));
    QCOMPARE(history[0].timeMs, qint64(7));
    const qint64 effectiveLimit = limit >= 0 ? limit : store.payloadLimit();
    QCOMPARE(history[1].truncated, effectiveLimit < 5);
    QCOMPARE(history[1].payload, QByteArray("small").first(std::min<qint64>(5, effectiveLimit)));
}

QTEST_APPLESS_MAIN(TestTopicHistory)
#include "tst_topichistory.moc"
