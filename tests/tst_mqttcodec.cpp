// SPDX-License-Identifier: MIT
// Round trips of every packet type in MQTT 3.1, 3.1.1 and 5.0 against byte vectors written by hand from the specs.

#include "codec/mqttcodec.h"
#include "codec/mqttdebug.h"
#include "codec/mqttreason.h"
#include "mqttwirebytes.h"

#include <QTest>

// Packets below are spelled with designated initializers naming only the fields that matter; GCC 12 warns about the
// others even though they keep their default member initializers (GCC 13 no longer does, PR c++/96868).
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace Mqtt;
using namespace Qt::StringLiterals;
using TestWire::bytes;

Q_DECLARE_METATYPE(Mqtt::Packet)
Q_DECLARE_METATYPE(Mqtt::ProtocolVersion)
Q_DECLARE_METATYPE(Mqtt::PacketType)

namespace {

// Which decoder role(s) receive the packet of a row.
enum Receivers { ClientReceives = 1, ServerReceives = 2, BothReceive = 3 };

constexpr auto V31 = ProtocolVersion::V31;
constexpr auto V311 = ProtocolVersion::V311;
constexpr auto V5 = ProtocolVersion::V5;

constexpr quint16 AliasMaximum = 10;

void row(const char *name, ProtocolVersion version, int receivers, const Packet &packet, const QByteArray &wire)
{
    QTest::newRow(name) << version << receivers << packet << wire;
}

Decoder decoderFor(Role role, ProtocolVersion version)
{
    Decoder decoder(role, version);
    decoder.setTopicAliasMaximum(AliasMaximum);
    return decoder;
}

QByteArray repeated(char c, qsizetype count)
{
    return QByteArray(count, c);
}

// A QoS 0 PUBLISH to "big" whose payload makes the remaining length exactly remainingLength.
Publish bigPublish(qsizetype remainingLength, bool v5)
{
    Publish p;
    p.topic = u"big"_s;
    p.payload = repeated('A', remainingLength - 5 - (v5 ? 1 : 0));
    return p;
}

} // namespace

class TestMqttCodec : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void decodesNonCanonicalForms_data();
    void decodesNonCanonicalForms();
    void needsMoreUntilLastByte_data();
    void needsMoreUntilLastByte();
    void decodesPacketsBackToBack();
    void maximumPacketSizeIsInclusive();
    void encodeIntoAppends();
    void encoderWritesOnlyPropertiesThePacketMayCarry();
    void encoderCutsOverlongStringsAtCodePoints();
    void reasonCodeText_data();
    void reasonCodeText();
};

