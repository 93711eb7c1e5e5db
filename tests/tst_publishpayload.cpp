// SPDX-License-Identifier: MIT
// Payloads as typed in the publish panel: hex and base64 with the place they go wrong, JSON checked with line and
// column and re-spaced without changing a value or the order of members, and the {{…}} placeholders.

#include "publish/jsontext.h"
#include "publish/payloadencoding.h"
#include "publish/payloadtemplate.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPublishPayload : public QObject {
    Q_OBJECT

private slots:
    void hex_data();
    void hex();
    void base64_data();
    void base64();
    void base64MatchesQt();
    void jsonValid_data();
    void jsonValid();
    void jsonErrors_data();
    void jsonErrors();
    void jsonRespacing();
    void jsonValueOffset();
    void templates_data();
    void templates();
    void templateRandomRange();
    void templateErrors_data();
    void templateErrors();
};

void TestPublishPayload::hex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line"); // 0: valid
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");

    QTest::newRow("contiguous") << u"1f8b0800"_s << QByteArray("\x1f\x8b\x08\x00", 4) << 0 << 0 << QString();
    QTest::newRow("spaced, upper case") << u"DE AD be ef"_s << QByteArray("\xde\xad\xbe\xef") << 0 << 0 << QString();
    QTest::newRow("0x prefixes and lines") << u"0x01 0x02\n0xff"_s << QByteArray("\x01\x02\xff") << 0 << 0 << QString();
    QTest::newRow("colons") << u"00:11:22"_s << QByteArray("\x00\x11\x22", 3) << 0 << 0 << QString();
    QTest::newRow("empty is no bytes") << QString() << QByteArray() << 0 << 0 << QString();
    QTest::newRow("a letter that is not hex") << u"0a 0g"_s << QByteArray() << 1 << 5 << u"\"g\" at line 1, column 5"_s;
    QTest::newRow("second line") << u"00 11\n22 3z"_s << QByteArray() << 2 << 5 << u"\"z\" at line 2, column 5"_s;
    QTest::newRow("odd group") << u"00 abc"_s << QByteArray() << 1 << 4 << u"odd number of digits (3)"_s;
    QTest::newRow("0x alone") << u"01 0x"_s << QByteArray() << 1 << 4 << u"\"0x\" at line 1, column 4"_s;
    QTest::newRow("invisible character") << u"01\u200b02"_s << QByteArray() << 1 << 3 << u"U+200B"_s;
}

void TestPublishPayload::hex()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    InputError error;
    const QByteArray result = PayloadEncoding::fromHex(text, &error);
    if (line == 0) {
        QVERIFY2(!error.isError(), qPrintable(error.sentence));
        QCOMPARE(result, bytes);
        return;
    }
    QVERIFY(error.isError());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.sentence.contains(words), qPrintable(error.sentence));
    QVERIFY(result.isEmpty());
}

void TestPublishPayload::base64_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line"); // 0: valid
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");

    QTest::newRow("RFC 4648 'foobar'") << u"Zm9vYmFy"_s << QByteArray("foobar") << 0 << 0 << QString();
    QTest::newRow("RFC 4648 'fo' padded") << u"Zm8="_s << QByteArray("fo") << 0 << 0 << QString();
    QTest::newRow("RFC 4648 'f' padded") << u"Zg=="_s << QByteArray("f") << 0 << 0 << QString();
    QTest::newRow("padding left out") << u"Zg"_s << QByteArray("f") << 0 << 0 << QString();
    QTest::newRow("line breaks ignored") << u"Zm9v\nYmFy\n"_s << QByteArray("foobar") << 0 << 0 << QString();
    QTest::newRow("URL-safe alphabet") << u"-_8="_s << QByteArray("\xfb\xff") << 0 << 0 << QString();
    QTest::newRow("not in the alphabet") << u"Zm9v*mFy"_s << QByteArray() << 1 << 5 << u"\"*\" at line 1, column 5"_s;
    QTest::newRow("data after padding") << u"Zg==Zg=="_s << QByteArray() << 1 << 5 << u"follows the = padding"_s;
    QTest::newRow("a lone last character") << u"Zm9vY"_s << QByteArray() << 1 << 5 << u"group of one character"_s;
    QTest::newRow("too much padding") << u"Zm8=="_s << QByteArray() << 1 << 4 << u"(1 here)"_s;
    QTest::newRow("padding on a whole group") << u"Zm9v="_s << QByteArray() << 1 << 5 << u"(0 here)"_s;
}

