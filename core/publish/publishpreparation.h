// SPDX-License-Identifier: MIT
#pragma once

// From what the user composed (PublishMessage) to the PUBLISH the client sends, refusing before anything is sent what
// cannot be: a topic that breaks a rule of MQTT, hex or base64 that is not, a placeholder that does not exist, a
// topic alias the broker does not allow, a packet larger than the broker's Maximum Packet Size (both sizes said), a
// QoS or retain flag the broker does not support. What may be sent but is probably not meant (JSON that does not
// parse, an empty topic level, properties over MQTT 3.1.1) comes as warnings. Pure: the file's bytes, the template
// context and the broker's limits come in.

#include "codec/mqttpacket.h"
#include "publish/inputerror.h"
#include "publish/payloadtemplate.h"
#include "publish/publishmessage.h"
#include "session/mqttserverlimits.h"

#include <QCoreApplication>
#include <QStringList>

struct PreparedPublish {
    enum class Field : quint8 { None, Topic, Payload, ResponseTopic, CorrelationData, TopicAlias, Limits };

    Mqtt::Publish publish;
    InputError error; // refused when set; error.offset points into the field's text
    Field errorField = Field::None;
    QStringList warnings; // sent all the same
    QString expandedPayload; // text and JSON after placeholders, as sent

    bool isRefused() const { return error.isError(); }
};

class PublishPreparation {
    Q_DECLARE_TR_FUNCTIONS(PublishPreparation)
public:
    struct Connection {
        Mqtt::ProtocolVersion version = Mqtt::ProtocolVersion::V5;
        Mqtt::ServerLimits limits; // from the CONNACK; the protocol's defaults when not connected
        // Whether limits come from a CONNACK. Before one, only the protocol's own limits apply (the session checks
        // the broker's when the message goes out).
        bool limitsKnown = false;
    };

    // fileBytes: the file's content for PayloadKind::File (ignored otherwise). context: for messages with
    // substitute set (nullptr: placeholders stay as typed).
    static PreparedPublish prepare(const PublishMessage &message, const QByteArray &fileBytes,
        const TemplateContext *context, const Connection &connection);

    // Correlation data as bytes, from text (UTF-8) or hex.
    static QByteArray correlationBytes(const PublishMessage &message, InputError *error);
};
