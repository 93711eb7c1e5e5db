// SPDX-License-Identifier: MIT
#pragma once

// The packet timeline as a table: one row per traced packet the filter shows, oldest first. New packets are
// appended (beginInsertRows), the ring's evictions removed from the top (beginRemoveRows), and a handshake's first
// packet changes in place when its last packet arrives (its latency). Rows of handshakes slower than the slow
// threshold are marked.

#include "insight/packettimeline.h"

#include <QAbstractTableModel>

#include <deque>

class PacketTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        TypeColumn,
        PacketIdColumn,
        QosColumn,
        TopicColumn,
        SizeColumn,
        ReasonColumn,
        LatencyColumn,
        ColumnCount
    };
    enum Role { SlowRole = Qt::UserRole + 1, SeqRole };

    explicit PacketTimelineModel(QObject *parent = nullptr);

    PacketTimeline &timeline() { return m_timeline; }
    const PacketTimeline &timeline() const { return m_timeline; }
    void append(std::vector<Mqtt::TracedPacket> &&packets);
    void setFilter(const PacketFilter &filter);
    const PacketFilter &filter() const { return m_filter; }
    void setSlowThresholdUs(qint64 us); // rows slower than this are marked (SlowRole, colour)
    void setCapacity(qsizetype capacity);
    void clear();
    const PacketRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void dropEvicted();
    bool isSlow(const PacketRecord &record) const;

    PacketTimeline m_timeline;
    PacketFilter m_filter;
    std::deque<quint64> m_rows; // seqs shown, ascending
    qint64 m_slowUs = 100000;
};
