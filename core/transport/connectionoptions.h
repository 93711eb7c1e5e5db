// SPDX-License-Identifier: MIT
#pragma once

// Where and how to reach a broker: scheme, host, port, WebSocket path and TLS settings. A plain value type that
// knows nothing about sockets; Transport::create() turns it into a connected byte pipe. Credentials are not part
// of it (the MQTT CONNECT packet carries them, not the transport).

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Mqtt {

struct TlsOptions {
    QString caCertificateFile; // PEM; empty = the system CA store. When given, it replaces the system store.
    QString clientCertificateFile; // PEM; further certificates in the file are sent as the chain
    QString clientKeyFile; // PEM (RSA or EC)
    QByteArray clientKeyPassphrase; // never logged
    bool insecure = false; // skip peer verification (warned about once per connection)
    QString peerVerifyName; // the name checked against the certificate (default: the host)
    QStringList alpn; // optional ALPN protocol names

    friend bool operator==(const TlsOptions &, const TlsOptions &) = default;
};

struct ConnectionOptions {
    enum class Scheme { Mqtt, Mqtts, Ws, Wss };

    Scheme scheme = Scheme::Mqtt;
    QString host = QStringLiteral("localhost");
    quint16 port = 1883;
    QString webSocketPath = QStringLiteral("/mqtt"); // ws/wss only (may carry a query); mosquitto serves any path
    TlsOptions tls; // mqtts/wss
    int connectTimeoutMs = 10000; // TCP connect + TLS handshake + WebSocket handshake must finish within this
    // The local IP address the connection goes out from (mosquitto_sub's -A); empty = any. mqtt and mqtts only:
    // a WebSocket cannot choose it, and says so when opened.
    QString bindAddress;

    // Accepts mqtt:// and tcp:// (Mqtt, 1883), mqtts://, ssl:// and tls:// (Mqtts, 8883), ws:// (Ws, 80) and
    // wss:// (Wss, 443). The path is the WebSocket path for ws/wss ("/mqtt" when empty). User name and password
    // in the URL are ignored here: read them from the QUrl. On failure returns nullopt and, if errorMessage is
    // given, one sentence saying what is wrong.
    static std::optional<ConnectionOptions> fromUrl(const QUrl &url, QString *errorMessage);
    // Like fromUrl() for text a person typed: "broker.example.com" or "host:1884" mean mqtt://.
    static std::optional<ConnectionOptions> fromUserInput(const QString &text, QString *errorMessage);

    QUrl toUrl() const; // without credentials; the port is left out when it is the scheme's default
    bool usesTls() const { return scheme == Scheme::Mqtts || scheme == Scheme::Wss; }
    bool usesWebSocket() const { return scheme == Scheme::Ws || scheme == Scheme::Wss; }
    QString endpoint() const; // "host:port", with brackets around an IPv6 address: "[::1]:1883"

    static QString schemeName(Scheme scheme); // "mqtt", "mqtts", "ws", "wss"
    static quint16 defaultPort(Scheme scheme);

    friend bool operator==(const ConnectionOptions &, const ConnectionOptions &) = default;
};

} // namespace Mqtt

Q_DECLARE_METATYPE(Mqtt::ConnectionOptions)
