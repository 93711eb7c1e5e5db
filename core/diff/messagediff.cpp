// SPDX-License-Identifier: MIT
#include "diff/messagediff.h"

#include "diff/hexdiff.h"
#include "diff/structuraldiff.h"
#include "diff/textdiff.h"
#include "payload/jsonparser.h"
#include "payload/payloadformat.h"
#include "payload/payloadtext.h"

using namespace Qt::StringLiterals;

namespace {
void addNote(DiffResult &result, const QString &note)
{
    if (note.isEmpty())
        return;
    result.note = result.note.isEmpty() ? note : note + u' ' + result.note;
}
} // namespace

DiffResult MessageDiff::compare(const QByteArray &olderPayload, const QByteArray &newerPayload, Mode mode)
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
        const bool tryJson = mode == Mode::Structural
            || (!binary && JsonParser::looksLikeJson(older) && JsonParser::looksLikeJson(newer));
        if (tryJson) {
            const JsonParser::Result a = JsonParser::parse(older, true);
            const JsonParser::Result b = JsonParser::parse(newer, true);
            if (a.valid && b.valid) {
                DiffResult result = StructuralDiff::compute(*a.tree, *b.tree);
                addNote(result, note);
                return result;
            }
            if (mode == Mode::Structural) {
                const QString error
                    = !a.valid ? tr("The older payload: %1").arg(a.error) : tr("The newer payload: %1").arg(b.error);
                note = (note.isEmpty() ? QString() : note + u' ')
                    + tr("A structural diff needs two JSON documents. %1 Compared as %2 instead.")
                          .arg(error, binary ? tr("hex") : tr("text"));
            }
        }
        mode = binary ? Mode::Hex : Mode::Text;
    }
    DiffResult result = mode == Mode::Hex
        ? HexDiff::compute(older, newer)
        : TextDiff::compute(PayloadText::decode(older).text, PayloadText::decode(newer).text);
    addNote(result, note);
    return result;
}
