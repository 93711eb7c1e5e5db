// SPDX-License-Identifier: MIT
#pragma once

// Something that wants to see every received message in the ingest worker thread, right after the store took it,
// such as the charts' numeric extraction (ChartFeed). The pipeline holds at most one; when none is set (no chart
// series exists), the worker pays one null check per batch.
//
// consume() runs in the worker thread with the store mutex held (so that a reader that takes the store mutex sees
// the store and the sink agree: a series back-filled from the store under that lock never receives a message twice).
// It must therefore be quick and must not take the store mutex itself.

#include "codec/mqttpacket.h"

#include <QList>

class MessageSink {
public:
    virtual ~MessageSink() = default;
    // batch[from] .. batch[to - 1], received at nowMs (milliseconds since the epoch, the store's clock).
    virtual void consume(const QList<Mqtt::Publish> &batch, qsizetype from, qsizetype to, qint64 nowMs) = 0;
};
