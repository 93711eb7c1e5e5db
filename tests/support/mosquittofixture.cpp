// SPDX-License-Identifier: MIT
#include "mosquittofixture.h"

#include "certificates.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QPasswordDigestor>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int readyTimeoutMs = 5000;
constexpr int stopTimeoutMs = 5000;
constexpr int startAttempts = 5;
constexpr qsizetype maxLogInError = 6000;

QString findTool(const QString &name, const char *environmentOverride)
{
    const QString overridden = qEnvironmentVariable(environmentOverride);
    if (!overridden.isEmpty())
        return overridden;
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty()) // mosquitto lives in sbin, which is not in every user's PATH
        found = QStandardPaths::findExecutable(name, { u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s });
    return found;
}

QByteArray configPath(const QString &path)
{
    return QFile::encodeName(QDir::toNativeSeparators(path));
}

} // namespace

MosquittoFixture::MosquittoFixture() = default;

MosquittoFixture::~MosquittoFixture()
{
    stop();
}

QString MosquittoFixture::errorString() const
{
    return m_error;
}

bool MosquittoFixture::isRunning() const
{
    // waitForFinished(0) reaps a broker that died on its own even when no event loop has run since.
    return m_process && m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(0);
}

qint64 MosquittoFixture::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString MosquittoFixture::caCertificateFile() const
{
    return Certificates::shared().caCertificateFile();
}

QString MosquittoFixture::otherCaCertificateFile() const
{
    return Certificates::shared().otherCaCertificateFile();
}

QString MosquittoFixture::clientCertificateFile() const
{
    return Certificates::shared().clientCertificateFile();
}

QString MosquittoFixture::clientKeyFile() const
{
    return Certificates::shared().clientKeyFile();
}

QString MosquittoFixture::configFile() const
{
    return m_directory ? m_directory->filePath(u"mosquitto.conf"_s) : QString();
}

QString MosquittoFixture::log() const
{
    return QString::fromLocal8Bit(logSince(0));
}

QByteArray MosquittoFixture::logSince(qint64 offset) const
{
    if (!m_directory)
        return {};
    QFile file(m_directory->filePath(u"mosquitto.log"_s));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.readAll();
}

bool MosquittoFixture::start()
{
    return start(Options {});
}

bool MosquittoFixture::start(const Options &options)
{
    stop();
    m_error.clear();
    m_options = options;
    m_port = m_tlsPort = m_tlsClientCertPort = m_tlsWrongHostPort = m_webSocketPort = m_passwordPort = 0;

    m_mosquitto = findTool(u"mosquitto"_s, "CANOPY_MOSQUITTO");
    if (m_mosquitto.isEmpty()) {
        m_error = u"The mosquitto broker was not found (looked in PATH and /usr/sbin); install it or set "
                  u"CANOPY_MOSQUITTO."_s;
        return false;
    }
    if (!prepareDirectory())
        return false;
    if (m_options.tls && !Certificates::shared().isValid()) {
        m_error = u"Could not create the test certificates: "_s + Certificates::shared().errorString();
        return false;
    }
    if (!m_options.users.isEmpty() && !writePasswordFile())
        return false;

    // A port found free can be taken by another test before mosquitto binds it: then try fresh ports.
    for (int attempt = 1; attempt <= startAttempts; ++attempt) {
        if (!allocatePorts() || !writeConfig())
            return false;
        if (launch())
            return true;
        if (!logSaysAddressInUse())
            return false;
    }
    m_error
        = u"mosquitto could not bind its ports in %1 attempts (another process kept taking them). "_s.arg(startAttempts)
        + m_error;
    return false;
}

bool MosquittoFixture::restart()
{
    if (!m_directory || m_port == 0) {
        m_error = u"restart() needs a broker that was started before."_s;
        return false;
    }
    stop();
    m_error.clear();
    return launch();
}

void MosquittoFixture::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process->processId()), SIGCONT); // a paused broker must run to take SIGTERM
    m_process->terminate();
    if (!m_process->waitForFinished(stopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(stopTimeoutMs);
    }
}

bool MosquittoFixture::savePersistence(int timeoutMs)
{
    if (!m_options.persistence || !isRunning()) {
        m_error = u"savePersistence() needs a running broker started with persistence."_s;
        return false;
    }
    // mosquitto writes mosquitto.db.new and renames it over mosquitto.db: the file's inode changes once it is done.
    const QByteArray database = QFile::encodeName(m_directory->filePath(u"mosquitto.db"_s));
    const auto inode = [&database]() -> quint64 {
        struct stat status { };
        return ::stat(database.constData(), &status) == 0 ? quint64(status.st_ino) : 0;
    };
    const quint64 before = inode();
    ::kill(pid_t(m_process->processId()), SIGUSR1);
    const QDeadlineTimer deadline(timeoutMs);
    while (inode() == before || inode() == 0) {
        if (deadline.hasExpired()) {
            failWithLog(u"mosquitto did not save its persistence database within %1 ms."_s.arg(timeoutMs));
            return false;
        }
        if (m_process->waitForFinished(5)) {
            failWithLog(u"mosquitto exited while saving its persistence database."_s);
            return false;
        }
    }
    return true;
}

