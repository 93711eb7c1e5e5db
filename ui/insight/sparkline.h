// SPDX-License-Identifier: MIT
#pragma once

// A small live trend: the last values of one figure as a line, painted with QPainter (no chart machinery for a
// strip a few pixels high).

#include <QList>
#include <QWidget>

class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<double> &values); // oldest first
    const QList<double> &values() const { return m_values; }
    QSize sizeHint() const override { return { 120, 22 }; }
    QSize minimumSizeHint() const override { return { 40, 16 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
};
