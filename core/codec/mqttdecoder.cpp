// SPDX-License-Identifier: MIT
// Bytes -> packet. The fixed header is judged first (type for this role and version, flags, Remaining Length,
// Maximum Packet Size); the body is decoded only once every byte of it has arrived.

#include "codec/mqttcodec.h"
#include "codec/mqttparser.h"
#include "codec/mqtttopic.h"

#include <cstring>
#include <initializer_list>

namespace Mqtt {
namespace {

using namespace Detail;

// The reason codes a packet type may carry (MQTT 5.0 sections 3.x.2.1).
class ReasonSet {
public:
    constexpr ReasonSet(std::initializer_list<quint8> codes)
    {
        for (quint8 code : codes)
            m_bits[code >> 6] |= quint64(1) << (code & 63);
    }
    constexpr bool contains(quint8 code) const { return m_bits[code >> 6] & (quint64(1) << (code & 63)); }

private:
    quint64 m_bits[4] = {};
};

constexpr ReasonSet ConnAckCodes { 0x00, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8C, 0x90,
    0x95, 0x97, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9F };
constexpr ReasonSet PubAckCodes { 0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99 }; // PUBACK, PUBREC
constexpr ReasonSet PubRelCodes { 0x00, 0x92 }; // PUBREL, PUBCOMP
constexpr ReasonSet SubAckCodesV5 { 0x00, 0x01, 0x02, 0x80, 0x83, 0x87, 0x8F, 0x91, 0x97, 0x9E, 0xA1, 0xA2 };
constexpr ReasonSet SubAckCodesV3 { 0x00, 0x01, 0x02, 0x80 };
constexpr ReasonSet UnsubAckCodes { 0x00, 0x11, 0x80, 0x83, 0x87, 0x8F, 0x91 };
constexpr ReasonSet DisconnectCodes { 0x00, 0x04, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D, 0x8E, 0x8F, 0x90,
    0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2 };
constexpr ReasonSet AuthCodes { 0x00, 0x18, 0x19 };
constexpr quint8 V311UnacceptableProtocolVersion = 0x01; // the 3.1.1 CONNACK return code

QString hexByte(quint8 value)
{
    return QString::number(value, 16).toUpper().rightJustified(2, u'0');
}

QString translated(const char *text)
{
    return Parser::translated(text);
}

bool readReasonCode(Parser &p, quint8 &code, const ReasonSet &allowed)
{
    if (!p.u8(code, QT_TRANSLATE_NOOP("Mqtt", "reason code")))
        return false;
    if (allowed.contains(code))
        return true;
    return p.fail(ReasonCode::ProtocolError,
        translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with the reason code 0x%2, which is not defined for that packet."))
            .arg(p.subject(), hexByte(code)));
}

// Topic Names may not hold '+' or '#'. Both are ASCII, so they can be searched for in the UTF-8 bytes directly.
bool checkWildcards(Parser &p, QByteArrayView raw, Field field, const char *clause)
{
    const char *plus = static_cast<const char *>(std::memchr(raw.data(), '+', size_t(raw.size())));
    const char *hash = static_cast<const char *>(std::memchr(raw.data(), '#', size_t(raw.size())));
    if (plus || hash) {
        const char16_t wildcard = !hash || (plus && plus < hash) ? u'+' : u'#';
        return p.fail(ReasonCode::TopicNameInvalid,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 whose %2 contains the wildcard '%3' (%4)."))
                .arg(p.subject(), field.name(), QString(QChar(wildcard)), QLatin1StringView(clause)));
    }
    return true;
}

// The fixed header's first byte: a packet type this role receives in this version, with the flags it must carry.
bool checkFirstByte(Parser &p, Role role, quint8 flags)
{
    const PacketType type = p.type();
    switch (type) {
    case PacketType::Reserved:
        return p.fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1, which the specification forbids (%2)."))
                .arg(p.subject(), p.clause("MQTT 3.1.1 section 2.2.1", "MQTT 5.0 section 2.1.2")));
    case PacketType::Auth:
        if (!p.v5())
            return p.fail(ReasonCode::MalformedPacket,
                translated(QT_TRANSLATE_NOOP("Mqtt",
                               "%1, a packet type that exists only in MQTT 5.0 (type 15 is reserved in "
                               "MQTT 3.1.1)."))
                    .arg(p.subject()));
        break;
    case PacketType::Connect:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
    case PacketType::PingReq:
        if (role == Role::Client)
            return p.fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1, a packet only a client may send.")).arg(p.subject()));
        break;
    case PacketType::ConnAck:
    case PacketType::SubAck:
    case PacketType::UnsubAck:
    case PacketType::PingResp:
        if (role == Role::Server)
            return p.fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1, a packet only a server may send.")).arg(p.subject()));
        break;
    default:
        break;
    }

