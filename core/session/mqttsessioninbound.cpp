// SPDX-License-Identifier: MIT
// Mqtt::Session, inbound half: what the broker sends once the connection is accepted (PUBLISH, its
// acknowledgements both ways, SUBACK, UNSUBACK, DISCONNECT). The connection lifecycle, input framing, CONNACK and
// keep-alive are in mqttsession.cpp; our own requests in mqttsessionoutbound.cpp.

#include "session/mqttsession.h"

using namespace Qt::StringLiterals;

namespace Mqtt {

// ---------------------------------------------------------------------------------------------------------------
// Inbound PUBLISH and its acknowledgements

void Session::onPublish(Publish &&publish, qint64 nowMs)
{
    if (const std::optional<quint16> alias = publish.properties.topicAlias) {
        if (*alias == 0 || *alias > m_ownTopicAliasMaximum) {
            violation(ReasonCode::TopicAliasInvalid,
                tr("The broker used topic alias %1, but the client accepts aliases 1 to %2 only.")
                    .arg(*alias)
                    .arg(m_ownTopicAliasMaximum));
            return;
        }
        if (publish.topic.isEmpty()) {
            const QString &topic = m_inboundAliases[*alias];
            if (topic.isEmpty()) {
                violation(ReasonCode::ProtocolError,
                    tr("The broker used topic alias %1 without ever saying which topic it stands for.").arg(*alias));
                return;
            }
            publish.topic = topic;
        } else {
            m_inboundAliases[*alias] = publish.topic;
        }
        if (!m_config.deliverAsReceived)
            publish.properties.topicAlias.reset();
    } else if (publish.topic.isEmpty()) {
        violation(ReasonCode::ProtocolError, tr("The broker sent a PUBLISH packet without a topic."));
        return;
    }

    switch (publish.qos) {
    case 0:
        break;
    case 1:
        sendAck(PacketType::PubAck, publish.packetId, ReasonCode::Success, nowMs);
        break;
    case 2: {
        const quint16 id = publish.packetId;
        if (m_incomingQos2.test(id)) {
            // Until PUBREL, acknowledge again but do not deliver twice [MQTT-4.3.3-10].
            sendAck(PacketType::PubRec, id, ReasonCode::Success, nowMs);
            return;
        }
        if (m_connect.version == ProtocolVersion::V5 && m_incomingQos2Count >= m_ownReceiveMaximum) {
            violation(ReasonCode::ReceiveMaximumExceeded,
                tr("The broker sent more unacknowledged QoS 2 messages than the client's Receive Maximum of %1.")
                    .arg(m_ownReceiveMaximum));
            return;
        }
        m_incomingQos2.set(id);
        ++m_incomingQos2Count;
        sendAck(PacketType::PubRec, id, ReasonCode::Success, nowMs);
        break;
    }
    default:
        violation(ReasonCode::MalformedPacket, tr("The broker sent a PUBLISH packet with QoS 3."));
        return;
    }
    m_messages.push_back(std::move(publish));
}

void Session::onPubRel(const PublishAck &ack, qint64 nowMs)
{
    const quint16 id = ack.packetId;
    if (m_incomingQos2.test(id)) {
        m_incomingQos2.reset(id);
        --m_incomingQos2Count;
        sendAck(PacketType::PubComp, id, ReasonCode::Success, nowMs);
        return;
    }
    // Not an error during recovery: our PUBCOMP may have been lost with the previous connection. MQTT 5
    // answers PUBCOMP 0x92 Packet Identifier not found (3.7.2.1); 3.1.1 answers every PUBREL with PUBCOMP (4.3.3).
    sendAck(PacketType::PubComp, id,
        m_connect.version == ProtocolVersion::V5 ? quint8(ReasonCode::PacketIdentifierNotFound)
                                                 : quint8(ReasonCode::Success),
        nowMs);
}

void Session::onPubAck(const PublishAck &ack, qint64 nowMs)
{
    InFlightPublish *entry = m_inFlight.find(ack.packetId);
    if (!entry) {
        violation(ReasonCode::ProtocolError,
            tr("The broker sent PUBACK for packet identifier %1, but no message with that identifier awaits one.")
                .arg(ack.packetId));
        return;
    }
    if (entry->stage != InFlightPublish::Stage::AwaitingPubAck) {
        violation(ReasonCode::ProtocolError,
            tr("The broker sent PUBACK for packet identifier %1, which is a QoS 2 message and needs PUBREC.")
                .arg(ack.packetId));
        return;
    }
    InFlightPublish done;
    m_inFlight.take(ack.packetId, &done);
    m_packetIds.release(ack.packetId);
    SessionEvent event;
    event.token = done.token;
    event.packetId = ack.packetId;
    event.reasonCode = ack.reasonCode;
    event.properties = ack.properties;
    if (ack.reasonCode >= 0x80) {
        event.type = SessionEvent::Type::PublishFailed;
        event.text = tr("The broker refused the message to \"%1\": %2.")
                         .arg(done.message.topic, reasonInWords(ack.reasonCode, PacketType::PubAck))
            + brokerSaid(ack.properties);
    } else {
        event.type = SessionEvent::Type::PublishCompleted;
    }
    m_events.push_back(std::move(event));
    flushQueue(nowMs);
}

void Session::onPubRec(const PublishAck &ack, qint64 nowMs)
{
    InFlightPublish *entry = m_inFlight.find(ack.packetId);
    if (!entry) {
        // A PUBREC of 0x80 or more ends the exchange and is never answered [MQTT-4.3.3-4], [MQTT-4.4.0-2]; for an
        // identifier that has no exchange here, there is nothing left to end.
        if (ack.reasonCode >= 0x80)
            return;
        if (m_connect.version == ProtocolVersion::V5) {
            // 3.6.2.1: PUBREL with 0x92 tells the broker the identifier is unknown here (not an error during
            // recovery, where our PUBCOMP may have been lost with the previous connection).
            sendAck(PacketType::PubRel, ack.packetId, ReasonCode::PacketIdentifierNotFound, nowMs);
            return;
        }
        violation(ReasonCode::ProtocolError,
            tr("The broker sent PUBREC for packet identifier %1, but no message with that identifier awaits one.")
                .arg(ack.packetId));
        return;
    }
    if (entry->stage == InFlightPublish::Stage::AwaitingPubAck) {
        violation(ReasonCode::ProtocolError,
            tr("The broker sent PUBREC for packet identifier %1, which is a QoS 1 message and needs PUBACK.")
                .arg(ack.packetId));
        return;
    }
    if (entry->stage == InFlightPublish::Stage::AwaitingPubComp) {
        violation(ReasonCode::ProtocolError,
            tr("The broker sent a second PUBREC for packet identifier %1.").arg(ack.packetId));
        return;
    }
    if (ack.reasonCode >= 0x80) {
        // 4.3.3: a failed PUBREC ends the exchange; the identifier is free again.
        InFlightPublish done;
        m_inFlight.take(ack.packetId, &done);
        m_packetIds.release(ack.packetId);
        SessionEvent event;
        event.type = SessionEvent::Type::PublishFailed;
        event.token = done.token;
        event.packetId = ack.packetId;
        event.reasonCode = ack.reasonCode;
        event.properties = ack.properties;
        event.text = tr("The broker refused the message to \"%1\": %2.")
                         .arg(done.message.topic, reasonInWords(ack.reasonCode, PacketType::PubRec))
            + brokerSaid(ack.properties);
        m_events.push_back(std::move(event));
        flushQueue(nowMs);
        return;
    }
    sendAck(PacketType::PubRel, ack.packetId, ReasonCode::Success, nowMs);
    m_inFlight.markReleased(ack.packetId);
}

void Session::onPubComp(const PublishAck &ack, qint64 nowMs)
{
    InFlightPublish *entry = m_inFlight.find(ack.packetId);
    if (!entry) {
        violation(ReasonCode::ProtocolError,
            tr("The broker sent PUBCOMP for packet identifier %1, but no message with that identifier awaits one.")
                .arg(ack.packetId));
        return;
    }
    if (entry->stage != InFlightPublish::Stage::AwaitingPubComp) {
        violation(ReasonCode::ProtocolError,
            entry->stage == InFlightPublish::Stage::AwaitingPubAck
                ? tr("The broker sent PUBCOMP for packet identifier %1, which is a QoS 1 message and needs PUBACK.")
                      .arg(ack.packetId)
                : tr("The broker sent PUBCOMP for packet identifier %1 before PUBREC.").arg(ack.packetId));
        return;
    }
    InFlightPublish done;
    m_inFlight.take(ack.packetId, &done);
    m_packetIds.release(ack.packetId);
    SessionEvent event;
    event.type = SessionEvent::Type::PublishCompleted;
    event.token = done.token;
    event.packetId = ack.packetId;
    event.reasonCode = ack.reasonCode;
    event.properties = ack.properties;
    m_events.push_back(std::move(event));
    flushQueue(nowMs);
}

// ---------------------------------------------------------------------------------------------------------------
// SUBACK, UNSUBACK, DISCONNECT

void Session::onSubAck(SubAck &&subAck, qint64 nowMs)
{
    const auto it = m_pendingAcks.constFind(subAck.packetId);
    if (it == m_pendingAcks.cend() || it->type != PacketType::Subscribe) {
        violation(ReasonCode::ProtocolError,
            tr("The broker sent SUBACK for packet identifier %1, but no subscribe request with that identifier "
               "awaits one.")
                .arg(subAck.packetId));
        return;
    }
    if (subAck.reasonCodes.size() != it->filters.size()) {
        violation(ReasonCode::ProtocolError,
            tr("The broker answered a subscribe request for %n topic filter(s) with %1 [MQTT-3.9.3-1].",
                "%1 is a number of reason codes", int(it->filters.size()))
                .arg(tr("%n reason code(s)", nullptr, int(subAck.reasonCodes.size()))));
        return;
    }
    const PendingAck pending = *it;
    m_pendingAcks.erase(it);
    m_packetIds.release(subAck.packetId);

    SessionEvent event;
    event.type = SessionEvent::Type::SubscribeCompleted;
    event.token = pending.token;
    event.packetId = subAck.packetId;
    for (qsizetype i = 0; i < subAck.reasonCodes.size(); ++i) {
        const quint8 code = subAck.reasonCodes.at(i);
        if (code >= 0x80) {
            event.reasonCode = code;
            event.text = tr("The broker refused the subscription to \"%1\": %2.")
                             .arg(pending.filters.at(i), reasonInWords(code, PacketType::SubAck))
                + brokerSaid(subAck.properties);
            break;
        }
    }
    event.reasonCodes = std::move(subAck.reasonCodes);
    event.properties = std::move(subAck.properties);
    m_events.push_back(std::move(event));
    flushQueue(nowMs);
}

void Session::onUnsubAck(UnsubAck &&unsubAck, qint64 nowMs)
{
    const auto it = m_pendingAcks.constFind(unsubAck.packetId);
    if (it == m_pendingAcks.cend() || it->type != PacketType::Unsubscribe) {
        violation(ReasonCode::ProtocolError,
            tr("The broker sent UNSUBACK for packet identifier %1, but no unsubscribe request with that identifier "
               "awaits one.")
                .arg(unsubAck.packetId));
        return;
    }
    // 3.1.1 UNSUBACK carries no reason codes; MQTT 5 has one per filter [MQTT-3.11.3-1].
    const bool v5 = m_connect.version == ProtocolVersion::V5;
    if (v5 ? unsubAck.reasonCodes.size() != it->filters.size() : !unsubAck.reasonCodes.isEmpty()) {
        violation(ReasonCode::ProtocolError,
            tr("The broker answered an unsubscribe request for %n topic filter(s) with %1 [MQTT-3.11.3-1].",
                "%1 is a number of reason codes", int(it->filters.size()))
                .arg(tr("%n reason code(s)", nullptr, int(unsubAck.reasonCodes.size()))));
        return;
    }
    const PendingAck pending = *it;
    m_pendingAcks.erase(it);
    m_packetIds.release(unsubAck.packetId);

    SessionEvent event;
    event.type = SessionEvent::Type::UnsubscribeCompleted;
    event.token = pending.token;
    event.packetId = unsubAck.packetId;
    for (qsizetype i = 0; i < unsubAck.reasonCodes.size(); ++i) {
        const quint8 code = unsubAck.reasonCodes.at(i);
        if (code >= 0x80) {
            event.reasonCode = code;
            event.text = tr("The broker refused to remove the subscription to \"%1\": %2.")
                             .arg(pending.filters.at(i), reasonInWords(code, PacketType::UnsubAck))
                + brokerSaid(unsubAck.properties);
            break;
        }
    }
    event.reasonCodes = std::move(unsubAck.reasonCodes);
    event.properties = std::move(unsubAck.properties);
    m_events.push_back(std::move(event));
    flushQueue(nowMs);
}

void Session::onDisconnect(Disconnect &&disconnect)
{
    if (m_connect.version != ProtocolVersion::V5) {
        violation(ReasonCode::ProtocolError,
            tr("The broker sent a DISCONNECT packet, which only a client may send before MQTT 5."));
        return;
    }
    SessionEvent event;
    event.type = SessionEvent::Type::ServerDisconnected;
    event.reasonCode = disconnect.reasonCode;
    event.text
        = tr("The broker closed the connection: %1.").arg(reasonInWords(disconnect.reasonCode, PacketType::Disconnect))
        + brokerSaid(disconnect.properties);
    if (disconnect.properties.serverReference)
        event.text += u' ' + tr("It suggests the server %1.").arg(*disconnect.properties.serverReference);
    event.properties = std::move(disconnect.properties);
    event.closeConnection = true;
    m_events.push_back(std::move(event));
    m_wantsClose = true;
}

} // namespace Mqtt
