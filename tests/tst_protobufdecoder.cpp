// SPDX-License-Identifier: MIT
// Protocol Buffers without a schema and Sparkplug B (core/payload/protobufdecoder): the fields of the wire format as
// a tree keyed by number, repeated numbers as arrays, the open choices of a schema-less read (negative varints,
// floats, text or nested message or bytes); every malformed input said in words with its byte; grouping that stays
// linear; Sparkplug B payloads with named, typed metrics; and which payloads the detector reads as either.

#include "payload/payloaddetector.h"
#include "payload/protobufdecoder.h"
#include "protobufwire.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestProtobufDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void protobufRaw_data();
    void protobufRaw();
    void protobufInvalid_data();
    void protobufInvalid();
    void protobufManyFieldNumbers();
    void sparkplugB();
    void sparkplugDetection();
};

void TestProtobufDecoder::protobufRaw_data()
{
    using namespace ProtobufWire;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text"); // the tree as subtreeText() writes it

    // The classic example of the protobuf documentation: field 1, varint 150.
    QTest::newRow("a varint") << QByteArray::fromHex("089601") << u"{1: 150}"_s;
    QTest::newRow("text, a nested message, a repeated field")
        << bytes(1, "pump 7") + bytes(2, number(1, 3) + float32(2, 21.5f)) + number(3, 1) + number(3, 2)
        << uR"({1: "pump 7", 2: {1: 3, 2: 21.5}, 3: [1, 2]})"_s;
    QTest::newRow("a negative int64 (a 10-byte varint)") << number(1, quint64(-42)) << u"{1: -42}"_s;
    QTest::newRow("a double") << float64(4, -0.25) << u"{4: -0.25}"_s;
    QTest::newRow("a float reads as short as it can") << float32(4, 5.9451065f) << u"{4: 5.9451065}"_s;
    QTest::newRow("bytes that are neither text nor a message")
        << bytes(5, QByteArray::fromHex("00ff10")) << u"{5: h'00ff10'}"_s;
    QTest::newRow("an empty string, an empty payload is an empty message") << bytes(6, QByteArray()) << uR"({6: ""})"_s;
    QTest::newRow("empty") << QByteArray() << u"{}"_s;
    QTest::newRow("a group") << tag(7, 3) + number(1, 5) + tag(7, 4) << u"{7: {1: 5}}"_s;
    QTest::newRow("a float that is not finite keeps its bits")
        << QByteArray::fromHex("0d0000c07f") << uR"({1: "0x7fc00000"})"_s;
}

void TestProtobufDecoder::protobufRaw()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const ProtobufDecoder::Result result = ProtobufDecoder::decode(bytes);
    QVERIFY2(result.valid, qPrintable(result.error));
    QCOMPARE(result.tree->subtreeText(0), text);
    QVERIFY(ProtobufDecoder::decode(bytes, ProtobufDecoder::Schema::Raw, false).valid); // validating alone agrees
}

void TestProtobufDecoder::protobufInvalid_data()
{
    using namespace ProtobufWire;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("a varint running past the end")
        << QByteArray::fromHex("0896") << u"a varint runs past the end at byte 1."_s;
    QTest::newRow("a length beyond the payload")
        << QByteArray::fromHex("0a0561") << u"field 1 says 5 bytes follow, but only 1 do at byte 0."_s;
    QTest::newRow("wire type 7") << QByteArray::fromHex("0f") << u"wire type 7 does not exist"_s;
    QTest::newRow("field number 0") << QByteArray::fromHex("0001") << u"field number 0 is not allowed"_s;
    QTest::newRow("a group that never ends") << tag(7, 3) + number(1, 5) << u"the group of field 7 never ends"_s;
    QTest::newRow("an end without a start") << tag(7, 4) << u"a group of field 7 ends that never started"_s;
    QTest::newRow("a 64-bit value cut") << QByteArray::fromHex("0900") << u"a 64-bit value runs past the end"_s;
    QTest::newRow("text") << QByteArray("hello") << u"Not valid Protocol Buffers"_s;
}

