// SPDX-License-Identifier: MIT
#include "store/topicstringpool.h"

#include <cstring>

TopicStringPool::TopicStringPool()
{
    clear();
}

void TopicStringPool::clear()
{
    m_blocks.clear();
    m_blocks.shrink_to_fit();
    m_blockBytes = 0;
    m_currentBlock = NoBlock;
    m_blockUsed = 0;
    m_allValidUtf16 = true;
    m_index.clear();
}

qint64 TopicStringPool::find(QStringView text) const
{
    const quint32 idPlusOne = m_index.find(
        quint32(TopicHash::hash(text, 0)), [&](quint32 candidate) { return view(candidate - 1) == text; });
    return qint64(idPlusOne) - 1;
}

quint32 TopicStringPool::intern(QStringView text)
{
    const quint32 hash = quint32(TopicHash::hash(text, 0));
    const quint32 idPlusOne = m_index.find(hash, [&](quint32 candidate) { return view(candidate - 1) == text; });
    if (idPlusOne)
        return idPlusOne - 1;
    const quint32 id = store(text);
    m_index.insert(hash, id + 1);
    return id;
}

quint32 TopicStringPool::store(QStringView text)
{
    const quint32 size = quint32(text.size());
    const quint32 units = size + 2; // with the length header
    if (m_allValidUtf16 && !text.isValidUtf16())
        m_allValidUtf16 = false;
    char16_t *at = nullptr;
    quint32 id = 0;
    if (units > BlockChars / 4) { // a long string gets a block of its own; the current block stays current
        m_blocks.emplace_back(new char16_t[units]);
        m_blockBytes += size_t(units) * sizeof(char16_t);
        id = quint32(m_blocks.size() - 1) << OffsetBits;
        at = m_blocks.back().get();
    } else {
        if (m_currentBlock == NoBlock || m_blockUsed + units > BlockChars) {
            m_blocks.emplace_back(new char16_t[BlockChars]);
            m_blockBytes += size_t(BlockChars) * sizeof(char16_t);
            m_currentBlock = quint32(m_blocks.size() - 1);
            m_blockUsed = 0;
        }
        id = (m_currentBlock << OffsetBits) | m_blockUsed;
        at = m_blocks[m_currentBlock].get() + m_blockUsed;
        m_blockUsed += units;
    }
    at[0] = char16_t(size & 0xffff);
    at[1] = char16_t(size >> 16);
    if (size)
        std::memcpy(at + 2, text.utf16(), size_t(size) * sizeof(char16_t));
    return id;
}

size_t TopicStringPool::memoryUsage() const
{
    return m_index.memoryUsage() + m_blocks.capacity() * sizeof(void *) + m_blockBytes;
}
