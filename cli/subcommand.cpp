// SPDX-License-Identifier: MIT
#include "subcommand.h"

#include "clientconfig.h"
#include "codec/mqttdebug.h"
#include "codec/mqtttopic.h"
#include "propertyoptions.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {
MessagePrinter::Format formatFor(const Options &options)
{
    if (options.json)
        return MessagePrinter::Format::Json;
    return options.verbose ? MessagePrinter::Format::TopicAndPayload : MessagePrinter::Format::Payload;
}

// One packet in words for -d (passwords and authentication data appear only as their size).
QString describe(const Mqtt::Packet &packet)
{
    QString text;
    QDebug(&text).noquote().nospace() << packet;
    return text;
}

} // namespace

SubCommand::SubCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_printer(formatFor(m_options), !m_options.noNewline)
{
    if (m_options.format)
        m_format.emplace(*m_options.format, m_options.pretty, !m_options.noNewline);
}

bool SubCommand::start()
{
    QString error;
    const auto clientOptions = Cli::clientOptions(m_options, &error);
    if (!clientOptions) {
        printLine(m_err, u"Error: "_s + error);
        return false;
    }
    // -T filters too: one that can never match would leave nothing out, without a word (mosquitto_sub refuses it).
    for (const QString &filter : m_options.topics + m_options.filterOutTopics) {
        if (!Mqtt::isValidTopicFilter(filter)) {
            printLine(m_err,
                QCoreApplication::translate("canopy-cli", "Error: '%1' is not a valid topic filter.").arg(filter));
            return false;
        }
    }
    for (const QString &filter : std::as_const(m_options.topics)) {
        Mqtt::Subscription subscription;
        subscription.filter = filter;
        subscription.options.maximumQoS = quint8(m_options.qos);
        m_subscriptions.append(subscription);
    }
    if (!applyProperties(m_options.properties, u"subscribe"_s, m_subscribeProperties, &error)
        || !applyProperties(m_options.properties, u"unsubscribe"_s, m_unsubscribeProperties, &error)
        || !applyProperties(m_options.properties, u"disconnect"_s, m_disconnectProperties, &error)) {
        printLine(m_err, u"Error: "_s + error);
        return false;
    }

    m_client = new Mqtt::Client(this);
    Mqtt::ClientOptions options = *clientOptions;
    options.coalesceReads = true; // a headless subscriber: fewer, larger reads under a flood
    options.readBufferBytes = Mqtt::ClientOptions::FloodReadBufferBytes; // but bounded ones: memory stays flat
    // libmosquitto's defaults in mosquitto_sub: a lost connection is retried every second, without growth.
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 1000;
    options.reconnectMaximumDelayMs = 1000;
    options.restoreSubscriptions = false; // onConnected() subscribes on every connection, in the options' order
    m_client->setOptions(options);
    connect(m_client, &Mqtt::Client::connected, this, &SubCommand::onConnected);
    connect(m_client, &Mqtt::Client::messagesReceived, this, &SubCommand::onMessages);
    connect(m_client, &Mqtt::Client::subscribeFinished, this, &SubCommand::onSubscribed);
    connect(m_client, &Mqtt::Client::unsubscribeFinished, this,
        [this](Mqtt::Token, bool success, const QList<quint8> &reasonCodes, const QString &error) {
            // An UNSUBSCRIBE that could not be sent (larger than the broker's Maximum Packet Size) is an error, as a
            // SUBSCRIBE's is; one lost with the connection goes out again with the next, and the broker's own
            // answers (such as "no subscription existed") are no error for -U.
            if (m_status >= 0 || success || !reasonCodes.isEmpty() || !m_client->session().isConnected())
                return;
            printLine(m_err, u"Error: "_s + error);
            finish(1);
        });
    connect(m_client, &Mqtt::Client::publishFinished, this, &SubCommand::onPublished);
    connect(m_client, &Mqtt::Client::errorOccurred, this, &SubCommand::onError);
    connect(m_client, &Mqtt::Client::warning, this, [this](const QString &sentence) {
        // Said once, not again on every reconnect.
        if (!m_options.quiet && !std::exchange(m_warned, true))
            printLine(m_err, u"Warning: "_s + sentence);
    });
    connect(m_client, &Mqtt::Client::connectionRefused, this,
        [this](quint8 code, const QString &sentence) { onFatal(sentence, exitStatusForRefusal(code)); });
    // mosquitto_sub ends with MOSQ_ERR_PROTOCOL (2) when the broker breaks the protocol.
    connect(m_client, &Mqtt::Client::protocolViolation, this,
        [this](quint8, const QString &sentence) { onFatal(sentence, 2); });
    connect(m_client, &Mqtt::Client::serverDisconnected, this,
        [this](quint8, const QString &sentence) { onFatal(sentence, 1); });
    connect(m_client, &Mqtt::Client::disconnected, this, &SubCommand::onDisconnected);
    if (m_options.debug) {
        m_client->setTrafficTracing(true);
        connect(m_client, &Mqtt::Client::packetSent, this,
            [this](const Mqtt::Packet &packet) { printLine(m_err, u"Client sending "_s + describe(packet)); });
        connect(m_client, &Mqtt::Client::packetReceived, this,
            [this](const Mqtt::Packet &packet) { printLine(m_err, u"Client received "_s + describe(packet)); });
    }

    if (m_options.timeoutSeconds > 0) {
        // From the start, connected or not, as mosquitto_sub's alarm().
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] {
            if (m_status >= 0)
                return;
            printLine(m_err, QCoreApplication::translate("canopy-cli", "Timed out"));
            // As mosquitto_sub ends on its alarm: an MQTT 5 broker is asked to publish the will all the same.
            m_disconnectReason = Mqtt::ReasonCode::DisconnectWithWillMessage;
            finish(27); // mosquitto_sub's status for -W
        });
    }
    m_client->connectToBroker();
    return true;
}

