// SPDX-License-Identifier: MIT
#include "tree/topictreeexpansion.h"

#include "tree/topictreemodel.h"
#include "tree/topictreeview.h"

#include <algorithm>
#include <utility>

TopicTreeExpansion::TopicTreeExpansion(TopicTreeView *tree, TopicTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_model(model)
{
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TopicTreeExpansion::onRowsInserted);
}

void TopicTreeExpansion::setAutoExpandDepth(int levels)
{
    m_autoExpandDepth = std::max(0, levels);
}

void TopicTreeExpansion::filterChanging()
{
    if (!m_model->isFiltered())
        m_unfilteredExpansion = expandedNodes();
}

void TopicTreeExpansion::filterChanged(bool wasFiltered)
{
    if (m_model->isFiltered())
        expandFirstMatches(FilterExpandBudget);
    else if (wasFiltered)
        expandNodes(m_unfilteredExpansion);
}

void TopicTreeExpansion::reset()
{
    m_unfilteredExpansion.clear();
    m_pendingExpansion.clear();
    m_autoExpandedRows = 0;
}

QList<NodeId> TopicTreeExpansion::expandedNodes() const
{
    QList<NodeId> nodes;
    QList<QModelIndex> pending { QModelIndex() };
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                nodes.append(m_model->nodeId(index));
                pending.append(index);
            }
        }
    }
    std::sort(nodes.begin(), nodes.end()); // parents first
    return nodes;
}

void TopicTreeExpansion::expandNodes(const QList<NodeId> &nodes)
{
    QList<QModelIndex> indexes;
    for (NodeId node : nodes) {
        const QModelIndex index = m_model->indexForNode(node);
        if (index.isValid() && m_model->hasChildren(index))
            indexes.append(index);
    }
    m_tree->expandMany(indexes);
}

void TopicTreeExpansion::expandFirstMatches(int rowBudget)
{
    // Breadth first, so that every level of the first matches opens before deeper levels of others.
    QList<QModelIndex> level { QModelIndex() };
    int shown = m_model->rowCount();
    while (!level.isEmpty() && shown < rowBudget) {
        QList<QModelIndex> next;
        for (const QModelIndex &parent : std::as_const(level)) {
            for (int row = 0; row < m_model->rowCount(parent) && shown < rowBudget; ++row) {
                const QModelIndex index = m_model->index(row, 0, parent);
                if (!m_model->hasChildren(index))
                    continue;
                m_tree->expandMany({ index });
                shown += m_model->rowCount(index);
                next.append(index);
            }
        }
        level = next;
    }
}

void TopicTreeExpansion::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (m_autoExpandDepth <= 0 || m_autoExpandedRows >= AutoExpandRowBudget)
        return;
    int depth = 0; // of the new rows' parent; the root is 0
    for (QModelIndex at = parent; at.isValid(); at = at.parent())
        ++depth;
    if (depth >= m_autoExpandDepth)
        return;
    for (int row = first; row <= last; ++row)
        m_pendingExpansion.append(m_model->nodeId(m_model->index(row, 0, parent)));
    if (!m_expansionScheduled) {
        // Not from inside the model's signal: expanding fetches children, which is a change of its own.
        m_expansionScheduled = true;
        QMetaObject::invokeMethod(this, &TopicTreeExpansion::expandPending, Qt::QueuedConnection);
    }
}

void TopicTreeExpansion::expandPending()
{
    m_expansionScheduled = false;
    QList<QModelIndex> indexes;
    for (NodeId node : std::exchange(m_pendingExpansion, {})) {
        if (m_autoExpandedRows >= AutoExpandRowBudget)
            break;
        const QModelIndex index = m_model->indexForNode(node);
        if (!index.isValid() || !m_model->hasChildren(index))
            continue;
        if (m_model->canFetchMore(index))
            m_model->fetchMore(index);
        m_autoExpandedRows += m_model->rowCount(index);
        indexes.append(index);
    }
    m_tree->expandMany(indexes);
}
