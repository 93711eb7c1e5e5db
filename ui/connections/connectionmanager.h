// SPDX-License-Identifier: MIT
#pragma once

// The connection manager (Ctrl+N, and the first thing a user without profiles sees): the saved profiles on the
// left (new, duplicate, rename, delete, reorder, import, export), the selected one's form on the right, and Test
// connection, Save and Connect. Every field is checked before connecting, with the reason next to the field.
// Double-clicking a profile connects it. Passwords go to the OS keychain; the form says where they are kept.
//
// Switching to another profile keeps the edits of the one shown when they are valid, and otherwise stays on it
// with its problems shown, so that nothing typed is lost silently.

#include "profiles/connectionprofile.h"

#include <QDialog>
#include <QPointer>

class ConnectionTester;
class ProfileForm;
class ProfileListModel;
class ProfileRepository;
class ProfileTransfer;
class QLabel;
class QListView;
class QPushButton;
class SecretStore;

class ConnectionManager : public QDialog {
    Q_OBJECT
public:
    ConnectionManager(ProfileRepository *repository, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionManager() override;

    // Shows this profile's form (or a new, unsaved profile when id is empty or unknown).
    void selectProfile(const QString &id);
    QString currentId() const { return m_currentId; }
    ProfileForm *form() const { return m_form; }
    ProfileTransfer *transfer() const { return m_transfer; }
    // Checks the profile shown (with its files) and shows its problems; true when it may connect.
    bool checkCurrent();
    // A new, unsaved profile in the form (localhost:1883, a fresh client id).
    void newProfile();

    // The buttons' work, for the file dialogs they open and for tests.
    void importFile(const QString &path);
    void exportFile(const QString &path, bool withSecrets);
    // Closing keeps valid edits; edits with problems are discarded only when the user says so.
    void reject() override;

Q_SIGNALS:
    // The user asked to connect with the (saved) profile; the secrets are those of the form.
    void connectRequested(const ConnectionProfile &profile, const ProfileSecrets &secrets);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createList();
    void createButtons();
    // Saves the form into the repository (and the secrets into the keychain) when it is valid; shows its problems
    // otherwise. files: whether the TLS files must be usable already (connecting) or may come later (saving).
    bool commitForm(bool checkFiles);
    void onSelectionChanged();
    void deleteCurrent();
    void moveCurrent(int delta);
    void duplicateCurrent();
    void testConnection();
    void connectCurrent();
    void askExport();
    void updateKeychainNote();
    void updateButtons();
    void showMessage(const QString &objectName, const QString &title, const QString &text, bool warning);

    ProfileRepository *m_repository = nullptr;
    SecretStore *m_secrets = nullptr;
    ProfileListModel *m_model = nullptr;
    ProfileTransfer *m_transfer = nullptr;
    ConnectionTester *m_tester = nullptr;
    QListView *m_list = nullptr;
    ProfileForm *m_form = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_test = nullptr;
    QString m_currentId; // empty: a new profile not saved yet
    bool m_changingSelection = false;
};
