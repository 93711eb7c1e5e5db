// SPDX-License-Identifier: MIT
#include "export/historyformat.h"

#include "payload/payloadformat.h"
#include "payload/payloadtext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

const QList<QByteArray> &csvColumns()
{
    static const QList<QByteArray> columns { "time", "time_ms", "topic", "qos", "retain", "size", "truncated",
        "encoding", "payload", "properties" };
    return columns;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QJsonObject propertiesToJson(const Mqtt::Properties &p)
{
    QJsonObject o;
    if (p.payloadFormatIndicator)
        o.insert(u"payloadFormatIndicator"_s, int(*p.payloadFormatIndicator));
    if (p.messageExpiryInterval)
        o.insert(u"messageExpiryInterval"_s, qint64(*p.messageExpiryInterval));
    if (p.contentType)
        o.insert(u"contentType"_s, *p.contentType);
    if (p.responseTopic)
        o.insert(u"responseTopic"_s, *p.responseTopic);
    if (p.correlationData)
        o.insert(u"correlationData"_s, QString::fromLatin1(p.correlationData->toBase64()));
    if (!p.subscriptionIdentifiers.isEmpty()) {
        QJsonArray ids;
        for (quint32 id : p.subscriptionIdentifiers)
            ids.append(qint64(id));
        o.insert(u"subscriptionIdentifiers"_s, ids);
    }
    if (p.topicAlias)
        o.insert(u"topicAlias"_s, int(*p.topicAlias));
    if (!p.userProperties.isEmpty()) {
        QJsonArray pairs;
        for (const Mqtt::UserProperty &u : p.userProperties)
            pairs.append(QJsonArray { u.name, u.value });
        o.insert(u"userProperties"_s, pairs);
    }
    return o;
}

bool propertiesFromJson(const QJsonObject &o, Mqtt::Properties &p)
{
    if (o.contains(u"payloadFormatIndicator"))
        p.payloadFormatIndicator = quint8(o.value(u"payloadFormatIndicator").toInt());
    if (o.contains(u"messageExpiryInterval"))
        p.messageExpiryInterval = quint32(o.value(u"messageExpiryInterval").toInteger());
    if (o.contains(u"contentType"))
        p.contentType = o.value(u"contentType").toString();
    if (o.contains(u"responseTopic"))
        p.responseTopic = o.value(u"responseTopic").toString();
    if (o.contains(u"correlationData"))
        p.correlationData = QByteArray::fromBase64(o.value(u"correlationData").toString().toLatin1());
    for (const QJsonValue &id : o.value(u"subscriptionIdentifiers").toArray())
        p.subscriptionIdentifiers.append(quint32(id.toInteger()));
    if (o.contains(u"topicAlias"))
        p.topicAlias = quint16(o.value(u"topicAlias").toInt());
    for (const QJsonValue &pair : o.value(u"userProperties").toArray()) {
        const QJsonArray a = pair.toArray();
        if (a.size() != 2)
            return false;
        p.userProperties.append(Mqtt::UserProperty { a.at(0).toString(), a.at(1).toString() });
    }
    return true;
}

QByteArray csvField(const QByteArray &field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r'))
        return field;
    QByteArray quoted = field;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

// RFC 4180 records: fields separated by commas, quoted fields may hold commas, quotes (doubled) and line breaks.
// Returns false at a quote that is not closed.
bool readCsvRecord(const QByteArray &data, qsizetype &at, QList<QByteArray> &fields)
{
    fields.clear();
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    while (at < data.size()) {
        const char c = data[at];
        if (quoted) {
            if (c == '"') {
                if (at + 1 < data.size() && data[at + 1] == '"') {
                    field += '"';
                    at += 2;
                    continue;
                }
                quoted = false;
                ++at;
                continue;
            }
            field += c;
            ++at;
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            ++at;
            continue;
        }
        if (c == ',') {
            fields.append(field);
            field.clear();
            wasQuoted = false;
            ++at;
            continue;
        }
        if (c == '\r' || c == '\n') {
            at += (c == '\r' && at + 1 < data.size() && data[at + 1] == '\n') ? 2 : 1;
            fields.append(field);
            return true;
        }
        field += c;
        ++at;
    }
    if (quoted)
        return false;
    fields.append(field);
    return true;
}

bool boolField(const QByteArray &field, bool &value)
{
    if (field == "true" || field == "1") {
        value = true;
        return true;
    }
    if (field == "false" || field == "0") {
        value = false;
        return true;
    }
    return false;
}

} // namespace

QString HistoryFormat::fileSuffix(Format format)
{
    return format == Format::Csv ? u"csv"_s : u"jsonl"_s;
}

HistoryFormat::Format HistoryFormat::formatForFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".jsonl") || lower.endsWith(u".ndjson") || lower.endsWith(u".json"))
        return Format::JsonLines;
    return Format::Csv;
}

QByteArray HistoryFormat::header(Format format)
{
    if (format == Format::JsonLines)
        return {};
    return csvColumns().join(',') + "\r\n";
}