void TestMqttCodec::roundTrip_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("receivers");
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<QByteArray>("wire");

    // ---- CONNECT ----
    row("MQTT 3.1 CONNECT with protocol name MQIsdp level 3", V31, ServerReceives,
        Connect { .version = V31, .clientId = u"c1"_s, .cleanStart = true, .keepAliveSeconds = 60 },
        bytes("10 10 00 06 'MQIsdp' 03 02 00 3c 00 02 'c1'"));
    row("MQTT-3.1.3 CONNECT 3.1.1 with will, user name and password", V311, ServerReceives,
        Connect { .version = V311,
            .clientId = u"cli"_s,
            .cleanStart = false,
            .keepAliveSeconds = 30,
            .userName = u"user"_s,
            .password = "pwd"_ba,
            .will = Will { .topic = u"w/t"_s, .payload = "bye!"_ba, .qos = 1, .retain = true } },
        bytes("10 25 00 04 'MQTT' 04 ec 00 1e 00 03 'cli' 00 03 'w/t' 00 04 'bye!' 00 04 'user' 00 03 'pwd'"));
    row("MQTT-3.1.3-7 CONNECT 3.1.1 with an empty client identifier", V311, ServerReceives,
        Connect { .version = V311, .clientId = QString(), .cleanStart = true, .keepAliveSeconds = 0 },
        bytes("10 0c 00 04 'MQTT' 04 02 00 00 00 00"));
    {
        Connect c { .version = V5, .clientId = u"v5"_s, .cleanStart = true, .keepAliveSeconds = 60 };
        c.userName = u"u"_s;
        c.password = "p"_ba;
        c.properties.sessionExpiryInterval = 3600;
        c.properties.receiveMaximum = 20;
        c.properties.maximumPacketSize = 1048576;
        c.properties.topicAliasMaximum = 10;
        c.properties.requestResponseInformation = 1;
        c.properties.requestProblemInformation = 0;
        c.properties.userProperties = { { u"a"_s, u"1"_s } };
        c.properties.authenticationMethod = u"SCRAM"_s;
        c.properties.authenticationData = "xy"_ba;
        Will w { .topic = u"w"_s, .payload = "x"_ba, .qos = 0, .retain = false };
        w.properties.willDelayInterval = 5;
        w.properties.payloadFormatIndicator = 1;
        w.properties.messageExpiryInterval = 60;
        w.properties.contentType = u"text/plain"_s;
        w.properties.responseTopic = u"r/t"_s;
        w.properties.correlationData = "id"_ba;
        w.properties.userProperties = { { u"k"_s, u"v"_s } };
        c.will = w;
        row("MQTT 5.0 3.1.2.11 CONNECT with every CONNECT and will property", V5, ServerReceives, c,
            bytes("10 6f 00 04 'MQTT' 05 c6 00 3c"
                  " 28 11 00 00 0e 10  15 00 05 'SCRAM'  16 00 02 'xy'  17 00  19 01  21 00 14  22 00 0a"
                  "    26 00 01 'a' 00 01 '1'  27 00 10 00 00"
                  " 00 02 'v5'"
                  " 2b 01 01  02 00 00 00 3c  03 00 0a 'text/plain'  08 00 03 'r/t'  09 00 02 'id'  18 00 00 00 05"
                  "    26 00 01 'k' 00 01 'v'"
                  " 00 01 'w' 00 01 'x' 00 01 'u' 00 01 'p'"));
    }
    {
        Connect c { .version = V5, .clientId = u"c"_s, .cleanStart = false, .keepAliveSeconds = 10 };
        c.password = "secret"_ba;
        row("MQTT 5.0 3.1.2.9 CONNECT with a password but no user name", V5, ServerReceives, c,
            bytes("10 16 00 04 'MQTT' 05 40 00 0a 00 00 01 'c' 00 06 'secret'"));
    }

    // ---- CONNACK ----
    row("MQTT-3.2.2 CONNACK 3.1.1 accepted", V311, ClientReceives, ConnAck {}, bytes("20 02 00 00"));
    row("MQTT-3.2.2-2 CONNACK 3.1.1 session present", V311, ClientReceives, ConnAck { .sessionPresent = true },
        bytes("20 02 01 00"));
    row("MQTT 3.1.1 3.2.2.3 CONNACK bad user name or password", V311, ClientReceives, ConnAck { .reasonCode = 4 },
        bytes("20 02 00 04"));
    row("MQTT 3.1 CONNACK accepted", V31, ClientReceives, ConnAck {}, bytes("20 02 00 00"));
    {
        ConnAck a { .sessionPresent = true };
        Properties &p = a.properties;
        p.sessionExpiryInterval = 120;
        p.assignedClientIdentifier = u"auto-1"_s;
        p.serverKeepAlive = 30;
        p.authenticationMethod = u"SCRAM"_s;
        p.authenticationData = "ok"_ba;
        p.responseInformation = u"resp/"_s;
        p.serverReference = u"other:1883"_s;
        p.reasonString = u"fine"_s;
        p.receiveMaximum = 100;
        p.topicAliasMaximum = 16;
        p.maximumQoS = 1;
        p.retainAvailable = 0;
        p.userProperties = { { u"x"_s, u"y"_s } };
        p.maximumPacketSize = 65536;
        p.wildcardSubscriptionAvailable = 1;
        p.subscriptionIdentifierAvailable = 0;
        p.sharedSubscriptionAvailable = 1;
        row("MQTT 5.0 3.2.2.3 CONNACK with every CONNACK property", V5, ClientReceives, a,
            bytes("20 59 01 00 56"
                  " 11 00 00 00 78  12 00 06 'auto-1'  13 00 1e  15 00 05 'SCRAM'  16 00 02 'ok'  1a 00 05 'resp/'"
                  " 1c 00 0a 'other:1883'  1f 00 04 'fine'  21 00 64  22 00 10  24 01  25 00"
                  " 26 00 01 'x' 00 01 'y'  27 00 01 00 00  28 01  29 00  2a 01"));
    }
    row("MQTT 5.0 3.2.2.2 CONNACK not authorized", V5, ClientReceives, ConnAck { .reasonCode = 0x87 },
        bytes("20 03 00 87 00"));

    // ---- PUBLISH ----
    row("MQTT-3.3.1 PUBLISH 3.1.1 QoS 0", V311, BothReceive, Publish { .topic = u"a/b"_s, .payload = "hi"_ba },
        bytes("30 07 00 03 'a/b' 'hi'"));
    row("MQTT-3.3.1 PUBLISH 3.1 QoS 0", V31, BothReceive, Publish { .topic = u"a/b"_s, .payload = "hi"_ba },
        bytes("30 07 00 03 'a/b' 'hi'"));
    row("MQTT-3.3.1-1 PUBLISH 3.1.1 QoS 1 retained duplicate", V311, BothReceive,
        Publish { .topic = u"t"_s, .payload = "x"_ba, .qos = 1, .retain = true, .dup = true, .packetId = 10 },
        bytes("3b 06 00 01 't' 00 0a 'x'"));
    row("MQTT-3.3.2 PUBLISH 3.1.1 QoS 2 with an empty payload", V311, BothReceive,
        Publish { .topic = u"t"_s, .qos = 2, .packetId = 0xFFFF }, bytes("34 05 00 01 't' ff ff"));
    row("MQTT-1.5.3 PUBLISH 3.1.1 topic with two-byte UTF-8", V311, BothReceive,
        Publish { .topic = u"température/°C"_s }, bytes("30 12 00 10 'température/°C'"));
    row("MQTT-1.5.3 PUBLISH 3.1.1 topic with a four-byte UTF-8 character", V311, BothReceive,
        Publish { .topic = u"s/😀"_s, .payload = "!"_ba }, bytes("30 09 00 06 's/' f0 9f 98 80 '!'"));
    row("MQTT-2.2.3 PUBLISH 3.1.1 remaining length 127 (one byte)", V311, BothReceive, bigPublish(127, false),
        bytes("30 7f 00 03 'big'") + repeated('A', 122));
    row("MQTT-2.2.3 PUBLISH 3.1.1 remaining length 128 (two bytes)", V311, BothReceive, bigPublish(128, false),
        bytes("30 80 01 00 03 'big'") + repeated('A', 123));
    row("MQTT-2.2.3 PUBLISH 3.1.1 remaining length 200 (two bytes)", V311, BothReceive, bigPublish(200, false),
        bytes("30 c8 01 00 03 'big'") + repeated('A', 195));
    row("MQTT-2.2.3 PUBLISH 3.1.1 remaining length 16383 (two bytes)", V311, BothReceive, bigPublish(16383, false),
        bytes("30 ff 7f 00 03 'big'") + repeated('A', 16378));
    row("MQTT-2.2.3 PUBLISH 3.1.1 remaining length 16384 (three bytes)", V311, BothReceive, bigPublish(16384, false),
        bytes("30 80 80 01 00 03 'big'") + repeated('A', 16379));
    row("MQTT-2.2.3 PUBLISH 3.1.1 remaining length 20000 (three bytes)", V311, BothReceive, bigPublish(20000, false),
        bytes("30 a0 9c 01 00 03 'big'") + repeated('A', 19995));
    row("MQTT-2.2.3 PUBLISH 3.1.1 remaining length 2097152 (four bytes)", V311, BothReceive, bigPublish(2097152, false),
        bytes("30 80 80 80 01 00 03 'big'") + repeated('A', 2097147));
    {
        Publish p { .topic = u"a/b"_s, .payload = "{}"_ba, .qos = 1, .packetId = 7 };
        p.properties.payloadFormatIndicator = 1;
        p.properties.messageExpiryInterval = 3600;
        p.properties.contentType = u"application/json"_s;
        p.properties.responseTopic = u"reply"_s;
        p.properties.correlationData = QByteArray::fromHex("deadbeef");
        p.properties.subscriptionIdentifiers = { 1, 300, 268435455 };
        p.properties.topicAlias = 5;
        p.properties.userProperties = { { u"k"_s, u"v1"_s }, { u"k"_s, u"v2"_s } };
        row("MQTT 5.0 3.3.2.3 PUBLISH with every PUBLISH property, three subscription identifiers and a repeated "
            "user property",
            V5, ClientReceives, p,
            bytes("32 50 00 03 'a/b' 00 07 46"
                  " 01 01  02 00 00 0e 10  03 00 10 'application/json'  08 00 05 'reply'  09 00 04 de ad be ef"
                  " 0b 01  0b ac 02  0b ff ff ff 7f  23 00 05  26 00 01 'k' 00 02 'v1'  26 00 01 'k' 00 02 'v2'"
                  " '{}'"));
    }
    {
        Publish p { .topic = QString(), .payload = "p"_ba };
        p.properties.topicAlias = 1;
        row("MQTT 5.0 3.3.2.3.4 PUBLISH with a topic alias and an empty topic", V5, BothReceive, p,
            bytes("30 07 00 00 03 23 00 01 'p'"));
    }
    row("MQTT 5.0 3.3.2 PUBLISH QoS 2 without properties", V5, BothReceive,
        Publish { .topic = u"t"_s, .payload = "data"_ba, .qos = 2, .packetId = 9 },
        bytes("34 0a 00 01 't' 00 09 00 'data'"));
    row("MQTT-1.5.5 PUBLISH 5.0 remaining length 200 (two bytes)", V5, BothReceive, bigPublish(200, true),
        bytes("30 c8 01 00 03 'big' 00") + repeated('A', 194));
    row("MQTT-1.5.5 PUBLISH 5.0 remaining length 20000 (three bytes)", V5, BothReceive, bigPublish(20000, true),
        bytes("30 a0 9c 01 00 03 'big' 00") + repeated('A', 19994));

    // ---- PUBACK, PUBREC, PUBREL, PUBCOMP ----
    row("MQTT-3.4.2 PUBACK 3.1.1", V311, BothReceive, PublishAck { .type = PacketType::PubAck, .packetId = 1 },
        bytes("40 02 00 01"));
    row("MQTT-3.5.2 PUBREC 3.1.1", V311, BothReceive, PublishAck { .type = PacketType::PubRec, .packetId = 2 },
        bytes("50 02 00 02"));
    row("MQTT-3.6.1-1 PUBREL 3.1.1", V311, BothReceive, PublishAck { .type = PacketType::PubRel, .packetId = 3 },
        bytes("62 02 00 03"));
    row("MQTT-3.7.2 PUBCOMP 3.1.1", V311, BothReceive, PublishAck { .type = PacketType::PubComp, .packetId = 4 },
        bytes("70 02 00 04"));
    row("MQTT 5.0 3.4.2.1 PUBACK short form: packet identifier only means success", V5, BothReceive,
        PublishAck { .type = PacketType::PubAck, .packetId = 1 }, bytes("40 02 00 01"));
    row("MQTT 5.0 3.4.2.1 PUBACK with a reason code and no property length", V5, BothReceive,
        PublishAck { .type = PacketType::PubAck, .packetId = 1, .reasonCode = 0x10 }, bytes("40 03 00 01 10"));
    {
        PublishAck a { .type = PacketType::PubRec, .packetId = 5, .reasonCode = 0x80 };
        a.properties.reasonString = u"denied"_s;
        a.properties.userProperties = { { u"a"_s, u"b"_s } };
        row("MQTT 5.0 3.5.2.2 PUBREC with reason string and user property", V5, BothReceive, a,
            bytes("50 14 00 05 80 10 1f 00 06 'denied' 26 00 01 'a' 00 01 'b'"));
    }
    row("MQTT 5.0 3.6.2.1 PUBREL packet identifier not found", V5, BothReceive,
        PublishAck { .type = PacketType::PubRel, .packetId = 6, .reasonCode = 0x92 }, bytes("62 03 00 06 92"));
    {
        PublishAck a { .type = PacketType::PubComp, .packetId = 8 };
        a.properties.reasonString = QString(150, u'r');
        row("MQTT 5.0 3.7.2.2 PUBCOMP with a 150-byte reason string (remaining length over 127)", V5, BothReceive, a,
            bytes("70 9e 01 00 08 00 99 01 1f 00 96") + repeated('r', 150));
    }
    {
        PublishAck a { .type = PacketType::PubAck, .packetId = 9, .reasonCode = 0x80 };
        a.properties.reasonString = QString(200, u'e');
        row("MQTT 5.0 3.4.2.2 PUBACK with a 200-byte reason string (remaining length over 127)", V5, BothReceive, a,
            bytes("40 d0 01 00 09 80 cb 01 1f 00 c8") + repeated('e', 200));
    }

    // ---- SUBSCRIBE, SUBACK ----
    row("MQTT-3.8.3 SUBSCRIBE 3.1.1 with three filters", V311, ServerReceives,
        Subscribe { .packetId = 1,
            .subscriptions = { { u"a/+"_s, { .maximumQoS = 1 } }, { u"b/#"_s, { .maximumQoS = 2 } },
                { u"c"_s, { .maximumQoS = 0 } } } },
        bytes("82 12 00 01 00 03 'a/+' 01 00 03 'b/#' 02 00 01 'c' 00"));
    {
        Subscribe s { .packetId = 2 };
        s.subscriptions = {
            { u"x/+"_s, { .maximumQoS = 1, .noLocal = true, .retainAsPublished = true, .retainHandling = 2 } },
            { u"$share/g/y"_s, { .maximumQoS = 2, .retainHandling = 1 } },
        };
        s.properties.subscriptionIdentifiers = { 42 };
        s.properties.userProperties = { { u"u"_s, u"v"_s } };
        row("MQTT 5.0 3.8.3.1 SUBSCRIBE with subscription identifier, options and a shared subscription", V5,
            ServerReceives, s,
            bytes("82 1f 00 02 09 0b 2a 26 00 01 'u' 00 01 'v' 00 03 'x/+' 2d 00 0a '$share/g/y' 12"));
    }
    row("MQTT-3.9.3 SUBACK 3.1.1 with every return code", V311, ClientReceives,
        SubAck { .packetId = 1, .reasonCodes = { 0x00, 0x01, 0x02, 0x80 } }, bytes("90 06 00 01 00 01 02 80"));
    {
        SubAck a { .packetId = 2,
            .reasonCodes = { 0x00, 0x01, 0x02, 0x80, 0x83, 0x87, 0x8F, 0x91, 0x97, 0x9E, 0xA1, 0xA2 } };
        a.properties.reasonString = u"ok"_s;
        row("MQTT 5.0 3.9.3 SUBACK with every reason code", V5, ClientReceives, a,
            bytes("90 14 00 02 05 1f 00 02 'ok' 00 01 02 80 83 87 8f 91 97 9e a1 a2"));
    }

    // ---- UNSUBSCRIBE, UNSUBACK ----
    row("MQTT-3.10.3 UNSUBSCRIBE 3.1.1", V311, ServerReceives,
        Unsubscribe { .packetId = 3, .filters = { u"a/+"_s, u"#"_s } }, bytes("a2 0a 00 03 00 03 'a/+' 00 01 '#'"));
    {
        Unsubscribe u { .packetId = 4, .filters = { u"a/b"_s } };
        u.properties.userProperties = { { u"k"_s, u"v"_s } };
        row("MQTT 5.0 3.10.2.1 UNSUBSCRIBE with a user property", V5, ServerReceives, u,
            bytes("a2 0f 00 04 07 26 00 01 'k' 00 01 'v' 00 03 'a/b'"));
    }
    row("MQTT-3.11.2 UNSUBACK 3.1.1", V311, ClientReceives, UnsubAck { .packetId = 3 }, bytes("b0 02 00 03"));
    row("MQTT 5.0 3.11.3 UNSUBACK with every reason code", V5, ClientReceives,
        UnsubAck { .packetId = 4, .reasonCodes = { 0x00, 0x11, 0x80, 0x83, 0x87, 0x8F, 0x91 } },
        bytes("b0 0a 00 04 00 00 11 80 83 87 8f 91"));
    {
        UnsubAck a { .packetId = 5, .reasonCodes = { 0x11 } };
        a.properties.reasonString = QString(130, u's');
        row("MQTT 5.0 3.11.2.1 UNSUBACK with a 130-byte reason string (remaining length over 127)", V5, ClientReceives,
            a, bytes("b0 8a 01 00 05 85 01 1f 00 82") + repeated('s', 130) + bytes("11"));
    }

    // ---- PINGREQ, PINGRESP ----
    row("MQTT-3.12 PINGREQ 3.1.1", V311, ServerReceives, PingReq {}, bytes("c0 00"));
    row("MQTT-3.13 PINGRESP 3.1.1", V311, ClientReceives, PingResp {}, bytes("d0 00"));
    row("MQTT 5.0 3.12 PINGREQ", V5, ServerReceives, PingReq {}, bytes("c0 00"));
    row("MQTT 5.0 3.13 PINGRESP", V5, ClientReceives, PingResp {}, bytes("d0 00"));

    // ---- DISCONNECT ----
    row("MQTT-3.14 DISCONNECT 3.1.1", V311, BothReceive, Disconnect {}, bytes("e0 00"));
    row("MQTT 5.0 3.14.2.1 DISCONNECT short form: remaining length 0 means normal disconnection", V5, BothReceive,
        Disconnect {}, bytes("e0 00"));
    row("MQTT 5.0 3.14.2.1 DISCONNECT with will message, no property length", V5, ServerReceives,
        Disconnect { .reasonCode = 0x04 }, bytes("e0 01 04"));
    {
        Disconnect d { .reasonCode = 0x8B };
        d.properties.reasonString = u"shutdown"_s;
        d.properties.serverReference = u"b2:1883"_s;
        row("MQTT 5.0 3.14.2.2 DISCONNECT from the server with reason string and server reference", V5, ClientReceives,
            d, bytes("e0 17 8b 15 1c 00 07 'b2:1883' 1f 00 08 'shutdown'"));
    }
    {
        Disconnect d;
        d.properties.sessionExpiryInterval = 0;
        row("MQTT 5.0 3.14.2.2.2 DISCONNECT from the client with a session expiry interval", V5, ServerReceives, d,
            bytes("e0 07 00 05 11 00 00 00 00"));
    }

    // ---- AUTH ----
    row("MQTT 5.0 3.15.2.1 AUTH short form: remaining length 0 means success", V5, BothReceive, Auth {},
        bytes("f0 00"));
    {
        Auth a { .reasonCode = 0x18 };
        a.properties.authenticationMethod = u"SCRAM"_s;
        a.properties.authenticationData = "abc"_ba;
        a.properties.reasonString = u"more"_s;
        a.properties.userProperties = { { u"k"_s, u"v"_s } };
        row("MQTT 5.0 3.15.2.2 AUTH continue authentication with every AUTH property", V5, BothReceive, a,
            bytes("f0 1e 18 1c 15 00 05 'SCRAM' 16 00 03 'abc' 1f 00 04 'more' 26 00 01 'k' 00 01 'v'"));
    }
}

