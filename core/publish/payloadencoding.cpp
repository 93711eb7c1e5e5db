// SPDX-License-Identifier: MIT
#include "publish/payloadencoding.h"

using namespace Qt::StringLiterals;

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

QString shown(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u"\""_s + c + u'"';
    return u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

int base64Value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 26;
    if (u >= u'0' && u <= u'9')
        return u - u'0' + 52;
    if (u == u'+' || u == u'-')
        return 62;
    if (u == u'/' || u == u'_')
        return 63;
    return -1;
}

} // namespace

QString PayloadEncoding::kindName(PayloadKind kind)
{
    switch (kind) {
    case PayloadKind::Text:
        return u"text"_s;
    case PayloadKind::Json:
        return u"json"_s;
    case PayloadKind::Hex:
        return u"hex"_s;
    case PayloadKind::Base64:
        return u"base64"_s;
    case PayloadKind::File:
        return u"file"_s;
    }
    return u"text"_s;
}

bool PayloadEncoding::kindFromName(QStringView name, PayloadKind *kind)
{
    for (const PayloadKind candidate :
        { PayloadKind::Text, PayloadKind::Json, PayloadKind::Hex, PayloadKind::Base64, PayloadKind::File }) {
        if (name == kindName(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QByteArray PayloadEncoding::fromHex(QStringView text, InputError *error)
{
    *error = {};
    QByteArray bytes;
    bytes.reserve(text.size() / 2);
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c.isSpace() || c == u':') {
            ++i;
            continue;
        }
        // One group: an optional 0x, then pairs of digits up to the next separator.
        const qsizetype groupStart = i;
        if (c == u'0' && i + 1 < size && (text[i + 1] == u'x' || text[i + 1] == u'X'))
            i += 2;
        const qsizetype digitsStart = i;
        while (i < size && !text[i].isSpace() && text[i] != u':') {
            if (hexValue(text[i]) < 0) {
                *error = InputError::at(text, i, QString());
                error->sentence = tr("%1 at %2 is not a hex digit; hex uses 0–9 and a–f, two digits per byte.")
                                      .arg(shown(text[i]), InputError::placeText(error->line, error->column));
                return {};
            }
            ++i;
        }
        const qsizetype digits = i - digitsStart;
        if (digits == 0) {
            *error = InputError::at(text, groupStart, QString());
            error->sentence = tr("\"0x\" at %1 is not followed by hex digits.")
                                  .arg(InputError::placeText(error->line, error->column));
            return {};
        }
        if (digits % 2 != 0) {
            *error = InputError::at(text, digitsStart, QString());
            error->sentence = tr("The hex group at %1 has an odd number of digits (%2); every byte needs two, e.g. "
                                 "0f rather than f.")
                                  .arg(InputError::placeText(error->line, error->column))
                                  .arg(digits);
            return {};
        }
        for (qsizetype k = digitsStart; k < i; k += 2)
            bytes.append(char(hexValue(text[k]) * 16 + hexValue(text[k + 1])));
    }
    return bytes;
}

QByteArray PayloadEncoding::fromBase64(QStringView text, InputError *error)
{
    *error = {};
    QByteArray bytes;
    bytes.reserve(text.size() * 3 / 4);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype dataChars = 0;
    qsizetype firstPad = -1;
    qsizetype pads = 0;
    qsizetype lastDataAt = -1;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c.isSpace())
            continue;
        if (c == u'=') {
            if (firstPad < 0)
                firstPad = i;
            ++pads;
            continue;
        }
        const int value = base64Value(c);
        if (value < 0 || firstPad >= 0) {
            *error = InputError::at(text, i, QString());
            error->sentence = value < 0
                ? tr("%1 at %2 cannot appear in base64, which uses A–Z, a–z, 0–9, + and / (or - and _), and = only "
                     "at the end.")
                      .arg(shown(c), InputError::placeText(error->line, error->column))
                : tr("%1 at %2 follows the = padding, which may only end base64.")
                      .arg(shown(c), InputError::placeText(error->line, error->column));
            return {};
        }
        lastDataAt = i;
        ++dataChars;
        buffer = (buffer << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    const qsizetype tail = dataChars % 4;
    if (tail == 1) {
        *error = InputError::at(text, lastDataAt, QString());
        error->sentence = tr("Base64 cannot end with a group of one character (at %1): it comes in groups of four "
                             "characters, the last one two to four long.")
                              .arg(InputError::placeText(error->line, error->column));
        return {};
    }
    if (pads > 0 && (tail == 0 || pads != 4 - tail)) {
        *error = InputError::at(text, firstPad, QString());
        error->sentence = tr("The = padding at %1 does not fit: base64 ends with as many = as its last group of four "
                             "lacks (%2 here).")
                              .arg(InputError::placeText(error->line, error->column))
                              .arg(tail == 0 ? 0 : 4 - tail);
        return {};
    }
    return bytes;
}

QByteArray PayloadEncoding::encode(PayloadKind kind, QStringView text, InputError *error)
{
    *error = {};
    switch (kind) {
    case PayloadKind::Text:
    case PayloadKind::Json:
        return text.toUtf8();
    case PayloadKind::Hex:
        return fromHex(text, error);
    case PayloadKind::Base64:
        return fromBase64(text, error);
    case PayloadKind::File:
        break;
    }
    return {};
}

QString PayloadEncoding::toHex(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out.append(i % 16 == 0 ? u'\n' : u' ');
        out.append(QString::number(quint8(bytes.at(i)), 16).rightJustified(2, u'0'));
    }
    return out;
}
