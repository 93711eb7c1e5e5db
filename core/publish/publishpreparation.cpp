// SPDX-License-Identifier: MIT
#include "publish/publishpreparation.h"

#include "codec/mqttcodec.h"
#include "codec/mqtttopic.h"
#include "publish/jsontext.h"

#include <QUtf8StringView>

using namespace Qt::StringLiterals;

QByteArray PublishPreparation::correlationBytes(const PublishMessage &message, InputError *error)
{
    *error = {};
    if (message.correlationFormat == CorrelationKind::Hex)
        return PayloadEncoding::fromHex(message.correlationData, error);
    return message.correlationData.toUtf8();
}

PreparedPublish PublishPreparation::prepare(const PublishMessage &message, const QByteArray &fileBytes,
    const TemplateContext *context, const Connection &connection)
{
    PreparedPublish prepared;
    const auto refuse = [&prepared](PreparedPublish::Field field, InputError error) {
        prepared.error = std::move(error);
        prepared.errorField = field;
        return prepared;
    };

    // The topic.
    if (const QString why = Mqtt::topicNameError(message.topic); !why.isEmpty()) {
        InputError error;
        error.sentence = why;
        return refuse(PreparedPublish::Field::Topic, error);
    }
    if (const QString warning = Mqtt::topicNameWarning(message.topic); !warning.isEmpty())
        prepared.warnings.append(warning);

    // The payload.
    Mqtt::Publish &publish = prepared.publish;
    publish.topic = message.topic;
    publish.qos = message.qos;
    publish.retain = message.retain;
    const bool textual = message.format == PayloadKind::Text || message.format == PayloadKind::Json;
    QString text = message.payload;
    if (textual && message.substitute && context) {
        InputError error;
        text = PayloadTemplate::substitute(message.payload, *context, &error);
        if (error.isError())
            return refuse(PreparedPublish::Field::Payload, error);
    }
    if (textual)
        prepared.expandedPayload = text;
    if (message.format == PayloadKind::File) {
        publish.payload = fileBytes;
    } else {
        InputError error;
        publish.payload = PayloadEncoding::encode(message.format, text, &error);
        if (error.isError())
            return refuse(PreparedPublish::Field::Payload, error);
    }
    if (message.format == PayloadKind::Json) {
        if (const InputError error = JsonText::validate(text); error.isError())
            prepared.warnings.append(tr("The payload is not valid JSON (%1): %2 It was sent as text.")
                                         .arg(InputError::placeText(error.line, error.column), error.sentence));
    }

    // The properties.
    const bool v5 = connection.version == Mqtt::ProtocolVersion::V5;
    if (message.hasProperties() && !v5) {
        prepared.warnings.append(tr("This connection speaks MQTT 3.1.1, which has no message properties: they were "
                                    "not sent."));
    } else if (v5) {
        Mqtt::Properties &p = publish.properties;
        if (!message.contentType.isEmpty())
            p.contentType = message.contentType;
        p.payloadFormatIndicator = message.payloadFormatIndicator;
        p.messageExpiryInterval = message.messageExpirySeconds;
        if (!message.responseTopic.isEmpty()) {
            if (const QString why = Mqtt::topicNameError(message.responseTopic); !why.isEmpty()) {
                InputError error;
                error.sentence = tr("Response topic: %1").arg(why);
                return refuse(PreparedPublish::Field::ResponseTopic, error);
            }
            p.responseTopic = message.responseTopic;
        }
        if (!message.correlationData.isEmpty()) {
            InputError error;
            const QByteArray bytes = correlationBytes(message, &error);
            if (error.isError()) {
                error.sentence = tr("Correlation data: %1").arg(error.sentence);
                return refuse(PreparedPublish::Field::CorrelationData, error);
            }
            p.correlationData = bytes;
        }
        p.userProperties = message.userProperties;
        p.topicAlias = message.topicAlias;
        quint8 code = 0;
        if (const QString why = p.topicAlias ? connection.limits.checkTopicAlias(*p.topicAlias, &code) : QString();
            connection.limitsKnown && !why.isEmpty()) {
            InputError error;
            error.sentence = why;
            return refuse(PreparedPublish::Field::TopicAlias, error);
        }
        if (message.payloadFormatIndicator == quint8(1) && !QUtf8StringView(publish.payload).isValidUtf8()) {
            prepared.warnings.append(tr("The payload format indicator says UTF-8, but the payload is not valid "
                                        "UTF-8; the broker may refuse it (0x99)."));
        }
    }

    // What the broker allows.
    quint8 code = 0;
    QString why = connection.limits.checkPublish(publish, connection.version, &code);
    if (why.isEmpty())
        why = connection.limits.checkPacketSize(
            Mqtt::encodedSize(publish, connection.version), Mqtt::PacketType::Publish, &code);
    if (!why.isEmpty()) {
        InputError error;
        error.sentence = why;
        return refuse(PreparedPublish::Field::Limits, error);
    }
    return prepared;
}