void SubCommand::subscribeAll()
{
    // SUBSCRIBE, then UNSUBSCRIBE for -U, on every connection: a clean session has lost the subscriptions, and a
    // kept one is asked again just as mosquitto_sub asks (which also brings the retained messages again).
    if (!m_subscriptions.isEmpty())
        m_client->subscribe(m_subscriptions, m_subscribeProperties);
    if (!m_options.unsubscribeTopics.isEmpty())
        m_client->unsubscribe(m_options.unsubscribeTopics, m_unsubscribeProperties);
}

void SubCommand::onConnected()
{
    if (m_status >= 0)
        return;
    const bool first = !std::exchange(m_everConnected, true);
    if (first && m_options.topics.isEmpty() && m_options.exitAfterSubscribe) {
        finish(0);
        return;
    }
    subscribeAll();
}

void SubCommand::onSubscribed(Mqtt::Token, bool success, const QList<quint8> &reasonCodes, const QString &error)
{
    if (m_status >= 0)
        return;
    // Lost with the connection before its SUBACK: the next connection subscribes again.
    if (!success && reasonCodes.isEmpty() && m_everConnected && !m_client->session().isConnected())
        return;
    const bool firstAnswer = !std::exchange(m_subscribed, true);
    if (!success) {
        bool anyGranted = false;
        for (qsizetype i = 0; i < reasonCodes.size() && i < m_subscriptions.size(); ++i) {
            if (reasonCodes.at(i) < 0x80)
                anyGranted = true;
            else if (!m_options.quiet && firstAnswer)
                printLine(m_err,
                    QCoreApplication::translate("canopy-cli", "Warning: the broker refused the subscription to %1.")
                        .arg(m_subscriptions.at(i).filter));
        }
        if (!anyGranted) {
            printLine(m_err,
                u"Error: "_s
                    + (error.isEmpty()
                            ? QCoreApplication::translate("canopy-cli", "All subscription requests were denied.")
                            : error));
            finish(1);
            return;
        }
    }
    if (m_options.exitAfterSubscribe)
        finish(0);
}

void SubCommand::onMessages(const QList<Mqtt::Publish> &messages)
{
    if (m_status >= 0)
        return;
    QByteArray out;
    QByteArray errors;
    out.reserve(messages.size() * 96);
    for (const Mqtt::Publish &message : messages) {
        if (m_options.retainedOnly && !message.retain) {
            finish(0);
            break;
        }
        bool filteredOut = false;
        for (const QString &filter : std::as_const(m_options.filterOutTopics))
            filteredOut = filteredOut || Mqtt::topicMatches(filter, message.topic);
        if (filteredOut)
            continue;
        if (m_options.removeRetained && message.retain)
            removeRetained(message.topic);
        if (m_options.skipRetained && message.retain)
            continue;
        if (passesRandomFilter()) {
            if (m_format)
                m_format->append(message, out, errors);
            else
                m_printer.append(message, out);
        }
        ++m_counted;
        if (m_options.messageCount > 0 && m_counted >= m_options.messageCount) {
            std::fwrite(out.constData(), 1, size_t(out.size()), m_out);
            out.clear();
            finish(0);
            break;
        }
    }
    if (!out.isEmpty())
        std::fwrite(out.constData(), 1, size_t(out.size()), m_out);
    std::fflush(m_out);
    if (!errors.isEmpty() && !m_options.quiet) {
        std::fwrite(errors.constData(), 1, size_t(errors.size()), m_err);
        std::fflush(m_err);
    }
}

