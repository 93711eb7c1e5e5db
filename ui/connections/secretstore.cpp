// SPDX-License-Identifier: MIT
#include "connections/secretstore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "canopy.secrets", QtWarningMsg)

namespace {
// Calls its function once, whichever of the job and the timeout comes first.
struct Once {
    bool done = false;
};

bool keychainFailed(QKeychain::Error error)
{
    return error != QKeychain::NoError && error != QKeychain::EntryNotFound;
}
} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::entryKey(const QString &profileId, Kind kind)
{
    return profileId + (kind == Kind::Password ? u"/password"_s : u"/keyPassphrase"_s);
}

void SecretStore::setAvailability(Availability availability, const QString &reason)
{
    if (availability == m_availability && reason == m_reason)
        return;
    m_availability = availability;
    m_reason = reason;
    // The reason is the keychain's error text, never a secret.
    if (availability == Availability::SessionOnly)
        qCInfo(lcSecrets) << "no keychain:" << reason;
    Q_EMIT availabilityChanged(availability);
}

void SecretStore::watch(QKeychain::Job *job, std::function<void()> onTimeout)
{
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, std::move(onTimeout));
    timer->start(m_timeoutMs);
}

void SecretStore::readEntry(const QString &key, std::function<void(bool ok, const QString &value)> done)
{
    // Jobs have no parent: the keychain's asynchronous answer must find its job alive even when this store is gone
    // (libsecret calls back into it); autoDelete deletes it after it finished.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    auto once = std::make_shared<Once>();
    connect(job, &QKeychain::Job::finished, this, [this, done, once](QKeychain::Job *finished) {
        if (std::exchange(once->done, true))
            return;
        if (keychainFailed(finished->error())) {
            setAvailability(Availability::SessionOnly, finished->errorString());
            done(false, {});
            return;
        }
        setAvailability(Availability::Keychain);
        done(true,
            finished->error() == QKeychain::EntryNotFound
                ? QString()
                : static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
    watch(job, [this, done, once] {
        if (std::exchange(once->done, true))
            return;
        setAvailability(Availability::SessionOnly, tr("the keychain did not answer in time"));
        done(false, {});
    });
    job->start();
}

void SecretStore::writeEntry(const QString &key, const QString &value, std::function<void(bool ok)> done)
{
    QKeychain::Job *job = nullptr;
    if (value.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(m_service); // no parent: see readEntry()
        remove->setKey(key);
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_service); // no parent: see readEntry()
        write->setKey(key);
        write->setTextData(value);
        job = write;
    }
    job->setAutoDelete(true);
    auto once = std::make_shared<Once>();
    connect(job, &QKeychain::Job::finished, this, [this, done, once](QKeychain::Job *finished) {
        if (std::exchange(once->done, true))
            return;
        if (keychainFailed(finished->error())) {
            setAvailability(Availability::SessionOnly, finished->errorString());
            done(false);
            return;
        }
        setAvailability(Availability::Keychain);
        done(true);
    });
    watch(job, [this, done, once] {
        if (std::exchange(once->done, true))
            return;
        setAvailability(Availability::SessionOnly, tr("the keychain did not answer in time"));
        done(false);
    });
    job->start();
}

void SecretStore::probe()
{
    if (m_availability != Availability::Unknown || m_probing)
        return;
    m_probing = true;
    readEntry(u"probe/none"_s, [this](bool, const QString &) { m_probing = false; });
}

void SecretStore::store(
    const QString &profileId, const ProfileSecrets &secrets, QObject *context, std::function<void(bool)> done)
{
    // Known to this session at once: connecting right after saving does not wait for the keychain.
    m_session.insert(profileId, secrets);
    QPointer<QObject> guard(context);
    auto pending = std::make_shared<int>(2);
    auto allInKeychain = std::make_shared<bool>(true);
    auto finish = [guard, done, pending, allInKeychain](bool ok) {
        *allInKeychain = *allInKeychain && ok;
        if (--*pending == 0 && guard && done)
            done(*allInKeychain);
    };
    writeEntry(entryKey(profileId, Kind::Password), secrets.password, finish);
    writeEntry(entryKey(profileId, Kind::KeyPassphrase), secrets.keyPassphrase, finish);
}

void SecretStore::load(const QString &profileId, QObject *context, std::function<void(const ProfileSecrets &)> done)
{
    QPointer<QObject> guard(context);
    if (m_session.contains(profileId) || m_availability == Availability::SessionOnly) {
        // Asynchronous like the keychain, so that callers see one behaviour.
        const ProfileSecrets secrets = m_session.value(profileId);
        QTimer::singleShot(0, this, [guard, done, secrets] {
            if (guard)
                done(secrets);
        });
        return;
    }
    auto secrets = std::make_shared<ProfileSecrets>();
    auto pending = std::make_shared<int>(2);
    auto finish = [this, profileId, guard, done, secrets, pending] {
        if (--*pending > 0)
            return;
        if (m_availability == Availability::Keychain)
            m_session.insert(profileId, *secrets);
        if (guard)
            done(*secrets);
    };
    readEntry(entryKey(profileId, Kind::Password), [secrets, finish](bool, const QString &value) {
        secrets->password = value;
        finish();
    });
    readEntry(entryKey(profileId, Kind::KeyPassphrase), [secrets, finish](bool, const QString &value) {
        secrets->keyPassphrase = value;
        finish();
    });
}

void SecretStore::remove(const QString &profileId)
{
    m_session.remove(profileId);
    writeEntry(entryKey(profileId, Kind::Password), {}, [](bool) {});
    writeEntry(entryKey(profileId, Kind::KeyPassphrase), {}, [](bool) {});
}
