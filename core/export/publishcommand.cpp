// SPDX-License-Identifier: MIT
#include "export/publishcommand.h"

#include "common/displaytext.h"
#include "export/historyformat.h"
#include "payload/payloadformat.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QString singleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}
} // namespace

bool PublishCommand::safeInQuotes(const QString &text, bool multiLine)
{
    if (text.contains(u'\r'))
        return false;
    return Canopy::visibleText(text, multiLine ? Canopy::TextView::MultiLine : Canopy::TextView::OneLine) == text
        && !text.contains(u'\t');
}

QString PublishCommand::printfFormat(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 2);
    for (char ch : bytes) {
        const auto c = uchar(ch);
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != '\'' && c != '%')
            out += QLatin1Char(ch);
        else
            out += u'\\' + QString::number(c, 8).rightJustified(3, u'0');
    }
    return out;
}

QString PublishCommand::shellWord(const QString &text)
{
    if (safeInQuotes(text, false))
        return singleQuoted(text);
    return u"\"$(printf '"_s + printfFormat(text.toUtf8()) + u"')\""_s;
}

QString PublishCommand::mosquittoPub(const QString &topic, const StoredMessage &m, const Broker &broker)
{
    QStringList notes;
    if (broker.webSocket)
        notes << tr("# mosquitto_pub connects over TCP only; this broker was reached over WebSocket.");
    if (m.truncated)
        notes << tr("# The payload was cut at %1 of %2: this publishes the stored part.")
                     .arg(PayloadFormat::dataSize(m.payload.size()), PayloadFormat::dataSize(m.originalSize));

    QStringList words { u"mosquitto_pub"_s, u"-h"_s, shellWord(broker.host), u"-p"_s, QString::number(broker.port) };
    if (broker.tls) {
        if (broker.caFile.isEmpty())
            words << u"--tls-use-os-certs"_s;
        else
            words << u"--cafile"_s << shellWord(broker.caFile);
    }
    words << u"-t"_s << shellWord(topic);
    if (m.qos > 0)
        words << u"-q"_s << QString::number(m.qos);
    if (m.retain)
        words << u"-r"_s;
    if (m.properties && !m.properties->isEmpty()) {
        const Mqtt::Properties &p = *m.properties;
        QStringList v5;
        if (p.contentType)
            v5 << u"-D publish content-type "_s + shellWord(*p.contentType);
        if (p.payloadFormatIndicator)
            v5 << u"-D publish payload-format-indicator "_s + QString::number(*p.payloadFormatIndicator);
        if (p.messageExpiryInterval)
            v5 << u"-D publish message-expiry-interval "_s + QString::number(*p.messageExpiryInterval);
        if (p.responseTopic)
            v5 << u"-D publish response-topic "_s + shellWord(*p.responseTopic);
        if (p.correlationData) {
            if (p.correlationData->contains('\0'))
                notes << tr(
                    "# The correlation data holds zero bytes, which a command line cannot pass: it is left out.");
            else
                v5 << u"-D publish correlation-data "_s + shellWord(QString::fromUtf8(*p.correlationData));
        }
        for (const Mqtt::UserProperty &u : p.userProperties)
            v5 << u"-D publish user-property "_s + shellWord(u.name) + u' ' + shellWord(u.value);
        if (!v5.isEmpty())
            words << u"-V mqttv5"_s << v5;
    }
    QString command;
    if (m.payload.size() > InlineLimit) {
        notes << tr("# The payload (%1) is too large for a command line: save it first with “Save payload…” as %2.")
                     .arg(PayloadFormat::dataSize(m.payload.size()), QLatin1StringView(PayloadFileName));
        words << u"-f"_s << QLatin1StringView(PayloadFileName);
        command = words.join(u' ');
    } else if (m.payload.isEmpty()) {
        words << u"-n"_s;
        command = words.join(u' ');
    } else if (HistoryFormat::writtenAsText(m.payload) && safeInQuotes(QString::fromUtf8(m.payload), true)) {
        words << u"-m"_s << singleQuoted(QString::fromUtf8(m.payload));
        command = words.join(u' ');
    } else {
        words << u"-s"_s;
        command = u"printf '"_s + printfFormat(m.payload) + u"' | "_s + words.join(u' ');
    }
    if (notes.isEmpty())
        return command;
    return notes.join(u'\n') + u'\n' + command;
}
