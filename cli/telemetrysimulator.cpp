// SPDX-License-Identifier: MIT
#include "telemetrysimulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {
double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString isoTime(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs);
}
// Protocol Buffers, the few pieces a Sparkplug B payload needs (field numbers of the Sparkplug 3.0 schema).
QByteArray varint(quint64 value)
{
    QByteArray out;
    do {
        uchar byte = uchar(value & 0x7f);
        value >>= 7;
        out.append(char(value ? byte | 0x80 : byte));
    } while (value);
    return out;
}

QByteArray varintField(quint32 field, quint64 value)
{
    return varint(quint64(field) << 3) + varint(value);
}

QByteArray bytesField(quint32 field, const QByteArray &value)
{
    return varint((quint64(field) << 3) | 2) + varint(quint64(value.size())) + value;
}

template<typename T>
QByteArray fixedField(quint32 field, T value)
{
    static_assert(sizeof(T) == 4 || sizeof(T) == 8);
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T)); // little-endian, as the wire format
    return varint((quint64(field) << 3) | (sizeof(T) == 4 ? 5 : 1)) + QByteArray(raw, sizeof(T));
}

// A metric: name (1), data type (4), and its value field.
QByteArray sparkplugMetric(const char *name, quint32 dataType, const QByteArray &value)
{
    return bytesField(2, bytesField(1, QByteArray(name)) + varintField(4, dataType) + value);
}

} // namespace

TelemetrySimulator::TelemetrySimulator(QString prefix, quint32 seed)
    : m_prefix(std::move(prefix))
    , m_random(seed)
{
    const QStringList floors { u"floor1"_s, u"floor2"_s, u"floor3"_s };
    const QStringList rooms { u"kitchen"_s, u"office"_s, u"meeting"_s, u"lab"_s, u"lobby"_s };
    for (const QString &floor : floors) {
        for (const QString &room : rooms) {
            const QString topic = m_prefix + u"/building/"_s + floor + u'/' + room + u"/climate"_s;
            m_sources.push_back({ Kind::RoomClimate, topic, 21.0 + m_random.bounded(3.0), 45.0, 1 });
            m_devices.push_back(u"sensor-"_s + floor + u'-' + room);
        }
    }
    const QStringList plugs { u"coffee-machine"_s, u"server-rack"_s, u"printer"_s, u"heat-pump"_s, u"ev-charger"_s };
    const double plugBase[] = { 5, 420, 12, 900, 0 };
    for (qsizetype i = 0; i < plugs.size(); ++i) {
        const QString root = m_prefix + u"/plugs/"_s + plugs.at(i);
        m_sources.push_back({ Kind::PlugPower, root + u"/power"_s, plugBase[i], plugBase[i], 1 });
        m_sources.push_back({ Kind::PlugEnergy, root + u"/energy"_s, 1000.0 * (i + 1), 0, 4 });
        m_devices.push_back(u"plug-"_s + plugs.at(i));
    }
    const QString weather = m_prefix + u"/weather/station1/"_s;
    m_sources.push_back({ Kind::Weather, weather + u"temperature"_s, 8.0, -10, 1 });
    m_sources.push_back({ Kind::Weather, weather + u"humidity"_s, 70.0, 0, 1 });
    m_sources.push_back({ Kind::Weather, weather + u"pressure"_s, 1013.0, 900, 2 });
    m_sources.push_back({ Kind::Weather, weather + u"wind_speed"_s, 12.0, 0, 1 });
    m_sources.push_back({ Kind::Weather, weather + u"rain"_s, 0.0, 0, 3 });
    m_devices.push_back(u"weather-station1"_s);
    m_sources.push_back({ Kind::Binary, m_prefix + u"/gateway/zigbee/raw"_s, 0, 0, 5 });
    m_sources.push_back({ Kind::LargeManifest, m_prefix + u"/firmware/manifest"_s, 0, 0, 60 });
    m_sources.push_back({ Kind::Sparkplug, sparkplugTopic(), 200.0, 6.0, 2 });
}

QString TelemetrySimulator::sparkplugTopic() const
{
    QString group = m_prefix;
    group.replace(u'/', u'-'); // a group id is one topic level
    return u"spBv1.0/"_s + group + u"/DDATA/edge1/press1"_s;
}

QString TelemetrySimulator::statusTopic() const
{
    return m_prefix + u"/simulator/status"_s;
}

QList<Mqtt::Publish> TelemetrySimulator::retainedMessages() const
{
    QList<Mqtt::Publish> messages;
    int index = 0;
    for (const QString &device : m_devices) {
        Mqtt::Publish config;
        config.topic = m_prefix + u"/devices/"_s + device + u"/config"_s;
        config.retain = true;
        config.qos = 1;
        const QJsonObject object { { u"id"_s, device }, { u"firmware"_s, u"2.%1.%2"_s.arg(index % 4).arg(index % 7) },
            { u"interval_s"_s, 5 + index % 3 * 5 }, { u"unit"_s, device.startsWith(u"plug"_s) ? u"W"_s : u"°C"_s } };
        config.payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
        messages.append(config);

        Mqtt::Publish status;
        status.topic = m_prefix + u"/devices/"_s + device + u"/status"_s;
        status.retain = true;
        status.qos = 1;
        status.payload = index % 11 == 10 ? QByteArrayLiteral("offline") : QByteArrayLiteral("online");
        messages.append(status);
        ++index;
    }
    Mqtt::Publish own;
    own.topic = statusTopic();
    own.retain = true;
    own.qos = 1;
    own.payload = QByteArrayLiteral("online");
    messages.append(own);
    return messages;
}

