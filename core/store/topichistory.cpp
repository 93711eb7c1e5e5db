// SPDX-License-Identifier: MIT
#include "store/topichistory.h"

#include <algorithm>
#include <cstring>

namespace {
enum EntryFlag : quint8 {
    QosMask = 0x03,
    RetainFlag = 0x04,
    TruncatedFlag = 0x08,
    ExtraFlag = 0x10,
};

struct Header {
    quint32 size = 0;
    quint8 flags = 0;
    qint64 timeMs = 0;
};

void encodeHeader(const Header &h, char *out)
{
    std::memcpy(out, &h.size, 4);
    out[4] = char(h.flags);
    std::memcpy(out + 5, &h.timeMs, 8);
}

Header decodeHeader(const char *in)
{
    Header h;
    std::memcpy(&h.size, in, 4);
    h.flags = quint8(in[4]);
    std::memcpy(&h.timeMs, in + 5, 8);
    return h;
}

quint32 entryBytes(const Header &h)
{
    return TopicHistory::HeaderSize + ((h.flags & ExtraFlag) ? 4 : 0) + h.size;
}
} // namespace

TopicHistory::TopicHistory(MessageExtraTable &extras)
    : m_extras(extras)
{
}

void TopicHistory::setMaximumPerRing(int maximum)
{
    m_maximumPerRing = std::max(0, maximum);
    // A lower maximum applies at once, not only to rings that receive a message.
    for (Ring &ring : m_rings) {
        bool dropped = false;
        while (ring.count > quint32(m_maximumPerRing)) {
            dropOldest(ring);
            ++ring.stale;
            ++m_staleTotal;
            ++m_dropped;
            dropped = true;
        }
        if (dropped) {
            ring.trimmed = false;
            resize(ring, ring.used ? ring.used + ring.used / 4 : 0);
        }
    }
    if (m_staleTotal > 4096 && m_staleTotal * 2 > m_fifo.size() - m_fifoHead)
        compactFifo();
}

void TopicHistory::setBudgetBytes(qint64 bytes)
{
    m_budget = std::max<qint64>(0, bytes);
    evictOverBudget();
}

quint32 TopicHistory::createRing()
{
    m_rings.emplace_back();
    return quint32(m_rings.size());
}

void TopicHistory::copyOut(const Ring &ring, quint32 offset, char *to, quint32 bytes)
{
    offset %= ring.capacity;
    const quint32 first = std::min(bytes, ring.capacity - offset);
    std::memcpy(to, ring.data.get() + offset, first);
    if (first < bytes)
        std::memcpy(to + first, ring.data.get(), bytes - first);
}

void TopicHistory::copyIn(Ring &ring, quint32 offset, const char *from, quint32 bytes)
{
    offset %= ring.capacity;
    const quint32 first = std::min(bytes, ring.capacity - offset);
    std::memcpy(ring.data.get() + offset, from, first);
    if (first < bytes)
        std::memcpy(ring.data.get(), from + first, bytes - first);
}

void TopicHistory::resize(Ring &ring, quint32 capacity)
{
    m_ringBytes += size_t(capacity) - size_t(ring.capacity);
    if (capacity == 0) {
        ring.data.reset();
        ring.capacity = ring.head = 0;
        return;
    }
    std::unique_ptr<char[]> data(new char[capacity]);
    if (ring.used)
        copyOut(ring, ring.head, data.get(), ring.used);
    ring.data = std::move(data);
    ring.capacity = capacity;
    ring.head = 0;
}

void TopicHistory::reserve(Ring &ring, quint32 bytes)
{
    if (ring.capacity - ring.used >= bytes)
        return;
    // Small rings double (few reallocations for topics with a handful of messages); larger ones grow by a quarter,
    // and a ring that reaches the per-ring maximum gives its slack back once (see push()).
    const quint64 needed = quint64(ring.used) + bytes;
    const quint64 capacity = needed < 2048 ? std::max<quint64>(2 * needed, 64) : needed + needed / 4;
    resize(ring, quint32(std::min<quint64>(capacity, 0xffffffffu)));
}

void TopicHistory::dropOldest(Ring &ring)
{
    char raw[HeaderSize + 4];
    copyOut(ring, ring.head, raw, HeaderSize);
    const Header h = decodeHeader(raw);
    if (h.flags & ExtraFlag) {
        copyOut(ring, ring.head + HeaderSize, raw + HeaderSize, 4);
        quint32 extra;
        std::memcpy(&extra, raw + HeaderSize, 4);
        m_extras.release(extra);
    }
    const quint32 bytes = entryBytes(h);
    ring.head = (ring.head + bytes) % ring.capacity;
    ring.used -= bytes;
    --ring.count;
    --m_entries;
    m_used -= bytes;
    if (ring.count == 0)
        ring.head = 0;
}

