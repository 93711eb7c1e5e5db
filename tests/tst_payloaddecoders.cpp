// SPDX-License-Identifier: MIT
// The inspector's payload views in core: which view a payload gets (image magic, content type, JSON, text, CBOR,
// MessagePack, hex) and why not another; text with invalid UTF-8 marked, never dropped, in pages; JSON parsed
// iteratively (10,000 levels, a million elements, errors in words with line and column, NaN and Infinity with a
// warning), pretty-printed a page at a time; CBOR as a tree and in diagnostic notation (QCborValue as the oracle);
// MessagePack as a tree; paths of tree nodes.

#include "common/translations.h"
#include "payload/cbordecoder.h"
#include "payload/jsonformatter.h"
#include "payload/jsonparser.h"
#include "payload/msgpackdecoder.h"
#include "payload/payloaddetector.h"
#include "payload/payloadtext.h"
#include "payload/payloadtree.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PayloadView)

class TestPayloadDecoders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); }
    void detection_data();
    void detection();
    void textMarksInvalidUtf8_data();
    void textMarksInvalidUtf8();
    void textPagesCoverThePayload();
    void base64Pages();
    void json_data();
    void json();
    void jsonTreeKeepsOrderNumbersAndPaths();
    void jsonDeepNesting_data();
    void jsonDeepNesting();
    void jsonHugeArray();
    void jsonNodeLimitStillValidates();
    void jsonFormatter_data();
    void jsonFormatter();
    void jsonFormatterPagesJoinUp();
    void pagesHoldNoLongLines();
    void cborDiagnosticMatchesQt_data();
    void cborDiagnosticMatchesQt();
    void cborTreeTagsAndKeys();
    void cborSpecialValues();
    void cborInvalid_data();
    void cborInvalid();
    void cborDeepNestingAndLimit();
    void msgPack_data();
    void msgPack();
    void msgPackInvalid_data();
    void msgPackInvalid();
    void msgPackDeepNesting();
    void subtreeTextAndPathSteps();
};

namespace {
QByteArray nested(int levels, char open, char close, const QByteArray &inner)
{
    return QByteArray(levels, open) + inner + QByteArray(levels, close);
}

QByteArray nestedObjects(int levels)
{
    QByteArray out;
    for (int i = 0; i < levels; ++i)
        out += "{\"k\":";
    out += "1";
    out += QByteArray(levels, '}');
    return out;
}

Mqtt::Properties contentType(const QString &type)
{
    Mqtt::Properties p;
    if (!type.isEmpty())
        p.contentType = type;
    return p;
}

// The node at a path of rows from the root.
quint32 nodeAt(const PayloadTree &tree, const QList<int> &rows)
{
    quint32 node = 0;
    for (int row : rows)
        node = tree.child(node, row);
    return node;
}
} // namespace

// ---- detection

