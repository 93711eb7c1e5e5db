// SPDX-License-Identifier: MIT
#pragma once

// The data lines of a chart, drawn by us on top of the QChart's plot area: every gap-free run of a series is one
// polyline of a thin cosmetic pen, and a run of a single value is a small square, so that an isolated value between
// two gaps still shows.
//
// Why not QLineSeries: its replace() built a path of the points and stroked a hit-testing shape of it, about 1.7 µs
// a point, 35 ms a frame for ten series; the axes, the legend and the background stay Qt Charts'.
//
// The item shows whole frames only. ChartPanel draws each line of a frame into the frame's picture as it makes it,
// a few series per turn of the event loop, so that painting the item is one copy of that picture however busy the
// series are. When the plot area no longer has the picture's size (the chart was resized since), the item draws the
// lines itself from the frame's runs until the next frame comes.

#include <QColor>
#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPolygonF>

#include <utility>
#include <vector>

class PlotLinesItem : public QGraphicsItem {
public:
    struct Line {
        QColor color;
        bool rightAxis = false;
        QList<QPolygonF> runs; // x: milliseconds since the frame's start, y: the value
    };
    struct Frame {
        double spanMs = 1; // the width of the plot area, in milliseconds
        std::pair<double, double> leftRange { 0, 1 };
        std::pair<double, double> rightRange { 0, 1 };
        std::vector<Line> lines; // hidden series have no line
        QImage picture; // the lines, drawn at the plot area's size (transparent elsewhere); may be null
    };

    explicit PlotLinesItem(QGraphicsItem *parent = nullptr);

    // A picture for a frame of a plot area of size area on a screen of devicePixelRatio: transparent, to draw into.
    static QImage newPicture(const QSizeF &area, qreal devicePixelRatio);
    // Draws line of frame into area (a rectangle in the painter's coordinates).
    static void drawLine(QPainter *painter, const QRectF &area, const Frame &frame, const Line &line);

    void setPlotArea(const QRectF &area);
    QRectF plotArea() const { return m_area; }
    void setFrame(Frame frame);
    const Frame &frame() const { return m_frame; }
    qsizetype pointCount() const;

    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_area;
    Frame m_frame;
};
