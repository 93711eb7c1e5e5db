// SPDX-License-Identifier: MIT
// A composed message on its way to a PUBLISH: what is refused before sending and why (topic rules, hex and base64,
// placeholders, topic aliases, the broker's Maximum Packet Size with both sizes, QoS and retain the broker lacks),
// what is sent with a warning, the broker's answer in words, and the message's JSON form.

#include "codec/mqttcodec.h"
#include "codec/mqtttopic.h"
#include "common/translations.h"
#include "publish/publishmessage.h"
#include "publish/publishoutcome.h"
#include "publish/publishpreparation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PublishMessage)
Q_DECLARE_METATYPE(PreparedPublish::Field)

namespace {
PublishMessage message(const QString &topic, PayloadKind format = PayloadKind::Text, const QString &payload = {})
{
    PublishMessage m;
    m.topic = topic;
    m.format = format;
    m.payload = payload;
    return m;
}

PublishPreparation::Connection connectedWith(Mqtt::ServerLimits limits)
{
    PublishPreparation::Connection connection;
    connection.limits = limits;
    connection.limitsKnown = true;
    return connection;
}
} // namespace

class TestPublishMessage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void topicRules_data();
    void topicRules();
    void refused_data();
    void refused();
    void packetSizeNamesBothSizes();
    void payloadBytes();
    void properties();
    void warnings_data();
    void warnings();
    void outcomeWords_data();
    void outcomeWords();
    void jsonRoundTrip();
    void jsonRefusals_data();
    void jsonRefusals();
};

void TestPublishMessage::initTestCase()
{
    QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
}

void TestPublishMessage::topicRules_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("warning");

    QTest::newRow("MQTT-4.7.3-1 empty topic") << QString() << u"must not be empty [MQTT-4.7.3-1]"_s << QString();
    QTest::newRow("MQTT-3.3.2-2 '+' and where") << u"a/+/b"_s << u"wildcard + at character 3"_s << QString();
    QTest::newRow("MQTT-3.3.2-2 '#' and where") << u"a/#"_s << u"wildcard # at character 3"_s << QString();
    QTest::newRow("MQTT-4.7.3-2 NUL and where")
        << QStringView(u"ab\0c", 4).toString() << u"NUL character (U+0000) at character 3"_s << QString();
    QTest::newRow("MQTT-1.5.4-1 lone surrogate")
        << u"a"_s + QChar(0xDC00) << u"surrogate pair at character 2"_s << QString();
    QTest::newRow("MQTT-4.7.3-3 65,536 bytes")
        << QString(65536, u'a') << u"takes 65536 bytes in UTF-8; a topic may take at most 65,535"_s << QString();
    QTest::newRow("MQTT-4.7.3-3 65,535 bytes is allowed") << QString(65535, u'a') << QString() << QString();
    QTest::newRow("MQTT-4.7.1-1 empty level is allowed, with a warning") << u"a//b"_s << QString() << u"empty level"_s;
    QTest::newRow("MQTT-4.7.1-1 leading slash is allowed, with a warning") << u"/a"_s << QString() << u"empty level"_s;
    QTest::newRow("MQTT-4.7.2 $ topics warned") << u"$SYS/x"_s << QString() << u"reserved for the broker"_s;
    QTest::newRow("spaces at the ends warned") << u"a "_s << QString() << u"space"_s;
    QTest::newRow("plain") << u"home/kitchen/temperature"_s << QString() << QString();
}

void TestPublishMessage::topicRules()
{
    QFETCH(QString, topic);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    // The rules are codec's (isValidTopicName); the sentences say which one a topic breaks.
    QCOMPARE(Mqtt::topicNameError(topic).isEmpty(), Mqtt::isValidTopicName(topic));
    const PreparedPublish prepared = PublishPreparation::prepare(message(topic), {}, nullptr, {});
    if (error.isEmpty()) {
        QVERIFY2(!prepared.isRefused(), qPrintable(prepared.error.sentence));
    } else {
        QVERIFY(prepared.isRefused());
        QCOMPARE(prepared.errorField, PreparedPublish::Field::Topic);
        QVERIFY2(prepared.error.sentence.contains(error), qPrintable(prepared.error.sentence));
    }
    if (warning.isEmpty())
        QVERIFY2(prepared.warnings.isEmpty() || !error.isEmpty(), qPrintable(prepared.warnings.join(u' ')));
    else
        QVERIFY2(prepared.warnings.join(u' ').contains(warning), qPrintable(prepared.warnings.join(u' ')));
}

