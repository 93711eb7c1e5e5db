// SPDX-License-Identifier: MIT
#pragma once

// A growable array in fixed-size chunks, for per-node and per-topic tables that reach millions of entries while a
// GUI waits for the lock they grow under. Appending never moves the elements already there (a std::vector copies
// all of them when it outgrows its capacity: tens of milliseconds at a million entries); growing costs one chunk
// allocation, plus copying one pointer per chunk now and then. Elements stay where they are until clear().
//
// The elements of a chunk are value-initialised when the chunk is allocated; pop_back() resets the last element to
// T() (releasing what it held) rather than destroying it.

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

template<typename T, int ChunkShift = 10>
class ChunkedVector {
public:
    static constexpr size_t ChunkSize = size_t(1) << ChunkShift;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    T &operator[](size_t i) { return m_chunks[i >> ChunkShift][i & Mask]; }
    const T &operator[](size_t i) const { return m_chunks[i >> ChunkShift][i & Mask]; }
    T &back() { return (*this)[m_size - 1]; }

    template<typename... Args>
    T &emplace_back(Args &&...args)
    {
        if ((m_size >> ChunkShift) == m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(ChunkSize));
        T &slot = (*this)[m_size++];
        slot = T { std::forward<Args>(args)... };
        return slot;
    }
    void push_back(T value) { emplace_back(std::move(value)); }
    void pop_back() { (*this)[--m_size] = T(); }

    // Releases every chunk.
    void clear()
    {
        m_chunks.clear();
        m_chunks.shrink_to_fit();
        m_size = 0;
    }
    // Bytes held: the chunks and the chunk pointers.
    size_t memoryUsage() const
    {
        return m_chunks.size() * ChunkSize * sizeof(T) + m_chunks.capacity() * sizeof(void *);
    }

private:
    static constexpr size_t Mask = ChunkSize - 1;

    std::vector<std::unique_ptr<T[]>> m_chunks;
    size_t m_size = 0;
};
