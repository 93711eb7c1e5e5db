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
    SharedFlag = 0x20, // a payload ref follows instead of the payload bytes
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

quint32 headerBytes(const Header &h)
{
    return TopicHistory::HeaderSize + ((h.flags & ExtraFlag) ? 4 : 0) + ((h.flags & SharedFlag) ? 4 : 0);
}

// What an entry takes in its ring.
quint32 ringBytes(const Header &h)
{
    return headerBytes(h) + ((h.flags & SharedFlag) ? 0 : h.size);
}

// What an entry counts against the budget: the same whether its payload is shared or copied, so that sharing
// changes no eviction.
qint64 entryBudgetBytes(const Header &h)
{
    return qint64(TopicHistory::HeaderSize) + ((h.flags & ExtraFlag) ? 4 : 0) + h.size;
}

constexpr size_t SharedOverhead = 32; // QArrayData header and allocator rounding of a shared payload, estimated
} // namespace

TopicHistory::TopicHistory(MessageExtraTable &extras)
    : m_extras(extras)
{
}

void TopicHistory::setMaximumPerRing(int maximum)
{
    m_maximumPerRing = std::max(0, maximum);
    // A lower maximum applies at once, not only to rings that receive a message. (A configuration change, not a
    // message: it may take time in proportion to the rings.)
    for (size_t i = 0; i < m_rings.size(); ++i) {
        Ring &ring = m_rings[i];
        bool dropped = false;
        while (ring.count > quint32(m_maximumPerRing)) {
            dropOldest(ring, quint32(i + 1));
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
    startCompaction();
    while (m_compacting)
        compactStep(fifoSize());
}

void TopicHistory::setBudgetBytes(qint64 bytes)
{
    m_budget = std::max<qint64>(0, bytes);
    evictOverBudget();
}

quint32 TopicHistory::createRing()
{
    static_assert(sizeof(void *) != 8 || sizeof(Ring) <= 32, "a ring grew: re-measure memory per stored message");
    m_rings.emplace_back();
    m_ringEvicted.push_back(0);
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

quint32 TopicHistory::addPayload(const QByteArray &payload)
{
    m_payloadBytes += size_t(payload.size());
    if (!m_freePayloads.empty()) {
        const quint32 ref = m_freePayloads.back();
        m_freePayloads.pop_back();
        m_payloads[ref - 1] = payload;
        return ref;
    }
    m_payloads.push_back(payload);
    return quint32(m_payloads.size());
}

void TopicHistory::releasePayload(quint32 ref)
{
    QByteArray &payload = m_payloads[ref - 1];
    m_payloadBytes -= size_t(payload.size());
    payload = QByteArray();
    m_freePayloads.push_back(ref);
}

void TopicHistory::prefetch(quint32 ringId) const
{
    const Ring &ring = m_rings[ringId - 1];
    if (!ring.capacity)
        return;
    const char *data = ring.data.get();
    __builtin_prefetch(data + ring.head); // the oldest entry's header, read when it is dropped
    __builtin_prefetch(data + (ring.head + ring.used) % ring.capacity, 1); // where the new entry goes
}

void TopicHistory::dropOldest(Ring &ring, quint32 ringId)
{
    if (ring.indexed) {
        RingIndex &index = m_indexes.at(ringId);
        if ((index.pushed - ring.count) % IndexStride == 0) // the oldest entry has a mark, the first one
            index.marks.pop_front();
    }
    char raw[HeaderSize + 8];
    copyOut(ring, ring.head, raw, HeaderSize);
    const Header h = decodeHeader(raw);
    quint32 at = HeaderSize;
    if (h.flags & ExtraFlag) {
        copyOut(ring, ring.head + at, raw + at, 4);
        quint32 extra;
        std::memcpy(&extra, raw + at, 4);
        m_extras.release(extra);
        at += 4;
    }
    if (h.flags & SharedFlag) {
        copyOut(ring, ring.head + at, raw + at, 4);
        quint32 ref;
        std::memcpy(&ref, raw + at, 4);
        releasePayload(ref);
    }
    const quint32 bytes = ringBytes(h);
    ring.head = (ring.head + bytes) % ring.capacity;
    ring.used -= bytes;
    --ring.count;
    --m_entries;
    m_used -= entryBudgetBytes(h);
    if (ring.count == 0)
        ring.head = 0;
}

void TopicHistory::push(quint32 ringId, const Entry &entry, const QByteArray &payload)
{
    Ring &ring = m_rings[ringId - 1];
    if (m_maximumPerRing == 0) {
        if (entry.extra)
            m_extras.release(entry.extra);
        return;
    }
    while (ring.count >= quint32(m_maximumPerRing)) {
        dropOldest(ring, ringId);
        ++ring.stale;
        ++m_staleTotal;
        ++m_dropped;
    }

    const bool shared = payload.size() >= SharedPayloadSize;
    Header h;
    h.size = quint32(payload.size());
    h.flags = quint8((entry.qos & QosMask) | (entry.retain ? RetainFlag : 0) | (entry.truncated ? TruncatedFlag : 0)
        | (entry.extra ? ExtraFlag : 0) | (shared ? SharedFlag : 0));
    h.timeMs = entry.timeMs;
    const quint32 bytes = ringBytes(h);
    reserve(ring, bytes);

    char raw[HeaderSize + 8];
    encodeHeader(h, raw);
    quint32 at = HeaderSize;
    if (entry.extra) {
        std::memcpy(raw + at, &entry.extra, 4);
        at += 4;
    }
    if (shared) {
        const quint32 ref = addPayload(payload);
        std::memcpy(raw + at, &ref, 4);
        at += 4;
    }
    const quint32 tail = ring.head + ring.used;
    copyIn(ring, tail, raw, at);
    if (h.size && !shared)
        copyIn(ring, tail + at, payload.constData(), h.size);
    ring.used += bytes;
    ++ring.count;
    ++m_entries;
    m_used += entryBudgetBytes(h) + FifoSlotSize;
    m_fifo.push_back(ringId);
    if (ring.indexed) {
        RingIndex &index = m_indexes.at(ringId);
        if (index.pushed % IndexStride == 0)
            index.marks.push_back(index.tail);
        index.tail += bytes;
        ++index.pushed;
    } else if (ring.count > IndexedRingSize) {
        buildIndex(ring, ringId); // once per ring, over IndexedRingSize entries
    }

    // A full ring keeps its size from now on: give back the growth slack once.
    if (!ring.trimmed && ring.count == quint32(m_maximumPerRing) && ring.capacity > ring.used + ring.used / 8) {
        ring.trimmed = true;
        resize(ring, ring.used + ring.used / 16);
    }

    startCompaction();
    if (m_compacting)
        compactStep(CompactPerPush);
    evictOverBudget();
}

void TopicHistory::evictOverBudget()
{
    while (m_used > m_budget && fifoSize() > 0) {
        std::deque<quint32> &oldest = m_kept.empty() ? m_fifo : m_kept;
        const quint32 ringId = oldest.front();
        oldest.pop_front();
        m_used -= FifoSlotSize;
        Ring &ring = m_rings[ringId - 1];
        if (ring.stale) {
            --ring.stale;
            --m_staleTotal;
            continue;
        }
        dropOldest(ring, ringId);
        ++m_evicted;
        quint32 &ringEvicted = m_ringEvicted[ringId - 1];
        if (ringEvicted != 0xffffffffu)
            ++ringEvicted;
        if (ring.count == 0)
            resize(ring, 0);
        else if (ring.used < ring.capacity / 4)
            resize(ring, ring.used + ring.used / 4);
    }
}

void TopicHistory::startCompaction()
{
    if (m_compacting || m_staleTotal <= 4096 || m_staleTotal * 2 <= fifoSize())
        return;
    m_compacting = true;
    if (++m_pass == 0) // 0 is what a ring that no pass kept from says
        m_pass = 1;
}

void TopicHistory::compactStep(size_t ids)
{
    // The stale ids of a ring are always its oldest ones in the FIFO. The id at the front of m_fifo is the oldest of
    // its ring unless this pass has kept one of that ring's ids in m_kept before, so it is dropped as stale only if
    // the ring has stale ids and none kept. (A ring whose keptInPass wrapped round to the current pass is wrongly
    // taken for one with a kept id: its stale ids then stay for a later pass, which only costs memory.)
    for (; ids > 0 && !m_fifo.empty(); --ids) {
        const quint32 ringId = m_fifo.front();
        m_fifo.pop_front();
        Ring &ring = m_rings[ringId - 1];
        if (ring.stale && ring.keptInPass != m_pass) {
            --ring.stale;
            --m_staleTotal;
            m_used -= FifoSlotSize;
        } else {
            ring.keptInPass = m_pass;
            m_kept.push_back(ringId);
        }
    }
    if (m_fifo.empty()) {
        m_fifo.swap(m_kept);
        m_compacting = false;
    }
}

quint32 TopicHistory::entryBytes(const Ring &ring, quint32 offset)
{
    char raw[HeaderSize];
    copyOut(ring, offset, raw, HeaderSize);
    return ringBytes(decodeHeader(raw));
}

void TopicHistory::buildIndex(Ring &ring, quint32 ringId)
{
    RingIndex index;
    quint32 offset = ring.head;
    quint64 position = 0;
    for (quint32 i = 0; i < ring.count; ++i) {
        if (i % IndexStride == 0)
            index.marks.push_back(position);
        const quint32 bytes = entryBytes(ring, offset);
        position += bytes;
        offset = (offset + bytes) % ring.capacity;
    }
    index.tail = position; // == ring.used
    index.pushed = ring.count;
    m_indexes[ringId] = std::move(index);
    ring.indexed = true;
}

quint32 TopicHistory::offsetOf(const Ring &ring, quint32 ringId, quint32 entry) const
{
    quint32 offset = ring.head;
    quint32 walk = entry;
    if (ring.indexed) {
        const RingIndex &index = m_indexes.at(ringId);
        const quint64 oldest = index.pushed - ring.count;
        const quint64 number = oldest + entry;
        const quint64 firstMark = (oldest + IndexStride - 1) / IndexStride * IndexStride;
        if (number >= firstMark) {
            const quint64 mark = (number - firstMark) / IndexStride;
            const quint64 headPosition = index.tail - ring.used;
            offset = quint32((ring.head + (index.marks[size_t(mark)] - headPosition)) % ring.capacity);
            walk = quint32(number - (firstMark + mark * IndexStride));
        }
    }
    for (; walk > 0; --walk)
        offset = (offset + entryBytes(ring, offset)) % ring.capacity;
    return offset;
}

StoredMessage TopicHistory::readEntry(const Ring &ring, quint32 offset) const
{
    char raw[HeaderSize + 8];
    copyOut(ring, offset, raw, HeaderSize);
    const Header h = decodeHeader(raw);
    quint32 at = HeaderSize;
    StoredMessage m;
    m.timeMs = h.timeMs;
    m.qos = h.flags & QosMask;
    m.retain = h.flags & RetainFlag;
    m.truncated = h.flags & TruncatedFlag;
    m.originalSize = h.size;
    if (h.flags & ExtraFlag) {
        copyOut(ring, offset + at, raw + at, 4);
        quint32 extraRef;
        std::memcpy(&extraRef, raw + at, 4);
        const MessageExtra &extra = m_extras.at(extraRef);
        m.properties = extra.properties;
        if (m.truncated)
            m.originalSize = extra.originalSize;
        at += 4;
    }
    if (h.flags & SharedFlag) {
        copyOut(ring, offset + at, raw + at, 4);
        quint32 ref;
        std::memcpy(&ref, raw + at, 4);
        m.payload = m_payloads[ref - 1];
    } else {
        m.payload.resize(qsizetype(h.size));
        if (h.size)
            copyOut(ring, offset + at, m.payload.data(), h.size);
    }
    return m;
}

void TopicHistory::read(quint32 ringId, QList<StoredMessage> &out) const
{
    read(ringId, 0, count(ringId), out);
}

int TopicHistory::read(quint32 ringId, int first, int count, QList<StoredMessage> &out) const
{
    if (!ringId || first < 0 || count <= 0)
        return 0;
    const Ring &ring = m_rings[ringId - 1];
    if (quint32(first) >= ring.count)
        return 0;
    const quint32 n = std::min<quint32>(quint32(count), ring.count - quint32(first));
    out.reserve(out.size() + qsizetype(n));
    quint32 offset = offsetOf(ring, ringId, quint32(first));
    for (quint32 i = 0; i < n; ++i) {
        out.append(readEntry(ring, offset));
        if (i + 1 < n)
            offset = (offset + entryBytes(ring, offset)) % ring.capacity;
    }
    return int(n);
}

size_t TopicHistory::memoryUsage() const
{
    // A deque holds its elements in 512-byte blocks behind a map of block pointers.
    const size_t fifoBlocks = fifoSize() / 128 + 2;
    const size_t shared = m_payloads.size() - m_freePayloads.size();
    size_t indexes = 0;
    for (const auto &[ring, index] : m_indexes)
        indexes += 64 + (index.marks.size() / 64 + 2) * (512 + sizeof(void *)); // node, deque blocks
    return m_rings.memoryUsage() + m_ringEvicted.memoryUsage() + indexes + fifoBlocks * (512 + sizeof(void *))
        + m_ringBytes + m_payloads.memoryUsage() + m_freePayloads.memoryUsage() + m_payloadBytes
        + shared * SharedOverhead;
}

void TopicHistory::clear()
{
    m_rings.clear();
    m_ringEvicted.clear();
    m_indexes.clear();
    m_payloads.clear();
    m_freePayloads.clear();
    m_payloadBytes = 0;
    std::deque<quint32>().swap(m_kept); // and give the blocks back
    std::deque<quint32>().swap(m_fifo);
    m_compacting = false;
    m_staleTotal = 0;
    m_ringBytes = 0;
    m_used = 0;
    m_entries = 0;
    m_evicted = 0;
    m_dropped = 0;
}
