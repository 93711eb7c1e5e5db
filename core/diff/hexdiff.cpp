// SPDX-License-Identifier: MIT
#include "diff/hexdiff.h"

#include "diff/editscript.h"
#include "payload/payloadformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype RowBytes = 16;

QList<DiffRange> byteRanges(const QList<int> &indexes)
{
    QList<DiffRange> ranges;
    for (int i : indexes) {
        const qsizetype at = PayloadFormat::hexColumn(i);
        if (!ranges.isEmpty() && ranges.back().start + ranges.back().length + 1 >= at && i != 8)
            ranges.back().length = at + 2 - ranges.back().start;
        else
            ranges.append({ at, 2 });
    }
    return ranges;
}

class RowWriter {
    Q_DECLARE_TR_FUNCTIONS(HexDiff)
public:
    explicit RowWriter(DiffResult &result)
        : m_result(result)
    {
    }
    // count bytes of run kind starting at old offset i / new offset j.
    void same(QByteArrayView a, qsizetype i, qsizetype j, qsizetype count, bool first, bool last)
    {
        const qsizetype before = first ? 0 : HexDiff::ContextRows * RowBytes;
        const qsizetype after = last ? 0 : HexDiff::ContextRows * RowBytes;
        if (count <= before + after + RowBytes) {
            rows(DiffLine::Kind::Same, a, i, j, count);
            return;
        }
        rows(DiffLine::Kind::Same, a, i, j, before);
        const qsizetype skipped = count - before - after;
        m_result.lines.append({ DiffLine::Kind::Skipped, i + before, j + before,
            tr("… %1 unchanged byte(s)", nullptr, int(std::min<qsizetype>(skipped, INT_MAX)))
                .arg(QLocale().toString(qint64(skipped))),
            {} });
        rows(DiffLine::Kind::Same, a, i + count - after, j + count - after, after);
    }
    void rows(DiffLine::Kind kind, QByteArrayView bytes, qsizetype i, qsizetype j, qsizetype count)
    {
        const bool onOld = kind != DiffLine::Kind::Added;
        const qsizetype from = onOld ? i : j;
        for (qsizetype k = 0; k < count; k += RowBytes) {
            const qsizetype n = std::min(RowBytes, count - k);
            DiffLine line;
            line.kind = kind;
            line.oldLine = kind == DiffLine::Kind::Added ? -1 : i + k;
            line.newLine = kind == DiffLine::Kind::Removed ? -1 : j + k;
            line.text = PayloadFormat::hexDumpLine(from + k, bytes.sliced(from + k, n));
            m_result.lines.append(line);
        }
    }

private:
    DiffResult &m_result;
};

} // namespace

DiffResult HexDiff::compute(QByteArrayView older, QByteArrayView newer, qsizetype maximumMiddle)
{
    DiffResult result;
    result.mode = DiffResult::Mode::Hex;
    RowWriter writer(result);
    std::vector<quint32> a(size_t(older.size()));
    std::vector<quint32> b(size_t(newer.size()));
    for (qsizetype k = 0; k < older.size(); ++k)
        a[size_t(k)] = uchar(older[k]);
    for (qsizetype k = 0; k < newer.size(); ++k)
        b[size_t(k)] = uchar(newer[k]);
    bool aligned = true;
    const std::vector<EditScript::Run> runs = EditScript::compute(a, b, maximumMiddle, &aligned);
    if (!aligned) {
        // Byte by byte at the same offsets: rows that differ show as removed + added, their differing bytes marked.
        result.lines.clear();
        result.note = tr("The payloads differ in more than %1: compared byte by byte at the same offsets, not aligned.")
                          .arg(PayloadFormat::dataSize(maximumMiddle));
        const qsizetype rows = (std::max(older.size(), newer.size()) + RowBytes - 1) / RowBytes;
        qsizetype firstSame = -1;
        bool anyChange = false;
        auto writeSame = [&](qsizetype untilRow, bool last) {
            if (firstSame < 0)
                return;
            const qsizetype from = firstSame * RowBytes;
            const qsizetype to = std::min(untilRow * RowBytes, std::min(older.size(), newer.size()));
            writer.same(older, from, from, to - from, !anyChange, last);
            firstSame = -1;
        };
        for (qsizetype row = 0; row < rows; ++row) {
            const qsizetype at = row * RowBytes;
            const QByteArrayView left
                = at < older.size() ? older.sliced(at, std::min(RowBytes, older.size() - at)) : QByteArrayView();
            const QByteArrayView right
                = at < newer.size() ? newer.sliced(at, std::min(RowBytes, newer.size() - at)) : QByteArrayView();
            if (left == right) {
                if (firstSame < 0)
                    firstSame = row;
                continue;
            }
            writeSame(row, false);
            anyChange = true;
            QList<int> leftMarks;
            QList<int> rightMarks;
            for (int k = 0; k < RowBytes; ++k) {
                const bool inLeft = k < left.size();
                const bool inRight = k < right.size();
                if (inLeft && (!inRight || left[k] != right[k])) {
                    leftMarks.append(k);
                    if (inRight)
                        ++result.changed;
                    else
                        ++result.removed;
                }
                if (inRight && (!inLeft || left[k] != right[k])) {
                    rightMarks.append(k);
                    if (!inLeft)
                        ++result.added;
                }
            }
            if (!left.isEmpty())
                result.lines.append(
                    { DiffLine::Kind::Removed, at, -1, PayloadFormat::hexDumpLine(at, left), byteRanges(leftMarks) });
            if (!right.isEmpty())
                result.lines.append(
                    { DiffLine::Kind::Added, -1, at, PayloadFormat::hexDumpLine(at, right), byteRanges(rightMarks) });
        }
        writeSame(rows, true);
        return result;
    }
    qsizetype i = 0;
    qsizetype j = 0;
    for (size_t r = 0; r < runs.size(); ++r) {
        const EditScript::Run &run = runs[r];
        switch (run.op) {
        case EditScript::Op::Keep:
            writer.same(older, i, j, run.count, r == 0, r + 1 == runs.size());
            i += run.count;
            j += run.count;
            break;
        case EditScript::Op::Remove:
            writer.rows(DiffLine::Kind::Removed, older, i, j, run.count);
            i += run.count;
            result.removed += run.count;
            break;
        case EditScript::Op::Add:
            writer.rows(DiffLine::Kind::Added, newer, i, j, run.count);
            j += run.count;
            result.added += run.count;
            break;
        }
    }
    return result;
}
