// SPDX-License-Identifier: MIT
// Mqtt::Session, outbound half: the publish, subscribe and unsubscribe commands, the queue of requests waiting
// for CONNACK or for room in the broker's Receive Maximum window, outbound topic aliases, and what becomes of the
// messages in flight when a new connection resumes or loses the session. The broker's packets are handled in
// mqttsessioninbound.cpp, the connection lifecycle and keep-alive in mqttsession.cpp.

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
    // The session chooses identifiers and DUP. A Topic Alias the caller chose is kept: on each connection it goes
    // with the topic the first time and alone after that. A client PUBLISH carries no Subscription Identifier
    // [MQTT-3.3.4-6].
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
    return sendDroppingOptionalProperties(auth, nowMs);
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
    // When not even that fits, the reason code alone still says whether the broker is to publish the will.
    if (!sendDroppingOptionalProperties(out, m_lastSendMs))
        send(Disconnect { out.reasonCode, {} }, m_lastSendMs);
    m_wantsClose = true;
}

template<typename T>
bool Session::sendDroppingOptionalProperties(T packet, qint64 nowMs)
{
    // [MQTT-3.14.2-3], [MQTT-3.14.2-4], [MQTT-3.15.2-2], [MQTT-3.15.2-3]: these two may be left out to respect the
    // broker's Maximum Packet Size; the broker's words matter less than the machine-readable properties.
    if (send(packet, nowMs))
        return true;
    if (packet.properties.reasonString) {
        packet.properties.reasonString.reset();
        if (send(packet, nowMs))
            return true;
    }
    if (packet.properties.userProperties.isEmpty())
        return false;
    packet.properties.userProperties.clear();
    return send(packet, nowMs);
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

void Session::resendPending(qint64 nowMs)
{
    // The resumed session's messages go before anything new, in their order, as the window frees.
    for (InFlightPublish *entry : m_inFlight.inOrder()) {
        if (m_inFlight.resendPendingCount() == 0 || m_inFlight.count() - m_inFlight.resendPendingCount() >= sendWindow()
            || m_wantsClose)
            return;
        if (!entry->resendPending)
            continue;
        m_inFlight.setResendPending(entry, false);
        entry->message.dup = true; // [MQTT-3.3.1-1]
        writePublish(entry->message, nowMs);
    }
}

void Session::flushQueue(qint64 nowMs)
{
    if (isConnected() && m_inFlight.resendPendingCount() > 0) [[unlikely]]
        resendPending(nowMs);
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
    if (why.isEmpty() && version == ProtocolVersion::V5 && message.properties.topicAlias)
        why = m_limits.checkTopicAlias(*message.properties.topicAlias, &code); // [MQTT-3.3.2-9]
    if (why.isEmpty() && (m_limits.maximumPacketSize != 0 || message.payload.size() > LargePayload)) {
        // Measured with the full topic: an alias only exists on this connection, a resend may need the topic.
        why = m_limits.checkPacketSize(encodedSize(message, version), PacketType::Publish, &code); // [MQTT-3.2.2-15]
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
    // The caller measured the message with its full topic (and the alias the caller chose, if any), so that form
    // always fits.
    const bool v5 = m_connect.version == ProtocolVersion::V5;
    const quint16 aliasMaximum = m_limits.topicAliasMaximum;
    quint16 chosen = v5 ? message.properties.topicAlias.value_or(0) : 0; // 0: the caller chose none
    // A resend on a connection whose broker accepts fewer aliases goes with its topic only.
    if (chosen > aliasMaximum)
        chosen = 0;
    Publish wire = message;
    wire.properties.topicAlias.reset();
    if (!v5 || aliasMaximum == 0 || (chosen == 0 && !m_outboundAliasesEnabled)) {
        if (!send(wire, nowMs)) // [MQTT-3.2.2-18]: no Topic Alias Maximum, no aliases
            cannotSend(PacketType::Publish, encodedSize(wire, m_connect.version));
        return;
    }
    const auto bound = m_outboundAliases.constFind(message.topic);
    quint16 alias = 0;
    bool established = false; // the broker knows this alias stands for this topic: the topic can be left out
    if (chosen != 0) {
        alias = chosen;
        established = bound != m_outboundAliases.cend() && *bound == alias;
    } else if (bound != m_outboundAliases.cend()) {
        alias = *bound;
        established = true;
    } else if (m_outboundAliases.size() < aliasMaximum) { // [MQTT-3.2.2-17]
        alias = freeOutboundAlias();
    }
    if (alias != 0) {
        wire.properties.topicAlias = alias;
        if (established) {
            wire.topic.clear();
        } else if (chosen == 0 && (m_limits.maximumPacketSize != 0 || message.payload.size() > LargePayload)
            && !m_limits.fits(encodedSize(wire, m_connect.version))) {
            // A new alias adds its property to the full topic: near the broker's limit the message goes without.
            wire.properties.topicAlias.reset();
            alias = 0;
        }
        if (alias != 0 && !established)
            bindOutboundAlias(alias, message.topic);
    }
    if (!send(wire, nowMs))
        cannotSend(PacketType::Publish, encodedSize(wire, m_connect.version));
}

quint16 Session::freeOutboundAlias() const
{
    // The lowest alias not in use; without aliases the caller chose, that is the next one.
    auto alias = quint16(m_outboundAliases.size() + 1);
    if (!m_outboundAliasTopics.contains(alias))
        return alias;
    for (int candidate = 1; candidate <= int(m_limits.topicAliasMaximum); ++candidate) {
        if (!m_outboundAliasTopics.contains(quint16(candidate)))
            return quint16(candidate);
    }
    return 0;
}

void Session::bindOutboundAlias(quint16 alias, const QString &topic)
{
    // One topic per alias and one alias per topic: a new binding replaces what either had [MQTT-3.3.2-12].
    const auto previousTopic = m_outboundAliasTopics.constFind(alias);
    if (previousTopic != m_outboundAliasTopics.cend())
        m_outboundAliases.remove(*previousTopic);
    const auto previousAlias = m_outboundAliases.constFind(topic);
    if (previousAlias != m_outboundAliases.cend())
        m_outboundAliasTopics.remove(*previousAlias);
    m_outboundAliases.insert(topic, alias);
    m_outboundAliasTopics.insert(alias, topic);
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
    if (version != ProtocolVersion::V5)
        subscribe.properties = {};
    // [MQTT-3.2.2-15], measured as it will go out (the packet identifier's two bytes are there already).
    const QString tooLarge = m_limits.checkPacketSize(encodedSize(subscribe, version), PacketType::Subscribe, &code);
    if (!tooLarge.isEmpty()) {
        addEvent(SessionEvent::Type::SubscribeFailed, token, tooLarge, code);
        return SendResult::Done;
    }
    if (m_packetIds.isFull())
        return SendResult::Wait;
    subscribe.packetId = m_packetIds.allocate();
    PendingAck pending;
    pending.token = token;
    pending.type = PacketType::Subscribe;
    pending.filters.reserve(subscribe.subscriptions.size());
    for (const Subscription &subscription : std::as_const(subscribe.subscriptions))
        pending.filters.append(subscription.filter);
    m_pendingAcks.insert(subscribe.packetId, std::move(pending));
    if (!send(subscribe, nowMs)) // measured above, so only if the codec and the measure disagree
        cannotSend(PacketType::Subscribe, encodedSize(subscribe, m_connect.version));
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
    if (m_connect.version != ProtocolVersion::V5)
        unsubscribe.properties = {};
    const QString tooLarge
        = m_limits.checkPacketSize(encodedSize(unsubscribe, m_connect.version), PacketType::Unsubscribe, &code);
    if (!tooLarge.isEmpty()) {
        addEvent(SessionEvent::Type::UnsubscribeFailed, token, tooLarge, code);
        return SendResult::Done;
    }
    if (m_packetIds.isFull())
        return SendResult::Wait;
    unsubscribe.packetId = m_packetIds.allocate();
    PendingAck pending;
    pending.token = token;
    pending.type = PacketType::Unsubscribe;
    pending.filters = unsubscribe.filters;
    m_pendingAcks.insert(unsubscribe.packetId, std::move(pending));
    if (!send(unsubscribe, nowMs)) // measured above, so only if the codec and the measure disagree
        cannotSend(PacketType::Unsubscribe, encodedSize(unsubscribe, m_connect.version));
    return SendResult::Done;
}

// ---------------------------------------------------------------------------------------------------------------
// A new connection: resume or lose the session

void Session::restoreSession(bool sessionPresent, qint64 nowMs)
{
    if (sessionPresent) {
        // 4.4: resend unacknowledged PUBLISH packets (DUP set) and PUBREL packets in their original order,
        // before anything new [MQTT-4.4.0-1], [MQTT-4.6.0-1].
        // No more PUBLISH packets awaiting an answer than this connection's Receive Maximum [MQTT-3.3.4-7]: the
        // broker may have lowered it since; the rest go as answers free the window (resendPending()). An exchange
        // at PUBREL counts, as its PUBCOMP is still to come.
        QList<quint16> tooLargeIds;
        const qsizetype window = sendWindow();
        const std::vector<InFlightPublish *> entries = m_inFlight.inOrder();
        qsizetype awaiting = std::count_if(entries.cbegin(), entries.cend(),
            [](const InFlightPublish *entry) { return entry->stage == InFlightPublish::Stage::AwaitingPubComp; });
        for (InFlightPublish *entry : entries) {
            m_inFlight.setResendPending(entry, false);
            if (m_wantsClose)
                break;
            if (entry->stage == InFlightPublish::Stage::AwaitingPubComp) {
                sendAck(PacketType::PubRel, entry->message.packetId, ReasonCode::Success, nowMs);
                continue;
            }
            quint8 code = ReasonCode::Success;
            const QString tooLarge = m_limits.maximumPacketSize == 0
                ? QString()
                : m_limits.checkPacketSize(encodedSize(entry->message, m_connect.version), PacketType::Publish, &code);
            if (!tooLarge.isEmpty()) { // the broker lowered its Maximum Packet Size [MQTT-3.2.2-15]
                addEvent(SessionEvent::Type::PublishFailed, entry->token, tooLarge, code);
                tooLargeIds.append(entry->message.packetId);
                continue;
            }
            if (awaiting >= window) {
                m_inFlight.setResendPending(entry, true);
                continue;
            }
            entry->message.dup = true; // [MQTT-3.3.1-1]
            writePublish(entry->message, nowMs);
            ++awaiting;
        }
        for (const quint16 id : std::as_const(tooLargeIds)) { // after the loop: taking moves the table's entries
            InFlightPublish dropped;
            m_inFlight.take(id, &dropped);
            m_packetIds.release(id);
        }
        return;
    }

    // The broker has no session: nothing it owes us is pending, and the exchanges we had started are over
    // [MQTT-3.2.2-5]. What becomes of each message depends on what its QoS promised.
    m_incomingQos2.reset();
    m_incomingQos2Count = 0;
    if (m_hadSession) {
        addEvent(SessionEvent::Type::SubscriptionsLost, 0,
            tr("The broker did not keep the session, so the subscriptions must be made again."));
    }
    std::vector<InFlightPublish> entries = m_inFlight.takeAll();
    // QoS 1 (at least once) goes out again as a new message: a copy the broker may already have passed on is a
    // duplicate QoS 1 allows. QoS 2 (exactly once) cannot be finished honestly either way: a broker may pass a
    // message on as soon as it has it (4.3.3, method B), so sending it again could deliver it twice, and after
    // PUBREC it was the broker's to deliver, which it may not have done before it lost the session. Those fail.
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        m_packetIds.release(it->message.packetId);
        if (it->message.qos != 1)
            continue;
        Publish message = std::move(it->message);
        message.packetId = 0;
        message.dup = false;
        m_queue.push_front(Request { it->token, std::move(message) });
    }
    for (const InFlightPublish &entry : entries) {
        if (entry.message.qos == 1)
            continue;
        SessionEvent event;
        event.type = SessionEvent::Type::PublishFailed;
        event.token = entry.token;
        event.packetId = entry.message.packetId;
        event.reasonCode = ReasonCode::UnspecifiedError;
        event.text = sessionLostText(entry);
        m_events.push_back(std::move(event));
    }
}

QString Session::sessionLostText(const InFlightPublish &entry) const
{
    const QString &topic = entry.message.topic;
    const bool released = entry.stage == InFlightPublish::Stage::AwaitingPubComp;
    if (m_connect.cleanStart) {
        return released
            ? tr("The broker had received the QoS 2 message to \"%1\", but the connection ended before the exchange "
                 "completed and the new connection started a clean session, so it is unknown whether the message "
                 "was delivered; publish it again if it must arrive.")
                  .arg(topic)
            : tr("The connection ended before the broker acknowledged the QoS 2 message to \"%1\" and the new "
                 "connection started a clean session, so it is unknown whether the broker received it. It was not "
                 "sent again, because that could deliver it twice; publish it again if it must arrive.")
                  .arg(topic);
    }
    return released ? tr("The broker had received the QoS 2 message to \"%1\" but did not keep the session, so it is "
                         "unknown whether the message was delivered; publish it again if it must arrive.")
                          .arg(topic)
                    : tr("The broker did not keep the session, so it is unknown whether it received the QoS 2 "
                         "message to \"%1\". It was not sent again, because that could deliver it twice; publish it "
                         "again if it must arrive.")
                          .arg(topic);
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
