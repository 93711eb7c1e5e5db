// SPDX-License-Identifier: MIT
#include "connections/connectionstatus.h"

#include "common/displaytext.h"

#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QLabel(parent)
    , m_countdownTimer(new QTimer(this))
{
    setObjectName(u"connectionStatus"_s);
    setTextFormat(Qt::PlainText); // error sentences quote what the broker said
    // Often enough that the seconds never skip or lag visibly.
    m_countdownTimer->setInterval(250);
    connect(m_countdownTimer, &QTimer::timeout, this, &ConnectionStatus::refresh);
    refresh();
}

void ConnectionStatus::startConnection(const QString &endpoint)
{
    m_endpoint = endpoint;
    m_error.clear();
    m_fallbackNote.clear();
    m_fellBack = false;
    m_version = Mqtt::ProtocolVersion::V5;
    m_reconnectAttempt = 0;
    m_state = Mqtt::Client::State::Connecting;
    refresh();
}

void ConnectionStatus::setState(Mqtt::Client::State state)
{
    m_state = state;
    if (state == Mqtt::Client::State::Connected) {
        m_error.clear();
        m_fallbackNote.clear();
    }
    if (state != Mqtt::Client::State::WaitingToReconnect)
        m_reconnectAttempt = 0;
    refresh();
}

void ConnectionStatus::setError(const QString &sentence)
{
    m_error = sentence;
    refresh();
}

void ConnectionStatus::setFallback(const QString &sentence)
{
    m_fallbackNote = sentence;
    m_fellBack = true;
    refresh();
}

void ConnectionStatus::setConnectedVersion(Mqtt::ProtocolVersion version)
{
    m_version = version;
    refresh();
}

void ConnectionStatus::setReconnect(int attempt, qint64 msUntil)
{
    m_reconnectAttempt = std::max(attempt, 1);
    m_reconnectAt = QDeadlineTimer(std::max<qint64>(msUntil, 0));
    refresh();
}

void ConnectionStatus::showNote(const QString &text)
{
    setText(Canopy::visibleText(text)); // notes quote topics
}

void ConnectionStatus::refresh()
{
    using State = Mqtt::Client::State;
    const bool counting = m_state == State::WaitingToReconnect && m_reconnectAttempt > 0;
    if (counting != m_countdownTimer->isActive()) {
        if (counting)
            m_countdownTimer->start();
        else
            m_countdownTimer->stop();
    }
    QString text;
    switch (m_state) {
    case State::Connecting:
        // While the client falls back to 3.1.1, that is what happens now.
        text = !m_fallbackNote.isEmpty() ? m_fallbackNote : tr("Connecting to %1…").arg(m_endpoint);
        break;
    case State::Connected:
        if (!m_error.isEmpty())
            text = m_error;
        else if (m_fellBack && m_version == Mqtt::ProtocolVersion::V311)
            text = tr("Connected to %1 (MQTT 3.1.1: the broker does not support MQTT 5)").arg(m_endpoint);
        else
            text = tr("Connected to %1").arg(m_endpoint);
        break;
    case State::WaitingToReconnect: {
        text = m_error.isEmpty() ? tr("Connection to %1 lost.").arg(m_endpoint) : m_error;
        if (!counting) {
            text += u' ' + tr("Reconnecting…");
            break;
        }
        // Rounded up, so the count reaches "1 s" and not "0 s" just before the attempt.
        const int seconds = int(std::ceil(double(m_reconnectAt.remainingTime()) / 1000.0));
        text += u' '
            + (seconds > 0 ? tr("Reconnecting in %n second(s) (attempt %1)…", nullptr, seconds).arg(m_reconnectAttempt)
                           : tr("Reconnecting (attempt %1)…").arg(m_reconnectAttempt));
        break;
    }
    case State::Disconnecting:
        text = tr("Disconnecting…");
        break;
    case State::Disconnected:
        text = !m_error.isEmpty() ? m_error : (m_endpoint.isEmpty() ? tr("Not connected") : tr("Disconnected"));
        break;
    }
    text = Canopy::visibleText(text); // sentences quote broker text (reason strings, server references)
    if (text != this->text())
        setText(text);
}
