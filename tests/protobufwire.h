// SPDX-License-Identifier: MIT
#pragma once

// Protocol Buffers written by hand for the decoder tests: each helper appends one field in the wire format.

#include <QByteArray>

#include <cstring>

namespace ProtobufWire {

inline QByteArray varint(quint64 value)
{
    QByteArray out;
    do {
        uchar byte = uchar(value & 0x7f);
        value >>= 7;
        if (value)
            byte |= 0x80;
        out.append(char(byte));
    } while (value);
    return out;
}

inline QByteArray tag(quint32 field, int wire)
{
    return varint((quint64(field) << 3) | quint64(wire));
}

inline QByteArray number(quint32 field, quint64 value)
{
    return tag(field, 0) + varint(value);
}

inline QByteArray bytes(quint32 field, const QByteArray &value)
{
    return tag(field, 2) + varint(quint64(value.size())) + value;
}

inline QByteArray float32(quint32 field, float value)
{
    char raw[4];
    std::memcpy(raw, &value, 4); // little-endian machines only, as the wire format
    return tag(field, 5) + QByteArray(raw, 4);
}

inline QByteArray float64(quint32 field, double value)
{
    char raw[8];
    std::memcpy(raw, &value, 8);
    return tag(field, 1) + QByteArray(raw, 8);
}

// A Sparkplug B metric: name, alias, data type and one value field.
inline QByteArray metric(const QByteArray &name, quint32 dataType, const QByteArray &valueField)
{
    return bytes(2, bytes(1, name) + number(4, dataType) + valueField);
}

} // namespace ProtobufWire
