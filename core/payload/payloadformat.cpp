// SPDX-License-Identifier: MIT
#include "payload/payloadformat.h"

#include "common/displaytext.h"
#include "common/pluralcount.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype BinaryProbeBytes = 4096;
constexpr Canopy::TextView MultiLine = Canopy::TextView::MultiLine;

// Valid UTF-8; when cut (the view is the start of a longer payload), a multi-byte sequence cut by its end is too.
bool validUtf8(QByteArrayView bytes, bool cut)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        uint minimum = 0;
        uint code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return cut; // a character cut off by the probe's end, or an incomplete one at the payload's
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

// Where a UTF-8 cut at `at` bytes would not split a character.
qsizetype utf8Boundary(QByteArrayView bytes, qsizetype at)
{
    if (at >= bytes.size())
        return bytes.size();
    while (at > 0 && (uchar(bytes[at]) & 0xC0) == 0x80)
        --at;
    return at;
}

QString hexBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}
} // namespace

bool PayloadFormat::looksBinary(QByteArrayView payload)
{
    const QByteArrayView probe = payload.first(std::min(payload.size(), BinaryProbeBytes));
    for (char ch : probe) {
        const auto c = uchar(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return true;
        if (c == 0x7F)
            return true;
    }
    return !validUtf8(probe, probe.size() < payload.size());
}

QString PayloadFormat::dataSize(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%Ln byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString PayloadFormat::preview(const QByteArray &payload, bool truncated, qint64 originalSize)
{
    QString text;
    if (payload.isEmpty() && !truncated)
        return text;
    if (looksBinary(payload)) {
        const qint64 size = truncated ? originalSize : payload.size();
        text = tr("⟨binary, %1 byte(s)⟩", nullptr, Canopy::pluralCount(quint64(size))).arg(QLocale().toString(size));
        if (truncated)
            text += tr(" …(truncated, %1)").arg(dataSize(originalSize));
        return text;
    }
    // The first line, decoded from at most 4 bytes per character we may show (plus one to see if there is more).
    const QByteArrayView bytes(payload);
    qsizetype end = bytes.size();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || bytes[i] == '\r') {
            end = i;
            break;
        }
    }
    const qsizetype window = (PreviewCharacters + 1) * 4;
    const bool moreLines = end < bytes.size();
    const qsizetype cut = utf8Boundary(bytes, std::min(end, window));
    text = QString::fromUtf8(bytes.first(cut));
    bool shortened = moreLines || cut < end;
    if (text.size() > PreviewCharacters) {
        qsizetype at = PreviewCharacters;
        if (text.at(at - 1).isHighSurrogate())
            --at;
        text.truncate(at);
        shortened = true;
    }
    text = Canopy::visibleText(text); // a tab or an invisible character shows as <U+0009>
    if (truncated)
        text += tr(" …(truncated, %1)").arg(dataSize(originalSize));
    else if (shortened)
        text += u'…';
    return text;
}

QString PayloadFormat::hexDumpLine(qint64 offset, QByteArrayView line)
{
    static constexpr char Digits[] = "0123456789abcdef";
    QString out;
    out.reserve(80);
    out += QString::number(offset, 16).rightJustified(8, u'0') + u"  "_s;
    for (qsizetype i = 0; i < 16; ++i) {
        if (i < line.size()) {
            const auto b = uchar(line[i]);
            out += QLatin1Char(Digits[b >> 4]);
            out += QLatin1Char(Digits[b & 15]);
            out += u' ';
        } else {
            out += u"   "_s;
        }
        if (i == 7)
            out += u' ';
    }
    out += u" |"_s;
    for (char c : line)
        out += (uchar(c) >= 0x20 && uchar(c) < 0x7F) ? QChar(QLatin1Char(c)) : QChar(u'.');
    out += u'|';
    return out;
}

