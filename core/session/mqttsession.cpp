// SPDX-License-Identifier: MIT
// Mqtt::Session: the connection lifecycle, input framing and dispatch, CONNACK, keep-alive and the output helpers.
// Broker packets after CONNACK are handled in mqttsessioninbound.cpp; our own requests, and what becomes of them
// when a new connection resumes or loses the session, in mqttsessionoutbound.cpp.

#include "session/mqttsession.h"

#include "codec/mqttreason.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Mqtt {

namespace {

QLatin1StringView packetName(PacketType type)
{
    switch (type) {
    case PacketType::Connect:
        return "CONNECT"_L1;
    case PacketType::ConnAck:
        return "CONNACK"_L1;
    case PacketType::Publish:
        return "PUBLISH"_L1;
    case PacketType::PubAck:
        return "PUBACK"_L1;
    case PacketType::PubRec:
        return "PUBREC"_L1;
    case PacketType::PubRel:
        return "PUBREL"_L1;
    case PacketType::PubComp:
        return "PUBCOMP"_L1;
    case PacketType::Subscribe:
        return "SUBSCRIBE"_L1;
    case PacketType::SubAck:
        return "SUBACK"_L1;
    case PacketType::Unsubscribe:
        return "UNSUBSCRIBE"_L1;
    case PacketType::UnsubAck:
        return "UNSUBACK"_L1;
    case PacketType::PingReq:
        return "PINGREQ"_L1;
    case PacketType::PingResp:
        return "PINGRESP"_L1;
    case PacketType::Disconnect:
        return "DISCONNECT"_L1;
    case PacketType::Auth:
        return "AUTH"_L1;
    case PacketType::Reserved:
        break;
    }
    return "reserved"_L1;
}

} // namespace

Session::Session(SessionConfig config)
    : m_config(std::move(config))
{
    m_connect.version = m_config.connect.version;
    m_decoder.setProtocolVersion(m_connect.version);
}

void Session::setConfig(SessionConfig config)
{
    if (config.connect.clientId != m_config.connect.clientId)
        m_assignedClientId.clear();
    m_config = std::move(config);
    if (m_state == State::Idle) // a connection keeps the version it started with
        m_connect.version = m_config.connect.version;
}

void Session::setTrafficTracing(bool on)
{
    m_tracing = on;
    if (!on)
        m_traffic.clear();
}

// ---------------------------------------------------------------------------------------------------------------
// Transport lifecycle

void Session::connectionOpened(qint64 nowMs)
{
    if (m_state != State::Idle)
        connectionClosed();

    const ProtocolVersion version = m_config.connect.version;
    const bool v5 = version == ProtocolVersion::V5;
    Connect connect = m_config.connect;
    if (v5) {
        if (m_config.receiveMaximum != 65535 && m_config.receiveMaximum != 0)
            connect.properties.receiveMaximum = m_config.receiveMaximum;
        if (m_config.maximumPacketSize != 0)
            connect.properties.maximumPacketSize = m_config.maximumPacketSize;
        if (m_config.topicAliasMaximum != 0)
            connect.properties.topicAliasMaximum = m_config.topicAliasMaximum;
    } else {
        connect.properties = {};
        if (connect.will)
            connect.will->properties = {};
    }
    // A broker-assigned identifier is what lets a later connection resume the session it created.
    if (connect.clientId.isEmpty() && !connect.cleanStart && !m_assignedClientId.isEmpty())
        connect.clientId = m_assignedClientId;

    m_ownReceiveMaximum = connect.properties.receiveMaximum.value_or(65535);
    m_ownTopicAliasMaximum = connect.properties.topicAliasMaximum.value_or(0);
    m_decoder.setProtocolVersion(version);
    m_decoder.setMaximumPacketSize(connect.properties.maximumPacketSize.value_or(0));
    m_decoder.setTopicAliasMaximum(m_ownTopicAliasMaximum);
    m_decoder.setRecordPropertyOrder(m_config.deliverAsReceived);

    m_connect = connect;
    m_outboundAliasesEnabled = v5 && m_config.outboundTopicAliases;
    m_state = State::AwaitingConnAck;
    m_wantsClose = false;
    m_inBuffer.clear();
    m_limits = {};
    m_keepAliveSeconds = connect.keepAliveSeconds;
    m_pingSentMs = -1;
    m_receivedSincePing = false;
    m_inboundAliases.assign(m_ownTopicAliasMaximum + 1, QString());
    m_outboundAliases.clear();
    m_outboundAliasTopics.clear();

    send(m_connect, nowMs);
}

