// SPDX-License-Identifier: MIT
// Packet -> bytes. Every packet body is described once (BodyEmitter) and run twice: with a Counter to learn the
// Remaining Length, then with a Writer straight into the output buffer, so encoding allocates at most once.

#include "codec/mqttcodec.h"
#include "codec/mqttproperties.h"
#include "codec/mqttwire.h"

#include <type_traits>

namespace Mqtt {
namespace {

using namespace Detail;

// The sizes of a packet's property lists (at most two: a CONNECT's own and its will's), measured by the counting
// pass and reused by the writing pass, which visits them in the same order.
struct PropertySizes {
    qsizetype sizes[2] = {};
    int count = 0;
    int next = 0;
};

template<class Sink>
struct BodyEmitter {
    static constexpr bool Counting = std::is_same_v<Sink, Wire::Counter>;

    Sink &s;
    PropertySizes &sizes;
    bool v5;
    ProtocolVersion version;

    qsizetype listSize(const Properties &properties, quint16 place) const
    {
        if constexpr (Counting) {
            const qsizetype size = propertyListSize(properties, place);
            Q_ASSERT(sizes.count < 2);
            sizes.sizes[sizes.count++] = size;
            return size;
        } else {
            Q_ASSERT(sizes.next < sizes.count);
            return sizes.sizes[sizes.next++];
        }
    }
    // Property Length followed by the list.
    void writeProperties(const Properties &properties, quint16 place, qsizetype size) const
    {
        s.vbi(quint32(size));
        if constexpr (Counting)
            s.add(size);
        else if (size)
            emitPropertyList(s, properties, place);
    }
    void emitProperties(const Properties &properties, quint16 place) const
    {
        writeProperties(properties, place, listSize(properties, place));
    }

    // A reason code and properties that may both be left out when the code is 0 and there are no properties
    // (PUBACK, PUBREC, PUBREL, PUBCOMP and DISCONNECT in 5.0); the property length alone may also be left out.
    void reasonAndOptionalProperties(quint8 reasonCode, const Properties &properties, quint16 place) const
    {
        const qsizetype size = listSize(properties, place);
        if (reasonCode == ReasonCode::Success && size == 0)
            return;
        s.u8(reasonCode);
        if (size)
            writeProperties(properties, place, size);
    }

