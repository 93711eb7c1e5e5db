// SPDX-License-Identifier: MIT
#pragma once

// What the window knows about saved profiles: the repository (settings file), the secret store (keychain), the
// connection manager (made on first use), and opening a profile in a tab: its secrets are read from the keychain,
// it is checked field by field (a profile with problems opens the manager on them instead), and the tab connects
// with the profile's options and subscriptions. It also remembers the open tabs for the next start, when the user
// asks for it (ProfileRepository::restoreTabs()).

#include "profiles/connectionprofile.h"

#include <QObject>
#include <QPointer>

class ConnectionManager;
class ConnectionTab;
class MainWindow;
class ProfileRepository;
class SecretStore;

class ProfileLauncher : public QObject {
    Q_OBJECT
public:
    // Loads the profiles from the settings file (ProfileSettings::defaultFilePath()).
    explicit ProfileLauncher(MainWindow *window);
    ~ProfileLauncher() override;

    ProfileRepository *repository() const { return m_repository; }
    SecretStore *secrets() const { return m_secrets; }
    // The settings file's warnings at start (values it could not use).
    QStringList loadWarnings() const;

    ConnectionManager *manager();
    bool isManagerOpen() const;
    // Opens the manager on that profile (or on the first one, or on a new one when there are none).
    void showManager(const QString &profileId = {});

    // Opens the profile (by id, or by name ignoring case) in a tab: the current one when it has never connected,
    // else a new one. False when there is no such profile. Profiles opened one after the other get their tabs in
    // that order (each waits for the keychain, then for the one before).
    // toFront: the tab becomes the current one (otherwise it opens behind the current one).
    bool openProfile(const QString &idOrName, bool toFront = true);
    // Connects a tab with this profile and these secrets now, in the arrangement of docks it had last time.
    ConnectionTab *connectProfile(const ConnectionProfile &profile, const ProfileSecrets &secrets, bool toFront = true);

    // The open tabs' profiles, in order, saved when the window closes (with each tab's layout); reopened by
    // restoreSession() when the user asked for it, the first one in front. Returns how many were reopened.
    void saveSession();
    void saveLayout(ConnectionTab *tab);
    int restoreSession();

Q_SIGNALS:
    // A profile could not be opened as it is; the manager shows why.
    void profileHasProblems(const QString &profileId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ConnectionTab *tabForNewConnection();
    void openNext();

    MainWindow *m_window = nullptr;
    ProfileRepository *m_repository = nullptr;
    SecretStore *m_secrets = nullptr;
    QPointer<ConnectionManager> m_manager;
    struct ToOpen {
        QString id;
        bool toFront = true;
    };
    QList<ToOpen> m_toOpen; // profiles waiting for their turn
    bool m_opening = false;
};