void TestPayloadDecoders::detection_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("formatIndicator");
    QTest::addColumn<PayloadView>("view");
    QTest::addColumn<QString>("note");

    const QByteArray cborMap = QCborValue(QCborMap { { u"temp"_s, 21.5 }, { 1, QCborArray { 1, 2 } } }).toCbor();
    QByteArray bigCbor
        = QByteArray("\xd9\xd9\xf7\x5a\x00\x05\x00\x00", 8) + QByteArray(0x50000, 'x'); // tag 55799 + bytes
    const QByteArray msgPackMap("\x81\xa1\x61\x01", 4); // {"a": 1}

    QTest::newRow("text: plain UTF-8") << QByteArray("hello world") << false << QString() << -1 << PayloadView::Text
                                       << QString();
    QTest::newRow("text: empty payload") << QByteArray() << false << QString() << -1 << PayloadView::Text << QString();
    QTest::newRow("JSON: an object") << QByteArray("{\"a\": [1, 2]}") << false << QString() << -1 << PayloadView::Json
                                     << QString();
    QTest::newRow("JSON: an array after a byte order mark and spaces")
        << QByteArray("\xEF\xBB\xBF  [1]") << false << QString() << -1 << PayloadView::Json << QString();
    QTest::newRow("JSON: a number alone stays text")
        << QByteArray("42") << false << QString() << -1 << PayloadView::Text << QString();
    QTest::newRow("JSON: looks like JSON but is not: text, with the parse error in words")
        << QByteArray("{\"a\": }") << false << QString() << -1 << PayloadView::Text
        << u"Not valid JSON: expected a value at line 1, column 7."_s;
    QTest::newRow("JSON: a truncated document is text and says why")
        << QByteArray("{\"a\": [1, 2") << true << QString() << -1 << PayloadView::Text << u"cut"_s;
    QTest::newRow("JSON: NaN and Infinity (not strict JSON) still read as JSON")
        << QByteArray("{\"v\": NaN, \"w\": -Infinity}") << false << QString() << -1 << PayloadView::Json << QString();
    QTest::newRow("JSON: 10,000 levels of nesting")
        << nested(10000, '[', ']', "1") << false << QString() << -1 << PayloadView::Json << QString();
    QTest::newRow("content type JSON on text that is not JSON: text, and the error")
        << QByteArray("temperature=21") << false << u"application/json"_s << -1 << PayloadView::Text
        << u"The content type says JSON, but: Not valid JSON"_s;
    QTest::newRow("content type with parameters: application/json; charset=utf-8")
        << QByteArray("[true]") << false << u"Application/JSON; charset=utf-8"_s << -1 << PayloadView::Json
        << QString();
    QTest::newRow("content type CBOR on bytes that are not CBOR: hex, and the error")
        << QByteArray("\xff\x00\x01", 3) << false << u"application/cbor"_s << -1 << PayloadView::Hex
        << u"The content type says CBOR, but: Not valid CBOR"_s;
    QTest::newRow("content type MessagePack")
        << msgPackMap << false << u"application/vnd.msgpack"_s << -1 << PayloadView::MsgPackTree << QString();
    QTest::newRow("content type text/plain on JSON: text")
        << QByteArray("{}") << false << u"text/plain"_s << -1 << PayloadView::Text << QString();
    QTest::newRow("image: PNG magic") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << false << QString() << -1
                                      << PayloadView::Image << QString();
    QTest::newRow("image: JPEG magic") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << false << QString() << -1
                                       << PayloadView::Image << QString();
    QTest::newRow("image: GIF magic") << QByteArray("GIF89a\x01\0\x01\0", 10) << false << QString() << -1
                                      << PayloadView::Image << QString();
    QTest::newRow("image: WebP magic") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << false << QString() << -1
                                       << PayloadView::Image << QString();
    QTest::newRow("image: BMP magic") << (QByteArray("BM\x3a\0\0\0\0\0\0\0\x36\0\0\0", 14) + QByteArray(20, '\0'))
                                      << false << QString() << -1 << PayloadView::Image << QString();
    QTest::newRow("image: text that starts with BM is text")
        << QByteArray("BMW 320i, 2019, 45,000 km") << false << QString() << -1 << PayloadView::Text << QString();
    QTest::newRow("CBOR: a map") << cborMap << false << QString() << -1 << PayloadView::CborTree << QString();
    QTest::newRow("CBOR: self-described and too large to decode here")
        << bigCbor << false << QString() << -1 << PayloadView::CborTree << QString();
    QTest::newRow("MessagePack: a map that is not CBOR")
        << msgPackMap << false << QString() << -1 << PayloadView::MsgPackTree << QString();
    QTest::newRow("binary: random bytes are hex")
        << QByteArray("\x00\x01\x02\xfe\xff", 5) << false << QString() << -1 << PayloadView::Hex << QString();
    QTest::newRow("binary: invalid UTF-8 text is hex")
        << QByteArray("caf\xe9 au lait") << false << QString() << -1 << PayloadView::Hex << QString();
    QTest::newRow("payload format indicator 1 (UTF-8): text, invalid bytes marked there")
        << QByteArray("caf\xe9 au lait") << false << QString() << 1 << PayloadView::Text << QString();
}

void TestPayloadDecoders::detection()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, truncated);
    QFETCH(QString, type);
    QFETCH(int, formatIndicator);
    QFETCH(PayloadView, view);
    QFETCH(QString, note);

    Mqtt::Properties properties = contentType(type);
    if (formatIndicator >= 0)
        properties.payloadFormatIndicator = quint8(formatIndicator);
    const PayloadDetector::Detection detection = PayloadDetector::detect(payload, truncated, &properties);
    QCOMPARE(PayloadDetector::viewKey(detection.view), PayloadDetector::viewKey(view));
    if (note.isEmpty())
        QVERIFY2(detection.note.isEmpty(), qPrintable(detection.note));
    else
        QVERIFY2(detection.note.contains(note), qPrintable(detection.note));
}

// ---- text

void TestPayloadDecoders::textMarksInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("marks");

    QTest::newRow("valid ASCII") << QByteArray("abc") << u"abc"_s << 0;
    QTest::newRow("a Latin-1 degree sign is marked, not replaced") << QByteArray("21\xb0"
                                                                                 "C")
                                                                   << u"21⟨B0⟩C"_s << 1;
    QTest::newRow("a character cut at the end") << QByteArray("a\xe2\x82") << u"a⟨E2⟩⟨82⟩"_s << 2;
    QTest::newRow("an overlong encoding") << QByteArray("\xc0\xaf") << u"⟨C0⟩⟨AF⟩"_s << 2;
    QTest::newRow("an encoded surrogate") << QByteArray("\xed\xa0\x80") << u"⟨ED⟩⟨A0⟩⟨80⟩"_s << 3;
    QTest::newRow("a code point above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << u"⟨F4⟩⟨90⟩⟨80⟩⟨80⟩"_s << 4;
    QTest::newRow("valid multi-byte text around an invalid byte") << QByteArray("é\xff€😀") << u"é⟨FF⟩€😀"_s << 1;
    QTest::newRow("a bidi override cannot reorder: shown visibly") << QByteArray("rtl-\xe2\x80\xae"
                                                                                 "exe.txt")
                                                                   << u"rtl-<U+202E>exe.txt"_s << 0;
    QTest::newRow("line feeds and tabs stay (multi-line)") << QByteArray("a\n\tb") << u"a\n\tb"_s << 0;
    QTest::newRow("other control characters are shown") << QByteArray("a\x1b[2Jb") << u"a<U+001B>[2Jb"_s << 0;
}

