// SPDX-License-Identifier: MIT
#include "insight/sysrawmodel.h"

#include "common/displaytext.h"

SysRawModel::SysRawModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SysRawModel::setTopics(const QMap<QString, SysDashboard::RawTopic> &topics)
{
    const QStringList names = topics.keys();
    QStringList values;
    values.reserve(names.size());
    for (const auto &topic : topics)
        values.append(topic.payload);
    if (names == m_topics) {
        m_values = values;
        if (!m_topics.isEmpty())
            Q_EMIT dataChanged(index(0, 1), index(int(m_topics.size()) - 1, 1));
        return;
    }
    beginResetModel();
    m_topics = names;
    m_values = values;
    endResetModel();
}

int SysRawModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

int SysRawModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant SysRawModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString &text = index.column() == 0 ? m_topics[index.row()] : m_values[index.row()];
    const QString shown = Canopy::visibleText(text);
    return role == Qt::ToolTipRole ? shown.toHtmlEscaped() : shown;
}

QVariant SysRawModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Topic") : tr("Value");
}
