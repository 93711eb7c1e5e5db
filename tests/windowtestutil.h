// SPDX-License-Identifier: MIT
#pragma once

// Helpers for tests that drive the real explorer window as a user does. They find what they need by objectName and
// type (findChild), never through MainWindow's own accessors, so that they work however the window is put together
// (one connection in the window, or in a tab of its own): the tree "topicTree", its model, the connection's
// IngestPipeline, the URL field "brokerUrl" and the button "connectButton", and the status bar labels.

#include "client/mqttclient.h"
#include "ingest/ingestpipeline.h"
#include "tree/topictreemodel.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMutexLocker>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>

namespace WindowTest {

// Runs f on the next modal dialog of type T (polling, since the dialog's exec() blocks the caller).
template<typename T>
void whenModal(std::function<void(T *)> f, int attemptsLeft = 250)
{
    QTimer::singleShot(20, qApp, [f, attemptsLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            f(dialog);
            return;
        }
        if (attemptsLeft > 0)
            whenModal<T>(f, attemptsLeft - 1);
    });
}

// Runs f on the next popup menu (its exec() blocks the caller too).
inline void whenPopup(std::function<void(QMenu *)> f, int attemptsLeft = 250)
{
    QTimer::singleShot(20, qApp, [f, attemptsLeft] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            f(menu);
            return;
        }
        if (attemptsLeft > 0)
            whenPopup(f, attemptsLeft - 1);
    });
}

inline QAction *actionNamed(QMenu *menu, const QString &name)
{
    const QList<QAction *> actions = menu->actions();
    const auto it = std::find_if(
        actions.cbegin(), actions.cend(), [&name](const QAction *action) { return action->objectName() == name; });
    return it == actions.cend() ? nullptr : *it;
}

inline IngestPipeline *pipelineOf(const QWidget *window)
{
    return window->findChild<IngestPipeline *>();
}

inline QTreeView *treeOf(const QWidget *window)
{
    return window->findChild<QTreeView *>(QStringLiteral("topicTree"));
}

inline TopicTreeModel *modelOf(const QWidget *window)
{
    QTreeView *tree = treeOf(window);
    return tree ? qobject_cast<TopicTreeModel *>(tree->model()) : nullptr;
}

inline QLabel *labelOf(const QWidget *window, const QString &name)
{
    return window->findChild<QLabel *>(name);
}

inline QPushButton *connectButtonOf(const QWidget *window)
{
    return window->findChild<QPushButton *>(QStringLiteral("connectButton"));
}

// The row of topic in the window's tree (invalid if the topic is not in the store or not shown).
inline QModelIndex indexOf(const QWidget *window, const QString &topic)
{
    IngestPipeline *pipeline = pipelineOf(window);
    TopicTreeModel *model = modelOf(window);
    if (!pipeline || !model)
        return {};
    std::optional<NodeId> node;
    {
        QMutexLocker lock(&pipeline->storeMutex());
        node = pipeline->store().find(topic);
    }
    return node ? model->indexForNode(*node) : QModelIndex();
}

inline bool isMarkedRetained(const QWidget *window, const QString &topic)
{
    const QModelIndex index = indexOf(window, topic);
    return index.isValid() && index.data(TopicTreeModel::RetainedRole).toBool();
}

// Types url into the URL field, clicks Connect and waits until the window is subscribed.
inline bool connectWithButton(QWidget *window, const QString &url)
{
    IngestPipeline *pipeline = pipelineOf(window);
    auto *field = window->findChild<QLineEdit *>(QStringLiteral("brokerUrl"));
    QPushButton *button = connectButtonOf(window);
    if (!pipeline || !field || !button)
        return false;
    QSignalSpy subscribed(pipeline, &IngestPipeline::subscribed);
    field->setText(url);
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([&subscribed] { return !subscribed.isEmpty(); }, 10000);
}

// Selects topic's row and opens the tree's context menu on it, as a right click does; f gets the menu. Returns
// once the menu (and whatever f started from it) is closed.
inline bool openContextMenu(QWidget *window, const QString &topic, std::function<void(QMenu *)> f)
{
    QTreeView *tree = treeOf(window);
    const QModelIndex index = indexOf(window, topic);
    if (!tree || !index.isValid())
        return false;
    tree->setCurrentIndex(index);
    tree->scrollTo(index);
    const QPoint at = tree->visualRect(index).center();
    bool opened = false;
    whenPopup([&opened, f](QMenu *menu) {
        opened = true;
        f(menu);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
    QApplication::sendEvent(tree->viewport(), &event);
    return opened;
}

// Picks the action named name in menu, as Return on the highlighted entry does (or closes the menu if that action
// is missing or disabled: the caller's checks then fail instead of waiting for a menu that stays open).
inline void trigger(QMenu *menu, const QString &name)
{
    QAction *action = actionNamed(menu, name);
    if (!action || !action->isEnabled()) {
        menu->close();
        return;
    }
    menu->setActiveAction(action);
    QTest::keyClick(menu, Qt::Key_Return);
}

} // namespace WindowTest
