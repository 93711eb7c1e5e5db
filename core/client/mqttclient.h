// SPDX-License-Identifier: MIT
#pragma once

// The MQTT client as a QObject: a thin adapter that joins a Transport (bytes) to a pure Session (protocol).
// It owns the one timer the session needs (keep-alive deadlines) and the reconnect back-off, and turns session
// events into signals and handles. Messages are delivered in batches (one signal per slice of a socket read),
// which is what lets a subscriber keep up with a flood. The client may live in a worker thread: create it there
// or moveToThread() before connectToBroker(); its sockets and timers are created on first use.

#include "client/reconnectbackoff.h"
#include "codec/mqttpacket.h"
#include "session/mqttsession.h"
#include "session/mqttsessionevents.h"
#include "session/packettrace.h"
#include "transport/connectionoptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

Q_DECLARE_LOGGING_CATEGORY(lcClient)

namespace Mqtt {

class Transport;

// The MQTT versions a user chooses between. Many brokers in the field (RabbitMQ's MQTT plugin, aedes, older
// gateways) speak only 3.1.1, so the GUI's default tries 5 and falls back.
enum class ProtocolChoice {
    V5ElseV311, // MQTT 5; when the broker turns it down, once more with 3.1.1 (see ClientOptions::fallbackToV311)
    V5,
    V311,
};

struct ClientOptions {
    // connection.connectTimeoutMs bounds the transport's handshakes, and then the CONNACK once more: a server that
    // accepts the connection but never answers CONNECT is given up on with one sentence.
    ConnectionOptions connection;
    SessionConfig session; // CONNECT (version, client id, credentials, will, properties) and our limits
    // With session.connect.version 5: when the broker refuses MQTT 5 (CONNACK "unsupported protocol version", or a
    // 3.1.1 broker's "unacceptable protocol version") or closes the connection before any CONNACK, connect once
    // more at once with 3.1.1 (protocolFallback() says so) and keep 3.1.1 for the reconnects of this
    // connectToBroker(), once the broker has accepted it.
    bool fallbackToV311 = false;
    bool autoReconnect = false; // reconnect with exponential back-off and jitter after an unexpected loss
    int reconnectInitialDelayMs = 1000; // the first delay is between half of this and this
    int reconnectMaximumDelayMs = 60000;
    // The back-off starts over only after a connection has stayed up this long: a broker that accepts and drops
    // at once sees ever longer delays.
    int reconnectStableAfterMs = 30000;
    // After a reconnect to a broker that did not keep the session, subscribe again to what was subscribed. Off for
    // an owner that subscribes in every connected() itself, as libmosquitto clients do in on_connect (canopy-cli sub).
    bool restoreSubscriptions = true;
    // For headless subscribers and worker threads only (it blocks the thread for up to 1 ms): when small batches
    // arrive back to back, wait briefly before the next read so that it takes a larger chunk. Under a flood this
    // saves most of the per-wake-up kernel cost; it never delays a quiet stream.
    bool coalesceReads = false;
    // The most bytes read from the socket ahead of the session (Transport::setReadBufferSize; 0: no limit). It bounds
    // one batch of messagesReceived(), and when the receiver falls behind it holds the sender back through TCP
    // instead of reading everything the kernel has (up to tcp_rmem's maximum, 32 MiB here) into memory.
    qint64 readBufferBytes = 0;
    // What suits a subscriber under a flood (the ingest worker, canopy-cli sub): one read is about 2,900 small
    // messages, whose decoded batch (~1.3 MiB of Publish values) stays in the CPU's cache. Larger reads cost more
    // CPU per message and memory; see docs/PERFORMANCE.md.
    static constexpr qint64 FloodReadBufferBytes = 256 * 1024;

    // Whether the broker keeps this client's session between connections, so that messages queued while the
    // connection is down still belong to a session when it comes back: clean start off and, under MQTT 5, a Session
    // Expiry Interval above 0 (MQTT 5.0 3.1.2.4, 3.1.2.11.2; 3.1.1 3.1.2.4).
    bool keepsSession() const
    {
        const Connect &connect = session.connect;
        if (connect.cleanStart)
            return false;
        return connect.version != ProtocolVersion::V5 || connect.properties.sessionExpiryInterval.value_or(0) > 0;
    }

