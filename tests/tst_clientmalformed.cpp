// SPDX-License-Identifier: MIT
// Mqtt::Client against a scripted fake broker that breaks the protocol: every class of malformed or forbidden packet
// must end the connection with one clear sentence naming the problem (and, under MQTT 5, a DISCONNECT with the
// right reason code first), and never crash.

#include "clienttestutil.h"
#include "clientwire.h"
#include "common/translations.h"
#include "fakebroker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ClientTest;
using namespace ClientWire;
using Mqtt::PacketType;

namespace {
enum class Setup { Connected, BeforeConnAck, Subscribed };
} // namespace

Q_DECLARE_METATYPE(ProtocolVersion)
Q_DECLARE_METATYPE(Setup)

class TestClientMalformed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); } // "1 byte", "2 bytes"
    void closesOnBrokerFault_data();
    void closesOnBrokerFault();
};

void TestClientMalformed::closesOnBrokerFault_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("keyword"); // the sentence must name the problem
    QTest::addColumn<int>("disconnectReason"); // MQTT 5: the reason code of the client's DISCONNECT

    for (const ProtocolVersion v : { ProtocolVersion::V311, ProtocolVersion::V5 }) {
        const QByteArray name = versionName(v).toLatin1() + ' ';
        const auto row
            = [&](const char *title, Setup setup, const QByteArray &bytes, const QString &keyword, int reason) {
                  QTest::newRow(QByteArray(name + title).constData()) << v << setup << bytes << keyword << reason;
              };
        const bool v5 = v == ProtocolVersion::V5;
        const QByteArray noProps = v5 ? QByteArray(1, '\0') : QByteArray();
        row("MQTT-1.5.5 remaining length longer than 4 bytes", Setup::Connected, QByteArray::fromHex("30ffffffff7f"),
            u"longer than 4 bytes"_s, 0x81);
        row("MQTT-1.5.5-1 remaining length not minimal", Setup::Connected, QByteArray::fromHex("d08000"),
            u"fewest bytes"_s, 0x81);
        row("MQTT-2.1.3-1 reserved flag bits set on PUBACK", Setup::Connected, QByteArray::fromHex("41020001"),
            u"flags"_s, 0x81);
        row("MQTT-3.3.1-4 PUBLISH with QoS 3", Setup::Connected, publish(v, 0x06, "a/b", 1), u"QoS 3"_s, 0x81);
        row("MQTT-3.3.1-2 DUP set on QoS 0", Setup::Connected, publish(v, 0x08, "a/b", -1), u"DUP"_s, 0x81);
        row("MQTT-3.6.1-1 PUBREL without flags 0010", Setup::Connected, QByteArray::fromHex("60020001"), u"flags"_s,
            0x81);
        row("MQTT-3.1 CONNECT from the server", Setup::Connected,
            packet(0x10, utf8("MQTT") + QByteArray("\x04\x02\x00\x3c", 4) + utf8("x")), u"CONNECT"_s, 0x82);
        row("MQTT-3.8 SUBSCRIBE from the server", Setup::Connected, packet(0x82, u16(1) + noProps + utf8("a") + '\0'),
            u"SUBSCRIBE"_s, 0x82);
        row("MQTT-3.10 UNSUBSCRIBE from the server", Setup::Connected, packet(0xA2, u16(1) + noProps + utf8("a")),
            u"UNSUBSCRIBE"_s, 0x82);
        row("MQTT-3.12 PINGREQ from the server", Setup::Connected, QByteArray::fromHex("c000"), u"PINGREQ"_s, 0x82);
        row("MQTT-2.1.2 reserved packet type 0", Setup::Connected, QByteArray::fromHex("0000"), u"forbids"_s, 0x81);
        row("MQTT-3.2.0-1 PUBLISH before CONNACK", Setup::BeforeConnAck, publish(v, 0, "a/b", -1), u"CONNACK"_s, 0x82);
        row("MQTT-3.2.0-2 second CONNACK", Setup::Connected, connAck(v), u"second CONNACK"_s, 0x82);
        row("MQTT-1.5.4-1 topic is not valid UTF-8", Setup::Connected, publish(v, 0, "a/\xff", -1), u"UTF-8"_s, 0x81);
        row("MQTT-1.5.4-2 topic contains U+0000", Setup::Connected, publish(v, 0, QByteArray("a\0b", 3), -1),
            u"U+0000"_s, 0x81);
        row("MQTT-1.5.4-1 topic contains an encoded surrogate", Setup::Connected, publish(v, 0, "a/\xed\xa0\x80", -1),
            u"surrogate"_s, 0x81);
        row("MQTT-3.3.2-2 wildcard in a PUBLISH topic", Setup::Connected, publish(v, 0, "a/+/c", -1), u"wildcard"_s,
            0x90);
        row("MQTT-2.2.1-3 QoS 1 PUBLISH with packet identifier 0", Setup::Connected, publish(v, 0x02, "a/b", 0),
            u"identifier 0"_s, 0x82);
        row("MQTT-4.3.2 unsolicited PUBACK", Setup::Connected, QByteArray::fromHex("40020009"),
            u"packet identifier 9"_s, 0x82);
        row("MQTT-3.9.3 SUBACK without reason codes", Setup::Subscribed, packet(0x90, u16(1) + noProps),
            u"without any reason codes"_s, v5 ? 0x82 : 0x81);
        row("MQTT-3.9.3-1 SUBACK with more reason codes than filters", Setup::Subscribed,
            packet(0x90, u16(1) + noProps + QByteArray("\x00\x01", 2)), u"reason code"_s, 0x82);
        if (!v5) {
            row("MQTT-2.2.1 AUTH does not exist in 3.1.1", Setup::Connected, QByteArray::fromHex("f000"), u"AUTH"_s,
                -1);
            row("MQTT-3.14 DISCONNECT from the server in 3.1.1", Setup::Connected, QByteArray::fromHex("e000"),
                u"DISCONNECT"_s, -1);
            continue;
        }
        row("2.2.2.2 unknown property", Setup::Connected, publish(v, 0, "a/b", -1, QByteArray::fromHex("7f00")),
            u"unknown property"_s, 0x81);
        row("2.2.2.2 property given twice", Setup::Connected, publish(v, 0, "a/b", -1, QByteArray::fromHex("01000101")),
            u"more than once"_s, 0x82);
        row("2.2.2.2 property not allowed in PUBLISH", Setup::Connected,
            publish(v, 0, "a/b", -1, QByteArray::fromHex("1100000010")), u"may not appear"_s, 0x81);
        row("3.2.2.3.3 Receive Maximum 0 in CONNACK", Setup::BeforeConnAck, connAck(v, QByteArray::fromHex("210000")),
            u"Receive Maximum"_s, 0x82);
        row("3.2.2.3.4 Maximum QoS 2 in CONNACK", Setup::BeforeConnAck, connAck(v, QByteArray::fromHex("2402")),
            u"Maximum QoS"_s, 0x82);
        row("MQTT-3.3.2-8 Topic Alias 0", Setup::Connected, publish(v, 0, "a/b", -1, QByteArray::fromHex("230000")),
            u"Topic Alias 0"_s, 0x94);
        row("3.3.2.3.4 Topic Alias never set", Setup::Connected, publish(v, 0, "", -1, QByteArray::fromHex("230002")),
            u"topic alias 2"_s, 0x82);
        row("3.3.2.3.8 Subscription Identifier 0", Setup::Connected,
            publish(v, 0, "a/b", -1, QByteArray::fromHex("0b00")), u"Subscription Identifier"_s, 0x82);
        row("2.2.2.1 property length runs past the packet", Setup::Connected,
            packet(0x30, utf8("a/b") + QByteArray::fromHex("0a0100") + "x"), u"property length"_s, 0x81);
        row("MQTT-3.3.4-9 more QoS 2 publishes than our Receive Maximum", Setup::Connected,
            publish(v, 0x04, "a/b", 1) + publish(v, 0x04, "a/b", 2) + publish(v, 0x04, "a/b", 3),
            u"Receive Maximum of 2"_s, 0x93);
        row("MQTT-3.1.2-24 packet above our Maximum Packet Size", Setup::Connected,
            publish(v, 0, "a/b", -1, {}, QByteArray(600, 'x')), u"maximum packet size of 512"_s, 0x95);
    }
}

