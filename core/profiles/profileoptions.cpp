// SPDX-License-Identifier: MIT
#include "profiles/profileoptions.h"

using namespace Qt::StringLiterals;

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
} // namespace

QString ProfileOptions::clientId(const ConnectionProfile &profile, quint32 suffix)
{
    if (!profile.randomClientIdSuffix)
        return profile.clientId;
    const QString hex = u"%1"_s.arg(suffix, 8, 16, QChar(u'0'));
    if (profile.clientId.isEmpty())
        return u"canopy-"_s + hex;
    return profile.clientId + u'-' + hex;
}

Mqtt::ClientOptions ProfileOptions::clientOptions(
    const ConnectionProfile &profile, const ProfileSecrets &secrets, quint32 suffix)
{
    Mqtt::ClientOptions options;
    Mqtt::ConnectionOptions &connection = options.connection;
    connection.scheme = schemeOf(profile.transport);
    connection.host = profile.host.trimmed();
    connection.port = quint16(std::clamp(profile.port, 1, 65535));
    connection.webSocketPath = profile.webSocketPath;
    connection.connectTimeoutMs = std::clamp(profile.connectTimeoutSeconds, 1, 600) * 1000;
    if (profile.usesTls()) {
        connection.tls.caCertificateFile = profile.caFile;
        connection.tls.clientCertificateFile = profile.clientCertificateFile;
        connection.tls.clientKeyFile = profile.clientKeyFile;
        connection.tls.clientKeyPassphrase = secrets.keyPassphrase.toUtf8();
        connection.tls.insecure = profile.skipVerification;
        connection.tls.peerVerifyName = profile.serverName.trimmed();
        connection.tls.alpn = profile.alpn;
    }

    options.setProtocol(profile.protocol);
    options.autoReconnect = profile.autoReconnect;
    Mqtt::Connect &connect = options.session.connect;
    connect.clientId = clientId(profile, suffix);
    connect.cleanStart = profile.cleanStart;
    connect.keepAliveSeconds = quint16(std::clamp(profile.keepAliveSeconds, 0, 65535));
    if (!profile.userName.isEmpty())
        connect.userName = profile.userName;
    if (!secrets.password.isEmpty())
        connect.password = secrets.password.toUtf8();
    if (profile.sessionExpiryInterval > 0)
        connect.properties.sessionExpiryInterval = profile.sessionExpiryInterval;

    if (profile.will.enabled) {
        const ProfileWill &will = profile.will;
        Mqtt::Will message;
        message.topic = will.topic;
        message.payload = will.payload;
        message.qos = quint8(std::clamp(will.qos, 0, 2));
        message.retain = will.retain;
        Mqtt::Properties &properties = message.properties; // sent under MQTT 5 only
        if (will.delayInterval > 0)
            properties.willDelayInterval = will.delayInterval;
        properties.messageExpiryInterval = will.messageExpiryInterval;
        if (will.payloadIsUtf8)
            properties.payloadFormatIndicator = 1;
        if (!will.contentType.isEmpty())
            properties.contentType = will.contentType;
        if (!will.responseTopic.isEmpty())
            properties.responseTopic = will.responseTopic;
        if (!will.correlationData.isEmpty())
            properties.correlationData = will.correlationData;
        properties.userProperties = will.userProperties;
        connect.will = message;
    }
    return options;
}

QList<std::pair<quint32, QList<Mqtt::Subscription>>> ProfileOptions::subscriptionGroups(
    const QList<ProfileSubscription> &subscriptions)
{
    QList<std::pair<quint32, QList<Mqtt::Subscription>>> groups;
    groups.append(std::make_pair(quint32(0), QList<Mqtt::Subscription> {}));
    for (const ProfileSubscription &subscription : subscriptions) {
        auto group = std::find_if(groups.begin(), groups.end(),
            [&subscription](const auto &entry) { return entry.first == subscription.subscriptionIdentifier; });
        if (group == groups.end()) {
            groups.append(std::make_pair(subscription.subscriptionIdentifier, QList<Mqtt::Subscription> {}));
            group = std::prev(groups.end());
        }
        group->second.append(subscription.toSubscription());
    }
    if (groups.constFirst().second.isEmpty())
        groups.removeFirst();
    return groups;
}
