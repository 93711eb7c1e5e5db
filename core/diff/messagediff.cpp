// SPDX-License-Identifier: MIT
#include "diff/messagediff.h"

#include "diff/hexdiff.h"
#include "diff/structuraldiff.h"
#include "diff/textdiff.h"
#include "payload/jsonparser.h"
#include "payload/payloaddetector.h"
#include "payload/payloadformat.h"
#include "payload/payloadtext.h"
#include "payload/treeviewdecoder.h"

using namespace Qt::StringLiterals;

namespace {
void addNote(DiffResult &result, const QString &note)
{
    if (note.isEmpty())
        return;
    result.note = result.note.isEmpty() ? note : note + u' ' + result.note;
}

// A binary payload decoded as the tree the inspector shows it as by default; no tree when its view is not one.
struct BinaryDocument {
    PayloadView kind = PayloadView::Hex; // CborTree, MsgPackTree, Protobuf or SparkplugB when read
    std::shared_ptr<const PayloadTree> tree;
    QString error;
};

BinaryDocument readBinaryDocument(const QByteArray &payload, const Mqtt::Properties *properties, QStringView topic)
{
    PayloadView view = PayloadDetector::detect(payload, false, properties, topic).view;
    if (view == PayloadView::CborDiagnostic)
        view = PayloadView::CborTree;
    if (!TreeViewDecoder::reads(view))
        return {};
    const TreeViewDecoder::Result result = TreeViewDecoder::decode(payload, view);
    return BinaryDocument { view, result.tree, result.error };
}
} // namespace

DiffResult MessageDiff::compare(
    const QByteArray &olderPayload, const QByteArray &newerPayload, Mode mode, const Context &context)
{
    QString note;
    QByteArray older = olderPayload;
    QByteArray newer = newerPayload;
    if (older.size() > MaximumInput || newer.size() > MaximumInput) {
        older.truncate(MaximumInput);
        newer.truncate(MaximumInput);
        note = tr("Only the first %1 of each payload are compared.").arg(PayloadFormat::dataSize(MaximumInput));
    }
    const bool binary = PayloadFormat::looksBinary(older) || PayloadFormat::looksBinary(newer);
    if (mode == Mode::Auto || mode == Mode::Structural) {
        QString why; // why a forced structural diff could not be done
        const bool tryJson = (mode == Mode::Structural && !binary)
            || (!binary && JsonParser::looksLikeJson(older) && JsonParser::looksLikeJson(newer));
        if (tryJson) {
            const JsonParser::Result a = JsonParser::parse(older, true);
            const JsonParser::Result b = JsonParser::parse(newer, true);
            if (a.valid && b.valid) {
                DiffResult result = StructuralDiff::compute(*a.tree, *b.tree);
                addNote(result, note);
                return result;
            }
            why = !a.valid ? tr("The older payload: %1").arg(a.error) : tr("The newer payload: %1").arg(b.error);
        } else if (binary) {
            const BinaryDocument a = readBinaryDocument(older, context.olderProperties, context.topic);
            const BinaryDocument b = readBinaryDocument(newer, context.newerProperties, context.topic);
            if (a.tree && b.tree && a.kind == b.kind) {
                DiffResult result = StructuralDiff::compute(*a.tree, *b.tree);
                addNote(result, note);
                return result;
            }
            if (!a.error.isEmpty() || !b.error.isEmpty())
                why = !a.error.isEmpty() ? tr("The older payload: %1").arg(a.error)
                                         : tr("The newer payload: %1").arg(b.error);
            else if (a.tree && b.tree)
                why = tr("The older payload reads as %1, the newer as %2.")
                          .arg(TreeViewDecoder::formatName(a.kind), TreeViewDecoder::formatName(b.kind));
            else if (a.tree)
                why = tr("The newer payload does not read as one of them.");
            else if (b.tree)
                why = tr("The older payload does not read as one of them.");
            else
                why = tr("Neither payload reads as one of them.");
        }
        if (mode == Mode::Structural) {
            note = (note.isEmpty() ? QString() : note + u' ')
                + tr("A structural diff needs two documents of one kind: JSON, CBOR, MessagePack, Protocol Buffers "
                     "or Sparkplug B. %1 Compared as %2 instead.")
                      .arg(why, binary ? tr("hex") : tr("text"));
        }
        mode = binary ? Mode::Hex : Mode::Text;
    }
    DiffResult result = mode == Mode::Hex
        ? HexDiff::compute(older, newer)
        : TextDiff::compute(PayloadText::decode(older).text, PayloadText::decode(newer).text);
    addNote(result, note);
    return result;
}
