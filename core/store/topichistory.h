// SPDX-License-Identifier: MIT
#pragma once

// The older messages of every topic, kept compactly. Each topic has a ring of bytes holding entries
// [size u32][flags u8][time i64][extra ref u32, only if flagged][payload bytes], so a stored message costs 13 bytes
// (plus 4 in the global queue below) beyond its payload, with no allocation per message. A payload of
// SharedPayloadSize bytes or more is not copied: the entry holds [payload ref u32] instead of the bytes, a reference
// to the QByteArray it came in (shared with it), so that no ring grows past about depth x 4 KiB and growing one
// never copies megabytes.
//
// Two limits apply. A ring holds at most maximumPerRing() entries: a new entry drops that ring's oldest. And all
// rings together stay within budgetBytes() (payload bytes + per-entry overhead): when over, the globally oldest
// entries go first. A global FIFO of 4-byte ring ids in arrival order finds them; entries a ring already dropped
// leave stale ids behind, skipped by a per-ring counter and compacted away when they pile up. Both kinds of loss are
// counted.
//
// Nothing here takes time in proportion to all the history at once, as push() runs under the lock a GUI waits for:
// the rings live in chunks, the FIFO in a deque, and its compaction runs a few ids per push().
//
// Reading is by position (0: a ring's oldest entry), so that a view of a long history reads only the rows it shows.
// Entries differ in size, so finding one means walking the headers from a known entry: rings longer than
// IndexedRingSize keep, out of line, the position of every IndexStride-th entry (8 bytes per 64 entries), so that a
// read starts at most IndexStride entries before what it wants. Short rings (the default depth is 100) are walked
// from their oldest entry and cost nothing more.

#include "store/chunkedvector.h"
#include "store/topicmessage.h"

#include <QByteArray>
#include <QList>

#include <deque>
#include <memory>
#include <unordered_map>

class TopicHistory {
public:
    struct Entry {
        qint64 timeMs = 0;
        quint8 qos = 0;
        bool retain = false;
        bool truncated = false;
        quint32 extra = 0; // reference into the MessageExtraTable, 0 for none; the history takes it over
    };

    explicit TopicHistory(MessageExtraTable &extras);
    TopicHistory(const TopicHistory &) = delete;
    TopicHistory &operator=(const TopicHistory &) = delete;

    void setMaximumPerRing(int maximum); // entries per ring; a lower maximum drops the oldest of every ring at once
    int maximumPerRing() const { return m_maximumPerRing; }
    void setBudgetBytes(qint64 bytes); // evicts at once if now over
    qint64 budgetBytes() const { return m_budget; }

    // A new, empty ring; its id is never 0.
    quint32 createRing();
    // Appends to ring, dropping its oldest entries past the per-ring maximum and the globally oldest past the budget.
    void push(quint32 ring, const Entry &entry, const QByteArray &payload);
    // The entries of ring, oldest first, appended to out.
    void read(quint32 ring, QList<StoredMessage> &out) const;
    // Entries first, first + 1, ... of ring (0: the oldest), at most count of them, appended to out; returns how many.
    int read(quint32 ring, int first, int count, QList<StoredMessage> &out) const;
    // Asks the CPU to fetch what the next push() to ring reads and writes first: its oldest entry and its tail.
    void prefetch(quint32 ring) const;
    int count(quint32 ring) const { return ring ? int(m_rings[ring - 1].count) : 0; }
    // Entries of ring dropped to stay within the budget (not those the per-ring maximum dropped).
    quint64 evictedCount(quint32 ring) const { return ring ? m_ringEvicted[ring - 1] : 0; }

    qint64 usedBytes() const { return m_used; } // what the budget counts
    qint64 entryCount() const { return m_entries; }
    quint64 evictedCount() const { return m_evicted; } // dropped to stay within the budget
    quint64 droppedCount() const { return m_dropped; } // dropped by the per-ring maximum
    size_t memoryUsage() const; // bytes actually held, ring slack included
    void clear();

    static constexpr int HeaderSize = 13;
    static constexpr int FifoSlotSize = 4;
    // Payloads from this size on are shared, not copied (their bytes count against the budget all the same).
    static constexpr int SharedPayloadSize = 4096;
    // FIFO ids a running compaction looks at per push(): more than the one push() adds, so that a pass ends.
    static constexpr size_t CompactPerPush = 8;
    // Rings with more entries than this keep the position of every IndexStride-th entry.
    static constexpr quint32 IndexedRingSize = 256;
    static constexpr quint64 IndexStride = 64;

private:
    struct Ring {
        std::unique_ptr<char[]> data;
        quint32 capacity = 0;
        quint32 head = 0; // offset of the oldest entry
        quint32 used = 0;
        quint32 count = 0;
        quint32 stale = 0; // ids of this ring in the FIFO whose entry is already gone
        bool trimmed = false;
        bool indexed = false; // has a RingIndex in m_indexes
        quint16 keptInPass = 0; // the compaction pass that last kept one of this ring's ids (wraps; 0: none)
    };

    // Where entries of a long ring are, as logical positions: bytes appended to the ring before the entry, which
    // survive the ring's reallocation (its physical offsets do not).
    struct RingIndex {
        quint64 tail = 0; // logical position after the newest entry
        quint64 pushed = 0; // entries ever appended (since indexing began): the newest is number pushed - 1
        std::deque<quint64> marks; // position of every entry whose number is a multiple of IndexStride, oldest first
    };

    void dropOldest(Ring &ring, quint32 ringId);
    void buildIndex(Ring &ring, quint32 ringId);
    quint32 offsetOf(const Ring &ring, quint32 ringId, quint32 entry) const; // physical offset of entry (0: oldest)
    static quint32 entryBytes(const Ring &ring, quint32 offset); // what the entry at offset takes in the ring
    StoredMessage readEntry(const Ring &ring, quint32 offset) const;
    quint32 addPayload(const QByteArray &payload);
    void releasePayload(quint32 ref);
    void evictOverBudget();
    void reserve(Ring &ring, quint32 bytes);
    void resize(Ring &ring, quint32 capacity);
    size_t fifoSize() const { return m_kept.size() + m_fifo.size(); }
    void startCompaction(); // if the stale ids pile up
    void compactStep(size_t ids);
    static void copyOut(const Ring &ring, quint32 offset, char *to, quint32 bytes);
    static void copyIn(Ring &ring, quint32 offset, const char *from, quint32 bytes);

    MessageExtraTable &m_extras;
    ChunkedVector<Ring> m_rings;
    ChunkedVector<quint32> m_ringEvicted; // per ring, entries the budget dropped (saturates)
    std::unordered_map<quint32, RingIndex> m_indexes; // ring id -> index, for rings with Ring::indexed
    ChunkedVector<QByteArray> m_payloads; // shared payloads; an entry refers to one by index + 1
    ChunkedVector<quint32> m_freePayloads;
    size_t m_payloadBytes = 0; // sizes of the shared payloads held
    // The FIFO of ring ids in arrival order is m_kept followed by m_fifo. A compaction pass takes ids from the front
    // of m_fifo and appends those it keeps to m_kept, which is empty when no pass runs.
    std::deque<quint32> m_kept;
    std::deque<quint32> m_fifo;
    bool m_compacting = false;
    quint16 m_pass = 0; // the running or last compaction pass
    size_t m_staleTotal = 0;
    size_t m_ringBytes = 0; // capacity of all rings
    int m_maximumPerRing = 99;
    qint64 m_budget = 256LL * 1024 * 1024;
    qint64 m_used = 0;
    qint64 m_entries = 0;
    quint64 m_evicted = 0;
    quint64 m_dropped = 0;
};
