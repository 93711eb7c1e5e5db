// SPDX-License-Identifier: MIT
#pragma once

#include "codec/mqttcodec.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

// A scripted MQTT "broker" on 127.0.0.1 for flows a real broker will not produce (malformed packets, dropped acks,
// reconnects mid-flow): the test reads the exact bytes the client sent and answers with exact bytes.
//
// One client at a time is "current": the most recent connection. What it sends accumulates in a receive buffer
// (reset when a new client becomes current) that the wait/take functions consume from the front.
// Every wait runs the event loop until its condition holds or its deadline passes; nothing sleeps.
class FakeBroker : public QObject {
    Q_OBJECT
public:
    explicit FakeBroker(QObject *parent = nullptr);
    ~FakeBroker() override;

    bool listen(); // on 127.0.0.1, a free port
    QString host() const; // "127.0.0.1"
    quint16 port() const;
    QString errorString() const;

    // True once a client is connected (one that connected before the call counts; one dropped does not).
    bool waitForClient(int timeoutMs = 5000);
    bool isClientConnected() const;
    int connectionCount() const; // connections accepted so far
    bool waitForConnectionCount(int count, int timeoutMs = 5000);

    // Waits until the buffer holds `count` bytes and removes them from its front. On timeout, removes and returns
    // what is there (fewer bytes), so a QCOMPARE against the expected bytes shows what did arrive.
    QByteArray waitForBytes(qsizetype count, int timeoutMs = 5000);
    // Waits until `predicate(buffer)` holds; does not consume. False on timeout.
    bool waitForReceived(const std::function<bool(const QByteArray &)> &predicate, int timeoutMs = 5000);
    QByteArray received() const { return m_received; }
    QByteArray takeReceived(); // everything buffered so far (possibly empty), without waiting

    void send(const QByteArray &exactBytes); // to the current client, flushed at once
    void dropClient(); // closes the current connection at once, discarding unsent bytes (no DISCONNECT)
    void closeClient(); // graceful close of the current connection (FIN after pending bytes)
    // True once the current client has gone (it closed the connection, or was dropped).
    bool waitForDisconnected(int timeoutMs = 5000);

    // Decodes the next packet the current client sent, as a server would (by MQTT 3.1.1 until the client's CONNECT
    // names its version), and consumes its bytes. nullopt on timeout or malformed bytes: see decodeError().
    std::optional<Mqtt::Packet> waitForPacket(int timeoutMs = 5000);
    QString decodeError() const { return m_decodeError; }
    // The version waitForPacket() and sendPacket() use; set by each CONNECT decoded, reset to 3.1.1 per client.
    void setProtocolVersion(Mqtt::ProtocolVersion version) { m_decoder.setProtocolVersion(version); }
    Mqtt::ProtocolVersion protocolVersion() const { return m_decoder.protocolVersion(); }
    void sendPacket(const Mqtt::Packet &packet); // encoded by protocolVersion(), then send()

Q_SIGNALS:
    void clientConnected();
    void bytesReceived();
    void clientDisconnected();

private:
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
    void onNewConnection();

    std::unique_ptr<QTcpServer> m_server;
    QPointer<QTcpSocket> m_client;
    QByteArray m_received;
    QString m_error;
    QString m_decodeError;
    Mqtt::Decoder m_decoder { Mqtt::Role::Server };
    int m_connectionCount { 0 };
};
