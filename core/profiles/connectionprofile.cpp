// SPDX-License-Identifier: MIT
#include "profiles/connectionprofile.h"

#include "transport/connectionoptions.h"

#include <QUuid>

using namespace Qt::StringLiterals;

Mqtt::Subscription ProfileSubscription::toSubscription() const
{
    Mqtt::Subscription subscription;
    subscription.filter = filter;
    subscription.options.maximumQoS = quint8(std::clamp(qos, 0, 2));
    subscription.options.noLocal = noLocal;
    subscription.options.retainAsPublished = retainAsPublished;
    subscription.options.retainHandling = quint8(std::clamp(retainHandling, 0, 2));
    return subscription;
}

int ConnectionProfile::defaultPort(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return 1883;
    case Transport::Tls:
        return 8883;
    case Transport::WebSocket:
        return 80;
    case Transport::SecureWebSocket:
        return 443;
    }
    return 1883;
}

QString ConnectionProfile::transportName(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return u"tcp"_s;
    case Transport::Tls:
        return u"tls"_s;
    case Transport::WebSocket:
        return u"ws"_s;
    case Transport::SecureWebSocket:
        return u"wss"_s;
    }
    return u"tcp"_s;
}

std::optional<ConnectionProfile::Transport> ConnectionProfile::transportFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == "tcp"_L1 || lower == "mqtt"_L1)
        return Transport::Tcp;
    if (lower == "tls"_L1 || lower == "mqtts"_L1 || lower == "ssl"_L1)
        return Transport::Tls;
    if (lower == "ws"_L1)
        return Transport::WebSocket;
    if (lower == "wss"_L1)
        return Transport::SecureWebSocket;
    return std::nullopt;
}

QString ConnectionProfile::protocolName(Mqtt::ProtocolChoice choice)
{
    switch (choice) {
    case Mqtt::ProtocolChoice::V5ElseV311:
        return u"5-else-3.1.1"_s;
    case Mqtt::ProtocolChoice::V5:
        return u"5"_s;
    case Mqtt::ProtocolChoice::V311:
        return u"3.1.1"_s;
    }
    return u"5-else-3.1.1"_s;
}

std::optional<Mqtt::ProtocolChoice> ConnectionProfile::protocolFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == "5-else-3.1.1"_L1)
        return Mqtt::ProtocolChoice::V5ElseV311;
    if (lower == "5"_L1 || lower == "5.0"_L1)
        return Mqtt::ProtocolChoice::V5;
    if (lower == "3.1.1"_L1)
        return Mqtt::ProtocolChoice::V311;
    return std::nullopt;
}

namespace {
Mqtt::ConnectionOptions::Scheme schemeOf(ConnectionProfile::Transport transport)
{
    using Scheme = Mqtt::ConnectionOptions::Scheme;
    switch (transport) {
    case ConnectionProfile::Transport::Tcp:
        return Scheme::Mqtt;
    case ConnectionProfile::Transport::Tls:
        return Scheme::Mqtts;
    case ConnectionProfile::Transport::WebSocket:
        return Scheme::Ws;
    case ConnectionProfile::Transport::SecureWebSocket:
        return Scheme::Wss;
    }
    return Scheme::Mqtt;
}

ConnectionProfile::Transport transportOf(Mqtt::ConnectionOptions::Scheme scheme)
{
    using Scheme = Mqtt::ConnectionOptions::Scheme;
    switch (scheme) {
    case Scheme::Mqtt:
        return ConnectionProfile::Transport::Tcp;
    case Scheme::Mqtts:
        return ConnectionProfile::Transport::Tls;
    case Scheme::Ws:
        return ConnectionProfile::Transport::WebSocket;
    case Scheme::Wss:
        return ConnectionProfile::Transport::SecureWebSocket;
    }
    return ConnectionProfile::Transport::Tcp;
}
} // namespace

QString ConnectionProfile::url() const
{
    Mqtt::ConnectionOptions options;
    options.scheme = schemeOf(transport);
    options.host = host;
    options.port = quint16(std::clamp(port, 0, 65535));
    options.webSocketPath = webSocketPath;
    return options.toUrl().toString();
}

bool ConnectionProfile::applyUrl(const QString &text, QString *error)
{
    const auto options = Mqtt::ConnectionOptions::fromUserInput(text, error);
    if (!options)
        return false;
    transport = transportOf(options->scheme);
    host = options->host;
    port = options->port;
    if (options->usesWebSocket())
        webSocketPath = options->webSocketPath;
    return true;
}

QString ConnectionProfile::makeId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
