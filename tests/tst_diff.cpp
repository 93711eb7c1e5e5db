// SPDX-License-Identifier: MIT
// Diffs of two messages: text line by line with the changed characters of a changed line highlighted and long
// unchanged runs shrunk; JSON structurally (paths added, removed, changed; key order ignored; numbers by value,
// 64-bit integers digit by digit), and binary documents as the inspector reads them (CBOR, MessagePack, Protocol
// Buffers by content type, Sparkplug B by topic) the same way; other binary as aligned hex rows, or byte by byte when
// too large to align; and the choice between them, with the reason when a forced structural diff cannot be done.

#include "common/translations.h"
#include "diff/editscript.h"
#include "diff/hexdiff.h"
#include "diff/messagediff.h"
#include "diff/structuraldiff.h"
#include "diff/textdiff.h"
#include "payload/jsonparser.h"
#include "protobufwire.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); }
    void editScript_data();
    void editScript();
    void textDiff_data();
    void textDiff();
    void intraLineHighlights();
    void longUnchangedRunsShrink();
    void identicalTextShowsEverything();
    void structural_data();
    void structural();
    void structuralDeepDocuments();
    void hexAligned();
    void hexByteByByteWhenTooLarge();
    void modes_data();
    void modes();
    void binaryDocuments_data();
    void binaryDocuments();
};

namespace {
// One row as "<kind> <old>/<new> text", kinds ' ', '-', '+', '~', '…'.
QStringList rows(const DiffResult &result)
{
    QStringList out;
    for (const DiffLine &line : result.lines) {
        const char kind = line.kind == DiffLine::Kind::Same ? ' '
            : line.kind == DiffLine::Kind::Removed          ? '-'
            : line.kind == DiffLine::Kind::Added            ? '+'
            : line.kind == DiffLine::Kind::Changed          ? '~'
                                                            : '.';
        out << QString(QLatin1Char(kind)) + u' ' + line.text;
    }
    return out;
}

std::shared_ptr<const PayloadTree> tree(const QByteArray &json)
{
    const JsonParser::Result result = JsonParser::parse(json, true);
    return result.tree;
}

std::vector<quint32> symbols(const QString &s)
{
    std::vector<quint32> out;
    for (QChar c : s)
        out.push_back(c.unicode());
    return out;
}
} // namespace

void TestDiff::editScript_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("script"); // k3 r1 a2 ...
    QTest::newRow("equal") << u"abc"_s << u"abc"_s << u"k3"_s;
    QTest::newRow("one replaced in the middle") << u"abcde"_s << u"abXde"_s << u"k2 r1 a1 k2"_s;
    QTest::newRow("insertion") << u"abc"_s << u"abXYc"_s << u"k2 a2 k1"_s;
    QTest::newRow("deletion at the end") << u"abcdef"_s << u"abc"_s << u"k3 r3"_s;
    QTest::newRow("from empty") << QString() << u"xy"_s << u"a2"_s;
    QTest::newRow("interleaved (dtl aligns, removals first)") << u"axbxc"_s << u"aybyc"_s << u"k1 r1 a1 k1 r1 a1 k1"_s;
}

void TestDiff::editScript()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, script);
    QStringList runs;
    for (const EditScript::Run &run : EditScript::compute(symbols(a), symbols(b), 1000)) {
        const char op = run.op == EditScript::Op::Keep ? 'k' : run.op == EditScript::Op::Remove ? 'r' : 'a';
        runs << QString(QLatin1Char(op)) + QString::number(run.count);
    }
    QCOMPARE(runs.join(u' '), script);
    // Over the limit the middle is not aligned, and the caller is told.
    bool aligned = true;
    const auto coarse = EditScript::compute(symbols(u"a123b"_s), symbols(u"a456b"_s), 2, &aligned);
    QVERIFY(!aligned);
    QCOMPARE(coarse.size(), size_t(4)); // keep, remove 3, add 3, keep
}

