// SPDX-License-Identifier: MIT
#pragma once

// Packet identifiers 1..65535 for the requests a client has in flight. Allocation goes round-robin from the
// last identifier handed out, skipping those still in use, so a freed identifier is not reused at once.

#include <QtGlobal>

#include <bitset>

namespace Mqtt {

class PacketIdPool {
public:
    // The next free identifier after the previous one (wrapping 65535 -> 1), or 0 when all are in use.
    quint16 allocate();
    // Marks a specific identifier as used (restoring a session); false if it already was or is 0.
    bool reserve(quint16 id);
    void release(quint16 id);
    bool isInUse(quint16 id) const { return id != 0 && m_used.test(id); }
    int usedCount() const { return m_usedCount; }
    bool isFull() const { return m_usedCount >= 65535; }
    void clear();

private:
    std::bitset<65536> m_used;
    int m_usedCount = 0;
    quint16 m_last = 0;
};

} // namespace Mqtt
