// SPDX-License-Identifier: MIT
#pragma once

// Interned topic level strings: every distinct level string ("temperature", "$SYS", "") is stored once, in large
// character blocks, and named by an id that is its address: (block << 15) | offset. Each string sits in its block
// behind a two-unit length header, so reading one touches one place. Views stay valid until clear(). The hash index
// over them grows in steps (HashIndex), so interning never rehashes every string at once.

#include "store/hashindex.h"

#include <QStringView>

#include <cstring>
#include <memory>
#include <vector>

namespace TopicHash {
inline quint64 mix(quint64 a, quint64 b)
{
    const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return quint64(r) ^ quint64(r >> 64);
}

// A fast 64-bit hash of UTF-16 code units, mixed with seed (multiply-fold rounds over 8-byte chunks). Good spread
// for short strings; inline, as it runs for every topic level of every message.
inline quint64 hash(QStringView text, quint64 seed)
{
    constexpr quint64 K1 = 0xa0761d6478bd642fULL;
    constexpr quint64 K2 = 0xe7037ed1a0b428dbULL;
    constexpr quint64 K3 = 0x8ebc6af09c88c6e3ULL;
    const char *p = reinterpret_cast<const char *>(text.utf16());
    size_t n = size_t(text.size()) * 2;
    quint64 h = mix(seed ^ K1, quint64(n) ^ K2);
    while (n >= 8) {
        quint64 chunk;
        std::memcpy(&chunk, p, 8);
        h = mix(h ^ chunk, K3);
        p += 8;
        n -= 8;
    }
    if (n) {
        quint64 tail = 0;
        std::memcpy(&tail, p, n);
        h = mix(h ^ tail, K2);
    }
    return h ^ (h >> 29);
}
} // namespace TopicHash

class TopicStringPool {
public:
    TopicStringPool();
    TopicStringPool(const TopicStringPool &) = delete;
    TopicStringPool &operator=(const TopicStringPool &) = delete;

    // The id of text, adding it if it is new.
    quint32 intern(QStringView text);
    // The id of text if it is interned, otherwise -1.
    qint64 find(QStringView text) const;

    QStringView view(quint32 id) const
    {
        const char16_t *at = m_blocks[id >> OffsetBits].get() + (id & OffsetMask);
        return QStringView(at + 2, qsizetype(at[0] | (quint32(at[1]) << 16)));
    }

    qsizetype count() const { return qsizetype(m_index.count()); }
    // Whether every string is well-formed UTF-16 (no unpaired surrogate), so that joined topics can skip the check.
    bool allValidUtf16() const { return m_allValidUtf16; }
    // Bytes held: character blocks and the hash index.
    size_t memoryUsage() const;
    void clear();
    // One step of a pending growth of the index (see HashIndex::step()).
    void step() { m_index.step(); }

private:
    static constexpr int OffsetBits = 15;
    static constexpr quint32 OffsetMask = (1u << OffsetBits) - 1;
    static constexpr quint32 BlockChars = 1u << OffsetBits; // a regular block; longer strings get their own
    static constexpr quint32 NoBlock = 0xffffffffu;

    quint32 store(QStringView text);

    std::vector<std::unique_ptr<char16_t[]>> m_blocks;
    size_t m_blockBytes = 0;
    quint32 m_currentBlock = NoBlock; // the block short strings are appended to
    quint32 m_blockUsed = 0; // characters used in the current block
    bool m_allValidUtf16 = true;
    HashIndex m_index; // hash of the text -> id + 1
};