void Session::connectionClosed()
{
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;
    m_inBuffer.clear();
    m_pingSentMs = -1;
    m_inboundAliases.clear();
    m_outboundAliases.clear();
    m_outboundAliasTopics.clear();
    failPendingAcks(tr("The connection closed before the broker answered the request."));
}

void Session::discardSession()
{
    const QString text = tr("The session was discarded before the broker confirmed the message.");
    for (InFlightPublish &entry : m_inFlight.takeAll()) {
        m_packetIds.release(entry.message.packetId);
        addEvent(SessionEvent::Type::PublishFailed, entry.token, text);
    }
    const QString queuedText = tr("The session was discarded before the request could be sent.");
    for (const Request &request : std::exchange(m_queue, {}))
        failRequest(request, queuedText, ReasonCode::UnspecifiedError);
    m_queuedWithoutWindow = 0;
    failPendingAcks(queuedText);
    m_incomingQos2.reset();
    m_incomingQos2Count = 0;
    m_packetIds.clear();
    m_hadSession = false;
}

// ---------------------------------------------------------------------------------------------------------------
// Input

void Session::receiveBytes(QByteArrayView chunk, qint64 nowMs)
{
    // A packet begun in an earlier chunk is completed with just the bytes it lacks, so that the rest of this chunk is
    // decoded in place instead of being copied behind it (a client that feeds a large read in slices splits a packet
    // at nearly every slice).
    while (!m_inBuffer.isEmpty() && !chunk.isEmpty() && !m_wantsClose) {
        const qsizetype take = std::min(chunk.size(), bytesToCompletePacket());
        m_inBuffer.append(chunk.first(take));
        chunk = chunk.sliced(take);
        const qsizetype used = decodeAll(m_inBuffer, nowMs); // also rejects an oversized packet by its header
        m_inBuffer.remove(0, used);
    }
    if (m_wantsClose) {
        m_inBuffer.clear();
        return;
    }
    if (chunk.isEmpty())
        return;
    // The common case: decode straight from the caller's chunk and keep only an incomplete tail.
    const qsizetype used = decodeAll(chunk, nowMs);
    if (!m_wantsClose && used < chunk.size())
        m_inBuffer.append(chunk.sliced(used));
}

qsizetype Session::bytesToCompletePacket() const
{
    // Fixed header: one byte, then the Remaining Length in one to four bytes of 7 bits each (MQTT 1.5.5).
    quint64 remaining = 0;
    for (qsizetype i = 1; i < std::min<qsizetype>(m_inBuffer.size(), 5); ++i) {
        const quint8 byte = quint8(m_inBuffer.at(i));
        remaining |= quint64(byte & 0x7f) << (7 * (i - 1));
        if (!(byte & 0x80))
            return qsizetype(std::max<qint64>(qint64(1 + i) + qint64(remaining) - m_inBuffer.size(), 1));
    }
    // The length is still incomplete: up to the longest header (or a malformed length, which the decoder reports).
    return std::max<qsizetype>(5 - m_inBuffer.size(), 1);
}

std::vector<Publish> Session::takeMessages()
{
    m_lastMessageCount = m_messages.size();
    std::vector<Publish> messages(
        std::make_move_iterator(m_messages.begin()), std::make_move_iterator(m_messages.end()));
    m_messages = QList<Publish>();
    return messages;
}

void Session::takeMessages(QList<Publish> &batch)
{
    batch.clear(); // keeps its storage
    batch.swap(m_messages);
    m_lastMessageCount = batch.size();
    // Storage far beyond what this batch needed is let go, so that one burst does not stay pinned.
    if (m_messages.capacity() > 2 * std::max<qsizetype>(m_lastMessageCount, 256))
        m_messages = QList<Publish>();
}

qsizetype Session::decodeAll(QByteArrayView data, qint64 nowMs)
{
    // Room for as many messages as the last batch held, but never more than the bytes could carry.
    if (m_messages.capacity() == 0 && m_lastMessageCount > 1)
        m_messages.reserve(std::min(m_lastMessageCount, data.size() / 8 + 1));
    qsizetype offset = 0;
    while (offset < data.size() && !m_wantsClose) {
        DecodeResult result = m_decoder.decode(data.sliced(offset));
        if (result.status == DecodeResult::Status::NeedMore)
            break;
        if (result.status == DecodeResult::Status::Malformed || result.consumed <= 0
            || result.consumed > data.size() - offset) {
            const quint8 code = result.reasonCode >= 0x80 ? result.reasonCode : quint8(ReasonCode::MalformedPacket);
            // The decoder's sentence already names the packet and the rule it breaks.
            violation(code, result.error.isEmpty() ? tr("The broker sent a malformed packet.") : result.error);
            break;
        }
        offset += result.consumed;
        if (m_trace) [[unlikely]]
            trace(result.packet, quint32(result.consumed));
        handle(std::move(result.packet), nowMs);
    }
    return offset;
}