    // Sets session.connect.version and fallbackToV311 for one of the three choices.
    void setProtocol(ProtocolChoice choice)
    {
        session.connect.version = choice == ProtocolChoice::V311 ? ProtocolVersion::V311 : ProtocolVersion::V5;
        fallbackToV311 = choice == ProtocolChoice::V5ElseV311;
    }
};

// The outcome of one request (publish, subscribe or unsubscribe), shared between the client and its handles.
struct RequestStatus {
    Token token = 0;
    bool finished = false;
    bool success = false;
    quint8 reasonCode = ReasonCode::Success; // v5 reason code, or the first failing SUBACK code
    QList<quint8> reasonCodes; // SUBACK / UNSUBACK: one per filter
    QString errorString; // one sentence when !success
    QString reasonString; // the broker's Reason String in its answer (MQTT 5), if any
    bool brokerAnswered = false; // publish: the outcome is the broker's acknowledgement (not a local refusal or loss)
};

// A cheap, copyable view of a request's status: poll it, or connect to the client's *Finished signals.
class RequestHandle {
public:
    RequestHandle() = default;
    explicit RequestHandle(std::shared_ptr<const RequestStatus> status)
        : m_status(std::move(status))
    {
    }
    bool isValid() const { return m_status != nullptr; }
    Token token() const { return m_status ? m_status->token : 0; }
    bool isFinished() const { return m_status && m_status->finished; }
    bool isSuccess() const { return m_status && m_status->finished && m_status->success; }
    quint8 reasonCode() const { return m_status ? m_status->reasonCode : quint8(ReasonCode::UnspecifiedError); }
    QList<quint8> reasonCodes() const { return m_status ? m_status->reasonCodes : QList<quint8> {}; }
    QString errorString() const { return m_status ? m_status->errorString : QString(); }
    QString reasonString() const { return m_status ? m_status->reasonString : QString(); }
    bool brokerAnswered() const { return m_status && m_status->brokerAnswered; }

private:
    std::shared_ptr<const RequestStatus> m_status;
};

class Client : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, WaitingToReconnect, Disconnecting };
    Q_ENUM(State)

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    void setOptions(const ClientOptions &options); // takes effect on the next connectToBroker()
    const ClientOptions &options() const { return m_options; }
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    const Session &session() const { return m_session; } // negotiated limits, in-flight counts
    QString lastError() const { return m_lastError; }
    bool isInsecure() const; // TLS without peer verification on the current connection
    // The version of the current (or last) connection: 3.1.1 after a fallback.
    ProtocolVersion protocolVersion() const { return m_session.protocolVersion(); }
    bool fellBackToV311() const { return m_fellBack; }
    // The bytes of the latest read from the transport: at most options().readBufferBytes when that is set. Inside
    // messagesReceived(), the read the batch came from.
    qint64 lastReadBytes() const { return m_lastReadBytes; }
    quint64 readPauses() const { return m_readPauses; } // coalesceReads: how often it paused before a read
    // One read goes to the session and to messagesReceived() in slices of this many bytes: a batch is then at most
    // a few hundred small messages, still in the CPU's cache when the receiver reads it. Measured: a third less CPU
    // per message (decoding and the topic store) than one batch per 256 KiB read; see docs/PERFORMANCE.md.
    static constexpr qsizetype DeliverySliceBytes = 16 * 1024;
    // While WaitingToReconnect: the attempt that comes next (1 for the first after a stable connection) and how
    // long until it starts; -1 otherwise.
    int reconnectAttempt() const;
    qint64 msUntilReconnect() const;

    void connectToBroker();
    // Ends the connection (v5: with the given reason and properties). Requests still queued stay in the session.
    void disconnectFromBroker(const Disconnect &disconnect = {});

    RequestHandle publish(const Publish &message);
    RequestHandle subscribe(const QList<Subscription> &subscriptions, const Properties &properties = {});
    RequestHandle subscribe(const QString &filter, quint8 qos = 0);
    RequestHandle unsubscribe(const QStringList &filters, const Properties &properties = {});
    bool sendAuth(const Auth &auth);

    // When on, packetSent / packetReceived are emitted for every packet (for a traffic view).
    void setTrafficTracing(bool on);
    // The packet trace hook (session/packettrace.h): while a sink is set, every packet sent or received is described
    // and handed to it once per step of the client (a read slice, a request), stamped with the time of that step.
    // nullptr (the default) turns it off; then it costs one pointer test per packet. The sink must outlive this.
    void setPacketTraceSink(PacketTraceSink *sink);

public Q_SLOTS:
    // While WaitingToReconnect: try now instead of at the scheduled time ("Retry now"). The back-off goes on
    // growing if this attempt fails too.
    void reconnectNow();
    // While WaitingToReconnect, or connecting again after a loss: give up ("Stop"). The state becomes Disconnected;
    // lastError() still says why the connection was lost.
    void stopReconnecting();

