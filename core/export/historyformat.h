// SPDX-License-Identifier: MIT
#pragma once

// The files a topic's history is exported to, and read back from: CSV (RFC 4180, one header line) or JSON Lines
// (one JSON object per line). Every field of a stored message survives the round trip: receive time to the
// millisecond, topic, QoS, retain, size as received, truncation, MQTT 5 properties, and the payload, as UTF-8 text
// when it is text and base64 otherwise (the "encoding" field says which). Data is written exactly as received:
// spreadsheet programs may read a field that starts with "=" as a formula, so open such files as text.
// Pure.

#include "store/topicmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class HistoryFormat {
    Q_DECLARE_TR_FUNCTIONS(HistoryFormat)
public:
    enum class Format : quint8 { Csv, JsonLines };
    struct Record {
        QString topic;
        StoredMessage message;
    };

    static QString fileSuffix(Format format); // "csv", "jsonl"
    // The format a file name asks for (".jsonl", ".ndjson", ".json" are JSON Lines; anything else CSV).
    static Format formatForFileName(const QString &fileName);
    // What comes first in a file: the CSV header line; nothing for JSON Lines.
    static QByteArray header(Format format);
    // One message, with its line end.
    static QByteArray record(Format format, const QString &topic, const StoredMessage &message);
    // Whether a payload is written as text (valid UTF-8 without control characters other than tab, CR, LF).
    static bool writtenAsText(const QByteArray &payload);
    // Reads a whole file back; false with a sentence (and the line) at the first record that does not read.
    static bool parse(Format format, const QByteArray &data, QList<Record> &records, QString *error);
};
