// SPDX-License-Identifier: MIT
#pragma once

// "$SYS dashboard": the broker's own figures from its $SYS topics (mosquitto, EMQX, HiveMQ; see SysCatalogue), each
// with a small live trend, and the other $SYS topics raw. Once shown it subscribes the connection to "$SYS/#" (and
// each new connection made while it is shown) and, while shown, reads the $SYS subtree of the store once a second. A
// broker that publishes no $SYS gets a sentence saying so and how to turn it on for mosquitto.

#include "insight/sysdashboard.h"

#include <QHash>
#include <QWidget>

#include <array>

class ConnectionTab;
class QLabel;
class QTableView;
class QTimer;
class Sparkline;
class SysRawModel;

class SysDashboardPanel : public QWidget {
    Q_OBJECT
public:
    explicit SysDashboardPanel(ConnectionTab *tab);

    static constexpr int RefreshMs = 1000;
    const SysDashboard &dashboard() const { return m_dashboard; }
    SysRawModel *rawModel() const { return m_rawModel; }
    void refresh(); // reads new $SYS messages from the store and updates the labels (the timer calls this)
    static QString metricName(SysMetric metric); // "Clients connected", ...
    static QString metricKey(SysMetric metric); // "clientsConnected": object names of its value and trend

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void subscribe();
    QString valueText(SysMetric metric) const;

    ConnectionTab *m_tab;
    SysDashboard m_dashboard;
    QHash<QString, qint64> m_seen; // $SYS topic -> time of the last message read
    std::array<QLabel *, SysMetricCount> m_values {};
    std::array<Sparkline *, SysMetricCount> m_trends {};
    QLabel *m_broker = nullptr;
    QLabel *m_note = nullptr;
    SysRawModel *m_rawModel = nullptr;
    QTableView *m_rawView = nullptr;
    QTimer *m_timer = nullptr;
    bool m_subscribed = false; // on the current connection
};
