// SPDX-License-Identifier: MIT
// Mqtt::Session, outbound half: the publish, subscribe and unsubscribe commands, the queue of requests waiting
// for CONNACK or for room in the broker's Receive Maximum window, and outbound topic aliases. The inbound half
// (packets from the broker, keep-alive, the connection lifecycle) is in mqttsession.cpp.

#include "session/mqttsession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mqtt {

namespace {
// Payloads above this are measured before sending even when the broker set no Maximum Packet Size, because
// the protocol itself cannot frame more than 268,435,455 bytes.
constexpr qsizetype LargePayload = 256 * 1024 * 1024;
} // namespace

Token Session::publish(Publish message, qint64 nowMs)
{
    // The session chooses identifiers and DUP. A Topic Alias in the message is the caller's choice (a publish panel
    // offers it): it is checked against the broker's Topic Alias Maximum when sent. A client PUBLISH carries no
    // Subscription Identifier [MQTT-3.3.4-6].
    message.packetId = 0;
    message.dup = false;
    message.properties.subscriptionIdentifiers.clear();
    return enqueue(Request { 0, std::move(message) }, nowMs);
}

Token Session::subscribe(QList<Subscription> subscriptions, Properties properties, qint64 nowMs)
{
    Subscribe subscribe;
    subscribe.subscriptions = std::move(subscriptions);
    subscribe.properties = std::move(properties);
    return enqueue(Request { 0, std::move(subscribe) }, nowMs);
}

Token Session::unsubscribe(QStringList filters, Properties properties, qint64 nowMs)
{
    Unsubscribe unsubscribe;
    unsubscribe.filters = std::move(filters);
    unsubscribe.properties = std::move(properties);
    return enqueue(Request { 0, std::move(unsubscribe) }, nowMs);
}

bool Session::sendAuth(const Auth &auth, qint64 nowMs)
{
    // [MQTT-4.12.0-7]: AUTH only follows a CONNECT that named an Authentication Method.
    if (m_connect.version != ProtocolVersion::V5 || m_state == State::Idle || m_wantsClose
        || !m_connect.properties.authenticationMethod)
        return false;
    send(auth, nowMs);
    return true;
}

void Session::disconnect(const Disconnect &disconnect)
{
    if (m_state == State::Idle || m_wantsClose) {
        m_wantsClose = true;
        return;
    }
    Disconnect out;
    if (m_connect.version == ProtocolVersion::V5) {
        out = disconnect;
        // 3.14.2.2.2: raising the Session Expiry Interval from 0 on DISCONNECT is a protocol error.
        if (out.properties.sessionExpiryInterval.value_or(0) != 0
            && m_connect.properties.sessionExpiryInterval.value_or(0) == 0)
            out.properties.sessionExpiryInterval.reset();
    }
    send(out, m_lastSendMs);
    m_wantsClose = true;
}

Token Session::enqueue(Request request, qint64 nowMs)
{
    request.token = m_nextToken++;
    const Token token = request.token;

    // What no broker would accept fails now, whether or not a connection is up.
    const ServerLimits defaults;
    quint8 code = ReasonCode::Success;
    QString why;
    if (const auto *publish = std::get_if<Publish>(&request.packet))
        why = defaults.checkPublish(*publish, m_connect.version, &code);
    else if (const auto *subscribe = std::get_if<Subscribe>(&request.packet))
        why = defaults.checkSubscribe(*subscribe, m_connect.version, &code);
    else if (const auto *unsubscribe = std::get_if<Unsubscribe>(&request.packet))
        why = defaults.checkUnsubscribe(*unsubscribe, &code);
    if (!why.isEmpty()) {
        failRequest(request, why, code);
        return token;
    }

    const bool windowed = needsWindow(request);
    // Publishes waiting for the window keep their order: a new one queues behind them.
    if (isConnected() && (!windowed || m_queue.empty()) && dispatch(request, nowMs) == SendResult::Done)
        return token;
    if (!windowed)
        ++m_queuedWithoutWindow;
    m_queue.push_back(std::move(request));
    return token;
}

bool Session::needsWindow(const Request &request)
{
    const auto *publish = std::get_if<Publish>(&request.packet);
    return publish && publish->qos > 0;
}

