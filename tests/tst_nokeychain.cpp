// SPDX-License-Identifier: MIT
// Without any keychain (the test runs with a session bus address that leads nowhere): storing a profile's secrets
// says they did not go to a keychain, availability() is SessionOnly with the keychain's reason, and the secrets are
// kept in memory for this session only: the same store gives them back, a new one (a restart) does not. The connection
// manager says so under the password, and saving a profile still writes no password into the settings file.
#include "connections/connectionmanager.h"
#include "connections/secretstore.h"
#include "profiles/profilerepository.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNoKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("CANOPY_TEST_NO_KEYCHAIN") == "1"_L1,
            "run this test with ctest: it needs DBUS_SESSION_BUS_ADDRESS pointing nowhere");
    }

    void secretsAreKeptForTheSessionOnly()
    {
        const QString id = u"profile-without-keychain"_s;
        const ProfileSecrets secrets { u"session-only-pw"_s, {} };
        SecretStore store(u"org.canopy.Canopy.test"_s);
        QSignalSpy changed(&store, &SecretStore::availabilityChanged);
        std::optional<bool> inKeychain;
        store.store(id, secrets, this, [&inKeychain](bool ok) { inKeychain = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(inKeychain.has_value(), 20000);
        QCOMPARE(*inKeychain, false);
        QCOMPARE(store.availability(), SecretStore::Availability::SessionOnly);
        QVERIFY(!store.unavailableReason().isEmpty());
        QCOMPARE(changed.size(), 1);

        std::optional<ProfileSecrets> loaded;
        store.load(id, this, [&loaded](const ProfileSecrets &value) { loaded = value; });
        QTRY_VERIFY(loaded.has_value());
        QCOMPARE(*loaded, secrets);

        // A restart: nothing was written anywhere.
        SecretStore restarted(u"org.canopy.Canopy.test"_s);
        std::optional<ProfileSecrets> after;
        restarted.load(id, this, [&after](const ProfileSecrets &value) { after = value; });
        QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 20000);
        QCOMPARE(*after, ProfileSecrets {});
        QCOMPARE(restarted.availability(), SecretStore::Availability::SessionOnly);
    }

    void theManagerSaysSoAndKeepsThePasswordOutOfTheSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"profiles.ini"_s);
        ProfileRepository repository(file);
        SecretStore secrets(u"org.canopy.Canopy.test"_s);
        ConnectionManager manager(&repository, &secrets);
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));
        auto *note = manager.findChild<QLabel *>(u"keychainNote"_s);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(u"No keychain is available"_s), 20000);
        QVERIFY2(note->text().contains(u"this session only"_s), qPrintable(note->text()));

        QTest::keyClicks(manager.findChild<QLineEdit *>(u"profileUserName"_s), u"someone"_s);
        auto *password = manager.findChild<QLineEdit *>(u"profilePassword"_s);
        password->setFocus();
        QTest::keyClicks(password, u"no-keychain-secret"_s);
        QTest::mouseClick(manager.findChild<QPushButton *>(u"saveProfileButton"_s), Qt::LeftButton);
        QCOMPARE(repository.profiles().size(), 1);
        QFile settings(file);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray content = settings.readAll();
        QVERIFY(content.contains("New connection"));
        QVERIFY(!content.contains("no-keychain-secret"));
        // Kept for the session: the form gets it back.
        manager.newProfile();
        manager.selectProfile(repository.profiles().constFirst().id);
        QTRY_COMPARE(password->text(), u"no-keychain-secret"_s);
    }

    void aContextThatIsGoneGetsNoCallback()
    {
        SecretStore store(u"org.canopy.Canopy.test"_s);
        bool called = false;
        {
            QObject context;
            store.load(u"x"_s, &context, [&called](const ProfileSecrets &) { called = true; });
        }
        QTRY_COMPARE(store.availability(), SecretStore::Availability::SessionOnly);
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