void Session::trace(const Packet &packet, quint32 size)
{
    // The flood's case first: a received PUBLISH, without the general description's visit.
    if (const auto *publish = std::get_if<Publish>(&packet)) {
        TracedPacket &traced = m_trace->emplace_back();
        traced.topic = publish->topic;
        // Under an alias the packet carries no topic: the timeline shows the one the alias stands for (if it is not
        // valid, onPublish() closes the connection right after).
        const std::optional<quint16> alias = publish->properties.topicAlias;
        if (traced.topic.isEmpty() && alias && *alias < m_inboundAliases.size())
            traced.topic = m_inboundAliases[*alias];
        traced.size = size;
        traced.packetId = publish->packetId;
        traced.type = PacketType::Publish;
        traced.qos = publish->qos;
        traced.version = m_connect.version;
        return;
    }
    m_trace->push_back(TracedPacket::describe(packet, false, size, m_connect.version));
}

void Session::handlePacket(const Packet &packet, qint64 nowMs)
{
    if (m_wantsClose)
        return;
    handle(Packet(packet), nowMs);
}

void Session::handle(Packet &&packet, qint64 nowMs)
{
    if (m_tracing)
        m_traffic.emplace_back(false, packet);
    m_receivedSincePing = true;

    const PacketType type = packetType(packet);
    switch (type) {
    case PacketType::ConnAck:
        onConnAck(std::get<ConnAck>(std::move(packet)), nowMs);
        return;
    case PacketType::Disconnect:
        onDisconnect(std::get<Disconnect>(std::move(packet)));
        return;
    case PacketType::Auth:
        if (m_connect.version != ProtocolVersion::V5) {
            violation(ReasonCode::ProtocolError,
                tr("The broker sent an AUTH packet, which MQTT %1 does not have.")
                    .arg(m_connect.version == ProtocolVersion::V31 ? u"3.1"_s : u"3.1.1"_s));
            return;
        }
        if (m_state == State::Idle) {
            violation(ReasonCode::ProtocolError, tr("The broker sent an AUTH packet before the client connected."));
            return;
        }
        if (!m_connect.properties.authenticationMethod) {
            violation(ReasonCode::ProtocolError,
                tr("The broker sent an AUTH packet although the client did not ask for enhanced authentication "
                   "[MQTT-4.12.0-6]."));
            return;
        }
        {
            const Auth &auth = std::get<Auth>(packet);
            SessionEvent event;
            event.type = SessionEvent::Type::AuthReceived;
            event.reasonCode = auth.reasonCode;
            event.properties = auth.properties;
            event.text = tr("The broker sent an AUTH packet (%1).").arg(reasonInWords(auth.reasonCode, type));
            m_events.push_back(std::move(event));
        }
        return;
    case PacketType::Connect:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
    case PacketType::PingReq:
    case PacketType::Reserved:
        violation(ReasonCode::ProtocolError,
            tr("The broker sent a %1 packet, which only a client may send.").arg(packetName(type)));
        return;
    default:
        break;
    }

    if (m_state != State::Connected) {
        violation(ReasonCode::ProtocolError,
            tr("The broker sent a %1 packet before accepting the connection with CONNACK.").arg(packetName(type)));
        return;
    }

    switch (type) {
    case PacketType::Publish:
        onPublish(std::get<Publish>(std::move(packet)), nowMs);
        break;
    case PacketType::PubAck:
        onPubAck(std::get<PublishAck>(packet), nowMs);
        break;
    case PacketType::PubRec:
        onPubRec(std::get<PublishAck>(packet), nowMs);
        break;
    case PacketType::PubRel:
        onPubRel(std::get<PublishAck>(packet), nowMs);
        break;
    case PacketType::PubComp:
        onPubComp(std::get<PublishAck>(packet), nowMs);
        break;
    case PacketType::SubAck:
        onSubAck(std::get<SubAck>(std::move(packet)), nowMs);
        break;
    case PacketType::UnsubAck:
        onUnsubAck(std::get<UnsubAck>(std::move(packet)), nowMs);
        break;
    case PacketType::PingResp:
        m_pingSentMs = -1; // an unsolicited PINGRESP is harmless
        break;
    default:
        break;
    }
}