Session::SendResult Session::dispatch(Request &request, qint64 nowMs)
{
    if (auto *publish = std::get_if<Publish>(&request.packet))
        return sendPublish(request.token, *publish, nowMs);
    if (auto *subscribe = std::get_if<Subscribe>(&request.packet))
        return sendSubscribe(request.token, *subscribe, nowMs);
    return sendUnsubscribe(request.token, std::get<Unsubscribe>(request.packet), nowMs);
}

void Session::flushQueue(qint64 nowMs)
{
    if (!isConnected() || m_queue.empty())
        return;
    std::deque<Request> kept; // requests that still wait, in order, ahead of those not looked at
    qsizetype unvisitedWithoutWindow = m_queuedWithoutWindow;
    qsizetype keptWithoutWindow = 0;
    bool windowFull = false;
    while (!m_queue.empty() && isConnected()) {
        // Once the window is full, the rest waits too unless it does not need the window.
        if (windowFull && unvisitedWithoutWindow == 0)
            break;
        Request request = std::move(m_queue.front());
        m_queue.pop_front();
        const bool windowed = needsWindow(request);
        if (!windowed)
            --unvisitedWithoutWindow;
        if (windowed && windowFull) {
            kept.push_back(std::move(request));
            continue;
        }
        if (dispatch(request, nowMs) == SendResult::Wait) {
            if (windowed)
                windowFull = true;
            else
                ++keptWithoutWindow;
            kept.push_back(std::move(request));
        }
    }
    m_queuedWithoutWindow = keptWithoutWindow + unvisitedWithoutWindow;
    m_queue.insert(m_queue.begin(), std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
}

Session::SendResult Session::sendPublish(Token token, Publish &message, qint64 nowMs)
{
    const ProtocolVersion version = m_connect.version;
    quint8 code = ReasonCode::Success;
    QString why = m_limits.checkPublish(message, version, &code);
    if (why.isEmpty() && version == ProtocolVersion::V5)
        why = m_limits.checkTopicAlias(message, &code); // [MQTT-3.3.2-9]
    if (why.isEmpty() && (m_limits.maximumPacketSize != 0 || message.payload.size() > LargePayload)) {
        // Measured with the full topic: an alias only exists on this connection, a resend may need the topic.
        why = m_limits.checkPacketSize(encodedSize(message, version), &code); // [MQTT-3.2.2-15]
    }
    if (!why.isEmpty()) {
        SessionEvent event;
        event.type = SessionEvent::Type::PublishFailed;
        event.token = token;
        event.reasonCode = code;
        event.text = why;
        m_events.push_back(std::move(event));
        return SendResult::Done;
    }
    if (message.qos == 0) {
        writePublish(message, nowMs);
        SessionEvent event;
        event.type = SessionEvent::Type::PublishCompleted;
        event.token = token;
        m_events.push_back(std::move(event));
        return SendResult::Done;
    }
    // [MQTT-3.3.4-7], [MQTT-4.9.0-2]: no more unacknowledged QoS 1 and 2 publishes than the Receive Maximum.
    if (m_inFlight.count() >= sendWindow() || m_packetIds.isFull())
        return SendResult::Wait;
    message.packetId = m_packetIds.allocate(); // [MQTT-2.2.1-3]
    writePublish(message, nowMs);
    m_inFlight.insert(token, std::move(message));
    return SendResult::Done;
}

quint16 Session::sendWindow() const
{
    constexpr quint16 defaultV3Window = 20; // as libmosquitto and Paho; what mosquitto accepts by default
    quint16 own = m_config.maximumInFlight;
    if (own == 0)
        own = m_connect.version == ProtocolVersion::V5 ? quint16(65535) : defaultV3Window;
    return std::min(m_limits.receiveMaximum, own);
}

void Session::writePublish(const Publish &message, qint64 nowMs)
{
    if (m_connect.version == ProtocolVersion::V5 && message.properties.topicAlias) {
        // An alias the caller chose. Sent with the topic, it (re)binds the alias to the topic on this connection;
        // once bound, later messages send it alone [MQTT-3.3.2-12]. Automatic aliases stop for the rest of the
        // connection, as the chosen alias may have taken one of theirs.
        const quint16 alias = *message.properties.topicAlias;
        m_outboundAliases.clear();
        m_chosenAliasesUsed = true;
        Publish wire = message;
        if (m_chosenAliases.value(alias) == message.topic)
            wire.topic.clear();
        else
            m_chosenAliases.insert(alias, message.topic);
        send(wire, nowMs);
        return;
    }
    const quint16 aliasMaximum = m_chosenAliasesUsed ? 0 : m_limits.topicAliasMaximum;
    if (m_connect.version != ProtocolVersion::V5 || !m_outboundAliasesEnabled || aliasMaximum == 0) {
        send(message, nowMs); // [MQTT-3.2.2-18]: no Topic Alias Maximum, no aliases
        return;
    }
    Publish wire = message;
    const auto it = m_outboundAliases.constFind(message.topic);
    if (it != m_outboundAliases.cend()) {
        wire.topic.clear();
        wire.properties.topicAlias = *it;
    } else if (m_outboundAliases.size() < aliasMaximum) { // [MQTT-3.2.2-17]
        const auto alias = quint16(m_outboundAliases.size() + 1);
        m_outboundAliases.insert(message.topic, alias);
        wire.properties.topicAlias = alias;
    }
    send(wire, nowMs);
}

Session::SendResult Session::sendSubscribe(Token token, Subscribe &subscribe, qint64 nowMs)
{
    const ProtocolVersion version = m_connect.version;
    quint8 code = ReasonCode::Success;
    const QString why = m_limits.checkSubscribe(subscribe, version, &code);
    if (!why.isEmpty()) {
        addEvent(SessionEvent::Type::SubscribeFailed, token, why, code);
        return SendResult::Done;
    }
    if (m_packetIds.isFull())
        return SendResult::Wait;
    subscribe.packetId = m_packetIds.allocate();
    if (version != ProtocolVersion::V5)
        subscribe.properties = {};
    PendingAck pending;
    pending.token = token;
    pending.type = PacketType::Subscribe;
    pending.filters.reserve(subscribe.subscriptions.size());
    for (const Subscription &subscription : std::as_const(subscribe.subscriptions))
        pending.filters.append(subscription.filter);
    m_pendingAcks.insert(subscribe.packetId, std::move(pending));
    send(subscribe, nowMs);
    return SendResult::Done;
}

Session::SendResult Session::sendUnsubscribe(Token token, Unsubscribe &unsubscribe, qint64 nowMs)
{
    quint8 code = ReasonCode::Success;
    const QString why = m_limits.checkUnsubscribe(unsubscribe, &code);
    if (!why.isEmpty()) {
        addEvent(SessionEvent::Type::UnsubscribeFailed, token, why, code);
        return SendResult::Done;
    }
    if (m_packetIds.isFull())
        return SendResult::Wait;
    unsubscribe.packetId = m_packetIds.allocate();
    if (m_connect.version != ProtocolVersion::V5)
        unsubscribe.properties = {};
    PendingAck pending;
    pending.token = token;
    pending.type = PacketType::Unsubscribe;
    pending.filters = unsubscribe.filters;
    m_pendingAcks.insert(unsubscribe.packetId, std::move(pending));
    send(unsubscribe, nowMs);
    return SendResult::Done;
}

void Session::failRequest(const Request &request, const QString &text, quint8 reasonCode)
{
    SessionEvent::Type type = SessionEvent::Type::PublishFailed;
    if (std::holds_alternative<Subscribe>(request.packet))
        type = SessionEvent::Type::SubscribeFailed;
    else if (std::holds_alternative<Unsubscribe>(request.packet))
        type = SessionEvent::Type::UnsubscribeFailed;
    addEvent(type, request.token, text, reasonCode);
}

void Session::failPendingAcks(const QString &text)
{
    // In packet identifier order, which is the order they were sent unless the identifiers wrapped.
    QList<quint16> ids = m_pendingAcks.keys();
    std::sort(ids.begin(), ids.end());
    for (const quint16 id : std::as_const(ids)) {
        const PendingAck pending = m_pendingAcks.take(id);
        m_packetIds.release(id);
        addEvent(pending.type == PacketType::Subscribe ? SessionEvent::Type::SubscribeFailed
                                                       : SessionEvent::Type::UnsubscribeFailed,
            pending.token, text, ReasonCode::UnspecifiedError);
    }
}

} // namespace Mqtt
