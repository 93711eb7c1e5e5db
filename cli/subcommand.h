// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "clioptions.h"
#include "messageprinter.h"

#include <QObject>

#include <cstdio>

namespace Cli {

// canopy-cli sub: subscribes and prints messages like mosquitto_sub. Ends the event loop with the exit status.
class SubCommand : public QObject {
    Q_OBJECT
public:
    SubCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent = nullptr);
    bool start(); // false (with the message printed) when the options cannot make a client

private:
    void onConnected();
    void onMessages(const QList<Mqtt::Publish> &messages);
    void onSubscribed(Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void onError(const QString &sentence);
    void onDisconnected();
    void finish(int status);

    Options m_options;
    std::FILE *m_out;
    std::FILE *m_err;
    MessagePrinter m_printer;
    Mqtt::Client *m_client = nullptr;
    Mqtt::Token m_subscribeToken = 0;
    int m_printed = 0;
    int m_status = -1; // set once finishing
    bool m_subscribed = false;
};

} // namespace Cli
