// SPDX-License-Identifier: MIT
#include "client/mqttclient.h"

#include "transport/transport.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcClient, "canopy.client", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Mqtt {

namespace {
// CONNACK refusals that a retry with the same settings cannot fix.
bool isPermanentRefusal(ProtocolVersion version, quint8 code)
{
    if (version != ProtocolVersion::V5)
        return code == 1 || code == 2 || code == 4 || code == 5;
    switch (code) {
    case ReasonCode::UnsupportedProtocolVersion:
    case ReasonCode::ClientIdentifierNotValid:
    case ReasonCode::BadUserNameOrPassword:
    case ReasonCode::NotAuthorized:
    case ReasonCode::Banned:
    case ReasonCode::BadAuthenticationMethod:
    case ReasonCode::MalformedPacket:
    case ReasonCode::ProtocolError:
    case ReasonCode::PacketTooLarge:
        return true;
    default:
        return false;
    }
}
} // namespace

Client::Client(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

Client::~Client()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
    }
}

void Client::setOptions(const ClientOptions &options)
{
    m_options = options;
}

bool Client::isInsecure() const
{
    return m_transport && m_transport->isInsecure();
}

void Client::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Client::setTrafficTracing(bool on)
{
    m_tracing = on;
    m_session.setTrafficTracing(on);
}

void Client::setPacketTraceSink(PacketTraceSink *sink)
{
    if (sink && !m_traceSink)
        m_traceEpochUs = QDateTime::currentMSecsSinceEpoch() * 1000 - m_clock.nsecsElapsed() / 1000;
    m_traceSink = sink;
    m_traceBuffer.clear();
    m_session.setTraceBuffer(sink ? &m_traceBuffer : nullptr);
}

void Client::flushTrace()
{
    if (!m_traceSink || m_traceBuffer.empty())
        return;
    // One time for the whole step: the packets of a read slice arrived together, and a request's packets were
    // written together. Microseconds, so that a localhost acknowledgement does not read 0.
    m_traceSink->packetsTraced(m_traceBuffer, m_traceEpochUs + m_clock.nsecsElapsed() / 1000);
    m_traceBuffer.clear();
}

void Client::connectToBroker()
{
    if (m_state != State::Disconnected && m_state != State::WaitingToReconnect)
        return;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Client::onTimer);
    }
    m_timer->stop();
    m_userDisconnect = false;
    m_refusedForGood = false;
    m_reconnecting = false;
    m_fellBack = false;
    m_fallbackAccepted = false;
    m_backoff.setSettings({ .initialDelayMs = m_options.reconnectInitialDelayMs,
        .maximumDelayMs = m_options.reconnectMaximumDelayMs,
        .stableAfterMs = m_options.reconnectStableAfterMs });
    m_backoff.reset();
    m_session.setConfig(m_options.session);
    openTransport();
}

int Client::reconnectAttempt() const
{
    return m_state == State::WaitingToReconnect ? m_backoff.attempt() : -1;
}

qint64 Client::msUntilReconnect() const
{
    if (m_state != State::WaitingToReconnect || !m_timer || !m_timer->isActive())
        return -1;
    return m_timer->remainingTime();
}

void Client::reconnectNow()
{
    if (m_state != State::WaitingToReconnect)
        return;
    m_timer->stop();
    qCDebug(lcClient) << "reconnecting now, attempt" << m_backoff.attempt();
    openTransport();
}

void Client::stopReconnecting()
{
    if (m_state == State::WaitingToReconnect || (m_reconnecting && m_state == State::Connecting))
        disconnectFromBroker();
}

void Client::openTransport()
{
    if (m_transport) {
        // The previous transport may still be inside one of its own signals: let the event loop delete it.
        m_transport->disconnect(this);
        m_transport.release()->deleteLater();
    }
    m_transport = Transport::create(m_options.connection);
    m_transport->setReadBufferSize(m_options.readBufferBytes);
    m_closeExplained = false;
    m_fallbackSentence.clear();
    m_connAckDeadline = -1;
    Transport *transport = m_transport.get();
    connect(transport, &Transport::opened, this, &Client::onTransportOpened);
    connect(transport, &Transport::readyRead, this, &Client::onTransportReadyRead);
    connect(transport, &Transport::closed, this, &Client::onTransportClosed);
    connect(transport, &Transport::errorOccurred, this, &Client::onTransportError);
    setState(State::Connecting);
    qCDebug(lcClient) << "connecting to" << m_options.connection.toUrl().toDisplayString();
    if (transport->isInsecure())
        Q_EMIT warning(tr("TLS certificate verification is switched off for %1: the connection is encrypted, but "
                          "anyone in between can pretend to be the broker.")
                           .arg(m_options.connection.endpoint()));
    transport->open();
}

