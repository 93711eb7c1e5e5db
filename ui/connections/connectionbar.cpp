// SPDX-License-Identifier: MIT
#include "connections/connectionbar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

ConnectionBar::ConnectionBar(QWidget *parent)
    : QToolBar(tr("Connection"), parent)
{
    setObjectName(u"connectionBar"_s);
    setMovable(false);
    addWidget(new QLabel(tr("Broker:"), this));
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(u"brokerUrl"_s);
    m_urlEdit->setPlaceholderText(tr("mqtt://host:1883, mqtts://host:8883, ws://host:8080/mqtt"));
    m_urlEdit->setClearButtonEnabled(true);
    m_urlEdit->setMinimumWidth(320);
    addWidget(m_urlEdit);
    m_button = new QPushButton(tr("Connect"), this);
    m_button->setObjectName(u"connectButton"_s);
    addWidget(m_button);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &ConnectionBar::connectRequested);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_state == Mqtt::Client::State::Disconnected)
            Q_EMIT connectRequested();
        else
            Q_EMIT disconnectRequested();
    });
}

void ConnectionBar::setBrokerUrl(const QUrl &url)
{
    // Never show credentials from the URL on screen; keep them for connecting to that host.
    m_urlEdit->setText(url.toDisplayString(QUrl::RemoveUserInfo));
    m_urlHost = url.host();
    m_urlUserName = url.userName();
    m_urlPassword = url.password().isEmpty() ? std::nullopt : std::optional<QByteArray>(url.password().toUtf8());
}

QUrl ConnectionBar::brokerUrl() const
{
    const auto options = Mqtt::ConnectionOptions::fromUserInput(m_urlEdit->text(), nullptr);
    return options ? options->toUrl() : QUrl(m_urlEdit->text().trimmed());
}

ConnectionBar::Entry ConnectionBar::entry() const
{
    return { m_urlEdit->text(), m_urlHost, m_urlUserName, m_urlPassword };
}

void ConnectionBar::setEntry(const Entry &entry)
{
    m_urlEdit->setText(entry.text);
    m_urlHost = entry.host;
    m_urlUserName = entry.userName;
    m_urlPassword = entry.password;
}

void ConnectionBar::focusUrl()
{
    m_urlEdit->setFocus(Qt::OtherFocusReason);
    m_urlEdit->selectAll();
}

std::optional<Mqtt::ClientOptions> ConnectionBar::clientOptions(QString *error) const
{
    const QString text = m_urlEdit->text().trimmed();
    const auto connection = Mqtt::ConnectionOptions::fromUserInput(text, error);
    if (!connection)
        return std::nullopt;
    Mqtt::ClientOptions options;
    options.connection = *connection;
    options.autoReconnect = true;
    options.setProtocol(Mqtt::ProtocolChoice::V5ElseV311); // many brokers in the field speak only 3.1.1
    Mqtt::Connect &connect = options.session.connect;
    connect.clientId = u"canopy-%1"_s.arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
    connect.cleanStart = true;
    connect.keepAliveSeconds = 60;
    const QUrl typed(text.contains(u"://"_s) ? text : u"mqtt://"_s + text);
    if (!typed.userName().isEmpty()) {
        connect.userName = typed.userName();
        if (!typed.password().isEmpty())
            connect.password = typed.password().toUtf8();
    } else if (!m_urlUserName.isEmpty() && connection->host == m_urlHost) {
        connect.userName = m_urlUserName;
        connect.password = m_urlPassword;
    }
    return options;
}

void ConnectionBar::setState(Mqtt::Client::State state)
{
    m_state = state;
    m_button->setText(state == Mqtt::Client::State::Disconnected ? tr("Connect") : tr("Disconnect"));
}