void TestDiff::textDiff_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");

    QTest::newRow("one changed line among equal ones")
        << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s << QStringList { u"  a"_s, u"- b"_s, u"+ B"_s, u"  c"_s } << 1 << 1;
    QTest::newRow("lines added at the end")
        << u"a\n"_s << u"a\nb\nc\n"_s << QStringList { u"  a"_s, u"+ b"_s, u"+ c"_s } << 2 << 0;
    QTest::newRow("a line removed, CR LF line ends")
        << u"a\r\nb\r\nc\r\n"_s << u"a\r\nc\r\n"_s << QStringList { u"  a"_s, u"- b"_s, u"  c"_s } << 0 << 1;
    QTest::newRow("a missing final line feed is no change")
        << u"x\ny"_s << u"x\ny\n"_s << QStringList { u"  x"_s, u"  y"_s } << 0 << 0;
    QTest::newRow("from nothing") << QString() << u"new\n"_s << QStringList { u"+ new"_s } << 1 << 0;
}

void TestDiff::textDiff()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(QStringList, expected);
    QFETCH(int, added);
    QFETCH(int, removed);
    const DiffResult result = TextDiff::compute(older, newer);
    QCOMPARE(rows(result), expected);
    QCOMPARE(result.added, qint64(added));
    QCOMPARE(result.removed, qint64(removed));
    QCOMPARE(result.mode, DiffResult::Mode::Text);
    // Line numbers count on each side.
    for (const DiffLine &line : result.lines) {
        if (line.kind == DiffLine::Kind::Added)
            QVERIFY(line.oldLine < 0 && line.newLine > 0);
        if (line.kind == DiffLine::Kind::Removed)
            QVERIFY(line.oldLine > 0 && line.newLine < 0);
    }
}

void TestDiff::intraLineHighlights()
{
    const DiffResult result = TextDiff::compute(u"temp=21.5 unit=C\n"_s, u"temp=22.5 unit=C\n"_s);
    QCOMPARE(result.lines.size(), 2);
    const DiffLine &removed = result.lines[0];
    const DiffLine &added = result.lines[1];
    QCOMPARE(removed.highlights, QList<DiffRange>({ { 6, 1 } })); // "1" of 21.5
    QCOMPARE(added.highlights, QList<DiffRange>({ { 6, 1 } })); // "2" of 22.5
    // A rewritten line is not painted character by character.
    const DiffResult rewritten = TextDiff::compute(u"completely different\n"_s, u"nothing alike here!!\n"_s);
    QVERIFY(rewritten.lines[0].highlights.isEmpty());
    QVERIFY(rewritten.lines[1].highlights.isEmpty());
}

void TestDiff::longUnchangedRunsShrink()
{
    QString older;
    for (int i = 0; i < 100; ++i)
        older += u"line "_s + QString::number(i) + u'\n';
    QString newer = older;
    newer.replace(u"line 50\n"_s, u"line fifty\n"_s);
    const DiffResult result = TextDiff::compute(older, newer);
    const QStringList r = rows(result);
    // 3 lines of context on each side, the rest in two skipped rows.
    QCOMPARE(r.size(), 1 + 3 + 2 + 3 + 1);
    QCOMPARE(r.first(), u". … 47 unchanged lines"_s);
    QCOMPARE(r.at(4), u"- line 50"_s);
    QCOMPARE(r.at(5), u"+ line fifty"_s);
    QCOMPARE(r.last(), u". … 46 unchanged lines"_s);
    QCOMPARE(result.lines.at(4).oldLine, qint64(51));
    QCOMPARE(result.lines.at(5).newLine, qint64(51));
}

void TestDiff::identicalTextShowsEverything()
{
    const DiffResult result = TextDiff::compute(u"a\nb\n"_s, u"a\nb\n"_s);
    QVERIFY(result.identical());
    QCOMPARE(rows(result), QStringList({ u"  a"_s, u"  b"_s }));
}

