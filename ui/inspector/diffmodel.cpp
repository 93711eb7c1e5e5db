// SPDX-License-Identifier: MIT
#include "inspector/diffmodel.h"

#include "common/displaytext.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

DiffModel::DiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiffModel::setResult(const DiffResult &result)
{
    beginResetModel();
    m_result = result;
    const qsizetype n = result.lines.size();
    m_shown = QList<QString>(n);
    m_shownRanges = QList<QList<DiffRange>>(n);
    m_made = QList<bool>(n, false);
    endResetModel();
}

std::pair<QString, QList<DiffRange>> DiffModel::visibleWithRanges(const QString &text, const QList<DiffRange> &ranges)
{
    if (ranges.isEmpty())
        return { Canopy::visibleText(text), {} };
    QString out;
    QList<DiffRange> moved;
    qsizetype at = 0;
    for (const DiffRange &range : ranges) {
        const qsizetype start = std::clamp<qsizetype>(range.start, at, text.size());
        const qsizetype end = std::clamp<qsizetype>(range.start + range.length, start, text.size());
        out += Canopy::visibleText(QStringView(text).sliced(at, start - at));
        const qsizetype shownStart = out.size();
        out += Canopy::visibleText(QStringView(text).sliced(start, end - start));
        moved.append({ shownStart, out.size() - shownStart });
        at = end;
    }
    out += Canopy::visibleText(QStringView(text).sliced(at));
    return { out, moved };
}

void DiffModel::make(int row) const
{
    const DiffLine &line = m_result.lines[row];
    auto [text, ranges] = visibleWithRanges(line.text, line.highlights);
    m_shown[row] = std::move(text);
    m_shownRanges[row] = std::move(ranges);
    m_made[row] = true;
}

QString DiffModel::rowsText(const QList<int> &rows) const
{
    QString out;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const DiffLine &line = m_result.lines[row];
        switch (line.kind) {
        case DiffLine::Kind::Same:
            out += u"  "_s;
            break;
        case DiffLine::Kind::Removed:
            out += u"- "_s;
            break;
        case DiffLine::Kind::Added:
            out += u"+ "_s;
            break;
        case DiffLine::Kind::Changed:
            out += u"~ "_s;
            break;
        case DiffLine::Kind::Skipped:
            out += u"  "_s;
            break;
        }
        out += line.text + u'\n';
    }
    return out;
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.lines.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DiffLine &line = m_result.lines[index.row()];
    switch (role) {
    case KindRole:
        return int(line.kind);
    case Qt::FontRole:
        if (m_result.mode != DiffResult::Mode::Structural || index.column() != TextColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != TextColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case HighlightsRole:
        if (index.column() != TextColumn)
            return {};
        if (!m_made[index.row()])
            make(index.row());
        return QVariant::fromValue(m_shownRanges[index.row()]);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool hex = m_result.mode == DiffResult::Mode::Hex;
    switch (index.column()) {
    case OldColumn:
        if (line.oldLine < 0 || line.kind == DiffLine::Kind::Skipped)
            return {};
        return hex ? QString::number(line.oldLine, 16) : QString::number(line.oldLine);
    case NewColumn:
        if (line.newLine < 0 || line.kind == DiffLine::Kind::Skipped)
            return {};
        return hex ? QString::number(line.newLine, 16) : QString::number(line.newLine);
    case TextColumn: {
        if (!m_made[index.row()])
            make(index.row());
        const QString sign = line.kind == DiffLine::Kind::Added ? u"+ "_s
            : line.kind == DiffLine::Kind::Removed              ? u"- "_s
            : line.kind == DiffLine::Kind::Changed              ? u"~ "_s
                                                                : u"  "_s;
        return QString(sign + m_shown[index.row()]);
    }
    default:
        return {};
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool hex = m_result.mode == DiffResult::Mode::Hex;
    switch (section) {
    case OldColumn:
        return hex ? tr("Old offset") : tr("Old");
    case NewColumn:
        return hex ? tr("New offset") : tr("New");
    case TextColumn:
        return m_result.mode == DiffResult::Mode::Structural ? tr("Path: value") : tr("Content");
    default:
        return {};
    }
}

// ---- delegate

QColor DiffDelegate::background(DiffLine::Kind kind, bool strong)
{
    switch (kind) {
    case DiffLine::Kind::Removed:
        return strong ? QColor(0xf5, 0x9e, 0x9e) : QColor(0xfd, 0xe4, 0xe4);
    case DiffLine::Kind::Added:
        return strong ? QColor(0x8f, 0xd6, 0x9a) : QColor(0xdf, 0xf5, 0xe2);
    case DiffLine::Kind::Changed:
        return strong ? QColor(0xf0, 0xd0, 0x70) : QColor(0xfb, 0xf1, 0xd3);
    case DiffLine::Kind::Skipped:
        return QColor(0xee, 0xee, 0xf2);
    case DiffLine::Kind::Same:
        break;
    }
    return {};
}

void DiffDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = DiffLine::Kind(index.data(DiffModel::KindRole).toInt());
    const QColor fill = background(kind, false);
    if (fill.isValid() && !(option.state & QStyle::State_Selected))
        painter->fillRect(option.rect, fill);
    const QList<DiffRange> ranges = index.data(DiffModel::HighlightsRole).value<QList<DiffRange>>();
    if (index.column() != DiffModel::TextColumn || ranges.isEmpty() || (option.state & QStyle::State_Selected)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The text with its changed characters on a stronger background (2 for the sign in front).
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    QList<QTextLayout::FormatRange> formats;
    for (const DiffRange &range : ranges) {
        QTextLayout::FormatRange format;
        format.start = int(range.start + 2);
        format.length = int(range.length);
        format.format.setBackground(background(kind, true));
        formats.append(format);
    }
    painter->save();
    painter->setClipRect(opt.rect);
    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    const QRect textRect
        = opt.widget ? opt.widget->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget) : opt.rect;
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2;
    painter->setPen(opt.palette.color(QPalette::Text));
    layout.draw(painter, QPointF(textRect.left() + 3, y));
    painter->restore();
}
