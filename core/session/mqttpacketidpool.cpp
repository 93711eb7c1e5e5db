// SPDX-License-Identifier: MIT
#include "session/mqttpacketidpool.h"

namespace Mqtt {

quint16 PacketIdPool::allocate()
{
    if (isFull())
        return 0;
    quint16 id = m_last;
    do {
        id = id == 65535 ? 1 : quint16(id + 1);
    } while (m_used.test(id));
    m_used.set(id);
    ++m_usedCount;
    m_last = id;
    return id;
}

bool PacketIdPool::reserve(quint16 id)
{
    if (id == 0 || m_used.test(id))
        return false;
    m_used.set(id);
    ++m_usedCount;
    return true;
}

void PacketIdPool::release(quint16 id)
{
    if (id == 0 || !m_used.test(id))
        return;
    m_used.reset(id);
    --m_usedCount;
}

void PacketIdPool::clear()
{
    m_used.reset();
    m_usedCount = 0;
}

} // namespace Mqtt
