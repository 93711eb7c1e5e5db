// SPDX-License-Identifier: MIT
#include "profiles/profilesettings.h"

#include <QDir>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int FormatVersion = 1;

// Sorted numeric child groups: the entries of an array, whatever its "size" says (a hand-edited file may have lost
// it or got it wrong).
QStringList arrayEntries(QSettings &settings)
{
    QStringList groups = settings.childGroups();
    groups.erase(std::remove_if(groups.begin(), groups.end(),
                     [](const QString &group) {
                         bool number = false;
                         group.toInt(&number);
                         return !number;
                     }),
        groups.end());
    std::sort(groups.begin(), groups.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return groups;
}

// Reads the keys of one group, each as the type it must have, and says what it replaced and why.
class Reader {
public:
    Reader(QSettings &settings, QStringList &warnings, QString where)
        : m_settings(settings)
        , m_warnings(warnings)
        , m_where(std::move(where))
    {
    }

    QString string(const QString &key, const QString &fallback = {})
    {
        const QVariant value = m_settings.value(key);
        if (!value.isValid())
            return fallback;
        if (value.canConvert<QString>() && value.typeId() != QMetaType::QVariantList
            && value.typeId() != QMetaType::QStringList)
            return value.toString();
        if (value.typeId() == QMetaType::QStringList) // "a, b" in an INI file reads as a list
            return value.toStringList().join(u", "_s);
        warn(key, u"…"_s, ProfileSettings::tr("text"), fallback);
        return fallback;
    }

    QByteArray bytes(const QString &key)
    {
        const QVariant value = m_settings.value(key);
        if (value.typeId() == QMetaType::QByteArray)
            return value.toByteArray();
        return string(key).toUtf8();
    }

    qint64 integer(const QString &key, qint64 minimum, qint64 maximum, qint64 fallback)
    {
        const QString text = string(key);
        if (text.isEmpty() && !m_settings.contains(key))
            return fallback;
        bool ok = false;
        const qint64 number = text.trimmed().toLongLong(&ok);
        if (!ok || number < minimum || number > maximum) {
            warn(key, text, ProfileSettings::tr("a whole number from %1 to %2").arg(minimum).arg(maximum),
                QString::number(fallback));
            return fallback;
        }
        return number;
    }

    std::optional<quint32> optionalInteger(const QString &key)
    {
        if (!m_settings.contains(key) || string(key).trimmed().isEmpty())
            return std::nullopt;
        const qint64 value = integer(key, 0, 4294967295LL, -1);
        return value < 0 ? std::nullopt : std::optional<quint32>(quint32(value));
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QString text = string(key).trimmed().toLower();
        if (text.isEmpty() && !m_settings.contains(key))
            return fallback;
        if (text == "true"_L1 || text == "1"_L1 || text == "yes"_L1 || text == "on"_L1)
            return true;
        if (text == "false"_L1 || text == "0"_L1 || text == "no"_L1 || text == "off"_L1)
            return false;
        warn(key, text, ProfileSettings::tr("true or false"),
            fallback ? ProfileSettings::tr("true") : ProfileSettings::tr("false"));
        return fallback;
    }

    void warn(const QString &key, const QString &value, const QString &expected, const QString &used)
    {
        m_warnings.append(ProfileSettings::tr("%1: '%2' is '%3', which is not %4; %5 is used instead.")
                              .arg(m_where, key, value.left(80), expected, used.isEmpty() ? u"\"\""_s : used));
    }

    QSettings &settings() { return m_settings; }

private:
    QSettings &m_settings;
    QStringList &m_warnings;
    QString m_where;
};

ProfileSubscription readSubscription(Reader &reader)
{
    ProfileSubscription subscription;
    subscription.filter = reader.string(u"filter"_s);
    subscription.qos = int(reader.integer(u"qos"_s, 0, 2, 0));
    subscription.noLocal = reader.boolean(u"noLocal"_s, false);
    subscription.retainAsPublished = reader.boolean(u"retainAsPublished"_s, true);
    subscription.retainHandling = int(reader.integer(u"retainHandling"_s, 0, 2, 0));
    subscription.subscriptionIdentifier = quint32(reader.integer(u"subscriptionIdentifier"_s, 0, 268435455, 0));
    return subscription;
}

void readWill(Reader &reader, ProfileWill &will)
{
    will.enabled = reader.boolean(u"will/enabled"_s, false);
    will.topic = reader.string(u"will/topic"_s);
    will.payload = reader.bytes(u"will/payload"_s);
    will.qos = int(reader.integer(u"will/qos"_s, 0, 2, 0));
    will.retain = reader.boolean(u"will/retain"_s, false);
    will.delayInterval = quint32(reader.integer(u"will/delayInterval"_s, 0, 4294967295LL, 0));
    will.messageExpiryInterval = reader.optionalInteger(u"will/messageExpiryInterval"_s);
    will.payloadIsUtf8 = reader.boolean(u"will/payloadIsUtf8"_s, false);
    will.contentType = reader.string(u"will/contentType"_s);
    will.responseTopic = reader.string(u"will/responseTopic"_s);
    will.correlationData = reader.bytes(u"will/correlationData"_s);
    QSettings &settings = reader.settings();
    settings.beginGroup(u"will/userProperties"_s);
    const QStringList entries = arrayEntries(settings);
    for (const QString &entry : entries) {
        settings.beginGroup(entry);
        will.userProperties.append(
            Mqtt::UserProperty { settings.value(u"name"_s).toString(), settings.value(u"value"_s).toString() });
        settings.endGroup();
    }
    settings.endGroup();
}

ConnectionProfile readProfile(QSettings &settings, QStringList &warnings, int number)
{
    ConnectionProfile profile;
    const QString rawName = settings.value(u"name"_s).toString().trimmed();
    const QString where = rawName.isEmpty() ? ProfileSettings::tr("Connection %1").arg(number)
                                            : ProfileSettings::tr("Connection %1 ('%2')").arg(number).arg(rawName);
    Reader reader(settings, warnings, where);
    profile.id = reader.string(u"id"_s).trimmed();
    profile.name = reader.string(u"name"_s).trimmed();

    const QString transport = reader.string(u"transport"_s, u"tcp"_s);
    if (const auto known = ConnectionProfile::transportFromName(transport))
        profile.transport = *known;
    else
        reader.warn(u"transport"_s, transport, ProfileSettings::tr("tcp, tls, ws or wss"), u"tcp"_s);
    profile.host = reader.string(u"host"_s).trimmed();
    profile.port = int(reader.integer(
        u"port"_s, 1, 65535, ConnectionProfile::defaultPort(profile.transport))); // the reader explains a bad one
    profile.webSocketPath = reader.string(u"webSocketPath"_s, u"/mqtt"_s);
    const QString protocol = reader.string(u"protocol"_s, u"5-else-3.1.1"_s);
    if (const auto known = ConnectionProfile::protocolFromName(protocol))
        profile.protocol = *known;
    else
        reader.warn(u"protocol"_s, protocol, ProfileSettings::tr("5-else-3.1.1, 5 or 3.1.1"), u"5-else-3.1.1"_s);

    profile.clientId = reader.string(u"clientId"_s);
    profile.randomClientIdSuffix = reader.boolean(u"randomClientIdSuffix"_s, false);
    profile.userName = reader.string(u"userName"_s);
    profile.cleanStart = reader.boolean(u"cleanStart"_s, true);
    profile.sessionExpiryInterval = quint32(reader.integer(u"sessionExpiryInterval"_s, 0, 4294967295LL, 0));
    profile.keepAliveSeconds = int(reader.integer(u"keepAlive"_s, 0, 65535, 60));
    profile.connectTimeoutSeconds = int(reader.integer(u"connectTimeout"_s, 1, 600, 10));
    profile.autoReconnect = reader.boolean(u"autoReconnect"_s, true);

    profile.caFile = reader.string(u"tls/caFile"_s);
    profile.clientCertificateFile = reader.string(u"tls/clientCertificate"_s);
    profile.clientKeyFile = reader.string(u"tls/clientKey"_s);
    profile.serverName = reader.string(u"tls/serverName"_s).trimmed();
    const QString alpn = reader.string(u"tls/alpn"_s);
    profile.alpn.clear();
    for (const QString &name : alpn.split(u',', Qt::SkipEmptyParts))
        profile.alpn.append(name.trimmed());
    profile.skipVerification = reader.boolean(u"tls/skipVerification"_s, false);

    readWill(reader, profile.will);

    if (settings.childGroups().contains(u"subscriptions"_s)) {
        profile.subscriptions.clear();
        settings.beginGroup(u"subscriptions"_s);
        const QStringList entries = arrayEntries(settings);
        for (const QString &entry : entries) {
            settings.beginGroup(entry);
            Reader subscriptionReader(settings, warnings, ProfileSettings::tr("%1, subscription %2").arg(where, entry));
            const ProfileSubscription subscription = readSubscription(subscriptionReader);
            if (subscription.filter.isEmpty())
                warnings.append(
                    ProfileSettings::tr("%1, subscription %2: it has no filter and was left out.").arg(where, entry));
            else
                profile.subscriptions.append(subscription);
            settings.endGroup();
        }
        settings.endGroup();
    }
    return profile;
}

void writeProfile(QSettings &settings, const ConnectionProfile &profile)
{
    settings.setValue(u"id"_s, profile.id);
    settings.setValue(u"name"_s, profile.name);
    settings.setValue(u"transport"_s, ConnectionProfile::transportName(profile.transport));
    settings.setValue(u"host"_s, profile.host);
    settings.setValue(u"port"_s, profile.port);
    settings.setValue(u"webSocketPath"_s, profile.webSocketPath);
    settings.setValue(u"protocol"_s, ConnectionProfile::protocolName(profile.protocol));
    settings.setValue(u"clientId"_s, profile.clientId);
    settings.setValue(u"randomClientIdSuffix"_s, profile.randomClientIdSuffix);
    settings.setValue(u"userName"_s, profile.userName);
    settings.setValue(u"cleanStart"_s, profile.cleanStart);
    settings.setValue(u"sessionExpiryInterval"_s, qulonglong(profile.sessionExpiryInterval));
    settings.setValue(u"keepAlive"_s, profile.keepAliveSeconds);
    settings.setValue(u"connectTimeout"_s, profile.connectTimeoutSeconds);
    settings.setValue(u"autoReconnect"_s, profile.autoReconnect);

    settings.setValue(u"tls/caFile"_s, profile.caFile);
    settings.setValue(u"tls/clientCertificate"_s, profile.clientCertificateFile);
    settings.setValue(u"tls/clientKey"_s, profile.clientKeyFile);
    settings.setValue(u"tls/serverName"_s, profile.serverName);
    settings.setValue(u"tls/alpn"_s, profile.alpn.join(u","_s));
    settings.setValue(u"tls/skipVerification"_s, profile.skipVerification);

    const ProfileWill &will = profile.will;
    settings.setValue(u"will/enabled"_s, will.enabled);
    settings.setValue(u"will/topic"_s, will.topic);
    settings.setValue(u"will/payload"_s, will.payload);
    settings.setValue(u"will/qos"_s, will.qos);
    settings.setValue(u"will/retain"_s, will.retain);
    settings.setValue(u"will/delayInterval"_s, qulonglong(will.delayInterval));
    settings.setValue(u"will/messageExpiryInterval"_s,
        will.messageExpiryInterval ? QString::number(*will.messageExpiryInterval) : QString());
    settings.setValue(u"will/payloadIsUtf8"_s, will.payloadIsUtf8);
    settings.setValue(u"will/contentType"_s, will.contentType);
    settings.setValue(u"will/responseTopic"_s, will.responseTopic);
    settings.setValue(u"will/correlationData"_s, will.correlationData);
    settings.beginWriteArray(u"will/userProperties"_s, int(will.userProperties.size()));
    for (int i = 0; i < will.userProperties.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, will.userProperties.at(i).name);
        settings.setValue(u"value"_s, will.userProperties.at(i).value);
    }
    settings.endArray();

    settings.beginWriteArray(u"subscriptions"_s, int(profile.subscriptions.size()));
    for (int i = 0; i < profile.subscriptions.size(); ++i) {
        const ProfileSubscription &subscription = profile.subscriptions.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"filter"_s, subscription.filter);
        settings.setValue(u"qos"_s, subscription.qos);
        settings.setValue(u"noLocal"_s, subscription.noLocal);
        settings.setValue(u"retainAsPublished"_s, subscription.retainAsPublished);
        settings.setValue(u"retainHandling"_s, subscription.retainHandling);
        settings.setValue(u"subscriptionIdentifier"_s, qulonglong(subscription.subscriptionIdentifier));
    }
    settings.endArray();
}

} // namespace

