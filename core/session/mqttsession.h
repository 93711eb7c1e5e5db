// SPDX-License-Identifier: MIT
#pragma once

// The client side of an MQTT 3.1, 3.1.1 or 5.0 session as a pure state machine: packet identifiers, the QoS 1/2
// in-flight window and its resend after a reconnect, exactly-once reception, keep-alive deadlines, topic aliases
// and the limits the broker announces in CONNACK. It owns no socket, timer or clock: the transport adapter feeds
// it bytes and the current time, then drains the bytes to write, the events and the delivered messages.
// Implementation: mqttsession.cpp (lifecycle, framing, CONNACK, keep-alive), mqttsessioninbound.cpp (the broker's
// packets), mqttsessionoutbound.cpp (our requests, the Receive Maximum queue, outbound aliases, the session resumed
// or lost).

#include "codec/mqttcodec.h"
#include "codec/mqttpacket.h"
#include "session/mqttinflight.h"
#include "session/mqttpacketidpool.h"
#include "session/mqttserverlimits.h"
#include "session/mqttsessionevents.h"
#include "session/packettrace.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <bitset>
#include <deque>
#include <utility>
#include <variant>
#include <vector>

namespace Mqtt {

class Session {
    Q_DECLARE_TR_FUNCTIONS(Mqtt::Session)

public:
    explicit Session(SessionConfig config = {});

    // Replaces the configuration for the next connection. The session state (in-flight messages, incoming QoS 2
    // identifiers) is kept; call discardSession() as well when it belongs to another client.
    void setConfig(SessionConfig config);
    const SessionConfig &config() const { return m_config; }

    // Transport lifecycle.
    void connectionOpened(qint64 nowMs); // queues CONNECT; resets per-connection state (aliases, input buffer)
    void connectionClosed(); // keeps the session state for a later resume; fails unanswered (un)subscribes
    // Fails every in-flight and queued request and forgets the incoming QoS 2 identifiers. Between connections.
    void discardSession();

    // Inputs.
    void receiveBytes(QByteArrayView chunk, qint64 nowMs); // buffers partial packets; handles complete ones
    void handlePacket(const Packet &packet, qint64 nowMs); // one decoded packet from the broker
    void tick(qint64 nowMs); // keep-alive: PINGREQ when due, KeepAliveTimeout when the answer is overdue
    qint64 nextDeadline() const; // when tick() must run next; -1 = no deadline

    // Commands. Requests made before CONNACK wait and go out after it, in order. QoS 0 completes once written,
    // QoS 1 on PUBACK, QoS 2 on PUBCOMP. A request the broker's limits forbid (its Maximum Packet Size included)
    // fails with one clear sentence. When a new connection has no session, QoS 1 messages in flight go out again
    // as new messages and QoS 2 messages in flight fail: whether they were delivered is unknown.
    Token publish(Publish message, qint64 nowMs);
    Token subscribe(QList<Subscription> subscriptions, Properties properties, qint64 nowMs);
    Token unsubscribe(QStringList filters, Properties properties, qint64 nowMs);
    // v5 enhanced authentication (the CONNECT must name an Authentication Method); false when it cannot be sent.
    bool sendAuth(const Auth &auth, qint64 nowMs);
    void disconnect(const Disconnect &disconnect = {}); // v5 reason and properties; plain under 3.1/3.1.1

    // Outputs, drained by the adapter after each call.
    QByteArray takeOutgoing() { return std::exchange(m_outgoing, {}); }
    std::vector<SessionEvent> takeEvents() { return std::exchange(m_events, {}); }
    std::vector<Publish> takeMessages(); // topics resolved from aliases
    // The same into batch, which is cleared first and whose storage the session keeps for the next messages: under a
    // flood two lists take turns instead of one being allocated (and the messages moved again) per read.
    void takeMessages(QList<Publish> &batch);
    bool hasOutgoing() const { return !m_outgoing.isEmpty(); }
    bool wantsClose() const { return m_wantsClose; } // after a violation, a timeout, DISCONNECT or refusal

