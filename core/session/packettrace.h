// SPDX-License-Identifier: MIT
#pragma once

// The packet trace hook: what a traffic view (the packet timeline) learns of every control packet sent and received.
// The session fills a list the client gives it (Session::setTraceBuffer) and the client hands that list to a
// PacketTraceSink once per step (after each read slice and each request), stamped with the time. With no sink the
// session's pointer is null and each packet costs one test of it.

#include "codec/mqttpacket.h"

#include <QString>

#include <vector>

namespace Mqtt {

struct TracedPacket {
    qint64 timeUs = 0; // microseconds since the epoch, stamped by the client when it hands the packets over
    QString topic; // PUBLISH: its topic (under a topic alias, the one it stands for); SUBSCRIBE / UNSUBSCRIBE: the
                   // first filter
    quint32 size = 0; // bytes on the wire, fixed header included
    quint16 packetId = 0; // 0: the packet has none
    PacketType type = PacketType::Reserved;
    quint8 qos = 0; // PUBLISH only
    quint8 reasonCode = 0; // acknowledgements, CONNACK, DISCONNECT, AUTH (SUBACK: its first code)
    bool hasReasonCode = false;
    bool outgoing = false;
    ProtocolVersion version = ProtocolVersion::V311; // to put the reason code in words

    // The fields of a decoded or encoded packet; time and size are the caller's.
    static TracedPacket describe(const Packet &packet, bool outgoing, quint32 size, ProtocolVersion version);
};

// Receives the traced packets of one step of the client, in its thread. Implementations copy or swap them out
// quickly (a lock per step, not per packet): the client calls this in the middle of a flood.
class PacketTraceSink {
public:
    virtual ~PacketTraceSink() = default;
    // packets: their timeUs is 0; the sink stamps them with timeUs (one time per step) as it takes them. It may move
    // the elements out; the client clears the list after.
    virtual void packetsTraced(std::vector<TracedPacket> &packets, qint64 timeUs) = 0;
};

} // namespace Mqtt