void TestMqttCodec::roundTrip()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, receivers);
    QFETCH(Packet, packet);
    QFETCH(QByteArray, wire);

    QCOMPARE(encode(packet, version), wire);
    QCOMPARE(encodedSize(packet, version), wire.size());

    for (Role role : { Role::Client, Role::Server }) {
        if (!(receivers & (role == Role::Client ? ClientReceives : ServerReceives)))
            continue;
        const DecodeResult result = decoderFor(role, version).decode(wire);
        QVERIFY2(result.status == DecodeResult::Status::Complete, qPrintable(result.error));
        QCOMPARE(result.consumed, wire.size());
        QCOMPARE(result.packet, packet);
    }
}

void TestMqttCodec::decodesNonCanonicalForms_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("receivers");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<QByteArray>("canonical");

    QTest::newRow("MQTT 5.0 3.4.2.1 PUBACK with reason 0 and an empty property list")
        << V5 << int(BothReceive) << bytes("40 04 00 01 00 00") << Packet(PublishAck { .packetId = 1 })
        << bytes("40 02 00 01");
    QTest::newRow("MQTT 5.0 3.4.2.1 PUBACK with reason 0 and no property length")
        << V5 << int(BothReceive) << bytes("40 03 00 01 00") << Packet(PublishAck { .packetId = 1 })
        << bytes("40 02 00 01");
    QTest::newRow("MQTT 5.0 3.14.2.1 DISCONNECT with reason 0 and an empty property list")
        << V5 << int(BothReceive) << bytes("e0 02 00 00") << Packet(Disconnect {}) << bytes("e0 00");
    QTest::newRow("MQTT 5.0 3.14.2.1 DISCONNECT with reason 0x8E and an empty property list")
        << V5 << int(ClientReceives) << bytes("e0 02 8e 00") << Packet(Disconnect { .reasonCode = 0x8E })
        << bytes("e0 01 8e");
    QTest::newRow("MQTT 5.0 3.15.2.1 AUTH success carrying a method keeps its reason code")
        << V5 << int(BothReceive) << bytes("f0 0a 00 08 15 00 05 'SCRAM'") <<
        [] {
            Auth a;
            a.properties.authenticationMethod = u"SCRAM"_s;
            return Packet(a);
        }()
        << bytes("f0 0a 00 08 15 00 05 'SCRAM'");
    {
        Publish p { .topic = u"t"_s };
        p.properties.userProperties = { { u"a"_s, u"1"_s } };
        p.properties.payloadFormatIndicator = 0;
        QTest::newRow("MQTT 5.0 2.2.2.2 properties in any order are written in identifier order")
            << V5 << int(BothReceive) << bytes("30 0d 00 01 't' 09 26 00 01 'a' 00 01 '1' 01 00") << Packet(p)
            << bytes("30 0d 00 01 't' 09 01 00 26 00 01 'a' 00 01 '1'");
    }
    // A 3.1.1-only broker refuses an MQTT 5 CONNECT with its own CONNACK: read as 5.0's word for the same refusal.
    QTest::newRow("MQTT 3.1.1 MQTT-3.1.2-2 3.1.1 CONNACK return code 1 to an MQTT 5 CONNECT is 0x84")
        << V5 << int(ClientReceives) << bytes("20 02 00 01")
        << Packet(ConnAck { .reasonCode = Mqtt::ReasonCode::UnsupportedProtocolVersion }) << bytes("20 03 00 84 00");
    QTest::newRow("MQTT 3.1 CONNACK decoded under 3.1.1 rules")
        << V31 << int(ClientReceives) << bytes("20 02 00 05") << Packet(ConnAck { .reasonCode = 5 })
        << bytes("20 02 00 05");
}

