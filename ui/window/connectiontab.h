// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "store/topicstore.h"

#include <QMainWindow>

class ConnectionStatus;
class FilterBar;
class IngestPipeline;
class Inspector;
class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
struct Preferences;
class TopicActions;
class TopicTreeExpansion;
class TopicTreeModel;
class TopicTreeView;

// One connection, as one tab of the window: its IngestPipeline (worker thread and topic store), the filter bar and
// live topic tree on the left, the inspector on the right, the panels of this connection in docks around them, and
// its state and ingest figures in its own status bar. A QMainWindow used as a widget, so that every tab has its own
// dock areas.
//
// Selection drives everything: the tree's current topic fills the inspector and is announced with
// currentTopicChanged() for the other panels. A panel of the connection (publish, charts, top topics, $SYS, packets,
// subscriptions) adds itself in createPanels() with one addPanelDock() call; the window offers its dock in the View
// menu and the toolbar.
//
// Messages go from the socket into the topic store in the pipeline's worker thread; this tab only sees coalesced
// change sets (about 25 a second at most), which the model turns into a few row inserts and dataChanged signals per
// expanded parent.
class ConnectionTab : public QMainWindow {
    Q_OBJECT
public:
    explicit ConnectionTab(QWidget *parent = nullptr);
    // Ends the connection cleanly: the pipeline's destructor sends DISCONNECT (waiting about 1.5 s at most).
    ~ConnectionTab() override;

    // ---- the connection
    // Connects with these options and subscriptions; the tree starts empty.
    void connectToBroker(const Mqtt::ClientOptions &options, const QList<Mqtt::Subscription> &subscriptions);
    void disconnectFromBroker();
    // F5: connects again with the options and subscriptions of the last connectToBroker(), or tries at once while
    // the connection waits to reconnect. Nothing before a first connection.
    void reconnect();
    Mqtt::Client::State connectionState() const { return m_state; }
    // The broker as given to the last connectToBroker(), without credentials ("mqtt://host:1883"); empty before.
    QString endpoint() const { return m_endpoint; }
    // What the tab is called: the profile's name, else the endpoint, or "New connection" before the first
    // connectToBroker().
    QString title() const;
    // The saved profile this tab was opened with (ui/connections); empty for a URL. Set before connectToBroker().
    void setProfile(const QString &id, const QString &name);
    QString profileId() const { return m_profileId; }
    QString profileName() const { return m_profileName; }
    // Whose publish history and saved collections apply: the saved profile's id, or "host:port" of the last
    // connectToBroker() for a tab opened from a URL (empty before).
    QString libraryScope() const { return m_profileId.isEmpty() ? m_endpointScope : m_profileId; }
    // "#" at QoS 0, retain as published ($SYS/# is not subscribed).
    static QList<Mqtt::Subscription> defaultSubscriptions();

    // ---- its parts
    IngestPipeline *pipeline() const { return m_pipeline; }
    TopicTreeModel *model() const { return m_model; }
    TopicTreeView *topicTree() const { return m_topicTree; }
    FilterBar *filterBar() const { return m_filterBar; }
    Inspector *inspector() const { return m_inspector; }
    TopicActions *topicActions() const { return m_topicActions; }
    // The status bar's connection line; a sentence for the user (e.g. why a URL cannot be used) goes there.
    ConnectionStatus *connectionStatus() const { return m_connectionStatus; }

    // ---- the view
    // Paused, the tree is a still picture; messages are still received and counted.
    void setPaused(bool paused);
    bool isPaused() const;
    // History depth and budget, payload limit (Preferences dialog), applied to this connection now.
    void applyPreferences(const Preferences &preferences);
    // Forgets all topics and messages received so far (the connection stays).
    void clear();
    // Topics in the first `levels` levels are expanded as they appear (0: none, the default), until about 2,000
    // rows have been opened that way.
    void setAutoExpandDepth(int levels);
    int autoExpandDepth() const;
    // The ingest figures the status bar shows.
    quint64 totalMessages() const { return m_totalMessages; }

