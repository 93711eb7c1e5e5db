// SPDX-License-Identifier: MIT
#include "transport/transport.h"

#include "transport/ssltransport.h"
#include "transport/tcptransport.h"
#include "transport/transporterrors.h"
#include "transport/websockettransport.h"

#include <QTimer>

Q_LOGGING_CATEGORY(lcTransport, "canopy.transport", QtWarningMsg)

namespace Mqtt {

std::unique_ptr<Transport> Transport::create(const ConnectionOptions &options, QObject *parent)
{
    switch (options.scheme) {
    case ConnectionOptions::Scheme::Mqtt:
        return std::make_unique<TcpTransport>(options, parent);
    case ConnectionOptions::Scheme::Mqtts:
        return std::make_unique<SslTransport>(options, parent);
    case ConnectionOptions::Scheme::Ws:
    case ConnectionOptions::Scheme::Wss:
        return std::make_unique<WebSocketTransport>(options, parent);
    }
    return nullptr;
}

Transport::Transport(const ConnectionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

Transport::~Transport() = default;

bool Transport::isInsecure() const
{
    return m_options.usesTls() && m_options.tls.insecure;
}

bool Transport::beginOpening()
{
    if (m_state != State::Idle) {
        qCWarning(lcTransport) << "open() ignored: the transport to" << m_options.endpoint() << "is not closed";
        return false;
    }
    m_state = State::Opening;
    ++m_attempt;
    m_lastError.clear();
    if (isInsecure())
        qCWarning(lcTransport).noquote() << TransportErrors::insecureWarning(m_options);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Transport::onTimeout);
    }
    m_timer->start(qMax(0, m_options.connectTimeoutMs));
    qCDebug(lcTransport).noquote() << "Opening" << m_options.toUrl().toString();
    return true;
}

void Transport::finishOpening()
{
    if (m_state != State::Opening)
        return;
    m_state = State::Open;
    m_timer->stop();
    qCDebug(lcTransport).noquote() << "Opened" << m_options.toUrl().toString();
    Q_EMIT opened();
}

void Transport::beginClosing()
{
    if (m_state != State::Open)
        return;
    m_state = State::Closing;
    m_timer->start(qMax(0, m_options.connectTimeoutMs));
}

void Transport::finishClosed()
{
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;
    if (m_timer)
        m_timer->stop();
    dropConnection();
    qCDebug(lcTransport).noquote() << "Closed" << m_options.toUrl().toString();
    Q_EMIT closed();
}

void Transport::fail(const QString &sentence)
{
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;
    if (m_timer)
        m_timer->stop();
    m_lastError = sentence;
    qCInfo(lcTransport).noquote() << sentence;
    dropConnection();
    Q_EMIT errorOccurred(sentence);
    Q_EMIT closed();
}

void Transport::failLater(const QString &sentence)
{
    const quint64 attempt = m_attempt;
    QMetaObject::invokeMethod(
        this,
        [this, attempt, sentence] {
            if (attempt == m_attempt)
                fail(sentence);
        },
        Qt::QueuedConnection);
}

QString Transport::timeoutSentence() const
{
    return TransportErrors::connectTimeout(m_options, TransportErrors::Step::Connect);
}

void Transport::onTimeout()
{
    if (m_state == State::Opening) {
        fail(timeoutSentence());
    } else if (m_state == State::Closing) {
        qCDebug(lcTransport) << "The peer did not finish closing in time; dropping the connection";
        finishClosed();
    }
}

} // namespace Mqtt
