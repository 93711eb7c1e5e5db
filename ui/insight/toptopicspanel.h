// SPDX-License-Identifier: MIT
#pragma once

// "Top topics": which topics (or subtrees at a depth) flood the broker, by msg/s or bytes/s over the last 1, 10 or
// 60 seconds, optionally inside the selected subtree. Refreshes once a second while shown, without taking focus;
// while the mouse is over the table its rows keep their places. Clicking a row reveals the topic in the tree.

#include "insight/floodranking.h"

#include <QWidget>

class ConnectionTab;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QTimer;
class TopTopicsModel;

class TopTopicsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TopTopicsPanel(ConnectionTab *tab);

    static constexpr int RefreshMs = 1000;
    TopTopicsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Samples the store and updates the table (the timer calls this). With many topics the sample goes in slices of
    // FloodRanking::SliceNodes nodes, one per turn of the event loop, each under the store's lock: a million topics
    // would otherwise hold the window and the ingest worker for tens of milliseconds at once. The table is updated
    // when the sample is complete.
    void refresh();
    bool isSampling() const { return m_ranking.isSampling(); }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FloodQuery query(const TopicStore &store) const;
    void onSubtreeToggled(bool on);
    void sampleSlice();

    ConnectionTab *m_tab;
    FloodRanking m_ranking;
    TopTopicsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_window = nullptr;
    QComboBox *m_rankBy = nullptr;
    QSpinBox *m_depth = nullptr;
    QCheckBox *m_subtreeOnly = nullptr;
    QLabel *m_scope = nullptr;
    QTimer *m_timer = nullptr;
    QString m_subtree; // the topic the ranking is limited to, when m_subtreeOnly is checked
    qint64 m_sampleMs = 0; // the time of the sample under way
};
