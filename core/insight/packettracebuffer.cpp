// SPDX-License-Identifier: MIT
#include "insight/packettracebuffer.h"

#include <QMutexLocker>

#include <algorithm>
#include <iterator>

PacketTraceBuffer::PacketTraceBuffer(qsizetype maximumPending)
    : m_maximumPending(std::max<qsizetype>(1, maximumPending))
{
}

void PacketTraceBuffer::packetsTraced(std::vector<Mqtt::TracedPacket> &packets, qint64 timeUs)
{
    QMutexLocker lock(&m_mutex);
    m_traced += packets.size();
    // Moved, not swapped: the client's list keeps its capacity for the next step, and so does the pending list
    // (take() hands the taker's previous storage back), so that a flood does not grow two lists from nothing per step.
    // Beyond the bound the newest are dropped (and counted): dropping the oldest would move the whole list per step
    // just when the taker is behind.
    const size_t room = size_t(std::max<qsizetype>(0, m_maximumPending - qsizetype(m_pending.size())));
    const size_t kept = std::min(room, packets.size());
    for (size_t i = 0; i < kept; ++i) {
        Mqtt::TracedPacket &packet = m_pending.emplace_back(std::move(packets[i]));
        packet.timeUs = timeUs;
    }
    m_dropped += packets.size() - kept;
}

std::vector<Mqtt::TracedPacket> PacketTraceBuffer::take()
{
    std::vector<Mqtt::TracedPacket> taken;
    take(taken);
    return taken;
}

void PacketTraceBuffer::take(std::vector<Mqtt::TracedPacket> &into)
{
    into.clear();
    QMutexLocker lock(&m_mutex);
    into.swap(m_pending);
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
