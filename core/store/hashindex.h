// SPDX-License-Identifier: MIT
#pragma once

// An open-addressing hash index (linear probing) from a 32-bit hash to a non-zero 32-bit value, such as a node id or
// a string id; the owner keeps the keys and says whether a candidate value is the key it looks for.
//
// Built for tables that grow into the millions while a GUI waits for the lock they are changed under: the index
// never rehashes in one go. When it is 5/8 full it allocates a table twice the size, leaves it uninitialised and
// clears it a few slots per insert; once clear, that table takes the inserts and the old slots move over, a few per
// insert or step(), both tables answering lookups meanwhile. Every slot keeps its full 32-bit hash, so moving it
// reads neither the key nor a string. The bounds below are what let one step stay at a few hundred nanoseconds.

#include <QtGlobal>

#include <memory>

class HashIndex {
public:
    HashIndex();
    ~HashIndex();
    HashIndex(const HashIndex &) = delete;
    HashIndex &operator=(const HashIndex &) = delete;

    // The value stored under hash for which matches(value) is true; 0 if there is none.
    template<typename Matches>
    quint32 find(quint32 hash, Matches &&matches) const
    {
        // Keys inserted before the growth began are all still in the old table (moving copies them), so they are
        // found with one probe; only a miss, or a key inserted since, costs a second one.
        if (m_old) {
            if (const quint32 value = probe(m_old.get(), m_oldMask, hash, matches))
                return value;
        }
        return probe(m_table.get(), m_mask, hash, matches);
    }

    // Adds value (not 0) under hash; the key must not be in the index yet. Includes one step of pending growth work.
    void insert(quint32 hash, quint32 value);
    // One step of pending growth work, if any: clears ClearPerStep slots of the next table or moves MovePerStep
    // slots of the old one. Cheap when nothing is pending; the owner calls it on busy paths that insert nothing,
    // so that the old table goes soon.
    void step()
    {
        if (m_phase != Phase::Idle)
            advance();
    }
    void clear(); // back to an empty index of MinimumCapacity slots; pending growth is dropped

    size_t count() const { return m_count; }
    size_t capacity() const { return size_t(m_mask) + 1; } // of the table that takes inserts
    bool isGrowing() const { return m_phase != Phase::Idle; }
    size_t memoryUsage() const; // bytes of all tables held, the one being cleared and the old one included

    static constexpr quint32 MinimumCapacity = 64;
    static constexpr quint32 ClearPerStep = 32;
    static constexpr quint32 MovePerStep = 16;

private:
    // Trivial on purpose: a new table is allocated without being written, and cleared in steps.
    struct Slot {
        quint32 hash;
        quint32 value; // 0: empty
    };
    enum class Phase : quint8 {
        Idle,
        Clearing, // m_next is being cleared; inserts still go into m_table
        Moving, // m_table is the new one; m_old's slots are being copied into it
    };

    template<typename Matches>
    static quint32 probe(const Slot *table, quint32 mask, quint32 hash, Matches &matches)
    {
        for (quint32 i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = table[i];
            if (!slot.value)
                return 0;
            if (slot.hash == hash && matches(slot.value))
                return slot.value;
        }
    }
    static void place(Slot *table, quint32 mask, Slot slot);
    void advance();

    std::unique_ptr<Slot[]> m_table;
    quint32 m_mask = 0;
    std::unique_ptr<Slot[]> m_next; // Clearing: the table twice the size, cleared up to m_progress
    std::unique_ptr<Slot[]> m_old; // Moving: the previous table, moved up to m_progress
    quint32 m_oldMask = 0;
    quint32 m_progress = 0;
    Phase m_phase = Phase::Idle;
    size_t m_count = 0;
};
