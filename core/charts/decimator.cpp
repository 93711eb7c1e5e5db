// SPDX-License-Identifier: MIT
#include "charts/decimator.h"

#include <algorithm>
#include <cmath>

int Decimator::columnOf(qint64 timeMs, qint64 fromMs, qint64 toMs, int columns)
{
    const double span = double(toMs - fromMs) + 1.0;
    const int column = int(double(timeMs - fromMs) * double(columns) / span);
    return std::clamp(column, 0, columns - 1);
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
        const double scale = double(columns) / (double(toMs - fromMs) + 1.0);
        int column = -1;
        qint64 minT = 0, maxT = 0;
        float minV = 0, maxV = 0;
        bool have = false;
        bool gap = false;
        auto flush = [&] {
            if (have) {
                if (minT <= maxT && !(minT == maxT && minV == maxV)) {
                    emitPoint(minT, minV);
                    emitPoint(maxT, maxV);
                } else if (minT == maxT && minV == maxV) {
                    emitPoint(minT, minV);
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
        auto scan = [&](const SeriesBuffer::Run &run) {
            for (qsizetype i = 0; i < run.count; ++i) {
                const qint64 t = run.times[i];
                const float v = run.values[i];
                const int c = std::min(columns - 1, int(double(t - fromMs) * scale));
                if (c != column) {
                    flush();
                    column = c;
                }
                if (!std::isfinite(v)) {
                    gap = true;
                    continue;
                }
                if (!have) {
                    minT = maxT = t;
                    minV = maxV = v;
                    have = true;
                } else if (v < minV) {
                    minV = v;
                    minT = t;
                } else if (v > maxV) {
                    maxV = v;
                    maxT = t;
                }
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
