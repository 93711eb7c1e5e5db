// SPDX-License-Identifier: MIT
// MQTTX's connection export (its ConnectionModel, as "Export data" writes it in JSON): one object, or a list. From
// MQTTX's public sources: name, host, port, protocol (mqtt, mqtts, ws, wss) and ssl, path, mqttVersion ("3.1",
// "3.1.1", "5.0"), clientId and clientIdWithTime, username, password, clean, keepalive, connectTimeout (seconds),
// reconnect and reconnectPeriod, certType ("", "server", "self"), ca / cert / key (file paths), rejectUnauthorized,
// ALPNProtocols, will { lastWillTopic, lastWillPayload, lastWillQos, lastWillRetain, properties { willDelayInterval,
// payloadFormatIndicator, messageExpiryInterval, contentType, responseTopic, correlationData, userProperties } },
// properties { sessionExpiryInterval, receiveMaximum, … } (older versions: at the top level), subscriptions
// [{ topic, qos, nl, rap, rh, subscriptionIdentifier, disabled, alias, color }], messages, and bookkeeping (id,
// createAt, orderId, parentId, …). Collections ({ isCollection: true, children: [...] }) are read through.
#include "profiles/profileimporters.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Bookkeeping of MQTTX's database, not settings.
const QSet<QString> &ignoredKeys()
{
    static const QSet<QString> keys { u"id"_s, u"createAt"_s, u"updateAt"_s, u"unreadMessageCount"_s, u"orderId"_s,
        u"isCollection"_s, u"parentId"_s, u"collectionId"_s, u"client"_s, u"clientuuid"_s, u"brokeruuid"_s };
    return keys;
}

bool isConnection(const QJsonObject &object)
{
    return object.contains(u"host"_s) && (object.contains(u"clientId"_s) || object.contains(u"mqttVersion"_s));
}

void readWill(
    JsonFields &fields, ConnectionProfile &profile, QStringList &unmapped, const JsonLocator &locator, JsonError &error)
{
    ProfileWill &will = profile.will;
    will.topic = fields.string(u"lastWillTopic"_s).value_or(QString());
    will.payload = fields.string(u"lastWillPayload"_s).value_or(QString()).toUtf8();
    will.qos = int(fields.integer(u"lastWillQos"_s, 0, 2).value_or(0));
    will.retain = fields.boolean(u"lastWillRetain"_s).value_or(false);
    will.enabled = !will.topic.isEmpty();
    if (will.enabled)
        ImportChecks::checkTopic(fields, u"lastWillTopic"_s, will.topic);
    if (const auto properties = fields.object(u"properties"_s)) {
        JsonFields p(*properties, fields.pointerOf(u"properties"_s), locator, error);
        will.delayInterval = quint32(p.integer(u"willDelayInterval"_s, 0, 4294967295LL).value_or(0));
        will.payloadIsUtf8 = p.boolean(u"payloadFormatIndicator"_s).value_or(false);
        if (const auto expiry = p.integer(u"messageExpiryInterval"_s, 0, 4294967295LL))
            will.messageExpiryInterval = quint32(*expiry);
        will.contentType = p.string(u"contentType"_s).value_or(QString());
        will.responseTopic = p.string(u"responseTopic"_s).value_or(QString());
        will.correlationData = p.string(u"correlationData"_s).value_or(QString()).toUtf8();
        if (const auto user = p.object(u"userProperties"_s)) {
            for (auto it = user->constBegin(); it != user->constEnd(); ++it) {
                // MQTTX keeps repeated names as a list of values.
                const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray { it.value() };
                for (const QJsonValue &value : values)
                    will.userProperties.append(Mqtt::UserProperty { it.key(), value.toVariant().toString() });
            }
        }
        unmapped += ImportChecks::unmappedFields(profile.name, p, {});
    }
    unmapped += ImportChecks::unmappedFields(profile.name, fields, { u"id"_s });
}

