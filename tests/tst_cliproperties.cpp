// SPDX-License-Identifier: MIT
// canopy-cli -D, table by table against what mosquitto_pub and mosquitto_sub 2.0.11 do with the same option:
// - every command and property they accept takes effect: a scripted broker decodes the packet the property belongs
//   in (CONNECT, its will, PUBLISH, SUBSCRIBE, UNSUBSCRIBE, DISCONNECT) from canopy-cli and from the mosquitto
//   client run the same way, and both carry it;
// - the rest is refused before connecting, with a sentence and status 1: what mosquitto refuses too, and what it
//   accepts but then drops in silence or sends for the broker to reject (each row says which).

#include "cliprocess.h"
#include "cliwire.h"
#include "codec/mqttcodec.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CliProcess;

Q_DECLARE_METATYPE(Mqtt::PacketType)
Q_DECLARE_METATYPE(Mqtt::Properties)

namespace {

// The properties of the first packet of `type` (the will's properties for type Reserved), or nullopt.
std::optional<Mqtt::Properties> propertiesOf(const QList<Mqtt::Packet> &packets, Mqtt::PacketType type)
{
    for (const Mqtt::Packet &packet : packets) {
        const auto *connect = std::get_if<Mqtt::Connect>(&packet);
        if (type == Mqtt::PacketType::Reserved && connect)
            return connect->will ? std::optional(connect->will->properties) : std::nullopt;
        if (Mqtt::packetType(packet) != type)
            continue;
        return std::visit(
            [](const auto &typed) -> std::optional<Mqtt::Properties> {
                if constexpr (requires { typed.properties; })
                    return typed.properties;
                return std::nullopt;
            },
            packet);
    }
    return std::nullopt;
}

// What is set in `expected` is in `actual` with the same value (actual may carry more, such as canopy's Topic Alias
// Maximum). Empty when so; otherwise what differs.
QString missing(const Mqtt::Properties &actual, const Mqtt::Properties &expected)
{
    QStringList differences;
    const auto field = [&](const char *name, const auto &want, const auto &have) {
        if (want && want != have)
            differences.append(QString::fromLatin1(name));
    };
    field("payload-format-indicator", expected.payloadFormatIndicator, actual.payloadFormatIndicator);
    field("message-expiry-interval", expected.messageExpiryInterval, actual.messageExpiryInterval);
    field("content-type", expected.contentType, actual.contentType);
    field("response-topic", expected.responseTopic, actual.responseTopic);
    field("correlation-data", expected.correlationData, actual.correlationData);
    field("session-expiry-interval", expected.sessionExpiryInterval, actual.sessionExpiryInterval);
    field("authentication-method", expected.authenticationMethod, actual.authenticationMethod);
    field("authentication-data", expected.authenticationData, actual.authenticationData);
    field("request-problem-information", expected.requestProblemInformation, actual.requestProblemInformation);
    field("will-delay-interval", expected.willDelayInterval, actual.willDelayInterval);
    field("request-response-information", expected.requestResponseInformation, actual.requestResponseInformation);
    field("server-reference", expected.serverReference, actual.serverReference);
    field("reason-string", expected.reasonString, actual.reasonString);
    field("receive-maximum", expected.receiveMaximum, actual.receiveMaximum);
    field("topic-alias-maximum", expected.topicAliasMaximum, actual.topicAliasMaximum);
    field("topic-alias", expected.topicAlias, actual.topicAlias);
    field("maximum-packet-size", expected.maximumPacketSize, actual.maximumPacketSize);
    if (!expected.subscriptionIdentifiers.isEmpty()
        && expected.subscriptionIdentifiers != actual.subscriptionIdentifiers)
        differences.append(u"subscription-identifier"_s);
    if (!expected.userProperties.isEmpty() && expected.userProperties != actual.userProperties)
        differences.append(u"user-property"_s);
    return differences.join(u", "_s);
}

} // namespace

class TestCliProperties : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void takesEffectOnTheWire_data();
    void takesEffectOnTheWire();
    void refusedWithASentence_data();
    void refusedWithASentence();

private:
    QString m_cli;
    QString m_mosquittoPub;
    QString m_mosquittoSub;
};