void Session::violation(quint8 reasonCode, const QString &text)
{
    if (m_wantsClose)
        return;
    SessionEvent event;
    event.type = SessionEvent::Type::ProtocolViolation;
    event.reasonCode = reasonCode;
    event.text = text;
    event.closeConnection = true;
    m_events.push_back(std::move(event));
    // 4.13: under MQTT 5 the client says why before closing; earlier versions just close.
    if (m_connect.version == ProtocolVersion::V5 && m_state != State::Idle) {
        Disconnect disconnect;
        disconnect.reasonCode = reasonCode;
        send(disconnect, m_lastSendMs);
    }
    m_wantsClose = true;
}

// ---------------------------------------------------------------------------------------------------------------
// CONNACK

void Session::onConnAck(ConnAck &&connAck, qint64 nowMs)
{
    if (m_state == State::Connected) {
        violation(ReasonCode::ProtocolError, tr("The broker sent a second CONNACK on the same connection."));
        return;
    }
    if (m_state != State::AwaitingConnAck) {
        violation(ReasonCode::ProtocolError, tr("The broker sent a CONNACK before the client sent CONNECT."));
        return;
    }
    const bool v5 = m_connect.version == ProtocolVersion::V5;
    if (connAck.reasonCode != ReasonCode::Success) {
        SessionEvent event;
        event.type = SessionEvent::Type::ConnectionRefused;
        event.reasonCode = connAck.reasonCode;
        // An MQTT 5 CONNECT refused for its version (a 3.1.1-only broker's return code 1 arrives as 0x84 too):
        // say what to do rather than the code's bare words.
        const QString words = v5 && connAck.reasonCode == ReasonCode::UnsupportedProtocolVersion
            ? tr("the broker does not support MQTT 5; use MQTT 3.1.1")
            : reasonInWords(connAck.reasonCode, PacketType::ConnAck);
        event.text = tr("The broker refused the connection: %1.").arg(words) + brokerSaid(connAck.properties);
        if (connAck.properties.serverReference)
            event.text += u' ' + tr("It suggests the server %1.").arg(*connAck.properties.serverReference);
        event.properties = connAck.properties;
        event.connAck = std::move(connAck);
        event.closeConnection = true;
        m_events.push_back(std::move(event));
        m_wantsClose = true;
        return;
    }
    if (v5 && m_connect.cleanStart && connAck.sessionPresent) {
        violation(ReasonCode::ProtocolError,
            tr("The broker reported an existing session although the client asked for a clean start "
               "[MQTT-3.2.2-2]."));
        return;
    }
    QString limitsError;
    ServerLimits limits = ServerLimits::fromConnAck(connAck, &limitsError);
    if (!limitsError.isEmpty()) {
        violation(ReasonCode::ProtocolError, limitsError);
        return;
    }
    m_limits = std::move(limits);
    if (m_limits.serverKeepAlive) // [MQTT-3.2.2-21]
        m_keepAliveSeconds = *m_limits.serverKeepAlive;
    if (m_limits.assignedClientIdentifier)
        m_assignedClientId = *m_limits.assignedClientIdentifier;

    // 3.1 has no Session Present flag: a broker keeps the session exactly when clean session is 0. After a clean
    // start there is no session to resume, whatever a 3.1.1 broker says (3.1.1 section 3.1.2.4).
    const bool sessionPresent
        = !m_connect.cleanStart && (m_connect.version == ProtocolVersion::V31 || connAck.sessionPresent);
    m_state = State::Connected;
    m_pingSentMs = -1;

    SessionEvent event;
    event.type = SessionEvent::Type::Connected;
    event.text = sessionPresent ? tr("Connected to the broker, which resumed the previous session.")
                                : tr("Connected to the broker with a new session.");
    event.properties = connAck.properties;
    event.connAck = std::move(connAck);
    event.connAck.sessionPresent = sessionPresent;
    m_events.push_back(std::move(event));

    restoreSession(sessionPresent, nowMs);
    m_hadSession = true;
    flushQueue(nowMs);
}

// ---------------------------------------------------------------------------------------------------------------
// Keep-alive

qint64 Session::pingGraceMs() const
{
    // How long a PINGRESP may take: half the keep-alive, but at least a few seconds for slow links.
    return std::max<qint64>(keepAliveMs() / 2, 5000);
}

