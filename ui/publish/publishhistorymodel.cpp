// SPDX-License-Identifier: MIT
#include "publish/publishhistorymodel.h"

#include "common/displaytext.h"
#include "publish/publishcontroller.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

PublishHistoryModel::PublishHistoryModel(PublishController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    connect(m_refresh, &QTimer::timeout, this, &PublishHistoryModel::refresh);
    connect(controller, &PublishController::historyChanged, this, [this] {
        if (!m_refresh->isActive())
            m_refresh->start(RefreshMs);
    });
    refresh();
}

int PublishHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PublishHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

quint64 PublishHistoryModel::entryId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

void PublishHistoryModel::refresh()
{
    m_refresh->stop();
    const QList<PublishHistoryEntry> &entries = m_controller->history().entries();
    QList<quint64> ids;
    ids.reserve(entries.size());
    for (const PublishHistoryEntry &entry : entries)
        ids.append(entry.id);
    if (ids == m_ids) {
        if (!ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(ids.size()) - 1, ColumnCount - 1));
        return;
    }
    // The usual change: new entries at the top, maybe the oldest gone from the bottom.
    const qsizetype added = ids.indexOf(m_ids.value(0));
    if (!m_ids.isEmpty() && added > 0 && ids.mid(added) == m_ids.first(std::min(m_ids.size(), ids.size() - added))) {
        const qsizetype kept = ids.size() - added;
        if (kept < m_ids.size()) {
            beginRemoveRows({}, int(kept), int(m_ids.size()) - 1);
            m_ids.resize(kept);
            endRemoveRows();
        }
        beginInsertRows({}, 0, int(added) - 1);
        m_ids = ids;
        endInsertRows();
        if (kept > 0)
            Q_EMIT dataChanged(index(int(added), 0), index(int(ids.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

QVariant PublishHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const PublishHistoryEntry *entry = m_controller->history().find(m_ids.at(index.row()));
    if (!entry)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: {
            const QString time
                = QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry->timeMs).time(), u"HH:mm:ss"_s);
            return entry->count > 1 ? tr("%1 (×%2)").arg(time).arg(entry->count) : time;
        }
        case TopicColumn:
            return Canopy::visibleText(entry->message.topic);
        case PayloadColumn: {
            const PublishMessage &m = entry->message;
            QString payload = m.format == PayloadKind::File ? tr("file %1").arg(m.payload) : m.payload.simplified();
            if (payload.size() > 80)
                payload = payload.left(80) + u'…';
            return Canopy::visibleText(payload);
        }
        case ResultColumn:
            return entry->outcome.isEmpty() ? tr("awaiting the answer…") : Canopy::visibleText(entry->outcome);
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1\nQoS %2%3 · %4\nClick to load it into the editor.")
            .arg(Canopy::visibleText(entry->message.topic))
            .arg(entry->message.qos)
            .arg(entry->message.retain ? tr(", retained") : QString(),
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry->timeMs), QLocale::ShortFormat));
    }
    return {};
}

QVariant PublishHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TopicColumn:
        return tr("Topic");
    case PayloadColumn:
        return tr("Payload");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}