void TestCliProperties::initTestCase()
{
    m_cli = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"canopy-cli was not built at %1 (set CANOPY_BINARY_DIR)"_s.arg(m_cli)));
    m_mosquittoPub = QStandardPaths::findExecutable(u"mosquitto_pub"_s);
    m_mosquittoSub = QStandardPaths::findExecutable(u"mosquitto_sub"_s);
    QVERIFY2(!m_mosquittoPub.isEmpty() && !m_mosquittoSub.isEmpty(), "install mosquitto-clients");
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliProperties::takesEffectOnTheWire_data()
{
    QTest::addColumn<QString>("command"); // pub or sub
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Mqtt::PacketType>("packet"); // Reserved: the will in CONNECT
    QTest::addColumn<Mqtt::Properties>("expected");

    using Mqtt::PacketType;
    const QStringList pub { u"-t"_s, u"props/t"_s, u"-m"_s, u"x"_s, u"-V"_s, u"mqttv5"_s };
    const QStringList sub { u"-t"_s, u"props/t"_s, u"-E"_s, u"-V"_s, u"mqttv5"_s };
    const QStringList will { u"--will-topic"_s, u"props/will"_s };
    const auto row
        = [](const char *name, const QString &command, const QStringList &arguments, PacketType packet,
              const Mqtt::Properties &expected) { QTest::newRow(name) << command << arguments << packet << expected; };
    const auto d = [](const QString &command, const QString &property, const QString &value) {
        return QStringList { u"-D"_s, command, property, value };
    };
    Mqtt::Properties p;

    // CONNECT
    p = {};
    p.sessionExpiryInterval = 120;
    row("connect session-expiry-interval", u"pub"_s, pub + d(u"connect"_s, u"session-expiry-interval"_s, u"120"_s),
        PacketType::Connect, p);
    p = {};
    p.authenticationMethod = u"SCRAM-SHA-1"_s;
    p.authenticationData = "client-first";
    row("connect authentication-method and -data", u"pub"_s,
        pub + d(u"connect"_s, u"authentication-method"_s, u"SCRAM-SHA-1"_s)
            + d(u"connect"_s, u"authentication-data"_s, u"client-first"_s),
        PacketType::Connect, p);
    p = {};
    p.requestProblemInformation = 0;
    p.requestResponseInformation = 1;
    row("connect request-problem-information, request-response-information", u"sub"_s,
        sub + d(u"connect"_s, u"request-problem-information"_s, u"0"_s)
            + d(u"connect"_s, u"request-response-information"_s, u"1"_s),
        PacketType::Connect, p);
    p = {};
    p.receiveMaximum = 7;
    p.maximumPacketSize = 4096;
    row("connect receive-maximum, maximum-packet-size", u"sub"_s,
        sub + d(u"connect"_s, u"receive-maximum"_s, u"7"_s) + d(u"connect"_s, u"maximum-packet-size"_s, u"4096"_s),
        PacketType::Connect, p);
    p = {};
    p.topicAliasMaximum = 2;
    row("connect topic-alias-maximum 2 (not canopy's own 1024)", u"sub"_s,
        sub + d(u"connect"_s, u"topic-alias-maximum"_s, u"2"_s), PacketType::Connect, p);
    p = {};
    p.topicAliasMaximum = 0;
    row("connect topic-alias-maximum 0, a valid value", u"sub"_s,
        sub + d(u"connect"_s, u"topic-alias-maximum"_s, u"0"_s), PacketType::Connect, p);
    p = {};
    p.userProperties = { { u"site"_s, u"north"_s }, { u"site"_s, u"south"_s } };
    row("connect user-property, repeated", u"pub"_s,
        pub
            + QStringList { u"-D"_s, u"connect"_s, u"user-property"_s, u"site"_s, u"north"_s, u"-D"_s, u"connect"_s,
                u"user-property"_s, u"site"_s, u"south"_s },
        PacketType::Connect, p);
    // -D makes an MQTT 5 client without -V, and takes names in any case.
    p = {};
    p.contentType = u"text/plain"_s;
    row("PUBLISH Content-Type without -V", u"pub"_s,
        QStringList { u"-t"_s, u"props/t"_s, u"-m"_s, u"x"_s } + d(u"PUBLISH"_s, u"Content-Type"_s, u"text/plain"_s),
        PacketType::Publish, p);

    // PUBLISH
    p = {};
    p.payloadFormatIndicator = 1;
    p.messageExpiryInterval = 3600;
    p.contentType = u"application/json"_s;
    p.responseTopic = u"replies/1"_s;
    p.correlationData = "req-1";
    row("publish payload-format-indicator, message-expiry-interval, content-type, response-topic, correlation-data",
        u"pub"_s,
        pub + d(u"publish"_s, u"payload-format-indicator"_s, u"1"_s)
            + d(u"publish"_s, u"message-expiry-interval"_s, u"3600"_s)
            + d(u"publish"_s, u"content-type"_s, u"application/json"_s)
            + d(u"publish"_s, u"response-topic"_s, u"replies/1"_s) + d(u"publish"_s, u"correlation-data"_s, u"req-1"_s),
        PacketType::Publish, p);
    p = {};
    p.topicAlias = 4;
    row("publish topic-alias", u"pub"_s, pub + d(u"publish"_s, u"topic-alias"_s, u"4"_s), PacketType::Publish, p);
    p = {};
    p.userProperties = { { u"k"_s, u"v"_s } };
    row("publish user-property", u"pub"_s,
        pub + QStringList { u"-D"_s, u"publish"_s, u"user-property"_s, u"k"_s, u"v"_s }, PacketType::Publish, p);

    // SUBSCRIBE, UNSUBSCRIBE
    p = {};
    p.subscriptionIdentifiers = { 99 };
    p.userProperties = { { u"k"_s, u"v"_s } };
    row("subscribe subscription-identifier, user-property", u"sub"_s,
        sub + d(u"subscribe"_s, u"subscription-identifier"_s, u"99"_s)
            + QStringList { u"-D"_s, u"subscribe"_s, u"user-property"_s, u"k"_s, u"v"_s },
        PacketType::Subscribe, p);
    p.subscriptionIdentifiers.clear(); // UNSUBSCRIBE has none
    row("unsubscribe user-property (with -U)", u"sub"_s,
        sub + QStringList { u"-U"_s, u"props/old"_s, u"-D"_s, u"unsubscribe"_s, u"user-property"_s, u"k"_s, u"v"_s },
        PacketType::Unsubscribe, p);

    // DISCONNECT, from pub and from sub
    p = {};
    p.sessionExpiryInterval = 0;
    row("disconnect session-expiry-interval 0 (sub -c)", u"sub"_s,
        sub + QStringList { u"-c"_s, u"-i"_s, u"props-sub"_s }
            + d(u"disconnect"_s, u"session-expiry-interval"_s, u"0"_s),
        PacketType::Disconnect, p);
    p.sessionExpiryInterval = 30;
    row("disconnect session-expiry-interval 30 (pub -x 60)", u"pub"_s,
        pub + QStringList { u"-x"_s, u"60"_s, u"-i"_s, u"props-pub"_s }
            + d(u"disconnect"_s, u"session-expiry-interval"_s, u"30"_s),
        PacketType::Disconnect, p);
    p = {};
    p.reasonString = u"done for today"_s;
    p.serverReference = u"other.example"_s;
    p.userProperties = { { u"k"_s, u"v"_s } };
    const QStringList disconnectProperties = d(u"disconnect"_s, u"reason-string"_s, u"done for today"_s)
        + d(u"disconnect"_s, u"server-reference"_s, u"other.example"_s)
        + QStringList { u"-D"_s, u"disconnect"_s, u"user-property"_s, u"k"_s, u"v"_s };
    row("disconnect reason-string, server-reference, user-property (pub)", u"pub"_s, pub + disconnectProperties,
        PacketType::Disconnect, p);
    row("disconnect reason-string, server-reference, user-property (sub)", u"sub"_s, sub + disconnectProperties,
        PacketType::Disconnect, p);

    // The will
    p = {};
    p.payloadFormatIndicator = 1;
    p.messageExpiryInterval = 60;
    p.contentType = u"text/plain"_s;
    p.responseTopic = u"replies/will"_s;
    p.correlationData = "w-1";
    p.willDelayInterval = 5;
    p.userProperties = { { u"k"_s, u"v"_s } };
    row("will properties", u"sub"_s,
        sub + will + d(u"will"_s, u"payload-format-indicator"_s, u"1"_s)
            + d(u"will"_s, u"message-expiry-interval"_s, u"60"_s) + d(u"will"_s, u"content-type"_s, u"text/plain"_s)
            + d(u"will"_s, u"response-topic"_s, u"replies/will"_s) + d(u"will"_s, u"correlation-data"_s, u"w-1"_s)
            + d(u"will"_s, u"will-delay-interval"_s, u"5"_s)
            + QStringList { u"-D"_s, u"will"_s, u"user-property"_s, u"k"_s, u"v"_s },
        PacketType::Reserved, p);
}

