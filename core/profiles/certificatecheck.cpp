// SPDX-License-Identifier: MIT
#include "profiles/certificatecheck.h"

#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// ---- a minimal DER reader: just enough to find the public half of a key

struct Tlv {
    quint8 tag = 0;
    QByteArrayView content;
    qsizetype end = 0; // offset after this element in the input
};

std::optional<Tlv> readTlv(QByteArrayView data, qsizetype at)
{
    if (at + 2 > data.size())
        return std::nullopt;
    Tlv tlv;
    tlv.tag = quint8(data[at]);
    qsizetype length = quint8(data[at + 1]);
    qsizetype offset = at + 2;
    if (length & 0x80) {
        const int bytes = int(length & 0x7f);
        if (bytes == 0 || bytes > 4 || offset + bytes > data.size())
            return std::nullopt;
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | quint8(data[offset + i]);
        offset += bytes;
    }
    if (length < 0 || offset + length > data.size())
        return std::nullopt;
    tlv.content = data.sliced(offset, length);
    tlv.end = offset + length;
    return tlv;
}

// The elements of a SEQUENCE's content.
QList<Tlv> children(QByteArrayView content)
{
    QList<Tlv> list;
    qsizetype at = 0;
    while (at < content.size()) {
        const auto tlv = readTlv(content, at);
        if (!tlv)
            return {};
        list.append(*tlv);
        at = tlv->end;
    }
    return list;
}

constexpr quint8 TagInteger = 0x02;
constexpr quint8 TagBitString = 0x03;
constexpr quint8 TagOctetString = 0x04;
constexpr quint8 TagOid = 0x06;
constexpr quint8 TagSequence = 0x30;
constexpr quint8 TagExplicit1 = 0xa1;

const QByteArray RsaOid = QByteArray::fromHex("2a864886f70d010101"); // 1.2.840.113549.1.1.1
const QByteArray EcOid = QByteArray::fromHex("2a8648ce3d0201"); // 1.2.840.10045.2.1

QByteArray integerBytes(QByteArrayView content)
{
    while (content.size() > 1 && content[0] == '\0')
        content = content.sliced(1);
    return content.toByteArray();
}

QByteArray bitStringBytes(QByteArrayView content)
{
    return content.isEmpty() ? QByteArray() : content.sliced(1).toByteArray(); // the unused-bits count goes
}

// What identifies a public key: the RSA modulus, or the EC point.
struct PublicPart {
    enum class Kind { Rsa, Ec } kind;
    QByteArray bytes;
};

std::optional<PublicPart> fromSubjectPublicKeyInfo(QByteArrayView der)
{
    const auto top = readTlv(der, 0);
    if (!top || top->tag != TagSequence)
        return std::nullopt;
    const QList<Tlv> parts = children(top->content);
    if (parts.size() != 2 || parts[0].tag != TagSequence || parts[1].tag != TagBitString)
        return std::nullopt;
    const QList<Tlv> algorithm = children(parts[0].content);
    if (algorithm.isEmpty() || algorithm[0].tag != TagOid)
        return std::nullopt;
    const QByteArray key = bitStringBytes(parts[1].content);
    if (algorithm[0].content == RsaOid) {
        const auto sequence = readTlv(key, 0);
        if (!sequence || sequence->tag != TagSequence)
            return std::nullopt;
        const QList<Tlv> numbers = children(sequence->content);
        if (numbers.isEmpty() || numbers[0].tag != TagInteger)
            return std::nullopt;
        return PublicPart { PublicPart::Kind::Rsa, integerBytes(numbers[0].content) };
    }
    if (algorithm[0].content == EcOid)
        return PublicPart { PublicPart::Kind::Ec, key };
    return std::nullopt;
}

std::optional<PublicPart> fromPrivateKey(QByteArrayView der)
{
    const auto top = readTlv(der, 0);
    if (!top || top->tag != TagSequence)
        return std::nullopt;
    const QList<Tlv> parts = children(top->content);
    if (parts.size() >= 3 && parts[0].tag == TagInteger && parts[1].tag == TagSequence
        && parts[2].tag == TagOctetString) // PKCS#8: the traditional key is inside the octet string
        return fromPrivateKey(parts[2].content);
    if (parts.size() >= 3 && parts[0].tag == TagInteger && parts[1].tag == TagInteger && parts[2].tag == TagInteger)
        return PublicPart { PublicPart::Kind::Rsa, integerBytes(parts[1].content) }; // PKCS#1: version, n, e, d …
    if (parts.size() >= 2 && parts[0].tag == TagInteger && parts[1].tag == TagOctetString) { // SEC 1 (EC)
        for (const Tlv &part : parts) {
            if (part.tag != TagExplicit1)
                continue;
            const auto bits = readTlv(part.content, 0);
            if (bits && bits->tag == TagBitString)
                return PublicPart { PublicPart::Kind::Ec, bitStringBytes(bits->content) };
        }
    }
    return std::nullopt;
}

