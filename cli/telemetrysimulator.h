// SPDX-License-Identifier: MIT
#pragma once

#include "codec/mqttpacket.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <vector>

namespace Cli {

// Demo telemetry of a small site, as pure logic (time is passed in): a building whose rooms publish JSON climate
// readings, smart plugs with power in watts, a weather station with plain numeric topics, retained device
// configuration and online status, one binary (non-UTF-8) topic, now and then a large JSON payload, and a press on
// the shop floor that speaks Sparkplug B (protobuf DDATA under spBv1.0/, its group named after the prefix).
class TelemetrySimulator {
public:
    explicit TelemetrySimulator(QString prefix, quint32 seed = 1);

    // Retained messages to publish once at start: device configuration and "online" status.
    QList<Mqtt::Publish> retainedMessages() const;
    // The status topic of the simulator itself, for its will ("offline", retained).
    QString statusTopic() const;
    // The Sparkplug B device's topic: spBv1.0/<prefix, '/' as '-'>/DDATA/edge1/press1.
    QString sparkplugTopic() const;

    // The next message of the round-robin over all live topics, with values for time nowMs (milliseconds since the
    // epoch: the climate readings and the Sparkplug payloads carry it).
    Mqtt::Publish next(qint64 nowMs);

    qsizetype liveTopicCount() const { return qsizetype(m_sources.size()); }

private:
    enum class Kind { RoomClimate, PlugPower, PlugEnergy, Weather, Binary, LargeManifest, Sparkplug };
    struct Source {
        Kind kind;
        QString topic;
        double value = 0; // random-walk state
        double base = 0;
        int every = 1; // publish on one turn out of `every`
    };

    Mqtt::Publish make(Source &source, qint64 nowMs);
    double walk(Source &source, double step, double low, double high);

    QString m_prefix;
    QRandomGenerator m_random;
    std::vector<Source> m_sources;
    std::vector<QString> m_devices;
    size_t m_cursor = 0;
    quint64 m_turn = 0;
    quint64 m_sequence = 0;
    quint64 m_sparkplugSequence = 0; // Sparkplug's seq: 0 to 255, then 0 again
};

} // namespace Cli