    void operator()(const Connect &c) const
    {
        s.string(version == ProtocolVersion::V31 ? QStringView(u"MQIsdp") : QStringView(u"MQTT"));
        s.u8(quint8(version));
        quint8 flags = 0;
        if (c.userName)
            flags |= 0x80;
        if (c.password)
            flags |= 0x40;
        if (c.will) {
            flags |= 0x04 | quint8((c.will->qos & 3) << 3);
            if (c.will->retain)
                flags |= 0x20;
        }
        if (c.cleanStart)
            flags |= 0x02;
        s.u8(flags);
        s.u16(c.keepAliveSeconds);
        if (v5)
            emitProperties(c.properties, InConnect);
        s.string(c.clientId);
        if (c.will) {
            if (v5)
                emitProperties(c.will->properties, InWill);
            s.string(c.will->topic);
            s.binary(c.will->payload);
        }
        if (c.userName)
            s.string(*c.userName);
        if (c.password)
            s.binary(*c.password);
    }
    void operator()(const ConnAck &c) const
    {
        s.u8(c.sessionPresent ? 1 : 0);
        s.u8(c.reasonCode);
        if (v5)
            emitProperties(c.properties, InConnAck);
    }
    void operator()(const Publish &p) const
    {
        s.string(p.topic);
        if (p.qos > 0)
            s.u16(p.packetId);
        if (v5)
            emitProperties(p.properties, InPublish);
        s.raw(p.payload);
    }
    void operator()(const PublishAck &a) const
    {
        s.u16(a.packetId);
        if (v5)
            reasonAndOptionalProperties(a.reasonCode, a.properties, InPublishAck);
    }
    void operator()(const Subscribe &sub) const
    {
        s.u16(sub.packetId);
        if (v5)
            emitProperties(sub.properties, InSubscribe);
        for (const Subscription &subscription : sub.subscriptions) {
            s.string(subscription.filter);
            const SubscriptionOptions &o = subscription.options;
            quint8 options = o.maximumQoS & 3;
            if (v5) {
                if (o.noLocal)
                    options |= 0x04;
                if (o.retainAsPublished)
                    options |= 0x08;
                options |= quint8((o.retainHandling & 3) << 4);
            }
            s.u8(options);
        }
    }
    void operator()(const SubAck &a) const
    {
        s.u16(a.packetId);
        if (v5)
            emitProperties(a.properties, InSubAck);
        for (quint8 code : a.reasonCodes)
            s.u8(code);
    }
    void operator()(const Unsubscribe &u) const
    {
        s.u16(u.packetId);
        if (v5)
            emitProperties(u.properties, InUnsubscribe);
        for (const QString &filter : u.filters)
            s.string(filter);
    }
    void operator()(const UnsubAck &a) const
    {
        s.u16(a.packetId);
        if (v5) {
            emitProperties(a.properties, InUnsubAck);
            for (quint8 code : a.reasonCodes)
                s.u8(code);
        }
    }
    void operator()(const PingReq &) const { }
    void operator()(const PingResp &) const { }
    void operator()(const Disconnect &d) const
    {
        if (v5)
            reasonAndOptionalProperties(d.reasonCode, d.properties, InDisconnect);
    }
    void operator()(const Auth &a) const
    {
        // AUTH exists only in 5.0; it is written in that form whatever the version. Only "success without
        // properties" may shorten to an empty packet.
        const qsizetype size = listSize(a.properties, InAuth);
        if (a.reasonCode == ReasonCode::Success && size == 0)
            return;
        s.u8(a.reasonCode);
        writeProperties(a.properties, InAuth, size);
    }
};

quint8 firstByte(const Packet &packet)
{
    const PacketType type = packetType(packet);
    quint8 flags = 0;
    switch (type) {
    case PacketType::Publish: {
        const Publish &p = std::get<Publish>(packet);
        const quint8 qos = p.qos & 3;
        flags = quint8(qos << 1);
        if (p.dup && qos > 0)
            flags |= 0x08;
        if (p.retain)
            flags |= 0x01;
        break;
    }
    case PacketType::PubRel:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
        flags = 0x02;
        break;
    default:
        break;
    }
    return quint8(quint8(type) << 4) | flags;
}

qsizetype remainingLength(const Packet &packet, ProtocolVersion version, PropertySizes &sizes)
{
    Wire::Counter counter;
    std::visit(BodyEmitter<Wire::Counter> { counter, sizes, version == ProtocolVersion::V5, version }, packet);
    return counter.size();
}

// Writes the whole packet to out, which has room for exactly its encodedSize().
void write(uchar *out, quint32 wireLength, const Packet &packet, ProtocolVersion version, PropertySizes &sizes)
{
    Wire::Writer writer(out);
    writer.u8(firstByte(packet));
    writer.vbi(wireLength);
    std::visit(BodyEmitter<Wire::Writer> { writer, sizes, version == ProtocolVersion::V5, version }, packet);
}

quint32 wireLength(qsizetype remainingLength)
{
    return quint32(qMin<qsizetype>(remainingLength, 0xFFFFFFFF));
}

} // namespace

qsizetype encodedSize(const Packet &packet, ProtocolVersion version)
{
    PropertySizes sizes;
    const qsizetype length = remainingLength(packet, version, sizes);
    return 1 + Wire::variableByteIntegerSize(wireLength(length)) + length;
}

void encodeInto(QByteArray &out, const Packet &packet, ProtocolVersion version)
{
    PropertySizes sizes;
    const qsizetype length = remainingLength(packet, version, sizes);
    const qsizetype total = 1 + Wire::variableByteIntegerSize(wireLength(length)) + length;
    const qsizetype start = out.size();
    out.resize(start + total);
    write(reinterpret_cast<uchar *>(out.data()) + start, wireLength(length), packet, version, sizes);
}

QByteArray encode(const Packet &packet, ProtocolVersion version)
{
    PropertySizes sizes;
    const qsizetype length = remainingLength(packet, version, sizes);
    QByteArray out(1 + Wire::variableByteIntegerSize(wireLength(length)) + length, Qt::Uninitialized);
    write(reinterpret_cast<uchar *>(out.data()), wireLength(length), packet, version, sizes);
    return out;
}

} // namespace Mqtt