    if (type == PacketType::Publish) {
        const quint8 qos = (flags >> 1) & 3;
        if (qos == 3)
            return p.fail(ReasonCode::MalformedPacket,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with both QoS bits set (QoS 3) (MQTT-3.3.1-4)."))
                    .arg(p.subject()));
        if (qos == 0 && (flags & 0x08))
            return p.fail(ReasonCode::MalformedPacket,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with the DUP flag set on a QoS 0 message (MQTT-3.3.1-2)."))
                    .arg(p.subject()));
        return true;
    }
    const quint8 required
        = (type == PacketType::PubRel || type == PacketType::Subscribe || type == PacketType::Unsubscribe) ? 0x2 : 0x0;
    if (flags != required)
        return p.fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 whose fixed header flags are 0x%2 instead of 0x%3 (%4)."))
                .arg(p.subject(), QString::number(flags, 16).toUpper(), QString::number(required),
                    p.clause("MQTT-2.2.2-2", "MQTT-2.1.3-1")));
    return true;
}

bool decodeConnect(Parser &p, Packet &packet)
{
    Connect &c = packet.emplace<Connect>();
    QString protocolName;
    quint8 level = 0;
    if (!p.string(protocolName, QT_TRANSLATE_NOOP("Mqtt", "protocol name"))
        || !p.u8(level, QT_TRANSLATE_NOOP("Mqtt", "protocol level")))
        return false;
    const bool mqtt = protocolName == QLatin1StringView("MQTT") && (level == 4 || level == 5);
    const bool isdp = protocolName == QLatin1StringView("MQIsdp") && level == 3;
    if (!mqtt && !isdp)
        return p.fail(ReasonCode::UnsupportedProtocolVersion,
            translated(QT_TRANSLATE_NOOP("Mqtt",
                           "%1 for protocol \"%2\" level %3, which is not MQTT 3.1 (\"MQIsdp\" level "
                           "3), 3.1.1 (\"MQTT\" level 4) or 5.0 (\"MQTT\" level 5)."))
                .arg(p.subject(), protocolName, QString::number(level)));
    c.version = ProtocolVersion(level);
    p.setVersion(c.version);

    quint8 flags = 0;
    if (!p.u8(flags, QT_TRANSLATE_NOOP("Mqtt", "connect flags"))
        || !p.u16(c.keepAliveSeconds, QT_TRANSLATE_NOOP("Mqtt", "keep alive")))
        return false;
    const bool hasWill = flags & 0x04;
    const quint8 willQos = (flags >> 3) & 3;
    const bool willRetain = flags & 0x20;
    const bool hasPassword = flags & 0x40;
    const bool hasUserName = flags & 0x80;
    if (flags & 0x01)
        return p.fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with the reserved connect flag set (MQTT-3.1.2-3)."))
                .arg(p.subject()));
    if (!hasWill && (willQos || willRetain))
        return p.fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with Will QoS or Will Retain set but no Will Flag (%2)."))
                .arg(p.subject(), p.clause("MQTT-3.1.2-13", "MQTT-3.1.2-11")));
    if (willQos == 3)
        return p.fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with Will QoS 3 (%2)."))
                .arg(p.subject(), p.clause("MQTT-3.1.2-14", "MQTT-3.1.2-12")));
    if (hasPassword && !hasUserName && !p.v5())
        return p.fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with a password but no user name (MQTT-3.1.2-22)."))
                .arg(p.subject()));
    c.cleanStart = flags & 0x02;

    if (p.v5()) {
        if (!p.properties(c.properties, InConnect))
            return false;
        if (c.properties.authenticationData && !c.properties.authenticationMethod)
            return p.fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt",
                               "%1 carrying Authentication Data without an Authentication Method (MQTT 5.0 "
                               "section 3.1.2.11.10)."))
                    .arg(p.subject()));
    }
    if (!p.string(c.clientId, QT_TRANSLATE_NOOP("Mqtt", "client identifier")))
        return false;
    if (hasWill) {
        Will &will = c.will.emplace();
        will.qos = willQos;
        will.retain = willRetain;
        if (p.v5() && !p.properties(will.properties, InWill))
            return false;
        const Field topicField = QT_TRANSLATE_NOOP("Mqtt", "will topic");
        QByteArrayView raw;
        if (!p.string(will.topic, topicField, &raw) || !checkWildcards(p, raw, topicField, "MQTT-4.7.1-1"))
            return false;
        if (will.topic.isEmpty())
            return p.fail(ReasonCode::TopicNameInvalid,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with an empty will topic (MQTT-4.7.3-1).")).arg(p.subject()));
        if (!p.binary(will.payload, QT_TRANSLATE_NOOP("Mqtt", "will payload")))
            return false;
    }
    if (hasUserName && !p.string(c.userName.emplace(), QT_TRANSLATE_NOOP("Mqtt", "user name")))
        return false;
    if (hasPassword && !p.binary(c.password.emplace(), QT_TRANSLATE_NOOP("Mqtt", "password")))
        return false;
    return p.expectEnd();
}

