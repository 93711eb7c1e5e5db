// SPDX-License-Identifier: MIT
#include "publish/responsetracker.h"

#include <algorithm>

bool ResponseTracker::add(quint64 requestId, const QString &responseTopic,
    const std::optional<QByteArray> &correlationData, qint64 nowMs, qint64 timeoutMs)
{
    const bool first = !isAwaited(responseTopic);
    m_released.removeAll(responseTopic); // needed again before the owner unsubscribed
    m_requests.append(
        Request { requestId, responseTopic, correlationData, nowMs, nowMs + std::max<qint64>(timeoutMs, 0) });
    return first;
}

std::optional<ResponseTracker::Pairing> ResponseTracker::match(
    const QString &topic, const std::optional<QByteArray> &correlationData, qint64 nowMs)
{
    const auto it = std::find_if(m_requests.begin(), m_requests.end(),
        [&](const Request &request) { return request.topic == topic && request.correlationData == correlationData; });
    if (it == m_requests.end())
        return std::nullopt;
    const Pairing pairing { it->id, std::max<qint64>(nowMs - it->sentMs, 0) };
    m_requests.erase(it);
    released(topic);
    return pairing;
}

bool ResponseTracker::cancel(quint64 requestId)
{
    const auto it = std::find_if(
        m_requests.begin(), m_requests.end(), [requestId](const Request &request) { return request.id == requestId; });
    if (it == m_requests.end())
        return false;
    const QString topic = it->topic;
    m_requests.erase(it);
    released(topic);
    return true;
}

QList<quint64> ResponseTracker::expire(qint64 nowMs)
{
    QList<quint64> expired;
    QStringList topics;
    m_requests.removeIf([&](const Request &request) {
        if (request.deadlineMs > nowMs)
            return false;
        expired.append(request.id);
        topics.append(request.topic);
        return true;
    });
    for (const QString &topic : std::as_const(topics))
        released(topic);
    return expired;
}

QStringList ResponseTracker::takeReleasedTopics()
{
    return std::exchange(m_released, {});
}

bool ResponseTracker::isPending(quint64 requestId) const
{
    return std::any_of(m_requests.cbegin(), m_requests.cend(),
        [requestId](const Request &request) { return request.id == requestId; });
}

bool ResponseTracker::isAwaited(const QString &topic) const
{
    return std::any_of(
        m_requests.cbegin(), m_requests.cend(), [&topic](const Request &request) { return request.topic == topic; });
}

qint64 ResponseTracker::nextDeadline() const
{
    qint64 next = -1;
    for (const Request &request : m_requests)
        next = next < 0 ? request.deadlineMs : std::min(next, request.deadlineMs);
    return next;
}

void ResponseTracker::released(const QString &topic)
{
    if (!isAwaited(topic) && !m_released.contains(topic))
        m_released.append(topic);
}
