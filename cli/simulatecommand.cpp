// SPDX-License-Identifier: MIT
#include "simulatecommand.h"

#include "clientconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Cli {

SimulateCommand::SimulateCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_simulator(m_options.topicPrefix, quint32(QCoreApplication::applicationPid()))
{
}

bool SimulateCommand::start()
{
    QString error;
    auto clientOptions = Cli::clientOptions(m_options, &error);
    if (!clientOptions) {
        printLine(m_err, u"Error: "_s + error);
        return false;
    }
    if (!clientOptions->session.connect.will) {
        Mqtt::Will will;
        will.topic = m_simulator.statusTopic();
        will.payload = QByteArrayLiteral("offline");
        will.retain = true;
        will.qos = 1;
        clientOptions->session.connect.will = will;
    }
    // A demo publisher should survive a broker restart.
    clientOptions->autoReconnect = true;
    m_client = new Mqtt::Client(this);
    m_client->setOptions(*clientOptions);
    connect(m_client, &Mqtt::Client::connected, this, &SimulateCommand::onConnected);
    connect(m_client, &Mqtt::Client::errorOccurred, this,
        [this](const QString &sentence) { printLine(m_err, u"Error: "_s + sentence); });
    connect(m_client, &Mqtt::Client::connectionRefused, this, [] { QCoreApplication::exit(1); });
    m_client->connectToBroker();
    m_clock.start();
    if (m_options.durationSeconds > 0)
        QTimer::singleShot(m_options.durationSeconds * 1000, this, &SimulateCommand::stop);
    return true;
}

void SimulateCommand::stop()
{
    if (m_ticker)
        m_ticker->stop();
    printLine(m_out, QCoreApplication::translate("canopy-cli", "Published %1 messages.").arg(m_sent));
    QTimer::singleShot(2000, this, [] { QCoreApplication::exit(0); });
    connect(m_client, &Mqtt::Client::disconnected, this, [] { QCoreApplication::exit(0); });
    if (!m_client->isConnected()) {
        m_client->disconnectFromBroker();
        return;
    }
    // A clean DISCONNECT discards the will: say "offline" on the status topic first, or it stays "online".
    Mqtt::Publish offline;
    offline.topic = m_simulator.statusTopic();
    offline.payload = QByteArrayLiteral("offline");
    offline.retain = true;
    offline.qos = 1;
    const Mqtt::Token token = m_client->publish(offline).token();
    connect(m_client, &Mqtt::Client::publishFinished, this, [this, token](Mqtt::Token finished) {
        if (finished == token)
            m_client->disconnectFromBroker();
    });
}

void SimulateCommand::onConnected()
{
    for (const Mqtt::Publish &message : m_simulator.retainedMessages())
        m_client->publish(message);
    if (!m_ticker) {
        m_ticker = new QTimer(this);
        m_ticker->setTimerType(Qt::PreciseTimer);
        connect(m_ticker, &QTimer::timeout, this, &SimulateCommand::publishDue);
        m_startedMs = m_clock.elapsed();
        m_ticker->start(20);
    }
    if (!m_options.quiet)
        printLine(m_out,
            QCoreApplication::translate("canopy-cli", "Publishing demo telemetry under %1/ at %2 messages/s.")
                .arg(m_options.topicPrefix)
                .arg(m_options.rate));
}

void SimulateCommand::publishDue()
{
    if (!m_client->isConnected())
        return;
    const qint64 now = m_clock.elapsed();
    const qint64 due = qint64(double(now - m_startedMs) * m_options.rate / 1000.0);
    // Never try to catch up more than a second's worth after a pause (a reconnect): keep the rate honest.
    if (due - m_sent > qint64(m_options.rate) + 1)
        m_sent = due - qint64(m_options.rate);
    while (m_sent < due) {
        Mqtt::Publish message = m_simulator.next(QDateTime::currentMSecsSinceEpoch()); // readings carry the real time
        message.qos = quint8(m_options.qos);
        m_client->publish(message);
        ++m_sent;
    }
}

} // namespace Cli
