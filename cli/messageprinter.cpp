// SPDX-License-Identifier: MIT
#include "messageprinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {
bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QJsonValue bytesValue(const QByteArray &bytes)
{
    if (isUtf8(bytes))
        return QString::fromUtf8(bytes);
    return QJsonObject { { u"base64"_s, QString::fromLatin1(bytes.toBase64()) } };
}

QJsonObject propertiesObject(const Mqtt::Properties &p)
{
    QJsonObject o;
    if (p.payloadFormatIndicator)
        o.insert(u"payload-format-indicator"_s, int(*p.payloadFormatIndicator));
    if (p.messageExpiryInterval)
        o.insert(u"message-expiry-interval"_s, qint64(*p.messageExpiryInterval));
    if (p.contentType)
        o.insert(u"content-type"_s, *p.contentType);
    if (p.responseTopic)
        o.insert(u"response-topic"_s, *p.responseTopic);
    if (p.correlationData)
        o.insert(u"correlation-data"_s, bytesValue(*p.correlationData));
    if (!p.subscriptionIdentifiers.isEmpty()) {
        QJsonArray ids;
        for (quint32 id : p.subscriptionIdentifiers)
            ids.append(qint64(id));
        o.insert(u"subscription-identifier"_s, ids);
    }
    if (p.topicAlias)
        o.insert(u"topic-alias"_s, int(*p.topicAlias));
    if (!p.userProperties.isEmpty()) {
        QJsonArray pairs; // an array of pairs: names may repeat and order matters
        for (const auto &property : p.userProperties)
            pairs.append(QJsonArray { property.name, property.value });
        o.insert(u"user-property"_s, pairs);
    }
    return o;
}
} // namespace

QByteArray MessagePrinter::toJson(const Mqtt::Publish &message)
{
    QJsonObject o;
    o.insert(u"topic"_s, message.topic);
    if (isUtf8(message.payload))
        o.insert(u"payload"_s, QString::fromUtf8(message.payload));
    else
        o.insert(u"payload_base64"_s, QString::fromLatin1(message.payload.toBase64()));
    o.insert(u"qos"_s, int(message.qos));
    o.insert(u"retain"_s, message.retain);
    const QJsonObject properties = propertiesObject(message.properties);
    if (!properties.isEmpty())
        o.insert(u"properties"_s, properties);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void MessagePrinter::append(const Mqtt::Publish &message, QByteArray &out) const
{
    // mosquitto_sub (2.0) prints nothing at all for an empty payload, except "topic (null)" and its newline with
    // -v (and nothing with -v -N). Scripts written against it see the same here.
    if (message.payload.isEmpty() && m_format != Format::Json) {
        if (m_format == Format::TopicAndPayload && m_newline)
            out += message.topic.toUtf8() + " (null)\n";
        return;
    }
    switch (m_format) {
    case Format::Payload:
        out += message.payload;
        break;
    case Format::TopicAndPayload:
        out += message.topic.toUtf8();
        out += ' ';
        out += message.payload;
        break;
    case Format::Json:
        out += toJson(message);
        out += '\n';
        return;
    }
    if (m_newline)
        out += '\n';
}

} // namespace Cli
