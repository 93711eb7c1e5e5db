// SPDX-License-Identifier: MIT
#pragma once

// Where the publish panel keeps what outlives a session: saved collections, for one profile or for all of them, and
// each profile's history. A thin adapter over files in one root directory (by default "publish" under
// QStandardPaths::AppDataLocation):
//     <root>/collections/<id>.json                       collections for every profile
//     <root>/profiles/<profile>/collections/<id>.json    collections of one profile
//     <root>/profiles/<profile>/history.json             the profile's history
// <profile> is the profile id with everything but letters, digits, '-' and '_' percent-encoded. Files are replaced
// atomically (QSaveFile). A file that cannot be read is never overwritten or deleted silently: collections that do
// not read are reported and left alone; an unreadable history is kept aside under another name, and the caller is
// told so.

#include "publish/inputerror.h"
#include "publish/publishcollection.h"
#include "publish/publishhistory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class PublishLibrary {
    Q_DECLARE_TR_FUNCTIONS(PublishLibrary)
public:
    enum class Scope : quint8 { Global, Profile };

    struct StoredCollection {
        QString id; // the file's base name; empty until saved
        Scope scope = Scope::Profile;
        PublishCollection collection;
        bool operator==(const StoredCollection &) const = default;
    };

    PublishLibrary(QString root, QString profileId);
    static QString defaultRoot();

    QString root() const { return m_root; }
    QString profileId() const { return m_profileId; }
    bool hasProfile() const { return !m_profileId.isEmpty(); } // without one, only global collections are kept
    QString collectionDirectory(Scope scope) const;
    QString historyFile() const;

    // Every collection of both scopes, global ones first, each sorted by name. Files that do not read are listed in
    // *problems (one sentence each, with the file and the line) and left untouched.
    QList<StoredCollection> collections(QStringList *problems) const;
    // Writes the collection to its file (a new id for a new one, or a move when its scope changed); *stored gets
    // the id. False with *error when it cannot be written; the previous file then stays as it was.
    bool save(StoredCollection *stored, QString *error) const;
    bool remove(const StoredCollection &stored, QString *error) const;
    // The collection in a file of the import/export format (what an export writes), or nullopt with *error.
    static std::optional<PublishCollection> readFile(const QString &path, InputError *error);
    static bool writeFile(const PublishCollection &collection, const QString &path, QString *error);

    // The profile's history; an empty one when there is none yet. When the file does not read it is renamed to
    // history.unreadable-<time>.json, *note says so, and an empty history is returned.
    PublishHistory loadHistory(QString *note) const;
    bool saveHistory(const PublishHistory &history, QString *error) const;

private:
    static QString encodedProfile(const QString &profileId);
    static bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);

    QString m_root;
    QString m_profileId;
};
