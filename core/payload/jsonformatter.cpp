// SPDX-License-Identifier: MIT
#include "payload/jsonformatter.h"

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
    bool lineStart = true; // a page starts at the start of a line
    auto newline = [&] {
        out.append('\n');
        lineStart = true;
    };
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
        case '"': {
            qsizetype j = i + 1;
            while (j < n && p[j] != '"') {
                if (p[j] == '\\')
                    ++j;
                ++j;
            }
            j = std::min(j + 1, n);
            out.append(p + i, j - i);
            i = j;
            break;
        }
        default: {
            qsizetype j = i + 1;
            while (j < n && !isStructural(p[j]))
                ++j;
            out.append(p + i, j - i);
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
    return page(json, State {}, std::numeric_limits<qsizetype>::max()).text;
}
