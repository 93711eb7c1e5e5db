// SPDX-License-Identifier: MIT
#pragma once

// Pretty-prints JSON a page at a time, straight from the payload's bytes: two spaces per level (up to 40), one member
// or element per line, strings and numbers exactly as written, empty containers as {} and []. Formatting a page costs
// only that page, so the first screen of a 100 MB document shows at once; a page ends at a line end and says where
// the next one starts (State), so a view can page forwards and keep the states to page back.
//
// It tokenises without validating: call it on bytes that JsonParser accepts (what it makes of other bytes is
// unspecified but bounded). Pure.

#include <QByteArray>
#include <QString>

class JsonFormatter {
public:
    static constexpr int IndentWidth = 2;
    // Indentation stops growing at this depth, so that a document nested 10,000 levels deep does not become
    // hundreds of megabytes of spaces.
    static constexpr int MaximumIndentDepth = 40;

    // A token longer than PayloadText::LongLineBytes (a long string, a base64 image in JSON) is cut into pieces of
    // that size, each ending a page, so that no page holds a line a text view needs long to lay out.
    enum class Token : quint8 { None, String, Bare };
    struct State {
        qsizetype offset = 0; // in the source
        int depth = 0;
        Token inside = Token::None; // the page starts inside a token cut at the previous page's end
        bool operator==(const State &) const = default;
    };
    struct Page {
        QByteArray text; // UTF-8
        State next;
        bool atEnd = false; // the document ends in this page
    };

    // Formats from state on until the page holds at least maxBytes (then up to the next line end), a token is cut,
    // or the document ends.
    static Page page(QByteArrayView json, State state, qsizetype maxBytes);
    // The whole document (for small payloads and tests).
    static QByteArray format(QByteArrayView json);
};