void TopicHistory::push(quint32 ringId, const Entry &entry, QByteArrayView payload)
{
    Ring &ring = m_rings[ringId - 1];
    if (m_maximumPerRing == 0) {
        if (entry.extra)
            m_extras.release(entry.extra);
        return;
    }
    while (ring.count >= quint32(m_maximumPerRing)) {
        dropOldest(ring);
        ++ring.stale;
        ++m_staleTotal;
        ++m_dropped;
    }

    Header h;
    h.size = quint32(payload.size());
    h.flags = quint8((entry.qos & QosMask) | (entry.retain ? RetainFlag : 0) | (entry.truncated ? TruncatedFlag : 0)
        | (entry.extra ? ExtraFlag : 0));
    h.timeMs = entry.timeMs;
    const quint32 bytes = entryBytes(h);
    reserve(ring, bytes);

    char raw[HeaderSize + 4];
    encodeHeader(h, raw);
    quint32 headerBytes = HeaderSize;
    if (entry.extra) {
        std::memcpy(raw + HeaderSize, &entry.extra, 4);
        headerBytes += 4;
    }
    const quint32 tail = ring.head + ring.used;
    copyIn(ring, tail, raw, headerBytes);
    if (h.size)
        copyIn(ring, tail + headerBytes, payload.data(), h.size);
    ring.used += bytes;
    ++ring.count;
    ++m_entries;
    m_used += bytes + FifoSlotSize;
    m_fifo.push_back(ringId);

    // A full ring keeps its size from now on: give back the growth slack once.
    if (!ring.trimmed && ring.count == quint32(m_maximumPerRing) && ring.capacity > ring.used + ring.used / 8) {
        ring.trimmed = true;
        resize(ring, ring.used + ring.used / 16);
    }

    if (m_staleTotal > 4096 && m_staleTotal * 2 > m_fifo.size() - m_fifoHead)
        compactFifo();
    evictOverBudget();
}

void TopicHistory::evictOverBudget()
{
    while (m_used > m_budget && m_fifoHead < m_fifo.size()) {
        const quint32 ringId = m_fifo[m_fifoHead++];
        m_used -= FifoSlotSize;
        Ring &ring = m_rings[ringId - 1];
        if (ring.stale) {
            --ring.stale;
            --m_staleTotal;
            continue;
        }
        dropOldest(ring);
        ++m_evicted;
        if (ring.count == 0)
            resize(ring, 0);
        else if (ring.used < ring.capacity / 4)
            resize(ring, ring.used + ring.used / 4);
    }
    if (m_fifoHead >= 4096 && m_fifoHead * 2 >= m_fifo.size()) {
        m_fifo.erase(m_fifo.begin(), m_fifo.begin() + qsizetype(m_fifoHead));
        m_fifoHead = 0;
    }
}

void TopicHistory::compactFifo()
{
    // The stale ids of a ring are always its oldest ones in the FIFO, so skipping the first `stale` ids of each ring
    // removes exactly them.
    size_t out = 0;
    for (size_t i = m_fifoHead; i < m_fifo.size(); ++i) {
        Ring &ring = m_rings[m_fifo[i] - 1];
        if (ring.stale) {
            --ring.stale;
            continue;
        }
        m_fifo[out++] = m_fifo[i];
    }
    m_used -= qint64(m_fifo.size() - m_fifoHead - out) * FifoSlotSize;
    m_fifo.resize(out);
    m_fifoHead = 0;
    m_staleTotal = 0;
    if (m_fifo.capacity() > 2 * m_fifo.size() + 1024)
        m_fifo.shrink_to_fit();
}

void TopicHistory::read(quint32 ringId, QList<StoredMessage> &out) const
{
    if (!ringId)
        return;
    const Ring &ring = m_rings[ringId - 1];
    out.reserve(out.size() + qsizetype(ring.count));
    quint32 offset = ring.head;
    for (quint32 i = 0; i < ring.count; ++i) {
        char raw[HeaderSize + 4];
        copyOut(ring, offset, raw, HeaderSize);
        const Header h = decodeHeader(raw);
        quint32 headerBytes = HeaderSize;
        StoredMessage m;
        m.timeMs = h.timeMs;
        m.qos = h.flags & QosMask;
        m.retain = h.flags & RetainFlag;
        m.truncated = h.flags & TruncatedFlag;
        m.originalSize = h.size;
        if (h.flags & ExtraFlag) {
            copyOut(ring, offset + HeaderSize, raw + HeaderSize, 4);
            quint32 extraRef;
            std::memcpy(&extraRef, raw + HeaderSize, 4);
            const MessageExtra &extra = m_extras.at(extraRef);
            m.properties = extra.properties;
            if (m.truncated)
                m.originalSize = extra.originalSize;
            headerBytes += 4;
        }
        m.payload.resize(qsizetype(h.size));
        if (h.size)
            copyOut(ring, offset + headerBytes, m.payload.data(), h.size);
        out.append(std::move(m));
        offset = (offset + headerBytes + h.size) % ring.capacity;
    }
}

size_t TopicHistory::memoryUsage() const
{
    return m_rings.capacity() * sizeof(Ring) + m_fifo.capacity() * sizeof(quint32) + m_ringBytes;
}

void TopicHistory::clear()
{
    m_rings.clear();
    m_rings.shrink_to_fit();
    m_fifo.clear();
    m_fifo.shrink_to_fit();
    m_fifoHead = 0;
    m_staleTotal = 0;
    m_ringBytes = 0;
    m_used = 0;
    m_entries = 0;
    m_evicted = 0;
    m_dropped = 0;
}
