// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "clioptions.h"
#include "insight/floodranking.h"

#include <QObject>

#include <cstdio>

class IngestPipeline;
class QTimer;

namespace Cli {

// canopy-cli top: subscribes like sub (-t, default '#') through the GUI's ingest pipeline and shows the busiest
// topics (FloodRanking) as a table refreshed every --refresh seconds, like top; --once measures for --for seconds,
// prints one table (or with --json one JSON object on one line) and exits 0:
//
//   {"window_s":10,"by":"msg","depth":0,"covered_s":4.0,"total_messages":N,"topics":[{"topic":"a/b",
//    "messages_per_second":12.5,"bytes_per_second":400.0,"messages":50,"bytes":1600},...]}
//
// Topics are printed byte-exact (as sub does); the live table clears the terminal with ANSI codes.
class TopCommand : public QObject {
    Q_OBJECT
public:
    TopCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent = nullptr);
    ~TopCommand() override;
    bool start();

private:
    void tick();
    void print(bool clearScreen);
    void finish(int status);

    Options m_options;
    std::FILE *m_out;
    std::FILE *m_err;
    IngestPipeline *m_pipeline = nullptr;
    QTimer *m_timer = nullptr;
    FloodRanking m_ranking;
    qint64 m_startMs = 0;
    qint64 m_lastPrintMs = 0;
    bool m_connected = false;
    int m_status = -1;
};

} // namespace Cli