bool decodeConnAck(Parser &p, Packet &packet)
{
    ConnAck &a = packet.emplace<ConnAck>();
    quint8 flags = 0;
    if (!p.u8(flags, QT_TRANSLATE_NOOP("Mqtt", "acknowledge flags")))
        return false;
    if (flags & 0xFE)
        return p.fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with reserved bits set in its acknowledge flags (MQTT-3.2.2-1)."))
                .arg(p.subject()));
    a.sessionPresent = flags & 0x01;
    if (p.v5() && !a.sessionPresent && p.reader().remaining() == 1
        && *p.reader().position() == V311UnacceptableProtocolVersion) {
        // A broker that speaks only 3.1.1 answers an MQTT 5 CONNECT as 3.1.1 tells it to [MQTT-3.1.2-2]: with a
        // 3.1.1 CONNACK (no properties) and return code 1, "unacceptable protocol version". Read it as the MQTT 5
        // code for the same refusal, 0x84 Unsupported Protocol Version (as libmosquitto does), so that it is
        // explained and a client can fall back to 3.1.1, instead of a broken packet that is retried for ever.
        (void)p.rest();
        a.reasonCode = ReasonCode::UnsupportedProtocolVersion;
        return true;
    }
    if (p.v5()) {
        if (!readReasonCode(p, a.reasonCode, ConnAckCodes))
            return false;
    } else {
        if (!p.u8(a.reasonCode, QT_TRANSLATE_NOOP("Mqtt", "return code")))
            return false;
        if (a.reasonCode > 5)
            return p.fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt",
                               "%1 with the return code %2, which MQTT 3.1.1 does not define (section "
                               "3.2.2.3)."))
                    .arg(p.subject(), QString::number(a.reasonCode)));
    }
    if (a.sessionPresent && a.reasonCode != 0)
        return p.fail(ReasonCode::ProtocolError,
            translated(
                QT_TRANSLATE_NOOP("Mqtt", "%1 with Session Present set although it refuses the connection (%2)."))
                .arg(p.subject(), p.clause("MQTT-3.2.2-4", "MQTT-3.2.2-6")));
    if (p.v5() && !p.properties(a.properties, InConnAck))
        return false;
    return p.expectEnd();
}

