// SPDX-License-Identifier: MIT
#pragma once

// Which rows of the topic tree open by themselves, always within a budget of rows (QTreeView lays out every open
// row again on inserts, so a million open rows would stall the window): the first levels as topics appear
// (setAutoExpandDepth()), the first matches of a new filter, and, when the filter is cleared, the rows the user had
// open before filtering.

#include "store/topicstore.h"

#include <QList>
#include <QObject>

class QModelIndex;
class TopicTreeModel;
class TopicTreeView;

class TopicTreeExpansion : public QObject {
    Q_OBJECT
public:
    // How many rows a new filter opens up by itself, so that matches are in sight without expanding a million rows.
    static constexpr int FilterExpandBudget = 400;
    // How many rows automatic expansion opens at most: an overview, not the whole tree.
    static constexpr int AutoExpandRowBudget = 2000;

    // Both must outlive this object.
    TopicTreeExpansion(TopicTreeView *tree, TopicTreeModel *model, QObject *parent = nullptr);

    // Topics in the first `levels` levels are expanded as they appear (0: none, the default), until about
    // AutoExpandRowBudget rows have been opened that way.
    void setAutoExpandDepth(int levels);
    int autoExpandDepth() const { return m_autoExpandDepth; }

    // Call before the model's filter changes: the first filter keeps what the user had open.
    void filterChanging();
    // Call after the model took the new filter: opens the first matches, or what was open before filtering.
    void filterChanged(bool wasFiltered);
    // The tree was cleared: forget what was open and start the automatic expansion again.
    void reset();

private:
    QList<NodeId> expandedNodes() const;
    void expandNodes(const QList<NodeId> &nodes);
    void expandFirstMatches(int rowBudget);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void expandPending();

    TopicTreeView *m_tree;
    TopicTreeModel *m_model;
    QList<NodeId> m_unfilteredExpansion; // restored when the filter is cleared
    int m_autoExpandDepth = 0;
    int m_autoExpandedRows = 0;
    QList<NodeId> m_pendingExpansion; // new rows to expand once the model has finished announcing them
    bool m_expansionScheduled = false;
};