void TestMqttCodec::decodesNonCanonicalForms()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, receivers);
    QFETCH(QByteArray, wire);
    QFETCH(Packet, packet);
    QFETCH(QByteArray, canonical);

    for (Role role : { Role::Client, Role::Server }) {
        if (!(receivers & (role == Role::Client ? ClientReceives : ServerReceives)))
            continue;
        const DecodeResult result = decoderFor(role, version).decode(wire);
        QVERIFY2(result.status == DecodeResult::Status::Complete, qPrintable(result.error));
        QCOMPARE(result.consumed, wire.size());
        QCOMPARE(result.packet, packet);
    }
    QCOMPARE(encode(packet, version), canonical);
}

void TestMqttCodec::needsMoreUntilLastByte_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("MQTT 5.0 CONNECT with properties and will")
        << V5 << Role::Server
        << bytes("10 1c 00 04 'MQTT' 05 06 00 3c 05 11 00 00 00 0a 00 01 'c' 02 01 01 00 01 'w' 00 01 'x'");
    QTest::newRow("MQTT 5.0 PUBLISH with two-byte remaining length")
        << V5 << Role::Client << bytes("32 c8 01 00 03 'big' 00 01 00") + repeated('A', 192);
    QTest::newRow("MQTT 3.1.1 SUBACK") << V311 << Role::Client << bytes("90 03 00 01 01");
    QTest::newRow("MQTT 3.1.1 PINGRESP") << V311 << Role::Client << bytes("d0 00");
}

