// SPDX-License-Identifier: MIT
#include "payloadfuzzcase.h"

#include "common/displaytext.h"
#include "diff/hexdiff.h"
#include "diff/messagediff.h"
#include "diff/structuraldiff.h"
#include "diff/textdiff.h"
#include "export/historyformat.h"
#include "export/publishcommand.h"
#include "payload/cbordecoder.h"
#include "payload/jsonformatter.h"
#include "payload/jsonparser.h"
#include "payload/msgpackdecoder.h"
#include "payload/payloaddetector.h"
#include "payload/payloadformat.h"
#include "payload/payloadtext.h"
#include "payload/protobufdecoder.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString checkText(const QByteArray &bytes)
{
    const PayloadText::Page whole = PayloadText::decode(bytes);
    for (const PayloadText::Mark &mark : whole.invalid) {
        if (mark.start < 0 || mark.start + mark.length > whole.text.size())
            return u"a text mark lies outside the text"_s;
    }
    if (whole.invalid.size() != PayloadText::invalidUtf8Bytes(bytes))
        return u"marks and invalid byte count differ"_s;
    // Small pages joined are the whole text, unless a page boundary split what visibleText() reads in context.
    QString joined;
    qsizetype start = 0;
    int pages = 0;
    while (start < bytes.size()) {
        const PayloadText::Page page = PayloadText::textPage(bytes, start, 37);
        if (page.end <= start)
            return u"a text page does not advance"_s;
        joined += page.text;
        start = page.end;
        if (++pages > bytes.size() + 1)
            return u"too many text pages"_s;
    }
    if (joined.size() < whole.text.size() / 2)
        return u"text pages lose text"_s;
    QString base64;
    start = 0;
    while (start < bytes.size()) {
        const PayloadText::Page page = PayloadText::base64Page(bytes, start, 57);
        if (page.end <= start)
            return u"a base64 page does not advance"_s;
        base64 += page.text;
        start = page.end;
    }
    base64.remove(u'\n');
    if (base64.toLatin1() != bytes.toBase64())
        return u"base64 pages are not the payload's base64"_s;
    return {};
}

QString checkJson(const QByteArray &bytes)
{
    const JsonParser::Result tree = JsonParser::parse(bytes, true, nullptr, 5000);
    const JsonParser::Result check = JsonParser::parse(bytes, false);
    if (tree.valid != check.valid || tree.error != check.error)
        return u"JSON: building a tree and validating disagree"_s;
    if (!tree.valid) {
        if (tree.error.isEmpty() || tree.errorOffset < 0 || tree.errorOffset > bytes.size())
            return u"JSON: invalid without an error in words and its place"_s;
        return {};
    }
    if (!tree.tree || tree.tree->isEmpty())
        return u"JSON: valid without a tree"_s;
    const PayloadTree &t = *tree.tree;
    for (quint32 n = 0; n < std::min<quint32>(t.size(), 200); ++n) {
        if (!t.path(n).startsWith(u'$'))
            return u"JSON: a path does not start with $"_s;
        if (t.parent(n) != PayloadTree::NoNode && t.child(t.parent(n), t.row(n)) != n)
            return u"JSON: child and row disagree"_s;
    }
    // Pretty-printed, page by page, it is JSON again with the same values.
    const QByteArray pretty = JsonFormatter::format(bytes);
    QByteArray paged;
    JsonFormatter::State state;
    for (int pages = 0;; ++pages) {
        const JsonFormatter::Page page = JsonFormatter::page(bytes, state, 23);
        paged += page.text;
        if (page.atEnd)
            break;
        if (page.next.offset <= state.offset || pages > bytes.size())
            return u"JSON: a pretty page does not advance"_s;
        state = page.next;
    }
    if (paged != pretty)
        return u"JSON: pretty pages joined differ from the whole"_s;
    const JsonParser::Result again = JsonParser::parse(pretty, true, nullptr, 5000);
    if (!again.valid)
        return u"JSON: the pretty-printed document does not parse: "_s + again.error;
    if (t.isComplete() && again.tree->subtreeText(0) != t.subtreeText(0))
        return u"JSON: pretty-printing changed a value"_s;
    if (t.isComplete() && !StructuralDiff::compute(t, *again.tree).identical())
        return u"JSON: a document differs from itself pretty-printed"_s;
    return {};
}

QString checkCbor(const QByteArray &bytes)
{
    CborDecoder::Options treeOnly;
    treeOnly.diagnostic = false;
    treeOnly.maxNodes = 5000;
    CborDecoder::Options diagnosticOnly;
    diagnosticOnly.tree = false;
    diagnosticOnly.diagnosticLimit = 1 << 16;
    const CborDecoder::Result a = CborDecoder::decode(bytes, treeOnly);
    const CborDecoder::Result b = CborDecoder::decode(bytes, diagnosticOnly);
    if (a.valid != b.valid)
        return u"CBOR: tree and diagnostic notation disagree on validity"_s;
    if (a.valid && (!a.tree || a.tree->isEmpty() || b.diagnostic.isEmpty()))
        return u"CBOR: valid without a tree or a notation"_s;
    if (!a.valid && a.error.isEmpty())
        return u"CBOR: invalid without an error in words"_s;
    return {};
}

