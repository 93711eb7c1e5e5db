// SPDX-License-Identifier: MIT
// Canopy's own export (ProfileJson::exportProfiles()) read back, strictly: every member has the type and range it
// was written with.
#include "profiles/profileimporters.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Text, or base64 under "<key>Base64".
QByteArray bytesOf(JsonFields &fields, const QString &key)
{
    if (const auto text = fields.string(key))
        return text->toUtf8();
    const QString base64Key = key + u"Base64"_s;
    if (const auto base64 = fields.string(base64Key)) {
        const auto decoded
            = QByteArray::fromBase64Encoding(base64->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fields.fail(base64Key, CanopyImport::tr("'%1' is not base64.").arg(base64Key));
        return decoded.decoded;
    }
    return {};
}

void readWill(JsonFields &fields, ProfileWill &will)
{
    will.enabled = fields.boolean(u"enabled"_s).value_or(false);
    will.topic = fields.string(u"topic"_s).value_or(QString());
    if (will.enabled)
        ImportChecks::checkTopic(fields, u"topic"_s, will.topic);
    will.payload = bytesOf(fields, u"payload"_s);
    will.qos = int(fields.integer(u"qos"_s, 0, 2).value_or(0));
    will.retain = fields.boolean(u"retain"_s).value_or(false);
    will.delayInterval = quint32(fields.integer(u"delayInterval"_s, 0, 4294967295LL).value_or(0));
    if (const auto expiry = fields.integer(u"messageExpiryInterval"_s, 0, 4294967295LL))
        will.messageExpiryInterval = quint32(*expiry);
    will.payloadIsUtf8 = fields.boolean(u"payloadIsUtf8"_s).value_or(false);
    will.contentType = fields.string(u"contentType"_s).value_or(QString());
    will.responseTopic = fields.string(u"responseTopic"_s).value_or(QString());
    will.correlationData = bytesOf(fields, u"correlationData"_s);
    if (const auto properties = fields.array(u"userProperties"_s)) {
        for (qsizetype i = 0; i < properties->size(); ++i) {
            if (!properties->at(i).isObject()) {
                fields.fail(
                    u"userProperties"_s, CanopyImport::tr("Each user property is {\"name\": …, \"value\": …}."));
                return;
            }
            const QJsonObject property = properties->at(i).toObject();
            will.userProperties.append(
                Mqtt::UserProperty { property.value(u"name"_s).toString(), property.value(u"value"_s).toString() });
        }
    }
}

void readTls(JsonFields &fields, ConnectionProfile &profile)
{
    profile.caFile = fields.string(u"caFile"_s).value_or(QString());
    profile.clientCertificateFile = fields.string(u"clientCertificate"_s).value_or(QString());
    profile.clientKeyFile = fields.string(u"clientKey"_s).value_or(QString());
    profile.serverName = fields.string(u"serverName"_s).value_or(QString());
    if (const auto alpn = fields.array(u"alpn"_s)) {
        for (const QJsonValue &name : *alpn) {
            if (!name.isString()) {
                fields.fail(u"alpn"_s, CanopyImport::tr("'alpn' is a list of protocol names (text)."));
                return;
            }
            profile.alpn.append(name.toString());
        }
    }
    profile.skipVerification = fields.boolean(u"skipVerification"_s).value_or(false);
}

void readSubscriptions(const QJsonArray &list, const QString &pointer, const JsonLocator &locator, JsonError &error,
    ConnectionProfile &profile)
{
    profile.subscriptions.clear();
    for (qsizetype i = 0; i < list.size() && !error.isSet(); ++i) {
        const QString at = JsonLocator::child(pointer, i);
        if (!list.at(i).isObject()) {
            error = { locator.line(at), CanopyImport::tr("Each subscription is an object with a \"filter\".") };
            return;
        }
        JsonFields fields(list.at(i).toObject(), at, locator, error);
        ProfileSubscription subscription;
        subscription.filter = fields.string(u"filter"_s, true).value_or(QString());
        if (fields.has(u"filter"_s))
            ImportChecks::checkFilter(fields, u"filter"_s, subscription.filter);
        subscription.qos = int(fields.integer(u"qos"_s, 0, 2).value_or(0));
        subscription.noLocal = fields.boolean(u"noLocal"_s).value_or(false);
        subscription.retainAsPublished = fields.boolean(u"retainAsPublished"_s).value_or(true);
        subscription.retainHandling = int(fields.integer(u"retainHandling"_s, 0, 2).value_or(0));
        subscription.subscriptionIdentifier
            = quint32(fields.integer(u"subscriptionIdentifier"_s, 0, 268435455).value_or(0));
        profile.subscriptions.append(subscription);
    }
}

} // namespace