ProfileSettings::Loaded ProfileSettings::load(QSettings &settings)
{
    Loaded loaded;
    if (settings.status() == QSettings::FormatError) {
        loaded.unreadableLines = true;
        loaded.warnings.append(
            tr("The settings file '%1' has lines that could not be read; they were ignored.").arg(settings.fileName()));
    }
    const QString version = settings.value(u"formatVersion"_s).toString();
    if (!version.isEmpty() && version.toInt() > FormatVersion)
        loaded.warnings.append(tr("The settings file '%1' was written by a newer Canopy (format %2); what this "
                                  "version does not know is ignored.")
                                   .arg(settings.fileName(), version));

    settings.beginGroup(u"profiles"_s);
    const QStringList entries = arrayEntries(settings);
    QSet<QString> ids;
    QStringList names;
    for (const QString &entry : entries) {
        settings.beginGroup(entry);
        ConnectionProfile profile = readProfile(settings, loaded.warnings, int(loaded.profiles.size()) + 1);
        settings.endGroup();
        const int number = int(loaded.profiles.size()) + 1;
        if (profile.id.isEmpty() || ids.contains(profile.id)) {
            if (!profile.id.isEmpty())
                loaded.warnings.append(tr("Connection %1 ('%2') has the id of another one and was given a new id; "
                                          "its saved password may have to be entered again.")
                                           .arg(number)
                                           .arg(profile.name));
            profile.id = ConnectionProfile::makeId();
        }
        ids.insert(profile.id);
        if (profile.name.isEmpty()) {
            profile.name = tr("Connection %1").arg(number);
            loaded.warnings.append(tr("Connection %1 has no name and was called '%2'.").arg(number).arg(profile.name));
        }
        if (names.contains(profile.name, Qt::CaseInsensitive)) {
            const QString original = profile.name;
            int suffix = 2;
            while (names.contains(u"%1 (%2)"_s.arg(original).arg(suffix), Qt::CaseInsensitive))
                ++suffix;
            profile.name = u"%1 (%2)"_s.arg(original).arg(suffix);
            loaded.warnings.append(
                tr("Two connections are called '%1'; the second is now '%2'.").arg(original, profile.name));
        }
        names.append(profile.name);
        loaded.profiles.append(profile);
    }
    settings.endGroup();
    return loaded;
}

void ProfileSettings::save(QSettings &settings, const QList<ConnectionProfile> &profiles)
{
    settings.setValue(u"formatVersion"_s, FormatVersion);
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        writeProfile(settings, profiles.at(i));
    }
    settings.endArray();
}

bool ProfileSettings::restoreTabs(QSettings &settings)
{
    const QString text = settings.value(u"session/restoreTabs"_s).toString().trimmed().toLower();
    return text == "true"_L1 || text == "1"_L1;
}

void ProfileSettings::setRestoreTabs(QSettings &settings, bool restore)
{
    settings.setValue(u"session/restoreTabs"_s, restore);
}

QStringList ProfileSettings::openProfiles(QSettings &settings)
{
    const QVariant value = settings.value(u"session/openProfiles"_s);
    QStringList ids = value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                               : value.toString().split(u',', Qt::SkipEmptyParts);
    for (QString &id : ids)
        id = id.trimmed();
    ids.removeAll(QString());
    return ids;
}

void ProfileSettings::setOpenProfiles(QSettings &settings, const QStringList &ids)
{
    settings.setValue(u"session/openProfiles"_s, ids.join(u","_s));
}

QString ProfileSettings::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"profiles.ini"_s);
}
