// SPDX-License-Identifier: MIT
#include "inspector/hexmodel.h"

#include "payload/payloadformat.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

HexModel::HexModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HexModel::setBytes(const QByteArray &bytes)
{
    beginResetModel();
    m_bytes = bytes;
    endResetModel();
}

int HexModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qsizetype>((m_bytes.size() + BytesPerRow - 1) / BytesPerRow, INT_MAX));
}

int HexModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HexModel::rowsText(int first, int last) const
{
    QString text;
    for (int row = first; row <= last && row < rowCount(); ++row) {
        const qsizetype at = qsizetype(row) * BytesPerRow;
        text += PayloadFormat::hexDumpLine(
            at, QByteArrayView(m_bytes).sliced(at, std::min<qsizetype>(BytesPerRow, m_bytes.size() - at)));
        text += u'\n';
    }
    return text;
}

QVariant HexModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::FontRole)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole)
        return {};
    const qsizetype at = qsizetype(index.row()) * BytesPerRow;
    const QByteArrayView line
        = QByteArrayView(m_bytes).sliced(at, std::min<qsizetype>(BytesPerRow, m_bytes.size() - at));
    const QString full = PayloadFormat::hexDumpLine(at, line);
    switch (index.column()) {
    case OffsetColumn:
        return full.left(8);
    case HexColumn:
        return full.mid(10, 49).trimmed();
    case TextColumn:
        return full.mid(full.indexOf(u'|') + 1).chopped(1);
    default:
        return {};
    }
}

QVariant HexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OffsetColumn:
        return tr("Offset");
    case HexColumn:
        return tr("Bytes");
    case TextColumn:
        return tr("ASCII");
    default:
        return {};
    }
}
