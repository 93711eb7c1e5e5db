// SPDX-License-Identifier: MIT
#pragma once

// The secrets of the profiles (password, client key passphrase) in the OS keychain through QtKeychain: the Secret
// Service (GNOME Keyring, KWallet) on Linux, the Keychain on macOS, the Credential Store on Windows. Nothing here
// writes a secret anywhere else: not the settings file, not the log.
//
// When no keychain answers (no Secret Service on the session bus, a locked or refused keychain), the secrets are
// kept in this process's memory for the session only, and availability() says so, so that the connection manager
// can tell the user. Every call is asynchronous; the callback runs in this object's thread, and not at all once its
// context object is gone.

#include "profiles/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Availability { Unknown, Keychain, SessionOnly };
    Q_ENUM(Availability)

    // service: the name the entries are filed under in the keychain.
    explicit SecretStore(const QString &service = QStringLiteral("org.canopy.Canopy"), QObject *parent = nullptr);
    ~SecretStore() override;

    Availability availability() const { return m_availability; }
    // Why there is no keychain (the keychain's own words), while SessionOnly.
    QString unavailableReason() const { return m_reason; }
    // Asks the keychain once whether it answers (reading an entry that does not exist); availabilityChanged()
    // follows unless it is known already.
    void probe();

    // Saves the secrets of a profile (an empty secret removes its entry). done(inKeychain) says where they went.
    void store(const QString &profileId, const ProfileSecrets &secrets, QObject *context,
        std::function<void(bool inKeychain)> done = {});
    void load(const QString &profileId, QObject *context, std::function<void(const ProfileSecrets &)> done);
    void remove(const QString &profileId);

    // How long a keychain may take to answer before it counts as unavailable for that request.
    void setTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void availabilityChanged(SecretStore::Availability availability);

private:
    enum class Kind { Password, KeyPassphrase };
    static QString entryKey(const QString &profileId, Kind kind);
    void setAvailability(Availability availability, const QString &reason = {});
    // One keychain operation on one entry; done(ok, value) with ok false when the keychain failed.
    void readEntry(const QString &key, std::function<void(bool ok, const QString &value)> done);
    void writeEntry(const QString &key, const QString &value, std::function<void(bool ok)> done);
    void watch(QKeychain::Job *job, std::function<void()> onTimeout);

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    bool m_probing = false;
    int m_timeoutMs = 15000;
    // What this session knows: everything stored or loaded, and all there is without a keychain.
    QHash<QString, ProfileSecrets> m_session;
};
