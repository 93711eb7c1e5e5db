// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "clioptions.h"
#include "messageprinter.h"

#include <QObject>

#include <cstdio>

namespace Cli {

// canopy-cli sub: subscribes and prints messages like mosquitto_sub. Ends the event loop with the exit status.
//
// Like mosquitto_sub (libmosquitto's loop_forever), it gives up only when the first connection fails. Once a broker
// has accepted it, a lost connection is retried quietly every second in the same process, with the same client id
// and session state (our QoS 2 identifiers awaiting PUBREL, our unfinished acknowledgements), so a message the
// broker resends after its restart is printed once. Every connection subscribes again, as mosquitto_sub does in
// its on_connect. -C counts and -W runs across reconnects. A refusal, a protocol violation or a server DISCONNECT
// ends the process.
class SubCommand : public QObject {
    Q_OBJECT
public:
    SubCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent = nullptr);
    bool start(); // false (with the message printed) when the options cannot make a client

private:
    void subscribeAll();
    void onConnected();
    void onMessages(const QList<Mqtt::Publish> &messages);
    void onSubscribed(Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void onError(const QString &sentence);
    void onFatal(const QString &sentence, int status);
    void onDisconnected();
    void finish(int status);

    Options m_options;
    std::FILE *m_out;
    std::FILE *m_err;
    MessagePrinter m_printer;
    Mqtt::Client *m_client = nullptr;
    QList<Mqtt::Subscription> m_subscriptions;
    Mqtt::Properties m_subscribeProperties;
    Mqtt::Properties m_unsubscribeProperties;
    int m_printed = 0;
    int m_status = -1; // set once finishing
    bool m_everConnected = false; // a broker accepted us once: from now on a lost connection is retried
    bool m_subscribed = false;
    bool m_warned = false;
};

} // namespace Cli