void TestPublishMessage::refused_data()
{
    QTest::addColumn<PublishMessage>("composed");
    QTest::addColumn<bool>("known"); // limits from a CONNACK
    QTest::addColumn<int>("aliasMaximum");
    QTest::addColumn<PreparedPublish::Field>("field");
    QTest::addColumn<QString>("words");

    QTest::newRow("invalid hex") << message(u"t"_s, PayloadKind::Hex, u"00 1x"_s) << false << 0
                                 << PreparedPublish::Field::Payload << u"\"x\" at line 1, column 5"_s;
    QTest::newRow("invalid base64") << message(u"t"_s, PayloadKind::Base64, u"ab$d"_s) << false << 0
                                    << PreparedPublish::Field::Payload << u"\"$\" at line 1, column 3"_s;
    PublishMessage unknownPlaceholder = message(u"t"_s, PayloadKind::Text, u"{{nope}}"_s);
    unknownPlaceholder.substitute = true;
    QTest::newRow("unknown placeholder") << unknownPlaceholder << false << 0 << PreparedPublish::Field::Payload
                                         << u"{{nope}}"_s;
    PublishMessage badCorrelation = message(u"t"_s);
    badCorrelation.correlationData = u"zz"_s;
    badCorrelation.correlationFormat = CorrelationKind::Hex;
    QTest::newRow("correlation data not hex")
        << badCorrelation << false << 0 << PreparedPublish::Field::CorrelationData << u"Correlation data: \"z\""_s;
    PublishMessage wildcardResponse = message(u"t"_s);
    wildcardResponse.responseTopic = u"replies/#"_s;
    QTest::newRow("MQTT-3.3.2-14 response topic with a wildcard")
        << wildcardResponse << false << 0 << PreparedPublish::Field::ResponseTopic << u"Response topic:"_s;
    PublishMessage aliased = message(u"t"_s);
    aliased.topicAlias = 5;
    QTest::newRow("MQTT-3.2.2-17 alias above the broker's maximum")
        << aliased << true << 4 << PreparedPublish::Field::TopicAlias << u"topic aliases 1 to 4"_s;
    QTest::newRow("MQTT-3.2.2-18 alias while the broker allows none")
        << aliased << true << 0 << PreparedPublish::Field::TopicAlias << u"accepts no topic aliases"_s;
}

void TestPublishMessage::refused()
{
    QFETCH(PublishMessage, composed);
    QFETCH(bool, known);
    QFETCH(int, aliasMaximum);
    QFETCH(PreparedPublish::Field, field);
    QFETCH(QString, words);
    Mqtt::ServerLimits limits;
    limits.topicAliasMaximum = quint16(aliasMaximum);
    PublishPreparation::Connection connection = connectedWith(limits);
    connection.limitsKnown = known;
    TemplateContext context;
    const PreparedPublish prepared = PublishPreparation::prepare(composed, {}, &context, connection);
    QVERIFY(prepared.isRefused());
    QCOMPARE(prepared.errorField, field);
    QVERIFY2(prepared.error.sentence.contains(words), qPrintable(prepared.error.sentence));
}

void TestPublishMessage::packetSizeNamesBothSizes()
{
    Mqtt::ServerLimits limits;
    limits.maximumPacketSize = 100;
    PublishMessage composed = message(u"t"_s, PayloadKind::Text, QString(200, u'x'));
    const PreparedPublish prepared = PublishPreparation::prepare(composed, {}, nullptr, connectedWith(limits));
    QVERIFY(prepared.isRefused());
    QCOMPARE(prepared.errorField, PreparedPublish::Field::Limits);
    Mqtt::Publish expected;
    expected.topic = u"t"_s;
    expected.payload = QByteArray(200, 'x');
    const qsizetype size = Mqtt::encodedSize(expected, Mqtt::ProtocolVersion::V5);
    QCOMPARE(prepared.error.sentence,
        u"The message would need a packet of %1 bytes, but the broker accepts at most 100 bytes."_s.arg(size));
    // One byte less than the limit passes.
    composed.payload = QString(int(200 - (size - 100)), u'x');
    QVERIFY(!PublishPreparation::prepare(composed, {}, nullptr, connectedWith(limits)).isRefused());
    // The broker's QoS and retain limits too.
    limits.maximumPacketSize = 0;
    limits.maximumQoS = 1;
    limits.retainAvailable = false;
    composed.qos = 2;
    QVERIFY(PublishPreparation::prepare(composed, {}, nullptr, connectedWith(limits))
                .error.sentence.contains(u"up to QoS 1 only"_s));
    composed.qos = 1;
    composed.retain = true;
    QVERIFY(PublishPreparation::prepare(composed, {}, nullptr, connectedWith(limits))
                .error.sentence.contains(u"does not support retained messages"_s));
}

