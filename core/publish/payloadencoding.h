// SPDX-License-Identifier: MIT
#pragma once

// The bytes of a payload from what the user typed, in the format they chose: text (UTF-8), JSON (UTF-8, checked),
// hex or base64. Input that is not what its format says is refused with the place it goes wrong. Pure.

#include "publish/inputerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

enum class PayloadKind : quint8 {
    Text,
    Json,
    Hex,
    Base64,
    File, // the text is a path; the bytes are the file's (read elsewhere, off the GUI thread)
};

class PayloadEncoding {
    Q_DECLARE_TR_FUNCTIONS(PayloadEncoding)
public:
    // "text", "json", "hex", "base64", "file": the names in saved collections and history.
    static QString kindName(PayloadKind kind);
    static bool kindFromName(QStringView name, PayloadKind *kind);

    // Hex digits in pairs, one pair per byte. Groups may be separated by whitespace or ':', and may begin with 0x
    // ("0x1f 0x8b", "1f:8b", "1f8b").
    static QByteArray fromHex(QStringView text, InputError *error);
    // Standard (+ /) or URL-safe (- _) base64; line breaks and spaces are ignored; the = padding may be left out.
    static QByteArray fromBase64(QStringView text, InputError *error);
    // Text and JSON: UTF-8. JSON that does not parse is not refused here (the user may send it as text): ask
    // JsonText::validate() for the warning. File: empty (the caller reads the file).
    static QByteArray encode(PayloadKind kind, QStringView text, InputError *error);

    // Byte sequences as the editor shows them again in that format (for loading a received payload, say).
    static QString toHex(const QByteArray &bytes); // "1f 8b 08 00", 16 bytes per line
};
