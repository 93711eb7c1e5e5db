// SPDX-License-Identifier: MIT
#include "insight/packettracebuffer.h"

#include <QMutexLocker>

#include <algorithm>
#include <iterator>

PacketTraceBuffer::PacketTraceBuffer(qsizetype maximumPending)
    : m_maximumPending(std::max<qsizetype>(1, maximumPending))
{
}

void PacketTraceBuffer::packetsTraced(std::vector<Mqtt::TracedPacket> &packets)
{
    QMutexLocker lock(&m_mutex);
    m_traced += packets.size();
    if (m_pending.empty() && qsizetype(packets.size()) <= m_maximumPending) {
        m_pending.swap(packets); // the common case: no copy (the client's list gets this one's storage)
        return;
    }
    m_pending.insert(m_pending.end(), std::make_move_iterator(packets.begin()), std::make_move_iterator(packets.end()));
    const qsizetype excess = qsizetype(m_pending.size()) - m_maximumPending;
    if (excess > 0) {
        m_pending.erase(m_pending.begin(), m_pending.begin() + excess);
        m_dropped += quint64(excess);
    }
}

std::vector<Mqtt::TracedPacket> PacketTraceBuffer::take()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_pending, {});
}

quint64 PacketTraceBuffer::droppedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

quint64 PacketTraceBuffer::tracedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_traced;
}