void TestPublishMessage::payloadBytes()
{
    const QByteArray fileBytes("\x00\x01\xfe\xff", 4);
    QCOMPARE(PublishPreparation::prepare(message(u"t"_s, PayloadKind::File, u"/x"_s), fileBytes, nullptr, {})
                 .publish.payload,
        fileBytes);
    QCOMPARE(PublishPreparation::prepare(message(u"t"_s, PayloadKind::Text, u"é 😀"_s), {}, nullptr, {}).publish.payload,
        QByteArray("\xc3\xa9 \xf0\x9f\x98\x80"));
    QCOMPARE(
        PublishPreparation::prepare(message(u"t"_s, PayloadKind::Hex, u"00 ff"_s), {}, nullptr, {}).publish.payload,
        QByteArray("\x00\xff", 2));
    QCOMPARE(
        PublishPreparation::prepare(message(u"t"_s, PayloadKind::Base64, u"AP8="_s), {}, nullptr, {}).publish.payload,
        QByteArray("\x00\xff", 2));
    // Placeholders only when asked for, and only with a context.
    PublishMessage templated = message(u"t"_s, PayloadKind::Json, u"{\"n\": {{counter}}}"_s);
    TemplateContext context;
    context.counter = 3;
    QCOMPARE(
        PublishPreparation::prepare(templated, {}, &context, {}).publish.payload, QByteArray("{\"n\": {{counter}}}"));
    templated.substitute = true;
    const PreparedPublish prepared = PublishPreparation::prepare(templated, {}, &context, {});
    QCOMPARE(prepared.publish.payload, QByteArray("{\"n\": 3}"));
    QCOMPARE(prepared.expandedPayload, u"{\"n\": 3}"_s);
    QVERIFY(prepared.warnings.isEmpty()); // valid JSON once substituted
}

void TestPublishMessage::properties()
{
    PublishMessage composed = message(u"req/1"_s);
    composed.qos = 1;
    composed.retain = true;
    composed.contentType = u"application/json"_s;
    composed.payloadFormatIndicator = 1;
    composed.messageExpirySeconds = 60;
    composed.responseTopic = u"replies/1"_s;
    composed.correlationData = u"01 02 ff"_s;
    composed.correlationFormat = CorrelationKind::Hex;
    composed.userProperties = { { u"a"_s, u"1"_s }, { u"a"_s, u"2"_s }, { QString(), QString() } };
    composed.topicAlias = 2;
    Mqtt::ServerLimits limits;
    limits.topicAliasMaximum = 10;
    const PreparedPublish prepared = PublishPreparation::prepare(composed, {}, nullptr, connectedWith(limits));
    QVERIFY2(!prepared.isRefused(), qPrintable(prepared.error.sentence));
    const Mqtt::Properties &p = prepared.publish.properties;
    QCOMPARE(p.contentType, std::optional<QString>(u"application/json"_s));
    QCOMPARE(p.payloadFormatIndicator, std::optional<quint8>(1));
    QCOMPARE(p.messageExpiryInterval, std::optional<quint32>(60));
    QCOMPARE(p.responseTopic, std::optional<QString>(u"replies/1"_s));
    QCOMPARE(p.correlationData, std::optional<QByteArray>(QByteArray("\x01\x02\xff")));
    QCOMPARE(p.userProperties, composed.userProperties);
    QCOMPARE(p.topicAlias, std::optional<quint16>(2));
    QCOMPARE(prepared.publish.qos, quint8(1));
    QVERIFY(prepared.publish.retain);

    // Over MQTT 3.1.1: sent without them, and said so.
    PublishPreparation::Connection v311;
    v311.version = Mqtt::ProtocolVersion::V311;
    const PreparedPublish old = PublishPreparation::prepare(composed, {}, nullptr, v311);
    QVERIFY(!old.isRefused());
    QVERIFY(old.publish.properties.isEmpty());
    QVERIFY(old.warnings.join(u' ').contains(u"MQTT 3.1.1"_s));
}

void TestPublishMessage::warnings_data()
{
    QTest::addColumn<PublishMessage>("composed");
    QTest::addColumn<QString>("words");
    QTest::newRow("JSON that does not parse is sent as text")
        << message(u"t"_s, PayloadKind::Json, u"{\"a\": 1,}"_s) << u"not valid JSON (line 1, column 9)"_s;
    PublishMessage utf8 = message(u"t"_s, PayloadKind::Hex, u"ff fe"_s);
    utf8.payloadFormatIndicator = 1;
    QTest::newRow("MQTT-3.3.2.3.2 UTF-8 indicator on bytes that are not") << utf8 << u"not valid UTF-8"_s;
}

void TestPublishMessage::warnings()
{
    QFETCH(PublishMessage, composed);
    QFETCH(QString, words);
    const PreparedPublish prepared = PublishPreparation::prepare(composed, {}, nullptr, {});
    QVERIFY(!prepared.isRefused());
    QVERIFY2(prepared.warnings.join(u' ').contains(words), qPrintable(prepared.warnings.join(u' ')));
}