void TestClientMalformed::closesOnBrokerFault()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Setup, setup);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, keyword);
    QFETCH(int, disconnectReason);

    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), version, clientId(u"c"_s));
    options.session.receiveMaximum = 2;
    options.session.maximumPacketSize = 512;
    options.session.topicAliasMaximum = 4;
    client.setOptions(options);
    client.connectToBroker();
    const auto connect = broker.waitForPacket();
    QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
    broker.send(setup == Setup::BeforeConnAck ? bytes : connAck(version));
    if (setup != Setup::BeforeConnAck)
        QTRY_VERIFY(client.isConnected());
    if (setup == Setup::Subscribed) {
        client.subscribe(u"a/b"_s, 1);
        const auto subscribe = broker.waitForPacket();
        QVERIFY2(subscribe && std::holds_alternative<Mqtt::Subscribe>(*subscribe), qPrintable(broker.decodeError()));
        QCOMPARE(std::get<Mqtt::Subscribe>(*subscribe).packetId, quint16(1)); // the rows' SUBACKs answer id 1
    }
    if (setup != Setup::BeforeConnAck)
        broker.send(bytes);

    // The client ends the connection; under MQTT 5 it says why first [MQTT-4.13.1-1].
    QVERIFY2(broker.waitForDisconnected(), "the client did not close the connection");
    QList<Mqtt::Packet> answers;
    while (!broker.received().isEmpty()) {
        const auto answer = broker.waitForPacket(100);
        QVERIFY2(answer, qPrintable(broker.decodeError()));
        answers.append(*answer);
    }
    QTRY_COMPARE(client.state(), Client::State::Disconnected);

    QCOMPARE(recorder.errors.size(), 1);
    const QString sentence = recorder.errors.constFirst();
    QVERIFY2(sentence.contains(keyword, Qt::CaseInsensitive),
        qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(sentence, keyword)));
    QVERIFY2(sentence.endsWith(u'.') || sentence.endsWith(u')'), qPrintable(sentence));
    QCOMPARE(recorder.disconnects, 1);
    QCOMPARE(recorder.violations, recorder.errors); // told apart from a lost connection, with the same sentence

    QList<Mqtt::Disconnect> disconnects;
    for (const Mqtt::Packet &answer : std::as_const(answers)) {
        if (const auto *disconnect = std::get_if<Mqtt::Disconnect>(&answer))
            disconnects.append(*disconnect);
        else // only the acknowledgements of what came before the fault
            QVERIFY2(Mqtt::packetType(answer) == PacketType::PubRec, qPrintable(sentence));
    }
    if (version == ProtocolVersion::V5) {
        QCOMPARE(disconnects.size(), 1);
        QCOMPARE(Mqtt::packetType(answers.last()), PacketType::Disconnect);
        QCOMPARE(int(disconnects.first().reasonCode), disconnectReason);
        QCOMPARE(int(recorder.violationCodes.constFirst()), disconnectReason);
    } else {
        QCOMPARE(disconnects.size(), 0); // 3.1.1 has no DISCONNECT from the client that carries a reason
    }
}

QTEST_GUILESS_MAIN(TestClientMalformed)
#include "tst_clientmalformed.moc"
