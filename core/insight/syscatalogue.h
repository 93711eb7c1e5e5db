// SPDX-License-Identifier: MIT
#pragma once

// What the $SYS topics of mosquitto, EMQX and HiveMQ mean: a topic name to one of the dashboard's metrics and how
// its payload reads. Names from the brokers' public documentation: mosquitto(8) "BROKER STATUS" ($SYS/broker/...),
// EMQX "System Topic" ($SYS/brokers/<node>/stats/... and /metrics/...), HiveMQ's $SYS topic extension, which follows
// the mqtt.org $SYS convention of mosquitto's names. Pure.

#include <QString>
#include <QStringView>

#include <optional>

enum class SysMetric : quint8 {
    Version,
    Uptime,
    ClientsConnected,
    ClientsMaximum,
    MessagesInPerSecond,
    MessagesOutPerSecond,
    BytesInPerSecond,
    BytesOutPerSecond,
    Retained,
    Subscriptions,
    Dropped,
};
inline constexpr int SysMetricCount = int(SysMetric::Dropped) + 1;

enum class SysBroker : quint8 { Unknown, Mosquitto, Emqx, HiveMq };

struct SysTopicMeaning {
    enum class Kind : quint8 {
        Text, // shown as it is (version)
        Gauge, // a number shown as it is (clients, retained, subscriptions)
        Seconds, // "12345 seconds" or a number of seconds (uptime)
        PerMinute, // an average per minute, shown per second (mosquitto's load/.../1min)
        Counter, // a running total: the metric is its rate between two updates
    };
    SysMetric metric = SysMetric::Version;
    Kind kind = Kind::Text;
    SysBroker broker = SysBroker::Unknown;
    // Several topics can feed one metric; the lowest priority that has reported wins (a counter's exact rate over
    // a one-minute average).
    int priority = 0;
};

class SysCatalogue {
public:
    // The meaning of a $SYS topic, or nothing for a topic the dashboard lists raw.
    static std::optional<SysTopicMeaning> meaning(QStringView topic);
    static bool isSysTopic(QStringView topic) { return topic.startsWith(u"$SYS/") || topic == u"$SYS"; }
};
