// SPDX-License-Identifier: MIT
#pragma once

// The JSON files of the publish panel (collections, history): one object with a "format" name and a "version".
// Reading one either gives the whole object or refuses the file with a sentence and the line it goes wrong on, so
// that nothing is ever half-read. Pure: bytes in, values out.

#include "publish/inputerror.h"
#include "publish/jsontext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

class PublishFile {
    Q_DECLARE_TR_FUNCTIONS(PublishFile)
public:
    static constexpr int Version = 1;
    static constexpr qint64 MaximumBytes = 64 * 1024 * 1024; // larger files are refused before parsing

    // The document's object, when bytes are UTF-8 JSON with "format": format and a version this Canopy reads. *text
    // receives the decoded text, for locate().
    static std::optional<QJsonObject> parse(
        const QByteArray &bytes, const QString &format, const QString &formatWords, InputError *error, QString *text);
    // An error about the value at path of text: the sentence, then where ("line 4, column 12, at messages[2].qos").
    static InputError locate(const QString &text, const JsonPath &path, const QString &sentence);
    // members with "format" and "version" added, as indented JSON.
    static QByteArray write(const QString &format, const QJsonObject &members);
};
