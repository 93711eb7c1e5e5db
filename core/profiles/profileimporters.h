// SPDX-License-Identifier: MIT
#pragma once

// The readers behind ProfileJson::importProfiles(), one per format. Private to core/profiles. Each fills import (or
// sets error, with the line, and stops), checking what it maps: a name, a host, a port in range, valid filters.

#include "profiles/jsonlocator.h"
#include "profiles/profilejson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

class CanopyImport {
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)
public:
    static void read(const QJsonObject &root, const JsonLocator &locator, ProfileImport &import, JsonError &error);
};

// MQTTX (EMQX's desktop client): "Export data" writes one ConnectionModel or a list of them (JSON), with paths of
// the TLS files, the last will and the MQTT 5 properties; passwords in clear text.
class MqttxImport {
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)
public:
    static bool looksLike(const QJsonValue &root);
    static void read(const QJsonValue &root, const JsonLocator &locator, ProfileImport &import, JsonError &error);
};

// MQTT Explorer: its settings.json holds "ConnectionManager_connections", an object of connections by id; its
// connection export is that object alone. Certificates are embedded (base64); passwords in clear text.
class MqttExplorerImport {
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)
public:
    static constexpr QLatin1StringView SettingsKey { "ConnectionManager_connections" };
    static bool looksLike(const QJsonObject &root);
    static void read(const QJsonObject &root, const JsonLocator &locator, ProfileImport &import, JsonError &error);
};

// Shared by the readers: checks on what they map, with the line of the member they came from.
namespace ImportChecks {
// The name (required, trimmed) and host (required, a host name).
QString requiredName(JsonFields &fields, const QString &key);
QString requiredHost(JsonFields &fields, const QString &key);
// A subscription's filter, checked against the rules of topic filters.
void checkFilter(JsonFields &fields, const QString &key, const QString &filter);
void checkTopic(JsonFields &fields, const QString &key, const QString &topic);
// "'name': what" for ProfileImport::unmapped.
QString unmapped(const QString &profileName, const QString &what);
QStringList unmappedFields(const QString &profileName, const JsonFields &fields, const QSet<QString> &ignored);
} // namespace ImportChecks