void TestDiff::structural_data()
{
    QTest::addColumn<QByteArray>("older");
    QTest::addColumn<QByteArray>("newer");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("key order is ignored")
        << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"b":2,"a":1})") << QStringList {};
    QTest::newRow("a value changed, a key added, a key removed")
        << QByteArray(R"({"temp":21.5,"unit":"C","old":true})") << QByteArray(R"({"unit":"C","temp":22,"new":[1]})")
        << QStringList { u"~ $.temp: 21.5 → 22"_s, u"+ $.new: [1]"_s, u"- $.old: true"_s };
    QTest::newRow("arrays by position") << QByteArray(R"({"v":[1,2,3]})") << QByteArray(R"({"v":[1,5]})")
                                        << QStringList { u"~ $.v[1]: 2 → 5"_s, u"- $.v[2]: 3"_s };
    QTest::newRow("nested paths, quoted keys")
        << QByteArray(R"({"s":[{"t":1}],"a b":{"x":1}})") << QByteArray(R"({"s":[{"t":2}],"a b":{"x":1,"y":null}})")
        << QStringList { u"~ $.s[0].t: 1 → 2"_s, u"+ $['a b'].y: null"_s };
    QTest::newRow("numbers by value: 1 and 1.0 are equal")
        << QByteArray("[1, 2.50, 1e2]") << QByteArray("[1.0, 2.5, 100]") << QStringList {};
    QTest::newRow("64-bit integers compare digit by digit")
        << QByteArray("[12345678901234567890]") << QByteArray("[12345678901234567891]")
        << QStringList { u"~ $[0]: 12345678901234567890 → 12345678901234567891"_s };
    QTest::newRow("a type change") << QByteArray(R"({"v":"1"})") << QByteArray(R"({"v":1})")
                                   << QStringList { uR"(~ $.v: "1" → 1)"_s };
    QTest::newRow("strings compare unescaped")
        << QByteArray(R"(["caf\u00e9"])") << QByteArray("[\"café\"]") << QStringList {};
    QTest::newRow("a repeated key: the last one counts")
        << QByteArray(R"({"a":1,"a":2})") << QByteArray(R"({"a":2})") << QStringList {};
    QTest::newRow("object replaced by array at the root")
        << QByteArray("{}") << QByteArray("[]") << QStringList { u"~ $: {} → []"_s };
}

void TestDiff::structural()
{
    QFETCH(QByteArray, older);
    QFETCH(QByteArray, newer);
    QFETCH(QStringList, expected);
    const auto a = tree(older);
    const auto b = tree(newer);
    QVERIFY(a && b);
    const DiffResult result = StructuralDiff::compute(*a, *b);
    QCOMPARE(rows(result), expected);
    QCOMPARE(result.identical(), expected.isEmpty());
    QCOMPARE(result.mode, DiffResult::Mode::Structural);
}

void TestDiff::structuralDeepDocuments()
{
    QByteArray older(10000, '[');
    older += "1" + QByteArray(10000, ']');
    QByteArray newer(10000, '[');
    newer += "2" + QByteArray(10000, ']');
    const DiffResult result = StructuralDiff::compute(*tree(older), *tree(newer));
    QCOMPARE(result.changed, qint64(1));
    QVERIFY(result.lines.at(0).text.startsWith(u"$[0][0]"_s));
    QVERIFY(result.lines.at(0).text.endsWith(u": 1 → 2"_s));
}

void TestDiff::hexAligned()
{
    QByteArray older;
    for (int i = 0; i < 200; ++i)
        older += char(i);
    QByteArray newer = older;
    newer.insert(140, '\xAA'); // one byte inserted: one added row, not 60 changed bytes
    const DiffResult result = HexDiff::compute(older, newer);
    QCOMPARE(result.mode, DiffResult::Mode::Hex);
    QCOMPARE(result.added, qint64(1));
    QCOMPARE(result.removed, qint64(0));
    const QStringList r = rows(result);
    QVERIFY(r.contains(u"+ 0000008c  aa                                                |.|"_s));
    // Long equal runs shrink to a row that says how many bytes.
    QVERIFY2(r.first().startsWith(u". … 108 unchanged bytes"_s), qPrintable(r.join(u'\n')));
    for (const DiffLine &line : result.lines) {
        if (line.kind == DiffLine::Kind::Added)
            QCOMPARE(line.newLine, qint64(140));
    }
}

