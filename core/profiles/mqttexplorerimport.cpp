// SPDX-License-Identifier: MIT
// MQTT Explorer's connections, from its public sources (app/src/model/ConnectionOptions.ts and the connection
// migrations): an object of connections by id, under "ConnectionManager_connections" in its settings.json or alone
// in its connection export. A connection: configVersion, type ("mqtt"), id, name, host, port, protocol ("mqtt" or
// "ws"), basePath, encryption (TLS on), certValidation, selfSignedCertificate / clientCertificate / clientKey
// ({ name, data: base64 of the file }), clientId, username, password, subscriptions ([{ topic, qos }], or before
// configVersion 1 a list of topics) and order.
#include "profiles/profileimporters.h"
#include "profiles/profilevalidation.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

bool isConnection(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return value.isObject() && object.contains(u"host"_s)
        && (object.contains(u"configVersion"_s) || object.value(u"type"_s).toString() == "mqtt"_L1);
}

void readEmbedded(JsonFields &fields, const QString &key, ProfileImport::EmbeddedFile::Role role, int profile,
    const JsonLocator &locator, JsonError &error, ProfileImport &import)
{
    const auto certificate = fields.object(key);
    if (!certificate)
        return;
    JsonFields file(*certificate, fields.pointerOf(key), locator, error);
    const QString name = file.string(u"name"_s).value_or(key);
    const QString data = file.string(u"data"_s, true).value_or(QString());
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        file.fail(u"data"_s, MqttExplorerImport::tr("The embedded file '%1' is not base64.").arg(name));
        return;
    }
    import.files.append(ProfileImport::EmbeddedFile { profile, role, name, decoded.decoded });
}

