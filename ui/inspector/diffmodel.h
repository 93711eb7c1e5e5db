// SPDX-License-Identifier: MIT
#pragma once

// A diff (DiffResult) for a table view: old line (or offset), new line, and the row's text with its kind as a
// sign (" ", "-", "+", "~") and the changed characters as HighlightsRole, all through Canopy::visibleText() (the
// highlights are moved with the text it lengthens). DiffDelegate paints them.

#include "diff/diffresult.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

class DiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OldColumn, NewColumn, TextColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int: DiffLine::Kind
        HighlightsRole, // QList<DiffRange> in the displayed text, as a QVariant of DiffRanges
    };

    explicit DiffModel(QObject *parent = nullptr);

    void setResult(const DiffResult &result);
    const DiffResult &result() const { return m_result; }
    // Rows as unified diff lines ("+ text"), for copying.
    QString rowsText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // visibleText() of text with ranges moved to where their characters end up.
    static std::pair<QString, QList<DiffRange>> visibleWithRanges(const QString &text, const QList<DiffRange> &ranges);

private:
    DiffResult m_result;
    // Visible text per row, made when a view first asks for the row.
    mutable QList<QString> m_shown;
    mutable QList<QList<DiffRange>> m_shownRanges;
    mutable QList<bool> m_made;
    void make(int row) const;
};

// Paints a diff row: the kind's background over the whole row, the changed characters stronger.
class DiffDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QColor background(DiffLine::Kind kind, bool strong);
};

Q_DECLARE_METATYPE(QList<DiffRange>)
