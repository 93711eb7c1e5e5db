// SPDX-License-Identifier: MIT
#include "codec/mqttparser.h"

#include "common/pluralcount.h"

#include <QCoreApplication>

namespace Mqtt::Detail {

using Wire::Reader;

QString Field::name() const
{
    if (propertyName)
        return Parser::translated(QT_TRANSLATE_NOOP("Mqtt", "%1 property")).arg(QLatin1StringView(propertyName));
    return Parser::translated(text);
}

Parser::Parser(const uchar *begin, const uchar *end, Role role, ProtocolVersion version, PacketType type,
    quint16 topicAliasMaximum)
    : m_reader(begin, end)
    , m_role(role)
    , m_version(version)
    , m_type(type)
    , m_topicAliasMaximum(topicAliasMaximum)
{
}

QString Parser::translated(const char *text)
{
    return QCoreApplication::translate("Mqtt", text);
}

QString Parser::translated(const char *text, int n)
{
    return QCoreApplication::translate("Mqtt", text, nullptr, n);
}

QString Parser::byteCount(quint64 bytes)
{
    return translated(QT_TRANSLATE_N_NOOP("Mqtt", "%1 byte(s)"), Canopy::pluralCount(bytes)).arg(bytes);
}

QString Parser::packetName(PacketType type)
{
    switch (type) {
    case PacketType::Reserved:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a packet of the reserved type 0"));
    case PacketType::Connect:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a CONNECT"));
    case PacketType::ConnAck:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a CONNACK"));
    case PacketType::Publish:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a PUBLISH"));
    case PacketType::PubAck:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a PUBACK"));
    case PacketType::PubRec:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a PUBREC"));
    case PacketType::PubRel:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a PUBREL"));
    case PacketType::PubComp:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a PUBCOMP"));
    case PacketType::Subscribe:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a SUBSCRIBE"));
    case PacketType::SubAck:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a SUBACK"));
    case PacketType::Unsubscribe:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "an UNSUBSCRIBE"));
    case PacketType::UnsubAck:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "an UNSUBACK"));
    case PacketType::PingReq:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a PINGREQ"));
    case PacketType::PingResp:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a PINGRESP"));
    case PacketType::Disconnect:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "a DISCONNECT"));
    case PacketType::Auth:
        return translated(QT_TRANSLATE_NOOP("Mqtt", "an AUTH"));
    }
    return translated(QT_TRANSLATE_NOOP("Mqtt", "a packet"));
}

QString Parser::subject() const
{
    const QString name = packetName(m_type);
    return m_role == Role::Client ? translated(QT_TRANSLATE_NOOP("Mqtt", "The server sent %1")).arg(name)
                                  : translated(QT_TRANSLATE_NOOP("Mqtt", "The client sent %1")).arg(name);
}

QLatin1StringView Parser::clause(const char *v311, const char *v5) const
{
    return QLatin1StringView(m_version == ProtocolVersion::V5 ? v5 : v311);
}

bool Parser::fail(quint8 reasonCode, const QString &message)
{
    m_failureCode = reasonCode;
    m_failureMessage = message;
    return false;
}

bool Parser::failTruncated(Field field)
{
    return fail(ReasonCode::MalformedPacket,
        translated(QT_TRANSLATE_NOOP("Mqtt", "%1 that ends before its %2 (its remaining length is too short)."))
            .arg(subject(), field.name()));
}

bool Parser::u8(quint8 &value, Field field)
{
    return m_reader.u8(value) || failTruncated(field);
}

bool Parser::u16(quint16 &value, Field field)
{
    return m_reader.u16(value) || failTruncated(field);
}

bool Parser::vbi(quint32 &value, Field field)
{
    switch (m_reader.vbi(value)) {
    case Reader::VbiStatus::Ok:
        return true;
    case Reader::VbiStatus::Truncated:
        return failTruncated(field);
    case Reader::VbiStatus::TooLong:
        return fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 whose %2 is a Variable Byte Integer longer than 4 bytes (%3)."))
                .arg(subject(), field.name(), clause("MQTT 3.1.1 section 2.2.3", "MQTT-1.5.5")));
    case Reader::VbiStatus::NonMinimal:
        return fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 whose %2 is not encoded in the fewest bytes possible (%3)."))
                .arg(subject(), field.name(), clause("MQTT 3.1.1 section 2.2.3", "MQTT-1.5.5-1")));
    }
    return false;
}

