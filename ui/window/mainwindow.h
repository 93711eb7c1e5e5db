// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "connections/connectionbar.h"
#include "store/topicstore.h"
#include "tree/topictreeview.h"
#include "window/connectiontab.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class FilterBar;
class IngestPipeline;
class ProfileLauncher;
class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;
class QToolButton;
class TopicTreeModel;
class TopicTreeView;

// The explorer window: menus, the toolbar (connection bar, Pause, Clear, the panels' toggles) and one tab per
// connection (ConnectionTab, which owns the pipeline, tree, inspector, panels and status bar of its connection). The
// toolbar and the menus act on the current tab.
//
// The facade below (setBrokerUrl() ... totalMessages()) acts on the current tab, so that a window with one
// connection reads as before (app/main.cpp, canopy-bench-gui, tests).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr); // with one empty tab
    ~MainWindow() override;

    // ---- tabs
    ConnectionTab *currentTab() const; // never null: the window always has a tab
    void setCurrentTab(ConnectionTab *tab);
    QList<ConnectionTab *> tabs() const;
    // Adds an empty tab after the others and makes it current.
    ConnectionTab *newTab();
    // Ends the tab's connection cleanly (DISCONNECT) and removes it; the last tab gives way to an empty one. With
    // QoS 1/2 messages the broker has not confirmed yet, asks first ("closeTabConfirmation").
    void closeTab(ConnectionTab *tab);
    // Saved profiles: the repository, the keychain, the connection manager, opening a profile in a tab.
    ProfileLauncher *profiles() const { return m_profiles; }
    QTabWidget *tabWidget() const { return m_tabs; }

    // ---- the current tab's connection
    // Pre-fills the connection bar (from --url). Credentials in the URL are kept for connecting, never shown.
    void setBrokerUrl(const QUrl &url);
    QUrl brokerUrl() const;
    // Connects the current tab to the broker in the URL field and subscribes to "#" ($SYS/# is not subscribed). A
    // URL that cannot be used is explained in the tab's status bar.
    void connectToBroker();
    // Connects the current tab with ready-made options and subscriptions (canopy-bench-gui, tests).
    void connectToBroker(const Mqtt::ClientOptions &options, const QList<Mqtt::Subscription> &subscriptions);
    void disconnectFromBroker();
    Mqtt::Client::State connectionState() const;
    static QList<Mqtt::Subscription> defaultSubscriptions();

    // Every tab, and the tabs opened later, expand the first `levels` levels of their tree as topics appear.
    void setAutoExpandDepth(int levels);
    int autoExpandDepth() const { return m_autoExpandDepth; }

    // The current tab's parts (see ConnectionTab).
    void selectTopic(const QString &topic);
    IngestPipeline *pipeline() const;
    TopicTreeModel *model() const;
    TopicTreeView *topicTree() const;
    FilterBar *filterBar() const;
    quint64 totalMessages() const;

    // ---- for panels
    // The window's action for the docks named dockObjectName (ConnectionTab::addPanelDock()): in the View menu and
    // the toolbar, it shows and hides that dock in the current tab. Null until a tab has such a dock.
    QAction *panelAction(const QString &dockObjectName) const { return m_panelActions.value(dockObjectName); }
    QMenu *viewMenu() const { return m_viewMenu; }
    // Created on first use, before Help, so that the window shows no empty menu.
    QMenu *toolsMenu();
    QToolBar *viewToolBar() const { return m_viewBar; }

Q_SIGNALS:
    void currentTabChanged(ConnectionTab *tab);
    // The tab is about to go (closeTab()): still whole, e.g. for saving its layout.
    void tabAboutToClose(ConnectionTab *tab);
    // The Preferences dialog saved new values (QSettings, preferences/preferences.h), e.g. charts/maxPointsPerSeries.
    void preferencesChanged();

protected:
    // Quitting with QoS 1/2 messages the broker has not confirmed yet, in any tab, asks first ("quitConfirmation").
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBars();
    void createProfileActions(QMenu *fileMenu, QMenu *connectionMenu);
    void createAppActions(); // mainwindowactions.cpp: preferences, shortcuts page, reconnect, icons
    void showPreferences();
    void showShortcuts();
    void closeTabNow(ConnectionTab *tab);
    void showAbout();

    void adoptTab(ConnectionTab *tab);
    void releaseTab(ConnectionTab *tab); // nothing of it reaches this window any more
    void onCurrentTabChanged();
    void updateTabLook(ConnectionTab *tab);
    void updateActions();
    void addPanelAction(QDockWidget *dock);
    void updatePanelActions();

    QTabWidget *m_tabs = nullptr;
    ProfileLauncher *m_profiles = nullptr;
    ConnectionBar *m_connectionBar = nullptr;
    QToolBar *m_viewBar = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_panelsSeparator = nullptr; // the View menu's panels follow it
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_clearButton = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_reconnectNowAction = nullptr;
    QAction *m_stopReconnectingAction = nullptr;
    QHash<QString, QAction *> m_panelActions; // by dock object name

    // The connection bar's entry of each tab but the current one (the bar holds that).
    QHash<const ConnectionTab *, ConnectionBar::Entry> m_barEntries;
    QPointer<ConnectionTab> m_barTab; // whose entry the bar shows
    bool m_quitConfirmed = false; // the user chose to quit despite unconfirmed messages
    int m_autoExpandDepth = 0;
};