void TestPayloadDecoders::textMarksInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, marks);
    const PayloadText::Page page = PayloadText::decode(bytes);
    QCOMPARE(page.text, text);
    QCOMPARE(page.invalid.size(), qsizetype(marks));
    QCOMPARE(PayloadText::invalidUtf8Bytes(bytes), qsizetype(marks));
    for (const PayloadText::Mark &mark : page.invalid) {
        QCOMPARE(page.text.mid(mark.start, 1), u"⟨"_s);
        QCOMPARE(page.text.mid(mark.start + mark.length - 1, 1), u"⟩"_s);
    }
    QVERIFY(page.atEnd());
}

void TestPayloadDecoders::textPagesCoverThePayload()
{
    // Lines of mixed text with invalid bytes and 4-byte characters, one long line in the middle.
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i) {
        bytes += "line " + QByteArray::number(i) + " é😀";
        if (i % 7 == 0)
            bytes += '\xff';
        if (i == 1500)
            bytes += QByteArray(20000, 'x');
        bytes += '\n';
    }
    const QString whole = PayloadText::decode(bytes).text;
    for (qsizetype pageBytes : { qsizetype(4096), qsizetype(1000), qsizetype(65536) }) {
        QString joined;
        qsizetype start = 0;
        int pages = 0;
        while (start < bytes.size()) {
            const PayloadText::Page page = PayloadText::textPage(bytes, start, pageBytes);
            QCOMPARE(page.start, start);
            QVERIFY(page.end > start);
            QCOMPARE(PayloadText::nextTextPage(bytes, start, pageBytes), page.end);
            // A page never ends inside a character.
            QVERIFY(page.end == bytes.size() || (uchar(bytes[page.end]) & 0xC0) != 0x80);
            joined += page.text;
            start = page.end;
            ++pages;
        }
        QCOMPARE(joined, whole);
        QVERIFY(pages > 1);
    }
}

void TestPayloadDecoders::base64Pages()
{
    QByteArray bytes;
    for (int i = 0; i < 100000; ++i)
        bytes += char(i * 7);
    QString joined;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const PayloadText::Page page = PayloadText::base64Page(bytes, start, 10000);
        for (QStringView line : QStringView(page.text).split(u'\n', Qt::SkipEmptyParts))
            QVERIFY(line.size() <= PayloadText::Base64LineLength);
        joined += page.text;
        start = page.end;
    }
    joined.remove(u'\n');
    QCOMPARE(joined.toLatin1(), bytes.toBase64());
}

// ---- JSON

