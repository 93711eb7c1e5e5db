// SPDX-License-Identifier: MIT
#include "certificates.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Our own openssl configuration, so the result does not depend on the system's openssl.cnf defaults.
constexpr auto opensslConfig = R"(
[req]
distinguished_name = dn
prompt = no

[dn]
CN = canopy-test

[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[v3_server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[v3_wronghost]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:wrong-host.invalid
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[v3_client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
)";

constexpr int processTimeoutMs = 30000;

} // namespace

QString Certificates::file(const char *name) const
{
    return m_directory + u'/' + QLatin1StringView(name);
}

bool Certificates::runOpenSsl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_directory);
    process.start(m_openssl, arguments);
    if (!process.waitForStarted(processTimeoutMs)) {
        m_error = u"Could not start %1: %2."_s.arg(m_openssl, process.errorString());
        return false;
    }
    if (!process.waitForFinished(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = u"openssl %1 did not finish within %2 s."_s.arg(arguments.join(u' ')).arg(processTimeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"openssl %1 failed (exit code %2): %3"_s.arg(arguments.join(u' '))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool Certificates::makeKey(const QString &name)
{
    return runOpenSsl({ u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-out"_s,
        name + u".key"_s });
}

bool Certificates::makeCa(const QString &name, const QString &commonName)
{
    return makeKey(name)
        && runOpenSsl({ u"req"_s, u"-new"_s, u"-x509"_s, u"-config"_s, u"openssl.cnf"_s, u"-extensions"_s, u"v3_ca"_s,
            u"-key"_s, name + u".key"_s, u"-subj"_s, u"/O=Canopy tests/CN="_s + commonName, u"-sha256"_s, u"-days"_s,
            u"3650"_s, u"-out"_s, name + u".crt"_s });
}

bool Certificates::makeLeaf(const QString &name, const QString &commonName, const QString &extensions, int serial)
{
    return makeKey(name)
        && runOpenSsl({ u"req"_s, u"-new"_s, u"-config"_s, u"openssl.cnf"_s, u"-key"_s, name + u".key"_s, u"-subj"_s,
            u"/O=Canopy tests/CN="_s + commonName, u"-out"_s, name + u".csr"_s })
        && runOpenSsl({ u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
            u"ca.key"_s, u"-set_serial"_s, QString::number(serial), u"-sha256"_s, u"-days"_s, u"825"_s, u"-extfile"_s,
            u"openssl.cnf"_s, u"-extensions"_s, extensions, u"-out"_s, name + u".crt"_s });
}

bool Certificates::generate(const QString &directory)
{
    m_valid = false;
    m_error.clear();
    m_directory = QDir(directory).absolutePath();
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty()) {
        m_error = u"The openssl command-line tool was not found in PATH; install it to run the TLS tests."_s;
        return false;
    }
    QFile config(file("openssl.cnf"));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate) || config.write(opensslConfig) < 0) {
        m_error = u"Could not write %1: %2."_s.arg(config.fileName(), config.errorString());
        return false;
    }
    config.close();

    m_valid = makeCa(u"ca"_s, u"Canopy Test CA"_s) && makeCa(u"otherca"_s, u"Canopy Other Test CA"_s)
        && makeLeaf(u"server"_s, u"localhost"_s, u"v3_server"_s, 2)
        && makeLeaf(u"wronghost"_s, u"wrong-host.invalid"_s, u"v3_wronghost"_s, 3)
        && makeLeaf(u"client"_s, u"canopy-test-client"_s, u"v3_client"_s, 4);
    return m_valid;
}

const Certificates &Certificates::shared()
{
    static QMutex mutex;
    static std::unique_ptr<QTemporaryDir> directory;
    static Certificates certificates;
    QMutexLocker locker(&mutex);
    if (!directory) {
        directory = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/canopy-certs-XXXXXX"_s);
        if (!directory->isValid())
            certificates.m_error
                = u"Could not create a temporary directory for test certificates: %1."_s.arg(directory->errorString());
        else
            certificates.generate(directory->path());
    }
    return certificates;
}
