// SPDX-License-Identifier: MIT
// The profiles' secrets in a real Secret Service: GNOME Keyring in a private D-Bus session, started and stopped by
// tests/support/with-keyring.sh (ctest runs this test through it). A second SecretStore, which knows nothing of the
// first one's session, reads what the first stored: it came from the keychain. Nothing in the private HOME holds
// the secret in clear text. Removing a profile's secrets removes them from the keychain.
#include "connections/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Service = u"org.canopy.Canopy.test"_s;

std::optional<ProfileSecrets> loadFrom(SecretStore &store, const QString &id, QObject *context)
{
    std::optional<ProfileSecrets> result;
    store.load(id, context, [&result](const ProfileSecrets &secrets) { result = secrets; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

bool storeIn(SecretStore &store, const QString &id, const ProfileSecrets &secrets, QObject *context)
{
    std::optional<bool> inKeychain;
    store.store(id, secrets, context, [&inKeychain](bool ok) { inKeychain = ok; });
    return QTest::qWaitFor([&inKeychain] { return inKeychain.has_value(); }, 20000) && *inKeychain;
}

// Every file under dir (the private HOME of this run) that contains needle in clear text.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}
} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("CANOPY_TEST_KEYRING") == "1"_L1,
            "run this test through tests/support/with-keyring.sh (ctest does): it needs a private Secret Service");
    }

    void probeFindsTheKeychain()
    {
        SecretStore store(Service);
        QSignalSpy changed(&store, &SecretStore::availabilityChanged);
        store.probe();
        QTRY_COMPARE_WITH_TIMEOUT(store.availability(), SecretStore::Availability::Keychain, 20000);
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.unavailableReason().isEmpty());
    }

    void secretsGoToTheKeychainAndComeBack()
    {
        const QString id = u"5b0c2f4e-0000-4000-8000-00000000aaaa"_s;
        const ProfileSecrets secrets { u"Kéy-chain-pässword-42"_s, u"key passphrase 7"_s };
        {
            SecretStore writer(Service);
            QVERIFY(storeIn(writer, id, secrets, this));
            QCOMPARE(writer.availability(), SecretStore::Availability::Keychain);
        }
        // Another store (as after a restart): only the keychain knows.
        SecretStore reader(Service);
        const auto loaded = loadFrom(reader, id, this);
        QVERIFY(loaded);
        QCOMPARE(*loaded, secrets);
        QCOMPARE(reader.availability(), SecretStore::Availability::Keychain);

        // The keychain encrypts what it keeps: the password is in no file in clear text.
        QVERIFY2(filesContaining(qEnvironmentVariable("HOME"), secrets.password.toUtf8()).isEmpty(),
            qPrintable(filesContaining(qEnvironmentVariable("HOME"), secrets.password.toUtf8()).join(u' ')));

        // Another profile's entries are its own.
        const auto other = loadFrom(reader, u"another-profile"_s, this);
        QVERIFY(other);
        QCOMPARE(*other, ProfileSecrets {});
    }

    void anEmptySecretRemovesItsEntry()
    {
        const QString id = u"profile-with-passphrase-only"_s;
        SecretStore writer(Service);
        QVERIFY(storeIn(writer, id, { u"first"_s, u"phrase"_s }, this));
        QVERIFY(storeIn(writer, id, { QString(), u"phrase"_s }, this));
        SecretStore reader(Service);
        const auto loaded = loadFrom(reader, id, this);
        QVERIFY(loaded);
        QCOMPARE(loaded->password, QString());
        QCOMPARE(loaded->keyPassphrase, u"phrase"_s);
    }

    void removeDeletesFromTheKeychain()
    {
        const QString id = u"profile-to-delete"_s;
        SecretStore writer(Service);
        QVERIFY(storeIn(writer, id, { u"to be deleted"_s, {} }, this));
        writer.remove(id);
        // Wait until the keychain no longer has it.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                SecretStore reader(Service);
                const auto loaded = loadFrom(reader, id, this);
                return loaded && loaded->password.isEmpty();
            }(),
            20000);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