void TestPublishPayload::base64()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    InputError error;
    const QByteArray result = PayloadEncoding::fromBase64(text, &error);
    if (line == 0) {
        QVERIFY2(!error.isError(), qPrintable(error.sentence));
        QCOMPARE(result, bytes);
        return;
    }
    QVERIFY(error.isError());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.sentence.contains(words), qPrintable(error.sentence));
}

void TestPublishPayload::base64MatchesQt()
{
    // Every length of arbitrary bytes, through Qt's encoder and back through ours.
    QByteArray bytes;
    for (int i = 0; i < 300; ++i) {
        bytes.append(char((i * 37 + 11) & 0xff));
        InputError error;
        QCOMPARE(PayloadEncoding::fromBase64(QString::fromLatin1(bytes.toBase64()), &error), bytes);
        QVERIFY(!error.isError());
        QCOMPARE(PayloadEncoding::fromHex(PayloadEncoding::toHex(bytes), &error), bytes);
        QVERIFY(!error.isError());
    }
}

void TestPublishPayload::jsonValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("RFC 8259 object") << u"{\"a\": [1, 2.5, -0.1e+3, true, false, null, \"x\"]}"_s;
    QTest::newRow("RFC 8259 scalar number") << u"42"_s;
    QTest::newRow("RFC 8259 scalar string") << u"\"on\""_s;
    QTest::newRow("RFC 8259 literal") << u" true \n"_s;
    QTest::newRow("RFC 8259 escapes") << u"\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9\""_s;
    QTest::newRow("RFC 8259 empty containers") << u"{\"a\": {}, \"b\": []}"_s;
}

void TestPublishPayload::jsonValid()
{
    QFETCH(QString, text);
    const InputError error = JsonText::validate(text);
    QVERIFY2(!error.isError(), qPrintable(error.sentence));
}

void TestPublishPayload::jsonErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");

    QTest::newRow("empty") << QString() << 1 << 1 << u"empty"_s;
    QTest::newRow("trailing comma in an object") << u"{\n  \"a\": 1,\n}"_s << 3 << 1 << u"remove the comma"_s;
    QTest::newRow("trailing comma in an array") << u"[1, 2,]"_s << 1 << 7 << u"remove the comma"_s;
    QTest::newRow("missing colon") << u"{\"a\" 1}"_s << 1 << 6 << u"colon"_s;
    QTest::newRow("single quotes") << u"{'a': 1}"_s << 1 << 2 << u"double quotes"_s;
    QTest::newRow("unquoted name") << u"{a: 1}"_s << 1 << 2 << u"name of a member"_s;
    QTest::newRow("unclosed string") << u"{\"a\": \"b}"_s << 1 << 7 << u"not closed"_s;
    QTest::newRow("line break in a string") << u"\"a\nb\""_s << 1 << 3 << u"U+000A"_s;
    QTest::newRow("bad escape") << u"\"\\x\""_s << 1 << 2 << u"\\x is not an escape"_s;
    QTest::newRow("short \\u") << u"\"\\u12\""_s << 1 << 4 << u"four hexadecimal digits"_s;
    QTest::newRow("leading zero") << u"[01]"_s << 1 << 3 << u"begin with 0"_s;
    QTest::newRow("bare decimal point") << u"1."_s << 1 << 3 << u"decimal point"_s;
    QTest::newRow("NaN") << u"NaN"_s << 1 << 1 << u"\"N\""_s;
    QTest::newRow("typo in a literal") << u"[tru]"_s << 1 << 2 << u"did you mean true"_s;
    QTest::newRow("two values") << u"{} {}"_s << 1 << 4 << u"after the end"_s;
    QTest::newRow("unclosed object") << u"{\"a\": 1"_s << 1 << 8 << u"end of the text"_s;
    QTest::newRow("placeholder outside a string") << u"{\"n\": {{counter}}}"_s << 1 << 8 << u"name of a member"_s;
    QTest::newRow("too deep") << QString(600, u'[') << 1 << 513 << u"512 levels"_s;
}

