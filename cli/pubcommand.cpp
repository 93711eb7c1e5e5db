// SPDX-License-Identifier: MIT
#include "pubcommand.h"

#include "clientconfig.h"
#include "codec/mqtttopic.h"
#include "propertyoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cli {

PubCommand::PubCommand(Options options, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_err(err)
{
}

bool PubCommand::start()
{
    QString error;
    const auto clientOptions = Cli::clientOptions(m_options, &error);
    if (!clientOptions) {
        printLine(m_err, u"Error: "_s + error);
        return false;
    }
    if (m_options.topics.size() != 1) {
        printLine(m_err, u"Error: "_s + tr("canopy-cli pub publishes to one topic: give -t once."));
        return false;
    }
    if (!Mqtt::isValidTopicName(m_options.topics.constFirst())) {
        printLine(m_err,
            u"Error: "_s
                + tr("Invalid publish topic '%1': a topic name cannot be empty or contain '+' or '#'.")
                      .arg(m_options.topics.constFirst()));
        return false;
    }
    if (!applyProperties(m_options.properties, u"publish"_s, m_publishProperties, &error)
        || !applyProperties(m_options.properties, u"disconnect"_s, m_disconnectProperties, &error)) {
        printLine(m_err, u"Error: "_s + error);
        return false;
    }
    switch (m_options.messageSource) {
    case MessageSource::Argument:
        m_payload = m_options.message;
        break;
    case MessageSource::File: {
        QFile file(m_options.messageFile);
        if (!file.open(QIODevice::ReadOnly)) {
            printLine(m_err,
                u"Error: "_s
                    + tr("Cannot read the message file %1: %2.").arg(m_options.messageFile, file.errorString()));
            return false;
        }
        m_payload = file.readAll();
        break;
    }
    case MessageSource::Stdin: {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printLine(m_err, u"Error: "_s + tr("Cannot read standard input."));
            return false;
        }
        m_payload = in.readAll();
        break;
    }
    case MessageSource::Null:
    case MessageSource::Lines:
    case MessageSource::None:
        break;
    }

    m_client = new Mqtt::Client(this);
    m_client->setOptions(*clientOptions);
    connect(m_client, &Mqtt::Client::connected, this, &PubCommand::onConnected);
    connect(m_client, &Mqtt::Client::publishFinished, this, &PubCommand::onPublished);
    connect(m_client, &Mqtt::Client::errorOccurred, this, [this](const QString &sentence) {
        if (m_status < 0)
            printLine(m_err, u"Error: "_s + sentence);
    });
    connect(m_client, &Mqtt::Client::warning, this, [this](const QString &sentence) {
        if (!m_options.quiet)
            printLine(m_err, u"Warning: "_s + sentence);
    });
    connect(m_client, &Mqtt::Client::connectionRefused, this,
        [this](quint8 code, const QString &) { finish(exitStatusForRefusal(code)); });
    connect(
        m_client, &Mqtt::Client::disconnected, this, [this] { QCoreApplication::exit(m_status >= 0 ? m_status : 1); });
    m_client->connectToBroker();
    return true;
}

void PubCommand::onConnected()
{
    if (m_options.messageSource == MessageSource::Lines) {
        if (!m_stdinNotifier) {
            m_stdinNotifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
            connect(m_stdinNotifier, &QSocketNotifier::activated, this, &PubCommand::readStdinLines);
        }
        return;
    }
    if (m_repeatsLeft == 0 && m_outstanding == 0 && !m_inputDone) {
        m_repeatsLeft = m_options.repeatCount;
        publishRepeated();
    }
}

void PubCommand::publishRepeated()
{
    if (m_repeatsLeft <= 0 || m_status >= 0)
        return;
    --m_repeatsLeft;
    publishOne(m_payload);
    if (m_repeatsLeft == 0) {
        m_inputDone = true;
        maybeFinish();
        return;
    }
    QTimer::singleShot(int(m_options.repeatDelaySeconds * 1000), this, &PubCommand::publishRepeated);
}

void PubCommand::publishOne(const QByteArray &payload)
{
    Mqtt::Publish message;
    message.topic = m_options.topics.constFirst();
    message.payload = payload;
    message.qos = quint8(m_options.qos);
    message.retain = m_options.retain;
    message.properties = m_publishProperties;
    ++m_outstanding;
    m_client->publish(message);
}

void PubCommand::readStdinLines()
{
    char chunk[65536];
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got > 0) {
        m_stdinBuffer.append(chunk, qsizetype(got));
        qsizetype start = 0;
        for (qsizetype newline = m_stdinBuffer.indexOf('\n'); newline >= 0;
             newline = m_stdinBuffer.indexOf('\n', start)) {
            publishOne(m_stdinBuffer.mid(start, newline - start));
            start = newline + 1;
        }
        m_stdinBuffer.remove(0, start);
        return;
    }
    // End of input (or an error): a last line without a newline is still a message.
    m_stdinNotifier->setEnabled(false);
    if (!m_stdinBuffer.isEmpty())
        publishOne(std::exchange(m_stdinBuffer, {}));
    m_inputDone = true;
    maybeFinish();
}

void PubCommand::onPublished(Mqtt::Token, bool success, quint8, const QString &error)
{
    --m_outstanding;
    if (!success) {
        printLine(m_err, u"Error: "_s + error);
        finish(1);
        return;
    }
    maybeFinish();
}

void PubCommand::maybeFinish()
{
    if (m_inputDone && m_outstanding == 0)
        finish(0);
}

void PubCommand::finish(int status)
{
    if (m_status >= 0)
        return;
    m_status = status;
    if (m_client->state() == Mqtt::Client::State::Disconnected) {
        QCoreApplication::exit(status);
        return;
    }
    Mqtt::Disconnect disconnect;
    disconnect.properties = m_disconnectProperties; // -D disconnect
    m_client->disconnectFromBroker(disconnect);
    QTimer::singleShot(5000, this, [status] { QCoreApplication::exit(status); });
}

} // namespace Cli