void TestPayloadDecoders::json_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("message"); // the error, or the warning of a valid document

    QTest::newRow("RFC 8259: an object") << QByteArray("{\"a\": 1, \"b\": [true, false, null]}") << true << QString();
    QTest::newRow("RFC 8259: empty containers") << QByteArray("{\"o\":{},\"a\":[]}") << true << QString();
    QTest::newRow("RFC 8259: a scalar document") << QByteArray("  \"text\"  ") << true << QString();
    QTest::newRow("RFC 8259: escapes and a surrogate pair")
        << QByteArray(R"(["\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00"])") << true << QString();
    QTest::newRow("RFC 8259: an unpaired surrogate escape is valid")
        << QByteArray(R"(["\ud800"])") << true << QString();
    QTest::newRow("RFC 8259: numbers") << QByteArray("[0, -0, 1.5, -2e10, 3E+2, 4.0e-3]") << true << QString();
    QTest::newRow("not strict: NaN") << QByteArray("{\"v\": NaN}") << true
                                     << u"Not strict JSON: NaN at line 1, column 7 is not a JSON value"_s;
    QTest::newRow("not strict: Infinity and -Infinity")
        << QByteArray("[Infinity, -Infinity]") << true << u"Not strict JSON: Infinity at line 1, column 2"_s;
    QTest::newRow("error: a trailing comma in an object")
        << QByteArray("{\"a\": 1,}") << false << u"Not valid JSON: expected a key in quotes at line 1, column 9."_s;
    QTest::newRow("error: a trailing comma in an array")
        << QByteArray("[1,]") << false << u"Not valid JSON: expected a value at line 1, column 4."_s;
    QTest::newRow("error: a missing colon")
        << QByteArray("{\"a\" 1}") << false << u"expected ':' after the key at line 1, column 6."_s;
    QTest::newRow("error: a missing comma, on line 3")
        << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << false
        << u"expected ',' or '}' after an object member at line 3, column 3."_s;
    QTest::newRow("error: an unterminated string")
        << QByteArray("[\"abc") << false << u"a string without its closing quote at line 1, column 2."_s;
    QTest::newRow("error: a raw line feed in a string")
        << QByteArray("[\"a\nb\"]") << false << u"a control character in a string"_s;
    QTest::newRow("error: an invalid escape")
        << QByteArray(R"(["\x41"])") << false << u"invalid escape sequence in a string"_s;
    QTest::newRow("error: invalid UTF-8 in a string")
        << QByteArray("[\"caf\xe9\"]") << false << u"invalid UTF-8 in a string at line 1, column 6."_s;
    QTest::newRow("error: a leading zero")
        << QByteArray("[01]") << false << u"expected ',' or ']' after an array element"_s;
    QTest::newRow("error: a bare word") << QByteArray("{\"a\": yes}") << false
                                        << u"an unknown word (a string needs quotes) at line 1, column 7."_s;
    QTest::newRow("error: single quotes") << QByteArray("{'a': 1}") << false << u"expected a key in quotes or '}'"_s;
    QTest::newRow("error: data after the document")
        << QByteArray("{} {}") << false << u"more data after the end of the document at line 1, column 4."_s;
    QTest::newRow("error: the document ends inside an array")
        << QByteArray("[1, [2") << false << u"after an array element at line 1, column 7."_s;
    QTest::newRow("error: empty") << QByteArray("   ") << false << u"the document is empty"_s;
}

void TestPayloadDecoders::json()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QString, message);
    const JsonParser::Result result = JsonParser::parse(json, true);
    QCOMPARE(result.valid, valid);
    if (valid) {
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.tree);
        if (message.isEmpty())
            QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
        else
            QVERIFY2(result.warning.contains(message), qPrintable(result.warning));
        // Strict documents read the same as Qt reads them (Qt 6 takes only objects and arrays).
        if (result.warning.isEmpty() && JsonParser::looksLikeJson(json)) {
            QJsonParseError error;
            QJsonDocument::fromJson(json, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    } else {
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(!result.tree);
        QVERIFY(result.errorOffset >= 0);
    }
}

void TestPayloadDecoders::jsonTreeKeepsOrderNumbersAndPaths()
{
    const QByteArray json = R"({"z": 1, "sensors": [{"temp": 21.5, "id": 12345678901234567890}],
        "a b": {"it's": "caf\u00e9"}, "z": 2, "": null})";
    const JsonParser::Result result = JsonParser::parse(json, true);
    QVERIFY2(result.valid, qPrintable(result.error));
    const PayloadTree &tree = *result.tree;
    QCOMPARE(tree.childCount(0), 5);
    // Member order and repeated keys as in the payload (QJsonObject sorts and merges them).
    QStringList keys;
    for (int r = 0; r < tree.childCount(0); ++r)
        keys << tree.key(tree.child(0, r));
    QCOMPARE(keys, QStringList({ u"z"_s, u"sensors"_s, u"a b"_s, u"z"_s, QString() }));
    const quint32 temp = nodeAt(tree, { 1, 0, 0 });
    QCOMPARE(tree.path(temp), u"$.sensors[0].temp"_s);
    QCOMPARE(tree.valueText(temp), u"21.5"_s);
    const quint32 id = nodeAt(tree, { 1, 0, 1 });
    QCOMPARE(tree.valueText(id), u"12345678901234567890"_s); // not rounded to a double
    const quint32 quoted = nodeAt(tree, { 2, 0 });
    QCOMPARE(tree.path(quoted), u"$['a b']['it\\'s']"_s);
    QCOMPARE(tree.valueText(quoted), u"café"_s);
    QCOMPARE(tree.type(quoted), PayloadTree::Type::String);
    QCOMPARE(tree.path(nodeAt(tree, { 4 })), u"$['']"_s);
    QCOMPARE(tree.member(0, u"z"), nodeAt(tree, { 3 })); // the last of a repeated key
    QCOMPARE(tree.valueText(0), u"{5}"_s);
    QCOMPARE(tree.valueText(nodeAt(tree, { 1 })), u"[1]"_s);
    QCOMPARE(tree.depth(temp), 3);
    QCOMPARE(tree.parent(temp), nodeAt(tree, { 1, 0 }));
    QCOMPARE(tree.row(temp), 0);
}

