// SPDX-License-Identifier: MIT
#pragma once

// "Retry now" and "Stop" next to a connection's reconnect countdown, shown only while it waits to reconnect.

#include <QWidget>

class IngestPipeline;

class ReconnectControls : public QWidget {
    Q_OBJECT
public:
    explicit ReconnectControls(IngestPipeline *pipeline, QWidget *parent = nullptr);
};
