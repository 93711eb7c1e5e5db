// SPDX-License-Identifier: MIT
#pragma once

// The rows of the "Top topics" view: a flood ranking (FloodRanking::rank) as a table. Updates keep rows stable:
// the same topics in the same order only change values (dataChanged); while frozen (the mouse is over the view),
// rows never move: topics that left the ranking stay with zero rates and new ones wait for the next unfrozen update.

#include "insight/floodranking.h"

#include <QAbstractTableModel>

class TopTopicsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TopicColumn, MessagesPerSecondColumn, BytesPerSecondColumn, MessagesColumn, ColumnCount };
    enum Role { FullTopicRole = Qt::UserRole + 1 }; // the real topic, for revealing it

    explicit TopTopicsModel(QObject *parent = nullptr);

    void setEntries(const QList<FloodEntry> &entries);
    void setFrozen(bool frozen) { m_frozen = frozen; }
    bool isFrozen() const { return m_frozen; }
    const QList<FloodEntry> &entries() const { return m_entries; }
    QString topicAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FloodEntry> m_entries;
    bool m_frozen = false;
};