bool HistoryFormat::writtenAsText(const QByteArray &payload)
{
    for (char ch : payload) {
        const auto c = uchar(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return false;
    }
    return PayloadText::invalidUtf8Bytes(payload) == 0;
}

QByteArray HistoryFormat::record(Format format, const QString &topic, const StoredMessage &m)
{
    const bool text = writtenAsText(m.payload);
    const QByteArray payload = text ? m.payload : m.payload.toBase64();
    const QJsonObject properties = m.properties ? propertiesToJson(*m.properties) : QJsonObject();
    if (format == Format::JsonLines) {
        QJsonObject o;
        o.insert(u"time"_s, isoTime(m.timeMs));
        o.insert(u"timeMs"_s, m.timeMs);
        o.insert(u"topic"_s, topic);
        o.insert(u"qos"_s, int(m.qos));
        o.insert(u"retain"_s, m.retain);
        o.insert(u"size"_s, m.originalSize);
        o.insert(u"truncated"_s, m.truncated);
        o.insert(u"encoding"_s, text ? u"utf8"_s : u"base64"_s);
        o.insert(u"payload"_s, QString::fromUtf8(payload));
        if (!properties.isEmpty())
            o.insert(u"properties"_s, properties);
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    QList<QByteArray> fields;
    fields << isoTime(m.timeMs).toLatin1() << QByteArray::number(m.timeMs) << topic.toUtf8()
           << QByteArray::number(m.qos) << (m.retain ? "true" : "false") << QByteArray::number(m.originalSize)
           << (m.truncated ? "true" : "false") << (text ? "utf8" : "base64") << payload
           << (properties.isEmpty() ? QByteArray() : QJsonDocument(properties).toJson(QJsonDocument::Compact));
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

bool HistoryFormat::parse(Format format, const QByteArray &data, QList<Record> &records, QString *error)
{
    auto fail = [&](qsizetype line, const QString &what) {
        if (error)
            *error = tr("Line %1: %2").arg(QLocale().toString(line), what);
        return false;
    };
    auto finish = [](Record &record, const QByteArray &encoding, const QByteArray &payload) {
        if (encoding == "base64")
            record.message.payload = QByteArray::fromBase64(payload);
        else
            record.message.payload = payload;
        return encoding == "base64" || encoding == "utf8";
    };
    if (format == Format::JsonLines) {
        qsizetype line = 0;
        qsizetype at = 0;
        while (at < data.size()) {
            qsizetype end = data.indexOf('\n', at);
            if (end < 0)
                end = data.size();
            ++line;
            const QByteArray text = data.sliced(at, end - at).trimmed();
            at = end + 1;
            if (text.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
            if (!document.isObject())
                return fail(line, parseError.errorString());
            const QJsonObject o = document.object();
            Record record;
            record.topic = o.value(u"topic").toString();
            record.message.timeMs = o.value(u"timeMs").toInteger();
            record.message.qos = quint8(o.value(u"qos").toInt());
            record.message.retain = o.value(u"retain").toBool();
            record.message.originalSize = o.value(u"size").toInteger();
            record.message.truncated = o.value(u"truncated").toBool();
            if (!finish(record, o.value(u"encoding").toString().toLatin1(), o.value(u"payload").toString().toUtf8()))
                return fail(line, tr("unknown payload encoding"));
            if (o.contains(u"properties")) {
                Mqtt::Properties properties;
                if (!propertiesFromJson(o.value(u"properties").toObject(), properties))
                    return fail(line, tr("unreadable MQTT 5 properties"));
                record.message.properties = std::make_shared<const Mqtt::Properties>(properties);
            }
            records.append(record);
        }
        return true;
    }
    qsizetype at = 0;
    qsizetype line = 1;
    QList<QByteArray> fields;
    if (!readCsvRecord(data, at, fields) || fields != csvColumns())
        return fail(line, tr("the header is not %1").arg(QString::fromLatin1(csvColumns().join(','))));
    while (at < data.size()) {
        ++line;
        if (!readCsvRecord(data, at, fields))
            return fail(line, tr("a quoted field is not closed"));
        if (fields.size() == 1 && fields.at(0).isEmpty())
            continue;
        if (fields.size() != csvColumns().size())
            return fail(line, tr("%1 fields instead of %2").arg(fields.size()).arg(csvColumns().size()));
        Record record;
        bool ok = true;
        record.message.timeMs = fields.at(1).toLongLong(&ok);
        record.topic = QString::fromUtf8(fields.at(2));
        bool okQos = false;
        record.message.qos = quint8(fields.at(3).toUInt(&okQos));
        bool okSize = false;
        record.message.originalSize = fields.at(5).toLongLong(&okSize);
        if (!ok || !okQos || !okSize || !boolField(fields.at(4), record.message.retain)
            || !boolField(fields.at(6), record.message.truncated))
            return fail(line, tr("a number or a true/false field does not read"));
        if (!finish(record, fields.at(7), fields.at(8)))
            return fail(line, tr("unknown payload encoding"));
        if (!fields.at(9).isEmpty()) {
            Mqtt::Properties properties;
            const QJsonDocument document = QJsonDocument::fromJson(fields.at(9));
            if (!document.isObject() || !propertiesFromJson(document.object(), properties))
                return fail(line, tr("unreadable MQTT 5 properties"));
            record.message.properties = std::make_shared<const Mqtt::Properties>(properties);
        }
        records.append(record);
    }
    return true;
}
