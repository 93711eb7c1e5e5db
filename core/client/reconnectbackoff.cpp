// SPDX-License-Identifier: MIT
#include "client/reconnectbackoff.h"

#include <algorithm>

namespace Mqtt {

void ReconnectBackoff::reset()
{
    m_attempt = 0;
    m_connectedAtMs = -1;
}

void ReconnectBackoff::connectionEstablished(qint64 nowMs)
{
    m_connectedAtMs = nowMs;
}

qint64 ReconnectBackoff::connectionEnded(qint64 nowMs, double jitter)
{
    // Only a connection that lasted counts as recovery; one dropped right after its CONNACK is another failure.
    if (m_connectedAtMs >= 0 && nowMs - m_connectedAtMs >= m_settings.stableAfterMs)
        m_attempt = 0;
    m_connectedAtMs = -1;
    if (m_attempt < 1'000'000)
        ++m_attempt;
    const qint64 ceiling = ceilingMs(m_attempt);
    const qint64 half = ceiling / 2;
    return ceiling - half + qint64(double(half) * std::clamp(jitter, 0.0, 1.0));
}

qint64 ReconnectBackoff::ceilingMs(int attempt) const
{
    constexpr qint64 OneDayMs = 24 * 3600 * 1000; // a QTimer's interval is an int; nobody waits longer anyway
    const qint64 maximum = std::clamp<qint64>(m_settings.maximumDelayMs, 1, OneDayMs);
    qint64 ceiling = std::clamp<qint64>(m_settings.initialDelayMs, 1, maximum);
    for (int n = 1; n < attempt && ceiling < maximum; ++n)
        ceiling *= 2;
    return std::min(ceiling, maximum);
}

} // namespace Mqtt
