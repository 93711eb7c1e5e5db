// SPDX-License-Identifier: MIT
#pragma once

// A fast QoS 0 publisher for tests, in its own thread so that it keeps flooding while the test's (GUI) thread is
// busy or blocked: every PUBLISH is encoded once per topic and written back to back over a blocking QTcpSocket.
// Topics are "PREFIX/<t / 100>/<t>/value" for t in 0..topics-1, published round-robin.

#include "codec/mqttcodec.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <atomic>
#include <thread>
#include <vector>

class FloodPublisher {
public:
    struct Settings {
        QString host;
        quint16 port = 0;
        qint64 count = 0;
        int topics = 1;
        int payloadSize = 32;
        QString prefix = QStringLiteral("flood");
        bool retain = false;
    };

    ~FloodPublisher() { wait(); }

    static QString topic(const QString &prefix, int t)
    {
        return QStringLiteral("%1/%2/%3/value").arg(prefix).arg(t / 100).arg(t);
    }

    void start(const Settings &settings)
    {
        wait();
        m_sent = 0;
        m_failed = false;
        m_thread = std::thread([this, settings] { run(settings); });
    }
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    bool isFinished() const { return m_finished.load(); }
    bool failed() const { return m_failed.load(); }
    qint64 sent() const { return m_sent.load(); } // handed to the kernel so far

    // A client id no other flood shares, in this process or another: a broker drops a connection whose id a newer
    // one takes, with the messages it had not processed yet. (Publishers created one after another in the same
    // place often get the same address, so the address of the object is not an id.)
    static QString clientId()
    {
        static std::atomic<quint64> serial { 0 };
        return QStringLiteral("flood-%1-%2").arg(QCoreApplication::applicationPid()).arg(++serial);
    }

private:
    void run(const Settings &s)
    {
        m_finished = false;
        std::vector<QByteArray> packets;
        for (int t = 0; t < s.topics; ++t) {
            Mqtt::Publish publish;
            publish.topic = topic(s.prefix, t);
            publish.payload = QByteArray::number(t).leftJustified(s.payloadSize, 'x', true);
            publish.retain = s.retain;
            packets.push_back(Mqtt::encode(publish, Mqtt::ProtocolVersion::V311));
        }
        QTcpSocket socket;
        socket.connectToHost(s.host, s.port);
        bool ok = socket.waitForConnected(5000);
        Mqtt::Connect connect;
        connect.clientId = clientId();
        connect.keepAliveSeconds = 0;
        ok = ok && socket.write(Mqtt::encode(connect, Mqtt::ProtocolVersion::V311)) > 0;
        while (ok && socket.bytesAvailable() < 4)
            ok = socket.waitForReadyRead(5000);
        ok = ok && socket.read(4) == QByteArray::fromHex("20020000");
        QByteArray chunk;
        for (qint64 i = 0; ok && i < s.count; ++i) {
            chunk += packets[size_t(i % s.topics)];
            if (chunk.size() >= 65536 || i + 1 == s.count) {
                ok = socket.write(chunk) == chunk.size();
                while (ok && socket.bytesToWrite() > 0)
                    ok = socket.waitForBytesWritten(10000);
                chunk.clear();
                m_sent = i + 1;
            }
        }
        if (ok) {
            socket.write(Mqtt::encode(Mqtt::Disconnect {}, Mqtt::ProtocolVersion::V311));
            socket.disconnectFromHost();
            if (socket.state() != QAbstractSocket::UnconnectedState)
                socket.waitForDisconnected(5000);
        }
        m_failed = !ok;
        m_finished = true;
    }

    std::thread m_thread;
    std::atomic<qint64> m_sent { 0 };
    std::atomic<bool> m_failed { false };
    std::atomic<bool> m_finished { false };
};
