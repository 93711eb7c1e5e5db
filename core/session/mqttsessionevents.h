// SPDX-License-Identifier: MIT
#pragma once

// The configuration a Mqtt::Session starts from and the events it reports. Plain values, no I/O.

#include "codec/mqttpacket.h"

#include <QList>
#include <QString>

namespace Mqtt {

struct SessionConfig {
    // Version, client identifier, clean start, keep alive, credentials, will (with will properties) and the
    // CONNECT properties. The three limits below are written into the CONNECT properties by the session.
    Connect connect;
    quint16 receiveMaximum = 65535; // ours, sent in CONNECT (v5); the broker may not exceed it
    quint32 maximumPacketSize = 0; // ours (0 = no limit sent); larger inbound packets end the connection (0x95)
    quint16 topicAliasMaximum = 0; // ours: how many inbound topic aliases we accept (v5)
    bool outboundTopicAliases = false; // use aliases for our own publishes, up to the broker's Topic Alias Maximum
    // Our own cap on unacknowledged QoS 1/2 publishes, on top of the broker's Receive Maximum. 0 = automatic: none
    // under MQTT 5 (the broker announces its window), 20 under 3.1/3.1.1, which have no window to announce; brokers
    // still limit them (mosquitto closes the connection of a client with more than 20 QoS 2 messages in flight).
    quint16 maximumInFlight = 0;
    // Delivered messages keep what resolving them normally drops: the Topic Alias the broker used (the topic is
    // filled in either way) and the order their properties came in (Properties::arrivalOrder). For printers that
    // show a message as it was received, as mosquitto_sub's -F does.
    bool deliverAsReceived = false;
};

// Identifies a publish, subscribe or unsubscribe request in its completion event. 0 is never a valid token.
using Token = quint64;

struct SessionEvent {
    enum class Type {
        Connected, // connAck holds the CONNACK (sessionPresent as it applies: 3.1 has no flag); properties its own
        ConnectionRefused, // CONNACK with a failure code; closeConnection is set
        SubscriptionsLost, // the broker did not keep the session: subscriptions must be made again
        PublishCompleted, // QoS 0 written, QoS 1 PUBACK, QoS 2 PUBCOMP (reasonCode may be 0x10 No matching subs)
        PublishFailed, // refused locally (limits) or by the broker (reason code >= 0x80), session discarded, or a
                       // QoS 2 message in flight when the broker lost the session (its fate is unknown)
        SubscribeCompleted, // reasonCodes holds one code per filter; text names the first refused filter
        SubscribeFailed, // refused locally or the connection closed before the SUBACK
        UnsubscribeCompleted, // reasonCodes holds one code per filter (empty under 3.1.1)
        UnsubscribeFailed, // refused locally or the connection closed before the UNSUBACK
        AuthReceived, // an AUTH packet (v5 enhanced authentication): reasonCode and properties
        ServerDisconnected, // the broker sent DISCONNECT: reasonCode, properties (reason string, server reference)
        ProtocolViolation, // the broker broke the protocol; closeConnection says whether the connection must end
        KeepAliveTimeout, // no PINGRESP (nor any other packet) in time; closeConnection is set
    };

    Type type = Type::ProtocolViolation;
    Token token = 0;
    quint16 packetId = 0;
    quint8 reasonCode = ReasonCode::Success;
    QList<quint8> reasonCodes;
    QString text; // one human sentence (may be empty for plain successes)
    ConnAck connAck;
    Properties properties;
    bool closeConnection = false;
};

} // namespace Mqtt
