// SPDX-License-Identifier: MIT
#include "inspector/textpagers.h"

#include "common/displaytext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString TextPager::bytesWhere(qsizetype start, qsizetype end, qsizetype size)
{
    const QLocale locale;
    return tr("bytes %1–%2 of %3")
        .arg(locale.toString(qint64(start)), locale.toString(qint64(std::max(start, end - 1))),
            locale.toString(qint64(size)));
}

Utf8Pager::Utf8Pager(QByteArray bytes, qsizetype pageBytes)
    : m_bytes(std::move(bytes))
    , m_pageBytes(pageBytes)
{
}

TextPager::Page Utf8Pager::page(int index)
{
    while (int(m_starts.size()) <= index) {
        const qsizetype next = PayloadText::nextTextPage(m_bytes, m_starts.back(), m_pageBytes);
        if (next >= m_bytes.size())
            break; // m_starts.back() starts the last page
        m_starts.push_back(next);
    }
    index = std::clamp(index, 0, int(m_starts.size()) - 1);
    const PayloadText::Page text = PayloadText::textPage(m_bytes, m_starts[size_t(index)], m_pageBytes);
    Page page;
    page.text = text.text;
    page.invalid = text.invalid;
    page.last = text.atEnd();
    if (index > 0 || !page.last)
        page.where = bytesWhere(text.start, text.end, m_bytes.size());
    return page;
}

Base64Pager::Base64Pager(QByteArray bytes, qsizetype pageBytes)
    : m_bytes(std::move(bytes))
    , m_pageBytes(pageBytes / 57 * 57) // whole lines of base64
{
}

TextPager::Page Base64Pager::page(int index)
{
    const qsizetype start = std::min(qsizetype(index) * m_pageBytes, m_bytes.size());
    const PayloadText::Page text = PayloadText::base64Page(m_bytes, start, m_pageBytes);
    Page page;
    page.text = text.text;
    page.last = text.atEnd();
    if (index > 0 || !page.last)
        page.where = bytesWhere(text.start, text.end, m_bytes.size());
    return page;
}

JsonPager::JsonPager(QByteArray json, qsizetype pageBytes)
    : m_json(std::move(json))
    , m_pageBytes(pageBytes)
{
}

TextPager::Page JsonPager::page(int index)
{
    // m_states[i] is where page i starts; m_last[i] whether page i is the last, once page i was formatted. Pages
    // before index that were never formatted are formatted once to learn where index starts.
    while (int(m_states.size()) <= index) {
        const size_t i = m_states.size() - 1;
        if (i < m_last.size() && m_last[i])
            break;
        const JsonFormatter::Page before = JsonFormatter::page(m_json, m_states[i], m_pageBytes);
        if (m_last.size() == i)
            m_last.push_back(before.atEnd);
        if (before.atEnd)
            break;
        m_states.push_back(before.next);
    }
    index = std::clamp(index, 0, int(m_states.size()) - 1);
    const JsonFormatter::State state = m_states[size_t(index)];
    const JsonFormatter::Page formatted = JsonFormatter::page(m_json, state, m_pageBytes);
    if (m_last.size() == size_t(index))
        m_last.push_back(formatted.atEnd);
    if (!formatted.atEnd && m_states.size() == size_t(index) + 1)
        m_states.push_back(formatted.next);
    Page page;
    page.text = Canopy::visibleText(QString::fromUtf8(formatted.text), Canopy::TextView::MultiLine);
    page.last = formatted.atEnd;
    if (index > 0 || !page.last)
        page.where = bytesWhere(state.offset, formatted.atEnd ? m_json.size() : formatted.next.offset, m_json.size());
    return page;
}

StringPager::StringPager(QString text, qsizetype pageCharacters)
    : m_text(std::move(text))
    , m_pageCharacters(pageCharacters)
{
}

TextPager::Page StringPager::page(int index)
{
    // Whole lines, ending at the last line end that fits, and no line longer than LongLineBytes characters on a
    // page (as PayloadText pages the payload's text).
    auto next = [this](qsizetype start) {
        constexpr qsizetype LongLine = PayloadText::LongLineBytes;
        const qsizetype windowEnd = std::min(start + m_pageCharacters, m_text.size());
        auto boundary
            = [this](qsizetype at) { return at < m_text.size() && m_text.at(at).isLowSurrogate() ? at - 1 : at; };
        qsizetype lineStart = start;
        qsizetype lastLineEnd = -1;
        while (lineStart < windowEnd) {
            const qsizetype found = QStringView(m_text).sliced(lineStart, windowEnd - lineStart).indexOf(u'\n');
            const qsizetype lineEnd = found < 0 ? windowEnd : lineStart + found;
            if (lineEnd - lineStart > LongLine)
                return lineStart > start ? lineStart : boundary(start + LongLine);
            if (found < 0)
                break;
            lastLineEnd = lineEnd + 1;
            lineStart = lineEnd + 1;
        }
        if (windowEnd >= m_text.size())
            return m_text.size();
        return lastLineEnd > start ? lastLineEnd : boundary(windowEnd);
    };
    while (int(m_starts.size()) <= index) {
        const qsizetype start = next(m_starts.back());
        if (start >= m_text.size())
            break;
        m_starts.push_back(start);
    }
    index = std::clamp(index, 0, int(m_starts.size()) - 1);
    const qsizetype start = m_starts[size_t(index)];
    const qsizetype end = next(start);
    Page page;
    page.text = m_text.mid(start, end - start);
    page.last = end >= m_text.size();
    if (index > 0 || !page.last) {
        const QLocale locale;
        page.where = tr("characters %1–%2 of %3")
                         .arg(locale.toString(qint64(start)), locale.toString(qint64(std::max(start, end - 1))),
                             locale.toString(qint64(m_text.size())));
    }
    return page;
}
