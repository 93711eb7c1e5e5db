// SPDX-License-Identifier: MIT
#pragma once

// The publish history as a table, newest first: time, topic, payload, the broker's answer, and how many times in a
// row. It follows the controller's history at most every RefreshMs (a fast repeat changes it hundreds of times a
// second), inserting a new row at the top rather than resetting, so that the row under the pointer stays.

#include <QAbstractTableModel>
#include <QList>

class PublishController;
class QTimer;

class PublishHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, TopicColumn, PayloadColumn, ResultColumn, ColumnCount };
    static constexpr int RefreshMs = 100;

    explicit PublishHistoryModel(PublishController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    quint64 entryId(int row) const; // 0 when out of range
    void refresh(); // now, instead of at the next tick

private:
    PublishController *m_controller;
    QTimer *m_refresh = nullptr;
    QList<quint64> m_ids; // the rows shown, as history entry ids
};