void TestPayloadDecoders::jsonDeepNesting_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("depth");
    QTest::newRow("10,000 nested arrays") << nested(10000, '[', ']', "1") << 10000;
    QTest::newRow("10,000 nested objects") << nestedObjects(10000) << 10000;
    QTest::newRow("200,000 nested arrays") << nested(200000, '[', ']', "") << 199999;
}

void TestPayloadDecoders::jsonDeepNesting()
{
    QFETCH(QByteArray, json);
    QFETCH(int, depth);
    // Qt's own parser gives up at 1,024 levels; ours is iterative.
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::DeepNesting);
    const JsonParser::Result result = JsonParser::parse(json, true);
    QVERIFY2(result.valid, qPrintable(result.error));
    quint32 node = 0;
    while (result.tree->childCount(node) > 0)
        node = result.tree->child(node, 0);
    QCOMPARE(result.tree->depth(node), depth);
    QVERIFY(result.tree->path(node).startsWith(json.startsWith('[') ? u"$[0][0][0]"_s : u"$.k.k.k"_s));
    // Pretty-printing is iterative too.
    const QByteArray pretty = JsonFormatter::format(json);
    QVERIFY(JsonParser::parse(pretty, false).valid);
    // Deeper than the limit fails in words instead of eating memory.
    const JsonParser::Result tooDeep = JsonParser::parse(QByteArray(JsonParser::MaximumDepth + 1, '['), false);
    QVERIFY(!tooDeep.valid);
    QVERIFY2(tooDeep.error.contains(u"nesting deeper than"_s), qPrintable(tooDeep.error));
}

void TestPayloadDecoders::jsonHugeArray()
{
    QByteArray json = "[";
    for (int i = 0; i < 1000000; ++i) {
        if (i)
            json += ',';
        json += QByteArray::number(i);
    }
    json += ']';
    const JsonParser::Result result = JsonParser::parse(json, true);
    QVERIFY(result.valid);
    QCOMPARE(result.tree->childCount(0), 1000000);
    QCOMPARE(result.tree->valueText(result.tree->child(0, 999999)), u"999999"_s);
    QCOMPARE(result.tree->path(result.tree->child(0, 765432)), u"$[765432]"_s);
    QVERIFY(result.tree->isComplete());
}

void TestPayloadDecoders::jsonNodeLimitStillValidates()
{
    QByteArray json = "[";
    for (int i = 0; i < 5000; ++i)
        json += "{\"v\":" + QByteArray::number(i) + "},";
    json += "1]";
    const JsonParser::Result full = JsonParser::parse(json, true, nullptr, 1000);
    QVERIFY(full.valid);
    QVERIFY(!full.tree->isComplete());
    QCOMPARE(full.tree->size(), 1000u);
    // An error after the tree is full is still found.
    QByteArray broken = json;
    broken.chop(2);
    broken += "x]";
    const JsonParser::Result result = JsonParser::parse(broken, true, nullptr, 1000);
    QVERIFY(!result.valid);
    QVERIFY2(result.error.contains(u"an unknown word"_s) || result.error.contains(u"expected a value"_s),
        qPrintable(result.error));
    // Cancelled: stops without a result.
    std::atomic<bool> cancel { true };
    QByteArray big = "[" + QByteArray(300000, ' ') + "1]";
    const JsonParser::Result cancelled = JsonParser::parse(big, true, &cancel);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.valid);
}

void TestPayloadDecoders::jsonFormatter_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("pretty");
    QTest::newRow("object with an array and an empty object")
        << QByteArray(R"({"a":1,"b":[1,2],"c":{}})")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": {}\n}\n");
    QTest::newRow("strings keep their escapes and brackets inside")
        << QByteArray(R"( [ "a,b", "{\"x\"}" , [ ] ] )") << QByteArray("[\n  \"a,b\",\n  \"{\\\"x\\\"}\",\n  []\n]\n");
    QTest::newRow("a scalar document") << QByteArray(" 42 ") << QByteArray("42\n");
    QTest::newRow("numbers as written") << QByteArray("[1.50,1e400,-0]")
                                        << QByteArray("[\n  1.50,\n  1e400,\n  -0\n]\n");
}

void TestPayloadDecoders::jsonFormatter()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, pretty);
    QCOMPARE(JsonFormatter::format(json), pretty);
}

void TestPayloadDecoders::jsonFormatterPagesJoinUp()
{
    QByteArray json = "{\"list\":[";
    for (int i = 0; i < 20000; ++i)
        json += "{\"id\":" + QByteArray::number(i) + ",\"tags\":[\"a\",\"b\"],\"empty\":{}},";
    json += "null]}";
    const QByteArray whole = JsonFormatter::format(json);
    QVERIFY(JsonParser::parse(whole, false).valid);
    for (qsizetype pageBytes : { qsizetype(100), qsizetype(4096), qsizetype(100000) }) {
        QByteArray joined;
        JsonFormatter::State state;
        int pages = 0;
        for (;;) {
            const JsonFormatter::Page page = JsonFormatter::page(json, state, pageBytes);
            QVERIFY(page.text.endsWith('\n'));
            joined += page.text;
            ++pages;
            if (page.atEnd)
                break;
            QVERIFY(page.next.offset > state.offset);
            state = page.next;
        }
        QCOMPARE(joined, whole);
        QVERIFY(pages > 1);
    }
}