void TestMqttCodec::needsMoreUntilLastByte()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Role, role);
    QFETCH(QByteArray, wire);

    const Decoder decoder = decoderFor(role, version);
    for (qsizetype size = 0; size < wire.size(); ++size) {
        const DecodeResult partial = decoder.decode(QByteArrayView(wire).first(size));
        QVERIFY2(partial.status == DecodeResult::Status::NeedMore,
            qPrintable(u"after %1 of %2 bytes: %3"_s.arg(size).arg(wire.size()).arg(partial.error)));
        QCOMPARE(partial.consumed, 0);
    }
    const DecodeResult complete = decoder.decode(wire);
    QVERIFY2(complete.status == DecodeResult::Status::Complete, qPrintable(complete.error));
    QCOMPARE(complete.consumed, wire.size());
    QCOMPARE(encode(complete.packet, version), wire);
}

void TestMqttCodec::decodesPacketsBackToBack()
{
    const QByteArray first = bytes("32 0a 00 03 'a/b' 00 07 00 'hi'");
    const QByteArray second = bytes("d0 00");
    const QByteArray third = bytes("40 03 00 07 10");
    const QByteArray stream = first + second + third + bytes("30"); // and the first byte of a fourth
    const Decoder decoder = decoderFor(Role::Client, V5);

    DecodeResult result = decoder.decode(stream);
    QCOMPARE(result.status, DecodeResult::Status::Complete);
    QCOMPARE(result.consumed, first.size());
    QCOMPARE(result.packet, Packet(Publish { .topic = u"a/b"_s, .payload = "hi"_ba, .qos = 1, .packetId = 7 }));

    QByteArrayView rest = QByteArrayView(stream).sliced(result.consumed);
    result = decoder.decode(rest);
    QCOMPARE(result.status, DecodeResult::Status::Complete);
    QCOMPARE(result.consumed, second.size());
    QCOMPARE(result.packet, Packet(PingResp {}));

    rest = rest.sliced(result.consumed);
    result = decoder.decode(rest);
    QCOMPARE(result.status, DecodeResult::Status::Complete);
    QCOMPARE(result.consumed, third.size());
    QCOMPARE(result.packet, Packet(PublishAck { .packetId = 7, .reasonCode = 0x10 }));

    rest = rest.sliced(result.consumed);
    QCOMPARE(rest.size(), 1);
    QCOMPARE(decoder.decode(rest).status, DecodeResult::Status::NeedMore);
}