double TelemetrySimulator::walk(Source &source, double step, double low, double high)
{
    source.value = std::clamp(source.value + (m_random.generateDouble() - 0.5) * 2.0 * step, low, high);
    return source.value;
}

Mqtt::Publish TelemetrySimulator::next(qint64 nowMs)
{
    // Round robin; a source with every = N speaks on one turn in N, so slow topics stay slow.
    for (;;) {
        Source &source = m_sources[m_cursor];
        m_cursor = (m_cursor + 1) % m_sources.size();
        if (m_cursor == 0)
            ++m_turn;
        if (m_turn % quint64(source.every) == 0)
            return make(source, nowMs);
    }
}

Mqtt::Publish TelemetrySimulator::make(Source &source, qint64 nowMs)
{
    Mqtt::Publish message;
    message.topic = source.topic;
    ++m_sequence;
    switch (source.kind) {
    case Kind::RoomClimate: {
        const double temperature = walk(source, 0.15, 16.0, 28.0);
        source.base = std::clamp(source.base + (m_random.generateDouble() - 0.5), 25.0, 70.0);
        const QJsonObject object { { u"temperature"_s, round1(temperature) }, { u"humidity"_s, round1(source.base) },
            { u"co2"_s, 400 + int(m_random.bounded(900)) }, { u"battery"_s, 80 + int(m_sequence % 20) },
            { u"time"_s, isoTime(nowMs) } };
        message.payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
        break;
    }
    case Kind::PlugPower: {
        const double watts = source.base <= 0 ? (m_random.bounded(10) < 3 ? 7400.0 : 0.0)
                                              : walk(source, source.base * 0.05, source.base * 0.5, source.base * 1.5);
        message.payload = QByteArray::number(round1(watts));
        break;
    }
    case Kind::PlugEnergy:
        source.value += 0.01 + m_random.bounded(0.05);
        message.payload = QByteArray::number(source.value, 'f', 3);
        break;
    case Kind::Weather: {
        const double step = source.topic.endsWith(u"pressure"_s) ? 0.3 : 0.4;
        const double high = source.topic.endsWith(u"pressure"_s) ? 1050.0 : 100.0;
        message.payload = QByteArray::number(round1(walk(source, step, source.base, high)));
        break;
    }
    case Kind::Binary: {
        // A raw radio frame: a header with bytes that are not valid UTF-8, then a counter and random bytes.
        QByteArray frame("\xfe\xff\x00\x81", 4);
        for (int i = 0; i < 12; ++i)
            frame.append(char(m_random.bounded(256)));
        frame.append(char(m_sequence & 0xff));
        message.payload = frame;
        break;
    }
    case Kind::LargeManifest: {
        // About 120 KB: larger than what some explorers silently cut (20 KB), so the UI must show it whole or say so.
        QJsonArray files;
        for (int i = 0; i < 1200; ++i)
            files.append(QJsonObject { { u"path"_s, u"/firmware/blob/part-%1.bin"_s.arg(i, 4, 10, QLatin1Char('0')) },
                { u"sha256"_s,
                    QString::fromLatin1(QByteArray::number(m_random.generate64(), 16).repeated(4).left(64)) } });
        const QJsonObject object { { u"version"_s, u"2.4.%1"_s.arg(m_sequence % 100) }, { u"files"_s, files } };
        message.payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
        break;
    }
    case Kind::Sparkplug: {
        // Sparkplug data types: Float 9, Double 10, Boolean 11, String 12, UInt64 8.
        const double temperature = walk(source, 0.8, 170.0, 230.0);
        source.base = std::clamp(source.base + (m_random.generateDouble() - 0.5) * 0.2, 4.0, 8.0);
        const bool running = m_random.bounded(20) != 0;
        message.payload = varintField(1, quint64(nowMs))
            + sparkplugMetric("Press/Temperature", 10, fixedField(13, round1(temperature)))
            + sparkplugMetric("Press/Pressure", 9, fixedField(12, float(source.base)))
            + sparkplugMetric("Press/Cycles", 8, varintField(11, m_sequence))
            + sparkplugMetric("Press/Running", 11, varintField(14, running ? 1 : 0))
            + sparkplugMetric("Press/Mode", 12, bytesField(15, running ? "auto" : "maintenance"))
            + varintField(3, m_sparkplugSequence++ % 256);
        break;
    }
    }
    return message;
}

} // namespace Cli
