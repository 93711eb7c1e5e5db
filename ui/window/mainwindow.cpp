// SPDX-License-Identifier: MIT
#include "window/mainwindow.h"

#include "common/version.h"
#include "connections/connectionindicator.h"
#include "connections/connectionstatus.h"
#include "connections/profilelauncher.h"
#include "ingest/ingestpipeline.h"
#include "profiles/profilerepository.h"
#include "tree/filterbar.h"
#include "tree/topicactions.h"
#include "window/connectiontab.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Canopy"));
    resize(1280, 800);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"connectionTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideMiddle); // host and port both stay readable
    setCentralWidget(m_tabs);

    m_profiles = new ProfileLauncher(this);
    createActions();
    createToolBars();
    createProfileActions(
        menuBar()->findChild<QMenu *>(u"fileMenu"_s), menuBar()->findChild<QMenu *>(u"connectionMenu"_s));
    createAppActions();

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
        [this](int index) { closeTab(qobject_cast<ConnectionTab *>(m_tabs->widget(index))); });
    newTab();
}

MainWindow::~MainWindow()
{
    // The tabs end their connections while this window is still whole: once QWidget's destructor deletes the
    // children, removing a tab would announce another current tab to a half-destroyed window.
    disconnect(m_tabs, nullptr, this, nullptr);
    const QList<ConnectionTab *> all = tabs();
    for (ConnectionTab *tab : all)
        releaseTab(tab);
    qDeleteAll(all);
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    auto *newTabAction = fileMenu->addAction(tr("&New Tab"));
    newTabAction->setObjectName(u"newTabAction"_s);
    newTabAction->setShortcut(QKeySequence::AddTab);
    newTabAction->setToolTip(tr("Open a tab for another connection"));
    connect(newTabAction, &QAction::triggered, this, [this] {
        newTab();
        m_connectionBar->focusUrl();
    });
    auto *closeTabAction = fileMenu->addAction(tr("&Close Tab"));
    closeTabAction->setObjectName(u"closeTabAction"_s);
    closeTabAction->setShortcut(QKeySequence::Close);
    connect(closeTabAction, &QAction::triggered, this, [this] { closeTab(currentTab()); });
    fileMenu->addSeparator();
    auto *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(u"editMenu"_s);
    // Ctrl+C is the tree's own shortcut (TopicActions), so that it copies text elsewhere.
    auto *copyTopicAction = editMenu->addAction(tr("&Copy Topic"));
    copyTopicAction->setObjectName(u"copyTopicMenuAction"_s);
    connect(copyTopicAction, &QAction::triggered, this, [this] { currentTab()->topicTree()->copyCurrentTopic(); });
    auto *filterAction = editMenu->addAction(tr("&Filter Topics"));
    filterAction->setObjectName(u"filterAction"_s);
    filterAction->setShortcut(QKeySequence::Find);
    connect(filterAction, &QAction::triggered, this, [this] { currentTab()->filterBar()->focusText(); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_pauseAction = m_viewMenu->addAction(tr("&Pause"));
    m_pauseAction->setObjectName(u"pauseAction"_s);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(Qt::CTRL | Qt::Key_P);
    m_pauseAction->setToolTip(tr("Freeze the tree; messages are still received and counted"));
    // triggered, not toggled: switching tabs sets the check mark without pausing anything.
    connect(m_pauseAction, &QAction::triggered, this, [this](bool paused) { currentTab()->setPaused(paused); });
    m_clearAction = m_viewMenu->addAction(tr("&Clear"));
    m_clearAction->setObjectName(u"clearAction"_s);
    m_clearAction->setShortcut(Qt::CTRL | Qt::Key_L);
    m_clearAction->setToolTip(tr("Forget all topics and messages received so far"));
    connect(m_clearAction, &QAction::triggered, this, [this] { currentTab()->clear(); });
    m_viewMenu->addSeparator();
    auto *nextTab = m_viewMenu->addAction(tr("&Next Tab"));
    nextTab->setObjectName(u"nextTabAction"_s);
    nextTab->setShortcut(Qt::CTRL | Qt::Key_PageDown);
    connect(nextTab, &QAction::triggered, this,
        [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    auto *previousTab = m_viewMenu->addAction(tr("P&revious Tab"));
    previousTab->setObjectName(u"previousTabAction"_s);
    previousTab->setShortcut(Qt::CTRL | Qt::Key_PageUp);
    connect(previousTab, &QAction::triggered, this,
        [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count()); });
    m_panelsSeparator = m_viewMenu->addSeparator(); // the panels' actions follow (addPanelAction())

    auto *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    connectionMenu->setObjectName(u"connectionMenu"_s);
    m_connectAction = connectionMenu->addAction(tr("&Connect"));
    m_connectAction->setObjectName(u"connectAction"_s);
    m_connectAction->setToolTip(tr("Connect this tab to the broker in the URL field"));
    connect(m_connectAction, &QAction::triggered, this, [this] { connectToBroker(); });
    m_disconnectAction = connectionMenu->addAction(tr("&Disconnect"));
    m_disconnectAction->setObjectName(u"disconnectAction"_s);
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromBroker);
    connectionMenu->addSeparator();
    m_reconnectNowAction = connectionMenu->addAction(tr("&Reconnect Now"));
    m_reconnectNowAction->setObjectName(u"reconnectNowAction"_s);
    m_reconnectNowAction->setToolTip(tr("Try again now instead of waiting for the countdown"));
    connect(m_reconnectNowAction, &QAction::triggered, this, [this] { currentTab()->pipeline()->reconnectNow(); });
    m_stopReconnectingAction = connectionMenu->addAction(tr("&Stop Reconnecting"));
    m_stopReconnectingAction->setObjectName(u"stopReconnectingAction"_s);
    connect(
        m_stopReconnectingAction, &QAction::triggered, this, [this] { currentTab()->pipeline()->stopReconnecting(); });

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(u"helpMenu"_s);
    auto *aboutAction = m_helpMenu->addAction(tr("&About Canopy"));
    aboutAction->setObjectName(u"aboutAction"_s);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQtAction = m_helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setObjectName(u"aboutQtAction"_s);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    auto *plus = new QToolButton(m_tabs);
    plus->setObjectName(u"newTabButton"_s);
    plus->setText(u"+"_s);
    plus->setAutoRaise(true);
    plus->setToolTip(tr("New tab (%1)").arg(newTabAction->shortcut().toString(QKeySequence::NativeText)));
    connect(plus, &QToolButton::clicked, newTabAction, &QAction::trigger);
    m_tabs->setCornerWidget(plus, Qt::TopRightCorner);
}

void MainWindow::createToolBars()
{
    m_connectionBar = new ConnectionBar(this);
    addToolBar(m_connectionBar);
    connect(m_connectionBar, &ConnectionBar::connectRequested, this, [this] { connectToBroker(); });
    connect(m_connectionBar, &ConnectionBar::disconnectRequested, this, &MainWindow::disconnectFromBroker);

    m_viewBar = addToolBar(tr("View"));
    m_viewBar->setObjectName(u"viewBar"_s);
    m_viewBar->setMovable(false);
    m_viewBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pauseButton = new QToolButton(m_viewBar);
    m_pauseButton->setObjectName(u"pauseButton"_s);
    m_pauseButton->setDefaultAction(m_pauseAction);
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_viewBar->addWidget(m_pauseButton);
    m_clearButton = new QToolButton(m_viewBar);
    m_clearButton->setObjectName(u"clearButton"_s);
    m_clearButton->setDefaultAction(m_clearAction);
    m_clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_viewBar->addWidget(m_clearButton);
}

void MainWindow::createProfileActions(QMenu *fileMenu, QMenu *connectionMenu)
{
    auto *manager = new QAction(tr("Connection &Manager…"), this);
    manager->setObjectName(u"connectionManagerAction"_s);
    manager->setShortcut(QKeySequence::New);
    manager->setToolTip(tr("Saved connections: add, edit, test, import, export, connect (%1)")
                            .arg(manager->shortcut().toString(QKeySequence::NativeText)));
    manager->setIconText(tr("Connections…"));
    connect(manager, &QAction::triggered, this, [this] { m_profiles->showManager(currentTab()->profileId()); });
    fileMenu->insertAction(fileMenu->actions().value(0), manager);
    connectionMenu->insertAction(connectionMenu->actions().value(0), manager);
    connectionMenu->insertSeparator(connectionMenu->actions().value(1));
    m_connectionBar->insertAction(m_connectionBar->actions().value(0), manager);
    m_connectionBar->widgetForAction(manager)->setObjectName(u"connectionManagerButton"_s);

    auto *restore = new QAction(tr("Reopen These Tabs at &Start"), this);
    restore->setObjectName(u"restoreTabsAction"_s);
    restore->setCheckable(true);
    restore->setChecked(m_profiles->repository()->restoreTabs());
    restore->setToolTip(tr("At the next start, open the saved connections that are open when Canopy closes"));
    connect(restore, &QAction::toggled, this, [this](bool on) { m_profiles->repository()->setRestoreTabs(on); });
    connectionMenu->addSeparator();
    connectionMenu->addAction(restore);
}

QMenu *MainWindow::toolsMenu()
{
    if (!m_toolsMenu) {
        m_toolsMenu = new QMenu(tr("&Tools"), this);
        m_toolsMenu->setObjectName(u"toolsMenu"_s);
        menuBar()->insertMenu(m_helpMenu->menuAction(), m_toolsMenu);
    }
    return m_toolsMenu;
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setTextFormat(Qt::PlainText);
    box.setWindowTitle(tr("About Canopy"));
    box.setText(tr("Canopy %1\nA native MQTT 3.1.1 and 5.0 explorer.").arg(Canopy::versionString()));
    box.exec();
}

// ---- tabs

ConnectionTab *MainWindow::currentTab() const
{
    return qobject_cast<ConnectionTab *>(m_tabs->currentWidget());
}

void MainWindow::setCurrentTab(ConnectionTab *tab)
{
    m_tabs->setCurrentWidget(tab);
}

QList<ConnectionTab *> MainWindow::tabs() const
{
    QList<ConnectionTab *> list;
    for (int index = 0; index < m_tabs->count(); ++index)
        list.append(qobject_cast<ConnectionTab *>(m_tabs->widget(index)));
    return list;
}

ConnectionTab *MainWindow::newTab()
{
    auto *tab = new ConnectionTab(m_tabs);
    adoptTab(tab);
    m_tabs->addTab(tab, tab->title());
    updateTabLook(tab);
    m_tabs->setCurrentWidget(tab);
    return tab;
}

void MainWindow::adoptTab(ConnectionTab *tab)
{
    tab->setAutoExpandDepth(m_autoExpandDepth);
    connect(tab, &ConnectionTab::stateChanged, this, [this, tab](Mqtt::Client::State state) {
        updateTabLook(tab);
        if (tab == currentTab()) {
            m_connectionBar->setState(state);
            updateActions();
        }
    });
    connect(tab, &ConnectionTab::titleChanged, this, [this, tab] {
        updateTabLook(tab);
        // An empty URL field shows where its tab connected (a connection made without the bar).
        if (tab == currentTab() && m_connectionBar->entry().text.isEmpty())
            m_connectionBar->setEntry({ tab->endpoint(), {}, {}, {} });
    });
    connect(tab, &ConnectionTab::pausedChanged, this, [this, tab](bool paused) {
        if (tab == currentTab())
            m_pauseAction->setChecked(paused);
    });
    connect(tab, &ConnectionTab::panelDockAdded, this, &MainWindow::addPanelAction);
    const QList<QDockWidget *> docks = tab->panelDocks(); // those it added while being constructed
    for (QDockWidget *dock : docks)
        addPanelAction(dock);
}

void MainWindow::closeTab(ConnectionTab *tab)
{
    if (m_tabs->indexOf(tab) < 0)
        return;
    const int unconfirmed = tab->pipeline()->unconfirmedPublishes();
    if (unconfirmed == 0) {
        closeTabNow(tab);
        return;
    }
    // Closing now may lose messages the broker has not confirmed: ask.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Close Tab"),
        tr("%n message(s) published with QoS 1 or 2 on “%1” have not been confirmed by the broker yet. Closing the "
           "tab now may lose them.",
            nullptr, unconfirmed)
            .arg(tab->title()),
        QMessageBox::NoButton, this);
    box->setObjectName(u"closeTabConfirmation"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *close = box->addButton(tr("Close &Anyway"), QMessageBox::DestructiveRole);
    close->setObjectName(u"closeTabAnyway"_s);
    box->addButton(tr("&Keep the Tab"), QMessageBox::RejectRole)->setObjectName(u"keepTab"_s);
    QPointer<ConnectionTab> guard(tab);
    connect(box, &QMessageBox::finished, this, [this, box, close, guard] {
        if (box->clickedButton() == close && guard)
            closeTabNow(guard);
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    int unconfirmed = 0;
    QStringList where;
    const QList<ConnectionTab *> all = tabs();
    for (ConnectionTab *tab : all) {
        if (const int count = tab->pipeline()->unconfirmedPublishes(); count > 0) {
            unconfirmed += count;
            where.append(tab->title());
        }
    }
    if (unconfirmed == 0 || m_quitConfirmed) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (findChild<QMessageBox *>(u"quitConfirmation"_s))
        return; // already asking
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quit Canopy"),
        tr("%n message(s) published with QoS 1 or 2 have not been confirmed by the broker yet (%1). Quitting now "
           "may lose them.",
            nullptr, unconfirmed)
            .arg(where.join(u", "_s)),
        QMessageBox::NoButton, this);
    box->setObjectName(u"quitConfirmation"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *quit = box->addButton(tr("&Quit Anyway"), QMessageBox::DestructiveRole);
    quit->setObjectName(u"quitAnyway"_s);
    box->addButton(tr("&Keep Canopy Open"), QMessageBox::RejectRole)->setObjectName(u"keepOpen"_s);
    connect(box, &QMessageBox::finished, this, [this, box, quit] {
        if (box->clickedButton() != quit)
            return;
        m_quitConfirmed = true;
        close();
    });
    box->open();
}

void MainWindow::closeTabNow(ConnectionTab *tab)
{
    if (m_tabs->indexOf(tab) < 0)
        return;
    Q_EMIT tabAboutToClose(tab);
    if (m_tabs->count() == 1)
        newTab(); // the window always has a tab; this one becomes current
    releaseTab(tab);
    m_barEntries.remove(tab);
    if (m_barTab == tab)
        m_barTab = nullptr; // its entry goes with it
    m_tabs->removeTab(m_tabs->indexOf(tab));
    // Deleting the tab ends its connection cleanly: the pipeline's destructor sends DISCONNECT and waits for the
    // broker (up to about 1.5 s). Later, so that nothing of the tab is on the call stack.
    tab->deleteLater();
}

void MainWindow::releaseTab(ConnectionTab *tab)
{
    disconnect(tab, nullptr, this, nullptr);
    const QList<QDockWidget *> docks = tab->panelDocks();
    for (QDockWidget *dock : docks)
        disconnect(dock->toggleViewAction(), nullptr, this, nullptr);
}

void MainWindow::onCurrentTabChanged()
{
    ConnectionTab *tab = currentTab();
    if (!tab || tab == m_barTab)
        return;
    if (m_barTab)
        m_barEntries.insert(m_barTab, m_connectionBar->entry());
    m_barTab = tab;
    // What the user left in the field for this tab; an empty field shows where the tab is connected.
    ConnectionBar::Entry entry = m_barEntries.take(tab);
    if (entry.text.isEmpty())
        entry = { tab->endpoint(), {}, {}, {} };
    m_connectionBar->setEntry(entry);
    m_connectionBar->setState(tab->connectionState());
    m_pauseAction->setChecked(tab->isPaused());
    updateTabLook(tab);
    updateActions();
    updatePanelActions();
    Q_EMIT currentTabChanged(tab);
}

void MainWindow::updateTabLook(ConnectionTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    QString text = tab->title();
    m_tabs->setTabText(index, text.replace(u'&', u"&&"_s)); // no mnemonics in a host name
    m_tabs->setTabIcon(index, ConnectionIndicator::icon(tab->connectionState()));
    m_tabs->setTabToolTip(index,
        tr("%1 — %2", "tab tooltip: endpoint — state")
            .arg(tab->title(), ConnectionIndicator::stateName(tab->connectionState())));
    if (tab == currentTab())
        setWindowTitle(tab->endpoint().isEmpty() ? tr("Canopy") : tr("Canopy — %1").arg(tab->endpoint()));
}

void MainWindow::updateActions()
{
    using State = Mqtt::Client::State;
    const State state = currentTab()->connectionState();
    m_connectAction->setEnabled(state == State::Disconnected);
    m_disconnectAction->setEnabled(state != State::Disconnected);
    m_reconnectNowAction->setEnabled(state == State::WaitingToReconnect);
    m_stopReconnectingAction->setEnabled(state == State::WaitingToReconnect);
}

// ---- panels

void MainWindow::addPanelAction(QDockWidget *dock)
{
    const QString name = dock->objectName();
    QAction *action = m_panelActions.value(name);
    if (!action) {
        action = new QAction(dock->windowTitle(), this);
        action->setObjectName(name + u"Action"_s);
        action->setCheckable(true);
        m_viewMenu->addAction(action); // after m_panelsSeparator
        m_viewBar->addAction(action);
        m_panelActions.insert(name, action);
        connect(action, &QAction::triggered, this, [this, name](bool visible) {
            if (QDockWidget *shown = currentTab()->panelDock(name)) {
                shown->setVisible(visible);
                if (visible)
                    shown->raise(); // the front one of tabified docks
            }
        });
    }
    // The window's action mirrors the dock of the current tab.
    connect(dock->toggleViewAction(), &QAction::toggled, this, [this, dock, action](bool visible) {
        if (dock->parent() == currentTab())
            action->setChecked(visible);
    });
    updatePanelActions();
}

void MainWindow::updatePanelActions()
{
    // A tab adopted before it is in the tab widget (its panels made in its constructor): its turn comes when it
    // becomes current.
    ConnectionTab *tab = currentTab();
    if (!tab)
        return;
    for (auto it = m_panelActions.cbegin(); it != m_panelActions.cend(); ++it) {
        QDockWidget *dock = tab->panelDock(it.key());
        it.value()->setEnabled(dock != nullptr);
        it.value()->setChecked(dock && dock->toggleViewAction()->isChecked());
    }
}

// ---- the current tab

void MainWindow::setBrokerUrl(const QUrl &url)
{
    m_connectionBar->setBrokerUrl(url);
}

QUrl MainWindow::brokerUrl() const
{
    return m_connectionBar->brokerUrl();
}

void MainWindow::connectToBroker()
{
    QString error;
    const auto options = m_connectionBar->clientOptions(&error);
    if (!options) {
        currentTab()->connectionStatus()->setError(error);
        return;
    }
    currentTab()->setProfile({}, {}); // a URL of its own, not the profile the tab may have had
    connectToBroker(*options, defaultSubscriptions());
}

void MainWindow::connectToBroker(const Mqtt::ClientOptions &options, const QList<Mqtt::Subscription> &subscriptions)
{
    currentTab()->connectToBroker(options, subscriptions);
}

void MainWindow::disconnectFromBroker()
{
    currentTab()->disconnectFromBroker();
}

Mqtt::Client::State MainWindow::connectionState() const
{
    return currentTab()->connectionState();
}

QList<Mqtt::Subscription> MainWindow::defaultSubscriptions()
{
    return ConnectionTab::defaultSubscriptions();
}

void MainWindow::setAutoExpandDepth(int levels)
{
    m_autoExpandDepth = std::max(0, levels);
    const QList<ConnectionTab *> all = tabs();
    for (ConnectionTab *tab : all)
        tab->setAutoExpandDepth(m_autoExpandDepth);
}

void MainWindow::selectTopic(const QString &topic)
{
    currentTab()->selectTopic(topic);
}

IngestPipeline *MainWindow::pipeline() const
{
    return currentTab()->pipeline();
}

TopicTreeModel *MainWindow::model() const
{
    return currentTab()->model();
}

TopicTreeView *MainWindow::topicTree() const
{
    return currentTab()->topicTree();
}

FilterBar *MainWindow::filterBar() const
{
    return currentTab()->filterBar();
}

quint64 MainWindow::totalMessages() const
{
    return currentTab()->totalMessages();
}