bool MosquittoFixture::pause()
{
    return isRunning() && ::kill(pid_t(m_process->processId()), SIGSTOP) == 0;
}

bool MosquittoFixture::resume()
{
    return isRunning() && ::kill(pid_t(m_process->processId()), SIGCONT) == 0;
}

void MosquittoFixture::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(stopTimeoutMs);
}

bool MosquittoFixture::prepareDirectory()
{
    if (!m_directory) {
        m_directory = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/canopy-mosquitto-XXXXXX"_s);
        if (!m_directory->isValid()) {
            m_error = u"Could not create a temporary directory for mosquitto: %1."_s.arg(m_directory->errorString());
            m_directory.reset();
            return false;
        }
    }
    // A new start() is a new broker: forget what an earlier run of this fixture persisted.
    QFile::remove(m_directory->filePath(u"mosquitto.db"_s));
    return true;
}

bool MosquittoFixture::writePasswordFile()
{
    // mosquitto 2.0's "$7$" format: PBKDF2-HMAC-SHA512 with a 12-byte salt, written here rather than by
    // mosquitto_passwd so that no password appears on a command line and passwords may contain ':'.
    constexpr int iterations = 101;
    const QString path = m_directory->filePath(u"passwords"_s);
    QByteArray contents;
    for (const User &user : std::as_const(m_options.users)) {
        if (user.name.isEmpty() || user.name.contains(u':') || user.name.contains(u'\n')
            || user.password.contains(u'\n')) {
            m_error = u"The user name \"%1\" or its password cannot be stored in a mosquitto password file."_s.arg(
                user.name);
            return false;
        }
        QByteArray salt(12, Qt::Uninitialized);
        for (char &byte : salt)
            byte = char(QRandomGenerator::global()->bounded(256));
        const QByteArray hash = QPasswordDigestor::deriveKeyPbkdf2(
            QCryptographicHash::Sha512, user.password.toUtf8(), salt, iterations, 64);
        contents += user.name.toUtf8() + ":$7$" + QByteArray::number(iterations) + '$' + salt.toBase64() + '$'
            + hash.toBase64() + '\n';
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        m_error = u"Could not write the mosquitto password file %1: %2."_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool MosquittoFixture::allocatePorts()
{
    // Hold every probe socket open until all are chosen, so the ports are distinct.
    std::vector<std::unique_ptr<QTcpServer>> probes;
    auto next = [&]() -> quint16 {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            m_error = u"Could not find a free TCP port on 127.0.0.1: %1."_s.arg(server->errorString());
            return 0;
        }
        const quint16 port = server->serverPort();
        probes.push_back(std::move(server));
        return port;
    };
    m_port = next();
    if (m_options.tls) {
        m_tlsPort = next();
        m_tlsClientCertPort = next();
        m_tlsWrongHostPort = next();
    }
    if (m_options.websocket)
        m_webSocketPort = next();
    if (!m_options.users.isEmpty())
        m_passwordPort = next();
    for (const auto &probe : probes) {
        if (probe->serverPort() == 0)
            return false;
    }
    return m_port != 0 && (!m_options.tls || (m_tlsPort && m_tlsClientCertPort && m_tlsWrongHostPort))
        && (!m_options.websocket || m_webSocketPort) && (m_options.users.isEmpty() || m_passwordPort);
}

bool MosquittoFixture::writeConfig()
{
    const QByteArray directory = configPath(m_directory->path());
    QByteArray config;
    config += "# Written by Canopy's MosquittoFixture for one test run.\n"
              "per_listener_settings true\n"
              "log_dest stderr\n" // redirected to mosquitto.log by the fixture
              "log_type error\nlog_type warning\nlog_type notice\nlog_type information\n"
              "log_timestamp_format %H:%M:%S\n"
              "connection_messages true\n"
              "set_tcp_nodelay true\n"
              "max_queued_messages "
        + QByteArray::number(m_options.maxQueuedMessages) + '\n';
    if (::geteuid() == 0) // keep root, which owns the temporary files, instead of switching to user "mosquitto"
        config += "user root\n";
    if (m_options.persistence) {
        // No autosave: the database is written only on SIGTERM and by savePersistence(), so what kill() keeps is
        // deterministic (an autosave races with SIGKILL: mosquitto acknowledges before it saves).
        config += "persistence true\npersistence_location " + directory + "/\nautosave_interval 0\n";
    }
    if (!m_options.extraConfig.isEmpty())
        config += "\n# extraConfig\n" + m_options.extraConfig + '\n';

    auto listener = [&](quint16 port) { config += "\nlistener " + QByteArray::number(port) + " 127.0.0.1\n"; };
    listener(m_port);
    config += "allow_anonymous true\n";

    if (m_options.tls) {
        const Certificates &certificates = Certificates::shared();
        auto tlsListener = [&](quint16 port, const QString &certificate, const QString &key, bool requireClient) {
            listener(port);
            config += "allow_anonymous true\n"
                      "cafile "
                + configPath(certificates.caCertificateFile()) + "\ncertfile " + configPath(certificate) + "\nkeyfile "
                + configPath(key) + "\nrequire_certificate " + (requireClient ? "true" : "false") + '\n';
        };
        tlsListener(m_tlsPort, certificates.serverCertificateFile(), certificates.serverKeyFile(), false);
        tlsListener(m_tlsClientCertPort, certificates.serverCertificateFile(), certificates.serverKeyFile(), true);
        tlsListener(
            m_tlsWrongHostPort, certificates.wrongHostCertificateFile(), certificates.wrongHostKeyFile(), false);
    }
    if (m_options.websocket) {
        listener(m_webSocketPort);
        // Without socket_domain, mosquitto 2.0.11 ignores the bind address of a websockets listener.
        config += "protocol websockets\nsocket_domain ipv4\nallow_anonymous true\n";
    }
    if (!m_options.users.isEmpty()) {
        listener(m_passwordPort);
        config += "allow_anonymous false\npassword_file " + configPath(m_directory->filePath(u"passwords"_s)) + '\n';
        if (!m_options.passwordAcl.isEmpty()) {
            const QString aclPath = m_directory->filePath(u"acl"_s);
            QFile acl(aclPath);
            if (!acl.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || acl.write(m_options.passwordAcl + '\n') != m_options.passwordAcl.size() + 1) {
                m_error = u"Could not write %1: %2."_s.arg(aclPath, acl.errorString());
                return false;
            }
            config += "acl_file " + configPath(aclPath) + '\n';
        }
    }

    QFile file(configFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config) != config.size()) {
        m_error = u"Could not write %1: %2."_s.arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void MosquittoFixture::appendLogMarker(const QByteArray &line)
{
    QFile file(m_directory->filePath(u"mosquitto.log"_s));
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write("---- " + line + " ----\n");
}

bool MosquittoFixture::launch()
{
    const QString logPath = m_directory->filePath(u"mosquitto.log"_s);
    m_logOffset = QFileInfo(logPath).size();
    appendLogMarker("MosquittoFixture: starting " + QFile::encodeName(m_mosquitto));

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_mosquitto);
    m_process->setArguments({ u"-c"_s, configFile() });
    m_process->setWorkingDirectory(m_directory->path());
    // No pipe: a full pipe would block mosquitto when the test does not run its event loop.
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // If the test process dies (crash, ctest timeout), the kernel kills the broker instead of leaving it behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process->start();
    if (!m_process->waitForStarted(readyTimeoutMs)) {
        failWithLog(u"Could not start %1: %2."_s.arg(m_mosquitto, m_process->errorString()));
        return false;
    }
    if (!waitUntilReady()) {
        kill();
        return false;
    }
    return true;
}

bool MosquittoFixture::waitUntilReady()
{
    const QDeadlineTimer deadline(readyTimeoutMs);
    const quint16 ports[]
        = { m_port, m_tlsPort, m_tlsClientCertPort, m_tlsWrongHostPort, m_webSocketPort, m_passwordPort };
    for (const quint16 port : ports) {
        if (port == 0)
            continue;
        for (;;) {
            if (m_process->state() == QProcess::NotRunning) {
                failWithLog(u"mosquitto exited during start-up (exit code %1)."_s.arg(m_process->exitCode()));
                return false;
            }
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(int(qBound(qint64(1), deadline.remainingTime(), qint64(250))))) {
                probe.abort();
                break;
            }
            if (deadline.hasExpired()) {
                failWithLog(u"mosquitto did not accept connections on 127.0.0.1:%1 within %2 s."_s.arg(port).arg(
                    readyTimeoutMs / 1000));
                return false;
            }
            // Wait a little before the next try, returning at once if mosquitto exits.
            if (m_process->waitForFinished(20)) {
                failWithLog(u"mosquitto exited during start-up (exit code %1)."_s.arg(m_process->exitCode()));
                return false;
            }
        }
    }
    return true;
}

bool MosquittoFixture::logSaysAddressInUse() const
{
    const QByteArray output = logSince(m_logOffset);
    // libwebsockets reports a taken port only as a failure to create the listener.
    return output.contains("Address already in use") || output.contains("Unable to create websockets listener");
}

void MosquittoFixture::failWithLog(const QString &reason)
{
    QString output = QString::fromLocal8Bit(logSince(m_logOffset)).trimmed();
    if (output.size() > maxLogInError)
        output = u"..."_s + output.right(maxLogInError);
    m_error = reason + u"\nmosquitto log (%1):\n"_s.arg(m_directory->filePath(u"mosquitto.log"_s)) + output;
}
