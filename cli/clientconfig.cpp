// SPDX-License-Identifier: MIT
#include "clientconfig.h"

#include "propertyoptions.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("canopy-cli", text);
}
} // namespace

std::optional<Mqtt::ClientOptions> clientOptions(Options &options, QString *error)
{
    Mqtt::ClientOptions client;
    auto connection = connectionOptions(options, error);
    if (!connection)
        return std::nullopt;
    client.connection = *connection;

    Mqtt::Connect &connect = client.session.connect;
    connect.version = options.version;
    connect.keepAliveSeconds = quint16(options.keepAliveSeconds);
    connect.cleanStart = options.cleanSession;
    if (!options.clientId.isEmpty()) {
        connect.clientId = options.clientId;
    } else if (!options.clientIdPrefix.isEmpty()) {
        connect.clientId = options.clientIdPrefix + QString::number(QCoreApplication::applicationPid());
    } else if (!options.cleanSession) {
        *error = tr("A persistent session (-c) needs a client id: add -i ID.");
        return std::nullopt;
    } else if (options.version != Mqtt::ProtocolVersion::V5) {
        // 3.1 requires an id of 1 to 23 characters; 3.1.1 brokers may refuse an empty one. MQTT 5 lets the broker
        // assign one (Assigned Client Identifier).
        connect.clientId = u"canopy-%1"_s.arg(
            QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFFFull, 12, 16, QLatin1Char('0'));
    }
    if (!options.userName.isEmpty())
        connect.userName = options.userName;
    if (options.password) {
        if (options.userName.isEmpty()) {
            *error = tr("A password (-P) needs a user name (-u).");
            return std::nullopt;
        }
        connect.password = *options.password;
    }
    if (!options.willTopic.isEmpty()) {
        Mqtt::Will will;
        will.topic = options.willTopic;
        will.payload = options.willPayload;
        will.qos = quint8(options.willQos);
        will.retain = options.willRetain;
        if (!applyProperties(options.properties, u"will"_s, will.properties, error))
            return std::nullopt;
        connect.will = will;
    }
    if (!applyProperties(options.properties, u"connect"_s, connect.properties, error))
        return std::nullopt;
    // -x, -D connect session-expiry-interval, or -c alone (never expires).
    connect.properties.sessionExpiryInterval = sessionExpiryInterval(options);
    if (options.version == Mqtt::ProtocolVersion::V5) {
        if (const auto own = connect.properties.topicAliasMaximum) {
            client.session.topicAliasMaximum = *own; // the user's value, 0 included, is what CONNECT says
        } else if (!options.format) {
            // Accept the broker's topic aliases: they shrink floods of long topics. Not with -F, which can print
            // them (%A): there canopy-cli asks for none unless told to, as mosquitto_sub does.
            client.session.topicAliasMaximum = 1024;
        }
    }
    // -F prints messages as they came: the alias the broker used, the properties in their order.
    client.session.deliverAsReceived = options.format.has_value();
    if (options.maxInflight)
        client.session.maximumInFlight = *options.maxInflight == 0 ? quint16(65535) : quint16(*options.maxInflight);
    if (!options.bindAddress.isEmpty()) {
        if (client.connection.usesWebSocket()) {
            *error = tr("-A chooses the local address of a TCP connection; a WebSocket URL cannot use it.");
            return std::nullopt;
        }
        const auto local = bindAddress(options.bindAddress, error);
        if (!local)
            return std::nullopt;
        client.connection.bindAddress = *local;
    }
    client.autoReconnect = false;
    return client;
}

std::optional<QString> bindAddress(const QString &hostOrAddress, QString *error)
{
    // mosquitto's -A takes a host name too; the transport binds to an address.
    if (!QHostAddress(hostOrAddress).isNull())
        return hostOrAddress;
    const QHostInfo info = QHostInfo::fromName(hostOrAddress);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        *error = tr("-A %1: no local address has that name; give an IP address of this machine.").arg(hostOrAddress);
        return std::nullopt;
    }
    return info.addresses().constFirst().toString();
}

void printLine(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int exitStatusForRefusal(quint8 connAckCode)
{
    return connAckCode == 0 ? 1 : connAckCode;
}

} // namespace Cli
