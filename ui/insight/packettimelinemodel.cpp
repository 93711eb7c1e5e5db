// SPDX-License-Identifier: MIT
#include "insight/packettimelinemodel.h"

#include "common/displaytext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

PacketTimelineModel::PacketTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PacketTimelineModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < m_timeline.size(); ++i) {
        if (m_filter.matches(m_timeline.at(i)))
            m_rows.push_back(m_timeline.at(i).seq);
    }
    endResetModel();
}

void PacketTimelineModel::dropEvicted()
{
    const quint64 first = m_timeline.firstSeq();
    const auto end = std::lower_bound(m_rows.begin(), m_rows.end(), first);
    const int gone = int(end - m_rows.begin());
    if (gone == 0)
        return;
    beginRemoveRows({}, 0, gone - 1);
    m_rows.erase(m_rows.begin(), end);
    endRemoveRows();
}

void PacketTimelineModel::append(std::vector<Mqtt::TracedPacket> &&packets)
{
    if (packets.empty())
        return;
    const quint64 firstNew = m_timeline.firstSeq() + quint64(m_timeline.size());
    const PacketTimeline::AppendResult result = m_timeline.append(std::move(packets));
    dropEvicted();
    // Earlier records whose handshake completed: their row changes, or (under the slow filter) they now show.
    for (const quint64 seq : result.updated) {
        const PacketRecord *record = m_timeline.find(seq);
        if (!record)
            continue;
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seq);
        const int row = int(it - m_rows.begin());
        const bool shown = it != m_rows.end() && *it == seq;
        if (shown) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (m_filter.matches(*record)) {
            beginInsertRows({}, row, row);
            m_rows.insert(it, seq);
            endInsertRows();
        }
    }
    std::vector<quint64> added;
    for (quint64 seq = std::max(firstNew, m_timeline.firstSeq()); const PacketRecord *record = m_timeline.find(seq);
         ++seq) {
        if (m_filter.matches(*record))
            added.push_back(seq);
    }
    if (added.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows.insert(m_rows.end(), added.begin(), added.end());
    endInsertRows();
}

void PacketTimelineModel::setFilter(const PacketFilter &filter)
{
    m_filter = filter;
    rebuild();
}

void PacketTimelineModel::setSlowThresholdUs(qint64 us)
{
    m_slowUs = us;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void PacketTimelineModel::setCapacity(qsizetype capacity)
{
    m_timeline.setCapacity(capacity);
    dropEvicted();
}

void PacketTimelineModel::clear()
{
    beginResetModel();
    m_timeline.clear();
    m_rows.clear();
    endResetModel();
}

const PacketRecord *PacketTimelineModel::recordAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return m_timeline.find(m_rows[size_t(row)]);
}

bool PacketTimelineModel::isSlow(const PacketRecord &record) const
{
    return m_slowUs > 0 && (record.flowLatencyUs > m_slowUs || record.stepLatencyUs > m_slowUs);
}

int PacketTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PacketTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PacketTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PacketRecord *record = recordAt(index.row());
    if (!record)
        return {};
    const Mqtt::TracedPacket &p = record->packet;
    switch (role) {
    case SlowRole:
        return isSlow(*record);
    case SeqRole:
        return qulonglong(record->seq);
    case Qt::ForegroundRole:
        if (isSlow(*record))
            return QBrush(QColor(0xc0, 0x30, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == LatencyColumn || index.column() == PacketIdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TopicColumn && !p.topic.isEmpty())
            return Canopy::visibleText(p.topic).toHtmlEscaped();
        if (index.column() == LatencyColumn && record->flow != 0)
            return tr("Handshake #%1").arg(record->flow);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(p.timeUs / 1000).toString(u"HH:mm:ss.zzz");
    case DirectionColumn:
        return p.outgoing ? tr("→ out") : tr("← in");
    case TypeColumn:
        return PacketTimeline::typeName(p.type);
    case PacketIdColumn:
        return p.packetId ? QVariant(p.packetId) : QVariant();
    case QosColumn:
        return p.type == Mqtt::PacketType::Publish ? QVariant(p.qos) : QVariant();
    case TopicColumn:
        return Canopy::visibleText(p.topic);
    case SizeColumn:
        return locale.toString(p.size);
    case ReasonColumn:
        return PacketTimeline::reasonText(p);
    case LatencyColumn: {
        const qint64 us = record->flowLatencyUs >= 0 ? record->flowLatencyUs : record->stepLatencyUs;
        if (us < 0)
            return record->flow == record->seq && record->flow != 0 ? tr("waiting") : QVariant();
        return tr("%1 ms").arg(locale.toString(double(us) / 1000.0, 'f', us < 10000 ? 2 : 0));
    }
    default:
        return {};
    }
}

QVariant PacketTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir");
    case TypeColumn:
        return tr("Type");
    case PacketIdColumn:
        return tr("Id");
    case QosColumn:
        return tr("QoS");
    case TopicColumn:
        return tr("Topic");
    case SizeColumn:
        return tr("Size");
    case ReasonColumn:
        return tr("Reason");
    case LatencyColumn:
        return tr("Latency");
    default:
        return {};
    }
}
