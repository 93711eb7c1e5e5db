// SPDX-License-Identifier: MIT
#include "inspector/rowview.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QToolTip>

RowView::RowView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_header = new QHeaderView(Qt::Horizontal, this);
    m_header->setSectionsClickable(false);
    m_header->setHighlightSections(false);
    m_delegate = new QStyledItemDelegate(this);
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        updateGeometries();
        viewport()->update();
    });
    connect(m_header, &QHeaderView::geometriesChanged, this, &RowView::updateGeometries);
    verticalScrollBar()->setSingleStep(1);
    updateRowHeight();
}

RowView::~RowView() = default;

void RowView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    delete m_selection;
    m_model = model;
    m_header->setModel(model);
    m_selection = new QItemSelectionModel(model, this);
    connect(m_selection, &QItemSelectionModel::selectionChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_selection, &QItemSelectionModel::currentChanged, viewport(), qOverload<>(&QWidget::update));
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_anchor = QPersistentModelIndex();
            updateRowHeight();
            updateGeometries();
            verticalScrollBar()->setValue(0);
            viewport()->update();
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, &RowView::rowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RowView::rowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            updateGeometries();
            viewport()->update();
        });
    }
    updateRowHeight();
    updateGeometries();
    viewport()->update();
}

void RowView::setItemDelegate(QAbstractItemDelegate *delegate)
{
    m_delegate = delegate;
    viewport()->update();
}

void RowView::setColumnWidth(int column, int width)
{
    m_header->resizeSection(column, width);
}

void RowView::updateRowHeight()
{
    QFont font = this->font();
    if (m_model && m_model->rowCount() > 0) {
        const QVariant modelFont = m_model->index(0, 0).data(Qt::FontRole);
        if (modelFont.isValid() && QFontMetrics(modelFont.value<QFont>()).height() > QFontMetrics(font).height())
            font = modelFont.value<QFont>();
    }
    m_rowHeight = QFontMetrics(font).height() + 6;
}

int RowView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int RowView::visibleRows() const
{
    return std::max(1, viewport()->height() / m_rowHeight);
}

void RowView::updateGeometries()
{
    const int headerHeight = m_header->isHidden() ? 0 : m_header->sizeHint().height();
    setViewportMargins(0, headerHeight, 0, 0);
    const QRect area = viewport()->geometry();
    m_header->setGeometry(area.left(), area.top() - headerHeight, area.width(), headerHeight);
    const int rows = m_model ? m_model->rowCount() : 0;
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, std::max(0, rows - visibleRows()));
    vertical->setPageStep(visibleRows());
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, std::max(0, m_header->length() - area.width()));
    horizontal->setPageStep(area.width());
    horizontal->setSingleStep(20);
    m_header->setOffset(horizontal->value());
}

void RowView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometries();
}

void RowView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateRowHeight();
        updateGeometries();
    }
    QAbstractScrollArea::changeEvent(event);
}

void RowView::scrollContentsBy(int dx, int)
{
    if (dx)
        m_header->setOffset(horizontalScrollBar()->value());
    viewport()->update();
}

int RowView::rowAt(int y) const
{
    if (!m_model || y < 0)
        return -1;
    const int row = firstVisibleRow() + y / m_rowHeight;
    return row < m_model->rowCount() ? row : -1;
}

QRect RowView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != m_model)
        return {};
    const int offset = index.row() - firstVisibleRow();
    if (offset < 0 || offset * m_rowHeight > viewport()->height() || m_header->isSectionHidden(index.column()))
        return {};
    return QRect(m_header->sectionViewportPosition(index.column()), offset * m_rowHeight,
        m_header->sectionSize(index.column()), m_rowHeight);
}

void RowView::scrollTo(int row)
{
    const int first = firstVisibleRow();
    if (row < first)
        verticalScrollBar()->setValue(row);
    else if (row >= first + visibleRows())
        verticalScrollBar()->setValue(row - visibleRows() + 1);
}

void RowView::scrollToTop()
{
    verticalScrollBar()->setValue(0);
}

QModelIndex RowView::currentIndex() const
{
    return m_selection ? m_selection->currentIndex() : QModelIndex();
}

void RowView::setCurrentIndex(const QModelIndex &index)
{
    if (!m_selection || !index.isValid())
        return;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_anchor = index;
    scrollTo(index.row());
}