// A text view lays a line out whole (a 128 KiB line took a second): no page holds a line longer than
// LongLineBytes, whatever the payload, and the pages still join up to the whole.
void TestPayloadDecoders::pagesHoldNoLongLines()
{
    auto longestLine = [](QStringView text) {
        qsizetype longest = 0;
        for (QStringView line : text.split(u'\n'))
            longest = std::max(longest, line.size());
        return longest;
    };
    // Minified JSON (one line of 300 KB) with a 100 KB string (an image in base64) and a 40 KB number in it.
    const QByteArray json = "{\"image\":\"" + QByteArray(100000, 'A') + "\",\"n\":" + QByteArray(40000, '7')
        + ",\"list\":[" + QByteArray("1,").repeated(80000) + "2],\"escaped\":\"" + QByteArray("\\\"").repeated(20000)
        + "\"}";
    QVERIFY(JsonParser::parse(json, false).valid);
    QByteArray joined;
    JsonFormatter::State state;
    for (int pages = 0;; ++pages) {
        const JsonFormatter::Page page = JsonFormatter::page(json, state, PayloadText::DefaultPageBytes);
        QVERIFY(longestLine(QString::fromUtf8(page.text))
            <= PayloadText::LongLineBytes + 2 * JsonFormatter::MaximumIndentDepth);
        joined += page.text;
        if (page.atEnd)
            break;
        QVERIFY(pages < 1000);
        state = page.next;
    }
    QCOMPARE(joined, JsonFormatter::format(json));
    QVERIFY(JsonParser::parse(joined, false).valid);

    // Text: one 300 KB line of JSON, and multi-byte characters across the cuts.
    const QByteArray text = json + "\n" + QByteArray("é").repeated(50000) + "\nshort\n";
    QString whole;
    qsizetype start = 0;
    while (start < text.size()) {
        const PayloadText::Page page = PayloadText::textPage(text, start);
        QVERIFY(longestLine(page.text) <= PayloadText::LongLineBytes);
        QVERIFY(page.end == text.size() || (uchar(text[page.end]) & 0xC0) != 0x80);
        whole += page.text;
        start = page.end;
    }
    QCOMPARE(whole, PayloadText::decode(text).text);
}

// ---- CBOR

void TestPayloadDecoders::cborDiagnosticMatchesQt_data()
{
    QTest::addColumn<QCborValue>("value");
    QTest::newRow("integers") << QCborValue(
        QCborArray { 0, 1, 23, 24, 255, 65536, -1, -25, 4294967296LL, -4294967297LL });
    QTest::newRow("strings and bytes") << QCborValue(QCborArray { u"a\"b\\c"_s, QByteArray("\x00\xff", 2), u""_s });
    QTest::newRow("maps with text and integer keys")
        << QCborValue(QCborMap { { u"temp"_s, 21.5 }, { 1, u"one"_s }, { -3, QCborMap {} } });
    QTest::newRow("a map with an array as a key") << QCborValue(QCborMap { { QCborArray { 1, 2 }, 3 } });
    QTest::newRow("tags") << QCborValue(
        QCborArray { QCborValue(QCborKnownTags::DateTimeString, u"2026-11-30T07:00:00Z"_s),
            QCborValue(QCborTag(1234), QCborArray { 1 }) });
    QTest::newRow("simple values") << QCborValue(
        QCborArray { true, false, nullptr, QCborValue(QCborValue::Undefined), QCborValue(QCborSimpleType(16)) });
    QTest::newRow("floats") << QCborValue(QCborArray { 1.5, 2.0, 0.1, -1e300, 1e-7 });
    QTest::newRow("nested") << QCborValue(
        QCborMap { { u"a"_s, QCborArray { QCborMap { { u"b"_s, QCborArray { 1 } } } } } });
}

void TestPayloadDecoders::cborDiagnosticMatchesQt()
{
    QFETCH(QCborValue, value);
    CborDecoder::Options options;
    options.compact = true;
    const CborDecoder::Result result = CborDecoder::decode(value.toCbor(), options);
    QVERIFY2(result.valid, qPrintable(result.error));
    QCOMPARE(result.diagnostic, value.toDiagnosticNotation());
    // The line-wrapped notation is the same once its line breaks and indentation are taken out.
    const CborDecoder::Result wrapped = CborDecoder::decode(value.toCbor());
    QString flat = wrapped.diagnostic;
    flat.replace(QRegularExpression(u"\\n *"_s), QString());
    QString compact = result.diagnostic;
    compact.remove(u' ');
    flat.remove(u' ');
    QCOMPARE(flat, compact);
}