void CanopyImport::read(const QJsonObject &root, const JsonLocator &locator, ProfileImport &import, JsonError &error)
{
    JsonFields top(root, QString(), locator, error);
    top.take(u"format"_s);
    if (const auto version = top.integer(u"version"_s, 1, 1000); version && *version > 1)
        import.unmapped.append(tr("The file was written by a newer Canopy (format %1); what this version does not "
                                  "know is listed below.")
                                   .arg(*version));
    top.boolean(u"containsSecrets"_s);
    const auto list = top.array(u"connections"_s);
    if (!list) {
        if (!error.isSet())
            top.fail(u"connections"_s, tr("'connections' is missing."));
        return;
    }
    for (qsizetype i = 0; i < list->size() && !error.isSet(); ++i) {
        const QString pointer = JsonLocator::child(u"/connections"_s, i);
        if (!list->at(i).isObject()) {
            error = { locator.line(pointer), tr("Each connection is an object ({…}).") };
            return;
        }
        JsonFields fields(list->at(i).toObject(), pointer, locator, error);
        ConnectionProfile profile;
        ProfileSecrets secrets;
        profile.id = fields.string(u"id"_s).value_or(QString());
        profile.name = ImportChecks::requiredName(fields, u"name"_s);
        const QString transport = fields.string(u"transport"_s).value_or(u"tcp"_s);
        if (const auto known = ConnectionProfile::transportFromName(transport))
            profile.transport = *known;
        else
            fields.fail(u"transport"_s, tr("'transport' is tcp, tls, ws or wss, not '%1'.").arg(transport));
        profile.host = ImportChecks::requiredHost(fields, u"host"_s);
        profile.port
            = int(fields.integer(u"port"_s, 1, 65535).value_or(ConnectionProfile::defaultPort(profile.transport)));
        profile.webSocketPath = fields.string(u"webSocketPath"_s).value_or(u"/mqtt"_s);
        const QString protocol = fields.string(u"protocol"_s).value_or(u"5-else-3.1.1"_s);
        if (const auto known = ConnectionProfile::protocolFromName(protocol))
            profile.protocol = *known;
        else
            fields.fail(u"protocol"_s, tr("'protocol' is 5-else-3.1.1, 5 or 3.1.1, not '%1'.").arg(protocol));
        profile.clientId = fields.string(u"clientId"_s).value_or(QString());
        profile.randomClientIdSuffix = fields.boolean(u"randomClientIdSuffix"_s).value_or(false);
        profile.userName = fields.string(u"userName"_s).value_or(QString());
        secrets.password = fields.string(u"password"_s).value_or(QString());
        secrets.keyPassphrase = fields.string(u"keyPassphrase"_s).value_or(QString());
        profile.cleanStart = fields.boolean(u"cleanStart"_s).value_or(true);
        profile.sessionExpiryInterval
            = quint32(fields.integer(u"sessionExpiryInterval"_s, 0, 4294967295LL).value_or(0));
        profile.keepAliveSeconds = int(fields.integer(u"keepAlive"_s, 0, 65535).value_or(60));
        profile.connectTimeoutSeconds = int(fields.integer(u"connectTimeout"_s, 1, 600).value_or(10));
        profile.autoReconnect = fields.boolean(u"autoReconnect"_s).value_or(true);
        if (const auto tls = fields.object(u"tls"_s)) {
            JsonFields tlsFields(*tls, fields.pointerOf(u"tls"_s), locator, error);
            readTls(tlsFields, profile);
            import.unmapped += ImportChecks::unmappedFields(profile.name, tlsFields, {});
        }
        if (const auto will = fields.object(u"will"_s)) {
            JsonFields willFields(*will, fields.pointerOf(u"will"_s), locator, error);
            readWill(willFields, profile.will);
            import.unmapped += ImportChecks::unmappedFields(profile.name, willFields, {});
        }
        if (const auto subscriptions = fields.array(u"subscriptions"_s))
            readSubscriptions(*subscriptions, fields.pointerOf(u"subscriptions"_s), locator, error, profile);
        import.unmapped += ImportChecks::unmappedFields(profile.name, fields, {});
        import.profiles.append(profile);
        import.secrets.append(secrets);
    }
    import.unmapped += ImportChecks::unmappedFields(tr("the file"), top, {});
}
