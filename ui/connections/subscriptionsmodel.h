// SPDX-License-Identifier: MIT
#pragma once

// The subscriptions of one connection as a table: filter, QoS, the broker's answer in words ("granted QoS 1", "not
// authorized (0x87)", "waiting for the broker…") and the MQTT 5 options. It follows what the connection's pipeline
// was asked (subscriptionsRequested / unsubscriptionRequested) and answered, so that every request shows, whoever
// made it. A removed row stays, marked, until the broker confirms the unsubscription.

#include "codec/mqttpacket.h"
#include "profiles/connectionprofile.h"

#include <QAbstractTableModel>

class SubscriptionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FilterColumn, QosColumn, AnswerColumn, OptionsColumn, ColumnCount };
    enum class State { Waiting, Granted, Refused, NoAnswer, Unsubscribing };

    explicit SubscriptionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What the pipeline reports.
    void requested(const QList<Mqtt::Subscription> &subscriptions, quint32 identifier);
    void answered(const QString &filter, int reasonCode, const QString &sentence);
    void unsubscribing(const QStringList &filters);
    void unsubscribed(const QString &filter, int reasonCode, const QString &sentence);
    // The version the answers are worded in (the connection's, 3.1.1 after a fallback).
    void setProtocolVersion(Mqtt::ProtocolVersion version);
    // A new connection starts: the list is what it subscribes to.
    void clear();

    int rowOf(const QString &filter) const;
    ProfileSubscription subscription(int row) const;
    State state(int row) const;
    QString answerText(int row) const;
    QStringList filters() const;

private:
    struct Row {
        ProfileSubscription subscription {};
        State state = State::Waiting;
        int reasonCode = -1;
        QString sentence {};
    };
    QString answerOf(const Row &row) const;
    void rowChanged(int row);

    QList<Row> m_rows;
    Mqtt::ProtocolVersion m_version = Mqtt::ProtocolVersion::V5;
};
