// SPDX-License-Identifier: MIT
#pragma once

// One connection's state in one line of plain text, for a status bar: "Connecting to …", "Connected to …" (with
// the version when the broker made the client fall back to 3.1.1), the last error, and while the connection waits
// to reconnect a countdown: "… Reconnecting in 8 seconds (attempt 4)…". The owner feeds it what the connection reports.

#include "client/mqttclient.h"

#include <QDeadlineTimer>
#include <QLabel>

class QTimer;

class ConnectionStatus : public QLabel {
    Q_OBJECT
public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    // A new connection to endpoint (as the user knows it, e.g. "mqtt://host:1883") starts: forgets the error, the
    // fallback and the countdown of the previous one.
    void startConnection(const QString &endpoint);
    void setState(Mqtt::Client::State state);
    void setError(const QString &sentence); // shown until the broker accepts a connection again
    QString error() const { return m_error; }
    void setFallback(const QString &sentence); // the client connects again with 3.1.1
    void setConnectedVersion(Mqtt::ProtocolVersion version);
    void setReconnect(int attempt, qint64 msUntil);
    // Shows text until the connection's next change.
    void showNote(const QString &text);

private:
    void refresh();

    QTimer *m_countdownTimer = nullptr;
    Mqtt::Client::State m_state = Mqtt::Client::State::Disconnected;
    QString m_endpoint;
    QString m_error;
    QString m_fallbackNote; // why the client connects again with 3.1.1, shown until a connection is accepted
    bool m_fellBack = false; // this connection fell back to 3.1.1 at some point
    Mqtt::ProtocolVersion m_version = Mqtt::ProtocolVersion::V5;
    int m_reconnectAttempt = 0; // 0: no countdown
    QDeadlineTimer m_reconnectAt;
};
