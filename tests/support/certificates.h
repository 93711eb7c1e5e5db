// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// A small test PKI made with the `openssl` command-line tool (EC P-256 keys, PEM files):
//  - a CA, and a server certificate it signed for DNS:localhost and IP:127.0.0.1;
//  - a second server certificate from the same CA whose only name is DNS:wrong-host.invalid (host-name mismatch);
//  - a client certificate and key signed by the same CA;
//  - an unrelated "other" CA, for tests that trust the wrong authority.
// Generating takes a few hundred milliseconds; shared() does it once per process.
class Certificates {
public:
    // Writes every file into `directory` (which must exist). On failure returns false; see errorString().
    bool generate(const QString &directory);

    // The set generated once per process into a private temporary directory (removed at exit).
    // Check isValid() / errorString(): generation can fail when openssl is missing.
    static const Certificates &shared();

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QString directory() const { return m_directory; }

    QString caCertificateFile() const { return file("ca.crt"); }
    QString caKeyFile() const { return file("ca.key"); }
    QString serverCertificateFile() const { return file("server.crt"); }
    QString serverKeyFile() const { return file("server.key"); }
    QString wrongHostCertificateFile() const { return file("wronghost.crt"); }
    QString wrongHostKeyFile() const { return file("wronghost.key"); }
    QString clientCertificateFile() const { return file("client.crt"); }
    QString clientKeyFile() const { return file("client.key"); }
    QString otherCaCertificateFile() const { return file("otherca.crt"); }
    QString otherCaKeyFile() const { return file("otherca.key"); }

private:
    QString file(const char *name) const;
    bool runOpenSsl(const QStringList &arguments);
    bool makeKey(const QString &name);
    bool makeCa(const QString &name, const QString &commonName);
    bool makeLeaf(const QString &name, const QString &commonName, const QString &extensions, int serial);

    QString m_directory;
    QString m_openssl;
    QString m_error;
    bool m_valid { false };
};
