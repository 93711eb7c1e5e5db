// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "clioptions.h"

#include <QObject>

#include <cstdio>

class QSocketNotifier;

namespace Cli {

// canopy-cli pub: publishes like mosquitto_pub (-m, -f, -n, -s, -l; --repeat), waits until every message is
// acknowledged for its QoS, then disconnects. Ends the event loop with the exit status.
class PubCommand : public QObject {
    Q_OBJECT
public:
    PubCommand(Options options, std::FILE *err, QObject *parent = nullptr);
    bool start();

private:
    void onConnected();
    void onPublished(Mqtt::Token token, bool success, quint8 reasonCode, const QString &error);
    void publishOne(const QByteArray &payload);
    void publishRepeated();
    void readStdinLines();
    void maybeFinish();
    void finish(int status);

    Options m_options;
    std::FILE *m_err;
    Mqtt::Client *m_client = nullptr;
    Mqtt::Properties m_publishProperties; // -D publish (a topic-alias among them is the session's to apply)
    Mqtt::Properties m_disconnectProperties; // -D disconnect
    QByteArray m_payload;
    QSocketNotifier *m_stdinNotifier = nullptr;
    QByteArray m_stdinBuffer;
    bool m_inputDone = false;
    int m_outstanding = 0;
    int m_repeatsLeft = 0;
    int m_status = -1;
};

} // namespace Cli
