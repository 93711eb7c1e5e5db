// SPDX-License-Identifier: MIT
#pragma once

// JSON as the text a user typed (RFC 8259), without turning it into values: whether it is valid and, if not, where
// and why; the same text pretty-printed or compacted by changing whitespace only (QJsonDocument would sort object
// keys and round large numbers, which changes the payload); and where a value sits, so that an error found in the
// values of a file can name its line. Pure.

#include "publish/inputerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <variant>

// One step into a JSON document: a member name or an array index.
using JsonPathStep = std::variant<QString, qsizetype>;
using JsonPath = QList<JsonPathStep>;

class JsonText {
    Q_DECLARE_TR_FUNCTIONS(JsonText)
public:
    static constexpr int MaximumDepth = 512;

    // One JSON value (object, array, string, number, true, false, null) with optional whitespace around it. No
    // error when valid; otherwise the first place the text stops being JSON and why.
    static InputError validate(QStringView text);
    // The text with two-space indentation, one member or element per line; strings, numbers and the order of members
    // stay exactly as typed. Invalid text is returned unchanged. With placeholders, a {{…}} outside strings counts
    // as a value and is kept as typed (a payload template: {"n": {{counter}}}).
    static QString pretty(QStringView text, bool placeholders = false);
    // The text without whitespace outside strings. Invalid text is returned unchanged.
    static QString compact(QStringView text, bool placeholders = false);
    // Where the value at path begins in valid text (a UTF-16 offset); -1 when there is no such value. The empty
    // path is the whole document.
    static qsizetype valueOffset(QStringView text, const JsonPath &path);
    // "messages[2].qos", for sentences.
    static QString pathText(const JsonPath &path);
};
