// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "store/topicstore.h"
#include "tree/topictreeview.h"

#include <QMainWindow>
#include <QUrl>

#include <optional>

class ConnectionBar;
class ConnectionStatus;
class FilterBar;
class IngestPipeline;
class MessagePanel;
class QAction;
class QLabel;
class QToolButton;
class TopicActions;
class TopicTreeModel;

// The explorer window: connection bar and view toolbar on top, the filter bar and the live topic tree on the left,
// the selected topic's last message on the right, connection state and ingest figures in the status bar.
//
// Messages go from the socket into the topic store in IngestPipeline's worker thread; this window only sees
// coalesced change sets (about 25 a second at most), which the model turns into a few row inserts and dataChanged
// signals per expanded parent.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Pre-fills the connection bar (from --url). Credentials in the URL are kept for connecting, never shown.
    void setBrokerUrl(const QUrl &url);
    QUrl brokerUrl() const;

    // Connects to the broker in the URL field and subscribes to "#" ($SYS/# is not subscribed). A URL that cannot
    // be used is explained in the status bar.
    void connectToBroker();
    // Connects with ready-made options and subscriptions (canopy-bench-gui, tests). The tree starts empty.
    void connectToBroker(const Mqtt::ClientOptions &options, const QList<Mqtt::Subscription> &subscriptions);
    void disconnectFromBroker();
    Mqtt::Client::State connectionState() const { return m_state; }

    // Topics in the first `levels` levels are expanded as they appear (0: none, the default), until about 2,000
    // rows have been opened that way.
    void setAutoExpandDepth(int levels);
    int autoExpandDepth() const { return m_autoExpandDepth; }

    // Selects topic (and reveals it) as soon as it is in the tree.
    void selectTopic(const QString &topic);

    IngestPipeline *pipeline() const { return m_pipeline; }
    TopicTreeModel *model() const { return m_model; }
    TopicTreeView *topicTree() const { return m_topicTree; }
    FilterBar *filterBar() const { return m_filterBar; }

    // The ingest figures the status bar shows.
    quint64 totalMessages() const { return m_totalMessages; }

    static QList<Mqtt::Subscription> defaultSubscriptions();

private:
    void createActions();
    void createToolBars();
    void createStatusBar();
    void showAbout();

    void onChanges(const ChangeSet &changes);
    void onStateChanged(Mqtt::Client::State state);
    void onIngestStatistics(quint64 totalMessages, double messagesPerSecond);
    void updateFigures();
    void clearAll();
    void setPaused(bool paused);
    void applyFilter();
    // False (nothing shown) when mayGiveUp and the store stayed busy; the next change set tries again.
    bool showSelectedMessage(bool mayGiveUp);
    NodeId currentNode() const;
    QList<NodeId> expandedNodes() const;
    void expandNodes(const QList<NodeId> &nodes);
    void expandFirstMatches(int rowBudget);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void expandPending();
    bool selectPendingTopic();

    IngestPipeline *m_pipeline = nullptr;
    TopicTreeModel *m_model = nullptr;
    TopicActions *m_topicActions = nullptr;

    ConnectionBar *m_connectionBar = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_clearButton = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_clearAction = nullptr;
    FilterBar *m_filterBar = nullptr;
    TopicTreeView *m_topicTree = nullptr;
    MessagePanel *m_messageView = nullptr;
    ConnectionStatus *m_connectionStatus = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_losses = nullptr;

    Mqtt::Client::State m_state = Mqtt::Client::State::Disconnected;
    quint64 m_totalMessages = 0;
    double m_messagesPerSecond = 0;
    quint32 m_topics = 0;
    quint64 m_evicted = 0;
    quint64 m_truncated = 0;
    qint64 m_historyBudget = 0;
    qint64 m_payloadLimit = 0;
    QList<NodeId> m_unfilteredExpansion; // restored when the filter is cleared
    int m_autoExpandDepth = 0;
    int m_autoExpandedRows = 0;
    QList<NodeId> m_pendingExpansion; // new rows to expand once the model has finished announcing them
    bool m_expansionScheduled = false;
    QString m_topicToSelect;
    bool m_messageOutdated = false; // the panel missed an update of its topic
};