    // When on, every packet sent or received is also recorded (true = outgoing).
    void setTrafficTracing(bool on);
    std::vector<std::pair<bool, Packet>> takeTraffic() { return std::exchange(m_traffic, {}); }
    // The packet trace hook (session/packettrace.h): while set, every packet sent or received is described into
    // *buffer (without its time, which the owner stamps). nullptr, the default, turns it off.
    void setTraceBuffer(std::vector<TracedPacket> *buffer) { m_trace = buffer; }

    // State.
    bool isConnected() const { return m_state == State::Connected && !m_wantsClose; }
    ProtocolVersion protocolVersion() const { return m_connect.version; } // of the current or next connection
    const ServerLimits &serverLimits() const { return m_limits; } // what the broker's CONNACK allows
    quint16 serverReceiveMaximum() const { return m_limits.receiveMaximum; }
    quint8 maximumQoS() const { return m_limits.maximumQoS; }
    bool retainAvailable() const { return m_limits.retainAvailable; }
    quint32 serverMaximumPacketSize() const { return m_limits.maximumPacketSize; } // 0 = no limit
    quint16 keepAliveSeconds() const { return m_keepAliveSeconds; } // in effect (Server Keep Alive wins)
    QString assignedClientIdentifier() const { return m_assignedClientId; }
    quint16 serverTopicAliasMaximum() const { return m_limits.topicAliasMaximum; }
    bool wildcardSubscriptionAvailable() const { return m_limits.wildcardSubscriptionAvailable; }
    bool sharedSubscriptionAvailable() const { return m_limits.sharedSubscriptionAvailable; }
    bool subscriptionIdentifierAvailable() const { return m_limits.subscriptionIdentifierAvailable; }
    qsizetype inFlightCount() const { return m_inFlight.count(); } // our QoS 1/2 publishes awaiting acks
    qsizetype queuedCount() const { return qsizetype(m_queue.size()); } // requests waiting to be sent
    int incomingQos2Count() const { return m_incomingQos2Count; } // received QoS 2 awaiting PUBREL

private:
    enum class State { Idle, AwaitingConnAck, Connected };
    void trace(const Packet &received, quint32 size); // into *m_trace
    enum class SendResult { Done, Wait };

    struct Request {
        Token token = 0;
        std::variant<Publish, Subscribe, Unsubscribe> packet;
    };
    struct PendingAck { // a SUBSCRIBE or UNSUBSCRIBE awaiting its SUBACK or UNSUBACK
        Token token = 0;
        PacketType type = PacketType::Subscribe;
        QStringList filters;
    };

    void handle(Packet &&packet, qint64 nowMs);
    qsizetype decodeAll(QByteArrayView data, qint64 nowMs);
    qsizetype bytesToCompletePacket() const; // of the packet begun in m_inBuffer (at least 1)
    // Writes the packet unless it exceeds the broker's Maximum Packet Size [MQTT-3.2.2-15]; false: nothing written.
    bool send(const Packet &packet, qint64 nowMs);
    // A DISCONNECT or AUTH: drops its Reason String, then its User Properties, rather than exceed the limit.
    template<typename T>
    bool sendDroppingOptionalProperties(T packet, qint64 nowMs);
    void sendAck(PacketType type, quint16 packetId, quint8 reasonCode, qint64 nowMs);
    // A packet the protocol requires does not fit the broker's Maximum Packet Size: the connection cannot go on.
    void cannotSend(PacketType type, qsizetype size);
    void addEvent(SessionEvent::Type type, Token token, QString text, quint8 reasonCode = ReasonCode::Success);

    // Inbound packets.
    void onConnAck(ConnAck &&connAck, qint64 nowMs);
    void onPublish(Publish &&publish, qint64 nowMs);
    void onPubAck(const PublishAck &ack, qint64 nowMs);
    void onPubRec(const PublishAck &ack, qint64 nowMs);
    void onPubRel(const PublishAck &ack, qint64 nowMs);
    void onPubComp(const PublishAck &ack, qint64 nowMs);
    void onSubAck(SubAck &&subAck, qint64 nowMs);
    void onUnsubAck(UnsubAck &&unsubAck, qint64 nowMs);
    void onDisconnect(Disconnect &&disconnect);
    void violation(quint8 reasonCode, const QString &text);