bool Parser::packetId(quint16 &value)
{
    if (!u16(value, QT_TRANSLATE_NOOP("Mqtt", "packet identifier")))
        return false;
    if (value == 0)
        return fail(ReasonCode::ProtocolError,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with packet identifier 0, which is reserved (%2)."))
                .arg(subject(), clause("MQTT-2.3.1-1", "MQTT-2.2.1-3")));
    return true;
}

namespace {
QString fromValidUtf8(const uchar *data, qsizetype size, bool ascii)
{
    const char *chars = reinterpret_cast<const char *>(data);
    return ascii ? QString::fromLatin1(chars, size) : QString::fromUtf8(chars, size);
}
} // namespace

bool Parser::string(QString &out, Field field, QByteArrayView *raw)
{
    const uchar *data = nullptr;
    qsizetype size = 0;
    switch (m_reader.block(data, size)) {
    case Reader::BlockStatus::Ok:
        break;
    case Reader::BlockStatus::NoLength:
        return failTruncated(field);
    case Reader::BlockStatus::Overrun:
        return fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 whose %2 is longer than the rest of the packet."))
                .arg(subject(), field.name()));
    }
    bool ascii = true;
    switch (Wire::validateUtf8(data, size, ascii)) {
    case Wire::Utf8Status::Valid:
        break;
    case Wire::Utf8Status::Ill:
        return fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 whose %2 is not well-formed UTF-8 (%3)."))
                .arg(subject(), field.name(), clause("MQTT-1.5.3-1", "MQTT-1.5.4-1")));
    case Wire::Utf8Status::Surrogate:
        return fail(ReasonCode::MalformedPacket,
            translated(
                QT_TRANSLATE_NOOP("Mqtt", "%1 whose %2 contains an encoded UTF-16 surrogate (U+D800..U+DFFF) (%3)."))
                .arg(subject(), field.name(), clause("MQTT-1.5.3-1", "MQTT-1.5.4-1")));
    case Wire::Utf8Status::Null:
        return fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt", "%1 whose %2 contains the null character U+0000 (%3)."))
                .arg(subject(), field.name(), clause("MQTT-1.5.3-2", "MQTT-1.5.4-2")));
    }
    out = fromValidUtf8(data, size, ascii);
    if (raw)
        *raw = QByteArrayView(data, size);
    return true;
}

bool Parser::binary(QByteArray &out, Field field)
{
    const uchar *data = nullptr;
    qsizetype size = 0;
    switch (m_reader.block(data, size)) {
    case Reader::BlockStatus::Ok:
        out = QByteArray(reinterpret_cast<const char *>(data), size);
        return true;
    case Reader::BlockStatus::NoLength:
        return failTruncated(field);
    case Reader::BlockStatus::Overrun:
        break;
    }
    return fail(ReasonCode::MalformedPacket,
        translated(QT_TRANSLATE_NOOP("Mqtt", "%1 whose %2 is longer than the rest of the packet."))
            .arg(subject(), field.name()));
}

bool Parser::expectEnd()
{
    const qsizetype extra = m_reader.remaining();
    if (extra == 0)
        return true;
    return fail(ReasonCode::MalformedPacket,
        translated(
            QT_TRANSLATE_N_NOOP("Mqtt",
                "%1 with %n unexpected byte(s) after its contents (its remaining length does not match its contents)."),
            int(extra))
            .arg(subject()));
}

bool Parser::properties(Properties &out, PropertyPlace place)
{
    quint32 length = 0;
    if (!vbi(length, QT_TRANSLATE_NOOP("Mqtt", "property length")))
        return false;
    if (length > quint64(m_reader.remaining()))
        return fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt",
                           "%1 whose property length (%2) runs past the end of the packet (MQTT 5.0 section 2.2.2.1)."))
                .arg(subject(), byteCount(length)));
    const uchar *const packetEnd = m_reader.end();
    m_reader.setEnd(m_reader.position() + length);
    quint64 seen = 0;
    bool ok = true;
    while (ok && !m_reader.atEnd())
        ok = property(out, place, seen);
    m_reader.setEnd(packetEnd);
    return ok;
}

