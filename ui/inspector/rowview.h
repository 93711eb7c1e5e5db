// SPDX-License-Identifier: MIT
#pragma once

// A table view for flat models with millions of rows (a topic's history, a 100 MB payload's hex dump, a long diff)
// whose memory follows the rows on screen, not the rows in the model. Qt's item views keep something per row:
// QTableView's vertical header 8 bytes (even hidden), QListView about as much, QTreeView 65 bytes. This view keeps
// nothing per row: rows have one height, the scroll bar counts rows, and only the visible rows are asked for data and
// painted (through the item delegate, so roles, fonts and alignment work as in Qt's views). Columns come from a
// horizontal QHeaderView (resizable).
//
// Selection is a QItemSelectionModel of whole rows (ranges, not rows): click, Ctrl+click, Shift+click, the arrow
// keys, Page Up/Down, Home/End, Ctrl+A. Rows inserted above the first visible row move the scroll position with
// them, so what the user looks at stays put, unless the view shows its top.

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QPersistentModelIndex>

class QAbstractItemDelegate;
class QAbstractItemModel;
class QHeaderView;
class QItemSelectionModel;

class RowView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit RowView(QWidget *parent = nullptr);
    ~RowView() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    QHeaderView *header() const { return m_header; }
    void setItemDelegate(QAbstractItemDelegate *delegate);
    QAbstractItemDelegate *itemDelegate() const { return m_delegate; }
    void setSelectionMode(QAbstractItemView::SelectionMode mode) { m_mode = mode; }
    void setAlternatingRowColors(bool alternate) { m_alternate = alternate; }
    // Row height from the font (and the model's FontRole of row 0, column 0, if it has one) plus padding.
    int rowHeight() const { return m_rowHeight; }
    void setColumnWidth(int column, int width);

    int firstVisibleRow() const;
    int visibleRows() const; // rows that fit entirely
    int rowAt(int y) const; // viewport y; -1 below the last row
    QRect visualRect(const QModelIndex &index) const; // viewport coordinates; empty when not visible
    void scrollTo(int row);
    void scrollToTop();
    QModelIndex currentIndex() const;
    void setCurrentIndex(const QModelIndex &index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGeometries();
    void updateRowHeight();
    void select(int row, Qt::KeyboardModifiers modifiers);
    void moveCurrent(int row, Qt::KeyboardModifiers modifiers);
    void rowsInserted(const QModelIndex &parent, int first, int last);
    void rowsRemoved(const QModelIndex &parent, int first, int last);

    QAbstractItemModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QHeaderView *m_header = nullptr;
    QAbstractItemDelegate *m_delegate = nullptr;
    QAbstractItemView::SelectionMode m_mode = QAbstractItemView::ExtendedSelection;
    bool m_alternate = false;
    int m_rowHeight = 20;
    QPersistentModelIndex m_anchor; // where a Shift selection starts
};
