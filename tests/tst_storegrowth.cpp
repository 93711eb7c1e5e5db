// SPDX-License-Identifier: MIT
// The topic store's growable building blocks, which never do all their growth work in one step: HashIndex (lookups
// before, during and after a growth; hash collisions; step() without inserts; clear() in the middle of a growth;
// the load bound that keeps probe chains finite) and ChunkedVector (elements never move as it grows).

#include "store/chunkedvector.h"
#include "store/hashindex.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

class TestStoreGrowth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lookupsThroughGrowth_data();
    void lookupsThroughGrowth();
    void stepsFinishAGrowthWithoutInserts();
    void clearInTheMiddleOfAGrowth();
    void chunkedVectorKeepsElementsInPlace();
};

namespace {
enum class Hashes { Spread, SameLowBits, ThreeOnly };

// The key of value v is v itself; its hash depends on the row.
quint32 hashOf(quint32 value, Hashes hashes)
{
    switch (hashes) {
    case Hashes::Spread:
        return value * 0x9e3779b1u;
    case Hashes::SameLowBits: // the same home slot in every table up to 65,536 slots
        return value << 16;
    case Hashes::ThreeOnly:
        return value % 3;
    }
    return 0;
}

quint32 lookup(const HashIndex &index, quint32 value, Hashes hashes)
{
    return index.find(hashOf(value, hashes), [value](quint32 candidate) { return candidate == value; });
}
} // namespace

void TestStoreGrowth::lookupsThroughGrowth_data()
{
    QTest::addColumn<int>("hashes");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("capacity"); // at the end

    QTest::newRow("spread hashes: six growths, 64 -> 4096 slots") << int(Hashes::Spread) << 2500 << 4096;
    QTest::newRow("hashes alike in their low bits: one long probe chain per table")
        << int(Hashes::SameLowBits) << 400 << 1024;
    QTest::newRow("three distinct hashes: every lookup compares keys") << int(Hashes::ThreeOnly) << 400 << 1024;
}

void TestStoreGrowth::lookupsThroughGrowth()
{
    QFETCH(int, hashes);
    QFETCH(int, count);
    QFETCH(int, capacity);
    const auto h = Hashes(hashes);

    HashIndex index;
    QCOMPARE(index.capacity(), size_t(HashIndex::MinimumCapacity));
    int growingInserts = 0;
    for (quint32 v = 1; v <= quint32(count); ++v) {
        QCOMPARE(lookup(index, v, h), 0u); // not there yet
        index.insert(hashOf(v, h), v);
        QCOMPARE(index.count(), size_t(v));
        if (index.isGrowing()) {
            ++growingInserts;
            // Both tables are held while a growth runs.
            QVERIFY(index.memoryUsage() > index.capacity() * 8);
        } else {
            QCOMPARE(index.memoryUsage(), index.capacity() * 8);
        }
        // The table that takes the inserts is never more than 11/16 full, so every probe chain ends.
        QVERIFY2(index.count() * 16 <= index.capacity() * 11, qPrintable(u"%1 in %2"_s.arg(v).arg(index.capacity())));
        // Every value so far, whether it went in before the growth began, during it or after, and one that is not.
        for (quint32 w = 1; w <= v; ++w)
            QCOMPARE(lookup(index, w, h), w);
        QCOMPARE(lookup(index, v + 1, h), 0u);
    }
    QVERIFY(growingInserts > 0);
    QCOMPARE(index.capacity(), size_t(capacity));
}

void TestStoreGrowth::stepsFinishAGrowthWithoutInserts()
{
    HashIndex index;
    quint32 v = 0;
    while (!index.isGrowing()) {
        ++v;
        index.insert(hashOf(v, Hashes::Spread), v);
    }
    const size_t before = index.capacity();
    // Clearing 2C slots and moving C slots, a bounded amount per step.
    const size_t bound = 2 * before / HashIndex::ClearPerStep + before / HashIndex::MovePerStep;
    size_t steps = 0;
    while (index.isGrowing()) {
        index.step();
        ++steps;
        QVERIFY(steps <= bound);
        for (quint32 w = 1; w <= v; ++w)
            QCOMPARE(lookup(index, w, Hashes::Spread), w);
    }
    QVERIFY(steps > 1); // it was not done in one go
    QCOMPARE(index.capacity(), 2 * before);
    QCOMPARE(index.memoryUsage(), index.capacity() * 8); // the old table is gone
    index.step(); // nothing pending: no change
    QCOMPARE(index.count(), size_t(v));
}

void TestStoreGrowth::clearInTheMiddleOfAGrowth()
{
    // Clear at every insert across two growths: while clearing the next table, while moving, and in between.
    for (quint32 stopAt = 30; stopAt <= 200; ++stopAt) {
        HashIndex index;
        for (quint32 v = 1; v <= stopAt; ++v)
            index.insert(hashOf(v, Hashes::Spread), v);
        index.clear();
        QVERIFY(!index.isGrowing());
        QCOMPARE(index.count(), size_t(0));
        QCOMPARE(index.capacity(), size_t(HashIndex::MinimumCapacity));
        QCOMPARE(index.memoryUsage(), size_t(HashIndex::MinimumCapacity) * 8);
        for (quint32 v = 1; v <= stopAt; ++v)
            QCOMPARE(lookup(index, v, Hashes::Spread), 0u);
        // Usable again, with other values under the same hashes.
        for (quint32 v = 1; v <= stopAt; ++v)
            index.insert(hashOf(v, Hashes::Spread), v + 1000);
        for (quint32 v = 1; v <= stopAt; ++v) {
            const quint32 found
                = index.find(hashOf(v, Hashes::Spread), [v](quint32 candidate) { return candidate == v + 1000; });
            QCOMPARE(found, v + 1000);
        }
    }
}

void TestStoreGrowth::chunkedVectorKeepsElementsInPlace()
{
    ChunkedVector<std::vector<int>, 4> lists; // chunks of 16
    std::vector<const std::vector<int> *> addresses;
    for (int i = 0; i < 100; ++i) {
        lists.emplace_back().push_back(i);
        addresses.push_back(&lists[size_t(i)]);
    }
    QCOMPARE(lists.size(), size_t(100));
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(&lists[size_t(i)], addresses[size_t(i)]); // never moved
        QCOMPARE(lists[size_t(i)], std::vector<int> { i });
    }
    QCOMPARE(lists.memoryUsage() >= 7 * 16 * sizeof(std::vector<int>), true);

    // pop_back() releases what the element held; the slot is reused, cleared, by the next emplace_back().
    lists.back().assign(1000, 7);
    lists.pop_back();
    QCOMPARE(lists.size(), size_t(99));
    QVERIFY(lists.emplace_back().empty());

    ChunkedVector<quint32, 2> stack;
    for (quint32 i = 1; i <= 10; ++i)
        stack.push_back(i);
    for (quint32 i = 10; i >= 1; --i) {
        QCOMPARE(stack.back(), i);
        stack.pop_back();
    }
    QVERIFY(stack.empty());
    lists.clear();
    QCOMPARE(lists.size(), size_t(0));
    QCOMPARE(lists.memoryUsage(), size_t(0));
}

QTEST_GUILESS_MAIN(TestStoreGrowth)
#include "tst_storegrowth.moc"
