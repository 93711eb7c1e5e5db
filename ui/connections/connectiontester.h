// SPDX-License-Identifier: MIT
#pragma once

// "Test connection": connects once with a profile's options, without reconnecting and without subscribing, and
// reports the core's own sentence: what the broker said, or why the connection failed (the same sentence a tab
// would show). Then disconnects cleanly.

#include "client/mqttclient.h"

#include <QObject>
#include <QPointer>

class QTimer;

class ConnectionTester : public QObject {
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const Mqtt::ClientOptions &options);
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

Q_SIGNALS:
    // success: the broker accepted the connection. sentence: the result in words (with the client's warnings, such
    // as TLS without verification), or the error sentence of the client.
    void finished(bool success, const QString &sentence);

private:
    void finish(bool success, const QString &sentence);

    QPointer<Mqtt::Client> m_client;
    QTimer *m_guard = nullptr;
    QString m_endpoint;
    QStringList m_warnings;
};
