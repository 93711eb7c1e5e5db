// SPDX-License-Identifier: MIT
#pragma once

// The latency histogram of acknowledgements (PacketTimeline::latencyHistogram): one bar per bucket, painted.

#include "insight/packettimeline.h"

#include <QWidget>

class LatencyHistogram : public QWidget {
    Q_OBJECT
public:
    explicit LatencyHistogram(QWidget *parent = nullptr);
    void setHistogram(const PacketTimeline::Histogram &histogram);
    const PacketTimeline::Histogram &histogram() const { return m_histogram; }
    static QString bucketLabel(size_t bucket); // "≤1 ms", "> 3 s"
    QSize sizeHint() const override { return { 360, 90 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PacketTimeline::Histogram m_histogram {};
};
