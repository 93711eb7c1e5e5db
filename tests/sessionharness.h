// SPDX-License-Identifier: MIT
#pragma once

// A scripted broker around one Mqtt::Session for the session tests: it encodes what the broker sends with the
// real codec, feeds the bytes in, and decodes what the session writes back into packets (as a broker would).

#include "codec/mqttcodec.h"
#include "session/mqttsession.h"

#include <QList>
#include <QTest>

#include <initializer_list>
#include <vector>

Q_DECLARE_METATYPE(Mqtt::ProtocolVersion)

namespace SessionTest {

using namespace Mqtt;

inline SessionConfig config(ProtocolVersion version, quint16 keepAlive = 0, bool cleanStart = true)
{
    SessionConfig config;
    config.connect.version = version;
    config.connect.clientId = QStringLiteral("canopy-test");
    config.connect.keepAliveSeconds = keepAlive;
    config.connect.cleanStart = cleanStart;
    return config;
}

inline Publish publishPacket(const QString &topic, quint8 qos, quint16 packetId = 0, QByteArray payload = "x")
{
    Publish publish;
    publish.topic = topic;
    publish.qos = qos;
    publish.packetId = packetId;
    publish.payload = std::move(payload);
    return publish;
}

inline PublishAck ack(PacketType type, quint16 packetId, quint8 reasonCode = ReasonCode::Success)
{
    PublishAck ack;
    ack.type = type;
    ack.packetId = packetId;
    ack.reasonCode = reasonCode;
    return ack;
}

struct Broker {
    explicit Broker(SessionConfig sessionConfig)
        : version(sessionConfig.connect.version)
        , session(std::move(sessionConfig))
    {
        decoder.setProtocolVersion(version);
    }

    ProtocolVersion version;
    Session session;
    Decoder decoder { Role::Server };
    qint64 now = 1000;
    QByteArray unread; // bytes sent() could not decode (empty unless the test has already failed)
    QList<qsizetype> sentSizes; // the size of every packet sent() decoded so far, in order

    // Every packet the session wrote since the last call, decoded as the broker would. Bytes that are not whole,
    // well-formed packets fail the test: otherwise every check that nothing (or only certain packets) was sent
    // would pass on garbage.
    QList<Packet> sent()
    {
        unread += session.takeOutgoing();
        QList<Packet> packets;
        while (!unread.isEmpty()) {
            const DecodeResult result = decoder.decode(unread);
            if (result.status == DecodeResult::Status::Malformed) {
                failOnUnread(QStringLiteral("the session wrote a malformed packet (%1)").arg(result.error));
                break;
            }
            if (result.status != DecodeResult::Status::Complete) {
                // The session hands out whole packets only, so what is left is a packet cut short.
                failOnUnread(QStringLiteral("the session wrote part of a packet"));
                break;
            }
            packets.append(result.packet);
            sentSizes.append(result.consumed);
            unread.remove(0, result.consumed);
        }
        return packets;
    }

    // Like sent(), but only the packets of the given type.
    template<typename T>
    QList<T> sentOf()
    {
        QList<T> result;
        for (const Packet &packet : sent()) {
            if (const T *typed = std::get_if<T>(&packet))
                result.append(*typed);
        }
        return result;
    }

    void failOnUnread(const QString &what)
    {
        const QString message = what + QStringLiteral(": ") + QString::fromLatin1(unread.left(64).toHex(' '))
            + (unread.size() > 64 ? QStringLiteral(" …") : QString());
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    }

    void feed(const Packet &packet) { session.receiveBytes(encode(packet, version), now); }

    // Opens the connection and returns the CONNECT the session wrote (or a default one if it wrote none).
    Connect open()
    {
        session.connectionOpened(now);
        const QList<Packet> packets = sent();
        if (packets.isEmpty() || !std::holds_alternative<Connect>(packets.constFirst()))
            return {};
        return std::get<Connect>(packets.constFirst());
    }

    void connAck(ConnAck connAck = {}) { feed(connAck); }

    // Opens and accepts the connection; drops what that wrote and reported.
    void connect(ConnAck connAck = {})
    {
        open();
        this->connAck(std::move(connAck));
        sent();
        session.takeEvents();
    }

    std::vector<SessionEvent> events() { return session.takeEvents(); }

    QList<SessionEvent::Type> eventTypes()
    {
        QList<SessionEvent::Type> types;
        for (const SessionEvent &event : session.takeEvents())
            types.append(event.type);
        return types;
    }
};

// Data rows "<clause> (3.1.1)", "<clause> (5.0)", ... with a "version" column.
inline void addVersionRows(const char *clause,
    std::initializer_list<ProtocolVersion> versions = { ProtocolVersion::V311, ProtocolVersion::V5 })
{
    for (ProtocolVersion version : versions) {
        const char *name = version == ProtocolVersion::V5 ? "5.0" : version == ProtocolVersion::V311 ? "3.1.1" : "3.1";
        QTest::addRow("%s (%s)", clause, name) << version;
    }
}

inline QList<quint16> idsOf(const QList<Publish> &publishes)
{
    QList<quint16> ids;
    for (const Publish &publish : publishes)
        ids.append(publish.packetId);
    return ids;
}

inline QList<PacketType> typesOf(const QList<Packet> &packets)
{
    QList<PacketType> types;
    for (const Packet &packet : packets)
        types.append(packetType(packet));
    return types;
}

} // namespace SessionTest
