// SPDX-License-Identifier: MIT
#pragma once

// Test helper: packet bytes written the way the spec's figures show them, so every expected byte is visible in the
// test. Hex pairs ("30 0a") and quoted text ('a/b', its UTF-8 bytes), separated by whitespace.

#include <QByteArray>
#include <QtGlobal>

namespace TestWire {

inline int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    qFatal("TestWire::bytes: '%c' is not a hex digit", c);
    return 0;
}

inline QByteArray bytes(const char *text)
{
    QByteArray out;
    const char *p = text;
    while (*p) {
        if (*p == ' ' || *p == '\n') {
            ++p;
        } else if (*p == '\'') {
            ++p;
            while (*p && *p != '\'')
                out.append(*p++);
            if (!*p)
                qFatal("TestWire::bytes: unterminated quote in \"%s\"", text);
            ++p;
        } else {
            if (!p[1])
                qFatal("TestWire::bytes: odd number of hex digits in \"%s\"", text);
            out.append(char(hexDigit(p[0]) * 16 + hexDigit(p[1])));
            p += 2;
        }
    }
    return out;
}

} // namespace TestWire
