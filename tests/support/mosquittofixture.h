// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

// A real mosquitto broker for integration tests, private to one test: its own temporary directory, free ports on
// 127.0.0.1 only, and stopped (by PID, never by name) in stop() or the destructor. If the test process dies, the
// kernel kills the broker too (Linux parent-death signal).
//
//     MosquittoFixture broker;
//     QVERIFY2(broker.start({ .tls = true }), qPrintable(broker.errorString()));
//     client.connectToHost(broker.host(), broker.tlsPort());
//
// Defaults chosen for tests: unlimited queued messages (mosquitto's default of 1000 silently drops QoS 0 messages
// to a lagging subscriber), TCP_NODELAY, and every listener bound to 127.0.0.1.
class MosquittoFixture {
public:
    struct User {
        QString name;
        QString password;
    };
    struct Options {
        bool tls = false; // adds tlsPort (client certificate optional), tlsClientCertPort (required), tlsWrongHostPort
        bool websocket = false; // adds webSocketPort (ws://127.0.0.1:port/, any path)
        QList<User> users; // non-empty adds passwordPort (these users only, anonymous refused)
        // With users: the access control list of passwordPort, in mosquitto's acl_file syntax ("user alice\ntopic
        // readwrite allowed/#"); empty: every user may publish and subscribe to everything.
        QByteArray passwordAcl;
        bool persistence = false; // in the temporary directory; saved on stop() and savePersistence() only
        int maxQueuedMessages = 0; // 0 = unlimited
        QByteArray extraConfig; // appended verbatim to the global part of mosquitto.conf
    };

    MosquittoFixture();
    ~MosquittoFixture(); // stops the broker
    MosquittoFixture(const MosquittoFixture &) = delete;
    MosquittoFixture &operator=(const MosquittoFixture &) = delete;

    // Writes the configuration, starts mosquitto and waits (up to 5 s) until every listener accepts connections.
    // Picks new free ports and retries if another process took one in the meantime.
    bool start(const Options &options);
    bool start(); // default Options (a C++ rule forbids "= {}" for a nested struct with member initializers)
    QString errorString() const;
    void stop(); // graceful (SIGTERM; mosquitto saves persistence), waits; SIGKILL after 5 s
    void kill(); // SIGKILL: abnormal death; persistence keeps only what the last savePersistence() wrote
    // With persistence: makes mosquitto write its database now (SIGUSR1) and waits until the file is replaced.
    // Call it before kill() when the test needs the state so far (sessions, queues, retained) to survive.
    bool savePersistence(int timeoutMs = 5000);
    // A broker that stops answering (SIGSTOP): connections stay open, the kernel takes what clients write, nothing
    // is read or acknowledged until resume() (SIGCONT). kill() and stop() work on a paused broker too.
    bool pause();
    bool resume();
    bool restart(); // same configuration and ports (and, with persistence, the same database)
    bool isRunning() const;
    qint64 pid() const; // 0 when not running

    QString host() const { return m_host; } // "127.0.0.1"
    quint16 port() const { return m_port; } // plain MQTT, anonymous allowed
    quint16 tlsPort() const { return m_tlsPort; }
    quint16 tlsClientCertPort() const { return m_tlsClientCertPort; }
    quint16 tlsWrongHostPort() const { return m_tlsWrongHostPort; }
    quint16 webSocketPort() const { return m_webSocketPort; }
    quint16 passwordPort() const { return m_passwordPort; }

    QString caCertificateFile() const; // the CA that signed the server certificates and the client certificate
    QString otherCaCertificateFile() const; // an unrelated CA
    QString clientCertificateFile() const;
    QString clientKeyFile() const;

    QString configFile() const; // mosquitto.conf as written, for diagnosis
    QString log() const; // everything mosquitto wrote so far (all runs of this fixture), for failure messages

private:
    bool prepareDirectory();
    bool writePasswordFile();
    bool allocatePorts();
    bool writeConfig();
    bool launch(); // starts the process on the configured ports and waits until ready
    bool waitUntilReady();
    bool logSaysAddressInUse() const;
    QByteArray logSince(qint64 offset) const;
    void appendLogMarker(const QByteArray &line);
    void failWithLog(const QString &reason);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<QProcess> m_process;
    QString m_mosquitto;
    QString m_error;
    QString m_host { QStringLiteral("127.0.0.1") };
    qint64 m_logOffset { 0 }; // where the current run's output starts in the log file
    quint16 m_port { 0 };
    quint16 m_tlsPort { 0 };
    quint16 m_tlsClientCertPort { 0 };
    quint16 m_tlsWrongHostPort { 0 };
    quint16 m_webSocketPort { 0 };
    quint16 m_passwordPort { 0 };
};
