// SPDX-License-Identifier: MIT
#include "connections/connectionindicator.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace {
struct Look {
    QColor colour;
    bool ring; // a ring rather than a filled dot
    bool centre; // a small dot inside the ring
};

Look lookOf(Mqtt::Client::State state)
{
    using State = Mqtt::Client::State;
    switch (state) {
    case State::Connected:
        return { QColor(0x2e, 0x7d, 0x32), false, false };
    case State::Connecting:
        return { QColor(0xf9, 0xa8, 0x25), false, false };
    case State::WaitingToReconnect:
        return { QColor(0xe6, 0x51, 0x00), true, true };
    case State::Disconnecting:
        return { QColor(0x75, 0x75, 0x75), true, true };
    case State::Disconnected:
        break;
    }
    return { QColor(0x75, 0x75, 0x75), true, false };
}

QPixmap dot(const Look &look, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = std::max(1.5, size / 8.0);
    const QRectF outer = QRectF(0, 0, size, size).adjusted(pen, pen, -pen, -pen);
    if (look.ring) {
        painter.setPen(QPen(look.colour, pen));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(look.colour);
    }
    painter.drawEllipse(outer);
    if (look.centre) {
        const qreal inset = outer.width() * 0.3;
        painter.setPen(Qt::NoPen);
        painter.setBrush(look.colour);
        painter.drawEllipse(outer.adjusted(inset, inset, -inset, -inset));
    }
    return pixmap;
}
} // namespace

QIcon ConnectionIndicator::icon(Mqtt::Client::State state)
{
    const Look look = lookOf(state);
    QIcon icon;
    for (int size : { 12, 16, 24, 32 })
        icon.addPixmap(dot(look, size));
    return icon;
}

QString ConnectionIndicator::stateName(Mqtt::Client::State state)
{
    using State = Mqtt::Client::State;
    switch (state) {
    case State::Connected:
        return tr("Connected");
    case State::Connecting:
        return tr("Connecting");
    case State::WaitingToReconnect:
        return tr("Reconnecting");
    case State::Disconnecting:
        return tr("Disconnecting");
    case State::Disconnected:
        break;
    }
    return tr("Disconnected");
}