void TestPublishPayload::jsonErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    const InputError error = JsonText::validate(text);
    QVERIFY(error.isError());
    QVERIFY2(error.sentence.contains(words), qPrintable(error.sentence));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    // Qt's parser agrees that it is not JSON (where it reads the same grammar).
    if (text.startsWith(u'{') || text.startsWith(u'[')) {
        QJsonParseError qtError;
        QJsonDocument::fromJson(text.toUtf8(), &qtError);
        QVERIFY(qtError.error != QJsonParseError::NoError);
    }
}

void TestPublishPayload::jsonRespacing()
{
    // Members keep their order, numbers their spelling, strings their spaces and escapes.
    const QString typed
        = u"{ \"z\" : 12345678901234567890 , \"a\":[ 1.50 ,{},[ ] , \"x  y\\\" }\" ],\"m\" : {\"k\":null}}"_s;
    QCOMPARE(JsonText::compact(typed),
        u"{\"z\":12345678901234567890,\"a\":[1.50,{},[],\"x  y\\\" }\"],\"m\":{\"k\":null}}"_s);
    QCOMPARE(JsonText::pretty(typed),
        u"{\n  \"z\": 12345678901234567890,\n  \"a\": [\n    1.50,\n    {},\n    [],\n    \"x  y\\\" }\"\n  ],\n"
        u"  \"m\": {\n    \"k\": null\n  }\n}"_s);
    QCOMPARE(JsonText::compact(JsonText::pretty(typed)), JsonText::compact(typed));
    QVERIFY(!JsonText::validate(JsonText::pretty(typed)).isError());
    // Invalid text is left alone.
    QCOMPARE(JsonText::pretty(u"{\"a\": }"_s), u"{\"a\": }"_s);
    QCOMPARE(JsonText::compact(u"  42 "_s), u"42"_s);
    // A payload template: placeholders outside strings are values, kept as typed; inside strings they are text.
    const QString templated = u"{\"n\": {{ counter }}, \"s\": \"{{x}} y\", \"r\": [{{random:1:2}}]}"_s;
    QCOMPARE(JsonText::pretty(templated), templated); // not JSON as such
    QCOMPARE(JsonText::pretty(templated, true),
        u"{\n  \"n\": {{ counter }},\n  \"s\": \"{{x}} y\",\n  \"r\": [\n    {{random:1:2}}\n  ]\n}"_s);
    QCOMPARE(JsonText::compact(JsonText::pretty(templated, true), true),
        u"{\"n\":{{ counter }},\"s\":\"{{x}} y\",\"r\":[{{random:1:2}}]}"_s);
    QCOMPARE(JsonText::pretty(u"{\"a\": {{counter}},}"_s, true), u"{\"a\": {{counter}},}"_s); // still invalid
}

void TestPublishPayload::jsonValueOffset()
{
    const QString text = u"{\n  \"name\": \"x\",\n  \"messages\": [\n    {\"qos\": 1},\n    {\"qos\": 7}\n  ]\n}"_s;
    const qsizetype offset = JsonText::valueOffset(text, { u"messages"_s, qsizetype(1), u"qos"_s });
    QVERIFY(offset > 0);
    QCOMPARE(text.mid(offset, 1), u"7"_s);
    QCOMPARE(JsonText::valueOffset(text, {}), 0);
    QCOMPARE(JsonText::valueOffset(text, { u"messages"_s, qsizetype(2) }), -1);
    QCOMPARE(JsonText::valueOffset(text, { u"nothing"_s }), -1);
    QCOMPARE(JsonText::pathText({ u"messages"_s, qsizetype(1), u"qos"_s }), u"messages[1].qos"_s);
}

