// SPDX-License-Identifier: MIT
#pragma once

// A canopy-cli (or mosquitto client) process against a scripted broker that records every packet it sends: the
// wire-level view of the end-to-end CLI tests.

#include "cliprocess.h"
#include "codec/mqttcodec.h"
#include "fakebroker.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CliWire {

using namespace Qt::StringLiterals;

// One client's run against a scripted broker that accepts everything (MQTT 5: up to 10 topic aliases) and answers
// every request, until the client disconnects.
struct Wire {
    QList<Mqtt::Packet> packets; // in the order the client sent them
    CliProcess::Finished process;
    QString error; // why the script stopped early, if it did
};

inline Wire runAgainstScriptedBroker(const QString &program, const QStringList &arguments)
{
    Wire wire;
    FakeBroker broker;
    if (!broker.listen()) {
        wire.error = broker.errorString();
        return wire;
    }
    auto process = CliProcess::start(
        program, arguments + QStringList { u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()) });
    Mqtt::Decoder decoder(Mqtt::Role::Server);
    decoder.setTopicAliasMaximum(10);
    QByteArray buffer;
    const auto next = [&]() -> std::optional<Mqtt::Packet> {
        for (;;) {
            const Mqtt::DecodeResult result = decoder.decode(buffer);
            if (result.status == Mqtt::DecodeResult::Status::Complete) {
                buffer.remove(0, result.consumed);
                return result.packet;
            }
            if (result.status == Mqtt::DecodeResult::Status::Malformed) {
                wire.error = result.error;
                return std::nullopt;
            }
            const bool more = broker.waitForReceived(
                [&broker](const QByteArray &received) { return !received.isEmpty() || !broker.isClientConnected(); },
                10000);
            const QByteArray received = broker.takeReceived();
            if (!more || received.isEmpty())
                return std::nullopt;
            buffer += received;
        }
    };
    if (!broker.waitForClient(10000)) {
        wire.error = u"the client did not connect"_s;
        wire.process = CliProcess::finish(*process);
        return wire;
    }
    while (const auto packet = next()) {
        wire.packets.append(*packet);
        if (const auto *connect = std::get_if<Mqtt::Connect>(&*packet)) {
            decoder.setProtocolVersion(connect->version);
            broker.setProtocolVersion(connect->version);
            Mqtt::ConnAck connAck;
            if (connect->version == Mqtt::ProtocolVersion::V5)
                connAck.properties.topicAliasMaximum = 10;
            broker.sendPacket(connAck);
        } else if (const auto *subscribe = std::get_if<Mqtt::Subscribe>(&*packet)) {
            QList<quint8> granted;
            for (const Mqtt::Subscription &subscription : subscribe->subscriptions)
                granted.append(subscription.options.maximumQoS);
            broker.sendPacket(Mqtt::SubAck { subscribe->packetId, granted, {} });
        } else if (const auto *unsubscribe = std::get_if<Mqtt::Unsubscribe>(&*packet)) {
            broker.sendPacket(
                Mqtt::UnsubAck { unsubscribe->packetId, QList<quint8>(unsubscribe->filters.size(), 0), {} });
        } else if (const auto *publish = std::get_if<Mqtt::Publish>(&*packet)) {
            if (publish->qos > 0) {
                Mqtt::PublishAck ack;
                ack.type = publish->qos == 1 ? Mqtt::PacketType::PubAck : Mqtt::PacketType::PubRec;
                ack.packetId = publish->packetId;
                broker.sendPacket(ack);
            }
        } else if (const auto *release = std::get_if<Mqtt::PublishAck>(&*packet)) {
            Mqtt::PublishAck complete;
            complete.type = Mqtt::PacketType::PubComp;
            complete.packetId = release->packetId;
            broker.sendPacket(complete);
        } else if (std::holds_alternative<Mqtt::PingReq>(*packet)) {
            broker.sendPacket(Mqtt::PingResp {});
        } else if (std::holds_alternative<Mqtt::Disconnect>(*packet)) {
            break;
        }
    }
    wire.process = CliProcess::finish(*process);
    return wire;
}

} // namespace CliWire
