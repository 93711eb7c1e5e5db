// SPDX-License-Identifier: MIT
#include "profiles/profilerepository.h"

#include "profiles/profilesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

ProfileRepository::ProfileRepository(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath.isEmpty() ? ProfileSettings::defaultFilePath() : filePath)
{
}

QStringList ProfileRepository::load()
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    ProfileSettings::Loaded loaded = ProfileSettings::load(settings);
    m_profiles = loaded.profiles;
    m_warnings = loaded.warnings;
    m_backupBeforeSave = loaded.unreadableLines;
    Q_EMIT changed();
    return m_warnings;
}

int ProfileRepository::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<ConnectionProfile> ProfileRepository::profile(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional<ConnectionProfile>(m_profiles.at(index));
}

std::optional<ConnectionProfile> ProfileRepository::profileNamed(const QString &name) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QStringList ProfileRepository::names() const
{
    return namesExcept({});
}

QStringList ProfileRepository::namesExcept(const QString &id) const
{
    QStringList list;
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.id != id || id.isEmpty())
            list.append(profile.name);
    }
    return list;
}

QString ProfileRepository::uniqueName(const QString &base) const
{
    const QStringList taken = names();
    const QString trimmed = base.trimmed().isEmpty() ? tr("New connection") : base.trimmed();
    if (!taken.contains(trimmed, Qt::CaseInsensitive))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(trimmed).arg(n);
        if (!taken.contains(candidate, Qt::CaseInsensitive))
            return candidate;
    }
}

QString ProfileRepository::add(ConnectionProfile profile, int index)
{
    if (profile.id.isEmpty() || indexOf(profile.id) >= 0)
        profile.id = ConnectionProfile::makeId();
    profile.name = uniqueName(profile.name);
    if (index < 0 || index > m_profiles.size())
        index = int(m_profiles.size());
    m_profiles.insert(index, profile);
    save();
    return profile.id;
}

bool ProfileRepository::update(const ConnectionProfile &profile)
{
    const int index = indexOf(profile.id);
    if (index < 0)
        return false;
    m_profiles[index] = profile;
    save();
    return true;
}

QString ProfileRepository::duplicate(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return {};
    ConnectionProfile copy = m_profiles.at(index);
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(copy.name);
    return add(copy, index + 1);
}

bool ProfileRepository::rename(const QString &id, const QString &name)
{
    const int index = indexOf(id);
    const QString trimmed = name.trimmed();
    if (index < 0 || trimmed.isEmpty() || namesExcept(id).contains(trimmed, Qt::CaseInsensitive))
        return false;
    m_profiles[index].name = trimmed;
    save();
    return true;
}

bool ProfileRepository::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_profiles.removeAt(index);
    {
        QSettings settings(m_filePath, QSettings::IniFormat);
        settings.remove(u"layouts/"_s + id);
    }
    save();
    return true;
}

bool ProfileRepository::move(const QString &id, int newIndex)
{
    const int index = indexOf(id);
    if (index < 0 || newIndex < 0 || newIndex >= m_profiles.size())
        return false;
    if (index != newIndex) {
        m_profiles.move(index, newIndex);
        save();
    }
    return true;
}

void ProfileRepository::replaceAll(const QList<ConnectionProfile> &profiles)
{
    m_profiles = profiles;
    save();
}

QByteArray ProfileRepository::layout(const QString &id) const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    const auto decoded = QByteArray::fromBase64Encoding(
        settings.value(u"layouts/"_s + id).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray(); // nonsense is no layout
}

void ProfileRepository::setLayout(const QString &id, const QByteArray &layout)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.setValue(u"layouts/"_s + id, QString::fromLatin1(layout.toBase64()));
}

bool ProfileRepository::restoreTabs() const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    return ProfileSettings::restoreTabs(settings);
}

void ProfileRepository::setRestoreTabs(bool restore)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    ProfileSettings::setRestoreTabs(settings, restore);
}

QStringList ProfileRepository::openProfiles() const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    return ProfileSettings::openProfiles(settings);
}

void ProfileRepository::setOpenProfiles(const QStringList &ids)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    ProfileSettings::setOpenProfiles(settings, ids);
}

void ProfileRepository::save()
{
    if (m_backupBeforeSave) {
        // What the user had in a file we could not fully read stays next to it.
        const QString backup = m_filePath + u".unreadable"_s;
        QFile::remove(backup);
        QFile::copy(m_filePath, backup);
        m_backupBeforeSave = false;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    {
        QSettings settings(m_filePath, QSettings::IniFormat);
        ProfileSettings::save(settings, m_profiles);
        settings.sync();
        m_saveError = settings.status() == QSettings::AccessError
            ? tr("The connections could not be saved to '%1': check that the folder is writable.").arg(m_filePath)
            : QString();
    }
    Q_EMIT changed();
}
