// SPDX-License-Identifier: MIT
#include "publish/publishrunner.h"

#include "publish/publishcontroller.h"

#include <QTimer>

PublishRunner::PublishRunner(PublishController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    m_timer = new QTimer(this);
    // The pause is what the user asked for: a coarse timer may fire 5% early.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PublishRunner::sendNext);
}

void PublishRunner::start(const QList<PublishMessage> &messages, qint64 count, int intervalMs)
{
    if (m_running)
        stop();
    if (messages.isEmpty())
        return;
    m_messages = messages;
    m_count = std::max<qint64>(count, 0);
    m_sent = 0;
    m_running = true;
    m_timer->setInterval(std::max(intervalMs, 0));
    sendNext();
    if (m_running)
        m_timer->start();
}

void PublishRunner::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    Q_EMIT finished(m_sent, true);
}

bool PublishRunner::isRunning() const
{
    return m_running;
}

void PublishRunner::sendNext()
{
    if (!m_running)
        return;
    const PublishMessage &message = m_messages.at(qsizetype(m_sent % m_messages.size()));
    ++m_sent;
    const quint64 ticket = m_controller->send(message, quint64(m_sent));
    Q_EMIT messageSent(ticket);
    Q_EMIT progress(m_sent, m_count);
    if (m_count > 0 && m_sent >= m_count) {
        m_running = false;
        m_timer->stop();
        Q_EMIT finished(m_sent, false);
    }
}
