// SPDX-License-Identifier: MIT
#pragma once

// Profiles in a QSettings file (INI), and back. Reading survives a file edited by hand into nonsense: a value that
// cannot be used is replaced by its default with one warning that names the connection, the key and the value, a
// connection without a usable name or id gets one, and the others load. Secrets are never written here (they are
// not part of ConnectionProfile).
//
//     [profiles]
//     1\id=5b0c…   1\name=local mosquitto   1\transport=tcp   1\host=localhost   1\port=1883   …
//     1\subscriptions\1\filter=#   1\subscriptions\1\qos=0   …
//     [session]
//     restoreTabs=true   openProfiles=5b0c…, 9e1f…

#include "profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QSettings;

class ProfileSettings {
    Q_DECLARE_TR_FUNCTIONS(ProfileSettings)
public:
    struct Loaded {
        QList<ConnectionProfile> profiles;
        QStringList warnings; // one sentence each
        bool unreadableLines = false; // QSettings reported a format error: some lines were ignored
    };

    static Loaded load(QSettings &settings);
    static void save(QSettings &settings, const QList<ConnectionProfile> &profiles);

    // The open tabs (profile ids, in order) and whether to reopen them at the next start.
    static bool restoreTabs(QSettings &settings);
    static void setRestoreTabs(QSettings &settings, bool restore);
    static QStringList openProfiles(QSettings &settings);
    static void setOpenProfiles(QSettings &settings, const QStringList &ids);

    // profiles.ini in QStandardPaths::AppConfigLocation.
    static QString defaultFilePath();
};
