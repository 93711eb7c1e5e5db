// SPDX-License-Identifier: MIT
#include "inspector/pagedtextview.h"

#include "inspector/inspectornames.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PagedTextView::PagedTextView(const QString &prefix, QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(InspectorNames::childName(prefix, u"payloadText"_s));
    m_edit->setReadOnly(true);
    m_edit->setUndoRedoEnabled(false);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_bar = new QWidget(this);
    m_previous = new QToolButton(m_bar);
    m_previous->setObjectName(InspectorNames::childName(prefix, u"payloadPreviousPage"_s));
    m_previous->setText(tr("◀ Previous"));
    m_previous->setToolTip(tr("The part of the payload before this one"));
    m_next = new QToolButton(m_bar);
    m_next->setObjectName(InspectorNames::childName(prefix, u"payloadNextPage"_s));
    m_next->setText(tr("Next ▶"));
    m_next->setToolTip(tr("The part of the payload after this one"));
    m_where = new QLabel(m_bar);
    m_where->setObjectName(InspectorNames::childName(prefix, u"payloadPageLabel"_s));
    m_where->setTextFormat(Qt::PlainText);
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_previous);
    barLayout->addWidget(m_where, 1);
    barLayout->addWidget(m_next);
    m_bar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(m_edit, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
}

PagedTextView::~PagedTextView() = default;

void PagedTextView::setPager(std::unique_ptr<TextPager> pager, bool keepPosition)
{
    const int page = keepPosition ? m_page : 0;
    const int vertical = m_edit->verticalScrollBar()->value();
    const int horizontal = m_edit->horizontalScrollBar()->value();
    m_pager = std::move(pager);
    showPage(page);
    if (keepPosition) {
        m_edit->verticalScrollBar()->setValue(vertical);
        m_edit->horizontalScrollBar()->setValue(horizontal);
    }
}

void PagedTextView::clear()
{
    m_pager.reset();
    m_page = 0;
    m_last = true;
    m_edit->clear();
    m_edit->setExtraSelections({});
    m_bar->hide();
}

QString PagedTextView::text() const
{
    return m_edit->toPlainText();
}

void PagedTextView::showPage(int index)
{
    if (!m_pager)
        return;
    const TextPager::Page page = m_pager->page(std::max(0, index));
    m_page = std::max(0, index);
    if (page.last && index > 0) {
        // The pager may have had fewer pages than asked for: find which one this is.
        int at = m_page;
        while (at > 0 && m_pager->page(at - 1).last)
            --at;
        m_page = at;
    }
    m_last = page.last;
    m_edit->setPlainText(page.text);
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(QColor(0xf5, 0x9e, 0x9e));
    format.setToolTip(tr("Not UTF-8: this byte is shown as its hex value"));
    for (const PayloadText::Mark &mark : page.invalid) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(int(mark.start));
        selection.cursor.setPosition(int(mark.start + mark.length), QTextCursor::KeepAnchor);
        selection.format = format;
        marks.append(selection);
    }
    m_edit->setExtraSelections(marks);
    m_bar->setVisible(!page.where.isEmpty());
    m_where->setText(page.where);
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(!page.last);
}