void Client::disconnectFromBroker(const Disconnect &disconnect)
{
    m_userDisconnect = true;
    if (m_state == State::WaitingToReconnect || (m_state == State::Disconnected && !m_transport)) {
        if (m_timer)
            m_timer->stop();
        if (m_state != State::Disconnected) {
            setState(State::Disconnected);
            Q_EMIT disconnected();
        }
        return;
    }
    if (!m_transport || m_state == State::Disconnected || m_state == State::Disconnecting)
        return;
    setState(State::Disconnecting);
    m_closeExplained = true; // what goes wrong while closing on purpose is not a failure to report
    if (m_transport->isOpen() && m_session.isConnected()) {
        m_session.disconnect(disconnect);
        const QByteArray bytes = m_session.takeOutgoing();
        if (!bytes.isEmpty())
            m_transport->write(bytes);
        flushTrace();
        m_transport->close();
    } else {
        m_transport->abort();
    }
}

RequestHandle Client::track(Token token)
{
    auto status = std::make_shared<RequestStatus>();
    status->token = token;
    m_requests.insert(token, status);
    return RequestHandle(status);
}

RequestHandle Client::publish(const Publish &message)
{
    const Token token = m_session.publish(message, now());
    RequestHandle handle = track(token);
    drain();
    return handle;
}

RequestHandle Client::subscribe(const QString &filter, quint8 qos)
{
    Subscription subscription;
    subscription.filter = filter;
    subscription.options.maximumQoS = qos;
    return subscribe(QList<Subscription> { subscription }, {});
}

RequestHandle Client::subscribe(const QList<Subscription> &subscriptions, const Properties &properties)
{
    const Token token = m_session.subscribe(subscriptions, properties, now());
    QStringList filters;
    for (const auto &subscription : subscriptions) {
        filters.append(subscription.filter);
        m_subscriptions.insert(subscription.filter, KeptSubscription { subscription, properties });
    }
    m_pendingSubscribes.insert(token, filters);
    RequestHandle handle = track(token);
    drain();
    return handle;
}

RequestHandle Client::unsubscribe(const QStringList &filters, const Properties &properties)
{
    for (const auto &filter : filters)
        m_subscriptions.remove(filter);
    const Token token = m_session.unsubscribe(filters, properties, now());
    m_pendingUnsubscribes.insert(token, filters);
    RequestHandle handle = track(token);
    drain();
    return handle;
}

bool Client::sendAuth(const Auth &auth)
{
    const bool sent = m_session.sendAuth(auth, now());
    drain();
    return sent;
}

void Client::onTransportOpened()
{
    // The transport's own timeout covers TCP, TLS and WebSocket; the CONNACK gets as long again.
    m_connAckDeadline = now() + std::max(m_options.connection.connectTimeoutMs, 1);
    m_session.connectionOpened(now());
    drain();
}

void Client::onTransportReadyRead()
{
    if (!m_transport)
        return;
    const QByteArray chunk = m_transport->readAll();
    if (chunk.isEmpty())
        return;
    m_lastReadBytes = chunk.size();
    m_readMessages = 0;
    // Under a flood one read holds thousands of messages. They go through the session and on to the receivers a
    // slice at a time, so that a batch is still in the CPU's cache when the receiver reads it.
    for (qsizetype offset = 0; offset < chunk.size() && m_transport; offset += DeliverySliceBytes) {
        m_session.receiveBytes(
            QByteArrayView(chunk).sliced(offset, std::min(DeliverySliceBytes, chunk.size() - offset)), now());
        drain();
    }
    if (m_options.coalesceReads && m_readMessages > 0) {
        // A read of a few packets right after another one means the socket wakes us for every few packets; each
        // wake-up costs more than the messages it brings. Let the kernel gather more first.
        constexpr qsizetype SmallRead = 256;
        constexpr qint64 BackToBackNs = 2'000'000;
        const qint64 nowNs = m_clock.nsecsElapsed();
        if (m_readMessages < SmallRead && nowNs - m_previousBatchNs < BackToBackNs) {
            ++m_readPauses;
            QThread::usleep(1000);
        }
        m_previousBatchNs = m_clock.nsecsElapsed();
    }
}

