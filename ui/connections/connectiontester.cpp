// SPDX-License-Identifier: MIT
#include "connections/connectiontester.h"

#include <QTimer>

using namespace Qt::StringLiterals;

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_guard(new QTimer(this))
{
    m_guard->setSingleShot(true);
    connect(m_guard, &QTimer::timeout, this,
        [this] { finish(false, tr("No answer from %1 in time: the test was given up.").arg(m_endpoint)); });
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::start(const Mqtt::ClientOptions &options)
{
    cancel();
    Mqtt::ClientOptions once = options;
    once.autoReconnect = false;
    m_endpoint = options.connection.toUrl().toString();
    m_warnings.clear();
    m_client = new Mqtt::Client(this);
    m_client->setOptions(once);
    connect(m_client, &Mqtt::Client::warning, this, [this](const QString &sentence) { m_warnings.append(sentence); });
    connect(m_client, &Mqtt::Client::errorOccurred, this, [this](const QString &sentence) { finish(false, sentence); });
    connect(m_client, &Mqtt::Client::connected, this, [this] {
        const bool fellBack = m_client->fellBackToV311();
        QString sentence = m_client->protocolVersion() == Mqtt::ProtocolVersion::V5
            ? tr("Connected to %1 with MQTT 5: the broker accepted the connection.").arg(m_endpoint)
            : fellBack ? tr("Connected to %1 with MQTT 3.1.1: the broker does not support MQTT 5.").arg(m_endpoint)
                       : tr("Connected to %1 with MQTT 3.1.1: the broker accepted the connection.").arg(m_endpoint);
        finish(true, sentence);
    });
    connect(m_client, &Mqtt::Client::disconnected, this, [this] {
        if (m_client && m_client->state() == Mqtt::Client::State::Disconnected && !m_client->lastError().isEmpty())
            finish(false, m_client->lastError());
    });
    // The client gives up by itself after the connect timeout (twice: transport, then CONNACK); this only guards
    // against a test that would otherwise never end.
    m_guard->start(2 * std::max(options.connection.connectTimeoutMs, 1000) + 5000);
    m_client->connectToBroker();
}

void ConnectionTester::cancel()
{
    m_guard->stop();
    if (!m_client)
        return;
    Mqtt::Client *client = m_client;
    m_client = nullptr;
    client->disconnect(this);
    // Say goodbye properly (DISCONNECT), then go.
    connect(client, &Mqtt::Client::disconnected, client, &QObject::deleteLater);
    client->disconnectFromBroker();
    if (client->state() == Mqtt::Client::State::Disconnected)
        client->deleteLater();
    else
        QTimer::singleShot(3000, client, &QObject::deleteLater);
}

void ConnectionTester::finish(bool success, const QString &sentence)
{
    if (!m_client)
        return;
    QString text = sentence;
    for (const QString &warning : std::as_const(m_warnings))
        text += u' ' + warning;
    cancel();
    Q_EMIT finished(success, text);
}