void TestMqttCodec::maximumPacketSizeIsInclusive()
{
    // MQTT 5.0 3.1.2.11.4: the Maximum Packet Size counts the whole packet, fixed header included.
    const QByteArray wire = bytes("30 07 00 03 'a/b' 'hi'"); // 9 bytes
    Decoder decoder = decoderFor(Role::Client, V311);
    decoder.setMaximumPacketSize(9);
    QCOMPARE(decoder.decode(wire).status, DecodeResult::Status::Complete);
    decoder.setMaximumPacketSize(8);
    const DecodeResult tooLarge = decoder.decode(wire);
    QCOMPARE(tooLarge.status, DecodeResult::Status::Malformed);
    QCOMPARE(tooLarge.reasonCode, ReasonCode::PacketTooLarge);
    decoder.setMaximumPacketSize(0);
    QCOMPARE(decoder.decode(wire).status, DecodeResult::Status::Complete);
}

void TestMqttCodec::encodeIntoAppends()
{
    QByteArray out = "xyz"_ba;
    encodeInto(out, PingReq {}, V311);
    encodeInto(out, PublishAck { .type = PacketType::PubRel, .packetId = 258 }, V311);
    QCOMPARE(out, "xyz"_ba + bytes("c0 00 62 02 01 02"));
}

