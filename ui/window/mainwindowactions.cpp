// SPDX-License-Identifier: MIT
// MainWindow's application actions (split from mainwindow.cpp along this seam): Preferences, Keyboard Shortcuts,
// Reconnect, Delete Retained Message, the shortcuts of the main actions, and the action icons.
#include "connections/profilelauncher.h"
#include "ingest/ingestpipeline.h"
#include "preferences/preferencesdialog.h"
#include "preferences/shortcutsdialog.h"
#include "preferences/themedicon.h"
#include "profiles/profilerepository.h"
#include "tree/topicactions.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

void MainWindow::createAppActions()
{
    auto *editMenu = menuBar()->findChild<QMenu *>(u"editMenu"_s);
    auto *connectionMenu = menuBar()->findChild<QMenu *>(u"connectionMenu"_s);

    // Ctrl+C stays the tree's (copying text elsewhere); the window-wide copy of the topic is Ctrl+Shift+C.
    if (auto *copyTopic = findChild<QAction *>(u"copyTopicMenuAction"_s))
        copyTopic->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    // Ctrl+W everywhere, whatever the platform theme's Close is (some have only Ctrl+F4).
    if (auto *closeTab = findChild<QAction *>(u"closeTabAction"_s)) {
        QList<QKeySequence> keys { QKeySequence(Qt::CTRL | Qt::Key_W) };
        for (const QKeySequence &platform : QKeySequence::keyBindings(QKeySequence::Close)) {
            if (!keys.contains(platform))
                keys.append(platform);
        }
        closeTab->setShortcuts(keys);
    }
    auto *deleteRetained = new QAction(tr("&Delete Retained Message…"), this);
    deleteRetained->setObjectName(u"deleteRetainedMenuAction"_s);
    // Text fields keep Delete for themselves (they take it as a shortcut override), so this fires only elsewhere.
    deleteRetained->setShortcut(Qt::Key_Delete);
    deleteRetained->setToolTip(tr("Delete the selected topic's retained message on the broker (asks first)"));
    connect(deleteRetained, &QAction::triggered, this, [this] { currentTab()->topicActions()->deleteRetained(false); });
    editMenu->addAction(deleteRetained);
    editMenu->addSeparator();
    auto *preferences = new QAction(tr("Pre&ferences…"), this);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(Qt::CTRL | Qt::Key_Comma);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    editMenu->addAction(preferences);

    auto *reconnect = new QAction(tr("Reco&nnect"), this);
    reconnect->setObjectName(u"reconnectAction"_s);
    reconnect->setShortcut(Qt::Key_F5);
    reconnect->setToolTip(tr("Connect this tab again to the same broker, or try now while it waits to reconnect"));
    connect(reconnect, &QAction::triggered, this, [this] { currentTab()->reconnect(); });
    connectionMenu->insertAction(m_reconnectNowAction, reconnect);

    auto *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcut(Qt::Key_F1);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_helpMenu->insertAction(m_helpMenu->actions().value(0), shortcuts);
    m_helpMenu->insertSeparator(m_helpMenu->actions().value(1));

    // The icons, recoloured for the palette in use (light or dark).
    const QList<std::pair<const char *, const char *>> icons = {
        { "connectionManagerAction", "connect" },
        { "connectAction", "connect" },
        { "disconnectAction", "disconnect" },
        { "reconnectAction", "reconnect" },
        { "reconnectNowAction", "reconnect" },
        { "newTabAction", "new-tab" },
        { "clearAction", "clear" },
        { "copyTopicMenuAction", "copy" },
        { "deleteRetainedMenuAction", "delete-retained" },
        { "filterAction", "filter" },
        { "preferencesAction", "settings" },
        { "shortcutsAction", "keyboard" },
        { "aboutAction", "help" },
    };
    for (const auto &[action, icon] : icons) {
        if (auto *found = findChild<QAction *>(QLatin1StringView(action)))
            found->setIcon(ThemedIcon::icon(QLatin1StringView(icon)));
    }
    // The panels' toggles get theirs as their docks appear (the first tab's are made after this).
    const auto panelIcons = [this] {
        const QList<std::pair<const char *, const char *>> panels = {
            { "publishDock", "publish" },
            { "subscriptionsDock", "filter" },
            { "chartsDock", "chart" },
            { "topTopicsDock", "chart" },
        };
        for (const auto &[dock, icon] : panels) {
            if (QAction *action = panelAction(QLatin1StringView(dock)); action && action->icon().isNull())
                action->setIcon(ThemedIcon::icon(QLatin1StringView(icon)));
        }
    };
    connect(this, &MainWindow::currentTabChanged, this, panelIcons);
    // Pause shows what a click does: pause while running, resume while paused.
    const auto pauseIcon
        = [this](bool paused) { m_pauseAction->setIcon(ThemedIcon::icon(paused ? u"resume"_s : u"pause"_s)); };
    pauseIcon(false);
    connect(m_pauseAction, &QAction::toggled, this, pauseIcon);
    m_viewBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_connectionBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QToolButton *button : { m_pauseButton, m_clearButton })
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    QSettings settings;
    dialog.setPreferences(Preferences::load(settings));
    dialog.setRestoreTabs(m_profiles->repository()->restoreTabs());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save(settings);
    m_profiles->repository()->setRestoreTabs(dialog.restoreTabs());
    if (auto *restore = findChild<QAction *>(u"restoreTabsAction"_s))
        restore->setChecked(dialog.restoreTabs());
    const QList<ConnectionTab *> all = tabs();
    for (ConnectionTab *tab : all)
        tab->applyPreferences(chosen);
    Q_EMIT preferencesChanged();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}