void readSubscriptions(const QJsonArray &list, const QString &pointer, const JsonLocator &locator, JsonError &error,
    ConnectionProfile &profile, QStringList &unmapped)
{
    profile.subscriptions.clear();
    for (qsizetype i = 0; i < list.size() && !error.isSet(); ++i) {
        const QString at = JsonLocator::child(pointer, i);
        if (!list.at(i).isObject()) {
            error = { locator.line(at), MqttxImport::tr("Each subscription is an object with a \"topic\".") };
            return;
        }
        JsonFields fields(list.at(i).toObject(), at, locator, error);
        ProfileSubscription subscription;
        subscription.filter = fields.string(u"topic"_s, true).value_or(QString());
        if (fields.has(u"topic"_s))
            ImportChecks::checkFilter(fields, u"topic"_s, subscription.filter);
        subscription.qos = int(fields.integer(u"qos"_s, 0, 2).value_or(0));
        subscription.noLocal = fields.boolean(u"nl"_s).value_or(false);
        subscription.retainAsPublished = fields.boolean(u"rap"_s).value_or(false);
        subscription.retainHandling = int(fields.integer(u"rh"_s, 0, 2).value_or(0));
        subscription.subscriptionIdentifier
            = quint32(fields.integer(u"subscriptionIdentifier"_s, 0, 268435455).value_or(0));
        if (fields.boolean(u"disabled"_s).value_or(false)) {
            unmapped.append(ImportChecks::unmapped(profile.name,
                MqttxImport::tr("the subscription '%1' was disabled in MQTTX and was left out")
                    .arg(subscription.filter)));
            continue;
        }
        const QStringList rest = fields.unread({ u"id"_s, u"createAt"_s, u"connectionId"_s });
        for (const QString &key : rest)
            unmapped.append(ImportChecks::unmapped(profile.name,
                MqttxImport::tr("the subscription's '%1' (of '%2') has no equivalent in Canopy")
                    .arg(key, subscription.filter)));
        profile.subscriptions.append(subscription);
    }
}

void readConnection(const QJsonObject &object, const QString &pointer, const JsonLocator &locator,
    ProfileImport &import, JsonError &error)
{
    JsonFields fields(object, pointer, locator, error);
    ConnectionProfile profile;
    ProfileSecrets secrets;
    profile.name = ImportChecks::requiredName(fields, u"name"_s);
    profile.host = ImportChecks::requiredHost(fields, u"host"_s);

    const bool ssl = fields.boolean(u"ssl"_s).value_or(false);
    const QString protocol = fields.string(u"protocol"_s).value_or(ssl ? u"mqtts"_s : u"mqtt"_s).toLower();
    if (protocol == "mqtt"_L1)
        profile.transport = ssl ? ConnectionProfile::Transport::Tls : ConnectionProfile::Transport::Tcp;
    else if (protocol == "mqtts"_L1)
        profile.transport = ConnectionProfile::Transport::Tls;
    else if (protocol == "ws"_L1)
        profile.transport
            = ssl ? ConnectionProfile::Transport::SecureWebSocket : ConnectionProfile::Transport::WebSocket;
    else if (protocol == "wss"_L1)
        profile.transport = ConnectionProfile::Transport::SecureWebSocket;
    else
        fields.fail(u"protocol"_s, MqttxImport::tr("'protocol' is mqtt, mqtts, ws or wss, not '%1'.").arg(protocol));
    profile.port = int(fields.integer(u"port"_s, 1, 65535, true).value_or(1883));
    const QString path = fields.string(u"path"_s).value_or(QString());
    if (profile.usesWebSocket() && !path.isEmpty())
        profile.webSocketPath = path.startsWith(u'/') ? path : u'/' + path;

    const QString version = fields.string(u"mqttVersion"_s).value_or(u"3.1.1"_s);
    if (version == "5.0"_L1 || version == "5"_L1) {
        profile.protocol = Mqtt::ProtocolChoice::V5;
    } else if (version == "3.1.1"_L1) {
        profile.protocol = Mqtt::ProtocolChoice::V311;
    } else if (version == "3.1"_L1) {
        profile.protocol = Mqtt::ProtocolChoice::V311;
        import.unmapped.append(ImportChecks::unmapped(
            profile.name, MqttxImport::tr("MQTT 3.1 is not offered by Canopy; the connection uses 3.1.1")));
    } else {
        fields.fail(u"mqttVersion"_s, MqttxImport::tr("'mqttVersion' is \"3.1.1\" or \"5.0\", not '%1'.").arg(version));
    }

    profile.clientId = fields.string(u"clientId"_s).value_or(QString());
    profile.randomClientIdSuffix = fields.boolean(u"clientIdWithTime"_s).value_or(false);
    profile.userName = fields.string(u"username"_s).value_or(QString());
    secrets.password = fields.string(u"password"_s).value_or(QString());
    profile.cleanStart = fields.boolean(u"clean"_s).value_or(true);
    profile.keepAliveSeconds = int(fields.integer(u"keepalive"_s, 0, 65535).value_or(60));
    profile.connectTimeoutSeconds
        = int(std::clamp<qint64>(fields.integer(u"connectTimeout"_s, 0, 86400).value_or(10), 1, 600));
    profile.autoReconnect = fields.boolean(u"reconnect"_s).value_or(true);

    const QString certType = fields.string(u"certType"_s).value_or(QString());
    const QString ca = fields.string(u"ca"_s).value_or(QString());
    if (certType == "self"_L1) {
        if (ca.isEmpty())
            fields.fail(u"ca"_s, MqttxImport::tr("'certType' is \"self\" but 'ca' names no CA file."));
        profile.caFile = ca;
    } else if (!certType.isEmpty() && certType != "server"_L1) {
        fields.fail(
            u"certType"_s, MqttxImport::tr("'certType' is \"\", \"server\" or \"self\", not '%1'.").arg(certType));
    } else if (!ca.isEmpty()) {
        profile.caFile = ca;
    }
    profile.clientCertificateFile = fields.string(u"cert"_s).value_or(QString());
    profile.clientKeyFile = fields.string(u"key"_s).value_or(QString());
    profile.skipVerification = !fields.boolean(u"rejectUnauthorized"_s).value_or(true);
    for (const QString &name : fields.string(u"ALPNProtocols"_s).value_or(QString()).split(u',', Qt::SkipEmptyParts))
        profile.alpn.append(name.trimmed());

    // MQTT 5 connection properties: nested in newer versions, at the top level in older ones.
    const auto readProperties = [&](JsonFields &p) {
        if (const auto expiry = p.integer(u"sessionExpiryInterval"_s, 0, 4294967295LL))
            profile.sessionExpiryInterval = quint32(*expiry);
    };
    readProperties(fields);
    if (const auto properties = fields.object(u"properties"_s)) {
        JsonFields p(*properties, fields.pointerOf(u"properties"_s), locator, error);
        readProperties(p);
        import.unmapped += ImportChecks::unmappedFields(profile.name, p, {});
    }

    if (const auto will = fields.object(u"will"_s)) {
        JsonFields willFields(*will, fields.pointerOf(u"will"_s), locator, error);
        readWill(willFields, profile, import.unmapped, locator, error);
    }
    if (const auto subscriptions = fields.array(u"subscriptions"_s))
        readSubscriptions(
            *subscriptions, fields.pointerOf(u"subscriptions"_s), locator, error, profile, import.unmapped);
    else
        profile.subscriptions.clear(); // MQTTX connects without subscribing
    if (const auto messages = fields.array(u"messages"_s); messages && !messages->isEmpty())
        import.unmapped.append(ImportChecks::unmapped(profile.name,
            MqttxImport::tr(
                "%n stored message(s) of MQTTX's history were not imported", nullptr, int(messages->size()))));

    import.unmapped += ImportChecks::unmappedFields(profile.name, fields, ignoredKeys());
    import.profiles.append(profile);
    import.secrets.append(secrets);
}

