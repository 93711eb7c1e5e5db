// SPDX-License-Identifier: MIT
#include "profiles/profilejson.h"

#include "profiles/jsonlocator.h"
#include "profiles/profileimporters.h"
#include "profiles/profilevalidation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

bool isUtf8Text(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar(0));
}

QJsonObject willToJson(const ProfileWill &will)
{
    QJsonObject object;
    object.insert(u"enabled"_s, will.enabled);
    object.insert(u"topic"_s, will.topic);
    if (isUtf8Text(will.payload))
        object.insert(u"payload"_s, QString::fromUtf8(will.payload));
    else
        object.insert(u"payloadBase64"_s, QString::fromLatin1(will.payload.toBase64()));
    object.insert(u"qos"_s, will.qos);
    object.insert(u"retain"_s, will.retain);
    object.insert(u"delayInterval"_s, qint64(will.delayInterval));
    if (will.messageExpiryInterval)
        object.insert(u"messageExpiryInterval"_s, qint64(*will.messageExpiryInterval));
    object.insert(u"payloadIsUtf8"_s, will.payloadIsUtf8);
    object.insert(u"contentType"_s, will.contentType);
    object.insert(u"responseTopic"_s, will.responseTopic);
    if (!will.correlationData.isEmpty())
        object.insert(u"correlationDataBase64"_s, QString::fromLatin1(will.correlationData.toBase64()));
    QJsonArray properties;
    for (const Mqtt::UserProperty &property : will.userProperties)
        properties.append(QJsonObject { { u"name"_s, property.name }, { u"value"_s, property.value } });
    object.insert(u"userProperties"_s, properties);
    return object;
}

QJsonObject profileToJson(const ConnectionProfile &profile, const ProfileSecrets *secrets)
{
    QJsonObject object;
    object.insert(u"id"_s, profile.id);
    object.insert(u"name"_s, profile.name);
    object.insert(u"transport"_s, ConnectionProfile::transportName(profile.transport));
    object.insert(u"host"_s, profile.host);
    object.insert(u"port"_s, profile.port);
    object.insert(u"webSocketPath"_s, profile.webSocketPath);
    object.insert(u"protocol"_s, ConnectionProfile::protocolName(profile.protocol));
    object.insert(u"clientId"_s, profile.clientId);
    object.insert(u"randomClientIdSuffix"_s, profile.randomClientIdSuffix);
    object.insert(u"userName"_s, profile.userName);
    if (secrets) {
        object.insert(u"password"_s, secrets->password);
        object.insert(u"keyPassphrase"_s, secrets->keyPassphrase);
    }
    object.insert(u"cleanStart"_s, profile.cleanStart);
    object.insert(u"sessionExpiryInterval"_s, qint64(profile.sessionExpiryInterval));
    object.insert(u"keepAlive"_s, profile.keepAliveSeconds);
    object.insert(u"connectTimeout"_s, profile.connectTimeoutSeconds);
    object.insert(u"autoReconnect"_s, profile.autoReconnect);
    object.insert(u"tls"_s,
        QJsonObject {
            { u"caFile"_s, profile.caFile },
            { u"clientCertificate"_s, profile.clientCertificateFile },
            { u"clientKey"_s, profile.clientKeyFile },
            { u"serverName"_s, profile.serverName },
            { u"alpn"_s, QJsonArray::fromStringList(profile.alpn) },
            { u"skipVerification"_s, profile.skipVerification },
        });
    object.insert(u"will"_s, willToJson(profile.will));
    QJsonArray subscriptions;
    for (const ProfileSubscription &subscription : profile.subscriptions) {
        subscriptions.append(QJsonObject {
            { u"filter"_s, subscription.filter },
            { u"qos"_s, subscription.qos },
            { u"noLocal"_s, subscription.noLocal },
            { u"retainAsPublished"_s, subscription.retainAsPublished },
            { u"retainHandling"_s, subscription.retainHandling },
            { u"subscriptionIdentifier"_s, qint64(subscription.subscriptionIdentifier) },
        });
    }
    object.insert(u"subscriptions"_s, subscriptions);
    return object;
}

} // namespace