QString PayloadFormat::hexDump(QByteArrayView bytes)
{
    QString out;
    out.reserve((bytes.size() / 16 + 1) * 80);
    for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
        out += hexDumpLine(offset, bytes.sliced(offset, std::min<qsizetype>(16, bytes.size() - offset)));
        out += u'\n';
    }
    return out;
}

QString PayloadFormat::propertiesText(const Mqtt::Properties &p)
{
    QStringList lines;
    const QLocale locale;
    if (p.payloadFormatIndicator)
        lines << tr("Payload format: %1")
                     .arg(*p.payloadFormatIndicator == 1 ? tr("UTF-8 text") : tr("unspecified bytes"));
    if (p.messageExpiryInterval)
        lines << tr("Message expiry interval: %1 s").arg(locale.toString(*p.messageExpiryInterval));
    if (p.contentType)
        lines << tr("Content type: %1").arg(Canopy::visibleText(*p.contentType));
    if (p.responseTopic)
        lines << tr("Response topic: %1").arg(Canopy::visibleText(*p.responseTopic));
    if (p.correlationData)
        lines << tr("Correlation data (hex): %1").arg(hexBytes(*p.correlationData));
    if (!p.subscriptionIdentifiers.isEmpty()) {
        QStringList ids;
        for (quint32 id : p.subscriptionIdentifiers)
            ids << locale.toString(id);
        lines << tr("Subscription identifiers: %1").arg(ids.join(u", "_s));
    }
    if (p.topicAlias)
        lines << tr("Topic alias: %1").arg(*p.topicAlias);
    for (const Mqtt::UserProperty &property : p.userProperties)
        lines << tr("User property: %1 = %2")
                     .arg(Canopy::visibleText(property.name), Canopy::visibleText(property.value));
    if (lines.isEmpty())
        return {};
    return u"  "_s + lines.join(u"\n  "_s) + u'\n';
}

QString PayloadFormat::messageText(const QString &topic, const StoredMessage &message)
{
    const QLocale locale;
    QString text;
    text += tr("Topic: %1").arg(Canopy::visibleText(topic)) + u'\n';
    text
        += tr("Received: %1").arg(QDateTime::fromMSecsSinceEpoch(message.timeMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s))
        + u'\n';
    text += tr("QoS: %1").arg(message.qos) + u'\n';
    text += tr("Retain: %1").arg(message.retain ? tr("yes") : tr("no")) + u'\n';
    text += tr("Size: %1").arg(dataSize(message.originalSize)) + u'\n';
    if (message.properties) {
        const QString properties = propertiesText(*message.properties);
        if (!properties.isEmpty())
            text += tr("MQTT 5 properties:") + u'\n' + properties;
    }
    text += u'\n';

    const QByteArray &payload = message.payload;
    if (message.truncated) {
        text += tr("Payload truncated: showing the first %1 of %2.")
                    .arg(dataSize(payload.size()), dataSize(message.originalSize))
            + u'\n';
    }
    if (payload.isEmpty()) {
        text += message.retain ? tr("Empty payload (on a retained message this deletes the retained message).")
                               : tr("Empty payload.");
        return text;
    }
    if (looksBinary(payload)) {
        const QByteArrayView shown = QByteArrayView(payload).first(std::min<qsizetype>(payload.size(), HexDumpLimit));
        text += tr("Binary payload, as a hex dump:") + u'\n';
        if (shown.size() < payload.size()) {
            text += tr("Hex dump of the first %1 of %2; the rest is not shown.")
                        .arg(dataSize(shown.size()), dataSize(payload.size()))
                + u'\n';
        }
        text += hexDump(shown);
        return text;
    }
    if (!message.truncated) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(payload, &error);
        if (error.error == QJsonParseError::NoError && !json.isNull()) {
            text += tr("Payload (JSON, pretty-printed):") + u'\n';
            text += Canopy::visibleText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)), MultiLine);
            return text;
        }
    }
    text += tr("Payload:") + u'\n';
    text += Canopy::visibleText(QString::fromUtf8(payload), MultiLine);
    return text;
}
