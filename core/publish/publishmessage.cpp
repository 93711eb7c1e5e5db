// SPDX-License-Identifier: MIT
#include "publish/publishmessage.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr int SummaryCharacters = 60;

// Reads one optional member of the expected JSON type; false (with *error and *where) when present but wrong.
class MemberReader {
public:
    MemberReader(const QJsonObject &object, QString *error, JsonPath *where)
        : m_object(object)
        , m_error(error)
        , m_where(where)
    {
    }

    bool string(const QString &name, QString *out, const JsonPath &prefix = {})
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return wrong(prefix, name, PublishMessage::tr("\"%1\" must be a string.").arg(name));
        *out = value.toString();
        return true;
    }

    bool boolean(const QString &name, bool *out, const JsonPath &prefix = {})
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isBool())
            return wrong(prefix, name, PublishMessage::tr("\"%1\" must be true or false.").arg(name));
        *out = value.toBool();
        return true;
    }

    // A whole number from minimum to maximum.
    bool integer(
        const QString &name, qint64 minimum, qint64 maximum, std::optional<qint64> *out, const JsonPath &prefix = {})
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return true;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < double(minimum) || number > double(maximum))
            return wrong(prefix, name,
                PublishMessage::tr("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        *out = qint64(number);
        return true;
    }

    bool wrong(const JsonPath &prefix, const QString &name, const QString &sentence)
    {
        *m_error = sentence;
        *m_where = prefix;
        m_where->append(name);
        return false;
    }

private:
    const QJsonObject &m_object;
    QString *m_error;
    JsonPath *m_where;
};

} // namespace

bool PublishMessage::hasProperties() const
{
    return !contentType.isEmpty() || payloadFormatIndicator || messageExpirySeconds || !responseTopic.isEmpty()
        || !correlationData.isEmpty() || !userProperties.isEmpty() || topicAlias;
}

QString PublishMessage::summary() const
{
    QString payloadText = format == PayloadKind::File ? tr("file %1").arg(payload) : payload.simplified();
    if (payloadText.size() > SummaryCharacters)
        payloadText = payloadText.left(SummaryCharacters) + u'…';
    return payloadText.isEmpty() ? topic : topic + u"  ·  "_s + payloadText;
}

QJsonObject PublishMessage::toJson() const
{
    QJsonObject object;
    object.insert(u"topic"_s, topic);
    object.insert(u"format"_s, PayloadEncoding::kindName(format));
    object.insert(u"payload"_s, payload);
    if (substitute)
        object.insert(u"substitute"_s, true);
    object.insert(u"qos"_s, int(qos));
    object.insert(u"retain"_s, retain);
    QJsonObject properties;
    if (!contentType.isEmpty())
        properties.insert(u"contentType"_s, contentType);
    if (payloadFormatIndicator)
        properties.insert(u"payloadFormatIndicator"_s, int(*payloadFormatIndicator));
    if (messageExpirySeconds)
        properties.insert(u"messageExpiryInterval"_s, qint64(*messageExpirySeconds));
    if (!responseTopic.isEmpty())
        properties.insert(u"responseTopic"_s, responseTopic);
    if (!correlationData.isEmpty())
        properties.insert(u"correlationData"_s, correlationData);
    if (!correlationData.isEmpty() || correlationFormat == CorrelationKind::Hex) // the editor's choice, kept
        properties.insert(u"correlationDataFormat"_s, correlationFormat == CorrelationKind::Hex ? u"hex"_s : u"text"_s);
    if (!userProperties.isEmpty()) {
        QJsonArray users;
        for (const Mqtt::UserProperty &user : userProperties)
            users.append(QJsonObject { { u"name"_s, user.name }, { u"value"_s, user.value } });
        properties.insert(u"userProperties"_s, users);
    }
    if (topicAlias)
        properties.insert(u"topicAlias"_s, int(*topicAlias));
    if (!properties.isEmpty())
        object.insert(u"properties"_s, properties);
    return object;
}

