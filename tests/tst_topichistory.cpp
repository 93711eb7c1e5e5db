// SPDX-License-Identifier: MIT
// TopicStore history: the per-topic ring (depth, wrap-around, mixed sizes), the global budget evicting the oldest
// messages first with an exact count, and truncation of payloads over the display limit.

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
    void truncation_data();
    void truncation();
};

namespace {
QByteArray patternPayload(int index, int size)
{
    return QByteArray(size, char('a' + index % 26));
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