void TestPayloadDecoders::cborTreeTagsAndKeys()
{
    // {"when": 1(1700000000), 7: ["x", h'0102'], [1, 2]: true}, written by hand: QCborValue would turn tag 1 into a
    // date/time string.
    const QByteArray bytes = QByteArray::fromHex("a3"
                                                 "647768656e"
                                                 "c11a6553f100"
                                                 "07"
                                                 "8261784201 02"
                                                 "820102"
                                                 "f5");
    const CborDecoder::Result result = CborDecoder::decode(bytes);
    QVERIFY2(result.valid, qPrintable(result.error));
    const PayloadTree &tree = *result.tree;
    QCOMPARE(tree.type(0), PayloadTree::Type::Object);
    QCOMPARE(tree.childCount(0), 3);
    const quint32 when = tree.child(0, 0);
    QCOMPARE(tree.key(when), u"when"_s);
    QCOMPARE(tree.type(when), PayloadTree::Type::Tag);
    QCOMPARE(tree.valueText(when), u"1"_s);
    QCOMPARE(CborDecoder::tagName(1), u"epoch time"_s);
    QCOMPARE(tree.valueText(tree.child(when, 0)), u"1700000000"_s);
    QCOMPARE(tree.path(tree.child(when, 0)), u"$.when"_s);
    const quint32 seven = tree.child(0, 1);
    QCOMPARE(tree.key(seven), u"7"_s);
    QVERIFY(!tree.keyIsString(seven));
    QCOMPARE(tree.path(tree.child(seven, 1)), u"$[7][1]"_s);
    QCOMPARE(tree.type(tree.child(seven, 1)), PayloadTree::Type::Bytes);
    QCOMPARE(tree.valueText(tree.child(seven, 1)), u"h'0102'"_s);
    const quint32 arrayKey = tree.child(0, 2);
    QCOMPARE(tree.key(arrayKey), u"[1, 2]"_s);
    QCOMPARE(tree.valueText(arrayKey), u"true"_s);
}

void TestPayloadDecoders::cborSpecialValues()
{
    // -2^64 (QCborValue turns it into a rounded double), NaN and infinities in RFC 8949's words, an indefinite
    // array and string, a half-precision float.
    const QByteArray bytes = QByteArray::fromHex("863bffffffffffffffff"
                                                 "f97e00"
                                                 "f97c00"
                                                 "f9fc00"
                                                 "9f0102ff"
                                                 "7f61616162ff");
    const CborDecoder::Result result = CborDecoder::decode(bytes);
    QVERIFY2(result.valid, qPrintable(result.error));
    QCOMPARE(result.diagnostic,
        u"[\n  -18446744073709551616,\n  NaN,\n  Infinity,\n  -Infinity,\n  [_ \n    1,\n    2\n  ],\n  \"ab\"\n]"_s);
    QCOMPARE(result.tree->valueText(result.tree->child(0, 5)), u"ab"_s);
}

void TestPayloadDecoders::cborInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("the data ends inside an array") << QByteArray::fromHex("830102") << u"Not valid CBOR: "_s;
    QTest::newRow("more bytes after the item") << QByteArray::fromHex("0102") << u"and 1 more byte follows."_s;
    QTest::newRow("invalid UTF-8 in a text string") << QByteArray::fromHex("62c328") << u"Not valid CBOR: "_s;
    QTest::newRow("a break outside an indefinite container") << QByteArray::fromHex("ff") << u"Not valid CBOR: "_s;
    QTest::newRow("a string longer than the data")
        << QByteArray::fromHex("7bffffffffffffff00") << u"Not valid CBOR: "_s;
    QTest::newRow("an array claiming 2^32 items") << QByteArray::fromHex("9affffffff01") << u"Not valid CBOR: "_s;
    QTest::newRow("empty") << QByteArray() << u"the payload is empty"_s;
}

void TestPayloadDecoders::cborInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const CborDecoder::Result result = CborDecoder::decode(bytes);
    QVERIFY(!result.valid);
    QVERIFY(!result.tree);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestPayloadDecoders::cborDeepNestingAndLimit()
{
    QByteArray deep(10000, '\x81');
    deep += '\x01';
    QCborParserError qtError;
    QCborValue::fromCbor(deep, &qtError);
    QVERIFY(qtError.error != QCborError::NoError); // Qt's QCborValue stops at 1,024 levels
    const CborDecoder::Result result = CborDecoder::decode(deep);
    QVERIFY2(result.valid, qPrintable(result.error));
    quint32 node = 0;
    while (result.tree->childCount(node) > 0)
        node = result.tree->child(node, 0);
    QCOMPARE(result.tree->depth(node), 10000);
    QVERIFY(result.diagnostic.endsWith(u']'));
    // The notation stops at its limit and says so.
    CborDecoder::Options options;
    options.diagnosticLimit = 1000;
    const CborDecoder::Result cut = CborDecoder::decode(deep, options);
    QVERIFY(cut.valid);
    QVERIFY(cut.diagnosticTruncated);
    QVERIFY(cut.diagnostic.size() <= 1000);
}

