// SPDX-License-Identifier: MIT
#include "tree/topictreeview.h"

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
