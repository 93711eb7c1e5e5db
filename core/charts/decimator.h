// SPDX-License-Identifier: MIT
#pragma once

// What a chart draws of a series: the points of a time range reduced to at most about four per pixel column. Each
// column keeps its smallest and its largest value (in time order), so every spike survives however many points
// fall into one pixel; a range with few points per column is passed through as it is. The point just before and
// just after the range come along, so the line runs to the edges. NaN and infinite values are gaps: the line
// breaks there (segments), at the resolution of a column. Pure.

#include "charts/seriesbuffer.h"

#include <QList>
#include <QPointF>

struct DecimatedSeries {
    QList<QPointF> points; // x: milliseconds since the epoch, y: the value
    QList<qsizetype> segmentStarts; // indexes into points where a segment begins; the first is always 0
    qsizetype sourcePoints = 0; // points of the buffer inside the range
};

class Decimator {
public:
    // Ranges with at most this many points per column are not reduced.
    static constexpr int RawPointsPerColumn = 4;
    static DecimatedSeries decimate(const SeriesBuffer &buffer, qint64 fromMs, qint64 toMs, int columns);
    // The column a time falls into (the same rule decimate() uses), for tests.
    static int columnOf(qint64 timeMs, qint64 fromMs, qint64 toMs, int columns);
};
