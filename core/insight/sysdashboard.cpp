// SPDX-License-Identifier: MIT
#include "insight/sysdashboard.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<double> SysDashboard::parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<double> SysDashboard::parseSeconds(const QString &text)
{
    if (const auto plain = parseNumber(text))
        return plain;
    // "12345 seconds" (mosquitto), or "1 days, 2 hours, 3 minutes, 4 seconds" (EMQX 4).
    static const QRegularExpression part(u"(\\d+(?:\\.\\d+)?)\\s*(day|hour|minute|second)s?"_s);
    double seconds = 0;
    bool any = false;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const double value = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        seconds += value * (unit == "day"_L1 ? 86400 : unit == "hour"_L1 ? 3600 : unit == "minute"_L1 ? 60 : 1);
        any = true;
    }
    if (!any)
        return std::nullopt;
    return seconds;
}

void SysDashboard::clear()
{
    *this = SysDashboard();
}

void SysDashboard::setValue(Metric &metric, double value, const QString &text, qint64 nowMs)
{
    metric.value = value;
    metric.text = text;
    metric.trend.append({ nowMs, value });
    if (metric.trend.size() > TrendPoints)
        metric.trend.removeFirst();
}

bool SysDashboard::update(const QString &topic, const QByteArray &payload, qint64 nowMs)
{
    if (!SysCatalogue::isSysTopic(topic))
        return false;
    ++m_messages;
    const QString text = QString::fromUtf8(payload);
    const std::optional<SysTopicMeaning> meaning = SysCatalogue::meaning(topic);
    if (meaning && meaning->broker == SysBroker::Emqx)
        m_broker = SysBroker::Emqx;
    if (!meaning) {
        m_raw.insert(topic, RawTopic { text, nowMs });
        return true;
    }
    Metric &metric = m_metrics[size_t(meaning->metric)];
    if (metric.present && meaning->priority > metric.priority)
        return true; // a better source feeds this metric
    metric.present = true;
    metric.priority = meaning->priority;
    metric.sourceTopic = topic;
    metric.updatedMs = nowMs;
    using Kind = SysTopicMeaning::Kind;
    switch (meaning->kind) {
    case Kind::Text:
        metric.text = text.trimmed();
        if (meaning->metric == SysMetric::Version && m_broker != SysBroker::Emqx) {
            if (metric.text.contains("hivemq"_L1, Qt::CaseInsensitive))
                m_broker = SysBroker::HiveMq;
            else if (metric.text.startsWith("mosquitto"_L1, Qt::CaseInsensitive))
                m_broker = SysBroker::Mosquitto;
        }
        break;
    case Kind::Gauge:
        if (const auto value = parseNumber(text))
            setValue(metric, *value, text.trimmed(), nowMs);
        else
            metric.text = text.trimmed();
        break;
    case Kind::Seconds:
        if (const auto value = parseSeconds(text))
            setValue(metric, *value, text.trimmed(), nowMs);
        else
            metric.text = text.trimmed();
        break;
    case Kind::PerMinute:
        if (const auto value = parseNumber(text))
            setValue(metric, *value / 60.0, QString::number(*value / 60.0, 'f', 1), nowMs);
        break;
    case Kind::Counter: {
        const auto value = parseNumber(text);
        if (!value)
            break;
        CounterState &counter = m_counters[size_t(meaning->metric)];
        // The rate between two updates; a counter that went back (the broker restarted) starts over.
        if (counter.ms >= 0 && nowMs > counter.ms && *value >= counter.value) {
            const double rate = (*value - counter.value) * 1000.0 / double(nowMs - counter.ms);
            setValue(metric, rate, QString::number(rate, 'f', 1), nowMs);
        } else if (!metric.value) {
            metric.text = QString(); // known, but a rate needs a second update
        }
        counter = { *value, nowMs };
        break;
    }
    }
    return true;
}