Q_SIGNALS:
    void stateChanged(Mqtt::Client::State state);
    void connected(const Mqtt::ConnAck &connAck);
    void disconnected();
    void errorOccurred(const QString &sentence); // one clear sentence for every failure
    void warning(const QString &sentence); // e.g. TLS without verification
    // The connection was lost (or an attempt failed) and the next attempt starts in msUntil ms; emitted right after
    // stateChanged(WaitingToReconnect).
    void reconnectScheduled(int attempt, qint64 msUntil);
    // fallbackToV311: the broker turned MQTT 5 down and the client connects again with 3.1.1 (one sentence that
    // says so). The refusal itself is not reported as an error; connected() follows if 3.1.1 is accepted.
    void protocolFallback(const QString &sentence);
    void messagesReceived(const QList<Mqtt::Publish> &messages); // a batch, in arrival order (see DeliverySliceBytes)
    void publishFinished(Mqtt::Token token, bool success, quint8 reasonCode, const QString &errorString);
    void subscribeFinished(Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void unsubscribeFinished(Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void authReceived(const Mqtt::Auth &auth);
    // The broker ended the connection with a DISCONNECT (v5): the reason code and one sentence with its words.
    void serverDisconnected(quint8 reasonCode, const QString &sentence);
    // The broker refused the connection in its CONNACK (reasonCode is the return code / reason code).
    void connectionRefused(quint8 reasonCode, const QString &sentence);
    // The broker sent a malformed or forbidden packet and the client closes the connection (errorOccurred carries
    // the same sentence). A reconnect would meet the same broker, so an owner may rather stop.
    void protocolViolation(quint8 reasonCode, const QString &sentence);
    void packetSent(const Mqtt::Packet &packet);
    void packetReceived(const Mqtt::Packet &packet);

private:
    void setState(State state);
    void openTransport();
    void onTransportOpened();
    void onTransportReadyRead();
    void onTransportClosed();
    void onTransportError(const QString &sentence);
    void onTimer();
    void armTimer();
    void flushTrace(); // hands the traced packets to the sink
    void drain(); // writes session output, dispatches events and messages, re-arms the timer, closes if asked
    void handleEvent(const SessionEvent &event);
    void scheduleReconnect();
    bool mayFallBack() const;
    void fallBackToV311();
    void resubscribeAfterSessionLoss();
    void fail(const QString &sentence);
    RequestHandle track(Token token);
    void finish(const SessionEvent &event, bool success);
    qint64 now() const { return m_clock.elapsed(); }

    ClientOptions m_options;
    Session m_session;
    std::unique_ptr<Transport> m_transport;
    QTimer *m_timer = nullptr; // keep-alive deadlines and reconnect delays (never both at once)
    QElapsedTimer m_clock;
    State m_state = State::Disconnected;
    QString m_lastError;
    bool m_userDisconnect = false;
    bool m_refusedForGood = false; // a CONNACK refusal that a retry cannot fix (credentials, id, version)
    bool m_tracing = false;
    PacketTraceSink *m_traceSink = nullptr;
    std::vector<TracedPacket> m_traceBuffer; // filled by the session while m_traceSink is set
    qint64 m_traceEpochUs = 0; // the epoch's time in microseconds when m_clock started
    ReconnectBackoff m_backoff;
    bool m_reconnecting = false; // the current attempt follows a lost connection (stopReconnecting() applies)
    // fallbackToV311: why this connection's end calls for 3.1.1 (empty: it does not), and whether the client has
    // fallen back and the broker accepted 3.1.1 since.
    QString m_fallbackSentence;
    bool m_fellBack = false;
    bool m_fallbackAccepted = false;
    qint64 m_previousBatchNs = 0; // for coalesceReads
    qint64 m_lastReadBytes = 0;
    quint64 m_readPauses = 0;
    qsizetype m_readMessages = 0; // delivered from the current read
    QList<Publish> m_spareBatch; // the storage of the last batch, for the next one (Session::takeMessages)

    QHash<Token, std::shared_ptr<RequestStatus>> m_requests;
    // Subscriptions the user asked for and the broker did not refuse, restored when a session is lost, each with
    // the properties of its SUBSCRIBE (a subscription identifier belongs to the filters it came with).
    struct KeptSubscription {
        Subscription subscription;
        Properties properties;
    };
    QHash<QString, KeptSubscription> m_subscriptions;
    QHash<Token, QStringList> m_pendingSubscribes; // filters of subscribe requests not yet answered
    QHash<Token, QStringList> m_pendingUnsubscribes;
    qint64 m_connAckDeadline = -1; // when a CONNACK must have arrived on the open transport; -1 = none
    bool m_connectionLost = false; // while reporting what the end of a connection failed
    bool m_closeExplained = false; // this connection's end was already reported (or asked for by the user)
};

} // namespace Mqtt

Q_DECLARE_METATYPE(Mqtt::Publish)
Q_DECLARE_METATYPE(Mqtt::ConnAck)
Q_DECLARE_METATYPE(Mqtt::Auth)
Q_DECLARE_METATYPE(Mqtt::Packet)
