// SPDX-License-Identifier: MIT
#pragma once

// canopy-flood --serve: the broker's stand-in for measuring a subscriber alone. It accepts one client on a TCP port,
// answers its CONNECT (3.1, 3.1.1 or 5.0) with a CONNACK and its SUBSCRIBE with a SUBACK that grants QoS 0, then
// writes COUNT pre-encoded QoS 0 PUBLISH packets over TOPICS topics, in the client's version, as fast as the socket
// takes them. No broker sits in the way, so the subscriber is the only limit; the time the source spends waiting
// for the socket to take more (blocked_s) is how hard the subscriber pushed back on TCP. The source answers PINGREQ
// and waits for the client to close the connection (so that nothing it wrote is cut off), then prints one line:
//
//     sent=N seconds=S rate=R blocked_s=B blocks=K
//
// seconds runs from the first PUBLISH written to the last one handed to the kernel; blocked_s sums the waits for
// the socket to become writable, blocks counts them. Every PUBLISH is sent whatever the filter.

#include "codec/mqttpacket.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <mutex>
#include <vector>

class RawSource {
public:
    struct Settings {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 0; // 0: any free port (printed on stderr as "listening on HOST:PORT")
        qint64 count = 100000;
        int topics = 1000;
        int payloadSize = 64;
        QString prefix = QStringLiteral("flood");
        int waitSeconds = 60; // for the client to connect and subscribe, and for it to close after the flood
        int chunkBytes = 256 * 1024; // bytes handed to the kernel per send()
    };

    explicit RawSource(const Settings &settings);
    ~RawSource();
    RawSource(const RawSource &) = delete;
    RawSource &operator=(const RawSource &) = delete;

    // Listens; false with *error set if it cannot. The port is known afterwards (port()).
    bool listen(QString *error);
    quint16 port() const { return m_port; }
    // Serves one client from accept to close; false with *error set when the client never subscribes or the
    // connection fails before everything was sent.
    bool serve(QString *error);

    qint64 sent() const { return m_sent; }
    double seconds() const { return m_seconds; }
    double blockedSeconds() const { return m_blockedSeconds; }
    qint64 blocks() const { return m_blocks; }

private:
    bool handshake(QString *error);
    bool flood(QString *error);
    void answerUntilClosed(); // in its own thread while flood() writes
    bool sendAll(const char *data, qsizetype size, bool countBlocks); // under m_writeMutex
    bool readPacket(Mqtt::Packet *packet, QString *error, int timeoutMs);

    Settings m_settings;
    int m_listenFd = -1;
    int m_fd = -1;
    quint16 m_port = 0;
    Mqtt::ProtocolVersion m_version = Mqtt::ProtocolVersion::V311;
    QByteArray m_received; // bytes read from the client and not yet decoded
    std::mutex m_writeMutex; // the flood and the PINGRESPs share the socket
    std::atomic<bool> m_closed { false }; // the client closed (or the connection failed)
    QElapsedTimer m_clock; // started at accept
    std::atomic<qint64> m_floodEndMs { -1 }; // m_clock when the flood ended
    qint64 m_sent = 0;
    double m_seconds = 0;
    double m_blockedSeconds = 0;
    qint64 m_blocks = 0;
};
