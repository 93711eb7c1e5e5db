// SPDX-License-Identifier: MIT
#pragma once

// Profiles as JSON: Canopy's own export (secrets left out unless asked for), and the import of three kinds of file,
// recognised by their content: Canopy's export, MQTTX's connection export (one connection or a list) and MQTT
// Explorer's settings file (settings.json, or its connection export). An import is all or nothing: the first thing
// that is not what the format says refuses the whole file with its line and the reason, and nothing is imported.
// Fields that have an equivalent in Canopy are mapped; the others are listed, per connection, in unmapped.

#include "profiles/connectionprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct ProfileImport {
    enum class Format { Canopy, Mqttx, MqttExplorer };
    // A certificate or key that the file carries itself (MQTT Explorer embeds them): saveEmbeddedFiles() writes it
    // and points the profile at the file.
    struct EmbeddedFile {
        enum class Role { Ca, ClientCertificate, ClientKey };
        int profile = 0; // index into profiles
        Role role = Role::Ca;
        QString name; // the file name the other application knew
        QByteArray data;
    };

    Format format = Format::Canopy;
    QList<ConnectionProfile> profiles;
    QList<ProfileSecrets> secrets; // one per profile (empty when the file had none)
    QList<EmbeddedFile> files;
    // "'staging': 'reconnectPeriod' (5000) has no equivalent in Canopy", one per field that was not mapped.
    QStringList unmapped;

    // Set instead of the above when the file is refused.
    int errorLine = 0; // 0: the file as a whole
    QString error;
    bool isValid() const { return error.isEmpty(); }
};

class ProfileJson {
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)
public:
    static constexpr QLatin1StringView FormatTag { "canopy-connections" };

    // Canopy's export. With secrets (one per profile), passwords and passphrases are written too, in clear text.
    static QByteArray exportProfiles(
        const QList<ConnectionProfile> &profiles, const QList<ProfileSecrets> *secrets = nullptr);
    // Reads any of the three formats; see ProfileImport::isValid().
    static ProfileImport importProfiles(const QByteArray &data);
    static QString formatName(ProfileImport::Format format);
    // "line 14: 'port' must be …" or the reason alone.
    static QString errorSentence(const ProfileImport &import);

    // Writes the embedded files into directory (created if needed) as "<connection>-<role>-<name>" and sets the
    // profiles' paths to them. False, with one sentence, when one cannot be written (nothing is changed then).
    static bool saveEmbeddedFiles(ProfileImport &import, const QString &directory, QString *error);
};
