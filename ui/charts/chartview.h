// SPDX-License-Identifier: MIT
#pragma once

// The drawing of one chart: a QChartView without animations whose wheel zooms the time axis around the cursor, whose
// rubber band (left drag) picks a time range, and which shows a crosshair (a vertical line and the series' values
// at the cursor, as plain text). Moving through time: Shift+wheel or a horizontal wheel, a middle-button drag, the
// Left and Right keys; + and - zoom around the middle, Home follows the live data again. It only reports what the
// user asks for; ChartPanel decides what is shown.

#include <QChartView>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    // The crosshair at time x (chart value), with text beside it; hidden with an empty text.
    void showCrosshair(const QPointF &scenePosition, const QString &text);
    void hideCrosshair();
    QString crosshairText() const;

Q_SIGNALS:
    void zoomRequested(double factor, double centerMs); // factor < 1 zooms in
    void rangeSelected(double fromMs, double toMs); // rubber band
    void scrollRequested(double fraction); // of the visible span; < 0: earlier
    void panRequested(double deltaMs); // dragged: the range moves by deltaMs
    void resetRequested();
    void hovered(const QPointF &scenePosition, double timeMs); // the cursor over the plot area
    void left(); // the cursor left the view

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QGraphicsLineItem *m_line = nullptr;
    QGraphicsSimpleTextItem *m_text = nullptr;
    QGraphicsRectItem *m_textBackground = nullptr;
    QGraphicsRectItem *m_band = nullptr;
    QPointF m_pressAt;
    bool m_dragging = false;
    bool m_panning = false;
    double m_panFromX = 0; // scene x of the last pan step
};