void Client::onTransportError(const QString &sentence)
{
    // The end of a connection the client already explained (a refusal, a protocol violation, a server
    // DISCONNECT, a keep-alive timeout) or that the user asked for is not a second failure.
    if (m_closeExplained) {
        qCDebug(lcClient) << "after the reported end of the connection:" << sentence;
        return;
    }
    // Closed after CONNECT and before any CONNACK: what some brokers do with an MQTT 5 CONNECT they cannot read.
    if (m_connAckDeadline >= 0 && mayFallBack()) {
        qCDebug(lcClient) << "before any CONNACK:" << sentence;
        m_fallbackSentence = tr("The broker at %1 closed the connection without answering the MQTT 5 CONNECT; "
                                "connecting again with MQTT 3.1.1.")
                                 .arg(m_options.connection.endpoint());
        return;
    }
    fail(sentence);
}

void Client::onTransportClosed()
{
    m_session.connectionClosed();
    m_connAckDeadline = -1;
    if (m_timer)
        m_timer->stop();
    // The session fails the requests that were sent and not answered; report them (nothing is written now).
    (void)m_session.takeOutgoing();
    m_connectionLost = true;
    drain();
    m_connectionLost = false;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport.release()->deleteLater();
    }
    if (!m_fallbackSentence.isEmpty() && !m_userDisconnect) {
        fallBackToV311();
        return;
    }
    const bool retry = !m_userDisconnect && m_options.autoReconnect && !m_refusedForGood;
    if (retry && m_fellBack && !m_fallbackAccepted) {
        // 3.1.1 was not accepted either: the first answer proved nothing (a broker that closed the connection for
        // another reason), so the next attempt asks for MQTT 5 again.
        m_fellBack = false;
        m_session.setConfig(m_options.session);
    }
    if (retry) {
        scheduleReconnect();
        Q_EMIT disconnected();
        return;
    }
    setState(State::Disconnected);
    Q_EMIT disconnected();
}

void Client::scheduleReconnect()
{
    const qint64 delay = m_backoff.connectionEnded(now(), QRandomGenerator::global()->generateDouble());
    const int attempt = m_backoff.attempt();
    m_reconnecting = true;
    qCDebug(lcClient) << "reconnecting in" << delay << "ms, attempt" << attempt;
    // Started before the state changes, so that a receiver of stateChanged() may stop it (stopReconnecting()).
    m_timer->start(int(delay));
    setState(State::WaitingToReconnect);
    if (m_state == State::WaitingToReconnect)
        Q_EMIT reconnectScheduled(attempt, delay);
}

bool Client::mayFallBack() const
{
    return m_options.fallbackToV311 && !m_fellBack && !m_userDisconnect
        && m_session.protocolVersion() == ProtocolVersion::V5;
}

void Client::fallBackToV311()
{
    const QString sentence = std::exchange(m_fallbackSentence, QString());
    m_fellBack = true;
    m_fallbackAccepted = false;
    SessionConfig config = m_options.session;
    config.connect.version = ProtocolVersion::V311;
    m_session.setConfig(config); // requests made meanwhile stay queued for the new connection
    qCDebug(lcClient) << sentence;
    Q_EMIT protocolFallback(sentence);
    if (m_userDisconnect) { // a receiver gave up
        setState(State::Disconnected);
        Q_EMIT disconnected();
        return;
    }
    openTransport();
}

void Client::onTimer()
{
    if (m_state == State::WaitingToReconnect) {
        openTransport();
        return;
    }
    if (!m_transport || !m_transport->isOpen())
        return;
    if (m_connAckDeadline >= 0 && now() >= m_connAckDeadline) {
        m_connAckDeadline = -1;
        fail(tr("The broker at %1 accepted the connection but did not answer the MQTT CONNECT within %2 seconds; "
                "check that this port speaks MQTT.")
                 .arg(m_options.connection.endpoint())
                 .arg(double(std::max(m_options.connection.connectTimeoutMs, 1)) / 1000.0));
        m_closeExplained = true;
        m_transport->abort();
        return;
    }
    m_session.tick(now());
    drain();
}

