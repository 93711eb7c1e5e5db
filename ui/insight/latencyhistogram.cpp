// SPDX-License-Identifier: MIT
#include "insight/latencyhistogram.h"

#include <QPainter>

#include <algorithm>

LatencyHistogram::LatencyHistogram(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(70);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LatencyHistogram::setHistogram(const PacketTimeline::Histogram &histogram)
{
    if (histogram == m_histogram)
        return;
    m_histogram = histogram;
    update();
}

QString LatencyHistogram::bucketLabel(size_t bucket)
{
    const auto &bounds = PacketTimeline::HistogramBoundsUs;
    const auto words = [](qint64 us) {
        if (us >= 1000000)
            return tr("%1 s").arg(us / 1000000);
        if (us >= 1000)
            return tr("%1 ms").arg(us / 1000);
        return tr("%1 µs").arg(us);
    };
    if (bucket < bounds.size())
        return tr("≤%1").arg(words(bounds[bucket]));
    return tr(">%1").arg(words(bounds.back()));
}

void LatencyHistogram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int labelHeight = metrics.height() + 2;
    const QRect area = rect().adjusted(2, labelHeight, -2, -labelHeight);
    const quint64 highest = *std::max_element(m_histogram.cbegin(), m_histogram.cend());
    const int buckets = int(m_histogram.size());
    const double width = double(area.width()) / buckets;
    for (int i = 0; i < buckets; ++i) {
        const QRectF slot(area.left() + width * i, area.top(), width, area.height());
        const quint64 count = m_histogram[size_t(i)];
        if (highest > 0 && count > 0) {
            const double h = std::max(1.0, double(area.height()) * double(count) / double(highest));
            painter.fillRect(QRectF(slot.left() + 2, slot.bottom() - h, slot.width() - 4, h),
                i >= 7 ? QColor(0xc0, 0x30, 0x20) : palette().color(QPalette::Highlight));
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRectF(slot.left(), slot.bottom() - h - labelHeight, slot.width(), labelHeight),
                Qt::AlignHCenter | Qt::AlignBottom, QString::number(count));
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(slot.left(), area.bottom() + 1, slot.width(), labelHeight), Qt::AlignHCenter,
            bucketLabel(size_t(i)));
    }
}
