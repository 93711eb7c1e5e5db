// SPDX-License-Identifier: MIT
#pragma once

// Where the text views get their pages: a payload as UTF-8 text (invalid bytes marked), as base64, as
// pretty-printed JSON, or a long ready-made text (CBOR diagnostic notation). Each computes a page when it is first
// shown and remembers where the next one starts, so that paging forward costs one page and paging back none. Pure
// adapters over core/payload; the view shows page.text as plain text.

#include "payload/jsonformatter.h"
#include "payload/payloadtext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

class TextPager {
    Q_DECLARE_TR_FUNCTIONS(TextPager)
public:
    struct Page {
        QString text;
        QList<PayloadText::Mark> invalid; // ⟨FF⟩ marks of bytes that are not UTF-8
        bool last = true;
        QString where; // "bytes 131,072–262,143 of 10,485,760"; empty for a single page
    };
    virtual ~TextPager() = default;
    // Pages from 0 on; asking for page n computes the pages before it that were not computed yet.
    virtual Page page(int index) = 0;

protected:
    static QString bytesWhere(qsizetype start, qsizetype end, qsizetype size);
};

class Utf8Pager : public TextPager {
public:
    explicit Utf8Pager(QByteArray bytes, qsizetype pageBytes = PayloadText::DefaultPageBytes);
    Page page(int index) override;

private:
    QByteArray m_bytes;
    qsizetype m_pageBytes;
    std::vector<qsizetype> m_starts { 0 };
};

class Base64Pager : public TextPager {
public:
    explicit Base64Pager(QByteArray bytes, qsizetype pageBytes = PayloadText::DefaultPageBytes);
    Page page(int index) override;

private:
    QByteArray m_bytes;
    qsizetype m_pageBytes;
};

class JsonPager : public TextPager {
public:
    explicit JsonPager(QByteArray json, qsizetype pageBytes = PayloadText::DefaultPageBytes);
    Page page(int index) override;

private:
    QByteArray m_json;
    qsizetype m_pageBytes;
    std::vector<JsonFormatter::State> m_states { JsonFormatter::State {} };
    std::vector<bool> m_last;
};

class StringPager : public TextPager {
public:
    // text is shown as it is (already visible text); pages end at line ends.
    explicit StringPager(QString text, qsizetype pageCharacters = PayloadText::DefaultPageBytes);
    Page page(int index) override;

private:
    QString m_text;
    qsizetype m_pageCharacters;
    std::vector<qsizetype> m_starts { 0 };
};