void TestMqttCodec::encoderWritesOnlyPropertiesThePacketMayCarry()
{
    Publish p { .topic = u"t"_s, .payload = "x"_ba };
    p.properties.reasonString = u"not for PUBLISH"_s; // 5.0 2.2.2.2: PUBLISH may not carry a Reason String
    p.properties.receiveMaximum = 5;
    p.properties.contentType = u"a"_s;
    QCOMPARE(encode(p, V5), bytes("30 09 00 01 't' 04 03 00 01 'a' 'x'"));
    // 3.1.1 has no properties at all.
    QCOMPARE(encode(p, V311), bytes("30 04 00 01 't' 'x'"));
    // A DISCONNECT under 3.1.1 has no reason code either.
    QCOMPARE(encode(Disconnect { .reasonCode = 0x8B }, V311), bytes("e0 00"));
    // DUP is never set on QoS 0 (MQTT-3.3.1-2).
    QCOMPARE(encode(Publish { .topic = u"t"_s, .dup = true }, V311), bytes("30 03 00 01 't'"));
}

void TestMqttCodec::encoderCutsOverlongStringsAtCodePoints()
{
    // MQTT-1.5.4: a UTF-8 string holds at most 65,535 bytes. A topic of 65,534 ASCII characters and one 'é'
    // (two bytes) cannot fit: the encoder stops before the 'é' so the packet stays well-formed.
    const QString topic = QString(65534, u'a') + u"é"_s;
    const QByteArray wire = encode(Publish { .topic = topic, .payload = "p"_ba }, V311);
    const DecodeResult result = decoderFor(Role::Client, V311).decode(wire);
    QVERIFY2(result.status == DecodeResult::Status::Complete, qPrintable(result.error));
    const Publish &decoded = std::get<Publish>(result.packet);
    QCOMPARE(decoded.topic, QString(65534, u'a'));
    QCOMPARE(decoded.payload, "p"_ba);

    // 65,532 ASCII characters and two 'é' need 65,536 bytes; the cut keeps one 'é' and lands on 65,534 bytes, as
    // many as the string has UTF-16 units.
    const QString evenCut = QString(65532, u'a') + u"éé"_s;
    const QByteArray evenWire = encode(Publish { .topic = evenCut }, V311);
    const DecodeResult evenResult = decoderFor(Role::Client, V311).decode(evenWire);
    QVERIFY2(evenResult.status == DecodeResult::Status::Complete, qPrintable(evenResult.error));
    QCOMPARE(std::get<Publish>(evenResult.packet).topic, QString(65532, u'a') + u"é"_s);
}

