// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

class QProcess;

// A real MQTT 3.1.1-only broker for integration tests: aedes (Node.js), run from tests/support/aedes/server.js on a
// free 127.0.0.1 port, in memory, stopped by PID in stop() or the destructor (and by the kernel if the test dies).
// ./scripts/test installs aedes (npm ci into tests/support/aedes); when node or aedes is missing, start() fails
// with a sentence that says how to install them, so a test that needs aedes fails instead of skipping.
//
//     AedesFixture broker;
//     QVERIFY2(broker.start(), qPrintable(broker.errorString()));
//     options.connection.port = broker.port();
class AedesFixture {
public:
    AedesFixture();
    ~AedesFixture(); // stops the broker
    AedesFixture(const AedesFixture &) = delete;
    AedesFixture &operator=(const AedesFixture &) = delete;

    // Starts aedes and waits (up to 10 s) until it says it is ready; tries fresh ports if one was taken meanwhile.
    bool start();
    QString errorString() const { return m_error; }
    void stop(); // SIGTERM, then SIGKILL after 5 s
    bool isRunning() const;

    QString host() const { return m_host; } // "127.0.0.1"
    quint16 port() const { return m_port; }
    QString output() const; // what aedes printed so far, for failure messages

private:
    bool launch();

    std::unique_ptr<QProcess> m_process;
    QString m_error;
    QString m_host { QStringLiteral("127.0.0.1") };
    quint16 m_port { 0 };
    QByteArray m_output;
};