void TestDiff::hexByteByByteWhenTooLarge()
{
    QByteArray older(64, '\0');
    QByteArray newer = older;
    newer[17] = '\x01';
    newer[20] = '\x02';
    const DiffResult result = HexDiff::compute(older, newer, 0); // nothing may be aligned
    QVERIFY(result.note.contains(u"byte by byte"_s));
    QCOMPARE(result.changed, qint64(2));
    const QStringList r = rows(result);
    QCOMPARE(r.size(), 5); // row 0 same, row 1 removed + added, rows 2 and 3 same
    QCOMPARE(r.at(1).left(12), u"- 00000010  "_s);
    QCOMPARE(r.at(2).left(12), u"+ 00000010  "_s);
    QCOMPARE(result.lines.at(2).highlights, QList<DiffRange>({ { 13, 2 }, { 22, 2 } }));
}

void TestDiff::modes_data()
{
    QTest::addColumn<QByteArray>("older");
    QTest::addColumn<QByteArray>("newer");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("resultMode");
    QTest::addColumn<QString>("note");
    const int automatic = int(MessageDiff::Mode::Auto);
    QTest::newRow("auto: two JSON documents are compared structurally")
        << QByteArray("{\"a\":1}") << QByteArray("{\"a\":2}") << automatic << int(DiffResult::Mode::Structural)
        << QString();
    QTest::newRow("auto: JSON and text are compared as text")
        << QByteArray("{\"a\":1}") << QByteArray("hello") << automatic << int(DiffResult::Mode::Text) << QString();
    QTest::newRow("auto: binary is compared as hex") << QByteArray("\x00\x01", 2) << QByteArray("\x00\x02", 2)
                                                     << automatic << int(DiffResult::Mode::Hex) << QString();
    QTest::newRow("structural forced on text that is not JSON: text, and why")
        << QByteArray("a=1") << QByteArray("a=2") << int(MessageDiff::Mode::Structural) << int(DiffResult::Mode::Text)
        << u"A structural diff needs two documents of one kind: JSON, CBOR, MessagePack, Protocol Buffers or Sparkplug "
           u"B. The older payload: Not valid JSON"_s;
    QTest::newRow("text forced on JSON") << QByteArray("{\"a\":1}") << QByteArray("{\"a\":2}")
                                         << int(MessageDiff::Mode::Text) << int(DiffResult::Mode::Text) << QString();
    QTest::newRow("hex forced on text") << QByteArray("abc") << QByteArray("abd") << int(MessageDiff::Mode::Hex)
                                        << int(DiffResult::Mode::Hex) << QString();
}

void TestDiff::modes()
{
    QFETCH(QByteArray, older);
    QFETCH(QByteArray, newer);
    QFETCH(int, mode);
    QFETCH(int, resultMode);
    QFETCH(QString, note);
    const DiffResult result = MessageDiff::compare(older, newer, MessageDiff::Mode(mode));
    QCOMPARE(int(result.mode), resultMode);
    if (note.isEmpty())
        QVERIFY2(result.note.isEmpty(), qPrintable(result.note));
    else
        QVERIFY2(result.note.contains(note), qPrintable(result.note));
    QVERIFY(!result.identical());
}