void TestPublishPayload::templates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("counter") << u"{\"n\": {{counter}}}"_s << u"{\"n\": 7}"_s;
    QTest::newRow("spaces inside braces") << u"{{ counter }}"_s << u"7"_s;
    QTest::newRow("timestamp in ms") << u"t={{timestamp}}"_s << u"t=1767225600123"_s;
    QTest::newRow("timestamp ISO 8601") << u"{{timestamp:iso}}"_s << u"2026-01-01T00:00:00.123Z"_s;
    QTest::newRow("random integer, u=0.5") << u"{{random:1:10}}"_s << u"6"_s;
    QTest::newRow("random decimals follow the range") << u"{{random:20.0:25.50}}"_s << u"22.75"_s;
    QTest::newRow("negative range") << u"{{random:-10:-10}}"_s << u"-10"_s;
    QTest::newRow("no placeholder") << u"plain {text}"_s << u"plain {text}"_s;
    QTest::newRow("unclosed braces stay text") << u"a {{counter"_s << u"a {{counter"_s;
    QTest::newRow("several") << u"{{counter}}-{{counter}}"_s << u"7-7"_s;
}

void TestPublishPayload::templates()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    TemplateContext context;
    context.counter = 7;
    context.timestampMs = 1767225600123;
    context.random = [] { return 0.5; };
    InputError error;
    QCOMPARE(PayloadTemplate::substitute(text, context, &error), expected);
    QVERIFY2(!error.isError(), qPrintable(error.sentence));
}

void TestPublishPayload::templateRandomRange()
{
    // The extremes of the random source land on the ends of the range, both included.
    TemplateContext context;
    InputError error;
    context.random = [] { return 0.0; };
    QCOMPARE(PayloadTemplate::substitute(u"{{random:1:6}}"_s, context, &error), u"1"_s);
    QCOMPARE(PayloadTemplate::substitute(u"{{random:0.5:1.5}}"_s, context, &error), u"0.5"_s);
    context.random = [] { return std::nextafter(1.0, 0.0); };
    QCOMPARE(PayloadTemplate::substitute(u"{{random:1:6}}"_s, context, &error), u"6"_s);
    QCOMPARE(PayloadTemplate::substitute(u"{{random:0.5:1.5}}"_s, context, &error), u"1.5"_s);
    context.random = [] { return 1.0; }; // out of contract: clamped
    QCOMPARE(PayloadTemplate::substitute(u"{{random:1:6}}"_s, context, &error), u"6"_s);
    context.random = nullptr;
    QCOMPARE(PayloadTemplate::substitute(u"{{random:3:9}}"_s, context, &error), u"3"_s);
}

void TestPublishPayload::templateErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown name") << u"ab {{count}}"_s << 4 << u"{{count}} at line 1, column 4 is not a placeholder"_s;
    QTest::newRow("random without range") << u"{{random}}"_s << 1 << u"needs a range"_s;
    QTest::newRow("random with words") << u"{{random:a:b}}"_s << 1 << u"two numbers"_s;
    QTest::newRow("random upside down") << u"{{random:9:1}}"_s << 1 << u"upside down"_s;
    QTest::newRow("random beyond 10^15") << u"{{random:0:1e300}}"_s << 1 << u"out of reach"_s;
    QTest::newRow("random with 12 decimals") << u"{{random:0:0.000000000001}}"_s << 1 << u"out of reach"_s;
}

void TestPublishPayload::templateErrors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, words);
    InputError error;
    QCOMPARE(PayloadTemplate::substitute(text, TemplateContext {}, &error), text);
    QVERIFY(error.isError());
    QCOMPARE(error.column, column);
    QVERIFY2(error.sentence.contains(words), qPrintable(error.sentence));
}

QTEST_GUILESS_MAIN(TestPublishPayload)
#include "tst_publishpayload.moc"
