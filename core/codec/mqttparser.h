// SPDX-License-Identifier: MIT
#pragma once

// Internal to the codec: reads the fields of one packet whose bytes have all arrived, and on the first violation
// records a reason code and one human sentence ("The server sent a PUBLISH whose topic ...").

#include "codec/mqttcodec.h"
#include "codec/mqttproperties.h"
#include "codec/mqttwire.h"

namespace Mqtt::Detail {

// What a field is called in error messages: a translatable noun (marked with QT_TRANSLATE_NOOP("Mqtt", ...)) or a
// property named as in the spec.
struct Field {
    Field(const char *noun)
        : text(noun)
    {
    }
    static Field property(const PropertyInfo &info)
    {
        Field field(nullptr);
        field.propertyName = info.name;
        return field;
    }
    QString name() const;

    const char *text = nullptr;
    const char *propertyName = nullptr;
};

class Parser {
public:
    Parser(const uchar *begin, const uchar *end, Role role, ProtocolVersion version, PacketType type,
        quint16 topicAliasMaximum);

    Role role() const { return m_role; }
    ProtocolVersion version() const { return m_version; }
    void setVersion(ProtocolVersion version) { m_version = version; }
    bool v5() const { return m_version == ProtocolVersion::V5; }
    PacketType type() const { return m_type; }
    Wire::Reader &reader() { return m_reader; }
    void setRecordPropertyOrder(bool on) { m_recordPropertyOrder = on; }

    bool u8(quint8 &value, Field field);
    bool u16(quint16 &value, Field field);
    bool vbi(quint32 &value, Field field);
    // A non-zero Packet Identifier (MQTT-2.3.1-1 in 3.1.1, MQTT-2.2.1-3 in 5.0).
    bool packetId(quint16 &value);
    // A UTF-8 Encoded String, validated (MQTT-1.5.4-1..2 in 5.0, MQTT-1.5.3-1..2 in 3.1.1).
    // raw, if given, receives the string's UTF-8 bytes.
    bool string(QString &out, Field field, QByteArrayView *raw = nullptr);
    bool binary(QByteArray &out, Field field);
    // Property Length and the list (5.0), checked against the place and the value rules of every property.
    bool properties(Properties &out, PropertyPlace place);
    // Fails unless every byte of the remaining length has been read.
    bool expectEnd();
    QByteArrayView rest() { return m_reader.rest(); }

    // Records the failure and returns false, so checks read `if (bad) return p.fail(...);`.
    bool fail(quint8 reasonCode, const QString &message);
    bool failTruncated(Field field);
    quint8 failureCode() const { return m_failureCode; }
    const QString &failureMessage() const { return m_failureMessage; }

    // "The server sent a PUBLISH" / "The client sent an UNSUBSCRIBE": the start of every message.
    QString subject() const;
    // Picks the conformance statement of the version at hand.
    QLatin1StringView clause(const char *v311, const char *v5) const;

    // The codec's sentences, marked QT_TRANSLATE_NOOP("Mqtt", ...). Not named tr(): lupdate does not look for
    // marked text inside a call named tr(), so those sentences never reached the .ts files.
    static QString translated(const char *text);
    // A sentence with a plural form for n: translated(QT_TRANSLATE_N_NOOP("Mqtt", "%n byte(s)"), n).
    static QString translated(const char *text, int n);
    // "1 byte", "2 bytes" (unlocalized digits, as the codec's other figures).
    static QString byteCount(quint64 bytes);
    static QString packetName(PacketType type); // "a PUBLISH", "an AUTH", translated

private:
    bool property(Properties &out, PropertyPlace place, quint64 &seen);
    bool byteProperty(std::optional<quint8> &out, const PropertyInfo &info, quint8 maximum);
    bool twoByteProperty(std::optional<quint16> &out, const PropertyInfo &info, bool zeroAllowed);
    bool fourByteProperty(std::optional<quint32> &out, const PropertyInfo &info, bool zeroAllowed);
    bool stringProperty(std::optional<QString> &out, const PropertyInfo &info);
    bool binaryProperty(std::optional<QByteArray> &out, const PropertyInfo &info);
    bool failValue(const PropertyInfo &info, quint32 value);

    Wire::Reader m_reader;
    Role m_role;
    ProtocolVersion m_version;
    PacketType m_type;
    quint16 m_topicAliasMaximum;
    bool m_recordPropertyOrder = false;
    quint8 m_failureCode = 0;
    QString m_failureMessage;
};

} // namespace Mqtt::Detail