void Session::tick(qint64 nowMs)
{
    if (!isConnected() || m_keepAliveSeconds == 0)
        return;
    if (m_pingSentMs >= 0) {
        if (nowMs < m_pingSentMs + pingGraceMs())
            return;
        if (!m_receivedSincePing) {
            SessionEvent event;
            event.type = SessionEvent::Type::KeepAliveTimeout;
            event.text = tr("The broker did not answer the keep-alive ping within %n second(s), so the connection "
                            "is considered lost.",
                nullptr, int(pingGraceMs() / 1000));
            event.closeConnection = true;
            m_events.push_back(std::move(event));
            m_wantsClose = true;
            return;
        }
        m_pingSentMs = -1; // other packets arrived meanwhile: the connection is alive
    }
    if (nowMs >= m_lastSendMs + keepAliveMs()) {
        if (!send(PingReq {}, nowMs)) {
            cannotSend(PacketType::PingReq, 2);
            return;
        }
        m_pingSentMs = nowMs;
        m_receivedSincePing = false;
    }
}

qint64 Session::nextDeadline() const
{
    if (!isConnected() || m_keepAliveSeconds == 0)
        return -1;
    if (m_pingSentMs >= 0)
        return m_pingSentMs + pingGraceMs();
    return m_lastSendMs + keepAliveMs();
}

// ---------------------------------------------------------------------------------------------------------------
// Output helpers

bool Session::send(const Packet &packet, qint64 nowMs)
{
    const qsizetype before = m_outgoing.size();
    encodeInto(m_outgoing, packet, m_connect.version);
    // Requests are measured before they get here; this is the last guard for everything else [MQTT-3.2.2-15].
    if (m_limits.maximumPacketSize != 0 && m_outgoing.size() - before > qsizetype(m_limits.maximumPacketSize)) {
        m_outgoing.truncate(before);
        return false;
    }
    m_lastSendMs = nowMs;
    if (m_tracing)
        m_traffic.emplace_back(true, packet);
    if (m_trace) [[unlikely]] {
        TracedPacket &traced = m_trace->emplace_back(
            TracedPacket::describe(packet, true, quint32(m_outgoing.size() - before), m_connect.version));
        const auto *publish = std::get_if<Publish>(&packet);
        if (publish && traced.topic.isEmpty() && publish->properties.topicAlias)
            traced.topic = m_outboundAliasTopics.value(*publish->properties.topicAlias); // ours, under an alias
    }
    return true;
}

void Session::sendAck(PacketType type, quint16 packetId, quint8 reasonCode, qint64 nowMs)
{
    constexpr quint32 shortAckSize = 4;
    if (reasonCode == ReasonCode::Success && !m_tracing
        && (m_limits.maximumPacketSize == 0 || m_limits.maximumPacketSize >= shortAckSize)) {
        // The hot path of a QoS 1/2 flood. Remaining Length 2, the identifier alone, is the same in every version
        // (MQTT 5 reads it as Success without properties, 3.4.2.1); PUBREL carries flags 0010 [MQTT-3.6.1-1].
        const quint8 flags = type == PacketType::PubRel ? 0x02 : 0x00;
        const char bytes[shortAckSize]
            = { char(quint8(type) << 4 | flags), 2, char(packetId >> 8), char(packetId & 0xFF) };
        m_outgoing.append(bytes, shortAckSize);
        m_lastSendMs = nowMs;
        if (m_trace) [[unlikely]] {
            TracedPacket traced;
            traced.type = type;
            traced.packetId = packetId;
            traced.size = shortAckSize;
            traced.hasReasonCode = true;
            traced.outgoing = true;
            traced.version = m_connect.version;
            m_trace->push_back(std::move(traced));
        }
        return;
    }
    Packet packet(std::in_place_type<PublishAck>);
    PublishAck &ack = std::get<PublishAck>(packet);
    ack.type = type;
    ack.packetId = packetId;
    ack.reasonCode = reasonCode;
    if (!send(packet, nowMs))
        cannotSend(type, encodedSize(packet, m_connect.version));
}

void Session::cannotSend(PacketType type, qsizetype size)
{
    violation(ReasonCode::ImplementationSpecificError,
        tr("The broker accepts packets of at most %n byte(s), too few for the %1 of %2 bytes that the protocol "
           "needs next, so the connection cannot go on.",
            nullptr, int(m_limits.maximumPacketSize))
            .arg(packetName(type))
            .arg(size));
}

void Session::addEvent(SessionEvent::Type type, Token token, QString text, quint8 reasonCode)
{
    SessionEvent event;
    event.type = type;
    event.token = token;
    event.text = std::move(text);
    event.reasonCode = reasonCode;
    m_events.push_back(std::move(event));
}

QString Session::reasonInWords(quint8 reasonCode, PacketType context) const
{
    return reasonCodeText(reasonCode, context, m_connect.version);
}

QString Session::brokerSaid(const Properties &properties)
{
    if (!properties.reasonString || properties.reasonString->isEmpty())
        return {};
    return u' ' + tr("The broker said: \"%1\".").arg(*properties.reasonString);
}

} // namespace Mqtt
