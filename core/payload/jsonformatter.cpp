// SPDX-License-Identifier: MIT
#include "payload/jsonformatter.h"

#include "payload/payloadtext.h"

#include <limits>

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isStructural(char c)
{
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':' || c == '"' || isSpace(c);
}

// Where a token that starts at i (its first character, or where the previous piece stopped) ends, or where its
// next piece ends if it is longer than LongLineBytes (never right after a backslash in a string). cut says which.
qsizetype tokenEnd(const char *p, qsizetype n, qsizetype i, bool string, bool &cut)
{
    constexpr qsizetype LongLine = PayloadText::LongLineBytes;
    qsizetype j = i;
    cut = false;
    if (string) {
        while (j < n && p[j] != '"') {
            if (p[j] == '\\')
                ++j;
            ++j;
            if (j - i >= LongLine && j < n && p[j] != '"') {
                cut = true;
                return std::min(j, n);
            }
        }
        return std::min(j + 1, n); // the closing quote
    }
    while (j < n && !isStructural(p[j])) {
        ++j;
        if (j - i >= LongLine && j < n && !isStructural(p[j])) {
            cut = true;
            return j;
        }
    }
    return j;
}

void indent(QByteArray &out, int depth)
{
    out.append(qsizetype(std::min(depth, JsonFormatter::MaximumIndentDepth)) * JsonFormatter::IndentWidth, ' ');
}
} // namespace

JsonFormatter::Page JsonFormatter::page(QByteArrayView json, State state, qsizetype maxBytes)
{
    Page result;
    QByteArray &out = result.text;
    out.reserve(std::min<qsizetype>(std::min(maxBytes, json.size() * 2), 1 << 24) + 256);
    const char *p = json.data();
    const qsizetype n = json.size();
    qsizetype i = state.offset;
    int depth = state.depth;
    if (i == 0 && n >= 3 && QByteArrayView(p, 3) == QByteArrayView("\xEF\xBB\xBF", 3))
        i = 3;
    bool lineStart = state.inside == Token::None; // a page starts at the start of a line, or inside a cut token
    auto newline = [&] {
        out.append('\n');
        lineStart = true;
    };
    if (state.inside != Token::None) {
        bool cut = false;
        const qsizetype j = tokenEnd(p, n, i, state.inside == Token::String, cut);
        out.append(p + i, j - i);
        if (cut) {
            result.next = State { j, depth, state.inside };
            return result;
        }
        i = j;
    }
    while (i < n) {
        const char c = p[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (lineStart) {
            // A page ends only at a line start, so that the next one can begin with its indentation.
            if (out.size() >= maxBytes && !(c == ',' || c == ':')) {
                result.next = State { i, depth };
                return result;
            }
            if (c != ',' && c != ':' && c != '}' && c != ']')
                indent(out, depth);
            lineStart = false;
        }
        switch (c) {
        case '{':
        case '[': {
            const char close = c == '{' ? '}' : ']';
            qsizetype j = i + 1;
            while (j < n && isSpace(p[j]))
                ++j;
            if (j < n && p[j] == close) { // empty: one token
                out.append(c);
                out.append(close);
                i = j + 1;
                break;
            }
            out.append(c);
            ++depth;
            ++i;
            newline();
            break;
        }
        case '}':
        case ']':
            if (!lineStart && out.size() > 0 && out.back() != '\n')
                newline();
            depth = std::max(0, depth - 1);
            indent(out, depth);
            lineStart = false;
            out.append(c);
            ++i;
            break;
        case ',':
            out.append(',');
            ++i;
            newline();
            break;
        case ':':
            out.append(": ");
            ++i;
            break;
        case '"':
        default: {
            const bool string = c == '"';
            bool cut = false;
            const qsizetype j = string ? tokenEnd(p, n, i + 1, true, cut) : tokenEnd(p, n, i, false, cut);
            out.append(p + i, j - i);
            if (cut) { // the rest of this token goes on the next page(s)
                result.next = State { j, depth, string ? Token::String : Token::Bare };
                return result;
            }
            i = j;
        }
        }
        // Before a closing bracket the line ends (the bracket goes on its own line).
        if (!lineStart) {
            qsizetype j = i;
            while (j < n && isSpace(p[j]))
                ++j;
            if (j < n && (p[j] == '}' || p[j] == ']') && !(out.endsWith('{') || out.endsWith('[')))
                newline();
        }
    }
    if (!out.isEmpty() && out.back() != '\n')
        out.append('\n');
    result.next = State { n, 0 };
    result.atEnd = true;
    return result;
}

QByteArray JsonFormatter::format(QByteArrayView json)
{
    QByteArray out;
    State state;
    for (;;) { // more than one page only where a long token is cut
        Page next = page(json, state, std::numeric_limits<qsizetype>::max());
        out += next.text;
        if (next.atEnd)
            return out;
        state = next.next;
    }
}