bool decodePublish(Parser &p, quint8 flags, Packet &packet)
{
    Publish &pub = packet.emplace<Publish>();
    pub.qos = (flags >> 1) & 3;
    pub.dup = flags & 0x08;
    pub.retain = flags & 0x01;
    const Field topicField = QT_TRANSLATE_NOOP("Mqtt", "topic");
    QByteArrayView raw;
    if (!p.string(pub.topic, topicField, &raw) || !checkWildcards(p, raw, topicField, "MQTT-3.3.2-2"))
        return false;
    if (pub.qos > 0 && !p.packetId(pub.packetId))
        return false;
    if (p.v5() && !p.properties(pub.properties, InPublish))
        return false;
    if (pub.topic.isEmpty()) {
        if (!p.v5())
            return p.fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with an empty topic (MQTT-4.7.3-1).")).arg(p.subject()));
        if (!pub.properties.topicAlias)
            return p.fail(ReasonCode::ProtocolError,
                translated(
                    QT_TRANSLATE_NOOP("Mqtt", "%1 with an empty topic and no Topic Alias (MQTT 5.0 section 3.3.2.1)."))
                    .arg(p.subject()));
    }
    const QByteArrayView payload = p.rest();
    pub.payload = QByteArray(payload.data(), payload.size());
    return true;
}

bool decodePublishAck(Parser &p, Packet &packet)
{
    PublishAck &a = packet.emplace<PublishAck>();
    a.type = p.type();
    if (!p.packetId(a.packetId))
        return false;
    // 5.0: the reason code may be left out (meaning 0), and the property length too (MQTT 5.0 section 3.4.2.1).
    if (p.v5() && !p.reader().atEnd()) {
        const bool ackOrRec = a.type == PacketType::PubAck || a.type == PacketType::PubRec;
        if (!readReasonCode(p, a.reasonCode, ackOrRec ? PubAckCodes : PubRelCodes))
            return false;
        if (!p.reader().atEnd() && !p.properties(a.properties, InPublishAck))
            return false;
    }
    return p.expectEnd();
}

bool decodeSubscribe(Parser &p, Packet &packet)
{
    Subscribe &s = packet.emplace<Subscribe>();
    if (!p.packetId(s.packetId))
        return false;
    if (p.v5() && !p.properties(s.properties, InSubscribe))
        return false;
    if (p.reader().atEnd())
        return p.fail(ReasonCode::ProtocolError,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 without any topic filter (%2)."))
                .arg(p.subject(), p.clause("MQTT-3.8.3-3", "MQTT-3.8.3-2")));
    while (!p.reader().atEnd()) {
        Subscription &sub = s.subscriptions.emplace_back();
        quint8 options = 0;
        if (!p.string(sub.filter, QT_TRANSLATE_NOOP("Mqtt", "topic filter"))
            || !p.u8(options, QT_TRANSLATE_NOOP("Mqtt", "subscription options")))
            return false;
        if (options & (p.v5() ? 0xC0 : 0xFC))
            return p.fail(ReasonCode::MalformedPacket,
                translated(QT_TRANSLATE_NOOP(
                               "Mqtt", "%1 with reserved bits set in the options of the topic filter \"%2\" (%3)."))
                    .arg(p.subject(), sub.filter, p.clause("MQTT-3.8.3-4", "MQTT-3.8.3-5")));
        sub.options.maximumQoS = options & 3;
        if (sub.options.maximumQoS == 3)
            return p.fail(ReasonCode::MalformedPacket,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 asking for QoS 3 on the topic filter \"%2\" (%3)."))
                    .arg(p.subject(), sub.filter, p.clause("MQTT-3.8.3-4", "MQTT 5.0 section 3.8.3.1")));
        if (p.v5()) {
            sub.options.noLocal = options & 0x04;
            sub.options.retainAsPublished = options & 0x08;
            sub.options.retainHandling = (options >> 4) & 3;
            if (sub.options.retainHandling == 3)
                return p.fail(ReasonCode::ProtocolError,
                    translated(QT_TRANSLATE_NOOP("Mqtt",
                                   "%1 with Retain Handling 3 on the topic filter \"%2\" (MQTT 5.0 section 3.8.3.1)."))
                        .arg(p.subject(), sub.filter));
        }
        if (!isValidTopicFilter(sub.filter))
            return p.fail(ReasonCode::TopicFilterInvalid,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with the invalid topic filter \"%2\" (MQTT-4.7.1)."))
                    .arg(p.subject(), sub.filter));
        if (sub.options.noLocal && !sharedSubscriptionName(sub.filter).isEmpty())
            return p.fail(ReasonCode::ProtocolError,
                translated(
                    QT_TRANSLATE_NOOP("Mqtt", "%1 with No Local set on the shared subscription \"%2\" (MQTT-3.8.3-4)."))
                    .arg(p.subject(), sub.filter));
    }
    return true;
}