void readConnection(const QJsonObject &object, const QString &pointer, const JsonLocator &locator,
    ProfileImport &import, JsonError &error)
{
    JsonFields fields(object, pointer, locator, error);
    ConnectionProfile profile;
    ProfileSecrets secrets;
    const int index = int(import.profiles.size());
    profile.name = ImportChecks::requiredName(fields, u"name"_s);
    profile.host = ImportChecks::requiredHost(fields, u"host"_s);
    const QString type = fields.string(u"type"_s).value_or(u"mqtt"_s);
    if (type != "mqtt"_L1)
        fields.fail(u"type"_s, MqttExplorerImport::tr("'type' is \"mqtt\", not '%1'.").arg(type));
    const bool encryption = fields.boolean(u"encryption"_s).value_or(false);
    const QString protocol = fields.string(u"protocol"_s).value_or(u"mqtt"_s);
    if (protocol == "mqtt"_L1)
        profile.transport = encryption ? ConnectionProfile::Transport::Tls : ConnectionProfile::Transport::Tcp;
    else if (protocol == "ws"_L1)
        profile.transport
            = encryption ? ConnectionProfile::Transport::SecureWebSocket : ConnectionProfile::Transport::WebSocket;
    else
        fields.fail(u"protocol"_s, MqttExplorerImport::tr("'protocol' is \"mqtt\" or \"ws\", not '%1'.").arg(protocol));
    profile.port = int(fields.integer(u"port"_s, 1, 65535, true).value_or(1883));
    const QString basePath = fields.string(u"basePath"_s).value_or(QString());
    if (profile.usesWebSocket())
        profile.webSocketPath = u'/' + basePath.mid(basePath.startsWith(u'/') ? 1 : 0);
    profile.userName = fields.string(u"username"_s).value_or(QString());
    secrets.password = fields.string(u"password"_s).value_or(QString());
    profile.skipVerification = !fields.boolean(u"certValidation"_s).value_or(true);
    profile.clientId = fields.string(u"clientId"_s).value_or(QString());
    if (profile.clientId.isEmpty())
        profile.randomClientIdSuffix = true; // MQTT Explorer makes one up at every connection

    using Role = ProfileImport::EmbeddedFile::Role;
    readEmbedded(fields, u"selfSignedCertificate"_s, Role::Ca, index, locator, error, import);
    readEmbedded(fields, u"clientCertificate"_s, Role::ClientCertificate, index, locator, error, import);
    readEmbedded(fields, u"clientKey"_s, Role::ClientKey, index, locator, error, import);

    profile.subscriptions.clear();
    if (const auto subscriptions = fields.array(u"subscriptions"_s)) {
        const QString listPointer = fields.pointerOf(u"subscriptions"_s);
        for (qsizetype i = 0; i < subscriptions->size() && !error.isSet(); ++i) {
            const QJsonValue entry = subscriptions->at(i);
            const QString at = JsonLocator::child(listPointer, i);
            ProfileSubscription subscription;
            if (entry.isString()) { // before configVersion 1: topics alone
                subscription.filter = entry.toString();
                const QString problem = ProfileValidation::topicFilterProblem(subscription.filter);
                if (!problem.isEmpty())
                    error = { locator.line(at),
                        MqttExplorerImport::tr("The subscription '%1' is not a valid topic filter: %2")
                            .arg(subscription.filter, problem) };
            } else if (entry.isObject()) {
                JsonFields item(entry.toObject(), at, locator, error);
                subscription.filter = item.string(u"topic"_s, true).value_or(QString());
                if (item.has(u"topic"_s))
                    ImportChecks::checkFilter(item, u"topic"_s, subscription.filter);
                subscription.qos = int(item.integer(u"qos"_s, 0, 2).value_or(0));
                import.unmapped += ImportChecks::unmappedFields(profile.name, item, {});
            } else {
                error = { locator.line(at),
                    MqttExplorerImport::tr("Each subscription is {\"topic\": …, \"qos\": …} or a topic.") };
            }
            // MQTT Explorer subscribes without MQTT 5 options; Canopy's default asks for the retain flag as
            // published, which only makes the tree more exact.
            profile.subscriptions.append(subscription);
        }
    }
    fields.take(u"order"_s); // the list is sorted by it below
    import.unmapped += ImportChecks::unmappedFields(profile.name, fields, { u"id"_s, u"configVersion"_s });
    import.profiles.append(profile);
    import.secrets.append(secrets);
}

} // namespace

bool MqttExplorerImport::looksLike(const QJsonObject &root)
{
    if (root.contains(SettingsKey))
        return true;
    if (root.isEmpty())
        return false;
    return std::all_of(root.constBegin(), root.constEnd(), [](const QJsonValue &value) { return isConnection(value); });
}

void MqttExplorerImport::read(
    const QJsonObject &root, const JsonLocator &locator, ProfileImport &import, JsonError &error)
{
    QJsonObject connections = root;
    QString pointer;
    if (root.contains(SettingsKey)) {
        pointer = JsonLocator::child(QString(), QString(SettingsKey));
        if (!root.value(SettingsKey).isObject()) {
            error = { locator.line(pointer),
                tr("'%1' must be an object of connections by id.").arg(QString(SettingsKey)) };
            return;
        }
        connections = root.value(SettingsKey).toObject();
    }
    // In MQTT Explorer's order ("order"), then as listed.
    QStringList ids = connections.keys();
    const auto order = [&connections](const QString &id) {
        const QJsonValue value = connections.value(id).toObject().value(u"order"_s);
        return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::infinity(); // without: last
    };
    std::stable_sort(
        ids.begin(), ids.end(), [&order](const QString &a, const QString &b) { return order(a) < order(b); });
    for (const QString &id : std::as_const(ids)) {
        if (error.isSet())
            return;
        const QString at = JsonLocator::child(pointer, id);
        if (!connections.value(id).isObject()) {
            error = { locator.line(at), tr("The connection '%1' is not an object ({…}).").arg(id) };
            return;
        }
        readConnection(connections.value(id).toObject(), at, locator, import, error);
    }
}