void Client::armTimer()
{
    if (!m_timer || m_state == State::WaitingToReconnect)
        return;
    qint64 deadline = m_session.nextDeadline();
    if (m_connAckDeadline >= 0 && (deadline < 0 || m_connAckDeadline < deadline))
        deadline = m_connAckDeadline;
    if (deadline < 0)
        m_timer->stop();
    else
        m_timer->start(int(std::clamp<qint64>(deadline - now(), 0, 24 * 3600 * 1000)));
}

void Client::drain()
{
    const QByteArray bytes = m_session.takeOutgoing();
    if (!bytes.isEmpty() && m_transport && m_transport->isOpen())
        m_transport->write(bytes);
    flushTrace();

    if (m_tracing) {
        for (auto &[outgoing, packet] : m_session.takeTraffic()) {
            if (outgoing)
                Q_EMIT packetSent(packet);
            else
                Q_EMIT packetReceived(packet);
        }
    }

    std::vector<SessionEvent> events = m_session.takeEvents();
    // CONNACK is the first packet of a connection: report it before the messages that arrived with it (a resumed
    // session delivers its queue right behind the CONNACK), so that they never reach a client still "connecting".
    const auto connectedEvent = std::find_if(events.begin(), events.end(),
        [](const SessionEvent &event) { return event.type == SessionEvent::Type::Connected; });
    if (connectedEvent != events.end()) {
        const SessionEvent event = std::move(*connectedEvent);
        events.erase(connectedEvent);
        handleEvent(event);
    }

    // A receiver may call back into the client (drain() again) while it reads the batch, so the batch is a local
    // list; its storage is kept for the next read.
    QList<Publish> batch = std::exchange(m_spareBatch, {});
    m_session.takeMessages(batch);
    if (!batch.isEmpty()) {
        m_readMessages += batch.size();
        Q_EMIT messagesReceived(batch);
    }
    batch.clear();
    m_spareBatch = std::move(batch);

    for (const SessionEvent &event : events)
        handleEvent(event);

    // Handling events can queue more output (a resubscribe after a lost session).
    const QByteArray more = m_session.takeOutgoing();
    if (!more.isEmpty() && m_transport && m_transport->isOpen())
        m_transport->write(more);
    flushTrace();

    if (!m_transport)
        return;
    if (m_session.wantsClose()) {
        if (m_transport->isOpen())
            m_transport->close();
        return;
    }
    armTimer();
}

void Client::finish(const SessionEvent &event, bool success)
{
    const auto it = m_requests.find(event.token);
    if (it == m_requests.end())
        return;
    RequestStatus &status = **it;
    status.finished = true;
    status.success = success;
    status.reasonCode = event.reasonCode;
    status.reasonCodes = event.reasonCodes;
    status.errorString = success ? QString() : event.text;
    status.reasonString = event.properties.reasonString.value_or(QString());
    // Only the broker's acknowledgements name a packet identifier; local refusals and losses do not.
    status.brokerAnswered = event.packetId != 0;
    m_requests.erase(it);
}