    // Outbound requests.
    Token enqueue(Request request, qint64 nowMs);
    static bool needsWindow(const Request &request);
    SendResult dispatch(Request &request, qint64 nowMs);
    SendResult sendPublish(Token token, Publish &message, qint64 nowMs);
    quint16 sendWindow() const; // how many QoS 1/2 publishes may await acknowledgement now
    void writePublish(const Publish &message, qint64 nowMs);
    quint16 freeOutboundAlias() const; // 0 when every alias the broker accepts is taken
    void bindOutboundAlias(quint16 alias, const QString &topic);
    SendResult sendSubscribe(Token token, Subscribe &subscribe, qint64 nowMs);
    SendResult sendUnsubscribe(Token token, Unsubscribe &unsubscribe, qint64 nowMs);
    void resendPending(qint64 nowMs); // a resumed session's messages the Receive Maximum held back
    void flushQueue(qint64 nowMs);
    void restoreSession(bool sessionPresent, qint64 nowMs); // after CONNACK: resend, or settle what was in flight
    QString sessionLostText(const InFlightPublish &entry) const;
    void failRequest(const Request &request, const QString &text, quint8 reasonCode);
    void failPendingAcks(const QString &text);

    QString reasonInWords(quint8 reasonCode, PacketType context) const;
    static QString brokerSaid(const Properties &properties);
    qint64 keepAliveMs() const { return qint64(m_keepAliveSeconds) * 1000; }
    qint64 pingGraceMs() const;

    SessionConfig m_config;
    Connect m_connect; // the CONNECT of the current (or last) connection: its version and clean start apply
    bool m_outboundAliasesEnabled = false;
    Decoder m_decoder { Role::Client };
    State m_state = State::Idle;
    bool m_wantsClose = false;
    bool m_hadSession = false; // a CONNACK was accepted before: a later session-not-present loses subscriptions
    Token m_nextToken = 1;

    QByteArray m_inBuffer;
    QByteArray m_outgoing;
    std::vector<SessionEvent> m_events;
    QList<Publish> m_messages;
    qsizetype m_lastMessageCount = 0; // sizes the next batch, so a flood does not regrow the list per chunk
    bool m_tracing = false;
    std::vector<std::pair<bool, Packet>> m_traffic;
    std::vector<TracedPacket> *m_trace = nullptr; // the packet trace hook; null: off

    // Our own limits as sent in the last CONNECT.
    quint16 m_ownReceiveMaximum = 65535;
    quint16 m_ownTopicAliasMaximum = 0;

    // What the broker allows on this connection (from CONNACK; protocol defaults until then).
    ServerLimits m_limits;
    quint16 m_keepAliveSeconds = 0; // in effect: ours, or the broker's Server Keep Alive
    QString m_assignedClientId; // kept across connections to resume a session the broker named

    // Keep-alive.
    qint64 m_lastSendMs = 0;
    qint64 m_pingSentMs = -1; // -1: no PINGREQ outstanding
    bool m_receivedSincePing = false;

    // Topic aliases of this connection.
    std::vector<QString> m_inboundAliases; // index = alias
    QHash<QString, quint16> m_outboundAliases; // topic -> alias, ours or the caller's
    QHash<quint16, QString> m_outboundAliasTopics; // the same bindings, alias -> topic

    // Session state.
    PacketIdPool m_packetIds;
    InFlightTable m_inFlight;
    std::deque<Request> m_queue;
    qsizetype m_queuedWithoutWindow = 0; // queued requests that do not wait for the Receive Maximum window
    QHash<quint16, PendingAck> m_pendingAcks;
    std::bitset<65536> m_incomingQos2; // received QoS 2 packet identifiers awaiting PUBREL
    int m_incomingQos2Count = 0;
};

} // namespace Mqtt