// ---- files

enum class Kind { Ca, Certificate, Key };

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ca:
        return CertificateCheck::tr("CA file");
    case Kind::Certificate:
        return CertificateCheck::tr("client certificate");
    case Kind::Key:
        return CertificateCheck::tr("client key");
    }
    return {};
}

std::optional<QByteArray> readFile(const QString &path, Kind kind, QString *problem)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *problem = CertificateCheck::tr("The %1 '%2' does not exist: check the path.").arg(kindName(kind), path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *problem
            = CertificateCheck::tr("The %1 '%2' is a folder, not a file: choose the file.").arg(kindName(kind), path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = CertificateCheck::tr("The %1 '%2' cannot be read (%3): check its permissions.")
                       .arg(kindName(kind), path, file.errorString());
        return std::nullopt;
    }
    // Certificates and keys are a few kilobytes; a huge file is the wrong file, and is not read into memory.
    constexpr qint64 MaximumSize = 1024 * 1024;
    if (file.size() > MaximumSize) {
        *problem = CertificateCheck::tr("The %1 '%2' is larger than 1 MiB, too large for a certificate or key: "
                                        "choose the PEM file.")
                       .arg(kindName(kind), path);
        return std::nullopt;
    }
    return file.readAll();
}

QList<QSslCertificate> certificatesIn(const QByteArray &data)
{
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    return certificates;
}

QString certificateProblem(const QString &path, Kind kind)
{
    QString problem;
    const auto data = readFile(path, kind, &problem);
    if (!data)
        return problem;
    if (certificatesIn(*data).isEmpty())
        return CertificateCheck::tr("The %1 '%2' holds no certificate (PEM or DER): choose a certificate file.")
            .arg(kindName(kind), path);
    return {};
}

std::optional<QSslKey> loadKey(const QByteArray &data, const QString &passphrase)
{
    for (const auto algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        QSslKey key(data, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

} // namespace

QString CertificateCheck::caFileProblem(const QString &path)
{
    return certificateProblem(path, Kind::Ca);
}

QString CertificateCheck::certificateFileProblem(const QString &path)
{
    return certificateProblem(path, Kind::Certificate);
}

QString CertificateCheck::keyFileProblem(const QString &path, const QString &passphrase, bool *passphraseMissing)
{
    if (passphraseMissing)
        *passphraseMissing = false;
    QString problem;
    const auto data = readFile(path, Kind::Key, &problem);
    if (!data)
        return problem;
    const bool encrypted = data->contains("ENCRYPTED");
    if (encrypted && passphrase.isEmpty()) {
        if (passphraseMissing)
            *passphraseMissing = true;
        return tr("The client key '%1' is protected by a passphrase: enter the passphrase.").arg(path);
    }
    if (loadKey(*data, passphrase))
        return {};
    if (encrypted)
        return tr("The client key '%1' could not be decrypted with this passphrase: check the passphrase.").arg(path);
    return tr("The client key '%1' holds no PEM private key (RSA or EC): choose the key file that belongs to the "
              "client certificate.")
        .arg(path);
}

QString CertificateCheck::keyMatchProblem(
    const QString &certificatePath, const QString &keyPath, const QString &passphrase)
{
    QString problem;
    const auto certificateData = readFile(certificatePath, Kind::Certificate, &problem);
    const auto keyData = readFile(keyPath, Kind::Key, &problem);
    if (!certificateData || !keyData)
        return problem;
    const QList<QSslCertificate> certificates = certificatesIn(*certificateData);
    const auto key = loadKey(*keyData, passphrase);
    if (certificates.isEmpty() || !key)
        return {}; // the files' own checks say what is wrong
    const auto certificatePart = fromSubjectPublicKeyInfo(certificates.constFirst().publicKey().toDer());
    const auto keyPart = fromPrivateKey(key->toDer());
    if (!certificatePart || !keyPart)
        return {};
    if (certificatePart->kind != keyPart->kind || certificatePart->bytes != keyPart->bytes)
        return tr("The client key '%1' does not belong to the client certificate '%2': choose the key that was made "
                  "with this certificate.")
            .arg(keyPath, certificatePath);
    return {};
}
