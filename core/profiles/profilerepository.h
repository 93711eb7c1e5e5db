// SPDX-License-Identifier: MIT
#pragma once

// The saved profiles of this user, in order, kept in one settings file (ProfileSettings) and written back after
// every change. Names are unique (ignoring case); ids never change. The window and the connection manager share one
// repository and follow changed().
//
// A settings file with unreadable lines is copied to "<file>.unreadable" before it is first written again, so that
// whatever the user had there is not lost silently.

#include "profiles/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class ProfileRepository : public QObject {
    Q_OBJECT
public:
    // An empty path means ProfileSettings::defaultFilePath().
    explicit ProfileRepository(const QString &filePath = {}, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    // (Re)reads the file; returns the warnings of ProfileSettings::load().
    QStringList load();
    QStringList loadWarnings() const { return m_warnings; }
    // The last write's error (empty when it worked).
    QString saveError() const { return m_saveError; }

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    bool isEmpty() const { return m_profiles.isEmpty(); }
    int indexOf(const QString &id) const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // Ignoring case, as names are unique that way.
    std::optional<ConnectionProfile> profileNamed(const QString &name) const;
    QStringList names() const;
    QStringList namesExcept(const QString &id) const;
    // base, or "base (2)", "base (3)" … whichever no profile has.
    QString uniqueName(const QString &base) const;

    // Adds profile at the end (or at index); a missing or taken id is replaced, a taken name made unique. Returns
    // the id.
    QString add(ConnectionProfile profile, int index = -1);
    // Replaces the profile with the same id; false when there is none.
    bool update(const ConnectionProfile &profile);
    // A copy right after the original, named "<name> (copy)"; returns its id (empty when id is unknown).
    QString duplicate(const QString &id);
    bool rename(const QString &id, const QString &name);
    bool remove(const QString &id);
    bool move(const QString &id, int newIndex);
    // Replaces the whole list at once (an import): all or nothing, in one write.
    void replaceAll(const QList<ConnectionProfile> &profiles);

    // The arrangement of a profile's tab (its docks and splitter, ConnectionTab::saveLayout()), kept with the
    // settings but not with the profile: it is not exported.
    QByteArray layout(const QString &id) const;
    void setLayout(const QString &id, const QByteArray &layout);

    // The tabs to reopen at the next start.
    bool restoreTabs() const;
    void setRestoreTabs(bool restore);
    QStringList openProfiles() const;
    void setOpenProfiles(const QStringList &ids);

Q_SIGNALS:
    void changed();

private:
    void save();

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    QStringList m_warnings;
    QString m_saveError;
    bool m_backupBeforeSave = false;
};