std::optional<PublishMessage> PublishMessage::fromJson(const QJsonValue &value, QString *error, JsonPath *where)
{
    *where = {};
    if (!value.isObject()) {
        *error = tr("A message must be a JSON object with at least a \"topic\".");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    MemberReader read(object, error, where);
    PublishMessage message;
    if (!object.value(u"topic"_s).isString()) {
        read.wrong({}, u"topic"_s, tr("A message needs a \"topic\" string."));
        if (!object.contains(u"topic"_s))
            where->clear();
        return std::nullopt;
    }
    message.topic = object.value(u"topic"_s).toString();
    QString format = u"text"_s;
    if (!read.string(u"format"_s, &format))
        return std::nullopt;
    if (!PayloadEncoding::kindFromName(format, &message.format)) {
        read.wrong(
            {}, u"format"_s, tr("\"%1\" is not a payload format; use text, json, hex, base64 or file.").arg(format));
        return std::nullopt;
    }
    std::optional<qint64> qos;
    if (!read.string(u"payload"_s, &message.payload) || !read.boolean(u"substitute"_s, &message.substitute)
        || !read.integer(u"qos"_s, 0, 2, &qos) || !read.boolean(u"retain"_s, &message.retain))
        return std::nullopt;
    message.qos = quint8(qos.value_or(0));

    const QJsonValue propertiesValue = object.value(u"properties"_s);
    if (propertiesValue.isUndefined() || propertiesValue.isNull())
        return message;
    if (!propertiesValue.isObject()) {
        read.wrong({}, u"properties"_s, tr("\"properties\" must be an object."));
        return std::nullopt;
    }
    const QJsonObject properties = propertiesValue.toObject();
    const JsonPath in { u"properties"_s };
    MemberReader readProperty(properties, error, where);
    std::optional<qint64> indicator;
    std::optional<qint64> expiry;
    std::optional<qint64> alias;
    QString correlationFormat = u"text"_s;
    if (!readProperty.string(u"contentType"_s, &message.contentType, in)
        || !readProperty.integer(u"payloadFormatIndicator"_s, 0, 1, &indicator, in)
        || !readProperty.integer(u"messageExpiryInterval"_s, 0, std::numeric_limits<quint32>::max(), &expiry, in)
        || !readProperty.string(u"responseTopic"_s, &message.responseTopic, in)
        || !readProperty.string(u"correlationData"_s, &message.correlationData, in)
        || !readProperty.string(u"correlationDataFormat"_s, &correlationFormat, in)
        || !readProperty.integer(u"topicAlias"_s, 1, 65535, &alias, in))
        return std::nullopt;
    if (correlationFormat != u"text" && correlationFormat != u"hex") {
        readProperty.wrong(
            in, u"correlationDataFormat"_s, tr("\"correlationDataFormat\" must be \"text\" or \"hex\"."));
        return std::nullopt;
    }
    message.correlationFormat = correlationFormat == u"hex" ? CorrelationKind::Hex : CorrelationKind::Text;
    if (indicator)
        message.payloadFormatIndicator = quint8(*indicator);
    if (expiry)
        message.messageExpirySeconds = quint32(*expiry);
    if (alias)
        message.topicAlias = quint16(*alias);
    const QJsonValue users = properties.value(u"userProperties"_s);
    if (!users.isUndefined() && !users.isNull()) {
        if (!users.isArray()) {
            readProperty.wrong(in, u"userProperties"_s, tr("\"userProperties\" must be an array."));
            return std::nullopt;
        }
        const QJsonArray list = users.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject user = list.at(i).toObject();
            if (!list.at(i).isObject() || !user.value(u"name"_s).isString() || !user.value(u"value"_s).isString()) {
                *error = tr("Each user property must be an object with a \"name\" and a \"value\" string.");
                *where = { u"properties"_s, u"userProperties"_s, i };
                return std::nullopt;
            }
            message.userProperties.append({ user.value(u"name"_s).toString(), user.value(u"value"_s).toString() });
        }
    }
    return message;
}
