// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "clioptions.h"
#include "telemetrysimulator.h"

#include <QElapsedTimer>
#include <QObject>

#include <cstdio>
#include <memory>

class QTimer;

namespace Cli {

// canopy-cli simulate: publishes TelemetrySimulator's messages at --rate messages per second, with a retained
// "offline" will on the simulator's status topic.
class SimulateCommand : public QObject {
    Q_OBJECT
public:
    SimulateCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent = nullptr);
    bool start();

private:
    void onConnected();
    void publishDue();
    void stop(); // --duration is over: status "offline", then disconnect

    Options m_options;
    std::FILE *m_out;
    std::FILE *m_err;
    TelemetrySimulator m_simulator;
    Mqtt::Client *m_client = nullptr;
    QTimer *m_ticker = nullptr;
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
    qint64 m_startedMs = 0;
};

} // namespace Cli
