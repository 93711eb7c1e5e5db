// SPDX-License-Identifier: MIT
#pragma once

// The points of one chart series: a ring of (receive time, value) pairs, 12 bytes per point (a 64-bit millisecond
// time and a float value, in two arrays so that neither is padded), grown as points arrive up to its capacity
// (1,000,000 by default, a preference); past it the oldest point makes room and is counted as dropped.
// Times never go backwards in the ring (a clock step back is clamped), so a time range is found by binary search.
// Statistics cover every value received since the series began, not just the kept points. NaN and infinities are
// stored (the chart shows them as gaps) but left out of the statistics. Pure; the owner locks.

#include <QtGlobal>

#include <utility>
#include <vector>

struct SeriesStats {
    quint64 values = 0; // numbers received (finite ones; gaps are counted apart)
    quint64 gaps = 0; // NaN or infinite values received
    double last = 0; // the last value received, possibly NaN
    bool hasLast = false;
    double minimum = 0;
    double maximum = 0;
    double sum = 0;
    double mean() const { return values ? sum / double(values) : 0; }
};

class SeriesBuffer {
public:
    static constexpr qsizetype DefaultCapacity = 1'000'000;

    explicit SeriesBuffer(qsizetype capacity = DefaultCapacity);

    void append(qint64 timeMs, double value);
    void clear(); // points, statistics and dropped count; the memory goes back
    // Keeps the newest points that fit; the others count as dropped.
    void setCapacity(qsizetype capacity);

    qsizetype capacity() const { return m_capacity; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    quint64 dropped() const { return m_dropped; }
    const SeriesStats &stats() const { return m_stats; }

    // Point i, 0 the oldest kept.
    qint64 timeAt(qsizetype i) const { return m_times[physical(i)]; }
    float valueAt(qsizetype i) const { return m_values[physical(i)]; }
    // Points first .. last - 1 as at most two contiguous runs of the arrays (the ring wraps once), for fast scans.
    struct Run {
        const qint64 *times = nullptr;
        const float *values = nullptr;
        qsizetype count = 0;
    };
    std::pair<Run, Run> runs(qsizetype first, qsizetype last) const;
    // The first index whose time is >= timeMs (size() if none).
    qsizetype lowerBound(qint64 timeMs) const;
    // Values per second over the window ending at nowMs (the kept points in it).
    double rate(qint64 nowMs, qint64 windowMs = 10'000) const;
    // Bytes held by the points (allocated, not just used).
    qsizetype memoryBytes() const;

private:
    qsizetype physical(qsizetype i) const
    {
        const qsizetype p = m_head + i;
        return p >= qsizetype(m_times.size()) ? p - qsizetype(m_times.size()) : p;
    }

    std::vector<qint64> m_times;
    std::vector<float> m_values;
    qsizetype m_capacity = DefaultCapacity;
    qsizetype m_head = 0; // physical index of the oldest point once the ring is full
    qsizetype m_size = 0;
    quint64 m_dropped = 0;
    SeriesStats m_stats;
};
