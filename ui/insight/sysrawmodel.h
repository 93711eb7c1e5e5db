// SPDX-License-Identifier: MIT
#pragma once

// The $SYS topics the dashboard has no metric for, listed raw: topic and last value, in topic order.

#include "insight/sysdashboard.h"

#include <QAbstractTableModel>

class SysRawModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit SysRawModel(QObject *parent = nullptr);
    void setTopics(const QMap<QString, SysDashboard::RawTopic> &topics);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_topics;
    QStringList m_values;
};