bool Parser::failValue(const PropertyInfo &info, quint32 value)
{
    return fail(ReasonCode::ProtocolError,
        translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with %2 %3, a value the specification does not allow."))
            .arg(subject(), QLatin1StringView(info.name), QString::number(value)));
}

bool Parser::byteProperty(std::optional<quint8> &out, const PropertyInfo &info, quint8 maximum)
{
    quint8 value = 0;
    if (!u8(value, Field::property(info)))
        return false;
    if (value > maximum)
        return failValue(info, value);
    out = value;
    return true;
}

bool Parser::twoByteProperty(std::optional<quint16> &out, const PropertyInfo &info, bool zeroAllowed)
{
    quint16 value = 0;
    if (!u16(value, Field::property(info)))
        return false;
    if (value == 0 && !zeroAllowed)
        return failValue(info, value);
    out = value;
    return true;
}

bool Parser::fourByteProperty(std::optional<quint32> &out, const PropertyInfo &info, bool zeroAllowed)
{
    quint32 value = 0;
    if (!m_reader.u32(value))
        return failTruncated(Field::property(info));
    if (value == 0 && !zeroAllowed)
        return failValue(info, value);
    out = value;
    return true;
}

bool Parser::stringProperty(std::optional<QString> &out, const PropertyInfo &info)
{
    QString value;
    if (!string(value, Field::property(info)))
        return false;
    out = std::move(value);
    return true;
}

bool Parser::binaryProperty(std::optional<QByteArray> &out, const PropertyInfo &info)
{
    QByteArray value;
    if (!binary(value, Field::property(info)))
        return false;
    out = std::move(value);
    return true;
}

