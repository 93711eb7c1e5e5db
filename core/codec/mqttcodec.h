// SPDX-License-Identifier: MIT
#pragma once

// The pure MQTT codec: bytes -> packet | need more | malformed (with a reason), and packet -> bytes, for MQTT 3.1,
// 3.1.1 and 5.0. No I/O, no state between calls: the caller keeps its receive buffer and drops `consumed` bytes
// after each Complete result.

#include "codec/mqttpacket.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Mqtt {

// Which side of the connection decodes: a Client decodes what a server sends, a Server what a client sends.
enum class Role { Client, Server };

// The largest value a Variable Byte Integer (and so a Remaining Length) can hold.
inline constexpr quint32 MaximumRemainingLength = 268435455;

struct DecodeResult {
    enum class Status { Complete, NeedMore, Malformed };
    Status status = Status::NeedMore;
    Packet packet; // valid when Complete
    qsizetype consumed = 0; // bytes the packet occupied, when Complete
    // When Malformed: the reason code a v5 DISCONNECT should carry (MalformedPacket, ProtocolError, PacketTooLarge,
    // TopicAliasInvalid, TopicNameInvalid, TopicFilterInvalid), or, for a CONNECT with an unknown protocol name or
    // level, UnsupportedProtocolVersion (for the CONNACK).
    quint8 reasonCode = 0;
    QString error; // when Malformed: one human sentence naming what was violated
};

class Decoder {
public:
    explicit Decoder(Role role, ProtocolVersion version = ProtocolVersion::V311);

    Role role() const { return m_role; }
    // The version packets are decoded by. In the Server role a CONNECT is always decoded by the protocol level it
    // carries (and reports it in Connect::version); set the version from it before decoding what follows.
    void setProtocolVersion(ProtocolVersion version) { m_version = version; }
    ProtocolVersion protocolVersion() const { return m_version; }

    // The largest packet we accept, fixed header included; 0 means the protocol maximum. A packet announcing a
    // larger size is rejected (PacketTooLarge) as soon as its fixed header is complete, before its bytes arrive.
    void setMaximumPacketSize(quint32 bytes) { m_maximumPacketSize = bytes; }
    quint32 maximumPacketSize() const { return m_maximumPacketSize; }

    // The Topic Alias Maximum we announced (v5). A PUBLISH with Topic Alias 0 or above it is malformed
    // (TopicAliasInvalid). The default 0 means we accept no aliases, as the spec's default does.
    void setTopicAliasMaximum(quint16 maximum) { m_topicAliasMaximum = maximum; }
    quint16 topicAliasMaximum() const { return m_topicAliasMaximum; }

    // When on, every decoded property list records the order its properties came in (Properties::arrivalOrder).
    void setRecordPropertyOrder(bool on) { m_recordPropertyOrder = on; }
    bool recordsPropertyOrder() const { return m_recordPropertyOrder; }

    // Decodes the packet at the start of bytes. Never reads past bytes and never allocates more than they hold.
    DecodeResult decode(QByteArrayView bytes) const;

private:
    Role m_role = Role::Client;
    ProtocolVersion m_version = ProtocolVersion::V311;
    quint32 m_maximumPacketSize = 0;
    quint16 m_topicAliasMaximum = 0;
    bool m_recordPropertyOrder = false;
};

// Encodes packet for the given version. Properties are written only under 5.0 and only those the packet type may
// carry; a CONNECT is written with the protocol name and level of `version` (Connect::version is not consulted).
// Strings and binary fields longer than 65,535 bytes are cut (strings at a code point boundary). Callers check the
// size against the peer's Maximum Packet Size with encodedSize() and keep the remaining length within
// MaximumRemainingLength.
QByteArray encode(const Packet &packet, ProtocolVersion version);
void encodeInto(QByteArray &out, const Packet &packet, ProtocolVersion version); // appends
qsizetype encodedSize(const Packet &packet, ProtocolVersion version); // the whole packet, fixed header included

} // namespace Mqtt