// A decoder that builds a tree: building and validating agree, an error is in words, every node has a path.
template<typename Decode>
QString checkTreeDecoder(const QString &name, Decode decode)
{
    const auto a = decode(true, 5000u);
    const auto b = decode(false, PayloadTree::DefaultMaximumNodes);
    if (a.valid != b.valid)
        return name + u": building a tree and validating disagree"_s;
    if (!a.valid && a.error.isEmpty())
        return name + u": invalid without an error in words"_s;
    if (a.valid) {
        const PayloadTree &t = *a.tree;
        for (quint32 n = 0; n < std::min<quint32>(t.size(), 200); ++n)
            t.path(n);
        t.subtreeText(0, 4096);
    }
    return {};
}

QString checkMsgPack(const QByteArray &bytes)
{
    return checkTreeDecoder(u"MessagePack"_s,
        [&bytes](bool tree, quint32 maxNodes) { return MsgPackDecoder::decode(bytes, tree, nullptr, maxNodes); });
}

QString checkProtobuf(const QByteArray &bytes)
{
    for (ProtobufDecoder::Schema schema : { ProtobufDecoder::Schema::Raw, ProtobufDecoder::Schema::SparkplugB }) {
        const QString failure = checkTreeDecoder(u"Protocol Buffers"_s, [&bytes, schema](bool tree, quint32 maxNodes) {
            return ProtobufDecoder::decode(bytes, schema, tree, nullptr, maxNodes);
        });
        if (!failure.isEmpty())
            return failure;
    }
    return {};
}

QString checkDiffs(const QByteArray &bytes)
{
    const QByteArray left = bytes.first(bytes.size() / 2);
    const QByteArray right = bytes.sliced(bytes.size() / 2);
    // Every mode without a topic; a structural diff on a Sparkplug topic too, where binary payloads are read as
    // Sparkplug B (the other modes do not look at the topic, and each diff costs: this case is the slowest fuzzer).
    const QString sparkplugTopic = u"spBv1.0/group/DDATA/edge/device"_s;
    const std::pair<MessageDiff::Mode, QStringView> runs[]
        = { { MessageDiff::Mode::Auto, {} }, { MessageDiff::Mode::Text, {} }, { MessageDiff::Mode::Structural, {} },
              { MessageDiff::Mode::Hex, {} }, { MessageDiff::Mode::Structural, sparkplugTopic } };
    for (const auto &[mode, topic] : runs) {
        const DiffResult result = MessageDiff::compare(left, right, mode, MessageDiff::Context { topic });
        if (left == right && !result.identical() && result.mode != DiffResult::Mode::Structural)
            return u"diff: equal payloads differ"_s;
        for (const DiffLine &line : result.lines) {
            for (const DiffRange &range : line.highlights) {
                if (range.start < 0 || range.start + range.length > line.text.size())
                    return u"diff: a highlight lies outside its line"_s;
            }
        }
    }
    const DiffResult hex = HexDiff::compute(left, right, 64);
    if (hex.added > right.size() || hex.removed > left.size())
        return u"hex diff: more added or removed than there is"_s;
    if (!HexDiff::compute(bytes, bytes).identical()
        || !TextDiff::compute(QString::fromUtf8(bytes), QString::fromUtf8(bytes)).identical())
        return u"diff: a payload differs from itself"_s;
    return {};
}

QString checkExport(const QByteArray &bytes)
{
    StoredMessage m;
    m.payload = bytes;
    m.originalSize = bytes.size();
    m.timeMs = 1764487208123;
    m.qos = quint8(bytes.size() % 3);
    m.retain = bytes.size() % 2;
    const QString topic = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 12))).remove(QChar(0));
    for (HistoryFormat::Format format : { HistoryFormat::Format::Csv, HistoryFormat::Format::JsonLines }) {
        const QByteArray file = HistoryFormat::header(format) + HistoryFormat::record(format, topic, m)
            + HistoryFormat::record(format, u"second"_s, m);
        QList<HistoryFormat::Record> back;
        QString error;
        if (!HistoryFormat::parse(format, file, back, &error))
            return u"export: a written file does not read back: "_s + error;
        if (back.size() != 2 || back[0].message.payload != bytes || back[0].topic != topic
            || back[1].message.payload != bytes || back[0].message.qos != m.qos || back[0].message.retain != m.retain)
            return u"export: a message does not round-trip"_s;
    }
    const QString command = PublishCommand::mosquittoPub(topic, m, PublishCommand::Broker {});
    if (Canopy::visibleText(command, Canopy::TextView::MultiLine) != command)
        return u"mosquitto_pub: the command holds characters a terminal would show differently"_s;
    return {};
}

} // namespace

QString Fuzz::runPayloadCase(QByteArrayView input)
{
    const QByteArray bytes = input.first(std::min<qsizetype>(input.size(), 1 << 16)).toByteArray();
    Mqtt::Properties properties;
    if (!bytes.isEmpty() && bytes[0] == 'j')
        properties.contentType = u"application/json"_s;
    PayloadDetector::detect(bytes, false, &properties);
    PayloadDetector::detect(bytes, true, nullptr);
    PayloadFormat::preview(bytes, false, bytes.size());
    PayloadFormat::hexDump(bytes.first(std::min<qsizetype>(bytes.size(), 4096)));
    for (auto check : { checkText, checkJson, checkCbor, checkMsgPack, checkProtobuf, checkDiffs, checkExport }) {
        const QString failure = check(bytes);
        if (!failure.isEmpty())
            return failure;
    }
    return {};
}
