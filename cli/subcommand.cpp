// SPDX-License-Identifier: MIT
#include "subcommand.h"

#include "clientconfig.h"
#include "codec/mqttdebug.h"
#include "codec/mqtttopic.h"

#include <QCoreApplication>
#include <QTimer>

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
}

bool SubCommand::start()
{
    QString error;
    const auto clientOptions = Cli::clientOptions(m_options, &error);
    if (!clientOptions) {
        printLine(m_err, u"Error: "_s + error);
        return false;
    }
    for (const QString &filter : std::as_const(m_options.topics)) {
        if (!Mqtt::isValidTopicFilter(filter)) {
            printLine(m_err,
                QCoreApplication::translate("canopy-cli", "Error: '%1' is not a valid topic filter.").arg(filter));
            return false;
        }
    }
    m_client = new Mqtt::Client(this);
    Mqtt::ClientOptions options = *clientOptions;
    options.coalesceReads = true; // a headless subscriber: fewer, larger reads under a flood
    options.readBufferBytes = Mqtt::ClientOptions::FloodReadBufferBytes; // but bounded ones: memory stays flat
    m_client->setOptions(options);
    connect(m_client, &Mqtt::Client::connected, this, &SubCommand::onConnected);
    connect(m_client, &Mqtt::Client::messagesReceived, this, &SubCommand::onMessages);
    connect(m_client, &Mqtt::Client::subscribeFinished, this, &SubCommand::onSubscribed);
    connect(m_client, &Mqtt::Client::errorOccurred, this, &SubCommand::onError);
    connect(m_client, &Mqtt::Client::warning, this, [this](const QString &sentence) {
        if (!m_options.quiet)
            printLine(m_err, u"Warning: "_s + sentence);
    });
    connect(m_client, &Mqtt::Client::connectionRefused, this,
        [this](quint8 code, const QString &) { finish(exitStatusForRefusal(code)); });
    connect(m_client, &Mqtt::Client::disconnected, this, &SubCommand::onDisconnected);
    if (m_options.debug) {
        m_client->setTrafficTracing(true);
        connect(m_client, &Mqtt::Client::packetSent, this,
            [this](const Mqtt::Packet &packet) { printLine(m_err, u"Client sending "_s + describe(packet)); });
        connect(m_client, &Mqtt::Client::packetReceived, this,
            [this](const Mqtt::Packet &packet) { printLine(m_err, u"Client received "_s + describe(packet)); });
    }

    // Subscribe right away: the session sends the SUBSCRIBE as soon as the CONNACK arrives.
    QList<Mqtt::Subscription> subscriptions;
    for (const QString &filter : std::as_const(m_options.topics)) {
        Mqtt::Subscription subscription;
        subscription.filter = filter;
        subscription.options.maximumQoS = quint8(m_options.qos);
        subscriptions.append(subscription);
    }
    Mqtt::Properties properties;
    if (!applyProperties(m_options.properties, u"subscribe"_s, properties, &error)) {
        printLine(m_err, u"Error: "_s + error);
        return false;
    }
    if (!m_options.unsubscribeTopics.isEmpty()) {
        Mqtt::Properties unsubscribeProperties;
        applyProperties(m_options.properties, u"unsubscribe"_s, unsubscribeProperties, &error);
        m_client->unsubscribe(m_options.unsubscribeTopics, unsubscribeProperties);
    }
    if (!subscriptions.isEmpty())
        m_subscribeToken = m_client->subscribe(subscriptions, properties).token();

    if (m_options.timeoutSeconds > 0) {
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] {
            if (m_status >= 0)
                return;
            printLine(m_err, QCoreApplication::translate("canopy-cli", "Timed out"));
            finish(27); // mosquitto_sub's status for -W
        });
    }
    m_client->connectToBroker();
    return true;
}

void SubCommand::onConnected()
{
    if (m_options.topics.isEmpty() && m_options.exitAfterSubscribe)
        finish(0);
}

void SubCommand::onSubscribed(Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error)
{
    if (token != m_subscribeToken)
        return;
    m_subscribed = true;
    if (!success) {
        bool anyGranted = false;
        for (qsizetype i = 0; i < reasonCodes.size() && i < m_options.topics.size(); ++i) {
            if (reasonCodes.at(i) < 0x80)
                anyGranted = true;
            else if (!m_options.quiet)
                printLine(m_err,
                    QCoreApplication::translate("canopy-cli", "Warning: the broker refused the subscription to %1.")
                        .arg(m_options.topics.at(i)));
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
    out.reserve(messages.size() * 96);
    for (const Mqtt::Publish &message : messages) {
        if (m_options.skipRetained && message.retain)
            continue;
        if (m_options.retainedOnly && !message.retain) {
            finish(0);
            break;
        }
        bool filteredOut = false;
        for (const QString &filter : std::as_const(m_options.filterOutTopics))
            filteredOut = filteredOut || Mqtt::topicMatches(filter, message.topic);
        if (filteredOut)
            continue;
        m_printer.append(message, out);
        ++m_printed;
        if (m_options.messageCount > 0 && m_printed >= m_options.messageCount) {
            std::fwrite(out.constData(), 1, size_t(out.size()), m_out);
            out.clear();
            finish(0);
            break;
        }
    }
    if (!out.isEmpty())
        std::fwrite(out.constData(), 1, size_t(out.size()), m_out);
    std::fflush(m_out);
}

void SubCommand::onError(const QString &sentence)
{
    if (m_status >= 0)
        return;
    printLine(m_err, u"Error: "_s + sentence);
}

void SubCommand::onDisconnected()
{
    if (m_status >= 0) {
        QCoreApplication::exit(m_status);
        return;
    }
    // The connection ended without us asking: that is a failure for a subscriber.
    finish(1);
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
    m_client->disconnectFromBroker();
    // disconnected() ends the loop; if the broker does not close within a few seconds, end anyway.
    QTimer::singleShot(5000, this, [status] { QCoreApplication::exit(status); });
}

} // namespace Cli
