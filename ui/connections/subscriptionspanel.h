// SPDX-License-Identifier: MIT
#pragma once

// The Subscriptions panel of one connection (a dock of its tab): the filters it is subscribed to with their QoS and
// MQTT 5 options and the broker's answer to each; add, edit and remove (which unsubscribes), and a one-click $SYS/#
// toggle. A filter that breaks a rule of the specification is refused in the add/edit dialog, with the rule.

#include "profiles/connectionprofile.h"

#include <QWidget>

class IngestPipeline;
class QTableView;
class QToolButton;
class SubscriptionsModel;

class SubscriptionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SubscriptionsPanel(IngestPipeline *pipeline, QWidget *parent = nullptr);

    SubscriptionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // What the buttons do (the dialog's result, or a row).
    void subscribe(const ProfileSubscription &subscription);
    void unsubscribe(const QString &filter);
    void editRow(int row); // opens the dialog
    static QString sysFilter() { return QStringLiteral("$SYS/#"); }

private:
    void updateSysToggle();
    int currentRow() const;

    IngestPipeline *m_pipeline = nullptr;
    SubscriptionsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QToolButton *m_sysToggle = nullptr;
};