void RowView::paintEvent(QPaintEvent *)
{
    if (!m_model)
        return;
    QPainter painter(viewport());
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    const int first = firstVisibleRow();
    const int last = std::min(rows - 1, first + viewport()->height() / m_rowHeight + 1);
    const QModelIndex current = currentIndex();
    const bool focused = hasFocus();
    for (int row = first; row <= last; ++row) {
        const int y = (row - first) * m_rowHeight;
        const bool selected = m_selection->isRowSelected(row, {});
        for (int visual = 0; visual < columns; ++visual) {
            const int column = m_header->logicalIndex(visual);
            if (column < 0 || m_header->isSectionHidden(column))
                continue;
            const QRect rect(m_header->sectionViewportPosition(column), y, m_header->sectionSize(column), m_rowHeight);
            if (rect.right() < 0 || rect.left() > viewport()->width())
                continue;
            QStyleOptionViewItem option;
            option.initFrom(this);
            option.rect = rect;
            option.widget = this;
            option.font = font();
            option.showDecorationSelected = true;
            option.textElideMode = Qt::ElideRight;
            option.state = QStyle::State_Enabled;
            if (focused)
                option.state |= QStyle::State_Active;
            if (selected)
                option.state |= QStyle::State_Selected;
            if (focused && current.row() == row && column == 0)
                option.state |= QStyle::State_HasFocus;
            if (m_alternate && row % 2 == 1)
                option.features |= QStyleOptionViewItem::Alternate;
            m_delegate->paint(&painter, option, m_model->index(row, column));
        }
    }
}

void RowView::select(int row, Qt::KeyboardModifiers modifiers)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    using Flag = QItemSelectionModel::SelectionFlag;
    if (m_mode == QAbstractItemView::SingleSelection || !(modifiers & (Qt::ControlModifier | Qt::ShiftModifier))) {
        m_selection->setCurrentIndex(index, Flag::ClearAndSelect | Flag::Rows);
        m_anchor = index;
    } else if (modifiers & Qt::ShiftModifier) {
        const int from = m_anchor.isValid() ? m_anchor.row() : row;
        QItemSelection range(
            m_model->index(std::min(from, row), 0), m_model->index(std::max(from, row), m_model->columnCount() - 1));
        m_selection->select(range, Flag::ClearAndSelect | Flag::Rows);
        m_selection->setCurrentIndex(index, Flag::NoUpdate);
    } else {
        m_selection->setCurrentIndex(index, Flag::Toggle | Flag::Rows);
        m_anchor = index;
    }
}

void RowView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = rowAt(int(event->position().y()));
    if (row < 0) {
        if (event->button() == Qt::LeftButton && !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_selection->clearSelection();
        return;
    }
    if (event->button() == Qt::RightButton) {
        if (!m_selection->isRowSelected(row, {}))
            select(row, {});
        return; // the context menu follows
    }
    if (event->button() == Qt::LeftButton)
        select(row, event->modifiers());
}

void RowView::moveCurrent(int row, Qt::KeyboardModifiers modifiers)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    select(row, modifiers & Qt::ShiftModifier);
    scrollTo(row);
}

void RowView::keyPressEvent(QKeyEvent *event)
{
    const int current = currentIndex().isValid() ? currentIndex().row() : firstVisibleRow() - 1;
    const int page = visibleRows();
    switch (event->key()) {
    case Qt::Key_Down:
        moveCurrent(current + 1, event->modifiers());
        return;
    case Qt::Key_Up:
        moveCurrent(current - 1, event->modifiers());
        return;
    case Qt::Key_PageDown:
        moveCurrent(current + page, event->modifiers());
        return;
    case Qt::Key_PageUp:
        moveCurrent(current - page, event->modifiers());
        return;
    case Qt::Key_Home:
        moveCurrent(0, event->modifiers());
        return;
    case Qt::Key_End:
        moveCurrent(m_model ? m_model->rowCount() - 1 : 0, event->modifiers());
        return;
    default:
        break;
    }
    if (event->matches(QKeySequence::SelectAll) && m_mode == QAbstractItemView::ExtendedSelection && m_model
        && m_model->rowCount() > 0) {
        m_selection->select(
            QItemSelection(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool RowView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        const int column = m_header->logicalIndexAt(help->pos().x());
        const QString tip
            = row >= 0 && column >= 0 ? m_model->index(row, column).data(Qt::ToolTipRole).toString() : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void RowView::rowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int value = verticalScrollBar()->value();
    updateGeometries();
    // Rows above what is on screen push it down: keep showing the same rows (unless at the top).
    if (value > 0 && first <= value)
        verticalScrollBar()->setValue(value + (last - first + 1));
    viewport()->update();
}

void RowView::rowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int value = verticalScrollBar()->value();
    const int count = last - first + 1;
    updateGeometries();
    if (first < value)
        verticalScrollBar()->setValue(std::max(0, value - std::min(count, value - first)));
    viewport()->update();
}
