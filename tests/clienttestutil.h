// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the Mqtt::Client tests: options for a local broker, and a recorder that keeps what one client
// reported (messages, errors, refusals, states) so a test can wait on it with QTRY_*.

#include "client/mqttclient.h"

#include <QCryptographicHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTest>

namespace ClientTest {

using Mqtt::Client;
using Mqtt::ProtocolVersion;

inline QString versionName(ProtocolVersion version)
{
    return version == ProtocolVersion::V5 ? QStringLiteral("MQTT 5.0") : QStringLiteral("MQTT 3.1.1");
}

// A client identifier unique to the current test function, data row and purpose (mosquitto takes over sessions
// by identifier, so tests running one after another must not share them).
inline QString clientId(const QString &purpose)
{
    const QByteArray row = QByteArray(QTest::currentTestFunction()) + '/' + QTest::currentDataTag();
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(row, QCryptographicHash::Md5).toHex().left(10));
    return QStringLiteral("canopy-") + QString::fromLatin1(QTest::currentTestFunction()).left(24) + u'-' + digest + u'-'
        + purpose;
}

// Plain MQTT to host:port, short timeouts, no keep-alive pings unless a test asks for them.
inline Mqtt::ClientOptions localOptions(const QString &host, quint16 port, ProtocolVersion version, const QString &id)
{
    Mqtt::ClientOptions options;
    options.connection.scheme = Mqtt::ConnectionOptions::Scheme::Mqtt;
    options.connection.host = host;
    options.connection.port = port;
    options.connection.connectTimeoutMs = 5000;
    options.session.connect.version = version;
    options.session.connect.clientId = id;
    options.session.connect.keepAliveSeconds = 0;
    return options;
}

// Everything one client reported, in order. The recorder lives in the thread that creates it: a client in a
// worker thread reports to it through queued connections.
class Recorder : public QObject {
public:
    explicit Recorder(Client *client)
    {
        connect(
            client, &Client::messagesReceived, this, [this](const QList<Mqtt::Publish> &batch) { messages += batch; });
        connect(client, &Client::errorOccurred, this, [this](const QString &sentence) { errors += sentence; });
        connect(client, &Client::connectionRefused, this, [this](quint8 code, const QString &sentence) {
            refusalCodes += code;
            refusals += sentence;
        });
        connect(client, &Client::serverDisconnected, this, [this](quint8 code, const QString &sentence) {
            serverDisconnectCodes += code;
            serverDisconnects += sentence;
        });
        connect(client, &Client::protocolViolation, this, [this](quint8 code, const QString &sentence) {
            violationCodes += code;
            violations += sentence;
        });
        connect(client, &Client::connected, this, [this](const Mqtt::ConnAck &connAck) { connAcks += connAck; });
        connect(client, &Client::disconnected, this, [this] { ++disconnects; });
        connect(client, &Client::stateChanged, this, [this](Client::State state) { states += state; });
        connect(client, &Client::packetSent, this, [this](const Mqtt::Packet &packet) { sent += packet; });
        connect(client, &Client::packetReceived, this, [this](const Mqtt::Packet &packet) { received += packet; });
        connect(client, &Client::publishFinished, this,
            [this](Mqtt::Token token, bool success, quint8, const QString &error) {
                publishes += Finished { token, success, error };
            });
        connect(client, &Client::subscribeFinished, this,
            [this](Mqtt::Token token, bool success, const QList<quint8> &, const QString &error) {
                subscribes += Finished { token, success, error };
            });
    }

    struct Finished {
        Mqtt::Token token = 0;
        bool success = false;
        QString error;
    };

    QString allErrors() const { return errors.join(QStringLiteral(" | ")); }
    int countSent(Mqtt::PacketType type) const { return count(sent, type); }
    int countReceived(Mqtt::PacketType type) const { return count(received, type); }

    QList<Mqtt::Publish> messages;
    QStringList errors;
    QList<quint8> refusalCodes;
    QStringList refusals;
    QList<quint8> serverDisconnectCodes;
    QStringList serverDisconnects;
    QList<quint8> violationCodes;
    QStringList violations;
    QList<Mqtt::ConnAck> connAcks;
    int disconnects = 0;
    QList<Client::State> states;
    QList<Mqtt::Packet> sent;
    QList<Mqtt::Packet> received;
    QList<Finished> publishes;
    QList<Finished> subscribes;

private:
    static int count(const QList<Mqtt::Packet> &packets, Mqtt::PacketType type)
    {
        int n = 0;
        for (const Mqtt::Packet &packet : packets)
            n += Mqtt::packetType(packet) == type ? 1 : 0;
        return n;
    }
};

} // namespace ClientTest
