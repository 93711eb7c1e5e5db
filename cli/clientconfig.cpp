// SPDX-License-Identifier: MIT
#include "clientconfig.h"

#include <QCoreApplication>
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
    if (options.sessionExpiryInterval)
        connect.properties.sessionExpiryInterval = *options.sessionExpiryInterval;
    // -c alone under MQTT 5 means a session that never expires, as with mosquitto_sub and mosquitto_pub: with the
    // default of 0 the broker would drop it, and what it queued, the moment the connection is lost.
    if (options.version == Mqtt::ProtocolVersion::V5 && !options.cleanSession
        && !connect.properties.sessionExpiryInterval)
        connect.properties.sessionExpiryInterval = 0xFFFFFFFFu;
    if (options.version == Mqtt::ProtocolVersion::V5) {
        // Accept the broker's topic aliases: they shrink floods of long topics.
        client.session.topicAliasMaximum = 1024;
    }
    client.autoReconnect = false;
    return client;
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