void TestDiff::binaryDocuments_data()
{
    using namespace ProtobufWire;
    QTest::addColumn<QByteArray>("older");
    QTest::addColumn<QByteArray>("newer");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("resultMode");
    QTest::addColumn<QStringList>("expected"); // rows, for a structural result
    QTest::addColumn<QString>("note");
    const int automatic = int(MessageDiff::Mode::Auto);
    const int structural = int(DiffResult::Mode::Structural);
    const int hex = int(DiffResult::Mode::Hex);

    const QByteArray olderReport = number(1, 1'700'000'000'123) + metric("Pump/Speed", 10, float64(13, 1450.5))
        + metric("Pump/Running", 11, number(14, 1)) + number(3, 7);
    const QByteArray newerReport = number(1, 1'700'000'001'123) + metric("Pump/Speed", 10, float64(13, 1462.25))
        + metric("Pump/Running", 11, number(14, 1)) + number(3, 8);
    const QString device = u"spBv1.0/plant/DDATA/edge1/press1"_s;
    QTest::newRow("Sparkplug B on its topic: the metric values that changed")
        << olderReport << newerReport << device << QString() << automatic << structural
        << QStringList { u"~ $.timestamp: 1700000000123 → 1700000001123"_s, u"~ $.metrics[0].value: 1450.5 → 1462.25"_s,
               u"~ $.seq: 7 → 8"_s }
        << QString();
    QTest::newRow("the same bytes on another topic are not read as Sparkplug B")
        << olderReport << newerReport << u"plant/press1"_s << QString() << automatic << hex << QStringList {}
        << QString();
    QTest::newRow("Protocol Buffers by their content type, fields by number")
        << (number(1, 5) + bytes(2, "ab") + number(3, 1)) << (number(1, 6) + bytes(2, "ab")) << u"lab/raw"_s
        << u"application/x-protobuf"_s << automatic << structural << QStringList { u"~ $[1]: 5 → 6"_s, u"- $[3]: 1"_s }
        << QString();
    // {"t": 21} and {"t": 22, "u": "C"}
    QTest::newRow("CBOR") << QByteArray("\xa1\x61t\x15")
                          << QByteArray("\xa2\x61t\x16\x61u\x61"
                                        "C")
                          << u"lab/cbor"_s << QString() << automatic << structural
                          << QStringList { u"~ $.t: 21 → 22"_s, uR"(+ $.u: "C")"_s } << QString();
    QTest::newRow("MessagePack") << QByteArray("\x81\xa1t\x15") << QByteArray("\x81\xa1t\xcc\xc8") << u"lab/mp"_s
                                 << QString() << automatic << structural << QStringList { u"~ $.t: 21 → 200"_s }
                                 << QString();
    QTest::newRow("structure forced on CBOR against MessagePack: hex, and why")
        << QByteArray("\xa1\x61t\x15") << QByteArray("\x81\xa1t\xcc\xc8") << u"lab/mixed"_s << QString()
        << int(MessageDiff::Mode::Structural) << hex << QStringList {}
        << u"The older payload reads as CBOR, the newer as MessagePack. Compared as hex instead."_s;
}

void TestDiff::binaryDocuments()
{
    QFETCH(QByteArray, older);
    QFETCH(QByteArray, newer);
    QFETCH(QString, topic);
    QFETCH(QString, contentType);
    QFETCH(int, mode);
    QFETCH(int, resultMode);
    QFETCH(QStringList, expected);
    QFETCH(QString, note);
    Mqtt::Properties properties;
    if (!contentType.isEmpty())
        properties.contentType = contentType;
    const Mqtt::Properties *declared = contentType.isEmpty() ? nullptr : &properties;
    const DiffResult result = MessageDiff::compare(
        older, newer, MessageDiff::Mode(mode), MessageDiff::Context { topic, declared, declared });
    QCOMPARE(int(result.mode), resultMode);
    if (resultMode == int(DiffResult::Mode::Structural))
        QCOMPARE(rows(result), expected);
    if (note.isEmpty())
        QVERIFY2(result.note.isEmpty(), qPrintable(result.note));
    else
        QVERIFY2(result.note.contains(note), qPrintable(result.note));
    QVERIFY(!result.identical());
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
