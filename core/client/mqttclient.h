// SPDX-License-Identifier: MIT
#pragma once

// The MQTT client as a QObject: a thin adapter that joins a Transport (bytes) to a pure Session (protocol).
// It owns the one timer the session needs (keep-alive deadlines) and the reconnect back-off, and turns session
// events into signals and handles. Messages are delivered in batches (one signal per chunk read from the socket),
// which is what lets a subscriber keep up with a flood. The client may live in a worker thread: create it there
// or moveToThread() before connectToBroker(); its sockets and timers are created on first use.

#include "codec/mqttpacket.h"
#include "session/mqttsession.h"
#include "session/mqttsessionevents.h"
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

struct ClientOptions {
    // connection.connectTimeoutMs bounds the transport's handshakes, and then the CONNACK once more: a server that
    // accepts the connection but never answers CONNECT is given up on with one sentence.
    ConnectionOptions connection;
    SessionConfig session; // CONNECT (version, client id, credentials, will, properties) and our limits
    bool autoReconnect = false; // reconnect with exponential back-off and jitter after an unexpected loss
    int reconnectInitialDelayMs = 1000;
    int reconnectMaximumDelayMs = 60000;
    // After a reconnect to a broker that did not keep the session, subscribe again to what was subscribed. Off for
    // an owner that subscribes in every connected() itself, as libmosquitto clients do in on_connect (canopy-cli sub).
    bool restoreSubscriptions = true;
    // For headless subscribers and worker threads only (it blocks the thread for up to 1 ms): when small batches
    // arrive back to back, wait briefly before the next read so that it takes a larger chunk. Under a flood this
    // saves most of the per-wake-up kernel cost; it never delays a quiet stream.
    bool coalesceReads = false;
};

// The outcome of one request (publish, subscribe or unsubscribe), shared between the client and its handles.
struct RequestStatus {
    Token token = 0;
    bool finished = false;
    bool success = false;
    quint8 reasonCode = ReasonCode::Success; // v5 reason code, or the first failing SUBACK code
    QList<quint8> reasonCodes; // SUBACK / UNSUBACK: one per filter
    QString errorString; // one sentence when !success
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

Q_SIGNALS:
    void stateChanged(Mqtt::Client::State state);
    void connected(const Mqtt::ConnAck &connAck);
    void disconnected();
    void errorOccurred(const QString &sentence); // one clear sentence for every failure
    void warning(const QString &sentence); // e.g. TLS without verification
    void messagesReceived(const QList<Mqtt::Publish> &messages); // a batch, in arrival order
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
    void drain(); // writes session output, dispatches events and messages, re-arms the timer, closes if asked
    void handleEvent(const SessionEvent &event);
    void scheduleReconnect();
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
    int m_reconnectAttempt = 0;
    qint64 m_previousBatchNs = 0; // for coalesceReads

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
