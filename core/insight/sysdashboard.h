// SPDX-License-Identifier: MIT
#pragma once

// The $SYS dashboard's state: the latest value of each metric the broker publishes (SysCatalogue), a short trend of
// it, and every other $SYS topic as it came. Pure: messages and their times are passed in.

#include "insight/syscatalogue.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

class SysDashboard {
public:
    static constexpr int TrendPoints = 120; // values kept per metric for its trend

    struct Point {
        qint64 ms = 0;
        double value = 0;
    };
    struct Metric {
        bool present = false;
        QString text; // what the dashboard shows: the broker's text for Text, else the number
        std::optional<double> value; // the number (per second for rates)
        QList<Point> trend; // oldest first, at most TrendPoints
        qint64 updatedMs = 0;
        QString sourceTopic;
        int priority = 1000; // of the topic that feeds it (SysTopicMeaning::priority)
    };
    struct RawTopic {
        QString payload; // as text (UTF-8, invalid bytes replaced)
        qint64 updatedMs = 0;
    };

    // One $SYS message. Returns false for a topic outside $SYS (ignored).
    bool update(const QString &topic, const QByteArray &payload, qint64 nowMs);
    void clear();

    bool hasSys() const { return m_messages > 0; } // any $SYS message at all
    quint64 messageCount() const { return m_messages; }
    SysBroker broker() const { return m_broker; }
    const Metric &metric(SysMetric which) const { return m_metrics[size_t(which)]; }
    const QMap<QString, RawTopic> &rawTopics() const { return m_raw; } // $SYS topics with no metric, by name

    // "12345 seconds", "3 days, 2 hours..." (EMQX 4) or a bare number: seconds, if it reads as such.
    static std::optional<double> parseSeconds(const QString &text);
    static std::optional<double> parseNumber(const QString &text);

private:
    struct CounterState {
        double value = 0;
        qint64 ms = -1;
    };
    void setValue(Metric &metric, double value, const QString &text, qint64 nowMs);

    std::array<Metric, SysMetricCount> m_metrics {};
    std::array<CounterState, SysMetricCount> m_counters {};
    QMap<QString, RawTopic> m_raw;
    SysBroker m_broker = SysBroker::Unknown;
    quint64 m_messages = 0;
};
