// SPDX-License-Identifier: MIT
#pragma once

#include "codec/mqttpacket.h"

#include <QString>

namespace Mqtt {

// A reason code (5.0) or CONNACK / SUBACK return code (3.1, 3.1.1) in words, lower case, for use inside a
// sentence: "bad user name or password", "granted QoS 1", "normal disconnection". The context is the packet that
// carried the code (0x00 means "success", "normal disconnection" or "granted QoS 0" depending on it). Codes the
// version does not define read "unknown reason code 0x.." (or "unknown return code .."). Translated in the "Mqtt"
// context.
QString reasonCodeText(quint8 code, PacketType context, ProtocolVersion version);

// Reason codes of 0x80 and above report a failure (MQTT 5.0 section 2.4); so does 0x80 in a 3.1.1 SUBACK and any
// non-zero 3.1.1 CONNACK return code.
inline bool isFailureReasonCode(quint8 code, PacketType context, ProtocolVersion version)
{
    if (version != ProtocolVersion::V5 && context == PacketType::ConnAck)
        return code != 0;
    return code >= 0x80;
}

} // namespace Mqtt
