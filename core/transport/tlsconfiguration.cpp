// SPDX-License-Identifier: MIT
#include "transport/tlsconfiguration.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Mqtt::Tls {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Mqtt::Transport)
};

enum class FileKind { Ca, ClientCertificate, ClientKey };

QString kindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Ca:
        return Text::tr("CA certificate file");
    case FileKind::ClientCertificate:
        return Text::tr("client certificate file");
    case FileKind::ClientKey:
        return Text::tr("client key file");
    }
    return {};
}

std::optional<QByteArray> readFile(const QString &path, FileKind kind, QString *errorMessage)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *errorMessage = Text::tr("The %1 '%2' does not exist: check the path.").arg(kindName(kind), path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *errorMessage = Text::tr("The %1 '%2' is a folder, not a file: choose the file.").arg(kindName(kind), path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = Text::tr("The %1 '%2' cannot be read (%3): check its permissions.")
                            .arg(kindName(kind), path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QList<QSslCertificate>> loadCertificates(const QString &path, FileKind kind, QString *errorMessage)
{
    const auto data = readFile(path, kind, errorMessage);
    if (!data)
        return std::nullopt;
    QList<QSslCertificate> certificates = QSslCertificate::fromData(*data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(*data, QSsl::Der);
    if (certificates.isEmpty()) {
        *errorMessage
            = Text::tr("The %1 '%2' contains no PEM certificate: choose a certificate file.").arg(kindName(kind), path);
        return std::nullopt;
    }
    return certificates;
}

std::optional<QSslKey> loadKey(const QString &path, const QByteArray &passphrase, QString *errorMessage)
{
    const auto data = readFile(path, FileKind::ClientKey, errorMessage);
    if (!data)
        return std::nullopt;
    const bool encrypted = data->contains("ENCRYPTED");
    if (encrypted && passphrase.isEmpty()) {
        *errorMessage
            = Text::tr("The client key file '%1' is protected by a passphrase: enter the passphrase.").arg(path);
        return std::nullopt;
    }
    for (const auto algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        QSslKey key(*data, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    if (encrypted)
        *errorMessage = Text::tr("The client key file '%1' could not be decrypted: check the passphrase.").arg(path);
    else
        *errorMessage
            = Text::tr("The client key file '%1' contains no PEM private key (RSA or EC): choose the key file "
                       "that belongs to the client certificate.")
                  .arg(path);
    return std::nullopt;
}

} // namespace

std::optional<QSslConfiguration> makeConfiguration(const TlsOptions &tls, QString *errorMessage)
{
    QString error;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(tls.insecure ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);

    if (!tls.caCertificateFile.isEmpty()) {
        const auto certificates = loadCertificates(tls.caCertificateFile, FileKind::Ca, &error);
        if (!certificates) {
            *errorMessage = error;
            return std::nullopt;
        }
        configuration.setCaCertificates(*certificates);
    }

    const bool haveCertificate = !tls.clientCertificateFile.isEmpty();
    const bool haveKey = !tls.clientKeyFile.isEmpty();
    if (haveCertificate && !haveKey) {
        *errorMessage = Text::tr("The client certificate '%1' needs its private key: set the client key file too.")
                            .arg(tls.clientCertificateFile);
        return std::nullopt;
    }
    if (haveKey && !haveCertificate) {
        *errorMessage = Text::tr("The client key file '%1' needs its certificate: set the client certificate file too.")
                            .arg(tls.clientKeyFile);
        return std::nullopt;
    }
    if (haveCertificate) {
        const auto chain = loadCertificates(tls.clientCertificateFile, FileKind::ClientCertificate, &error);
        if (!chain) {
            *errorMessage = error;
            return std::nullopt;
        }
        const auto key = loadKey(tls.clientKeyFile, tls.clientKeyPassphrase, &error);
        if (!key) {
            *errorMessage = error;
            return std::nullopt;
        }
        configuration.setLocalCertificateChain(*chain);
        configuration.setPrivateKey(*key);
    }

    if (!tls.alpn.isEmpty()) {
        QList<QByteArray> protocols;
        for (const QString &protocol : tls.alpn)
            protocols.append(protocol.toUtf8());
        configuration.setAllowedNextProtocols(protocols);
    }
    return configuration;
}

} // namespace Mqtt::Tls