void TestPublishMessage::outcomeWords_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("qos");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reasonString");
    QTest::addColumn<QString>("words");
    using K = PublishOutcome::Kind;
    QTest::newRow("QoS 0 sent") << int(K::Sent) << 0 << 0 << QString() << u"sent"_s;
    QTest::newRow("QoS 1 PUBACK") << int(K::Acknowledged) << 1 << 0 << QString() << u"acknowledged (PUBACK)"_s;
    QTest::newRow("QoS 2 PUBCOMP") << int(K::Completed) << 2 << 0 << QString() << u"completed (PUBCOMP)"_s;
    QTest::newRow("MQTT 5 0x10 on PUBACK")
        << int(K::Acknowledged) << 1 << 0x10 << QString() << u"acknowledged (PUBACK): no matching subscribers (0x10)"_s;
    QTest::newRow("0x87 refusal") << int(K::Refused) << 1 << 0x87 << QString() << u"not authorized (0x87)"_s;
    QTest::newRow("0x90 with a reason string")
        << int(K::Refused) << 2 << 0x90 << u"no spaces here"_s << u"topic name invalid (0x90): “no spaces here”"_s;
}

void TestPublishMessage::outcomeWords()
{
    QFETCH(int, kind);
    QFETCH(int, qos);
    QFETCH(int, code);
    QFETCH(QString, reasonString);
    QFETCH(QString, words);
    PublishOutcome outcome;
    outcome.kind = PublishOutcome::Kind(kind);
    outcome.qos = quint8(qos);
    outcome.reasonCode = quint8(code);
    outcome.reasonString = reasonString;
    QCOMPARE(outcome.text(), words);
}

void TestPublishMessage::jsonRoundTrip()
{
    PublishMessage full = message(u"a/b"_s, PayloadKind::Base64, u"AAEC"_s);
    full.substitute = true;
    full.qos = 2;
    full.retain = true;
    full.contentType = u"text/plain"_s;
    full.payloadFormatIndicator = 0;
    full.messageExpirySeconds = 4294967295u;
    full.responseTopic = u"r"_s;
    full.correlationData = u"0a0b"_s;
    full.correlationFormat = CorrelationKind::Hex;
    full.userProperties = { { u"k"_s, u"v"_s }, { u"k"_s, u"w"_s } };
    full.topicAlias = 65535;
    for (const PublishMessage &m : { full, message(u"plain"_s) }) {
        QString error;
        JsonPath where;
        const QJsonValue json = QJsonDocument::fromJson(QJsonDocument(m.toJson()).toJson()).object();
        const std::optional<PublishMessage> back = PublishMessage::fromJson(json, &error, &where);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, m);
    }
}

void TestPublishMessage::jsonRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    QTest::newRow("not an object") << QByteArray("[1]") << QString() << u"JSON object"_s;
    QTest::newRow("no topic") << QByteArray("{\"payload\": \"x\"}") << QString() << u"\"topic\""_s;
    QTest::newRow("topic not a string") << QByteArray("{\"topic\": 5}") << u"topic"_s << u"\"topic\""_s;
    QTest::newRow("unknown format") << QByteArray("{\"topic\": \"t\", \"format\": \"xml\"}") << u"format"_s
                                    << u"\"xml\" is not a payload format"_s;
    QTest::newRow("QoS 3") << QByteArray("{\"topic\": \"t\", \"qos\": 3}") << u"qos"_s << u"from 0 to 2"_s;
    QTest::newRow("QoS 1.5") << QByteArray("{\"topic\": \"t\", \"qos\": 1.5}") << u"qos"_s << u"whole number"_s;
    QTest::newRow("retain as a string") << QByteArray("{\"topic\": \"t\", \"retain\": \"yes\"}") << u"retain"_s
                                        << u"true or false"_s;
    QTest::newRow("expiry too large") << QByteArray(
        "{\"topic\": \"t\", \"properties\": {\"messageExpiryInterval\": 4294967296}}")
                                      << u"properties.messageExpiryInterval"_s << u"0 to 4294967295"_s;
    QTest::newRow("alias 0") << QByteArray("{\"topic\": \"t\", \"properties\": {\"topicAlias\": 0}}")
                             << u"properties.topicAlias"_s << u"1 to 65535"_s;
    QTest::newRow("user property without value")
        << QByteArray("{\"topic\": \"t\", \"properties\": {\"userProperties\": [{\"name\": \"a\"}]}}")
        << u"properties.userProperties[0]"_s << u"\"value\""_s;
}

void TestPublishMessage::jsonRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, words);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    QString error;
    JsonPath where;
    QVERIFY(!PublishMessage::fromJson(value, &error, &where));
    QVERIFY2(error.contains(words), qPrintable(error));
    QCOMPARE(JsonText::pathText(where), path);
}

QTEST_GUILESS_MAIN(TestPublishMessage)
#include "tst_publishmessage.moc"
