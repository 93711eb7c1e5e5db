// SPDX-License-Identifier: MIT
#pragma once

// The thread-safe hand-over between the client's trace hook (in the ingest worker) and a packet timeline (in the
// GUI thread): the worker appends one step's packets under a mutex, the timeline takes them all now and then. The
// pending list is bounded: when the taker falls behind, the packets beyond the bound are dropped (and counted), so that
// a timeline left open under a flood cannot take all memory.

#include "session/packettrace.h"

#include <QMutex>

#include <vector>

class PacketTraceBuffer : public Mqtt::PacketTraceSink {
public:
    explicit PacketTraceBuffer(qsizetype maximumPending = 200000);

    void packetsTraced(std::vector<Mqtt::TracedPacket> &packets, qint64 timeUs) override; // any thread
    std::vector<Mqtt::TracedPacket> take(); // any thread; oldest first
    // The same into a list that is cleared first, whose storage the buffer keeps for what comes next.
    void take(std::vector<Mqtt::TracedPacket> &into);
    quint64 droppedCount() const; // packets dropped because nobody took them in time
    quint64 tracedCount() const; // packets handed over in all

private:
    mutable QMutex m_mutex;
    std::vector<Mqtt::TracedPacket> m_pending;
    qsizetype m_maximumPending;
    quint64 m_dropped = 0;
    quint64 m_traced = 0;
};
