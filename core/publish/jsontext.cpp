// SPDX-License-Identifier: MIT
#include "publish/jsontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// A recursive-descent reader of RFC 8259 JSON. With a target path it also records where that value begins.
class Reader {
public:
    explicit Reader(QStringView text, const JsonPath *target = nullptr)
        : m_text(text)
        , m_target(target)
    {
    }

    bool document()
    {
        skipSpace();
        if (atEnd())
            return fail(JsonText::tr("The text is empty; JSON needs one value: an object, an array, a string, a "
                                     "number, true, false or null."));
        if (!value(0, 0))
            return false;
        skipSpace();
        if (!atEnd())
            return fail(JsonText::tr("%1 after the end of the JSON value; a payload holds one value (put several "
                                     "in an array).")
                            .arg(describeHere()));
        return true;
    }

    InputError error() const { return InputError::at(m_text, m_errorAt, m_error); }
    qsizetype found() const { return m_found; }

private:
    bool atEnd() const { return m_at >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_at]; }
    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(m_text[m_at]))
            ++m_at;
    }

    bool fail(const QString &sentence)
    {
        if (m_error.isEmpty()) {
            m_error = sentence;
            m_errorAt = m_at;
        }
        return false;
    }

    // "The character "x"", "The end of the text": what stands at the current place.
    QString describeHere() const
    {
        if (atEnd())
            return JsonText::tr("The end of the text");
        const QChar c = m_text[m_at];
        if (c.isPrint() && !c.isSpace())
            return JsonText::tr("The character \"%1\"").arg(c);
        return JsonText::tr("The character U+%1")
            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }

    // matched: how many steps of the target path lead here (-1: this value is off the path).
    bool value(int depth, int matched)
    {
        if (m_target && matched == int(m_target->size()) && m_found < 0)
            m_found = m_at;
        if (depth >= JsonText::MaximumDepth)
            return fail(JsonText::tr("The JSON is nested more than %1 levels deep.").arg(JsonText::MaximumDepth));
        const QChar c = peek();
        if (c == u'{')
            return object(depth, matched);
        if (c == u'[')
            return array(depth, matched);
        if (c == u'"')
            return string(nullptr);
        if (c == u'-' || isDigit(c))
            return number();
        if (c == u't')
            return literal(u"true");
        if (c == u'f')
            return literal(u"false");
        if (c == u'n')
            return literal(u"null");
        if (c == u'\'')
            return fail(JsonText::tr("JSON strings need double quotes (\"), not single quotes."));
        if (c == u'}' || c == u']') {
            return fail(JsonText::tr("%1 where a value was expected; remove the comma before it, or add a value.")
                            .arg(describeHere()));
        }
        return fail(JsonText::tr("%1 where a value was expected: an object, an array, a string in double quotes, a "
                                 "number, true, false or null.")
                        .arg(describeHere()));
    }

    static int nextMatched(int matched, const JsonPath *target, const JsonPathStep &step)
    {
        if (!target || matched < 0 || matched >= int(target->size()))
            return -1;
        return target->at(matched) == step ? matched + 1 : -1;
    }

    bool object(int depth, int matched)
    {
        ++m_at; // '{'
        skipSpace();
        if (peek() == u'}') {
            ++m_at;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != u'"') {
                if (peek() == u'}')
                    return fail(JsonText::tr("A comma must be followed by another member; remove the comma before "
                                             "the \"}\"."));
                if (peek() == u'\'')
                    return fail(JsonText::tr("JSON strings need double quotes (\"), not single quotes."));
                return fail(JsonText::tr("%1 where the name of a member was expected: a string in double quotes.")
                                .arg(describeHere()));
            }
            QString name;
            if (!string(&name))
                return false;
            skipSpace();
            if (peek() != u':')
                return fail(
                    JsonText::tr("%1 where a colon (:) was expected after the member name.").arg(describeHere()));
            ++m_at;
            skipSpace();
            if (!value(depth + 1, nextMatched(matched, m_target, JsonPathStep(name))))
                return false;
            skipSpace();
            if (peek() == u',') {
                ++m_at;
                continue;
            }
            if (peek() == u'}') {
                ++m_at;
                return true;
            }
            return fail(
                JsonText::tr("%1 where a comma (,) or the end of the object (}) was expected.").arg(describeHere()));
        }
    }

    bool array(int depth, int matched)
    {
        ++m_at; // '['
        skipSpace();
        if (peek() == u']') {
            ++m_at;
            return true;
        }
        for (qsizetype index = 0;; ++index) {
            skipSpace();
            if (peek() == u']' && index > 0)
                return fail(JsonText::tr("A comma must be followed by another element; remove the comma before the "
                                         "\"]\"."));
            if (atEnd())
                return fail(JsonText::tr("The text ends inside an array; a \"]\" is missing."));
            if (!value(depth + 1, nextMatched(matched, m_target, JsonPathStep(index))))
                return false;
            skipSpace();
            if (peek() == u',') {
                ++m_at;
                continue;
            }
            if (peek() == u']') {
                ++m_at;
                return true;
            }
            return fail(
                JsonText::tr("%1 where a comma (,) or the end of the array (]) was expected.").arg(describeHere()));
        }
    }

    bool string(QString *out)
    {
        const qsizetype start = m_at;
        ++m_at; // '"'
        for (;;) {
            if (atEnd()) {
                m_at = start;
                return fail(JsonText::tr("The string that begins here is not closed: a \" is missing."));
            }
            const QChar c = m_text[m_at];
            if (c == u'"') {
                ++m_at;
                return true;
            }
            if (c.unicode() < 0x20) {
                return fail(JsonText::tr("A control character (U+%1) must be escaped inside a string, e.g. as \\n "
                                         "for a line break.")
                                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
            }
            if (c != u'\\') {
                if (out)
                    out->append(c);
                ++m_at;
                continue;
            }
            ++m_at;
            if (atEnd())
                continue; // reported as an unclosed string
            const QChar e = m_text[m_at];
            static constexpr QStringView simple = u"\"\\/bfnrt";
            static constexpr QStringView meaning = u"\"\\/\b\f\n\r\t";
            if (const qsizetype k = simple.indexOf(e); k >= 0) {
                if (out)
                    out->append(meaning[k]);
                ++m_at;
                continue;
            }
            if (e == u'u') {
                ++m_at;
                if (m_at + 4 > m_text.size()
                    || !std::all_of(m_text.begin() + m_at, m_text.begin() + m_at + 4, isHexDigit))
                    return fail(JsonText::tr("\\u must be followed by four hexadecimal digits."));
                if (out)
                    out->append(QChar(char16_t(m_text.sliced(m_at, 4).toUShort(nullptr, 16))));
                m_at += 4;
                continue;
            }
            --m_at;
            return fail(JsonText::tr("\\%1 is not an escape JSON knows; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or "
                                     "\\uXXXX.")
                            .arg(e));
        }
    }

    bool number()
    {
        if (peek() == u'-')
            ++m_at;
        if (peek() == u'0') {
            ++m_at;
            if (isDigit(peek()))
                return fail(JsonText::tr("A number must not begin with 0 unless it is 0 or a fraction like 0.5."));
        } else if (isDigit(peek())) {
            while (isDigit(peek()))
                ++m_at;
        } else {
            return fail(JsonText::tr("A digit must follow the minus sign."));
        }
        if (peek() == u'.') {
            ++m_at;
            if (!isDigit(peek()))
                return fail(JsonText::tr("A digit must follow the decimal point."));
            while (isDigit(peek()))
                ++m_at;
        }
        if (peek() == u'e' || peek() == u'E') {
            ++m_at;
            if (peek() == u'+' || peek() == u'-')
                ++m_at;
            if (!isDigit(peek()))
                return fail(JsonText::tr("A digit must follow the exponent (e)."));
            while (isDigit(peek()))
                ++m_at;
        }
        return true;
    }

    bool literal(QStringView word)
    {
        if (m_text.sliced(m_at).startsWith(word)) {
            m_at += word.size();
            return true;
        }
        return fail(JsonText::tr("%1 where a value was expected; did you mean %2?").arg(describeHere(), word));
    }

    QStringView m_text;
    const JsonPath *m_target = nullptr;
    qsizetype m_at = 0;
    QString m_error;
    qsizetype m_errorAt = -1;
    qsizetype m_found = -1;
};

