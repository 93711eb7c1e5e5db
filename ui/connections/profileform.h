// SPDX-License-Identifier: MIT
#pragma once

// The form of one profile, in pages: Connection (name, host or URL, port, transport, WebSocket path, MQTT version,
// client id, user name, password), Session (clean start, session expiry, keep-alive, timeout, reconnecting), TLS
// (CA file or the system's CAs, client certificate and key, passphrase, server name, ALPN, skipping verification,
// which is warned about), Last will (with its MQTT 5 properties) and Subscriptions. Every field has its own error
// line under it; showProblems() fills them and brings the first page with a problem to the front.

#include "profiles/connectionprofile.h"
#include "profiles/profilevalidation.h"

#include <QHash>
#include <QWidget>

class FieldError;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class WillEditor;

class ProfileForm : public QWidget {
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile, const ProfileSecrets &secrets);
    // The secrets arrive later than the profile (the keychain answers asynchronously); fields the user has typed
    // into since setProfile() are left alone.
    void setSecrets(const ProfileSecrets &secrets);
    ConnectionProfile profile() const;
    ProfileSecrets secrets() const;
    // Problems of fields whose text is not even a value (a session expiry that is not a number).
    QList<ProfileProblem> inputProblems() const;

    void showProblems(const QList<ProfileProblem> &problems);
    void clearProblems();
    // Under the password: where it is kept (the keychain, or this session only and why).
    void setKeychainNote(const QString &text, bool warning);
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

Q_SIGNALS:
    void edited();

private:
    QWidget *createConnectionPage();
    QWidget *createSessionPage();
    QWidget *createTlsPage();
    QWidget *createWillPage();
    QWidget *createSubscriptionsPage();
    // Adds the field with its error line under it.
    FieldError *addField(QFormLayout *form, const QString &label, QWidget *field, ProfileField which, int page);
    QLineEdit *addPathField(QFormLayout *form, const QString &label, const QString &objectName, ProfileField which,
        int page, const QString &fileFilter);
    void onTransportChanged();
    void onHostEdited();
    void updateEnabledParts();
    void showSubscriptions();
    void editSubscription(int row);
    void markEdited();

    QTabWidget *m_pages = nullptr;
    QHash<ProfileField, FieldError *> m_errors;
    QHash<ProfileField, int> m_pageOf;

    // Connection
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_webSocketPath = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_clientId = nullptr;
    QCheckBox *m_randomSuffix = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_keychainNote = nullptr;
    // Session
    QCheckBox *m_cleanStart = nullptr;
    QLineEdit *m_sessionExpiry = nullptr;
    QSpinBox *m_keepAlive = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QCheckBox *m_autoReconnect = nullptr;
    // TLS
    QWidget *m_tlsPage = nullptr;
    QLabel *m_tlsNote = nullptr;
    QRadioButton *m_systemCas = nullptr;
    QRadioButton *m_caFileChoice = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_serverName = nullptr;
    QLineEdit *m_alpn = nullptr;
    QCheckBox *m_skipVerification = nullptr;
    QLabel *m_skipWarning = nullptr;
    // Last will
    WillEditor *m_will = nullptr;
    // Subscriptions
    QTableWidget *m_subscriptionTable = nullptr;
    QList<ProfileSubscription> m_subscriptions;

    QString m_id; // of the profile shown
    bool m_passwordEdited = false;
    bool m_passphraseEdited = false;
    bool m_filling = false; // setProfile() is writing the fields
    bool m_modified = false;
    int m_previousTransport = 0;
};