QByteArray ProfileJson::exportProfiles(const QList<ConnectionProfile> &profiles, const QList<ProfileSecrets> *secrets)
{
    static const ProfileSecrets none;
    QJsonArray list;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const ProfileSecrets *secret = nullptr;
        if (secrets)
            secret = i < secrets->size() ? &secrets->at(i) : &none;
        list.append(profileToJson(profiles.at(i), secret));
    }
    QJsonObject root;
    root.insert(u"format"_s, QString(FormatTag));
    root.insert(u"version"_s, 1);
    root.insert(u"containsSecrets"_s, secrets != nullptr);
    root.insert(u"connections"_s, list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileImport ProfileJson::importProfiles(const QByteArray &data)
{
    ProfileImport import;
    if (data.trimmed().isEmpty()) {
        import.error = tr("The file is empty.");
        return import;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        import.errorLine = JsonLocator::lineAt(data, parseError.offset);
        import.error = tr("This is not JSON (%1), so it is none of the connection files Canopy reads.")
                           .arg(parseError.errorString());
        return import;
    }
    const JsonLocator locator(data);
    JsonError error;
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonObject object = document.object();
    if (document.isObject() && object.contains(u"format"_s)) {
        if (object.value(u"format"_s).toString() != FormatTag) {
            error = { locator.line(u"/format"_s),
                tr("The file says its format is '%1', but Canopy's connection files say '%2'.")
                    .arg(object.value(u"format"_s).toVariant().toString(), QString(FormatTag)) };
        } else {
            import.format = ProfileImport::Format::Canopy;
            CanopyImport::read(object, locator, import, error);
        }
    } else if (document.isObject() && MqttExplorerImport::looksLike(object)) {
        import.format = ProfileImport::Format::MqttExplorer;
        MqttExplorerImport::read(object, locator, import, error);
    } else if (MqttxImport::looksLike(root)) {
        import.format = ProfileImport::Format::Mqttx;
        MqttxImport::read(root, locator, import, error);
    } else {
        error = { 1,
            tr("This JSON is none of the connection files Canopy reads: Canopy's export, MQTTX's connection export "
               "or MQTT Explorer's settings file.") };
    }
    if (error.isSet()) {
        ProfileImport refused;
        refused.format = import.format;
        refused.errorLine = error.line;
        refused.error = error.reason;
        return refused; // nothing of it is used
    }
    if (import.profiles.isEmpty()) {
        import.error = tr("The file holds no connections.");
        return import;
    }
    while (import.secrets.size() < import.profiles.size())
        import.secrets.append(ProfileSecrets {});
    return import;
}

QString ProfileJson::formatName(ProfileImport::Format format)
{
    switch (format) {
    case ProfileImport::Format::Canopy:
        return tr("Canopy connections");
    case ProfileImport::Format::Mqttx:
        return tr("MQTTX connections");
    case ProfileImport::Format::MqttExplorer:
        return tr("MQTT Explorer settings");
    }
    return {};
}

QString ProfileJson::errorSentence(const ProfileImport &import)
{
    if (import.isValid())
        return {};
    return import.errorLine > 0 ? tr("Line %1: %2").arg(import.errorLine).arg(import.error) : import.error;
}

bool ProfileJson::saveEmbeddedFiles(ProfileImport &import, const QString &directory, QString *error)
{
    if (import.files.isEmpty())
        return true;
    if (!QDir().mkpath(directory)) {
        *error = tr("The folder '%1' for the imported certificates cannot be created.").arg(directory);
        return false;
    }
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QList<ConnectionProfile> profiles = import.profiles;
    for (const ProfileImport::EmbeddedFile &file : std::as_const(import.files)) {
        if (file.profile < 0 || file.profile >= profiles.size())
            continue;
        ConnectionProfile &profile = profiles[file.profile];
        const QString role = file.role == ProfileImport::EmbeddedFile::Role::Ca ? u"ca"_s
            : file.role == ProfileImport::EmbeddedFile::Role::ClientCertificate ? u"cert"_s
                                                                                : u"key"_s;
        QString base = QString(profile.name + u'-' + role + u'-' + file.name).replace(unsafe, u"_"_s);
        QString path = QDir(directory).filePath(base);
        for (int n = 2; QFile::exists(path); ++n)
            path = QDir(directory).filePath(u"%1-%2"_s.arg(n).arg(base));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.data) != file.data.size() || !out.commit()) {
            *error = tr("The imported certificate '%1' cannot be written to '%2' (%3).")
                         .arg(file.name, path, out.errorString());
            return false;
        }
        if (file.role == ProfileImport::EmbeddedFile::Role::ClientKey)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); // a private key is the user's only
        switch (file.role) {
        case ProfileImport::EmbeddedFile::Role::Ca:
            profile.caFile = path;
            break;
        case ProfileImport::EmbeddedFile::Role::ClientCertificate:
            profile.clientCertificateFile = path;
            break;
        case ProfileImport::EmbeddedFile::Role::ClientKey:
            profile.clientKeyFile = path;
            break;
        }
    }
    import.profiles = profiles;
    import.files.clear();
    return true;
}

// ---- checks shared by the readers

namespace ImportChecks {

QString requiredName(JsonFields &fields, const QString &key)
{
    const QString name = fields.string(key, true).value_or(QString()).trimmed();
    if (name.isEmpty() && fields.has(key))
        fields.fail(key, ProfileJson::tr("'%1' is empty: every connection needs a name.").arg(key));
    return name;
}

QString requiredHost(JsonFields &fields, const QString &key)
{
    const auto host = fields.string(key, true);
    if (!host)
        return {};
    const QString problem = ProfileValidation::hostProblem(*host);
    if (!problem.isEmpty())
        fields.fail(key, problem);
    return host->trimmed();
}

void checkFilter(JsonFields &fields, const QString &key, const QString &filter)
{
    const QString problem = ProfileValidation::topicFilterProblem(filter);
    if (!problem.isEmpty())
        fields.fail(key, ProfileJson::tr("The subscription '%1' is not a valid topic filter: %2").arg(filter, problem));
}

void checkTopic(JsonFields &fields, const QString &key, const QString &topic)
{
    const QString problem = ProfileValidation::topicNameProblem(topic);
    if (!problem.isEmpty())
        fields.fail(key, ProfileJson::tr("The will topic '%1' cannot be used: %2").arg(topic, problem));
}

QString unmapped(const QString &profileName, const QString &what)
{
    return ProfileJson::tr("'%1': %2").arg(profileName, what);
}

QStringList unmappedFields(const QString &profileName, const JsonFields &fields, const QSet<QString> &ignored)
{
    QStringList list;
    const QStringList keys = fields.unread(ignored);
    for (const QString &key : keys)
        list.append(unmapped(profileName, ProfileJson::tr("'%1' has no equivalent in Canopy").arg(key)));
    return list;
}

} // namespace ImportChecks