void TestMqttCodec::reasonCodeText_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<PacketType>("context");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("text");

    QTest::newRow("MQTT 3.1.1 3.2.2.3 return code 4")
        << 4 << PacketType::ConnAck << V311 << u"bad user name or password"_s;
    QTest::newRow("MQTT 3.1.1 3.2.2.3 return code 1")
        << 1 << PacketType::ConnAck << V311 << u"unacceptable protocol version"_s;
    QTest::newRow("MQTT 3.1.1 3.2.2.3 return code 5 under 3.1")
        << 5 << PacketType::ConnAck << V31 << u"not authorized"_s;
    QTest::newRow("MQTT 3.1.1 3.2.2.3 undefined return code 9")
        << 9 << PacketType::ConnAck << V311 << u"unknown return code 9"_s;
    QTest::newRow("MQTT 3.1.1 3.9.3 SUBACK failure") << 0x80 << PacketType::SubAck << V311 << u"failure"_s;
    QTest::newRow("MQTT 3.1.1 3.9.3 SUBACK granted QoS 2") << 2 << PacketType::SubAck << V311 << u"granted QoS 2"_s;
    QTest::newRow("MQTT 5.0 2.4 0x00 in CONNACK") << 0 << PacketType::ConnAck << V5 << u"success"_s;
    QTest::newRow("MQTT 5.0 2.4 0x00 in DISCONNECT") << 0 << PacketType::Disconnect << V5 << u"normal disconnection"_s;
    QTest::newRow("MQTT 5.0 2.4 0x01 in SUBACK") << 1 << PacketType::SubAck << V5 << u"granted QoS 1"_s;
    QTest::newRow("MQTT 5.0 2.4 0x86 in CONNACK")
        << 0x86 << PacketType::ConnAck << V5 << u"bad user name or password"_s;
    QTest::newRow("MQTT 5.0 2.4 0x97 in PUBACK") << 0x97 << PacketType::PubAck << V5 << u"quota exceeded"_s;
    QTest::newRow("MQTT 5.0 2.4 0x8E in DISCONNECT") << 0x8E << PacketType::Disconnect << V5 << u"session taken over"_s;
    QTest::newRow("MQTT 5.0 2.4 0x19 in AUTH") << 0x19 << PacketType::Auth << V5 << u"re-authenticate"_s;
    QTest::newRow("MQTT 5.0 2.4 undefined 0x42") << 0x42 << PacketType::PubAck << V5 << u"unknown reason code 0x42"_s;
}

void TestMqttCodec::reasonCodeText()
{
    QFETCH(int, code);
    QFETCH(PacketType, context);
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, text);
    QCOMPARE(Mqtt::reasonCodeText(quint8(code), context, version), text);
}

QTEST_GUILESS_MAIN(TestMqttCodec)
#include "tst_mqttcodec.moc"