    // ---- selection
    // The full topic of the tree's current row (the real text, not as displayed); empty when none.
    QString currentTopic() const { return m_currentTopic; }
    // Selects topic (and scrolls to it) as soon as it is in the tree: now, or when it arrives.
    void selectTopic(const QString &topic);
    // "Reveal in tree" from another view: selects topic now, scrolls it into the middle and focuses the tree. False,
    // with a sentence in the status bar, when the tree does not show it (not received, or hidden by the filter).
    bool revealTopic(const QString &topic);

    // ---- panels
    // Adds panel in a dock of this tab (objectName names the dock, and the window's action for it: use the same
    // name in every tab). Hidden docks are offered in the window's View menu and toolbar. Returns the dock, whose
    // toggleViewAction() shows and hides it.
    QDockWidget *addPanelDock(const QString &objectName, const QString &title, QWidget *panel, Qt::DockWidgetArea area,
        bool visibleByDefault);
    QList<QDockWidget *> panelDocks() const { return m_docks; }
    QDockWidget *panelDock(const QString &objectName) const;
    // Adds an entry of another view to the tree's context menu (after Copy topic); when it is triggered,
    // currentTopic() is the topic the menu was opened on.
    void addTopicMenuAction(QAction *action);
    // The arrangement of docks (QMainWindow::saveState) and the tree/inspector split, to restore in a tab with the
    // same panels.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &layout);

Q_SIGNALS:
    void currentTopicChanged(const QString &topic);
    void stateChanged(Mqtt::Client::State state);
    void titleChanged(const QString &title);
    void pausedChanged(bool paused);
    void panelDockAdded(QDockWidget *dock);
    void libraryScopeChanged(const QString &scope);

protected:
    // A tab in the background takes its change sets less often and leaves its figures for later: several flooded
    // connections at once must not cost the visible one its frames.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createTree();
    void createStatusBar();
    void createPanels();
    void createInspector();

    void onChanges(const ChangeSet &changes);
    void onStateChanged(Mqtt::Client::State state);
    void onIngestStatistics(quint64 totalMessages, double messagesPerSecond);
    void updateFigures();
    void applyFilter();
    void onCurrentChanged();
    // False (nothing shown) when mayGiveUp and the store stayed busy; the next change set tries again.
    bool showSelectedMessage(bool mayGiveUp);
    NodeId currentNode() const;
    QModelIndex indexOfTopic(const QString &topic) const;
    bool selectPendingTopic();

    IngestPipeline *m_pipeline = nullptr;
    TopicTreeModel *m_model = nullptr;
    TopicActions *m_topicActions = nullptr;
    TopicTreeExpansion *m_expansion = nullptr;

    QSplitter *m_splitter = nullptr;
    FilterBar *m_filterBar = nullptr;
    TopicTreeView *m_topicTree = nullptr;
    Inspector *m_inspector = nullptr;
    ConnectionStatus *m_connectionStatus = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_losses = nullptr;
    QList<QDockWidget *> m_docks;

    Mqtt::Client::State m_state = Mqtt::Client::State::Disconnected;
    QString m_endpoint;
    QList<Mqtt::Subscription> m_subscriptions; // of the last connectToBroker(), for reconnect()
    QString m_profileId;
    QString m_endpointScope; // host:port of the last connectToBroker()
    QString m_profileName;
    bool m_inBackground = false; // hidden behind another tab (or the window minimised)
    quint64 m_totalMessages = 0;
    double m_messagesPerSecond = 0;
    quint32 m_topics = 0;
    quint64 m_evicted = 0;
    quint64 m_truncated = 0;
    qint64 m_historyBudget = 0;
    qint64 m_payloadLimit = 0;
    QString m_currentTopic;
    QString m_topicToSelect;
    bool m_messageOutdated = false; // the inspector missed an update of its topic
};
