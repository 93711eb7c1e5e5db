// SPDX-License-Identifier: MIT
// Reading a topic's history by message number (TopicStore::historyInfo / readHistory), as the inspector's history
// table does one screen at a time: every window of every history reads what the whole history says, through ring
// wrap-around, the position index of long rings, shared payloads, budget evictions, a lower depth and clear(); the
// numbers keep naming the same messages while new ones arrive; evictions are counted per topic.

#include "store/topicstore.h"
#include "topicstoretestutil.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TopicStoreTest;

class TestHistoryAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowsMatchTheWholeHistory_data();
    void windowsMatchTheWholeHistory();
    void numbersKeepNamingTheSameMessages();
    void evictionsAreCountedPerTopic();
    void lowerDepthKeepsLongRingsReadable();
    void clearStartsNumbersAgain();
    void emptyAndInnerTopics();
};

namespace {
// Payload of message i of a topic: its number, padded to a size that varies (some over the 4 KiB sharing size).
QByteArray payloadFor(int i, bool mixedSizes)
{
    QByteArray p = "m" + QByteArray::number(i) + ':';
    if (mixedSizes) {
        const int sizes[] = { 0, 3, 40, 700, 4096, 5000, 12, 1 };
        p = p.leftJustified(sizes[i % 8] + p.size(), char('a' + i % 26));
    }
    return p;
}

// Every window [first, first + count) of the kept messages, read by number, equals the same slice of history().
bool checkWindows(const TopicStore &store, NodeId id, QRandomGenerator &random, QString &failure)
{
    const QList<StoredMessage> all = store.history(id);
    const HistoryInfo info = store.historyInfo(id);
    if (qsizetype(info.kept) != all.size()) {
        failure = u"kept %1, history %2"_s.arg(info.kept).arg(all.size());
        return false;
    }
    auto check = [&](quint64 first, int count) {
        QList<StoredMessage> window;
        const int read = store.readHistory(id, first, count, window);
        const quint64 from = std::max(first, info.firstKept());
        const qsizetype offset = qsizetype(from - info.firstKept());
        const qsizetype expected = std::clamp<qsizetype>(all.size() - offset, 0, count);
        if (read != expected || window.size() != expected) {
            failure = u"window %1+%2 read %3, expected %4"_s.arg(first).arg(count).arg(read).arg(expected);
            return false;
        }
        for (qsizetype k = 0; k < expected; ++k) {
            const StoredMessage &a = window[k];
            const StoredMessage &b = all[offset + k];
            if (a.payload != b.payload || a.timeMs != b.timeMs || a.qos != b.qos || a.retain != b.retain
                || a.originalSize != b.originalSize || a.truncated != b.truncated) {
                failure = u"window %1+%2 differs at %3"_s.arg(first).arg(count).arg(k);
                return false;
            }
        }
        return true;
    };
    // Edges, then random windows.
    if (!check(0, 1) || !check(info.firstKept(), 1) || !check(info.received - 1, 5) || !check(info.received, 3)
        || !check(info.firstKept(), int(info.kept)))
        return false;
    for (int n = 0; n < 60; ++n) {
        const quint64 first = info.firstKept() + random.bounded(quint64(info.kept));
        if (!check(first, 1 + int(random.bounded(300))))
            return false;
    }
    return true;
}
} // namespace

void TestHistoryAccess::windowsMatchTheWholeHistory_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("messages");
    QTest::addColumn<bool>("mixedSizes");
    QTest::addColumn<qint64>("budget");

    QTest::newRow("short ring (default depth), walked from its oldest entry") << 100 << 250 << true << qint64(0);
    QTest::newRow("ring just over the indexed size") << 300 << 290 << false << qint64(0);
    QTest::newRow("indexed ring wrapping around, oldest dropped") << 1000 << 5000 << false << qint64(0);
    QTest::newRow("indexed ring with shared and copied payloads") << 2000 << 6000 << true << qint64(0);
    QTest::newRow("indexed ring under a budget that evicts") << 5000 << 8000 << false << qint64(40'000);
    QTest::newRow("index stride edges: 64, 128, 256 entries") << 257 << 700 << false << qint64(0);
}

void TestHistoryAccess::windowsMatchTheWholeHistory()
{
    QFETCH(int, depth);
    QFETCH(int, messages);
    QFETCH(bool, mixedSizes);
    QFETCH(qint64, budget);

    TopicStore store;
    store.setHistoryDepth(depth);
    if (budget > 0)
        store.setHistoryBudget(budget);
    QRandomGenerator random(42);
    NodeId id = 0;
    QString failure;
    for (int i = 0; i < messages; ++i) {
        id = store.ingest(publish(u"a/b"_s, payloadFor(i, mixedSizes), quint8(i % 3), i % 5 == 0), 1000 + i);
        // Another topic interleaves, so that budget evictions hit both.
        if (i % 3 == 0)
            store.ingest(publish(u"a/c"_s, payloadFor(i, false)), 1000 + i);
        if (i % 997 == 0 || i == messages - 1)
            QVERIFY2(checkWindows(store, id, random, failure), qPrintable(u"after %1: "_s.arg(i + 1) + failure));
    }
    const HistoryInfo info = store.historyInfo(id);
    QCOMPARE(info.received, quint64(messages));
    if (budget == 0) {
        QCOMPARE(info.kept, quint64(std::min(depth, messages)));
        QCOMPARE(info.evicted, quint64(0));
    } else {
        QVERIFY(info.evicted > 0);
        QVERIFY(info.kept < quint64(depth));
    }
    // The newest is always the last message, number received - 1.
    QList<StoredMessage> newest;
    QCOMPARE(store.readHistory(id, info.received - 1, 10, newest), 1);
    QCOMPARE(newest.at(0).payload, payloadFor(messages - 1, mixedSizes));
}

