// SPDX-License-Identifier: MIT
#pragma once

// How payloads and messages read as text: the one-line preview of the tree's Value column and the full text of the
// message panel (headers, MQTT 5 properties, then the payload as text, pretty-printed JSON or a hex dump). Nothing
// is cut silently: a truncated payload or a shortened hex dump says so in words. Broker text (topic, properties,
// payload) goes through Canopy::visibleText(): bidi controls and invisible characters read "<U+202E>".

#include "store/topicmessage.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class PayloadFormat {
    Q_DECLARE_TR_FUNCTIONS(PayloadFormat)
public:
    static constexpr int PreviewCharacters = 120;
    static constexpr qint64 HexDumpLimit = 64 * 1024; // bytes shown as a hex dump in the message panel

    // Binary: not valid UTF-8, or control characters other than tab, line feed, carriage return and form feed.
    // Looks at the first 4 KiB only (a preview must stay cheap for megabyte payloads).
    static bool looksBinary(QByteArrayView payload);
    // "3.2 MB": sizes the way the status bar and the messages say them.
    static QString dataSize(qint64 bytes);
    // The first line of the payload, at most PreviewCharacters characters, as plain text with tabs and invisible
    // characters spelled out ("a<U+0009>b"); "⟨binary, 17 bytes⟩" for binary payloads; a truncated payload ends
    // with "…(truncated, 3.2 MB)".
    static QString preview(const QByteArray &payload, bool truncated, qint64 originalSize);
    // Classic 16 bytes per line: offset, hex bytes, printable ASCII.
    static QString hexDump(QByteArrayView bytes);
    // One line of it, without the line feed, for up to 16 bytes at offset: "00000010  48 65 ...  |He|".
    static QString hexDumpLine(qint64 offset, QByteArrayView line);
    // Where the hex digits of the byte at index (0..15) of a line start in hexDumpLine()'s text.
    static constexpr qsizetype hexColumn(int index) { return 10 + index * 3 + (index >= 8 ? 1 : 0); }
    // The message panel's text for the last message of topic.
    static QString messageText(const QString &topic, const StoredMessage &message);
    // The MQTT 5 properties of a PUBLISH, one "  Name: value" line each; empty when there are none.
    static QString propertiesText(const Mqtt::Properties &properties);
};
