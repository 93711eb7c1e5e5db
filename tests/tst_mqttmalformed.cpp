// SPDX-License-Identifier: MIT
// Every class of malformed packet the decoder must refuse, written byte by byte from MQTT 3.1.1 and 5.0, with the
// reason code a 5.0 DISCONNECT would carry and a piece of the sentence the user reads.

#include "codec/mqttcodec.h"
#include "common/translations.h"
#include "mqttwirebytes.h"

#include <QTest>

using namespace Mqtt;
using namespace Qt::StringLiterals;
using TestWire::bytes;

Q_DECLARE_METATYPE(Mqtt::ProtocolVersion)
Q_DECLARE_METATYPE(Mqtt::Role)

namespace {

constexpr auto V311 = ProtocolVersion::V311;
constexpr auto V5 = ProtocolVersion::V5;
constexpr auto Client = Role::Client; // decodes what a server sends
constexpr auto Server = Role::Server; // decodes what a client sends

constexpr quint8 Malformed = ReasonCode::MalformedPacket;
constexpr quint8 Protocol = ReasonCode::ProtocolError;

constexpr quint16 AliasMaximum = 10;

void bad(const QByteArray &name, Role role, ProtocolVersion version, const QByteArray &wire, quint8 code,
    const QString &needle, quint32 maximumPacketSize = 0, quint16 aliasMaximum = AliasMaximum)
{
    QTest::newRow(name.constData()) << role << version << wire << int(code) << needle << maximumPacketSize
                                    << int(aliasMaximum);
}

// The same bytes are malformed under both versions.
void badInBoth(const QByteArray &name, Role role, const QByteArray &wire, quint8 code, const QString &needle)
{
    bad(name + " (3.1.1)", role, V311, wire, code, needle);
    bad(name + " (5.0)", role, V5, wire, code, needle);
}

// The same violation, spelled for each version (5.0 adds a property length).
void badInBoth(const QByteArray &name, Role role, const QByteArray &wireV311, const QByteArray &wireV5, quint8 code,
    const QString &needle)
{
    bad(name + " (3.1.1)", role, V311, wireV311, code, needle);
    bad(name + " (5.0)", role, V5, wireV5, code, needle);
}

} // namespace

class TestMqttMalformed : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); } // "1 byte", "2 bytes"
    void rejects_data();
    void rejects();
    void rejectsTooLargeBeforeTheBytesArrive();
    void rejectsBadFirstByteAlone();
};

