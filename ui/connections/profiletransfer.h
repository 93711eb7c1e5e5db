// SPDX-License-Identifier: MIT
#pragma once

// Import and export of profiles for the connection manager. Import reads Canopy's, MQTTX's or MQTT Explorer's file
// (ProfileJson), refuses a file that is not what it claims to be with the line and the reason (nothing changes),
// asks before replacing profiles of the same name, writes certificates the file carries next to the settings,
// puts passwords into the keychain (never into the settings file) and reports what had no equivalent. Export
// leaves secrets out unless asked, and then says plainly that the file holds them in clear text.

#include "profiles/profilejson.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class ProfileRepository;
class QMessageBox;
class QWidget;
class SecretStore;

class ProfileTransfer : public QObject {
    Q_OBJECT
public:
    enum class Conflict { Replace, KeepBoth };

    ProfileTransfer(ProfileRepository *repository, SecretStore *secrets, QWidget *dialogParent);

    // Reads path; on success asks about name conflicts (a window-modal question, "importConflict") and imports.
    // importFinished() or importFailed() follows (not when the user cancels).
    void importFile(const QString &path);
    // Applies a valid import: all profiles in one write. Returns the ids of the imported profiles.
    QStringList apply(ProfileImport import, Conflict conflict);
    // Writes Canopy's JSON; with secrets the passwords and passphrases are read from the keychain first.
    // exported() or exportFailed() follows.
    void exportFile(const QString &path, bool withSecrets);
    // Where certificates embedded in an imported file are written.
    static QString certificateDirectory();

Q_SIGNALS:
    void importFinished(const QStringList &ids, const QString &report);
    void importFailed(const QString &sentence);
    void exported(const QString &sentence);
    void exportFailed(const QString &sentence);

private:
    QString report(const ProfileImport &import, int count) const;
    void writeExport(const QString &path, const QList<ProfileSecrets> *secrets);

    ProfileRepository *m_repository = nullptr;
    SecretStore *m_secrets = nullptr;
    QPointer<QWidget> m_dialogParent;
};
