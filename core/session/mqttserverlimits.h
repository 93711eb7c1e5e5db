// SPDX-License-Identifier: MIT
#pragma once

// What the broker allows on one connection, as announced in its CONNACK (the protocol defaults until then), and
// the checks a request must pass before it is sent. Each failed check gives one sentence and the MQTT 5 reason
// code the broker would have answered with.

#include "codec/mqttpacket.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Mqtt {

struct ServerLimits {
    Q_DECLARE_TR_FUNCTIONS(Mqtt::ServerLimits)

public:
    quint16 receiveMaximum = 65535;
    quint8 maximumQoS = 2;
    bool retainAvailable = true;
    quint32 maximumPacketSize = 0; // 0 = only the protocol's own limit
    std::optional<quint16> serverKeepAlive;
    std::optional<QString> assignedClientIdentifier;
    quint16 topicAliasMaximum = 0;
    bool wildcardSubscriptionAvailable = true;
    bool sharedSubscriptionAvailable = true;
    bool subscriptionIdentifierAvailable = true;

    // The limits a CONNACK announces. Receive Maximum 0 and Maximum Packet Size 0 are protocol errors: they set
    // *error and return the defaults.
    static ServerLimits fromConnAck(const ConnAck &connAck, QString *error);

    // Empty when the broker can take the message; otherwise why not, with *reasonCode set.
    QString checkPublish(const Publish &message, ProtocolVersion version, quint8 *reasonCode) const;
    // A Topic Alias the sender chose: 1 up to the broker's Topic Alias Maximum.
    QString checkTopicAlias(quint16 alias, quint8 *reasonCode) const;
    // Checks the encoded size of a PUBLISH, SUBSCRIBE or UNSUBSCRIBE (the request that fails when it does not fit)
    // against the broker's and the protocol's maximum [MQTT-3.2.2-15].
    QString checkPacketSize(qint64 encodedSize, PacketType type, quint8 *reasonCode) const;
    // Whether a packet of that size may be sent at all.
    bool fits(qint64 encodedSize) const;
    QString checkSubscribe(const Subscribe &subscribe, ProtocolVersion version, quint8 *reasonCode) const;
    QString checkUnsubscribe(const Unsubscribe &unsubscribe, quint8 *reasonCode) const;
};

} // namespace Mqtt

Q_DECLARE_METATYPE(Mqtt::ServerLimits)
