// SPDX-License-Identifier: MIT
#include "publish/publishlibrary.h"

#include "publish/publishfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

PublishLibrary::PublishLibrary(QString root, QString profileId)
    : m_root(std::move(root))
    , m_profileId(std::move(profileId))
{
}

QString PublishLibrary::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/publish"_s;
}

QString PublishLibrary::encodedProfile(const QString &profileId)
{
    QString out;
    const QByteArray utf8 = profileId.toUtf8();
    for (const char c : utf8) {
        const auto u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_')
            out.append(QChar(char16_t(u)));
        else
            out.append(u'%' + QString::number(u, 16).toUpper().rightJustified(2, u'0'));
    }
    return out;
}

QString PublishLibrary::collectionDirectory(Scope scope) const
{
    if (scope == Scope::Global)
        return m_root + u"/collections"_s;
    return hasProfile() ? m_root + u"/profiles/"_s + encodedProfile(m_profileId) + u"/collections"_s : QString();
}

QString PublishLibrary::historyFile() const
{
    return hasProfile() ? m_root + u"/profiles/"_s + encodedProfile(m_profileId) + u"/history.json"_s : QString();
}

QList<PublishLibrary::StoredCollection> PublishLibrary::collections(QStringList *problems) const
{
    QList<StoredCollection> all;
    for (const Scope scope : { Scope::Global, Scope::Profile }) {
        const QString directory = collectionDirectory(scope);
        if (directory.isEmpty())
            continue;
        QList<StoredCollection> inScope;
        const QFileInfoList files = QDir(directory).entryInfoList({ u"*.json"_s }, QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            InputError error;
            const std::optional<PublishCollection> collection = readFile(file.filePath(), &error);
            if (!collection) {
                problems->append(
                    tr("%1 was not loaded: %2").arg(QDir::toNativeSeparators(file.filePath()), error.sentence));
                continue;
            }
            inScope.append(StoredCollection { file.completeBaseName(), scope, *collection });
        }
        std::stable_sort(inScope.begin(), inScope.end(), [](const StoredCollection &a, const StoredCollection &b) {
            return QString::localeAwareCompare(a.collection.name, b.collection.name) < 0;
        });
        all.append(inScope);
    }
    return all;
}

bool PublishLibrary::save(StoredCollection *stored, QString *error) const
{
    const QString directory = collectionDirectory(stored->scope);
    if (directory.isEmpty()) {
        *error = tr("Collections of a connection can be saved once it has connected; save it for all connections "
                    "instead.");
        return false;
    }
    if (!QDir().mkpath(directory)) {
        *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    // The file of this id in the other scope, if the collection moves.
    const Scope other = stored->scope == Scope::Global ? Scope::Profile : Scope::Global;
    const QString otherDirectory = collectionDirectory(other);
    const QString previous = stored->id.isEmpty() || otherDirectory.isEmpty()
        ? QString()
        : otherDirectory + u'/' + stored->id + u".json"_s;
    const QString id = stored->id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : stored->id;
    if (!writeAtomically(directory + u'/' + id + u".json"_s, stored->collection.toJson(), error))
        return false;
    stored->id = id;
    if (!previous.isEmpty() && QFile::exists(previous))
        QFile::remove(previous);
    return true;
}

bool PublishLibrary::remove(const StoredCollection &stored, QString *error) const
{
    const QString directory = collectionDirectory(stored.scope);
    const QString path = directory + u'/' + stored.id + u".json"_s;
    if (stored.id.isEmpty() || directory.isEmpty() || !QFile::exists(path))
        return true;
    QFile file(path);
    if (!file.remove()) {
        *error = tr("Could not delete %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<PublishCollection> PublishLibrary::readFile(const QString &path, InputError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {};
        error->sentence = tr("Could not open %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > PublishFile::MaximumBytes) {
        *error = {};
        error->sentence = tr("%1 is too large to be a collection.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return PublishCollection::fromJson(file.readAll(), error);
}

bool PublishLibrary::writeFile(const PublishCollection &collection, const QString &path, QString *error)
{
    return writeAtomically(path, collection.toJson(), error);
}

PublishHistory PublishLibrary::loadHistory(QString *note) const
{
    note->clear();
    PublishHistory history;
    const QString path = historyFile();
    if (path.isEmpty() || !QFile::exists(path))
        return history;
    QFile file(path);
    InputError error;
    if (!file.open(QIODevice::ReadOnly)) {
        *note = tr("The publish history %1 could not be opened: %2.")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
        return history;
    }
    if (history.readJson(file.read(PublishFile::MaximumBytes + 1), &error))
        return history;
    file.close();
    const QString aside = QFileInfo(path).dir().filePath(
        u"history.unreadable-%1.json"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)));
    const bool kept = QFile::rename(path, aside);
    *note = kept ? tr("The publish history could not be read (%1); it was kept as %2 and a new history begins.")
                       .arg(error.sentence, QDir::toNativeSeparators(aside))
                 : tr("The publish history could not be read (%1).").arg(error.sentence);
    return history;
}

bool PublishLibrary::saveHistory(const PublishHistory &history, QString *error) const
{
    const QString path = historyFile();
    if (path.isEmpty())
        return true; // nothing to key it by yet
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).path()));
        return false;
    }
    return writeAtomically(path, history.toJson(), error);
}

bool PublishLibrary::writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
