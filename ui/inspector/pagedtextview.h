// SPDX-License-Identifier: MIT
#pragma once

// A read-only plain text view that shows a TextPager one page at a time (payload text, base64, pretty JSON, CBOR
// diagnostic notation), with Previous / Next and where the page is in the payload. Bytes that are not UTF-8 are
// highlighted. Plain text only: setPlainText, never rich text.

#include "inspector/textpagers.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QToolButton;

class PagedTextView : public QWidget {
    Q_OBJECT
public:
    // prefix names the children: "" gives payloadText, payloadPreviousPage, payloadNextPage, payloadPageLabel.
    explicit PagedTextView(const QString &prefix, QWidget *parent = nullptr);
    ~PagedTextView() override;

    // Shows pager's first page; keepPosition keeps the page, scroll position and selection (the same topic's next
    // message).
    void setPager(std::unique_ptr<TextPager> pager, bool keepPosition);
    void clear();
    int pageIndex() const { return m_page; }
    bool isLastPage() const { return m_last; }
    void showPage(int index);
    QPlainTextEdit *editor() const { return m_edit; }
    QString text() const;

private:
    std::unique_ptr<TextPager> m_pager;
    QPlainTextEdit *m_edit = nullptr;
    QWidget *m_bar = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_where = nullptr;
    int m_page = 0;
    bool m_last = true;
};
