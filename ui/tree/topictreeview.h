// SPDX-License-Identifier: MIT
#pragma once

// The topic tree's view: a QTreeView that can expand many rows at once. QTreeView::expand() lays the new rows out
// at once, inserting them into its flat list of visible items, which costs a pass over that list per call; while a
// full layout is pending it only records the row. expandMany() makes one layout pending first, so that opening the
// first levels of a tree with a hundred thousand rows costs one layout, not one per row.

#include <QTreeView>

class TopicTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit TopicTreeView(QWidget *parent = nullptr);

    // Fetches the children of each index (as expanding would) and expands them, with one layout afterwards.
    void expandMany(const QList<QModelIndex> &indexes);
    // Puts the current row's whole topic on the clipboard ("Copy topic", Ctrl+C).
    void copyCurrentTopic();

protected:
    // Before painting, the visible rows are read from the store in one go (TopicTreeModel::refreshRows()).
    void paintEvent(QPaintEvent *event) override;
    // Ctrl+C copies the whole topic, also when no shortcut took the key first (QAbstractItemView would copy the
    // row's label, the last level only).
    void keyPressEvent(QKeyEvent *event) override;
};
