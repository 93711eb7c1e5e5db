// SPDX-License-Identifier: MIT
#include "insight/syscatalogue.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

using Kind = SysTopicMeaning::Kind;

struct Entry {
    QStringView suffix; // after "$SYS/broker/" (mosquitto, HiveMQ) or "$SYS/brokers/<node>/" (EMQX)
    SysMetric metric;
    Kind kind;
    int priority;
};

// mosquitto(8); HiveMQ's $SYS plugin publishes the same names (the mqtt.org convention, drawn from mosquitto's).
constexpr std::array MosquittoEntries {
    Entry { u"version", SysMetric::Version, Kind::Text, 0 },
    Entry { u"uptime", SysMetric::Uptime, Kind::Seconds, 0 },
    Entry { u"clients/connected", SysMetric::ClientsConnected, Kind::Gauge, 0 },
    Entry { u"clients/active", SysMetric::ClientsConnected, Kind::Gauge, 1 }, // before mosquitto 1.4
    Entry { u"clients/maximum", SysMetric::ClientsMaximum, Kind::Gauge, 0 },
    Entry { u"messages/received", SysMetric::MessagesInPerSecond, Kind::Counter, 0 },
    Entry { u"messages/sent", SysMetric::MessagesOutPerSecond, Kind::Counter, 0 },
    Entry { u"load/messages/received/1min", SysMetric::MessagesInPerSecond, Kind::PerMinute, 1 },
    Entry { u"load/messages/sent/1min", SysMetric::MessagesOutPerSecond, Kind::PerMinute, 1 },
    Entry { u"bytes/received", SysMetric::BytesInPerSecond, Kind::Counter, 0 },
    Entry { u"bytes/sent", SysMetric::BytesOutPerSecond, Kind::Counter, 0 },
    Entry { u"load/bytes/received/1min", SysMetric::BytesInPerSecond, Kind::PerMinute, 1 },
    Entry { u"load/bytes/sent/1min", SysMetric::BytesOutPerSecond, Kind::PerMinute, 1 },
    Entry { u"retained messages/count", SysMetric::Retained, Kind::Gauge, 0 },
    Entry { u"subscriptions/count", SysMetric::Subscriptions, Kind::Gauge, 0 },
    Entry { u"publish/messages/dropped", SysMetric::Dropped, Kind::Gauge, 0 },
    // Where the mqtt.org $SYS convention, which HiveMQ's $SYS topic plugin follows, names them otherwise: running
    // byte totals under load/, and the dropped count under messages/.
    Entry { u"load/bytes/received", SysMetric::BytesInPerSecond, Kind::Counter, 2 },
    Entry { u"load/bytes/sent", SysMetric::BytesOutPerSecond, Kind::Counter, 2 },
    Entry { u"messages/publish/dropped", SysMetric::Dropped, Kind::Gauge, 1 },
};

// EMQX "System Topic": $SYS/brokers/<node>/...
constexpr std::array EmqxEntries {
    Entry { u"version", SysMetric::Version, Kind::Text, 0 },
    Entry { u"uptime", SysMetric::Uptime, Kind::Seconds, 0 },
    Entry { u"stats/connections/count", SysMetric::ClientsConnected, Kind::Gauge, 0 },
    Entry { u"stats/connections/max", SysMetric::ClientsMaximum, Kind::Gauge, 0 },
    Entry { u"metrics/messages/received", SysMetric::MessagesInPerSecond, Kind::Counter, 0 },
    Entry { u"metrics/messages/sent", SysMetric::MessagesOutPerSecond, Kind::Counter, 0 },
    Entry { u"metrics/bytes/received", SysMetric::BytesInPerSecond, Kind::Counter, 0 },
    Entry { u"metrics/bytes/sent", SysMetric::BytesOutPerSecond, Kind::Counter, 0 },
    Entry { u"stats/retained/count", SysMetric::Retained, Kind::Gauge, 0 },
    Entry { u"stats/subscriptions/count", SysMetric::Subscriptions, Kind::Gauge, 0 },
    Entry { u"metrics/messages/dropped", SysMetric::Dropped, Kind::Gauge, 0 },
};

template<size_t N>
std::optional<SysTopicMeaning> lookUp(const std::array<Entry, N> &entries, QStringView suffix, SysBroker broker)
{
    for (const Entry &entry : entries) {
        if (entry.suffix == suffix)
            return SysTopicMeaning { entry.metric, entry.kind, broker, entry.priority };
    }
    return std::nullopt;
}

} // namespace

std::optional<SysTopicMeaning> SysCatalogue::meaning(QStringView topic)
{
    constexpr QStringView mosquitto = u"$SYS/broker/";
    constexpr QStringView emqx = u"$SYS/brokers/";
    if (topic.startsWith(mosquitto))
        return lookUp(MosquittoEntries, topic.sliced(mosquitto.size()), SysBroker::Mosquitto);
    if (topic.startsWith(emqx)) {
        const QStringView rest = topic.sliced(emqx.size()); // <node>/...
        const qsizetype slash = rest.indexOf(u'/');
        if (slash <= 0)
            return std::nullopt;
        return lookUp(EmqxEntries, rest.sliced(slash + 1), SysBroker::Emqx);
    }
    return std::nullopt;
}