bool Parser::property(Properties &out, PropertyPlace place, quint64 &seen)
{
    quint32 id = 0;
    if (!vbi(id, QT_TRANSLATE_NOOP("Mqtt", "property identifier")))
        return false;
    const PropertyInfo &info = propertyInfo(id);
    if (info.kind == PropertyKind::Unknown)
        return fail(ReasonCode::MalformedPacket,
            translated(
                QT_TRANSLATE_NOOP("Mqtt", "%1 with the unknown property identifier 0x%2 (MQTT 5.0 section 2.2.2.2)."))
                .arg(subject(), QString::number(id, 16).rightJustified(2, u'0')));
    if (!(info.places & place)) {
        const QString where = place == InWill ? translated(QT_TRANSLATE_NOOP("Mqtt", "its will properties"))
                                              : translated(QT_TRANSLATE_NOOP("Mqtt", "that packet"));
        return fail(ReasonCode::MalformedPacket,
            translated(QT_TRANSLATE_NOOP("Mqtt",
                           "%1 carrying the %2 property, which may not appear in %3 "
                           "(MQTT 5.0 section 2.2.2.2)."))
                .arg(subject(), QLatin1StringView(info.name), where));
    }
    if (!info.repeatable) {
        const quint64 bit = quint64(1) << id;
        if (seen & bit)
            return fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 carrying the %2 property more than once."))
                    .arg(subject(), QLatin1StringView(info.name)));
        seen |= bit;
    }
    if (m_recordPropertyOrder)
        out.arrivalOrder.ids.append(char(id));

    using namespace PropertyId;
    switch (id) {
    case PayloadFormatIndicator:
        return byteProperty(out.payloadFormatIndicator, info, 1);
    case MessageExpiryInterval:
        return fourByteProperty(out.messageExpiryInterval, info, true);
    case ContentType:
        return stringProperty(out.contentType, info);
    case ResponseTopic: {
        QString topic;
        if (!string(topic, Field::property(info)))
            return false;
        if (topic.contains(u'+') || topic.contains(u'#'))
            return fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 whose Response Topic contains a wildcard (MQTT-3.3.2-14)."))
                    .arg(subject()));
        out.responseTopic = std::move(topic);
        return true;
    }
    case CorrelationData:
        return binaryProperty(out.correlationData, info);
    case SubscriptionIdentifier: {
        quint32 value = 0;
        if (!vbi(value, Field::property(info)))
            return false;
        if (value == 0)
            return failValue(info, value);
        if (place == InSubscribe && !out.subscriptionIdentifiers.isEmpty())
            return fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 carrying the %2 property more than once."))
                    .arg(subject(), QLatin1StringView(info.name)));
        if (place == InPublish && m_role == Role::Server)
            return fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt",
                               "%1 carrying a Subscription Identifier, which only a server may send "
                               "(MQTT-3.3.4-6)."))
                    .arg(subject()));
        out.subscriptionIdentifiers.append(value);
        return true;
    }
    case SessionExpiryInterval:
        if (place == InDisconnect && m_role == Role::Client)
            return fail(ReasonCode::ProtocolError,
                translated(QT_TRANSLATE_NOOP("Mqtt",
                               "%1 carrying a Session Expiry Interval, which only a client may send "
                               "in a DISCONNECT (MQTT-3.14.2-2)."))
                    .arg(subject()));
        return fourByteProperty(out.sessionExpiryInterval, info, true);
    case AssignedClientIdentifier:
        return stringProperty(out.assignedClientIdentifier, info);
    case ServerKeepAlive:
        return twoByteProperty(out.serverKeepAlive, info, true);
    case AuthenticationMethod:
        return stringProperty(out.authenticationMethod, info);
    case AuthenticationData:
        return binaryProperty(out.authenticationData, info);
    case RequestProblemInformation:
        return byteProperty(out.requestProblemInformation, info, 1);
    case WillDelayInterval:
        return fourByteProperty(out.willDelayInterval, info, true);
    case RequestResponseInformation:
        return byteProperty(out.requestResponseInformation, info, 1);
    case ResponseInformation:
        return stringProperty(out.responseInformation, info);
    case ServerReference:
        return stringProperty(out.serverReference, info);
    case ReasonString:
        return stringProperty(out.reasonString, info);
    case ReceiveMaximum:
        return twoByteProperty(out.receiveMaximum, info, false);
    case TopicAliasMaximum:
        return twoByteProperty(out.topicAliasMaximum, info, true);
    case TopicAlias: {
        quint16 alias = 0;
        if (!u16(alias, Field::property(info)))
            return false;
        if (alias == 0 || alias > m_topicAliasMaximum) {
            const QString limit = m_topicAliasMaximum == 0
                ? translated(QT_TRANSLATE_NOOP("Mqtt", "no topic aliases are accepted on this connection"))
                : translated(QT_TRANSLATE_NOOP("Mqtt", "the aliases accepted on this connection are 1 to %1"))
                      .arg(m_topicAliasMaximum);
            return fail(ReasonCode::TopicAliasInvalid,
                translated(QT_TRANSLATE_NOOP("Mqtt", "%1 with Topic Alias %2, but %3 (MQTT 5.0 section 3.3.2.3.4)."))
                    .arg(subject(), QString::number(alias), limit));
        }
        out.topicAlias = alias;
        return true;
    }
    case MaximumQoS:
        return byteProperty(out.maximumQoS, info, 1);
    case RetainAvailable:
        return byteProperty(out.retainAvailable, info, 1);
    case PropertyId::UserProperty: {
        Mqtt::UserProperty user;
        if (!string(user.name, QT_TRANSLATE_NOOP("Mqtt", "user property name"))
            || !string(user.value, QT_TRANSLATE_NOOP("Mqtt", "user property value")))
            return false;
        out.userProperties.append(std::move(user));
        return true;
    }
    case MaximumPacketSize:
        return fourByteProperty(out.maximumPacketSize, info, false);
    case WildcardSubscriptionAvailable:
        return byteProperty(out.wildcardSubscriptionAvailable, info, 1);
    case SubscriptionIdentifierAvailable:
        return byteProperty(out.subscriptionIdentifierAvailable, info, 1);
    case SharedSubscriptionAvailable:
        return byteProperty(out.sharedSubscriptionAvailable, info, 1);
    default:
        break;
    }
    // Every identifier in the table is handled above.
    return fail(ReasonCode::MalformedPacket,
        translated(
            QT_TRANSLATE_NOOP("Mqtt", "%1 with the unknown property identifier 0x%2 (MQTT 5.0 section 2.2.2.2)."))
            .arg(subject(), QString::number(id, 16)));
}

} // namespace Mqtt::Detail