// The text with every {{…}} outside strings replaced by 0, so that a payload template can be checked as JSON.
QString maskPlaceholders(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            const qsizetype start = i++;
            while (i < size && text[i] != u'"')
                i += text[i] == u'\\' ? 2 : 1;
            out.append(text.sliced(start, std::min(i, size - 1) - start + 1));
            continue;
        }
        if (c == u'{' && i + 1 < size && text[i + 1] == u'{') {
            const qsizetype close = text.indexOf(u"}}", i + 2);
            if (close >= 0) {
                out.append(u'0');
                i = close + 1;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

// Re-spaces valid JSON: compact, or one member or element per line. With placeholders, a {{…}} outside strings is
// copied as one value.
QString respace(QStringView text, bool pretty, bool placeholders)
{
    QString out;
    out.reserve(text.size() + (pretty ? text.size() / 2 : 0));
    int level = 0;
    const auto newline = [&] {
        out.append(u'\n');
        out.append(QString(level * 2, u' '));
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            const qsizetype start = i++;
            while (i < size && text[i] != u'"')
                i += text[i] == u'\\' ? 2 : 1;
            out.append(text.sliced(start, std::min(i, size - 1) - start + 1));
            continue;
        }
        if (placeholders && c == u'{' && i + 1 < size && text[i + 1] == u'{') {
            if (const qsizetype close = text.indexOf(u"}}", i + 2); close >= 0) {
                out.append(text.sliced(i, close + 2 - i));
                i = close + 1;
                continue;
            }
        }
        if (isJsonSpace(c))
            continue;
        if (!pretty) {
            out.append(c);
            continue;
        }
        if (c == u'{' || c == u'[') {
            qsizetype next = i + 1;
            while (next < size && isJsonSpace(text[next]))
                ++next;
            if (next < size && (text[next] == u'}' || text[next] == u']')) {
                out.append(c);
                out.append(text[next]);
                i = next;
                continue;
            }
            out.append(c);
            ++level;
            newline();
        } else if (c == u'}' || c == u']') {
            --level;
            newline();
            out.append(c);
        } else if (c == u',') {
            out.append(c);
            newline();
        } else if (c == u':') {
            out.append(u": "_s);
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

InputError JsonText::validate(QStringView text)
{
    Reader reader(text);
    return reader.document() ? InputError {} : reader.error();
}

QString JsonText::pretty(QStringView text, bool placeholders)
{
    const bool valid = !validate(placeholders ? QStringView(maskPlaceholders(text)) : text).isError();
    return valid ? respace(text, true, placeholders) : text.toString();
}

QString JsonText::compact(QStringView text, bool placeholders)
{
    const bool valid = !validate(placeholders ? QStringView(maskPlaceholders(text)) : text).isError();
    return valid ? respace(text, false, placeholders) : text.toString();
}

qsizetype JsonText::valueOffset(QStringView text, const JsonPath &path)
{
    Reader reader(text, &path);
    reader.document();
    return reader.found();
}

QString JsonText::pathText(const JsonPath &path)
{
    QString out;
    for (const JsonPathStep &step : path) {
        if (const auto *name = std::get_if<QString>(&step)) {
            if (!out.isEmpty())
                out.append(u'.');
            out.append(*name);
        } else {
            out.append(u'[' + QString::number(std::get<qsizetype>(step)) + u']');
        }
    }
    return out;
}
