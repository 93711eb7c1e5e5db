// SPDX-License-Identifier: MIT
#include "connections/profiletransfer.h"

#include "connections/secretstore.h"
#include "profiles/profilerepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Connection files are small; anything larger is the wrong file and is not read into memory.
constexpr qint64 MaximumImportSize = 64 * 1024 * 1024;
} // namespace

ProfileTransfer::ProfileTransfer(ProfileRepository *repository, SecretStore *secrets, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_repository(repository)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
{
}

QString ProfileTransfer::certificateDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"certificates"_s);
}

void ProfileTransfer::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT importFailed(tr("'%1' cannot be read (%2).").arg(path, file.errorString()));
        return;
    }
    if (file.size() > MaximumImportSize) {
        Q_EMIT importFailed(tr("'%1' is larger than 64 MiB: it is not a connections file.").arg(path));
        return;
    }
    ProfileImport import = ProfileJson::importProfiles(file.readAll());
    if (!import.isValid()) {
        Q_EMIT importFailed(
            tr("'%1' was not imported. %2").arg(QFileInfo(path).fileName(), ProfileJson::errorSentence(import)));
        return;
    }
    QStringList taken;
    for (const ConnectionProfile &profile : std::as_const(import.profiles)) {
        if (m_repository->profileNamed(profile.name))
            taken.append(profile.name);
    }
    if (taken.isEmpty()) {
        const QStringList ids = apply(import, Conflict::KeepBoth);
        if (!ids.isEmpty())
            Q_EMIT importFinished(ids, report(import, int(ids.size())));
        return;
    }
    // Replacing a profile loses its settings: ask, naming them.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Connections"),
        tr("%n connection(s) of this file have the name of one you have: %1.\n\nReplace yours, or keep both (the "
           "imported ones get a new name)?",
            nullptr, int(taken.size()))
            .arg(taken.join(u", "_s)),
        QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(u"importConflict"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("&Replace Mine"), QMessageBox::DestructiveRole);
    replace->setObjectName(u"importReplace"_s);
    QPushButton *keep = box->addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
    keep->setObjectName(u"importKeepBoth"_s);
    box->addButton(QMessageBox::Cancel)->setObjectName(u"importCancel"_s);
    box->setDefaultButton(keep);
    auto pending = std::make_shared<ProfileImport>(import);
    connect(box, &QMessageBox::finished, this, [this, box, replace, keep, pending] {
        QAbstractButton *clicked = box->clickedButton();
        if (clicked != replace && clicked != keep)
            return; // cancelled: nothing changes
        const QStringList ids = apply(*pending, clicked == replace ? Conflict::Replace : Conflict::KeepBoth);
        if (!ids.isEmpty())
            Q_EMIT importFinished(ids, report(*pending, int(ids.size())));
    });
    box->open();
}

QStringList ProfileTransfer::apply(ProfileImport import, Conflict conflict)
{
    QString error;
    if (!ProfileJson::saveEmbeddedFiles(import, certificateDirectory(), &error)) {
        Q_EMIT importFailed(error);
        return {};
    }
    QList<ConnectionProfile> all = m_repository->profiles();
    QStringList ids;
    QList<std::pair<QString, ProfileSecrets>> secrets;
    for (qsizetype i = 0; i < import.profiles.size(); ++i) {
        ConnectionProfile profile = import.profiles.at(i);
        const auto existing = std::find_if(all.begin(), all.end(), [&profile](const ConnectionProfile &candidate) {
            return candidate.name.compare(profile.name, Qt::CaseInsensitive) == 0;
        });
        if (existing != all.end() && conflict == Conflict::Replace) {
            profile.id = existing->id; // its keychain entries are replaced too
            profile.name = existing->name;
            *existing = profile;
        } else {
            QStringList names;
            for (const ConnectionProfile &other : std::as_const(all))
                names.append(other.name);
            QString name = profile.name;
            for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n)
                name = u"%1 (%2)"_s.arg(profile.name).arg(n);
            profile.name = name;
            const bool idTaken = std::any_of(all.cbegin(), all.cend(),
                [&profile](const ConnectionProfile &other) { return other.id == profile.id; });
            if (profile.id.isEmpty() || idTaken)
                profile.id = ConnectionProfile::makeId();
            all.append(profile);
        }
        ids.append(profile.id);
        secrets.append({ profile.id, import.secrets.value(i) });
    }
    m_repository->replaceAll(all);
    for (const auto &[id, secret] : std::as_const(secrets)) {
        if (!secret.isEmpty()) // a file without passwords keeps those you have
            m_secrets->store(id, secret, this);
    }
    return ids;
}

QString ProfileTransfer::report(const ProfileImport &import, int count) const
{
    QString text = tr("%n connection(s) imported from %1.", nullptr, count).arg(ProfileJson::formatName(import.format));
    const bool anySecret = std::any_of(
        import.secrets.cbegin(), import.secrets.cend(), [](const ProfileSecrets &secret) { return !secret.isEmpty(); });
    if (anySecret)
        text += u' '
            + (m_secrets->availability() == SecretStore::Availability::SessionOnly
                    ? tr("No keychain is available: their passwords are kept for this session only.")
                    : tr("Their passwords went into the system keychain, not into Canopy's settings."));
    if (!import.unmapped.isEmpty())
        text += u"\n\n"_s + tr("Not imported, for want of an equivalent in Canopy:") + u"\n• "_s
            + import.unmapped.join(u"\n• "_s);
    return text;
}

void ProfileTransfer::exportFile(const QString &path, bool withSecrets)
{
    if (!withSecrets) {
        writeExport(path, nullptr);
        return;
    }
    const QList<ConnectionProfile> profiles = m_repository->profiles();
    auto secrets = std::make_shared<QList<ProfileSecrets>>(profiles.size());
    auto pending = std::make_shared<qsizetype>(profiles.size());
    if (profiles.isEmpty()) {
        writeExport(path, secrets.get());
        return;
    }
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        m_secrets->load(profiles.at(i).id, this, [this, path, secrets, pending, i](const ProfileSecrets &secret) {
            (*secrets)[i] = secret;
            if (--*pending == 0)
                writeExport(path, secrets.get());
        });
    }
}

void ProfileTransfer::writeExport(const QString &path, const QList<ProfileSecrets> *secrets)
{
    const QList<ConnectionProfile> profiles = m_repository->profiles();
    QSaveFile file(path);
    const QByteArray json = ProfileJson::exportProfiles(profiles, secrets);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        Q_EMIT exportFailed(tr("The connections could not be written to '%1' (%2).").arg(path, file.errorString()));
        return;
    }
    if (secrets)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); // clear-text passwords: the user's only
    Q_EMIT exported(secrets
            ? tr("%n connection(s) exported to %1, with their passwords in clear text: keep the "
                 "file private.",
                nullptr, int(profiles.size()))
                  .arg(path)
            : tr("%n connection(s) exported to %1, without passwords.", nullptr, int(profiles.size())).arg(path));
}