void TestCliProperties::takesEffectOnTheWire()
{
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    QFETCH(Mqtt::PacketType, packet);
    QFETCH(Mqtt::Properties, expected);

    const CliWire::Wire ours = CliWire::runAgainstScriptedBroker(m_cli, QStringList { command } + arguments);
    QVERIFY2(ours.process.exitCode == 0 && ours.error.isEmpty(),
        qPrintable(ours.error + u"; "_s + describe(m_cli, arguments, ours.process)));
    const auto ourProperties = propertiesOf(ours.packets, packet);
    QVERIFY2(ourProperties, "canopy-cli did not send the packet");
    QVERIFY2(
        missing(*ourProperties, expected).isEmpty(), qPrintable(u"canopy-cli: "_s + missing(*ourProperties, expected)));

    // mosquitto's client, run the same way, puts the same there.
    const QString program = command == u"pub"_s ? m_mosquittoPub : m_mosquittoSub;
    const CliWire::Wire theirs = CliWire::runAgainstScriptedBroker(program, arguments);
    QVERIFY2(theirs.process.exitCode == 0 && theirs.error.isEmpty(),
        qPrintable(theirs.error + u"; "_s + describe(program, arguments, theirs.process)));
    const auto theirProperties = propertiesOf(theirs.packets, packet);
    QVERIFY2(theirProperties, "the mosquitto client did not send the packet");
    QVERIFY2(missing(*theirProperties, expected).isEmpty(),
        qPrintable(u"the mosquitto client: "_s + missing(*theirProperties, expected)));
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliProperties::refusedWithASentence_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("sentence"); // part of canopy-cli's
    QTest::addColumn<bool>("mosquittoAccepts"); // and then drops it, or sends what a broker must refuse

    const auto row = [](const char *name, const QString &command, const QString &arguments, const QString &sentence,
                         bool mosquittoAccepts) {
        QStringList list = arguments.split(u' ', Qt::SkipEmptyParts);
        QTest::newRow(name) << command << list << sentence << mosquittoAccepts;
    };
    const QString pub = u"-t props/t -m x "_s;
    const QString sub = u"-t props/t "_s;
    // What mosquitto refuses too.
    row("CONNACK is the broker's", u"pub"_s, pub + u"-D connack reason-string x"_s, u"no properties on CONNACK"_s,
        false);
    row("AUTH", u"pub"_s, pub + u"-D auth user-property a b"_s, u"no properties on AUTH"_s, false);
    row("PUBACK", u"sub"_s, sub + u"-D puback user-property a b"_s, u"no properties on PUBACK"_s, false);
    row("unknown command", u"pub"_s, pub + u"-D frob user-property a b"_s, u"'frob' is not a command"_s, false);
    row("unknown property", u"pub"_s, pub + u"-D publish colour red"_s, u"'colour' is not an MQTT 5 property"_s, false);
    row("a property only brokers send", u"pub"_s, pub + u"-D connect maximum-qos 1"_s, u"only a broker sends"_s, false);
    row("a property the packet cannot carry", u"pub"_s, pub + u"-D publish session-expiry-interval 3"_s,
        u"cannot carry the property session-expiry-interval"_s, false);
    row("receive-maximum 0", u"pub"_s, pub + u"-D connect receive-maximum 0"_s, u"from 1 to 65535"_s, false);
    row("receive-maximum 70000", u"pub"_s, pub + u"-D connect receive-maximum 70000"_s, u"from 1 to 65535"_s, false);
    row("maximum-packet-size 0", u"pub"_s, pub + u"-D connect maximum-packet-size 0"_s, u"from 1 to 4294967295"_s,
        false);
    row("topic-alias 0", u"pub"_s, pub + u"-D publish topic-alias 0"_s, u"from 1 to 65535"_s, false);
    row("request-problem-information 2", u"pub"_s, pub + u"-D connect request-problem-information 2"_s,
        u"from 0 to 1"_s, false);
    row("a property twice", u"pub"_s, pub + u"-D publish content-type a -D publish content-type b"_s, u"given twice"_s,
        false);
    row("-x and -D connect session-expiry-interval", u"pub"_s,
        pub + u"-V 5 -x 10 -D connect session-expiry-interval 20"_s, u"give one"_s, false);
    // What mosquitto takes and then drops in silence, or sends for the broker to refuse.
    row("a reason-string in the will (the broker closes the connection)", u"pub"_s,
        pub + u"--will-topic w -D will reason-string x"_s, u"cannot carry the property reason-string"_s, true);
    row("will properties without a will (dropped)", u"pub"_s, pub + u"-D will content-type x"_s, u"add --will-topic"_s,
        true);
    row("pub does not subscribe (dropped)", u"pub"_s, pub + u"-D subscribe user-property a b"_s,
        u"sends no SUBSCRIBE packet"_s, true);
    row("sub does not publish (dropped)", u"sub"_s, sub + u"-D publish content-type x"_s, u"sends no PUBLISH packet"_s,
        true);
    row("unsubscribe without -U (dropped)", u"sub"_s, sub + u"-D unsubscribe user-property a b"_s, u"add -U"_s, true);
    row("-V 3.1.1 after -D (dropped)", u"pub"_s, pub + u"-D publish content-type x -V mqttv311"_s,
        u"-D sets MQTT 5 properties"_s, true);
    row("payload-format-indicator 7 (a protocol error)", u"pub"_s, pub + u"-D publish payload-format-indicator 7"_s,
        u"from 0 to 1"_s, true);
    row("message-expiry-interval abc (sent as 0)", u"pub"_s, pub + u"-D publish message-expiry-interval abc"_s,
        u"not a valid value"_s, true);
    row("a wildcard in response-topic (a protocol error)", u"pub"_s, pub + u"-D publish response-topic a/+"_s,
        u"without + or #"_s, true);
    row("DISCONNECT raising a session expiry of 0 (a protocol error)", u"pub"_s,
        pub + u"-D disconnect session-expiry-interval 60"_s, u"add -c or -x"_s, true);
}

