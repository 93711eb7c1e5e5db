// SPDX-License-Identifier: MIT
#include "charts/chartview.h"

#include <QBrush>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPen>
#include <QWheelEvent>

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing, false); // a million points a frame: no antialiasing
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand); // ours: it reports a time range instead of zooming by itself
    m_line = new QGraphicsLineItem(chart);
    m_line->setPen(QPen(QColor(80, 80, 80, 160), 1, Qt::DashLine));
    m_line->setZValue(100);
    m_line->hide();
    m_textBackground = new QGraphicsRectItem(chart);
    m_textBackground->setBrush(QColor(255, 255, 255, 225));
    m_textBackground->setPen(QPen(QColor(160, 160, 160)));
    m_textBackground->setZValue(100);
    m_textBackground->hide();
    m_text = new QGraphicsSimpleTextItem(chart); // plain text: broker text is never rich text
    m_text->setZValue(101);
    m_text->hide();
    m_band = new QGraphicsRectItem(chart);
    m_band->setBrush(QColor(50, 120, 200, 50));
    m_band->setPen(QPen(QColor(50, 120, 200)));
    m_band->setZValue(99);
    m_band->hide();
}

void ChartView::showCrosshair(const QPointF &scenePosition, const QString &text)
{
    const QRectF plot = chart()->plotArea();
    m_line->setLine(scenePosition.x(), plot.top(), scenePosition.x(), plot.bottom());
    m_line->show();
    m_text->setText(text);
    QRectF box = m_text->boundingRect().adjusted(-4, -3, 4, 3);
    QPointF at(scenePosition.x() + 10, plot.top() + 6);
    if (at.x() + box.width() > plot.right())
        at.setX(scenePosition.x() - 10 - box.width());
    m_text->setPos(at);
    m_textBackground->setRect(box.translated(at));
    m_text->setVisible(!text.isEmpty());
    m_textBackground->setVisible(!text.isEmpty());
}

void ChartView::hideCrosshair()
{
    m_line->hide();
    m_text->hide();
    m_textBackground->hide();
}

QString ChartView::crosshairText() const
{
    return m_text->isVisible() ? m_text->text() : QString();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const QPointF scene = mapToScene(event->position().toPoint());
    const QPoint delta = event->angleDelta();
    if (!chart()->plotArea().contains(scene) || delta.isNull()) {
        event->ignore();
        return;
    }
    if (delta.x() != 0 || event->modifiers().testFlag(Qt::ShiftModifier)) {
        // A horizontal wheel (a touchpad's sideways swipe), or Shift with the wheel: a tenth of the span per notch,
        // away from you into the past.
        const double steps = (delta.x() != 0 ? delta.x() : delta.y()) / 120.0;
        Q_EMIT scrollRequested(-steps * 0.1);
    } else {
        const double centerMs = chart()->mapToValue(scene).x();
        Q_EMIT zoomRequested(std::pow(0.8, delta.y() / 120.0), centerMs);
    }
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    const QPointF scene = mapToScene(event->position().toPoint());
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(scene)) {
        m_pressAt = scene;
        m_dragging = true;
        event->accept();
        return;
    }
    if (event->button() == Qt::MiddleButton && chart()->plotArea().contains(scene)) {
        m_panning = true;
        m_panFromX = scene.x();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF scene = mapToScene(event->position().toPoint());
    const QRectF plot = chart()->plotArea();
    if (m_panning && scene.x() != m_panFromX) {
        // The time under the cursor stays under it: the range moves by what the drag covered.
        const double at = chart()->mapToValue(QPointF(scene.x(), plot.center().y())).x();
        const double was = chart()->mapToValue(QPointF(m_panFromX, plot.center().y())).x();
        m_panFromX = scene.x();
        Q_EMIT panRequested(was - at);
    }
    if (m_dragging) {
        const double x = std::clamp(scene.x(), plot.left(), plot.right());
        m_band->setRect(QRectF(
            QPointF(std::min(x, m_pressAt.x()), plot.top()), QPointF(std::max(x, m_pressAt.x()), plot.bottom())));
        m_band->show();
    }
    if (plot.contains(scene))
        Q_EMIT hovered(scene, chart()->mapToValue(scene).x());
    else
        hideCrosshair();
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        m_band->hide();
        const QPointF scene = mapToScene(event->position().toPoint());
        const QRectF plot = chart()->plotArea();
        const double x = std::clamp(scene.x(), plot.left(), plot.right());
        if (std::abs(x - m_pressAt.x()) >= 4) { // a click is not a range
            const double a = chart()->mapToValue(QPointF(std::min(x, m_pressAt.x()), plot.center().y())).x();
            const double b = chart()->mapToValue(QPointF(std::max(x, m_pressAt.x()), plot.center().y())).x();
            Q_EMIT rangeSelected(a, b);
        }
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::leaveEvent(QEvent *event)
{
    hideCrosshair();
    Q_EMIT left();
    QChartView::leaveEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    const double centerMs = chart()->mapToValue(chart()->plotArea().center()).x();
    switch (event->key()) {
    case Qt::Key_Left:
        Q_EMIT scrollRequested(-0.1);
        break;
    case Qt::Key_Right:
        Q_EMIT scrollRequested(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on many layouts
        Q_EMIT zoomRequested(0.8, centerMs);
        break;
    case Qt::Key_Minus:
        Q_EMIT zoomRequested(1.25, centerMs);
        break;
    case Qt::Key_Home:
        Q_EMIT resetRequested();
        break;
    case Qt::Key_Escape:
        if (m_dragging) { // the rubber band is dropped
            m_dragging = false;
            m_band->hide();
            break;
        }
        QChartView::keyPressEvent(event);
        return;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}