bool decodeSubAck(Parser &p, Packet &packet)
{
    SubAck &a = packet.emplace<SubAck>();
    if (!p.packetId(a.packetId))
        return false;
    if (p.v5() && !p.properties(a.properties, InSubAck))
        return false;
    const QByteArrayView codes = p.rest();
    if (codes.isEmpty())
        return p.fail(ReasonCode::ProtocolError,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 without any reason codes (%2)."))
                .arg(p.subject(), p.clause("MQTT 3.1.1 section 3.9.3", "MQTT 5.0 section 3.9.3")));
    const ReasonSet &allowed = p.v5() ? SubAckCodesV5 : SubAckCodesV3;
    a.reasonCodes.reserve(codes.size());
    for (char byte : codes) {
        const quint8 code = quint8(byte);
        if (!allowed.contains(code))
            return p.fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP(
                               "Mqtt", "%1 with the reason code 0x%2, which is not defined for that packet (%3)."))
                    .arg(p.subject(), hexByte(code), p.clause("MQTT-3.9.3-2", "MQTT 5.0 section 3.9.3")));
        a.reasonCodes.append(code);
    }
    return true;
}

bool decodeUnsubscribe(Parser &p, Packet &packet)
{
    Unsubscribe &u = packet.emplace<Unsubscribe>();
    if (!p.packetId(u.packetId))
        return false;
    if (p.v5() && !p.properties(u.properties, InUnsubscribe))
        return false;
    if (p.reader().atEnd())
        return p.fail(ReasonCode::ProtocolError,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 without any topic filter (MQTT-3.10.3-2).")).arg(p.subject()));
    while (!p.reader().atEnd()) {
        QString &filter = u.filters.emplace_back();
        if (!p.string(filter, QT_TRANSLATE_NOOP("Mqtt", "topic filter")))
            return false;
        if (!isValidTopicFilter(filter))
            return p.fail(ReasonCode::TopicFilterInvalid,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with the invalid topic filter \"%2\" (MQTT-4.7.1)."))
                    .arg(p.subject(), filter));
    }
    return true;
}

bool decodeUnsubAck(Parser &p, Packet &packet)
{
    UnsubAck &a = packet.emplace<UnsubAck>();
    if (!p.packetId(a.packetId))
        return false;
    if (!p.v5())
        return p.expectEnd();
    if (!p.properties(a.properties, InUnsubAck))
        return false;
    const QByteArrayView codes = p.rest();
    if (codes.isEmpty())
        return p.fail(ReasonCode::ProtocolError,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 without any reason codes (%2)."))
                .arg(p.subject(), QLatin1StringView("MQTT 5.0 section 3.11.3")));
    a.reasonCodes.reserve(codes.size());
    for (char byte : codes) {
        const quint8 code = quint8(byte);
        if (!UnsubAckCodes.contains(code))
            return p.fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP(
                               "Mqtt", "%1 with the reason code 0x%2, which is not defined for that packet (%3)."))
                    .arg(p.subject(), hexByte(code), QLatin1StringView("MQTT 5.0 section 3.11.3")));
        a.reasonCodes.append(code);
    }
    return true;
}

bool decodeDisconnect(Parser &p, Packet &packet)
{
    Disconnect &d = packet.emplace<Disconnect>();
    // 5.0: an empty packet means reason 0; the property length may be left out too (MQTT 5.0 section 3.14.2.1).
    if (p.v5() && !p.reader().atEnd()) {
        if (!readReasonCode(p, d.reasonCode, DisconnectCodes))
            return false;
        if (!p.reader().atEnd() && !p.properties(d.properties, InDisconnect))
            return false;
    }
    return p.expectEnd();
}

bool decodeAuth(Parser &p, Packet &packet)
{
    Auth &a = packet.emplace<Auth>();
    if (p.reader().atEnd())
        return true; // Success without properties (MQTT 5.0 section 3.15.2.1)
    if (!readReasonCode(p, a.reasonCode, AuthCodes) || !p.properties(a.properties, InAuth))
        return false;
    if (!a.properties.authenticationMethod)
        return p.fail(ReasonCode::ProtocolError,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 without an Authentication Method (MQTT 5.0 section 3.15.2.2.2)."))
                .arg(p.subject()));
    return p.expectEnd();
}

