// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "clioptions.h"
#include "messageformat.h"
#include "messageprinter.h"

#include <QObject>

#include <cstdio>
#include <optional>

namespace Cli {

// canopy-cli sub: subscribes and prints messages like mosquitto_sub. Ends the event loop with the exit status.
//
// Like mosquitto_sub (libmosquitto's loop_forever), it gives up only when the first connection fails. Once a broker
// has accepted it, a lost connection is retried quietly every second in the same process, with the same client id
// and session state (our QoS 2 identifiers awaiting PUBREL, our unfinished acknowledgements), so a message the
// broker resends after its restart is printed once. Every connection subscribes again, as mosquitto_sub does in
// its on_connect. -C counts and -W runs across reconnects. A refusal, a protocol violation or a server DISCONNECT
// ends the process.
//
// Each message goes through mosquitto_sub's steps in its order: --retained-only ends the run at the first fresh
// message; -T leaves it out; --remove-retained clears a retained one (QoS 1, acknowledged before the process ends,
// and, as its manual says, even with -R); -R leaves a retained one out; --random-filter may skip printing it, yet
// it counts towards -C as with mosquitto_sub.
class SubCommand : public QObject {
    Q_OBJECT
public:
    SubCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent = nullptr);
    bool start(); // false (with the message printed) when the options cannot make a client
    // SIGINT or SIGTERM, as mosquitto_sub takes them: once a broker has accepted us, a clean DISCONNECT (so the
    // broker drops the will) and status 0; before that, status 255 at once.
    void stop();

private:
    void subscribeAll();
    void onConnected();
    void onMessages(const QList<Mqtt::Publish> &messages);
    void onSubscribed(Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error);
    void onError(const QString &sentence);
    void onFatal(const QString &sentence, int status);
    void onDisconnected();
    void onPublished(Mqtt::Token token, bool success, quint8 reasonCode, const QString &error);
    void removeRetained(const QString &topic);
    bool passesRandomFilter() const;
    void finish(int status);
    void disconnect();

    Options m_options;
    std::FILE *m_out;
    std::FILE *m_err;
    MessagePrinter m_printer;
    std::optional<MessageFormat> m_format; // -F
    Mqtt::Client *m_client = nullptr;
    QList<Mqtt::Subscription> m_subscriptions;
    Mqtt::Properties m_subscribeProperties;
    Mqtt::Properties m_unsubscribeProperties;
    Mqtt::Properties m_disconnectProperties;
    quint8 m_disconnectReason = Mqtt::ReasonCode::NormalDisconnection; // with the will after -W, as mosquitto_sub
    QHash<Mqtt::Token, QString> m_removals; // --remove-retained publishes not yet acknowledged, by topic
    int m_counted = 0; // messages counted towards -C
    int m_status = -1; // set once finishing
    bool m_everConnected = false; // a broker accepted us once: from now on a lost connection is retried
    bool m_subscribed = false;
    bool m_warned = false;
};

} // namespace Cli
