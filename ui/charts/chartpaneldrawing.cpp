// SPDX-License-Identifier: MIT
// ChartPanel, continued: one frame, decimated per series and drawn in slices (one replace() per line per frame).
#include "charts/chartpanel.h"
#include "charts/chartview.h"
#include "common/displaytext.h"
#include "common/pluralcount.h"
#include "ingest/ingestpipeline.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMutexLocker>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

QLineSeries *ChartPanel::newSegment(const Drawn &drawn, bool first)
{
    auto *line = new QLineSeries(m_chart);
    line->setName(first ? drawn.name.toHtmlEscaped() : QString()); // legend labels are rich text: escape
    QPen pen(drawn.color);
    pen.setWidth(1);
    pen.setCosmetic(true); // a thin cosmetic pen is drawn as a polyline; a wider one goes through the path stroker
    line->setPen(pen);
    line->setUseOpenGL(false);
    m_chart->addSeries(line);
    const Entry *entry = entryOf(drawn.definition);
    attach(line, entry && entry->setup.rightAxis);
    line->setVisible(!entry || entry->setup.visible);
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(line);
    for (QLegendMarker *marker : markers) {
        marker->setVisible(first);
        if (first) {
            // Clicking a legend entry shows or hides the series (all its topics for a wildcard).
            const int definition = drawn.definition;
            connect(marker, &QLegendMarker::clicked, this, [this, definition] {
                if (Entry *e = entryOf(definition)) {
                    e->setup.visible = !e->setup.visible;
                    m_seenVersion = ~quint64(0); // rebuild: table check boxes and lines
                    refresh(QDateTime::currentMSecsSinceEpoch(), true);
                    Q_EMIT setupChanged();
                }
            });
        }
    }
    return line;
}

void ChartPanel::startDraw()
{
    ++m_drawGeneration; // a frame still in progress is abandoned
    m_drawIndex = 0;
    m_drawing = true;
    m_frameClock.start();
    // Nothing is painted until the frame is complete: a paint between two slices would draw every line again.
    m_view->setUpdatesEnabled(false);
    m_replacing = false;
    m_columns = std::max(16, int(m_chart->plotArea().width()));
    m_leftMin = m_rightMin = qInf();
    m_leftMax = m_rightMax = -qInf();
    m_frame.assign(m_drawn.size(), DecimatedSeries {});
}

bool ChartPanel::drawSome(qint64 budgetNs)
{
    QElapsedTimer timer;
    timer.start();
    // Two passes over the series: decimate each (and learn the value ranges), then set the axes and hand each line
    // its points, scaled to the hidden 0..1 axes.
    while (m_drawIndex < m_drawn.size() || !m_replacing) {
        if (m_drawIndex == m_drawn.size()) {
            setAxes();
            m_replacing = true;
            m_drawIndex = 0;
            continue;
        }
        if (m_replacing)
            replaceSeries(m_drawIndex);
        else
            decimateSeries(m_drawIndex);
        ++m_drawIndex;
        if (budgetNs > 0 && timer.nsecsElapsed() >= budgetNs && (m_drawIndex < m_drawn.size() || !m_replacing)) {
            // The rest of the frame in the next turns of the event loop, so that input and painting get theirs.
            const quint64 generation = m_drawGeneration;
            QTimer::singleShot(0, this, [this, generation, budgetNs] {
                if (generation == m_drawGeneration)
                    drawSome(budgetNs);
            });
            return false;
        }
    }
    m_frame.clear();
    ++m_framesDrawn;
    m_drawing = false;
    m_view->setUpdatesEnabled(true);
    m_lastFrameNs = m_frameClock.nsecsElapsed();
    m_sinceFrame.start();
    return true;
}

void ChartPanel::decimateSeries(size_t index)
{
    Drawn &drawn = m_drawn[index];
    const Entry *entry = entryOf(drawn.definition);
    if (entry && !entry->setup.visible)
        return;
    DecimatedSeries &d = m_frame[index];
    d = m_feed->decimated(drawn.seriesId, m_from, m_to, m_columns);
    const bool right = entry && entry->setup.rightAxis;
    double &lo = right ? m_rightMin : m_leftMin;
    double &hi = right ? m_rightMax : m_leftMax;
    for (const QPointF &p : std::as_const(d.points)) {
        if (p.x() < double(m_from) || p.x() > double(m_to))
            continue; // the neighbours outside the range do not scale the axis
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
}

void ChartPanel::setAxes()
{
    auto range = [](double lo, double hi) {
        if (!std::isfinite(lo) || !std::isfinite(hi))
            return std::make_pair(0.0, 1.0);
        if (lo == hi)
            return std::make_pair(lo - 1, hi + 1);
        const double pad = (hi - lo) * 0.05;
        return std::make_pair(lo - pad, hi + pad);
    };
    m_leftRange = range(m_leftMin, m_leftMax);
    m_rightRange = range(m_rightMin, m_rightMax);
    if (m_leftAxis->min() != m_leftRange.first || m_leftAxis->max() != m_leftRange.second)
        m_leftAxis->setRange(m_leftRange.first, m_leftRange.second);
    if (m_rightAxis->min() != m_rightRange.first || m_rightAxis->max() != m_rightRange.second)
        m_rightAxis->setRange(m_rightRange.first, m_rightRange.second);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    m_scaledFrom = m_from;
    m_scaledTo = m_to;
}

void ChartPanel::replaceSeries(size_t index)
{
    Drawn &drawn = m_drawn[index];
    const Entry *entry = entryOf(drawn.definition);
    if (entry && !entry->setup.visible) {
        drawn.points = 0;
        for (QLineSeries *line : std::as_const(drawn.segments))
            line->setVisible(false);
        return;
    }
    DecimatedSeries &d = m_frame[index];
    drawn.points = d.points.size();
    const bool right = entry && entry->setup.rightAxis;
    const auto [lo, hi] = right ? m_rightRange : m_leftRange;
    const double xScale = 1.0 / std::max(1.0, double(m_scaledTo - m_scaledFrom));
    const double yScale = 1.0 / (hi - lo);
    for (QPointF &p : d.points)
        p = QPointF((p.x() - double(m_scaledFrom)) * xScale, (p.y() - lo) * yScale);
    const qsizetype segments = std::min<qsizetype>(MaximumSegments, std::max<qsizetype>(1, d.segmentStarts.size()));
    while (drawn.segments.size() < segments)
        drawn.segments.append(newSegment(drawn, false));
    for (qsizetype i = 0; i < drawn.segments.size(); ++i) {
        QLineSeries *line = drawn.segments[i];
        if (i < segments && i < d.segmentStarts.size()) {
            const qsizetype begin = d.segmentStarts[i];
            // Past MaximumSegments the remaining runs join the last line.
            const qsizetype end
                = i + 1 < segments && i + 1 < d.segmentStarts.size() ? d.segmentStarts[i + 1] : d.points.size();
            line->replace(d.points.mid(begin, end - begin)); // one replace() per line per frame
            line->setVisible(true);
        } else {
            if (line->count() > 0)
                line->clear();
            line->setVisible(i == 0); // the first line carries the legend entry
        }
    }
    d = DecimatedSeries {}; // its memory goes now, not at the end of the frame
}

qsizetype ChartPanel::drawnPointCount() const
{
    qsizetype total = 0;
    for (const Drawn &drawn : m_drawn)
        total += drawn.points;
    return total;
}
