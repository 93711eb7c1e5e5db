// SPDX-License-Identifier: MIT
#include "charts/decimator.h"

#include <algorithm>
#include <cmath>
#include <limits>

int Decimator::columnOf(qint64 timeMs, qint64 fromMs, qint64 toMs, int columns)
{
    // Integer arithmetic, so that decimate()'s column boundaries agree with it exactly.
    const qint64 span = toMs - fromMs + 1;
    const qint64 column = (timeMs - fromMs) * qint64(columns) / span;
    return int(std::clamp<qint64>(column, 0, columns - 1));
}

DecimatedSeries Decimator::decimate(const SeriesBuffer &buffer, qint64 fromMs, qint64 toMs, int columns)
{
    DecimatedSeries out;
    columns = std::max(1, columns);
    if (buffer.isEmpty() || toMs < fromMs)
        return out;
    const qsizetype first = buffer.lowerBound(fromMs);
    const qsizetype last = buffer.lowerBound(toMs + 1); // exclusive
    out.sourcePoints = last - first;
    bool broken = true; // the next finite point starts a segment
    auto emitPoint = [&](qint64 t, float v) {
        if (!std::isfinite(v)) {
            broken = true;
            return;
        }
        if (broken) {
            out.segmentStarts.append(out.points.size());
            broken = false;
        }
        out.points.append(QPointF(double(t), double(v)));
    };
    if (first > 0)
        emitPoint(buffer.timeAt(first - 1), buffer.valueAt(first - 1));

    if (last - first <= qsizetype(columns) * RawPointsPerColumn) {
        out.points.reserve(last - first + 2);
        for (qsizetype i = first; i < last; ++i)
            emitPoint(buffer.timeAt(i), buffer.valueAt(i));
    } else {
        out.points.reserve(qsizetype(columns) * 2 + 2);
        const qint64 span = toMs - fromMs + 1;
        int column = -1;
        qint64 minT = 0, maxT = 0;
        float minV = 0, maxV = 0;
        bool have = false;
        bool gap = false;
        auto flush = [&] {
            if (have) {
                if (minT == maxT && minV == maxV) {
                    emitPoint(minT, minV);
                } else if (minT <= maxT) {
                    emitPoint(minT, minV);
                    emitPoint(maxT, maxV);
                } else {
                    emitPoint(maxT, maxV);
                    emitPoint(minT, minV);
                }
            }
            if (gap)
                broken = true;
            have = false;
            gap = false;
        };
        // Times are sorted: each column's points are found by a binary search for its end, then scanned by a tight
        // loop over the float values only.
        auto scan = [&](const SeriesBuffer::Run &run) {
            const qint64 *times = run.times;
            const float *values = run.values;
            qsizetype i = 0;
            while (i < run.count) {
                const int c = std::min<qint64>(columns - 1, (times[i] - fromMs) * qint64(columns) / span);
                if (c != column) {
                    flush();
                    column = c;
                }
                // The first time of column c + 1: the smallest t with (t - from) * columns >= (c + 1) * span.
                const qint64 next = fromMs + ((qint64(c) + 1) * span + columns - 1) / columns;
                const qsizetype j
                    = c == columns - 1 ? run.count : std::lower_bound(times + i, times + run.count, next) - times;
                float lo = std::numeric_limits<float>::infinity();
                float hi = -std::numeric_limits<float>::infinity();
                qsizetype loAt = -1, hiAt = -1;
                bool sawGap = false;
                for (qsizetype k = i; k < j; ++k) {
                    const float v = values[k];
                    if (!(std::abs(v) <= std::numeric_limits<float>::max())) { // NaN or infinite
                        sawGap = true;
                        continue;
                    }
                    if (v < lo) {
                        lo = v;
                        loAt = k;
                    }
                    if (v > hi) {
                        hi = v;
                        hiAt = k;
                    }
                }
                gap = gap || sawGap;
                if (loAt >= 0) {
                    if (!have || lo < minV) {
                        minV = lo;
                        minT = times[loAt];
                    }
                    if (!have || hi > maxV) {
                        maxV = hi;
                        maxT = times[hiAt];
                    }
                    have = true;
                }
                i = j;
            }
        };
        const auto runs = buffer.runs(first, last);
        scan(runs.first);
        scan(runs.second);
        flush();
    }
    if (last < buffer.size())
        emitPoint(buffer.timeAt(last), buffer.valueAt(last));
    return out;
}
