// SPDX-License-Identifier: MIT
#pragma once

// The connection toolbar: the broker URL and the Connect/Disconnect button. It turns the URL into client options
// (MQTT 5 else 3.1.1, a random client id, automatic reconnection) with the credentials of the URL given to
// setBrokerUrl(), which are never shown.

#include "client/mqttclient.h"

#include <QToolBar>
#include <QUrl>

#include <optional>

class QLineEdit;
class QPushButton;

class ConnectionBar : public QToolBar {
    Q_OBJECT
public:
    // What the bar holds for one connection: the URL as typed, and the credentials kept from setBrokerUrl(). A window
    // with one bar and several connections keeps one entry per connection and puts it back when its tab comes up.
    struct Entry {
        QString text;
        QString host;
        QString userName;
        std::optional<QByteArray> password;
    };

    explicit ConnectionBar(QWidget *parent = nullptr);

    void setBrokerUrl(const QUrl &url);
    QUrl brokerUrl() const;
    Entry entry() const;
    void setEntry(const Entry &entry);
    // Puts the cursor in the URL field (a new, empty tab).
    void focusUrl();
    // Options for the URL in the field; nothing, with one sentence in *error, when it cannot be used.
    std::optional<Mqtt::ClientOptions> clientOptions(QString *error) const;
    // The button connects when disconnected and disconnects otherwise.
    void setState(Mqtt::Client::State state);

Q_SIGNALS:
    void connectRequested();
    void disconnectRequested();

private:
    QLineEdit *m_urlEdit = nullptr;
    QPushButton *m_button = nullptr;
    Mqtt::Client::State m_state = Mqtt::Client::State::Disconnected;
    // Credentials from setBrokerUrl(), used when connecting to that same host.
    QString m_urlHost;
    QString m_urlUserName;
    std::optional<QByteArray> m_urlPassword;
};