void readList(
    const QJsonArray &list, const QString &pointer, const JsonLocator &locator, ProfileImport &import, JsonError &error)
{
    for (qsizetype i = 0; i < list.size() && !error.isSet(); ++i) {
        const QString at = JsonLocator::child(pointer, i);
        if (!list.at(i).isObject()) {
            error = { locator.line(at), MqttxImport::tr("Each connection of an MQTTX export is an object ({…}).") };
            return;
        }
        const QJsonObject object = list.at(i).toObject();
        if (object.value(u"isCollection"_s).toBool()) {
            readList(
                object.value(u"children"_s).toArray(), JsonLocator::child(at, u"children"_s), locator, import, error);
            continue;
        }
        if (!isConnection(object)) {
            error = { locator.line(at),
                MqttxImport::tr("This entry is not an MQTTX connection: it has no 'host' and 'clientId'.") };
            return;
        }
        readConnection(object, at, locator, import, error);
    }
}

} // namespace

bool MqttxImport::looksLike(const QJsonValue &root)
{
    if (root.isObject())
        return isConnection(root.toObject());
    if (!root.isArray() || root.toArray().isEmpty())
        return false;
    const QJsonValue first = root.toArray().first();
    return first.isObject() && (isConnection(first.toObject()) || first.toObject().value(u"isCollection"_s).toBool());
}

void MqttxImport::read(const QJsonValue &root, const JsonLocator &locator, ProfileImport &import, JsonError &error)
{
    if (root.isObject())
        readConnection(root.toObject(), QString(), locator, import, error);
    else
        readList(root.toArray(), QString(), locator, import, error);
}
