// SPDX-License-Identifier: MIT
#include "charts/plotlinesitem.h"

#include <QPainter>
#include <QPen>

#include <algorithm>

namespace {

// How far outside the plot area a mapped point may lie; beyond that it is moved along its segment.
constexpr double EdgeMargin = 8;

QPointF towards(const QPointF &outside, const QPointF &inside, double x)
{
    const double dx = inside.x() - outside.x();
    if (dx == 0)
        return QPointF(x, outside.y());
    const double t = (x - outside.x()) / dx;
    return QPointF(x, outside.y() + t * (inside.y() - outside.y()));
}

// Maps run to area's coordinates into mapped. A first or last point far outside the area (the neighbour just outside
// the visible range, when zoomed in) is moved along its segment to near the edge, so that no coordinate is too large
// for the rasterizer.
void map(const QPolygonF &run, const QRectF &area, double spanMs, double lo, double hi, QPolygonF &mapped)
{
    const double xScale = area.width() / std::max(1.0, spanMs);
    const double yScale = area.height() / (hi > lo ? hi - lo : 1.0);
    const double left = area.left();
    const double bottom = area.bottom();
    mapped.resize(run.size());
    for (qsizetype i = 0; i < run.size(); ++i)
        mapped[i] = QPointF(left + run[i].x() * xScale, bottom - (run[i].y() - lo) * yScale);
    const qsizetype n = mapped.size();
    if (n >= 2) {
        const double minX = area.left() - EdgeMargin;
        const double maxX = area.right() + EdgeMargin;
        if (mapped[0].x() < minX && mapped[1].x() >= minX)
            mapped[0] = towards(mapped[0], mapped[1], minX);
        if (mapped[n - 1].x() > maxX && mapped[n - 2].x() <= maxX)
            mapped[n - 1] = towards(mapped[n - 1], mapped[n - 2], maxX);
    }
}

} // namespace

PlotLinesItem::PlotLinesItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton); // the view's rubber band and crosshair get the mouse
    setAcceptHoverEvents(false);
}

QImage PlotLinesItem::newPicture(const QSizeF &area, qreal devicePixelRatio)
{
    const QSize pixels = (area * devicePixelRatio).toSize();
    if (pixels.isEmpty())
        return {};
    QImage picture(pixels, QImage::Format_ARGB32_Premultiplied); // the rasterizer's fastest target
    picture.setDevicePixelRatio(devicePixelRatio);
    picture.fill(Qt::transparent);
    return picture;
}

void PlotLinesItem::drawLine(QPainter *painter, const QRectF &area, const Frame &frame, const Line &line)
{
    const auto [lo, hi] = line.rightAxis ? frame.rightRange : frame.leftRange;
    // A rectangular clip puts Qt's cosmetic lines on their fast path (a direct pixel write instead of spans through
    // the blend function): 3.5 times faster into a picture that would need no clip at all.
    if (!painter->hasClipping())
        painter->setClipRect(area);
    painter->setRenderHint(QPainter::Antialiasing, false); // hundreds of thousands of segments: no antialiasing
    painter->setPen(QPen(line.color, 0)); // width 0: a one-pixel cosmetic pen, the rasterizer's fastest line
    painter->setBrush(Qt::NoBrush);
    QPolygonF mapped;
    for (const QPolygonF &run : line.runs) {
        if (run.isEmpty())
            continue;
        map(run, area, frame.spanMs, lo, hi, mapped);
        if (mapped.size() == 1)
            painter->fillRect(QRectF(mapped[0] - QPointF(1.5, 1.5), QSizeF(3, 3)), line.color);
        else
            painter->drawPolyline(mapped);
    }
}

void PlotLinesItem::setPlotArea(const QRectF &area)
{
    if (area == m_area)
        return;
    prepareGeometryChange();
    m_area = area;
}

void PlotLinesItem::setFrame(Frame frame)
{
    m_frame = std::move(frame);
    update();
}

qsizetype PlotLinesItem::pointCount() const
{
    qsizetype total = 0;
    for (const Line &line : m_frame.lines) {
        for (const QPolygonF &run : line.runs)
            total += run.size();
    }
    return total;
}

void PlotLinesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_area.isEmpty())
        return;
    const QImage &picture = m_frame.picture;
    if (!picture.isNull() && picture.size() == (m_area.size() * picture.devicePixelRatio()).toSize()) {
        painter->drawImage(m_area.topLeft(), picture);
        return;
    }
    painter->save();
    painter->setClipRect(m_area, Qt::IntersectClip);
    for (const Line &line : m_frame.lines)
        drawLine(painter, m_area, m_frame, line);
    painter->restore();
}
