// SPDX-License-Identifier: MIT
#include "session/packettrace.h"

namespace Mqtt {

TracedPacket TracedPacket::describe(const Packet &packet, bool outgoing, quint32 size, ProtocolVersion version)
{
    TracedPacket traced;
    traced.type = packetType(packet);
    traced.outgoing = outgoing;
    traced.size = size;
    traced.version = version;
    if (const auto *publish = std::get_if<Publish>(&packet)) {
        traced.topic = publish->topic;
        traced.qos = publish->qos;
        traced.packetId = publish->packetId;
    } else if (const auto *ack = std::get_if<PublishAck>(&packet)) {
        traced.packetId = ack->packetId;
        traced.reasonCode = ack->reasonCode;
        traced.hasReasonCode = true;
    } else if (const auto *connAck = std::get_if<ConnAck>(&packet)) {
        traced.reasonCode = connAck->reasonCode;
        traced.hasReasonCode = true;
    } else if (const auto *subscribe = std::get_if<Subscribe>(&packet)) {
        traced.packetId = subscribe->packetId;
        if (!subscribe->subscriptions.isEmpty())
            traced.topic = subscribe->subscriptions.first().filter;
    } else if (const auto *subAck = std::get_if<SubAck>(&packet)) {
        traced.packetId = subAck->packetId;
        if (!subAck->reasonCodes.isEmpty()) {
            traced.reasonCode = subAck->reasonCodes.first();
            traced.hasReasonCode = true;
        }
    } else if (const auto *unsubscribe = std::get_if<Unsubscribe>(&packet)) {
        traced.packetId = unsubscribe->packetId;
        if (!unsubscribe->filters.isEmpty())
            traced.topic = unsubscribe->filters.first();
    } else if (const auto *unsubAck = std::get_if<UnsubAck>(&packet)) {
        traced.packetId = unsubAck->packetId;
        if (!unsubAck->reasonCodes.isEmpty()) {
            traced.reasonCode = unsubAck->reasonCodes.first();
            traced.hasReasonCode = true;
        }
    } else if (const auto *disconnect = std::get_if<Disconnect>(&packet)) {
        traced.reasonCode = disconnect->reasonCode;
        traced.hasReasonCode = version == ProtocolVersion::V5;
    } else if (const auto *auth = std::get_if<Auth>(&packet)) {
        traced.reasonCode = auth->reasonCode;
        traced.hasReasonCode = true;
    }
    return traced;
}

} // namespace Mqtt
