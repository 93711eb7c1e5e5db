// SPDX-License-Identifier: MIT
#pragma once

// The TLS files of a profile, checked before connecting, each with one sentence that says what is wrong with that
// file and what to do: a CA file that cannot be read or holds no certificate, a client key that needs its
// passphrase, and a key that does not belong to the client certificate (which the broker would only report as a
// failed handshake).

#include <QCoreApplication>
#include <QString>

class CertificateCheck {
    Q_DECLARE_TR_FUNCTIONS(CertificateCheck)
public:
    // Each returns an empty string when the file is fine.
    static QString caFileProblem(const QString &path);
    static QString certificateFileProblem(const QString &path);
    // passphraseMissing (optional) says whether the only problem is an encrypted key without its passphrase.
    static QString keyFileProblem(const QString &path, const QString &passphrase, bool *passphraseMissing = nullptr);
    // Both files readable (check them first): does the key belong to the first certificate of the file? Keys of a
    // kind this check does not know (neither RSA nor EC) are given the benefit of the doubt.
    static QString keyMatchProblem(const QString &certificatePath, const QString &keyPath, const QString &passphrase);
};
