// SPDX-License-Identifier: MIT
// ChartPanel, continued: one frame, decimated and drawn per series in slices, then handed whole to the chart's
// PlotLinesItem.
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

QLineSeries *ChartPanel::newLegendEntry(const Drawn &drawn)
{
    auto *entryLine = new QLineSeries(m_chart);
    entryLine->setName(drawn.name.toHtmlEscaped()); // legend labels are rich text: escape
    entryLine->setPen(QPen(drawn.color, 2));
    m_chart->addSeries(entryLine);
    entryLine->attachAxis(m_legendX);
    entryLine->attachAxis(m_legendY);
    const Entry *entry = entryOf(drawn.definition);
    entryLine->setVisible(!entry || entry->setup.visible); // a hidden series' legend entry is shown faded
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(entryLine);
    for (QLegendMarker *marker : markers) {
        // Clicking a legend entry shows or hides the series (all its topics for a wildcard).
        const int definition = drawn.definition;
        connect(marker, &QLegendMarker::clicked, this, [this, definition] {
            if (Entry *e = entryOf(definition)) {
                e->setup.visible = !e->setup.visible;
                m_seenVersion = ~quint64(0); // rebuild: table check boxes and legend entries
                refresh(QDateTime::currentMSecsSinceEpoch(), true);
                Q_EMIT setupChanged();
            }
        });
    }
    return entryLine;
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
    m_plot->setPlotArea(m_chart->plotArea());
    m_pending = PlotLinesItem::Frame {};
    m_pending.picture = PlotLinesItem::newPicture(m_chart->plotArea().size(), m_view->devicePixelRatioF());
}

bool ChartPanel::drawSome(qint64 budgetNs)
{
    QElapsedTimer timer;
    timer.start();
    // Two passes over the series: decimate each (and learn the value ranges), then set the axes and make each
    // series' line of its runs.
    while (m_drawIndex < m_drawn.size() || !m_replacing) {
        if (m_drawIndex == m_drawn.size()) {
            setAxes();
            m_replacing = true;
            m_drawIndex = 0;
            continue;
        }
        if (m_replacing)
            lineOfSeries(m_drawIndex);
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
    m_plot->setFrame(std::exchange(m_pending, PlotLinesItem::Frame {}));
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
    m_pending.spanMs = double(std::max<qint64>(1, m_scaledTo - m_scaledFrom));
    m_pending.leftRange = m_leftRange;
    m_pending.rightRange = m_rightRange;
}

void ChartPanel::lineOfSeries(size_t index)
{
    const Drawn &drawn = m_drawn[index];
    const Entry *entry = entryOf(drawn.definition);
    if (entry && !entry->setup.visible)
        return;
    DecimatedSeries &d = m_frame[index];
    PlotLinesItem::Line line;
    line.color = drawn.color;
    line.rightAxis = entry && entry->setup.rightAxis;
    const double origin = double(m_scaledFrom);
    for (QPointF &p : d.points)
        p.rx() -= origin; // milliseconds since the frame's start: small numbers, exact in a double
    // Each gap-free run is a polyline of its own, so a NaN or an infinite value breaks the line.
    line.runs.reserve(d.segmentStarts.size());
    for (qsizetype i = 0; i < d.segmentStarts.size(); ++i) {
        const qsizetype begin = d.segmentStarts[i];
        const qsizetype end = i + 1 < d.segmentStarts.size() ? d.segmentStarts[i + 1] : d.points.size();
        if (end > begin)
            line.runs.append(QPolygonF(d.points.mid(begin, end - begin)));
    }
    if (!m_pending.picture.isNull()) {
        // Drawn now, in this slice: painting the frame later is one copy of the picture.
        QPainter painter(&m_pending.picture);
        PlotLinesItem::drawLine(
            &painter, QRectF(QPointF(0, 0), m_pending.picture.deviceIndependentSize()), m_pending, line);
    }
    m_pending.lines.push_back(std::move(line));
    d = DecimatedSeries {}; // its memory goes now, not at the end of the frame
}

qsizetype ChartPanel::drawnPointCount() const
{
    return m_plot->pointCount();
}
