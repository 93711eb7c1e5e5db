// SPDX-License-Identifier: MIT
#include "diff/textdiff.h"

#include "diff/editscript.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QList<QStringView> splitLines(const QString &text)
{
    QList<QStringView> lines;
    if (text.isEmpty())
        return lines;
    const QStringView view(text);
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = view.indexOf(u'\n', start);
        if (end < 0) {
            lines.append(view.sliced(start));
            break;
        }
        QStringView line = view.sliced(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
        if (start == view.size())
            break; // a final line feed ends the last line; it does not start another
    }
    return lines;
}

void appendRange(QList<DiffRange> &ranges, qsizetype start, qsizetype length)
{
    if (length <= 0)
        return;
    if (!ranges.isEmpty() && ranges.back().start + ranges.back().length == start)
        ranges.back().length += length;
    else
        ranges.append({ start, length });
}
} // namespace

std::pair<QList<DiffRange>, QList<DiffRange>> TextDiff::lineHighlights(QStringView older, QStringView newer)
{
    std::vector<quint32> a(size_t(older.size()));
    std::vector<quint32> b(size_t(newer.size()));
    for (qsizetype i = 0; i < older.size(); ++i)
        a[size_t(i)] = older[i].unicode();
    for (qsizetype i = 0; i < newer.size(); ++i)
        b[size_t(i)] = newer[i].unicode();
    const std::vector<EditScript::Run> runs = EditScript::compute(a, b, older.size() + newer.size());
    QList<DiffRange> left;
    QList<DiffRange> right;
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype kept = 0;
    for (const EditScript::Run &run : runs) {
        switch (run.op) {
        case EditScript::Op::Keep:
            i += run.count;
            j += run.count;
            kept += run.count;
            break;
        case EditScript::Op::Remove:
            appendRange(left, i, run.count);
            i += run.count;
            break;
        case EditScript::Op::Add:
            appendRange(right, j, run.count);
            j += run.count;
            break;
        }
    }
    // Lines with less than half in common are shown as replaced, not painted character by character.
    if (kept * 2 < std::max(older.size(), newer.size()))
        return {};
    return { left, right };
}

DiffResult TextDiff::compute(const QString &older, const QString &newer, const Options &options)
{
    DiffResult result;
    result.mode = DiffResult::Mode::Text;
    const QList<QStringView> a = splitLines(older);
    const QList<QStringView> b = splitLines(newer);
    QHash<QStringView, quint32> ids;
    auto symbols = [&ids](const QList<QStringView> &lines) {
        std::vector<quint32> out;
        out.reserve(size_t(lines.size()));
        for (QStringView line : lines) {
            auto it = ids.constFind(line);
            if (it == ids.cend())
                it = ids.insert(line, quint32(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<quint32> sa = symbols(a);
    const std::vector<quint32> sb = symbols(b);
    bool aligned = true;
    const std::vector<EditScript::Run> runs = EditScript::compute(sa, sb, options.maximumMiddleLines, &aligned);
    if (!aligned) {
        result.note = tr("The changed region is too long to align line by line (over %1 lines): it shows as "
                         "removed, then added.")
                          .arg(QLocale().toString(options.maximumMiddleLines));
    }
    const bool anyChange = runs.size() > 1 || (runs.size() == 1 && runs[0].op != EditScript::Op::Keep);

    qsizetype i = 0; // next line of a
    qsizetype j = 0; // next line of b
    auto same = [&](qsizetype count) {
        for (qsizetype k = 0; k < count; ++k, ++i, ++j)
            result.lines.append({ DiffLine::Kind::Same, i + 1, j + 1, a[i].toString(), {} });
    };
    for (size_t r = 0; r < runs.size(); ++r) {
        const EditScript::Run &run = runs[r];
        if (run.op == EditScript::Op::Keep) {
            const bool first = r == 0;
            const bool last = r + 1 == runs.size();
            const qsizetype before = first ? 0 : options.context; // context after the previous change
            const qsizetype after = last ? 0 : options.context; // context before the next change
            if (!anyChange || run.count <= before + after + 1) {
                same(run.count);
                continue;
            }
            same(before);
            const qsizetype skipped = run.count - before - after;
            result.lines.append({ DiffLine::Kind::Skipped, i + 1, j + 1,
                tr("… %Ln unchanged line(s)", nullptr, int(std::min<qsizetype>(skipped, INT_MAX))), {} });
            i += skipped;
            j += skipped;
            same(after);
            continue;
        }
        // A change: the removed lines (this run), then the added ones (the next run, if it adds).
        qsizetype removed = 0;
        qsizetype added = 0;
        if (run.op == EditScript::Op::Remove) {
            removed = run.count;
            if (r + 1 < runs.size() && runs[r + 1].op == EditScript::Op::Add)
                added = runs[++r].count;
        } else {
            added = run.count;
        }
        const qsizetype pairs = aligned ? std::min(removed, added) : 0;
        QList<QList<DiffRange>> leftMarks(pairs);
        QList<QList<DiffRange>> rightMarks(pairs);
        for (qsizetype k = 0; k < pairs; ++k) {
            const QStringView l = a[i + k];
            const QStringView rline = b[j + k];
            if (l.size() <= options.maximumLineLength && rline.size() <= options.maximumLineLength) {
                auto [left, right] = lineHighlights(l, rline);
                leftMarks[k] = std::move(left);
                rightMarks[k] = std::move(right);
            }
        }
        for (qsizetype k = 0; k < removed; ++k)
            result.lines.append({ DiffLine::Kind::Removed, i + k + 1, -1, a[i + k].toString(),
                k < pairs ? leftMarks[k] : QList<DiffRange>() });
        for (qsizetype k = 0; k < added; ++k)
            result.lines.append({ DiffLine::Kind::Added, -1, j + k + 1, b[j + k].toString(),
                k < pairs ? rightMarks[k] : QList<DiffRange>() });
        i += removed;
        j += added;
        result.removed += removed;
        result.added += added;
    }
    return result;
}
