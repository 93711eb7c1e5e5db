// SPDX-License-Identifier: MIT
#include "insight/toptopicsmodel.h"

#include "common/displaytext.h"

#include <QLocale>

TopTopicsModel::TopTopicsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TopTopicsModel::setEntries(const QList<FloodEntry> &entries)
{
    const auto sameRows = [&] {
        if (entries.size() != m_entries.size())
            return false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries[i].node != m_entries[i].node || entries[i].topic != m_entries[i].topic)
                return false;
        }
        return true;
    };
    if (m_frozen) {
        // Values only: the row under the cursor stays where it is.
        for (FloodEntry &row : m_entries) {
            const auto it = std::find_if(entries.cbegin(), entries.cend(),
                [&](const FloodEntry &entry) { return entry.node == row.node && entry.topic == row.topic; });
            const QString topic = row.topic;
            row = it != entries.cend() ? *it : FloodEntry { row.node, topic, 0, 0, 0, 0 };
        }
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
        return;
    }
    if (sameRows()) {
        m_entries = entries;
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString TopTopicsModel::topicAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].topic : QString();
}

int TopTopicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TopTopicsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopTopicsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FloodEntry &entry = m_entries[index.row()];
    if (role == FullTopicRole)
        return entry.topic;
    if (role == Qt::TextAlignmentRole)
        return index.column() == TopicColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TopicColumn)
        return Canopy::visibleText(entry.topic).toHtmlEscaped();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TopicColumn:
        return Canopy::visibleText(entry.topic);
    case MessagesPerSecondColumn:
        return locale.toString(entry.messagesPerSecond, 'f', 1);
    case BytesPerSecondColumn:
        return tr("%1/s").arg(
            locale.formattedDataSize(qint64(entry.bytesPerSecond + 0.5), 1, QLocale::DataSizeTraditionalFormat));
    case MessagesColumn:
        return locale.toString(qulonglong(entry.messages));
    default:
        return {};
    }
}

QVariant TopTopicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case MessagesPerSecondColumn:
        return tr("msg/s");
    case BytesPerSecondColumn:
        return tr("bytes/s");
    case MessagesColumn:
        return tr("Messages");
    default:
        return {};
    }
}
