// SPDX-License-Identifier: MIT
#include "charts/seriesbuffer.h"

#include <algorithm>
#include <cmath>

SeriesBuffer::SeriesBuffer(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

void SeriesBuffer::append(qint64 timeMs, double value)
{
    if (m_size > 0)
        timeMs = std::max(timeMs, timeAt(m_size - 1));
    if (std::isfinite(value)) {
        if (m_stats.values == 0) {
            m_stats.minimum = value;
            m_stats.maximum = value;
        } else {
            m_stats.minimum = std::min(m_stats.minimum, value);
            m_stats.maximum = std::max(m_stats.maximum, value);
        }
        ++m_stats.values;
        m_stats.sum += value;
    } else {
        ++m_stats.gaps;
    }
    m_stats.last = value;
    m_stats.hasLast = true;

    if (m_size < m_capacity) {
        if (qsizetype(m_times.size()) < m_capacity) {
            // Growing: the ring is not wrapped yet (m_head is 0), append at the end. Grow by half, capped at the
            // capacity, so a series of ten points does not reserve a million.
            if (m_times.size() == m_times.capacity()) {
                const size_t want = std::min<size_t>(size_t(m_capacity), std::max<size_t>(64, m_times.size() * 3 / 2));
                m_times.reserve(want);
                m_values.reserve(want);
            }
            m_times.push_back(timeMs);
            m_values.push_back(float(value));
            ++m_size;
            return;
        }
        const qsizetype p = physical(m_size);
        m_times[p] = timeMs;
        m_values[p] = float(value);
        ++m_size;
        return;
    }
    // Full: overwrite the oldest.
    m_times[m_head] = timeMs;
    m_values[m_head] = float(value);
    m_head = m_head + 1 == qsizetype(m_times.size()) ? 0 : m_head + 1;
    ++m_dropped;
}

void SeriesBuffer::clear()
{
    std::vector<qint64>().swap(m_times);
    std::vector<float>().swap(m_values);
    m_head = 0;
    m_size = 0;
    m_dropped = 0;
    m_stats = SeriesStats {};
}

void SeriesBuffer::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(1, capacity);
    const qsizetype keep = std::min(m_size, capacity);
    std::vector<qint64> times;
    std::vector<float> values;
    times.reserve(size_t(keep));
    values.reserve(size_t(keep));
    for (qsizetype i = m_size - keep; i < m_size; ++i) {
        times.push_back(timeAt(i));
        values.push_back(valueAt(i));
    }
    m_dropped += quint64(m_size - keep);
    m_times.swap(times);
    m_values.swap(values);
    m_head = 0;
    m_size = keep;
    m_capacity = capacity;
}

std::pair<SeriesBuffer::Run, SeriesBuffer::Run> SeriesBuffer::runs(qsizetype first, qsizetype last) const
{
    std::pair<Run, Run> result;
    if (first >= last)
        return result;
    const qsizetype p = physical(first);
    const qsizetype n = last - first;
    const qsizetype untilEnd = qsizetype(m_times.size()) - p;
    result.first = Run { m_times.data() + p, m_values.data() + p, std::min(n, untilEnd) };
    if (n > untilEnd)
        result.second = Run { m_times.data(), m_values.data(), n - untilEnd };
    return result;
}

qsizetype SeriesBuffer::lowerBound(qint64 timeMs) const
{
    qsizetype lo = 0;
    qsizetype hi = m_size;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (timeAt(mid) < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

double SeriesBuffer::rate(qint64 nowMs, qint64 windowMs) const
{
    if (windowMs <= 0)
        return 0;
    const qsizetype first = lowerBound(nowMs - windowMs);
    return double(m_size - first) * 1000.0 / double(windowMs);
}

qsizetype SeriesBuffer::memoryBytes() const
{
    return qsizetype(m_times.capacity() * sizeof(qint64) + m_values.capacity() * sizeof(float));
}
