// SPDX-License-Identifier: MIT
#pragma once

// One message as the user composed it in the publish panel, before it becomes bytes: the topic, the payload as typed
// in its format (or a file's path), QoS, retain and the MQTT 5 properties. What history and collections keep, and
// what their JSON files hold (toJson / fromJson). PublishPreparation turns it into an Mqtt::Publish.

#include "codec/mqttpacket.h"
#include "publish/jsontext.h"
#include "publish/payloadencoding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

enum class CorrelationKind : quint8 {
    Text, // UTF-8
    Hex,
};

struct PublishMessage {
    Q_DECLARE_TR_FUNCTIONS(PublishMessage)

public:
    QString topic;
    PayloadKind format = PayloadKind::Text;
    QString payload; // as typed; for PayloadKind::File the file's path
    bool substitute = false; // replace {{…}} placeholders (text and JSON only; see PayloadTemplate)
    quint8 qos = 0;
    bool retain = false;

    // MQTT 5 (a 3.1.1 connection sends none of them). Empty strings and unset values are not sent.
    QString contentType;
    std::optional<quint8> payloadFormatIndicator; // 0: unspecified bytes, 1: UTF-8
    std::optional<quint32> messageExpirySeconds;
    QString responseTopic;
    QString correlationData; // as typed
    CorrelationKind correlationFormat = CorrelationKind::Text;
    QList<Mqtt::UserProperty> userProperties; // in order; names may repeat
    std::optional<quint16> topicAlias;

    bool hasProperties() const;
    // A short label for lists: the topic and the payload's beginning.
    QString summary() const;
    bool operator==(const PublishMessage &) const = default;

    QJsonObject toJson() const;
    // nullopt with a sentence and the path (below value) of what is wrong: unknown format, QoS 3, a property of the
    // wrong type or out of range. Members it does not know are ignored (a newer Canopy may add some).
    static std::optional<PublishMessage> fromJson(const QJsonValue &value, QString *error, JsonPath *where);
};