bool decodeBody(Parser &p, quint8 flags, Packet &packet)
{
    switch (p.type()) {
    case PacketType::Connect:
        return decodeConnect(p, packet);
    case PacketType::ConnAck:
        return decodeConnAck(p, packet);
    case PacketType::Publish:
        return decodePublish(p, flags, packet);
    case PacketType::PubAck:
    case PacketType::PubRec:
    case PacketType::PubRel:
    case PacketType::PubComp:
        return decodePublishAck(p, packet);
    case PacketType::Subscribe:
        return decodeSubscribe(p, packet);
    case PacketType::SubAck:
        return decodeSubAck(p, packet);
    case PacketType::Unsubscribe:
        return decodeUnsubscribe(p, packet);
    case PacketType::UnsubAck:
        return decodeUnsubAck(p, packet);
    case PacketType::PingReq:
        packet.emplace<PingReq>();
        return p.expectEnd();
    case PacketType::PingResp:
        packet.emplace<PingResp>();
        return p.expectEnd();
    case PacketType::Disconnect:
        return decodeDisconnect(p, packet);
    case PacketType::Auth:
        return decodeAuth(p, packet);
    case PacketType::Reserved:
        break;
    }
    return false; // rejected by checkFirstByte before
}

} // namespace

Decoder::Decoder(Role role, ProtocolVersion version)
    : m_role(role)
    , m_version(version)
{
}

namespace {

void setMalformed(DecodeResult &result, const Parser &p)
{
    result.status = DecodeResult::Status::Malformed;
    result.reasonCode = p.failureCode();
    result.error = p.failureMessage();
}

void decodePacket(DecodeResult &result, QByteArrayView bytes, Role role, ProtocolVersion version,
    quint32 maximumPacketSize, quint16 topicAliasMaximum, bool recordPropertyOrder)
{
    const qsizetype available = bytes.size();
    if (available == 0)
        return;
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const auto type = PacketType(data[0] >> 4);
    const quint8 flags = data[0] & 0x0F;

    // The Remaining Length: need its last byte (one without the continuation bit), or four bytes to call it too long.
    qsizetype lengthEnd = 1;
    while (lengthEnd < available && lengthEnd < 5 && (data[lengthEnd] & 0x80))
        ++lengthEnd;
    Parser header(data + 1, data + qMin<qsizetype>(available, 5), role, version, type, topicAliasMaximum);
    if (!checkFirstByte(header, role, flags))
        return setMalformed(result, header);
    if (lengthEnd < 5 && lengthEnd == available)
        return; // NeedMore
    quint32 remainingLength = 0;
    if (!header.vbi(remainingLength, QT_TRANSLATE_NOOP("Mqtt", "remaining length")))
        return setMalformed(result, header);
    const qsizetype headerSize = header.reader().position() - data;
    const quint64 total = quint64(headerSize) + remainingLength;
    if (maximumPacketSize != 0 && total > maximumPacketSize) {
        header.fail(ReasonCode::PacketTooLarge,
            translated(QT_TRANSLATE_NOOP(
                           "Mqtt", "%1 of %2, larger than the maximum packet size of %3 accepted on this connection."))
                .arg(header.subject(), Parser::byteCount(total), Parser::byteCount(maximumPacketSize)));
        return setMalformed(result, header);
    }
    if (quint64(available) < total)
        return; // NeedMore

    Parser body(data + headerSize, data + total, role, version, type, topicAliasMaximum);
    body.setRecordPropertyOrder(recordPropertyOrder);
    if (!decodeBody(body, flags, result.packet))
        return setMalformed(result, body);
    result.status = DecodeResult::Status::Complete;
    result.consumed = qsizetype(total);
}

} // namespace

DecodeResult Decoder::decode(QByteArrayView bytes) const
{
    // Starts from a trivially destructible alternative, not the default (a CONNECT, the largest one).
    DecodeResult result { DecodeResult::Status::NeedMore, Packet(std::in_place_type<PingReq>), 0, 0, QString() };
    decodePacket(result, bytes, m_role, m_version, m_maximumPacketSize, m_topicAliasMaximum, m_recordPropertyOrder);
    return result;
}

} // namespace Mqtt