void TestCliProperties::refusedWithASentence()
{
    QFETCH(QString, command);
    QFETCH(QStringList, arguments);
    QFETCH(QString, sentence);
    QFETCH(bool, mosquittoAccepts);
    QTcpServer probe; // a port nothing listens on: a client that gets past its options fails to connect there
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QStringList nowhere { u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(probe.serverPort()) };
    probe.close();

    const Finished ours = run(m_cli, QStringList { command } + arguments + nowhere);
    QVERIFY2(ours.exitCode == 1, qPrintable(describe(m_cli, arguments, ours)));
    const QString error = QString::fromLocal8Bit(ours.err);
    QVERIFY2(error.startsWith(u"Error: "_s) && error.contains(sentence), qPrintable(error));
    QVERIFY2(!error.contains(u"refused"_s), "canopy-cli tried to connect");

    const QString program = command == u"pub"_s ? m_mosquittoPub : m_mosquittoSub;
    const Finished theirs = run(program, arguments + nowhere);
    QVERIFY2(theirs.exitCode != 0, qPrintable(describe(program, arguments, theirs)));
    // Past its options, mosquitto's client tries to connect and says so.
    QCOMPARE(theirs.err.contains("Connection refused"), mosquittoAccepts);
}

QTEST_GUILESS_MAIN(TestCliProperties)
#include "tst_cliproperties.moc"