void TestProtobufDecoder::protobufInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const ProtobufDecoder::Result result = ProtobufDecoder::decode(bytes);
    QVERIFY(!result.valid);
    QVERIFY2(result.error.startsWith(u"Not valid Protocol Buffers: "_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestProtobufDecoder::protobufManyFieldNumbers()
{
    // 100,000 distinct field numbers, and one number 100,000 times: both are grouped in linear time (a quadratic
    // grouping made this minutes long).
    QByteArray distinct;
    QByteArray repeated;
    for (quint32 n = 1; n <= 100'000; ++n) {
        distinct += ProtobufWire::number(n, 1);
        repeated += ProtobufWire::number(1, n);
    }
    const ProtobufDecoder::Result a = ProtobufDecoder::decode(distinct);
    QVERIFY2(a.valid, qPrintable(a.error));
    QCOMPARE(a.tree->childCount(0), 100'000);
    const ProtobufDecoder::Result b = ProtobufDecoder::decode(repeated);
    QVERIFY2(b.valid, qPrintable(b.error));
    QCOMPARE(b.tree->childCount(b.tree->child(0, 0)), 100'000);
}

void TestProtobufDecoder::sparkplugB()
{
    using namespace ProtobufWire;
    // A DDATA payload: timestamp, four metrics of different types (an Int16 kept in a uint32, as the specification
    // says), a sequence number; and a field the schema does not know, kept by number.
    const QByteArray payload = number(1, 1'700'000'000'123) + metric("Pump/Speed", 10, float64(13, 1450.5))
        + metric("Pump/Offset", 2, number(10, quint32(qint16(-12)) & 0xffffu))
        + metric("Pump/Running", 11, number(14, 1)) + metric("Pump/Mode", 12, bytes(15, "auto")) + number(3, 7)
        + number(99, 1);
    const ProtobufDecoder::Result result = ProtobufDecoder::decode(payload, ProtobufDecoder::Schema::SparkplugB);
    QVERIFY2(result.valid, qPrintable(result.error));
    const PayloadTree &tree = *result.tree;
    QCOMPARE(tree.subtreeText(0),
        uR"({"timestamp": 1700000000123, "metrics": [{"name": "Pump/Speed", "dataType": "Double", "value": 1450.5}, )"
        uR"({"name": "Pump/Offset", "dataType": "Int16", "value": -12}, {"name": "Pump/Running", "dataType": "Boolean", )"
        uR"("value": true}, {"name": "Pump/Mode", "dataType": "String", "value": "auto"}], "seq": 7, 99: 1})"_s);
    // The paths the charts and the diff use.
    const quint32 metrics = tree.member(0, u"metrics"_s);
    QCOMPARE(tree.path(tree.member(tree.child(metrics, 0), u"value"_s)), u"$.metrics[0].value"_s);

    // Not Sparkplug: says why, with the byte.
    const QByteArray wrong = number(1, 5) + number(2, 3); // metrics as a varint
    const ProtobufDecoder::Result bad = ProtobufDecoder::decode(wrong, ProtobufDecoder::Schema::SparkplugB);
    QVERIFY(!bad.valid);
    QVERIFY2(bad.error.contains(u"Not a Sparkplug B payload: its field 2 (metrics) at byte 2 has the wrong type."_s),
        qPrintable(bad.error));
}

void TestProtobufDecoder::sparkplugDetection()
{
    using namespace ProtobufWire;
    const QByteArray payload = number(1, 1'700'000'000'000) + metric("t", 9, float32(12, 20.5f)) + number(3, 0);
    // On a Sparkplug topic the payload reads as Sparkplug B; elsewhere the same bytes are binary, shown in hex.
    QCOMPARE(PayloadDetector::detect(payload, false, nullptr, u"spBv1.0/plant/DDATA/edge1/pump"_s).view,
        PayloadView::SparkplugB);
    QCOMPARE(PayloadDetector::detect(payload, false, nullptr, u"plant/pump"_s).view, PayloadView::Hex);
    // A Sparkplug topic with a payload that is not Sparkplug: hex, and why.
    const PayloadDetector::Detection wrong
        = PayloadDetector::detect(QByteArray::fromHex("0896"), false, nullptr, u"spBv1.0/g/NDATA/n"_s);
    QCOMPARE(wrong.view, PayloadView::Hex);
    QVERIFY2(wrong.note.contains(u"varint runs past the end"_s), qPrintable(wrong.note));
    // The host application's state topic carries JSON.
    QCOMPARE(PayloadDetector::detect(R"({"online":true,"timestamp":1})", false, nullptr, u"spBv1.0/STATE/host1"_s).view,
        PayloadView::Json);
    // A content type that says protobuf.
    Mqtt::Properties properties;
    properties.contentType = u"application/x-protobuf"_s;
    QCOMPARE(PayloadDetector::detect(payload, false, &properties).view, PayloadView::Protobuf);
}

QTEST_GUILESS_MAIN(TestProtobufDecoder)
#include "tst_protobufdecoder.moc"
