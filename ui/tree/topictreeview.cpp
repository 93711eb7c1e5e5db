// SPDX-License-Identifier: MIT
#include "tree/topictreeview.h"

#include "tree/topictreemodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>

TopicTreeView::TopicTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
    setAnimated(false);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void TopicTreeView::expandMany(const QList<QModelIndex> &indexes)
{
    if (indexes.isEmpty() || !model())
        return;
    // With a layout pending, expand() and the row inserts of fetchMore() only take notes.
    scheduleDelayedItemsLayout();
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != model())
            continue;
        if (model()->canFetchMore(index))
            model()->fetchMore(index);
        expand(index);
    }
}

void TopicTreeView::paintEvent(QPaintEvent *event)
{
    if (auto *topics = qobject_cast<TopicTreeModel *>(model())) {
        QModelIndexList visible;
        const int bottom = viewport()->height();
        for (QModelIndex at = indexAt(QPoint(0, 0)); at.isValid() && visualRect(at).top() < bottom; at = indexBelow(at))
            visible.append(at);
        topics->refreshRows(visible);
    }
    QTreeView::paintEvent(event);
}

void TopicTreeView::copyCurrentTopic()
{
    const QModelIndex index = currentIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(index.data(TopicTreeModel::FullTopicRole).toString());
}

void TopicTreeView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyCurrentTopic();
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}