// ---- MessagePack

void TestPayloadDecoders::msgPack_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text"); // the tree as subtreeText() writes it

    QTest::newRow("a map of scalars") << QByteArray::fromHex("84a1610aa162c3a163c0a164cb3ff8000000000000")
                                      << uR"({"a": 10, "b": true, "c": null, "d": 1.5})"_s;
    QTest::newRow("negative integers and uint64")
        << QByteArray::fromHex("93ffd080cfffffffffffffffff") << u"[-1, -128, 18446744073709551615]"_s;
    QTest::newRow("float32 reads as written") << QByteArray::fromHex("91ca3dcccccd") << u"[0.1]"_s;
    QTest::newRow("binary") << QByteArray::fromHex("c4030001ff") << u"h'0001ff'"_s;
    QTest::newRow("an integer key") << QByteArray::fromHex("8101a178") << uR"({1: "x"})"_s;
    QTest::newRow("an array key") << QByteArray::fromHex("81920102c3") << u"{[1, 2]: true}"_s;
    QTest::newRow("timestamp extension, 32-bit") << QByteArray::fromHex("d6ff6553f100") << u"2023-11-14T22:13:20Z"_s;
    QTest::newRow("timestamp extension, 64-bit with nanoseconds")
        << QByteArray::fromHex("d7ff0000000c6553f100") << u"2023-11-14T22:13:20.000000003Z"_s;
    QTest::newRow("another extension") << QByteArray::fromHex("d40501") << u"ext(5, h'01')"_s;
    QTest::newRow("str8 with UTF-8") << QByteArray::fromHex("d90463616665") << uR"("cafe")"_s;
}

void TestPayloadDecoders::msgPack()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const MsgPackDecoder::Result result = MsgPackDecoder::decode(bytes);
    QVERIFY2(result.valid, qPrintable(result.error));
    QCOMPARE(result.tree->subtreeText(0), text);
}

void TestPayloadDecoders::msgPackInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("the data ends inside a map")
        << QByteArray::fromHex("82a16101") << u"ends before the object is complete"_s;
    QTest::newRow("0xc1, never used") << QByteArray::fromHex("91c1") << u"does not define"_s;
    QTest::newRow("more bytes after the object") << QByteArray::fromHex("0102") << u"and 1 more byte follows."_s;
    QTest::newRow("an array claiming 2^32-1 items")
        << QByteArray::fromHex("ddffffffff01") << u"Not valid MessagePack"_s;
    QTest::newRow("a string longer than the data") << QByteArray::fromHex("dbffffffff61") << u"Not valid MessagePack"_s;
    QTest::newRow("empty") << QByteArray() << u"the payload is empty"_s;
}

void TestPayloadDecoders::msgPackInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const MsgPackDecoder::Result result = MsgPackDecoder::decode(bytes);
    QVERIFY(!result.valid);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestPayloadDecoders::msgPackDeepNesting()
{
    QByteArray deep(10000, '\x91');
    deep += '\x01';
    const MsgPackDecoder::Result result = MsgPackDecoder::decode(deep);
    QVERIFY2(result.valid, qPrintable(result.error));
    quint32 node = 0;
    while (result.tree->childCount(node) > 0)
        node = result.tree->child(node, 0);
    QCOMPARE(result.tree->depth(node), 10000);
}

void TestPayloadDecoders::subtreeTextAndPathSteps()
{
    QCOMPARE(PayloadTree::pathStep(u"temp"_s, true), u".temp"_s);
    QCOMPARE(PayloadTree::pathStep(u"_x9$"_s, true), u"._x9$"_s);
    QCOMPARE(PayloadTree::pathStep(u"9lives"_s, true), u"['9lives']"_s);
    QCOMPARE(PayloadTree::pathStep(u"a\\b'c"_s, true), u"['a\\\\b\\'c']"_s);
    QCOMPARE(PayloadTree::pathStep(u"1"_s, false), u"[1]"_s);
    const JsonParser::Result result = JsonParser::parse(R"({"a":[1,{"b":"x\ny"}],"c":null})", true);
    QCOMPARE(result.tree->subtreeText(0), uR"({"a": [1, {"b": "x\ny"}], "c": null})"_s);
    QCOMPARE(result.tree->subtreeText(0, 10), uR"({"a": [1, …)"_s);
    QCOMPARE(PayloadTree::unescapeJson(R"(a\u0041\ud83d\ude00\ud800x)"), u"aA😀\uFFFDx"_s);
}

QTEST_GUILESS_MAIN(TestPayloadDecoders)
#include "tst_payloaddecoders.moc"
