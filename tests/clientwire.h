// SPDX-License-Identifier: MIT
#pragma once

// Bytes a scripted broker sends to Mqtt::Client, written out by hand so that the codec under test does not produce
// them: a Remaining Length, strings, PUBLISH (with raw topic bytes, so invalid UTF-8 can be sent), acknowledgements
// and CONNACK.

#include "codec/mqttpacket.h"

#include <QByteArray>

namespace ClientWire {

using Mqtt::ProtocolVersion;

inline QByteArray vbi(quint32 value)
{
    QByteArray out;
    do {
        char byte = char(value % 128);
        value /= 128;
        if (value > 0)
            byte = char(byte | 0x80);
        out.append(byte);
    } while (value > 0);
    return out;
}

inline QByteArray packet(quint8 firstByte, const QByteArray &body)
{
    return char(firstByte) + vbi(quint32(body.size())) + body;
}

inline QByteArray u16(quint16 value)
{
    return QByteArray(1, char(value >> 8)) + char(value & 0xFF);
}

inline QByteArray utf8(const QByteArray &bytes)
{
    return u16(quint16(bytes.size())) + bytes;
}

// A PUBLISH with the raw topic bytes given; the property block is written under MQTT 5 only.
inline QByteArray publish(ProtocolVersion version, quint8 flags, const QByteArray &topic, int packetId,
    const QByteArray &properties = {}, const QByteArray &payload = "x")
{
    QByteArray body = utf8(topic);
    if (packetId >= 0)
        body += u16(quint16(packetId));
    if (version == ProtocolVersion::V5)
        body += vbi(quint32(properties.size())) + properties;
    return packet(quint8(0x30 | flags), body + payload);
}

// An acknowledgement without reason code and properties (valid in both versions).
inline QByteArray ack(quint8 firstByte, quint16 packetId)
{
    return packet(firstByte, u16(packetId));
}

inline QByteArray connAck(ProtocolVersion version, const QByteArray &properties = {})
{
    QByteArray body("\x00\x00", 2);
    if (version == ProtocolVersion::V5)
        body += vbi(quint32(properties.size())) + properties;
    return packet(0x20, body);
}

} // namespace ClientWire