void TestMqttMalformed::rejects_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("reasonCode");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<quint32>("maximumPacketSize");
    QTest::addColumn<int>("aliasMaximum");

    // ---- Remaining Length / Variable Byte Integer (3.1.1 2.2.3, 5.0 1.5.5) ----
    badInBoth("MQTT-1.5.5 remaining length continues past 4 bytes", Client, bytes("30 ff ff ff ff 01"), Malformed,
        u"longer than 4 bytes"_s);
    badInBoth("MQTT-1.5.5-1 remaining length 0 in two bytes", Client, bytes("d0 80 00"), Malformed, u"fewest bytes"_s);
    badInBoth(
        "MQTT-1.5.5-1 remaining length 127 in two bytes", Client, bytes("30 ff 00"), Malformed, u"fewest bytes"_s);
    bad("MQTT-1.5.5-1 property length 0 in two bytes", Client, V5, bytes("40 05 00 01 00 80 00"), Malformed,
        u"property length is not encoded in the fewest bytes"_s);
    bad("MQTT-1.5.5-1 subscription identifier 1 in two bytes", Client, V5, bytes("30 07 00 01 't' 03 0b 81 00"),
        Malformed, u"Subscription Identifier property is not encoded in the fewest bytes"_s);

    // ---- Truncated or inconsistent contents ----
    badInBoth("MQTT-2.3.1 PUBACK too short for its packet identifier", Client, bytes("40 01 00"), Malformed,
        u"ends before its packet identifier"_s);
    bad("MQTT-3.4.1 PUBACK 3.1.1 with a byte after its packet identifier", Client, V311, bytes("40 03 00 01 00"),
        Malformed, u"1 unexpected byte"_s);
    badInBoth("MQTT-3.3.2 PUBLISH topic length overruns the packet", Client, bytes("30 04 00 05 'ab'"), Malformed,
        u"topic is longer than the rest of the packet"_s);
    badInBoth("MQTT-3.13 PINGRESP with a payload", Client, bytes("d0 01 00"), Malformed, u"unexpected byte"_s);
    badInBoth("MQTT-3.12 PINGREQ with a payload", Server, bytes("c0 02 00 00"), Malformed, u"2 unexpected bytes"_s);
    bad("MQTT-3.2 CONNACK 3.1.1 with remaining length 3", Client, V311, bytes("20 03 00 00 00"), Malformed,
        u"unexpected byte"_s);
    bad("MQTT-3.2 CONNACK 3.1.1 with remaining length 1", Client, V311, bytes("20 01 00"), Malformed,
        u"ends before its return code"_s);
    bad("MQTT 5.0 3.2.2.3.1 CONNACK without a property length", Client, V5, bytes("20 02 00 00"), Malformed,
        u"ends before its property length"_s);
    bad("MQTT-3.11 UNSUBACK 3.1.1 with reason codes", Client, V311, bytes("b0 03 00 01 00"), Malformed,
        u"unexpected byte"_s);
    bad("MQTT-3.14 DISCONNECT 3.1.1 with a reason code", Server, V311, bytes("e0 01 00"), Malformed,
        u"unexpected byte"_s);
    bad("MQTT 5.0 2.2.2.1 property length overruns the packet", Client, V5, bytes("40 05 00 01 00 05 1f"), Malformed,
        u"property length (5 bytes) runs past the end"_s);
    bad("MQTT 5.0 2.2.2.1 property value overruns the property list", Client, V5,
        bytes("40 08 00 01 00 03 1f 00 05 'ab'"), Malformed, u"Reason String property is longer than the rest"_s);
    bad("MQTT 5.0 3.1.2 CONNECT ends inside its user name", Server, V5,
        bytes("10 11 00 04 'MQTT' 05 80 00 3c 00 00 01 'c' 00 05 'u'"), Malformed,
        u"user name is longer than the rest"_s);
    bad("MQTT 3.1.1 3.1.3 CONNECT with bytes after its payload", Server, V311,
        bytes("10 0e 00 04 'MQTT' 04 02 00 3c 00 01 'c' 00"), Malformed, u"1 unexpected byte"_s);

    // ---- Fixed header flags ----
    badInBoth("MQTT-2.2.2-2 PUBACK with reserved flags set", Client, bytes("41 02 00 01"), Malformed,
        u"fixed header flags are 0x1 instead of 0x0"_s);
    badInBoth("MQTT-2.2.2-2 CONNACK with reserved flags set", Client, bytes("28 02 00 00"), Malformed,
        u"fixed header flags are 0x8 instead of 0x0"_s);
    badInBoth("MQTT-2.2.2-2 PINGRESP with reserved flags set", Client, bytes("df 00"), Malformed, u"instead of 0x0"_s);
    badInBoth("MQTT-3.3.1-4 PUBLISH with QoS 3", Client, bytes("36 05 00 01 't' 00 01"), Malformed, u"QoS 3"_s);
    badInBoth("MQTT-3.3.1-2 PUBLISH with DUP on QoS 0", Server, bytes("38 03 00 01 't'"), Malformed,
        u"DUP flag set on a QoS 0 message"_s);
    badInBoth("MQTT-3.6.1-1 PUBREL with flags 0", Client, bytes("60 02 00 01"), Malformed,
        u"fixed header flags are 0x0 instead of 0x2"_s);
    badInBoth("MQTT-3.8.1-1 SUBSCRIBE with flags 0", Server, bytes("80 06 00 01 00 01 'a' 00"), Malformed,
        u"fixed header flags are 0x0 instead of 0x2"_s);
    badInBoth("MQTT-3.10.1-1 UNSUBSCRIBE with flags 3", Server, bytes("a3 05 00 01 00 01 'a'"), Malformed,
        u"fixed header flags are 0x3 instead of 0x2"_s);

    // ---- Packet types the role never receives ----
    badInBoth("MQTT 2.2.1 reserved type 0 sent by the server", Client, bytes("00 00"), Malformed, u"reserved type 0"_s);
    badInBoth("MQTT 2.2.1 reserved type 0 sent by the client", Server, bytes("00 00"), Malformed, u"reserved type 0"_s);
    badInBoth("MQTT-3.1 CONNECT sent by the server", Client, bytes("10 0d 00 04 'MQTT' 04 02 00 3c 00 01 'c'"),
        Protocol, u"only a client may send"_s);
    badInBoth("MQTT-3.8 SUBSCRIBE sent by the server", Client, bytes("82 06 00 01 00 01 'a' 00"), Protocol,
        u"only a client may send"_s);
    badInBoth("MQTT-3.10 UNSUBSCRIBE sent by the server", Client, bytes("a2 05 00 01 00 01 'a'"), Protocol,
        u"only a client may send"_s);
    badInBoth("MQTT-3.12 PINGREQ sent by the server", Client, bytes("c0 00"), Protocol, u"only a client may send"_s);
    badInBoth(
        "MQTT-3.2 CONNACK sent by the client", Server, bytes("20 02 00 00"), Protocol, u"only a server may send"_s);
    badInBoth(
        "MQTT-3.9 SUBACK sent by the client", Server, bytes("90 03 00 01 00"), Protocol, u"only a server may send"_s);
    badInBoth(
        "MQTT-3.11 UNSUBACK sent by the client", Server, bytes("b0 02 00 01"), Protocol, u"only a server may send"_s);
    badInBoth("MQTT-3.13 PINGRESP sent by the client", Server, bytes("d0 00"), Protocol, u"only a server may send"_s);
    bad("MQTT 3.1.1 2.2.1 AUTH (type 15) under 3.1.1 from the server", Client, V311, bytes("f0 00"), Malformed,
        u"exists only in MQTT 5.0"_s);
    bad("MQTT 3.1.1 2.2.1 AUTH (type 15) under 3.1.1 from the client", Server, V311, bytes("f0 00"), Malformed,
        u"exists only in MQTT 5.0"_s);

    // ---- UTF-8 Encoded Strings (3.1.1 1.5.3, 5.0 1.5.4) ----
    badInBoth("MQTT-1.5.4-1 topic with a byte that is never UTF-8", Client, bytes("30 05 00 03 'a' ff 'b'"), Malformed,
        u"topic is not well-formed UTF-8"_s);
    badInBoth("MQTT-1.5.4-1 topic with an overlong '/'", Client, bytes("30 04 00 02 c0 af"), Malformed,
        u"not well-formed UTF-8"_s);
    badInBoth("MQTT-1.5.4-1 topic ending inside a three-byte sequence", Client, bytes("30 05 00 03 'a' e2 82"),
        Malformed, u"not well-formed UTF-8"_s);
    badInBoth("MQTT-1.5.4-1 topic with a code point above U+10FFFF", Client, bytes("30 06 00 04 f4 90 80 80"),
        Malformed, u"not well-formed UTF-8"_s);
    badInBoth("MQTT-1.5.4-1 topic with a lone continuation byte", Server, bytes("30 04 00 02 'a' 80"), Malformed,
        u"not well-formed UTF-8"_s);
    badInBoth("MQTT-1.5.4-2 topic with U+0000", Client, bytes("30 05 00 03 'a' 00 'b'"), Malformed,
        u"null character U+0000"_s);
    badInBoth("MQTT-1.5.4-1 topic with the encoded surrogate U+D800", Client, bytes("30 05 00 03 ed a0 80"), Malformed,
        u"encoded UTF-16 surrogate"_s);
    badInBoth("MQTT-1.5.4-1 topic with the encoded surrogate U+DFFF", Server, bytes("30 06 00 04 'a' ed bf bf"),
        Malformed, u"encoded UTF-16 surrogate"_s);
    bad("MQTT-1.5.3-1 CONNECT client identifier with an encoded surrogate (3.1.1)", Server, V311,
        bytes("10 0f 00 04 'MQTT' 04 02 00 3c 00 03 ed a0 80"), Malformed,
        u"client identifier contains an encoded UTF-16 surrogate"_s);
    bad("MQTT-1.5.4-1 CONNECT client identifier with an encoded surrogate (5.0)", Server, V5,
        bytes("10 10 00 04 'MQTT' 05 02 00 3c 00 00 03 ed a0 80"), Malformed,
        u"client identifier contains an encoded UTF-16 surrogate"_s);
    bad("MQTT-1.5.4-1 user property name with an encoded surrogate", Client, V5,
        bytes("30 0c 00 01 't' 08 26 00 03 ed b0 80 00 00"), Malformed,
        u"user property name contains an encoded UTF-16 surrogate"_s);
    bad("MQTT-1.5.4-2 reason string with U+0000", Client, V5, bytes("40 09 00 01 80 05 1f 00 02 'a' 00"), Malformed,
        u"Reason String property contains the null character"_s);
    bad("MQTT-1.5.3-1 will topic that is not UTF-8 (3.1.1)", Server, V311,
        bytes("10 14 00 04 'MQTT' 04 06 00 3c 00 01 'c' 00 02 'a' fe 00 01 'x'"), Malformed,
        u"will topic is not well-formed UTF-8"_s);
    bad("MQTT-1.5.3-1 user name that is not UTF-8 (3.1.1)", Server, V311,
        bytes("10 10 00 04 'MQTT' 04 82 00 3c 00 01 'c' 00 01 c3"), Malformed, u"user name is not well-formed UTF-8"_s);

    // ---- Topic names ----
    badInBoth("MQTT-3.3.2-2 PUBLISH topic with the wildcard '+'", Client, bytes("30 05 00 03 'a/+'"),
        bytes("30 06 00 03 'a/+' 00"), ReasonCode::TopicNameInvalid,
        u"topic contains the wildcard '+' (MQTT-3.3.2-2)"_s);
    badInBoth("MQTT-3.3.2-2 PUBLISH topic with the wildcard '#'", Server, bytes("32 07 00 03 'a/#' 00 01"),
        bytes("32 08 00 03 'a/#' 00 01 00"), ReasonCode::TopicNameInvalid,
        u"topic contains the wildcard '#' (MQTT-3.3.2-2)"_s);
    bad("MQTT-4.7.3-1 PUBLISH 3.1.1 with an empty topic", Client, V311, bytes("30 03 00 00 'x'"), Protocol,
        u"empty topic"_s);
    bad("MQTT 5.0 3.3.2.1 PUBLISH with an empty topic and no topic alias", Client, V5, bytes("30 03 00 00 00"),
        Protocol, u"empty topic and no Topic Alias"_s);
    bad("MQTT-4.7.1-1 CONNECT will topic with a wildcard (3.1.1)", Server, V311,
        bytes("10 15 00 04 'MQTT' 04 06 00 3c 00 01 'c' 00 03 'a/+' 00 01 'x'"), ReasonCode::TopicNameInvalid,
        u"will topic contains the wildcard '+'"_s);
    bad("MQTT-3.3.2-14 Response Topic with a wildcard", Client, V5, bytes("30 0a 00 01 't' 06 08 00 03 'a/#'"),
        Protocol, u"Response Topic contains a wildcard"_s);

    // ---- Packet Identifier 0 (MQTT-2.3.1-1, MQTT-2.2.1-3) ----
    badInBoth("MQTT-2.3.1-1 PUBLISH QoS 1 with packet identifier 0", Client, bytes("32 05 00 01 't' 00 00"),
        bytes("32 06 00 01 't' 00 00 00"), Protocol, u"packet identifier 0"_s);
    badInBoth("MQTT-2.3.1-1 PUBACK with packet identifier 0", Server, bytes("40 02 00 00"), Protocol,
        u"packet identifier 0"_s);
    badInBoth("MQTT-2.3.1-1 PUBREL with packet identifier 0", Client, bytes("62 02 00 00"), Protocol,
        u"packet identifier 0"_s);
    badInBoth("MQTT-2.3.1-1 SUBSCRIBE with packet identifier 0", Server, bytes("82 06 00 00 00 01 'a' 00"),
        bytes("82 07 00 00 00 00 01 'a' 00"), Protocol, u"packet identifier 0"_s);
    badInBoth("MQTT-2.3.1-1 UNSUBSCRIBE with packet identifier 0", Server, bytes("a2 05 00 00 00 01 'a'"),
        bytes("a2 06 00 00 00 00 01 'a'"), Protocol, u"packet identifier 0"_s);
    bad("MQTT-2.3.1-1 SUBACK with packet identifier 0 (3.1.1)", Client, V311, bytes("90 03 00 00 00"), Protocol,
        u"packet identifier 0"_s);
    bad("MQTT-2.2.1-3 UNSUBACK with packet identifier 0 (5.0)", Client, V5, bytes("b0 04 00 00 00 00"), Protocol,
        u"packet identifier 0"_s);

    // ---- SUBACK / UNSUBACK reason codes ----
    bad("MQTT 3.1.1 3.9.3 SUBACK without return codes", Client, V311, bytes("90 02 00 01"), Protocol,
        u"without any reason codes"_s);
    bad("MQTT 5.0 3.9.3 SUBACK without reason codes", Client, V5, bytes("90 03 00 01 00"), Protocol,
        u"without any reason codes"_s);
    bad("MQTT-3.9.3-2 SUBACK 3.1.1 with return code 3", Client, V311, bytes("90 03 00 01 03"), Protocol,
        u"reason code 0x03"_s);
    bad("MQTT-3.9.3-2 SUBACK 3.1.1 with the 5.0 reason code 0x87", Client, V311, bytes("90 04 00 01 00 87"), Protocol,
        u"reason code 0x87"_s);
    bad("MQTT 5.0 3.9.3 SUBACK with reason code 0x03", Client, V5, bytes("90 04 00 01 00 03"), Protocol,
        u"reason code 0x03"_s);
    bad("MQTT 5.0 3.9.3 SUBACK with the UNSUBACK reason code 0x11", Client, V5, bytes("90 05 00 01 00 00 11"), Protocol,
        u"reason code 0x11"_s);
    bad("MQTT 5.0 3.11.3 UNSUBACK without reason codes", Client, V5, bytes("b0 03 00 01 00"), Protocol,
        u"without any reason codes"_s);
    bad("MQTT 5.0 3.11.3 UNSUBACK with reason code 0x01", Client, V5, bytes("b0 04 00 01 00 01"), Protocol,
        u"reason code 0x01"_s);

    // ---- Other reason codes (5.0) ----
    bad("MQTT 5.0 3.4.2.1 PUBACK with the PUBREL reason code 0x92", Client, V5, bytes("40 03 00 01 92"), Protocol,
        u"reason code 0x92"_s);
    bad("MQTT 5.0 3.6.2.1 PUBREL with the PUBACK reason code 0x10", Server, V5, bytes("62 03 00 01 10"), Protocol,
        u"reason code 0x10"_s);
    bad("MQTT 5.0 3.14.2.1 DISCONNECT with reason code 0x01", Client, V5, bytes("e0 01 01"), Protocol,
        u"reason code 0x01"_s);
    bad("MQTT 5.0 3.15.2.1 AUTH with reason code 0x01", Client, V5, bytes("f0 0a 01 08 15 00 05 'SCRAM'"), Protocol,
        u"reason code 0x01"_s);
    bad("MQTT 5.0 3.2.2.2 CONNACK with the PUBACK reason code 0x10", Client, V5, bytes("20 03 00 10 00"), Protocol,
        u"reason code 0x10"_s);
    // Only the exact 3.1.1 refusal (2 bytes, no properties, no Session Present) is read as 0x84.
    bad("MQTT 5.0 3.2.2.2 CONNACK with reason code 0x01 and a property length", Client, V5, bytes("20 03 00 01 00"),
        Protocol, u"reason code 0x01"_s);
    bad("MQTT 5.0 3.2.2.2 CONNACK with return code 2 and no property length", Client, V5, bytes("20 02 00 02"),
        Protocol, u"reason code 0x02"_s);
    bad("MQTT-3.2.2-4 3.1.1-style CONNACK refusal with Session Present", Client, V5, bytes("20 02 01 01"), Protocol,
        u"reason code 0x01"_s);
    bad("MQTT 3.1.1 3.2.2.3 CONNACK with undefined return code 6", Client, V311, bytes("20 02 00 06"), Protocol,
        u"return code 6"_s);

    // ---- CONNACK acknowledge flags ----
    bad("MQTT-3.2.2-1 CONNACK 3.1.1 with reserved acknowledge flag bits", Client, V311, bytes("20 02 02 00"), Malformed,
        u"reserved bits set in its acknowledge flags"_s);
    bad("MQTT-3.2.2-1 CONNACK 5.0 with reserved acknowledge flag bits", Client, V5, bytes("20 03 80 00 00"), Malformed,
        u"reserved bits set in its acknowledge flags"_s);
    bad("MQTT-3.2.2-4 CONNACK 3.1.1 with session present and return code 5", Client, V311, bytes("20 02 01 05"),
        Protocol, u"Session Present set"_s);
    bad("MQTT-3.2.2-6 CONNACK 5.0 with session present and reason code 0x87", Client, V5, bytes("20 03 01 87 00"),
        Protocol, u"Session Present set"_s);

    // ---- 5.0 properties: unknown, not allowed, repeated ----
    bad("MQTT 5.0 2.2.2.2 unknown property 0x04", Client, V5, bytes("30 06 00 01 't' 02 04 00"), Malformed,
        u"unknown property identifier 0x04"_s);
    bad("MQTT 5.0 2.2.2.2 unknown two-byte property identifier 0x80", Client, V5, bytes("30 07 00 01 't' 03 80 01 00"),
        Malformed, u"unknown property identifier 0x80"_s);
    bad("MQTT 5.0 2.2.2.2 Reason String in a PUBLISH", Client, V5, bytes("30 08 00 01 't' 04 1f 00 01 'x'"), Malformed,
        u"Reason String property, which may not appear in that packet"_s);
    bad("MQTT 5.0 2.2.2.2 Topic Alias in a CONNACK", Client, V5, bytes("20 06 00 00 03 23 00 01"), Malformed,
        u"Topic Alias property, which may not appear"_s);
    bad("MQTT 5.0 2.2.2.2 Will Delay Interval among the CONNECT properties", Server, V5,
        bytes("10 13 00 04 'MQTT' 05 02 00 3c 05 18 00 00 00 05 00 01 'c'"), Malformed,
        u"Will Delay Interval property, which may not appear"_s);
    bad("MQTT 5.0 2.2.2.2 Session Expiry Interval among the will properties", Server, V5,
        bytes("10 19 00 04 'MQTT' 05 06 00 3c 00 00 01 'c' 05 11 00 00 00 05 00 01 'w' 00 00"), Malformed,
        u"Session Expiry Interval property, which may not appear in its will properties"_s);
    bad("MQTT 5.0 2.2.2.2 Session Expiry Interval in a PUBLISH", Server, V5, bytes("30 09 00 01 't' 05 11 00 00 00 01"),
        Malformed, u"Session Expiry Interval property"_s);
    bad("MQTT 5.0 3.3.2.3.4 Payload Format Indicator twice", Client, V5, bytes("30 08 00 01 't' 04 01 00 01 01"),
        Protocol, u"Payload Format Indicator property more than once"_s);
    bad("MQTT 5.0 3.4.2.2.2 Reason String twice in a PUBACK", Client, V5,
        bytes("40 0c 00 01 00 08 1f 00 01 'a' 1f 00 01 'b'"), Protocol, u"Reason String property more than once"_s);
    bad("MQTT 5.0 3.8.2.1.2 Subscription Identifier twice in a SUBSCRIBE", Server, V5,
        bytes("82 0b 00 01 04 0b 01 0b 02 00 01 'a' 00"), Protocol,
        u"Subscription Identifier property more than once"_s);
    bad("MQTT 5.0 3.2.2.3.2 Receive Maximum twice in a CONNACK", Client, V5, bytes("20 09 00 00 06 21 00 05 21 00 06"),
        Protocol, u"Receive Maximum property more than once"_s);
    bad("MQTT-3.3.4-6 Subscription Identifier in a PUBLISH from the client", Server, V5,
        bytes("30 06 00 01 't' 02 0b 01"), Protocol, u"Subscription Identifier, which only a server may send"_s);
    bad("MQTT-3.14.2-2 Session Expiry Interval in a DISCONNECT from the server", Client, V5,
        bytes("e0 07 00 05 11 00 00 00 00"), Protocol, u"Session Expiry Interval, which only a client may send"_s);
    bad("MQTT 5.0 3.1.2.11.10 Authentication Data without Authentication Method", Server, V5,
        bytes("10 13 00 04 'MQTT' 05 02 00 3c 05 16 00 02 'xy' 00 01 'c'"), Protocol,
        u"Authentication Data without an Authentication Method"_s);
    bad("MQTT 5.0 3.15.2.2.2 AUTH without Authentication Method", Client, V5, bytes("f0 02 18 00"), Protocol,
        u"without an Authentication Method"_s);
    bad("MQTT 5.0 3.15.2.1 AUTH with a reason code but no property length", Server, V5, bytes("f0 01 18"), Malformed,
        u"ends before its property length"_s);

    // ---- 5.0 property values out of range ----
    bad("MQTT 5.0 3.2.2.3.3 Receive Maximum 0", Client, V5, bytes("20 06 00 00 03 21 00 00"), Protocol,
        u"Receive Maximum 0"_s);
    bad("MQTT 5.0 3.1.2.11.3 Receive Maximum 0 in CONNECT", Server, V5,
        bytes("10 11 00 04 'MQTT' 05 02 00 3c 03 21 00 00 00 01 'c'"), Protocol, u"Receive Maximum 0"_s);
    bad("MQTT 5.0 3.2.2.3.4 Maximum QoS 2", Client, V5, bytes("20 05 00 00 02 24 02"), Protocol, u"Maximum QoS 2"_s);
    bad("MQTT 5.0 3.3.2.3.4 Topic Alias 0", Client, V5, bytes("30 07 00 01 't' 03 23 00 00"),
        ReasonCode::TopicAliasInvalid, u"Topic Alias 0"_s);
    bad("MQTT 5.0 3.3.2.3.4 Topic Alias above our Topic Alias Maximum", Client, V5,
        bytes("30 07 00 01 't' 03 23 00 0b"), ReasonCode::TopicAliasInvalid,
        u"aliases accepted on this connection are 1 to 10"_s);
    bad("MQTT 5.0 3.3.2.3.4 Topic Alias when we accept none", Server, V5, bytes("30 07 00 01 't' 03 23 00 01"),
        ReasonCode::TopicAliasInvalid, u"no topic aliases are accepted"_s, 0, 0);
    bad("MQTT 5.0 3.3.2.3.8 Subscription Identifier 0", Client, V5, bytes("30 06 00 01 't' 02 0b 00"), Protocol,
        u"Subscription Identifier 0"_s);
    bad("MQTT 5.0 3.8.2.1.2 Subscription Identifier 0 in SUBSCRIBE", Server, V5,
        bytes("82 09 00 01 02 0b 00 00 01 'a' 00"), Protocol, u"Subscription Identifier 0"_s);
    bad("MQTT 5.0 3.3.2.3.2 Payload Format Indicator 2", Client, V5, bytes("30 06 00 01 't' 02 01 02"), Protocol,
        u"Payload Format Indicator 2"_s);
    bad("MQTT 5.0 3.2.2.3.5 Retain Available 2", Client, V5, bytes("20 05 00 00 02 25 02"), Protocol,
        u"Retain Available 2"_s);
    bad("MQTT 5.0 3.2.2.3.11 Wildcard Subscription Available 2", Client, V5, bytes("20 05 00 00 02 28 02"), Protocol,
        u"Wildcard Subscription Available 2"_s);
    bad("MQTT 5.0 3.2.2.3.12 Subscription Identifier Available 3", Client, V5, bytes("20 05 00 00 02 29 03"), Protocol,
        u"Subscription Identifier Available 3"_s);
    bad("MQTT 5.0 3.2.2.3.13 Shared Subscription Available 2", Client, V5, bytes("20 05 00 00 02 2a 02"), Protocol,
        u"Shared Subscription Available 2"_s);
    bad("MQTT 5.0 3.1.2.11.7 Request Problem Information 2", Server, V5,
        bytes("10 10 00 04 'MQTT' 05 02 00 3c 02 17 02 00 01 'c'"), Protocol, u"Request Problem Information 2"_s);
    bad("MQTT 5.0 3.1.2.11.6 Request Response Information 2", Server, V5,
        bytes("10 10 00 04 'MQTT' 05 02 00 3c 02 19 02 00 01 'c'"), Protocol, u"Request Response Information 2"_s);
    bad("MQTT 5.0 3.2.2.3.6 Maximum Packet Size 0 in CONNACK", Client, V5, bytes("20 08 00 00 05 27 00 00 00 00"),
        Protocol, u"Maximum Packet Size 0"_s);
    bad("MQTT 5.0 3.1.2.11.4 Maximum Packet Size 0 in CONNECT", Server, V5,
        bytes("10 13 00 04 'MQTT' 05 02 00 3c 05 27 00 00 00 00 00 01 'c'"), Protocol, u"Maximum Packet Size 0"_s);

    // ---- SUBSCRIBE / UNSUBSCRIBE payloads ----
    bad("MQTT-3.8.3-3 SUBSCRIBE 3.1.1 without topic filters", Server, V311, bytes("82 02 00 01"), Protocol,
        u"without any topic filter"_s);
    bad("MQTT-3.8.3-2 SUBSCRIBE 5.0 without topic filters", Server, V5, bytes("82 03 00 01 00"), Protocol,
        u"without any topic filter"_s);
    bad("MQTT-3.8.3-4 SUBSCRIBE 3.1.1 with reserved option bits", Server, V311, bytes("82 06 00 01 00 01 'a' 04"),
        Malformed, u"reserved bits set in the options"_s);
    bad("MQTT-3.8.3-5 SUBSCRIBE 5.0 with reserved option bits", Server, V5, bytes("82 07 00 01 00 00 01 'a' 40"),
        Malformed, u"reserved bits set in the options"_s);
    bad("MQTT-3.8.3-4 SUBSCRIBE 3.1.1 asking for QoS 3", Server, V311, bytes("82 06 00 01 00 01 'a' 03"), Malformed,
        u"QoS 3"_s);
    bad("MQTT 5.0 3.8.3.1 SUBSCRIBE asking for QoS 3", Server, V5, bytes("82 07 00 01 00 00 01 'a' 03"), Malformed,
        u"QoS 3"_s);
    bad("MQTT 5.0 3.8.3.1 SUBSCRIBE with Retain Handling 3", Server, V5, bytes("82 07 00 01 00 00 01 'a' 30"), Protocol,
        u"Retain Handling 3"_s);
    badInBoth("MQTT-4.7.1-2 SUBSCRIBE with '#' not last", Server, bytes("82 08 00 01 00 03 '#/a' 00"),
        bytes("82 09 00 01 00 00 03 '#/a' 00"), ReasonCode::TopicFilterInvalid, u"invalid topic filter \"#/a\""_s);
    bad("MQTT-4.7.1-3 SUBSCRIBE with '+' inside a level", Server, V5, bytes("82 09 00 01 00 00 03 'a+b' 00"),
        ReasonCode::TopicFilterInvalid, u"invalid topic filter \"a+b\""_s);
    bad("MQTT 5.0 4.8.2 SUBSCRIBE with a shared subscription without a filter", Server, V5,
        bytes("82 0e 00 01 00 00 08 '$share/g' 00"), ReasonCode::TopicFilterInvalid, u"invalid topic filter"_s);
    bad("MQTT-3.8.3-4 SUBSCRIBE with No Local on a shared subscription", Server, V5,
        bytes("82 10 00 01 00 00 0a '$share/g/a' 04"), Protocol, u"No Local set on the shared subscription"_s);
    badInBoth("MQTT-3.10.3-2 UNSUBSCRIBE without topic filters", Server, bytes("a2 02 00 01"), bytes("a2 03 00 01 00"),
        Protocol, u"without any topic filter"_s);
    bad("MQTT-4.7.1-2 UNSUBSCRIBE with an invalid filter", Server, V311, bytes("a2 08 00 01 00 04 'a/#b'"),
        ReasonCode::TopicFilterInvalid, u"invalid topic filter"_s);

    // ---- CONNECT ----
    bad("MQTT-3.1.2-2 CONNECT with protocol level 6", Server, V311, bytes("10 0d 00 04 'MQTT' 06 02 00 3c 00 01 'c'"),
        ReasonCode::UnsupportedProtocolVersion, u"protocol \"MQTT\" level 6"_s);
    bad("MQTT-3.1.2-1 CONNECT with name MQTT and level 3", Server, V311,
        bytes("10 0d 00 04 'MQTT' 03 02 00 3c 00 01 'c'"), ReasonCode::UnsupportedProtocolVersion,
        u"protocol \"MQTT\" level 3"_s);
    bad("MQTT-3.1.2-1 CONNECT with name MQIsdp and level 4", Server, V311,
        bytes("10 0f 00 06 'MQIsdp' 04 02 00 3c 00 01 'c'"), ReasonCode::UnsupportedProtocolVersion,
        u"protocol \"MQIsdp\" level 4"_s);
    bad("MQTT-3.1.2-3 CONNECT 3.1.1 with the reserved flag", Server, V311,
        bytes("10 0d 00 04 'MQTT' 04 03 00 3c 00 01 'c'"), Malformed, u"reserved connect flag"_s);
    bad("MQTT-3.1.2-3 CONNECT 5.0 with the reserved flag", Server, V5,
        bytes("10 0e 00 04 'MQTT' 05 03 00 3c 00 00 01 'c'"), Malformed, u"reserved connect flag"_s);
    bad("MQTT-3.1.2-13 CONNECT with Will QoS but no Will Flag", Server, V311,
        bytes("10 0d 00 04 'MQTT' 04 0a 00 3c 00 01 'c'"), Malformed, u"no Will Flag"_s);
    bad("MQTT-3.1.2-15 CONNECT with Will Retain but no Will Flag", Server, V311,
        bytes("10 0d 00 04 'MQTT' 04 22 00 3c 00 01 'c'"), Malformed, u"no Will Flag"_s);
    bad("MQTT-3.1.2-14 CONNECT with Will QoS 3", Server, V311,
        bytes("10 12 00 04 'MQTT' 04 1e 00 3c 00 01 'c' 00 01 'w' 00 00"), Malformed, u"Will QoS 3"_s);
    bad("MQTT-3.1.2-22 CONNECT 3.1.1 with a password but no user name", Server, V311,
        bytes("10 10 00 04 'MQTT' 04 42 00 3c 00 01 'c' 00 01 'p'"), Malformed, u"password but no user name"_s);

    // ---- Maximum Packet Size ----
    bad("MQTT 5.0 3.1.2.11.4 PUBLISH larger than our maximum packet size", Client, V5,
        bytes("30 0a 00 01 't' 00 'abcdef'"), ReasonCode::PacketTooLarge,
        u"12 bytes, larger than the maximum packet size of 11 bytes"_s, 11);
    bad("MQTT 5.0 3.1.2.11.4 PUBLISH from the client larger than our maximum packet size", Server, V311,
        bytes("30 0a 00 01 't' 'abcdefg'"), ReasonCode::PacketTooLarge, u"maximum packet size of 10 bytes"_s, 10);
}

