// SPDX-License-Identifier: MIT
#pragma once

// A saved connection ("profile"): where the broker is, how to reach it, who we are, what to subscribe to. A plain
// value type. The secrets (password, client key passphrase) are deliberately not part of it: they live in
// ProfileSecrets, which only the keychain and the connection itself see, so that nothing that saves or exports a
// ConnectionProfile can write them by accident.

#include "client/mqttclient.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One subscription made when the profile connects (and a row of a connection's Subscriptions panel).
struct ProfileSubscription {
    QString filter;
    int qos = 0;
    bool noLocal = false; // v5
    // v5: the broker forwards the retain flag as published, so that deleting a retained message shows in the tree.
    bool retainAsPublished = true;
    int retainHandling = 0; // v5: 0 send retained, 1 only for a new subscription, 2 never
    quint32 subscriptionIdentifier = 0; // v5: 0 = none

    Mqtt::Subscription toSubscription() const;
    friend bool operator==(const ProfileSubscription &, const ProfileSubscription &) = default;
};

// The last will, with its MQTT 5 properties.
struct ProfileWill {
    bool enabled = false;
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
    // MQTT 5 will properties; 0 / empty = not sent.
    quint32 delayInterval = 0;
    std::optional<quint32> messageExpiryInterval;
    bool payloadIsUtf8 = false; // Payload Format Indicator
    QString contentType;
    QString responseTopic;
    QByteArray correlationData;
    QList<Mqtt::UserProperty> userProperties;

    friend bool operator==(const ProfileWill &, const ProfileWill &) = default;
};

struct ProfileSecrets {
    QString password;
    QString keyPassphrase; // of the client key file
    bool isEmpty() const { return password.isEmpty() && keyPassphrase.isEmpty(); }
    friend bool operator==(const ProfileSecrets &, const ProfileSecrets &) = default;
};

struct ConnectionProfile {
    enum class Transport { Tcp, Tls, WebSocket, SecureWebSocket };

    // Stable while the profile lives (renaming keeps it): the keychain entries and the open tabs refer to it.
    QString id;
    QString name;

    Transport transport = Transport::Tcp;
    QString host;
    int port = 1883; // an int, so that a value out of range can be held and reported
    QString webSocketPath = QStringLiteral("/mqtt"); // ws / wss only
    Mqtt::ProtocolChoice protocol = Mqtt::ProtocolChoice::V5ElseV311;

    QString clientId; // empty: the broker assigns one (MQTT 5) or Canopy makes one up (3.1.1)
    bool randomClientIdSuffix = false; // appends "-" and 8 hex digits at every connection (several windows)
    QString userName;
    bool cleanStart = true;
    quint32 sessionExpiryInterval = 0; // seconds, MQTT 5; 0 = the session ends with the connection
    int keepAliveSeconds = 60;
    int connectTimeoutSeconds = 10;
    bool autoReconnect = true;

    // TLS (tls and wss).
    QString caFile; // PEM; empty = the system's CAs
    QString clientCertificateFile; // PEM
    QString clientKeyFile; // PEM; its passphrase is a secret
    QString serverName; // the name the certificate must carry (and SNI); empty = the host
    QStringList alpn;
    bool skipVerification = false; // no peer verification at all; warned about

    ProfileWill will;
    QList<ProfileSubscription> subscriptions = { ProfileSubscription { QStringLiteral("#") } };

    bool usesTls() const { return transport == Transport::Tls || transport == Transport::SecureWebSocket; }
    bool usesWebSocket() const { return transport == Transport::WebSocket || transport == Transport::SecureWebSocket; }
    static int defaultPort(Transport transport);
    static QString transportName(Transport transport); // "tcp", "tls", "ws", "wss" (as stored)
    static std::optional<Transport> transportFromName(const QString &name);
    static QString protocolName(Mqtt::ProtocolChoice choice); // "5-else-3.1.1", "5", "3.1.1" (as stored)
    static std::optional<Mqtt::ProtocolChoice> protocolFromName(const QString &name);

    // "mqtt://host:1883", "wss://host:443/mqtt": where it connects, without credentials.
    QString url() const;
    // Takes transport, host, port and WebSocket path from a URL ("mqtts://host:8883", "ws://host/path", or a host
    // alone). False, with one sentence in *error, when it is not a broker address.
    bool applyUrl(const QString &text, QString *error);
    // A new id (a UUID without braces).
    static QString makeId();

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