void TestHistoryAccess::numbersKeepNamingTheSameMessages()
{
    TopicStore store;
    store.setHistoryDepth(500);
    NodeId id = 0;
    for (int i = 0; i < 400; ++i)
        id = store.ingest(publish(u"t"_s, payloadFor(i, false)), i);
    QList<StoredMessage> before;
    QCOMPARE(store.readHistory(id, 350, 1, before), 1);
    QCOMPARE(before.at(0).payload, payloadFor(350, false));
    for (int i = 400; i < 800; ++i)
        store.ingest(publish(u"t"_s, payloadFor(i, false)), i);
    QList<StoredMessage> after;
    QCOMPARE(store.readHistory(id, 350, 1, after), 1);
    QCOMPARE(after.at(0).payload, payloadFor(350, false));
    // Number 100 is gone (500 kept of 800): reading starts at the oldest kept, number 300.
    const HistoryInfo info = store.historyInfo(id);
    QCOMPARE(info.firstKept(), quint64(300));
    QCOMPARE(info.overDepth(), quint64(300));
    QList<StoredMessage> gone;
    QCOMPARE(store.readHistory(id, 100, 2, gone), 2);
    QCOMPARE(gone.at(0).payload, payloadFor(300, false));
}

void TestHistoryAccess::evictionsAreCountedPerTopic()
{
    // Entries of 13 + 10 + 4 = 27 budget bytes; a budget of 10 entries.
    TopicStore store;
    store.setHistoryBudget(10 * 27);
    NodeId a = 0;
    NodeId b = 0;
    for (int i = 0; i < 30; ++i) {
        a = store.ingest(publish(u"a"_s, QByteArray("a").leftJustified(10, '.')), i);
        if (i % 2 == 0)
            b = store.ingest(publish(u"b"_s, QByteArray("b").leftJustified(10, '.')), i);
    }
    const HistoryInfo infoA = store.historyInfo(a);
    const HistoryInfo infoB = store.historyInfo(b);
    QCOMPARE(infoA.evicted + infoB.evicted, store.evictedCount());
    QVERIFY(infoA.evicted > 0);
    QVERIFY(infoB.evicted > 0);
    // Nothing over the depth (100): every message not kept was evicted.
    QCOMPARE(infoA.notKept(), infoA.evicted);
    QCOMPARE(infoB.notKept(), infoB.evicted);
    QCOMPARE(infoA.overDepth(), quint64(0));
}

void TestHistoryAccess::lowerDepthKeepsLongRingsReadable()
{
    TopicStore store;
    store.setHistoryDepth(3000);
    NodeId id = 0;
    for (int i = 0; i < 2500; ++i)
        id = store.ingest(publish(u"t"_s, payloadFor(i, true)), i);
    store.setHistoryDepth(700); // drops 1,800 of the oldest at once, marks of the index with them
    QRandomGenerator random(7);
    QString failure;
    QVERIFY2(checkWindows(store, id, random, failure), qPrintable(failure));
    for (int i = 2500; i < 3100; ++i)
        id = store.ingest(publish(u"t"_s, payloadFor(i, true)), i);
    QVERIFY2(checkWindows(store, id, random, failure), qPrintable(failure));
    QCOMPARE(store.historyInfo(id).kept, quint64(700));
}

void TestHistoryAccess::clearStartsNumbersAgain()
{
    TopicStore store;
    store.setHistoryDepth(1000);
    for (int i = 0; i < 600; ++i)
        store.ingest(publish(u"t"_s, payloadFor(i, false)), i);
    const quint64 generation = store.generation();
    store.clear();
    QCOMPARE(store.generation(), generation + 1);
    const NodeId id = store.ingest(publish(u"t"_s, "again"), 1);
    const HistoryInfo info = store.historyInfo(id);
    QCOMPARE(info.received, quint64(1));
    QCOMPARE(info.kept, quint64(1));
    QList<StoredMessage> out;
    QCOMPARE(store.readHistory(id, 0, 10, out), 1);
    QCOMPARE(out.at(0).payload, QByteArray("again"));
}

void TestHistoryAccess::emptyAndInnerTopics()
{
    TopicStore store;
    const NodeId leaf = store.ingest(publish(u"a/b"_s, "x"), 1);
    const NodeId inner = store.parent(leaf);
    QCOMPARE(store.historyInfo(inner).kept, quint64(0));
    QList<StoredMessage> out;
    QCOMPARE(store.readHistory(inner, 0, 5, out), 0);
    QCOMPARE(store.readHistory(leaf, 0, 0, out), 0);
    QCOMPARE(store.readHistory(leaf, 0, 5, out), 1);
    QVERIFY(out.size() == 1);
}

QTEST_APPLESS_MAIN(TestHistoryAccess)
#include "tst_historyaccess.moc"
