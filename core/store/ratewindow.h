// SPDX-License-Identifier: MIT
#pragma once

// A message and byte rate over a sliding one-second window, kept in two one-second buckets: the current second and
// the one before it. The rate at a moment is the part of the previous bucket still inside the window plus the whole
// current bucket. Twenty bytes, no clock: times are passed in.

#include <QtGlobal>

#include <limits>

class RateWindow {
public:
    // The second a time falls in, as add() takes it: compute it once per message, not once per window.
    static quint32 secondOf(qint64 nowMs) { return quint32(nowMs >= 0 ? nowMs / 1000 : 0); }

    void add(quint32 second, quint64 bytes)
    {
        advance(second);
        if (m_current != std::numeric_limits<quint32>::max())
            ++m_current;
        m_currentBytes = saturatedAdd(m_currentBytes, bytes);
    }

    // Messages per second over the second that ends at nowMs.
    double messagesPerSecond(qint64 nowMs) const { return rate(nowMs, m_previous, m_current); }
    // Payload bytes per second over the second that ends at nowMs.
    double bytesPerSecond(qint64 nowMs) const { return rate(nowMs, m_previousBytes, m_currentBytes); }

private:
    static quint32 saturatedAdd(quint32 a, quint64 b)
    {
        const quint64 sum = quint64(a) + b;
        return sum > std::numeric_limits<quint32>::max() ? std::numeric_limits<quint32>::max() : quint32(sum);
    }

    void advance(quint32 sec)
    {
        if (sec <= m_second) // same second, or a clock that went back: keep counting in the current bucket
            return;
        if (sec == m_second + 1) {
            m_previous = m_current;
            m_previousBytes = m_currentBytes;
        } else {
            m_previous = 0;
            m_previousBytes = 0;
        }
        m_current = 0;
        m_currentBytes = 0;
        m_second = sec;
    }

    double rate(qint64 nowMs, quint32 previous, quint32 current) const
    {
        const quint32 sec = secondOf(nowMs);
        const double elapsed = double(nowMs >= 0 ? nowMs % 1000 : 0) / 1000.0; // of the current second
        if (sec <= m_second)
            return double(previous) * (1.0 - elapsed) + double(current);
        if (sec == m_second + 1)
            return double(current) * (1.0 - elapsed);
        return 0.0;
    }

    quint32 m_second = 0;
    quint32 m_current = 0;
    quint32 m_previous = 0;
    quint32 m_currentBytes = 0;
    quint32 m_previousBytes = 0;
};