bool SubCommand::passesRandomFilter() const
{
    return m_options.randomFilter >= 10000 || int(QRandomGenerator::global()->bounded(10000)) < m_options.randomFilter;
}

void SubCommand::removeRetained(const QString &topic)
{
    // An empty retained message clears the topic's retained message; QoS 1, as mosquitto_sub sends it.
    Mqtt::Publish clear;
    clear.topic = topic;
    clear.qos = 1;
    clear.retain = true;
    const Mqtt::RequestHandle request = m_client->publish(clear);
    if (!request.isFinished())
        m_removals.insert(request.token(), topic);
    else if (!request.isSuccess() && !m_options.quiet)
        printLine(m_err,
            QCoreApplication::translate("canopy-cli", "Warning: the retained message on %1 was not removed: %2")
                .arg(topic, request.errorString()));
}

void SubCommand::onPublished(Mqtt::Token token, bool success, quint8, const QString &error)
{
    const auto removal = m_removals.constFind(token);
    if (removal == m_removals.cend())
        return;
    if (!success && !m_options.quiet)
        printLine(m_err,
            QCoreApplication::translate("canopy-cli", "Warning: the retained message on %1 was not removed: %2")
                .arg(*removal, error));
    m_removals.erase(removal);
    // The run ended while removals were on their way: now that the broker has them all, disconnect.
    if (m_status == 0 && m_removals.isEmpty() && m_client->state() == Mqtt::Client::State::Connected)
        disconnect();
}

void SubCommand::onError(const QString &sentence)
{
    if (m_status >= 0)
        return;
    // Once connected, a lost connection is retried without a word, as mosquitto_sub does (-d says why, in
    // onDisconnected()); what ends the process is printed by onFatal().
    if (!m_everConnected)
        printLine(m_err, u"Error: "_s + sentence);
}

void SubCommand::onFatal(const QString &sentence, int status)
{
    if (m_status >= 0)
        return;
    // Before the first CONNACK, onError() has printed it already.
    if (m_everConnected)
        printLine(m_err, u"Error: "_s + sentence);
    finish(status);
}

void SubCommand::onDisconnected()
{
    if (m_status >= 0) {
        QCoreApplication::exit(m_status);
        return;
    }
    if (m_everConnected && m_client->state() == Mqtt::Client::State::WaitingToReconnect) {
        if (m_options.debug)
            printLine(m_err, QCoreApplication::translate("canopy-cli", "Reconnecting: %1").arg(m_client->lastError()));
        return;
    }
    // The first connection failed (or the client stopped trying): that is a failure for a subscriber.
    finish(1);
}

void SubCommand::stop()
{
    if (!m_everConnected) {
        std::fflush(m_out);
        QCoreApplication::exit(255); // mosquitto_sub's exit(-1)
        return;
    }
    m_disconnectReason = Mqtt::ReasonCode::NormalDisconnection;
    finish(0);
}

void SubCommand::finish(int status)
{
    if (m_status >= 0)
        return;
    m_status = status;
    std::fflush(m_out);
    if (m_client->state() == Mqtt::Client::State::Disconnected) {
        QCoreApplication::exit(status);
        return;
    }
    // As mosquitto_sub, a run that ends well waits until the broker has acknowledged every --remove-retained
    // message (onPublished() disconnects then); the same few seconds as for the broker's close bound the wait.
    if (status == 0 && !m_removals.isEmpty() && m_client->state() == Mqtt::Client::State::Connected) {
        QTimer::singleShot(5000, this, [this] { disconnect(); });
        return;
    }
    disconnect();
}

void SubCommand::disconnect()
{
    if (m_client->state() == Mqtt::Client::State::Disconnecting)
        return;
    if (m_client->state() == Mqtt::Client::State::Disconnected) {
        QCoreApplication::exit(m_status);
        return;
    }
    Mqtt::Disconnect disconnect;
    disconnect.reasonCode = m_disconnectReason;
    disconnect.properties = m_disconnectProperties; // -D disconnect
    m_client->disconnectFromBroker(disconnect);
    // disconnected() ends the loop; if the broker does not close within a few seconds, end anyway.
    QTimer::singleShot(5000, this, [status = m_status] { QCoreApplication::exit(status); });
}

} // namespace Cli