void Client::handleEvent(const SessionEvent &event)
{
    using Type = SessionEvent::Type;
    switch (event.type) {
    case Type::Connected:
        m_connAckDeadline = -1;
        m_backoff.connectionEstablished(now());
        m_reconnecting = false;
        m_fallbackAccepted = m_fellBack;
        m_lastError.clear();
        setState(State::Connected);
        if (!event.connAck.sessionPresent)
            resubscribeAfterSessionLoss();
        Q_EMIT connected(event.connAck);
        break;
    case Type::ConnectionRefused:
        m_connAckDeadline = -1;
        if (event.reasonCode == ReasonCode::UnsupportedProtocolVersion && mayFallBack()) {
            m_fallbackSentence = tr("The broker at %1 does not support MQTT 5; connecting again with MQTT 3.1.1.")
                                     .arg(m_options.connection.endpoint());
            m_closeExplained = true;
            break;
        }
        m_refusedForGood = isPermanentRefusal(m_session.protocolVersion(), event.reasonCode); // 3.1.1 after a fallback
        fail(event.text);
        m_closeExplained = true;
        Q_EMIT connectionRefused(event.reasonCode, event.text);
        break;
    case Type::SubscriptionsLost:
        break; // handled with Connected (sessionPresent == false)
    case Type::PublishCompleted:
        finish(event, true);
        Q_EMIT publishFinished(event.token, true, event.reasonCode, QString());
        break;
    case Type::PublishFailed:
        finish(event, false);
        Q_EMIT publishFinished(event.token, false, event.reasonCode, event.text);
        break;
    case Type::SubscribeCompleted:
    case Type::SubscribeFailed: {
        const QStringList filters = m_pendingSubscribes.take(event.token);
        bool allGranted = event.type == Type::SubscribeCompleted;
        QSet<QString> stillPending; // asked for again by a later request: that one decides
        for (const QStringList &other : std::as_const(m_pendingSubscribes))
            stillPending.unite(QSet<QString>(other.cbegin(), other.cend()));
        for (qsizetype i = 0; i < filters.size(); ++i) {
            const bool refused = i >= event.reasonCodes.size() || event.reasonCodes.at(i) >= 0x80;
            // A filter the broker refused, or that could not be sent at all, is not restored later; one whose
            // request was lost with the connection is.
            const bool forget = event.type == Type::SubscribeCompleted ? refused : !m_connectionLost;
            if (forget && !stillPending.contains(filters.at(i)))
                m_subscriptions.remove(filters.at(i));
            allGranted = allGranted && !refused;
        }
        SessionEvent result = event;
        if (event.type == Type::SubscribeCompleted && !allGranted && result.text.isEmpty())
            result.text = tr("The broker refused the subscription.");
        finish(result, allGranted);
        Q_EMIT subscribeFinished(event.token, allGranted, event.reasonCodes, allGranted ? QString() : result.text);
        break;
    }
    case Type::UnsubscribeCompleted:
    case Type::UnsubscribeFailed: {
        m_pendingUnsubscribes.remove(event.token);
        // An MQTT 5 UNSUBACK may refuse a filter (0x80 or above): the session put that in words in event.text.
        const bool ok = event.type == Type::UnsubscribeCompleted
            && std::none_of(event.reasonCodes.cbegin(), event.reasonCodes.cend(), [](quint8 c) { return c >= 0x80; });
        finish(event, ok);
        Q_EMIT unsubscribeFinished(event.token, ok, event.reasonCodes, ok ? QString() : event.text);
        break;
    }
    case Type::AuthReceived: {
        Auth auth;
        auth.reasonCode = event.reasonCode;
        auth.properties = event.properties;
        Q_EMIT authReceived(auth);
        break;
    }
    case Type::ServerDisconnected:
        fail(event.text);
        m_closeExplained = true;
        Q_EMIT serverDisconnected(event.reasonCode, event.text);
        break;
    case Type::ProtocolViolation:
        fail(event.text);
        m_closeExplained = m_closeExplained || event.closeConnection;
        Q_EMIT protocolViolation(event.reasonCode, event.text);
        break;
    case Type::KeepAliveTimeout:
        fail(event.text);
        m_closeExplained = m_closeExplained || event.closeConnection;
        break;
    }
}

void Client::resubscribeAfterSessionLoss()
{
    if (!m_options.restoreSubscriptions)
        return;
    // Filters still waiting for their SUBACK go out with the queue; the others were lost with the old session.
    QSet<QString> pending;
    for (const QStringList &filters : std::as_const(m_pendingSubscribes))
        for (const QString &filter : filters)
            pending.insert(filter);
    // One SUBSCRIBE per set of properties, so that each filter keeps its own subscription identifier.
    QList<std::pair<Properties, QList<Subscription>>> groups;
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        if (pending.contains(it.key()))
            continue;
        const auto group = std::find_if(
            groups.begin(), groups.end(), [&](const auto &candidate) { return candidate.first == it->properties; });
        if (group == groups.end())
            groups.append({ it->properties, { it->subscription } });
        else
            group->second.append(it->subscription);
    }
    for (const auto &[properties, subscriptions] : std::as_const(groups)) {
        qCDebug(lcClient) << "restoring" << subscriptions.size() << "subscriptions the broker did not keep";
        const Token token = m_session.subscribe(subscriptions, properties, now());
        QStringList filters;
        for (const auto &subscription : subscriptions)
            filters.append(subscription.filter);
        m_pendingSubscribes.insert(token, filters);
    }
}

void Client::fail(const QString &sentence)
{
    if (sentence.isEmpty())
        return;
    m_lastError = sentence;
    qCDebug(lcClient) << "error:" << sentence;
    Q_EMIT errorOccurred(sentence);
}

} // namespace Mqtt
