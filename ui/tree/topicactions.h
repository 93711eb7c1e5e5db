// SPDX-License-Identifier: MIT
#pragma once

// What the user can do with a topic of the tree, from its context menu: copy the topic, delete its retained message,
// delete the retained messages below it. They act on the real topic (TopicTreeModel::FullTopicRole, the store's
// text), never on the text the tree shows, which has invisible characters spelled out as <U+202E>.

#include <QList>
#include <QObject>

class IngestPipeline;
class QAction;
class QPoint;
class RetainedDeletion;
class TopicTreeModel;
class TopicTreeView;

class TopicActions : public QObject {
    Q_OBJECT
public:
    // All three must outlive this object; window parents the dialogs.
    TopicActions(IngestPipeline *pipeline, TopicTreeView *tree, TopicTreeModel *model, QWidget *window);

    // Selects the row at position (viewport coordinates) and opens the menu there.
    void showContextMenu(const QPoint &position);
    void deleteRetained(bool subtree); // of the current row, after asking

    QAction *copyTopicAction() const { return m_copyTopic; }
    // Adds an entry of another view (publish to…, add to chart, show history…) to the menu, after Copy topic, in
    // the order added. When it is triggered, the tree's current row is the topic the menu was opened on.
    void addMenuAction(QAction *action);

Q_SIGNALS:
    // A sentence for the status bar, e.g. that there is nothing to delete.
    void message(const QString &sentence);

private:
    IngestPipeline *m_pipeline;
    TopicTreeView *m_tree;
    TopicTreeModel *m_model;
    RetainedDeletion *m_retainedDeletion = nullptr;
    QAction *m_copyTopic = nullptr;
    QAction *m_deleteRetained = nullptr;
    QAction *m_deleteRetainedBelow = nullptr;
    QList<QAction *> m_menuActions; // addMenuAction()
    bool m_connected = false; // deleting retained messages needs a connection
};
