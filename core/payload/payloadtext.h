// SPDX-License-Identifier: MIT
#pragma once

// Payload bytes as text a page at a time, for the text and base64 views: a page costs what it shows, so a 100 MB
// payload opens as fast as a small one. Text is UTF-8; a byte that is not part of a valid UTF-8 sequence is not
// dropped or replaced but shown as ⟨FF⟩ and listed in the page's marks, so that a view can highlight it. Valid
// text goes through Canopy::visibleText() (multi-line): bidi controls and invisible characters read <U+202E>.
// Pure.

#include <QByteArrayView>
#include <QList>
#include <QString>

class PayloadText {
public:
    static constexpr qsizetype DefaultPageBytes = 128 * 1024;
    // No page holds a line longer than this: a text view lays out a line as a whole (a 128 KiB line took a second
    // on this project's machine, 16 KiB a few milliseconds), so a longer line goes on pages of its own, this long.
    static constexpr qsizetype LongLineBytes = 16 * 1024;
    static constexpr int Base64LineLength = 76;

    struct Mark {
        qsizetype start = 0; // in the page's text
        qsizetype length = 0;
        bool operator==(const Mark &) const = default;
    };
    struct Page {
        QString text;
        QList<Mark> invalid; // ⟨FF⟩ marks of bytes that are not UTF-8
        qsizetype start = 0; // source bytes start .. end
        qsizetype end = 0;
        bool atEnd() const { return end >= sourceSize; }
        qsizetype sourceSize = 0;
    };

    // About maxBytes of source from start (a UTF-8 character boundary): whole lines, ending at the last line end in
    // the window, except that a line longer than LongLineBytes is cut into pages of its own; never inside a
    // character.
    static Page textPage(QByteArrayView bytes, qsizetype start, qsizetype maxBytes = DefaultPageBytes);
    // Where the page after the one starting at start starts (what textPage(bytes, start).end says, without
    // decoding).
    static qsizetype nextTextPage(QByteArrayView bytes, qsizetype start, qsizetype maxBytes = DefaultPageBytes);
    // Base64 of about maxBytes of source from start (a multiple of 3), Base64LineLength characters per line.
    static Page base64Page(QByteArrayView bytes, qsizetype start, qsizetype maxBytes = DefaultPageBytes);
    // The whole of bytes as text with invalid bytes marked (for small payloads and tests).
    static Page decode(QByteArrayView bytes);
    // Bytes that are not part of a valid UTF-8 sequence.
    static qsizetype invalidUtf8Bytes(QByteArrayView bytes);
    // Length of the valid UTF-8 sequence at bytes[at], 0 if the byte there starts none.
    static int sequenceLength(QByteArrayView bytes, qsizetype at);

private:
    static Page decodeRange(QByteArrayView bytes, qsizetype start, qsizetype end);
};