void TestMqttMalformed::rejects()
{
    QFETCH(Role, role);
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, wire);
    QFETCH(int, reasonCode);
    QFETCH(QString, needle);
    QFETCH(quint32, maximumPacketSize);
    QFETCH(int, aliasMaximum);

    Decoder decoder(role, version);
    decoder.setMaximumPacketSize(maximumPacketSize);
    decoder.setTopicAliasMaximum(quint16(aliasMaximum));
    const DecodeResult result = decoder.decode(wire);
    QVERIFY2(result.status == DecodeResult::Status::Malformed,
        result.status == DecodeResult::Status::Complete ? "decoded as a valid packet" : "asked for more bytes");
    QCOMPARE(int(result.reasonCode), reasonCode);
    QVERIFY2(result.error.contains(needle), qPrintable(result.error));
    QVERIFY2(result.error.startsWith(role == Role::Client ? u"The server sent "_s : u"The client sent "_s),
        qPrintable(result.error));
    QVERIFY2(result.error.endsWith(u'.'), qPrintable(result.error));
    QCOMPARE(result.consumed, 0);
}

void TestMqttMalformed::rejectsTooLargeBeforeTheBytesArrive()
{
    // Only the fixed header of a PUBLISH announcing 200 remaining bytes has arrived.
    Decoder decoder(Role::Client, V5);
    decoder.setMaximumPacketSize(100);
    const DecodeResult result = decoder.decode(bytes("30 c8 01"));
    QCOMPARE(result.status, DecodeResult::Status::Malformed);
    QCOMPARE(result.reasonCode, ReasonCode::PacketTooLarge);
    QVERIFY2(result.error.contains(u"203 bytes"_s), qPrintable(result.error));

    // A header announcing the protocol maximum is refused just the same, before 256 MB could arrive.
    const DecodeResult huge = decoder.decode(bytes("30 ff ff ff 7f"));
    QCOMPARE(huge.status, DecodeResult::Status::Malformed);
    QCOMPARE(huge.reasonCode, ReasonCode::PacketTooLarge);

    // Without a limit the same header just waits for its bytes.
    decoder.setMaximumPacketSize(0);
    QCOMPARE(decoder.decode(bytes("30 c8 01")).status, DecodeResult::Status::NeedMore);
}

void TestMqttMalformed::rejectsBadFirstByteAlone()
{
    // The first byte alone is enough to refuse a forbidden type or flags; no need to wait for the rest.
    QCOMPARE(Decoder(Role::Client, V311).decode(bytes("36")).status, DecodeResult::Status::Malformed);
    QCOMPARE(Decoder(Role::Client, V311).decode(bytes("00")).status, DecodeResult::Status::Malformed);
    QCOMPARE(Decoder(Role::Client, V5).decode(bytes("10")).status, DecodeResult::Status::Malformed);
    QCOMPARE(Decoder(Role::Client, V5).decode(bytes("30")).status, DecodeResult::Status::NeedMore);
    QCOMPARE(Decoder(Role::Client, V5).decode(bytes("30 80 80")).status, DecodeResult::Status::NeedMore);
}

QTEST_GUILESS_MAIN(TestMqttMalformed)
#include "tst_mqttmalformed.moc"
