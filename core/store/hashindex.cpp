// SPDX-License-Identifier: MIT
#include "store/hashindex.h"

#include <algorithm>
#include <cstring>

// Why these bounds hold. Growth starts when an insert takes the table past 5/8 of its capacity C. Clearing the next
// table (2C slots, ClearPerStep per insert) then takes at most C/16 inserts, so the table that still takes the
// inserts stays below 5/8 + 1/16 = 11/16 full: its probe chains end. Moving the C old slots (MovePerStep per insert)
// takes at most C/16 further inserts, after which the new table holds at most 3/4 C entries: 3/8 of its capacity,
// far below the 5/8 that starts the next growth. So one growth has always ended before the next one begins.
static_assert(HashIndex::ClearPerStep >= 32 && HashIndex::MovePerStep >= 16, "see the bounds above");

HashIndex::HashIndex()
{
    clear();
}

HashIndex::~HashIndex() = default;

void HashIndex::clear()
{
    m_table.reset(new Slot[MinimumCapacity]()); // value-initialised: empty
    m_mask = MinimumCapacity - 1;
    m_next.reset();
    m_old.reset();
    m_oldMask = 0;
    m_progress = 0;
    m_phase = Phase::Idle;
    m_count = 0;
}

void HashIndex::place(Slot *table, quint32 mask, Slot slot)
{
    quint32 i = slot.hash & mask;
    while (table[i].value)
        i = (i + 1) & mask;
    table[i] = slot;
}

void HashIndex::insert(quint32 hash, quint32 value)
{
    Q_ASSERT(value != 0);
    place(m_table.get(), m_mask, Slot { hash, value });
    ++m_count;
    // A table of 2^31 slots does not grow (a node id is 32 bits; nobody reaches 1.3 billion entries).
    if (m_phase == Phase::Idle && m_count * 8 > capacity() * 5 && m_mask < 0x7fffffffu) {
        // Not value-initialised: writing gigabytes of zeros in one go is the stall this class exists to avoid.
        m_next.reset(new Slot[capacity() * 2]);
        m_progress = 0;
        m_phase = Phase::Clearing;
    }
    step();
}

void HashIndex::advance()
{
    if (m_phase == Phase::Clearing) {
        const quint32 size = (m_mask + 1) * 2;
        const quint32 clear = std::min(ClearPerStep, size - m_progress);
        std::memset(static_cast<void *>(m_next.get() + m_progress), 0, size_t(clear) * sizeof(Slot));
        m_progress += clear;
        if (m_progress == size) {
            m_old = std::move(m_table);
            m_oldMask = m_mask;
            m_table = std::move(m_next);
            m_mask = size - 1;
            m_progress = 0;
            m_phase = Phase::Moving;
        }
        return;
    }
    // Moving: copies, and leaves the old table as it was, so that its probe chains stay intact for find().
    const quint32 size = m_oldMask + 1;
    const quint32 end = std::min(size, m_progress + MovePerStep);
    for (quint32 i = m_progress; i < end; ++i) {
        if (m_old[i].value)
            place(m_table.get(), m_mask, m_old[i]);
    }
    m_progress = end;
    if (m_progress == size) {
        m_old.reset();
        m_oldMask = 0;
        m_progress = 0;
        m_phase = Phase::Idle;
    }
}

size_t HashIndex::memoryUsage() const
{
    size_t slots = capacity();
    if (m_phase == Phase::Clearing)
        slots += capacity() * 2;
    else if (m_phase == Phase::Moving)
        slots += size_t(m_oldMask) + 1;
    return slots * sizeof(Slot);
}
