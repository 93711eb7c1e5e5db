// SPDX-License-Identifier: MIT
#include "insight/sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<double> &values)
{
    if (values == m_values)
        return;
    m_values = values;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_values.size() < 2)
        return;
    const auto [low, high] = std::minmax_element(m_values.cbegin(), m_values.cend());
    // A flat series sits in the middle; otherwise the range fills the height (the value label gives the scale).
    const double span = *high - *low;
    QPainterPath path;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const double x = area.left() + area.width() * double(i) / double(m_values.size() - 1);
        const double y = span > 0 ? area.bottom() - area.height() * (m_values[i] - *low) / span : area.center().y();
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
}
