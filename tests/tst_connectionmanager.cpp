// SPDX-License-Identifier: MIT
// The connection manager with real widgets, against real mosquitto brokers (plain, TLS with a CA, a client
// certificate listener, a password listener) and aedes (MQTT 3.1.1 only), with the passwords in a real Secret
// Service: ctest runs this test through tests/support/with-keyring.sh (GNOME Keyring in a private D-Bus session and
// a private HOME). A profile is created by typing into the form, connects and shows messages; a new window on the
// same settings finds it with its password from the keychain; the settings file (and every file of the private
// HOME, and the log) never holds the password; wrong passwords and CAs show the core's own sentence; field errors
// sit next to their fields; two tabs on two brokers see only their own messages and closing one makes the broker
// log a clean disconnect; deleting and replacing on import ask first; export/import round-trips; --profile opens a
// profile at start; the open tabs come back at the next start; the 3.1.1 fallback shows through a profile.
#include "aedesfixture.h"
#include "certificates.h"
#include "clienttestutil.h"
#include "clientwire.h"
#include "common/translations.h"
#include "connections/connectionmanager.h"
#include "connections/connectionstatus.h"
#include "connections/profileform.h"
#include "connections/profilelauncher.h"
#include "connections/secretstore.h"
#include "fakebroker.h"
#include "ingest/ingestpipeline.h"
#include "mosquittofixture.h"
#include "profiles/profileoptions.h"
#include "profiles/profilerepository.h"
#include "profiles/profilesettings.h"
#include "testsupport.h"
#include "tree/topictreemodel.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMutexLocker>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"s3cret-Pässword-17"_s;

// Everything logged while the test runs: no secret may appear in it.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

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

// Publishes as another client would (QoS 1) and returns once the broker has it.
bool publish(const QString &host, quint16 port, const QString &topic, const QByteArray &payload,
    const QString &userName = {}, const QString &password = {})
{
    Mqtt::Client client;
    Mqtt::ClientOptions options = ClientTest::localOptions(
        host, port, Mqtt::ProtocolVersion::V5, u"canopy-test-publisher-"_s + QString::number(port));
    if (!userName.isEmpty()) {
        options.session.connect.userName = userName;
        options.session.connect.password = password.toUtf8();
    }
    client.setOptions(options);
    client.connectToBroker();
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = payload;
    message.qos = 1;
    const Mqtt::RequestHandle handle = client.publish(message);
    if (!QTest::qWaitFor([&handle] { return handle.isFinished(); }, 10000) || !handle.isSuccess())
        return false;
    client.disconnectFromBroker();
    return QTest::qWaitFor([&client] { return client.state() == Mqtt::Client::State::Disconnected; }, 5000);
}

// What the core says about these options, asked directly: the sentence the GUI must show word for word.
QString coreSentence(Mqtt::ClientOptions options)
{
    options.autoReconnect = false;
    Mqtt::Client client;
    QString sentence;
    QObject::connect(&client, &Mqtt::Client::errorOccurred, &client, [&sentence](const QString &s) { sentence = s; });
    client.setOptions(options);
    client.connectToBroker();
    if (!QTest::qWaitFor([&sentence] { return !sentence.isEmpty(); }, 15000))
        return u"(the core said nothing)"_s;
    return sentence;
}

bool hasTopic(ConnectionTab *tab, const QString &topic)
{
    QMutexLocker lock(&tab->pipeline()->storeMutex());
    return tab->pipeline()->store().find(topic).has_value();
}

} // namespace

class TestConnectionManager : public QObject {
    Q_OBJECT
private:
    MosquittoFixture m_broker; // plain, TLS listeners, password listener
    MosquittoFixture m_second;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    ProfileRepository *repository() const { return m_window->profiles()->repository(); }

    ConnectionManager *openManager()
    {
        m_window->findChild<QAction *>(u"connectionManagerAction"_s)->trigger();
        ConnectionManager *manager = m_window->profiles()->manager();
        if (!QTest::qWaitFor([manager] { return manager->isVisible(); }, 5000))
            return nullptr;
        // Focus moves as for a user (a field's editingFinished comes when it loses focus).
        manager->activateWindow();
        if (!QTest::qWaitForWindowActive(manager))
            return nullptr;
        auto *list = manager->findChild<QListView *>(u"profileList"_s);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        return manager;
    }

    // Types text into a line edit as a user does: select what is there, type over it.
    static void type(QWidget *root, const QString &name, const QString &text)
    {
        auto *edit = root->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        if (!edit->window()->isActiveWindow()) {
            edit->window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(edit->window()));
        }
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(edit, char(c.unicode()));
            else // QTest maps only ASCII to keys; the text of a key event may be any character
                QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    static void click(QWidget *root, const QString &name)
    {
        auto *button = root->findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        // Scrolled into view first, as a user would.
        for (QWidget *parent = button->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(parent)) {
                area->ensureWidgetVisible(button);
                break;
            }
        }
        // A check box or radio button reacts to its box and text only: click the box.
        const bool box = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
        QTest::mouseClick(button, Qt::LeftButton, {}, box ? QPoint(8, button->height() / 2) : QPoint());
    }

    static void choose(QWidget *root, const QString &name, int index)
    {
        auto *combo = root->findChild<QComboBox *>(name);
        QVERIFY2(combo, qPrintable(name));
        combo->setCurrentIndex(index);
    }

    // The visible message box of that name (a dialog's child), once it shows.
    QMessageBox *messageBox(const QString &name)
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                const auto boxes = m_window->findChildren<QMessageBox *>(name);
                for (QMessageBox *candidate : boxes) {
                    if (candidate->isVisible())
                        box = candidate;
                }
                return box != nullptr;
            },
            5000);
        return shown ? box : nullptr;
    }

    static QString errorText(QWidget *root, const QString &name)
    {
        auto *label = root->findChild<QLabel *>(name);
        return label && label->isVisible() ? label->text() : QString();
    }

    static void selectRow(ConnectionManager *manager, const QString &name)
    {
        auto *list = manager->findChild<QListView *>(u"profileList"_s);
        const QModelIndexList found
            = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(found.constFirst()).center());
        QTRY_COMPARE(manager->currentId(), found.constFirst().data(Qt::UserRole + 1).toString());
    }

    // A profile saved directly (not the subject of the test), with its password in the keychain.
    QString addProfile(ConnectionProfile profile, const ProfileSecrets &secrets = {})
    {
        const QString id = repository()->add(profile);
        if (!secrets.isEmpty()) {
            bool stored = false;
            m_window->profiles()->secrets()->store(id, secrets, this, [&stored](bool) { stored = true; });
            if (!QTest::qWaitFor([&stored] { return stored; }, 10000))
                qWarning("the keychain did not answer");
        }
        return id;
    }

    ConnectionProfile plainProfile(const QString &name, const MosquittoFixture &broker, const QString &clientId)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.host = broker.host();
        profile.port = broker.port();
        profile.clientId = clientId;
        return profile;
    }

    QString settingsFile() const { return ProfileSettings::defaultFilePath(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("CANOPY_TEST_KEYRING") == "1"_L1,
            "run this test through tests/support/with-keyring.sh (ctest does): it needs a private Secret Service");
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
        QStandardPaths::setTestModeEnabled(true); // and HOME is private to this run (with-keyring.sh)
        QFile::remove(settingsFile());
        g_previousHandler = qInstallMessageHandler(recordMessage);
        MosquittoFixture::Options options;
        options.tls = true;
        options.users = { { u"alice"_s, Password } };
        QVERIFY2(m_broker.start(options), qPrintable(m_broker.errorString()));
        QVERIFY2(m_second.start(), qPrintable(m_second.errorString()));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_testers.clear();
        m_window.reset();
        // No secret ever reaches the log.
        const QString log = g_log.join(u'\n');
        QVERIFY2(!log.contains(Password), qPrintable(log));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    // ---- create, connect, restart

    void aFirstProfileTypedIntoTheFormConnects()
    {
        QVERIFY(repository()->isEmpty());
        ConnectionManager *manager = openManager();
        QVERIFY(manager);
        QCOMPARE(manager->findChild<QLineEdit *>(u"profileName"_s)->text(), u"New connection"_s);
        type(manager, u"profileName"_s, u"plant broker"_s);
        type(manager, u"profileHost"_s, m_broker.host());
        type(manager, u"profilePort"_s, QString::number(m_broker.passwordPort()));
        type(manager, u"profileUserName"_s, u"alice"_s);
        type(manager, u"profilePassword"_s, Password);
        QTRY_VERIFY(manager->findChild<QLabel *>(u"keychainNote"_s)->text().contains(u"system keychain"_s));
        click(manager, u"connectProfileButton"_s);

        QTRY_VERIFY(!manager->isVisible());
        ConnectionTab *tab = m_window->currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->connectionState(), Mqtt::Client::State::Connected, 10000);
        auto *tabs = m_window->findChild<QTabWidget *>(u"connectionTabs"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(tab)), u"plant broker"_s);
        QVERIFY(tabs->tabToolTip(tabs->indexOf(tab)).endsWith(u"Connected"_s));
        QVERIFY(publish(
            m_broker.host(), m_broker.passwordPort(), u"plant/line1/temperature"_s, "21.5", u"alice"_s, Password));
        QTRY_VERIFY_WITH_TIMEOUT(hasTopic(tab, u"plant/line1/temperature"_s), 10000);
        QTRY_COMPARE(tab->totalMessages(), quint64(1));

        // The settings file has the profile, not the password; no file of this HOME has it in clear text.
        QFile file(settingsFile());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settingsFile()));
        const QByteArray settings = file.readAll();
        QVERIFY(settings.contains("plant broker"));
        QVERIFY(settings.contains("alice"));
        QVERIFY2(!settings.contains(Password.toUtf8()), settings.constData());
        QVERIFY2(filesContaining(qEnvironmentVariable("HOME"), Password.toUtf8()).isEmpty(),
            qPrintable(filesContaining(qEnvironmentVariable("HOME"), Password.toUtf8()).join(u' ')));
    }

    void aNewWindowFindsThePasswordInTheKeychain()
    {
        // A new window: a new repository read from the file, a new secret store with nothing in memory.
        QVERIFY(repository()->profileNamed(u"plant broker"_s));
        ConnectionManager *manager = openManager();
        QVERIFY(manager);
        selectRow(manager, u"plant broker"_s);
        QTRY_COMPARE_WITH_TIMEOUT(manager->findChild<QLineEdit *>(u"profilePassword"_s)->text(), Password, 10000);
        QCOMPARE(m_window->profiles()->secrets()->availability(), SecretStore::Availability::Keychain);

        // Double-click connects: the broker accepts only that password.
        auto *list = manager->findChild<QListView *>(u"profileList"_s);
        const QRect row = list->visualRect(list->currentIndex());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentTab()->connectionState(), Mqtt::Client::State::Connected, 10000);
        QCOMPARE(m_window->currentTab()->title(), u"plant broker"_s);
    }

    void duplicateAndReorder()
    {
        ConnectionManager *manager = openManager();
        QVERIFY(manager);
        selectRow(manager, u"plant broker"_s);
        QTRY_COMPARE_WITH_TIMEOUT(manager->findChild<QLineEdit *>(u"profilePassword"_s)->text(), Password, 10000);
        click(manager, u"duplicateProfileButton"_s);
        const auto copy = repository()->profileNamed(u"plant broker (copy)"_s);
        QVERIFY(copy);
        QCOMPARE(manager->currentId(), copy->id);
        QCOMPARE(repository()->indexOf(copy->id),
            repository()->indexOf(repository()->profileNamed(u"plant broker"_s)->id) + 1);
        QCOMPARE(copy->port, m_broker.passwordPort());
        // The copy has the password too, under its own keychain entry.
        SecretStore fresh(u"org.canopy.Canopy"_s);
        std::optional<ProfileSecrets> loaded;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                loaded.reset();
                fresh.load(copy->id, this, [&loaded](const ProfileSecrets &secrets) { loaded = secrets; });
                return QTest::qWaitFor([&loaded] { return loaded.has_value(); }, 5000) && loaded->password == Password;
            }(),
            10000);

        const int row = repository()->indexOf(copy->id);
        click(manager, u"moveProfileUpButton"_s);
        QCOMPARE(repository()->indexOf(copy->id), row - 1);
        click(manager, u"moveProfileDownButton"_s);
        QCOMPARE(repository()->indexOf(copy->id), row);
        // Renaming is editing the name: the copy gets a name of its own.
        click(manager, u"renameProfileButton"_s);
        type(manager, u"profileName"_s, u"plant broker, night shift"_s);
        click(manager, u"saveProfileButton"_s);
        QCOMPARE(repository()->profile(copy->id)->name, u"plant broker, night shift"_s);
        // A name that is taken is refused next to the field.
        type(manager, u"profileName"_s, u"PLANT BROKER"_s);
        click(manager, u"saveProfileButton"_s);
        QVERIFY2(errorText(manager, u"profileNameError"_s).contains(u"already called"_s),
            qPrintable(errorText(manager, u"profileNameError"_s)));
        QCOMPARE(repository()->profile(copy->id)->name, u"plant broker, night shift"_s);
        type(manager, u"profileName"_s, u"plant broker, night shift"_s);
    }

    // ---- the core's sentences

    void wrongPasswordShowsTheCoresSentence()
    {
        ConnectionManager *manager = openManager();
        QVERIFY(manager);
        click(manager, u"newProfileButton"_s);
        type(manager, u"profileName"_s, u"wrong password"_s);
        type(manager, u"profileHost"_s, m_broker.host());
        type(manager, u"profilePort"_s, QString::number(m_broker.passwordPort()));
        type(manager, u"profileUserName"_s, u"alice"_s);
        type(manager, u"profilePassword"_s, u"not-the-password"_s);
        const QString expected
            = coreSentence(ProfileOptions::clientOptions(manager->form()->profile(), manager->form()->secrets(), 1));
        QVERIFY2(expected.contains(u"refused the connection"_s), qPrintable(expected)); // mosquitto: "not authorized"

        click(manager, u"testConnectionButton"_s);
        auto *result = manager->findChild<QLabel *>(u"testResult"_s);
        QTRY_COMPARE_WITH_TIMEOUT(result->text(), expected, 15000);

        // Connecting a tab with it says the same.
        click(manager, u"connectProfileButton"_s);
        ConnectionTab *tab = m_window->currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->connectionStatus()->text(), expected, 15000);
        QCOMPARE(tab->connectionState(), Mqtt::Client::State::Disconnected);
    }

    void wrongCaShowsTheCoresSentenceAndTheRightOneConnects()
    {
        const Certificates &pki = Certificates::shared();
        ConnectionManager *manager = openManager();
        QVERIFY(manager);
        click(manager, u"newProfileButton"_s);
        type(manager, u"profileName"_s, u"TLS broker"_s);
        type(manager, u"profileHost"_s, m_broker.host());
        choose(manager, u"profileTransport"_s, 1); // TLS
        type(manager, u"profilePort"_s, QString::number(m_broker.tlsPort()));
        click(manager, u"profileCaFileChoice"_s);
        type(manager, u"profileCaFile"_s, pki.otherCaCertificateFile());
        const QString expected
            = coreSentence(ProfileOptions::clientOptions(manager->form()->profile(), manager->form()->secrets(), 1));
        QVERIFY2(!expected.isEmpty(), "the core said nothing about the wrong CA");

        click(manager, u"testConnectionButton"_s);
        auto *result = manager->findChild<QLabel *>(u"testResult"_s);
        QTRY_COMPARE_WITH_TIMEOUT(result->text(), expected, 15000);

        type(manager, u"profileCaFile"_s, pki.caCertificateFile());
        click(manager, u"testConnectionButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(result->text(),
            u"Connected to mqtts://%1:%2 with MQTT 5: the broker accepted the connection."_s.arg(m_broker.host())
                .arg(m_broker.tlsPort()),
            15000);
    }

    void clientCertificateProfileConnects()
    {
        const Certificates &pki = Certificates::shared();
        ConnectionProfile profile = plainProfile(u"client certificate"_s, m_broker, u"canopy-client-cert"_s);
        profile.transport = ConnectionProfile::Transport::Tls;
        profile.port = m_broker.tlsClientCertPort();
        profile.caFile = pki.caCertificateFile();
        profile.clientCertificateFile = pki.clientCertificateFile();
        profile.clientKeyFile = pki.clientKeyFile();
        addProfile(profile);
        QVERIFY(m_window->profiles()->openProfile(u"client certificate"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentTab()->connectionState(), Mqtt::Client::State::Connected, 10000);
        QCOMPARE(m_window->currentTab()->connectionStatus()->text(),
            u"Connected to mqtts://%1:%2"_s.arg(m_broker.host()).arg(m_broker.tlsClientCertPort()));
    }

    // ---- field errors

    void problemsAreShownNextToTheirFields()
    {
        const Certificates &pki = Certificates::shared();
        ConnectionManager *manager = openManager();
        QVERIFY(manager);
        click(manager, u"newProfileButton"_s);
        type(manager, u"profileName"_s, u"bad fields"_s);
        type(manager, u"profilePort"_s, u"70000"_s);
        click(manager, u"saveProfileButton"_s);
        QVERIFY2(errorText(manager, u"profilePortError"_s).contains(u"1 to 65535"_s),
            qPrintable(errorText(manager, u"profilePortError"_s)));
        QVERIFY(!repository()->profileNamed(u"bad fields"_s)); // not saved

        type(manager, u"profilePort"_s, u"8883"_s);
        type(manager, u"profileHost"_s, QString());
        click(manager, u"connectProfileButton"_s);
        QVERIFY(errorText(manager, u"profilePortError"_s).isEmpty());
        QVERIFY2(!errorText(manager, u"profileHostError"_s).isEmpty(), "no error next to the empty host");

        // A URL pasted into the host field fills the transport, port and path.
        type(manager, u"profileHost"_s, u"wss://broker.example:8884/ws"_s);
        // The field is read when the user leaves it (editingFinished; Enter would press Connect, the default).
        Q_EMIT manager->findChild<QLineEdit *>(u"profileHost"_s)->editingFinished();
        QTRY_COMPARE(manager->findChild<QLineEdit *>(u"profileHost"_s)->text(), u"broker.example"_s);
        QCOMPARE(manager->findChild<QLineEdit *>(u"profilePort"_s)->text(), u"8884"_s);
        QCOMPARE(manager->findChild<QComboBox *>(u"profileTransport"_s)->currentIndex(), 3);
        QCOMPARE(manager->findChild<QLineEdit *>(u"profileWebSocketPath"_s)->text(), u"/ws"_s);

        // TLS files: an unreadable CA, then a key that is not the certificate's.
        choose(manager, u"profileTransport"_s, 1);
        click(manager, u"profileCaFileChoice"_s);
        type(manager, u"profileCaFile"_s, pki.directory() + u"/missing-ca.pem"_s);
        type(manager, u"profileClientCertificate"_s, pki.clientCertificateFile());
        type(manager, u"profileClientKey"_s, pki.serverKeyFile());
        click(manager, u"testConnectionButton"_s);
        QVERIFY2(errorText(manager, u"profileCaFileError"_s).contains(u"does not exist"_s),
            qPrintable(errorText(manager, u"profileCaFileError"_s)));
        QVERIFY2(errorText(manager, u"profileClientKeyError"_s).contains(u"does not belong"_s),
            qPrintable(errorText(manager, u"profileClientKeyError"_s)));
        QVERIFY(manager->findChild<QLabel *>(u"testResult"_s)->text().isEmpty()); // nothing was tried
        // The TLS page came to the front to show them.
        QCOMPARE(manager->findChild<QTabWidget *>(u"profilePages"_s)->currentIndex(), 2);

        // Skipping verification is warned about where it is switched on.
        click(manager, u"profileSkipVerification"_s);
        QVERIFY(manager->findChild<QLabel *>(u"skipVerificationWarning"_s)->isVisible());

        // An invalid filter is refused in the subscription dialog, with the rule it breaks.
        manager->findChild<QTabWidget *>(u"profilePages"_s)->setCurrentIndex(4);
        click(manager, u"profileAddSubscription"_s);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = manager->findChild<QWidget *>(u"subscriptionDialog"_s)) && dialog->isVisible());
        type(dialog, u"subscriptionFilter"_s, u"plant/#/temperature"_s);
        click(dialog, u"subscriptionOk"_s);
        QVERIFY(dialog->isVisible());
        QVERIFY2(errorText(dialog, u"subscriptionFilterError"_s).contains(u"MQTT-4.7.1-1"_s),
            qPrintable(errorText(dialog, u"subscriptionFilterError"_s)));
        click(dialog, u"subscriptionCancel"_s);

        QVERIFY(manager->isVisible());
        QCOMPARE(m_window->tabs().size(), 1);
        QVERIFY(m_window->currentTab()->endpoint().isEmpty()); // nothing was connected
    }

    // ---- several connections

    void twoTabsOnTwoBrokersSeeOnlyTheirOwnMessages()
    {
        addProfile(plainProfile(u"site A"_s, m_broker, u"canopy-site-a"_s));
        addProfile(plainProfile(u"site B"_s, m_second, u"canopy-site-b"_s));
        QVERIFY(m_window->profiles()->openProfile(u"site A"_s));
        QTRY_COMPARE(m_window->tabs().size(), 1);
        QVERIFY(m_window->profiles()->openProfile(u"site b"_s)); // names ignore case
        QTRY_COMPARE(m_window->tabs().size(), 2);
        ConnectionTab *a = m_window->tabs().at(0);
        ConnectionTab *b = m_window->tabs().at(1);
        for (ConnectionTab *tab : { a, b })
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        QCOMPARE(a->title(), u"site A"_s);
        QCOMPARE(b->title(), u"site B"_s);
        QTRY_COMPARE_WITH_TIMEOUT(a->connectionState(), Mqtt::Client::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b->connectionState(), Mqtt::Client::State::Connected, 10000);
        QVERIFY(publish(m_broker.host(), m_broker.port(), u"site-a/boiler"_s, "71"));
        QVERIFY(publish(m_second.host(), m_second.port(), u"site-b/press"_s, "3.2"));
        QTRY_VERIFY_WITH_TIMEOUT(hasTopic(a, u"site-a/boiler"_s) && hasTopic(b, u"site-b/press"_s), 10000);
        QVERIFY(!hasTopic(a, u"site-b/press"_s));
        QVERIFY(!hasTopic(b, u"site-a/boiler"_s));

        // Closing a tab ends its connection with a DISCONNECT: mosquitto says "disconnected", not "closed".
        m_window->closeTab(b);
        QTRY_COMPARE(m_window->tabs().size(), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_second.log().contains(u"Client canopy-site-b disconnected."_s), qPrintable(m_second.log()), 10000);
        QVERIFY(!m_second.log().contains(u"Client canopy-site-b closed its connection."_s));
    }

    void openTabsComeBackAtTheNextStart()
    {
        addProfile(plainProfile(u"restored one"_s, m_broker, u"canopy-restored-1"_s));
        addProfile(plainProfile(u"restored two"_s, m_second, u"canopy-restored-2"_s));
        auto *restore = m_window->findChild<QAction *>(u"restoreTabsAction"_s);
        QVERIFY(restore && !restore->isChecked());
        restore->trigger();
        QVERIFY(m_window->profiles()->openProfile(u"restored one"_s));
        QVERIFY(m_window->profiles()->openProfile(u"restored two"_s));
        QTRY_COMPARE(m_window->tabs().size(), 2);
        // The first tab shows its Subscriptions panel: that comes back too.
        m_window->setCurrentTab(m_window->tabs().at(0));
        m_window->panelAction(u"subscriptionsDock"_s)->trigger();
        QVERIFY(m_window->tabs().at(0)->panelDock(u"subscriptionsDock"_s)->isVisible());
        QVERIFY(m_window->close());

        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->findChild<QAction *>(u"restoreTabsAction"_s)->isChecked());
        QCOMPARE(m_window->profiles()->restoreSession(), 2);
        QTRY_COMPARE(m_window->tabs().size(), 2);
        QCOMPARE(m_window->tabs().at(0)->title(), u"restored one"_s);
        QCOMPARE(m_window->tabs().at(1)->title(), u"restored two"_s);
        QCOMPARE(m_window->currentTab(), m_window->tabs().at(0)); // the first in front
        QTRY_VERIFY(m_window->tabs().at(0)->panelDock(u"subscriptionsDock"_s)->isVisible());
        QVERIFY(!m_window->tabs().at(1)->panelDock(u"subscriptionsDock"_s)->toggleViewAction()->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabs().at(1)->connectionState(), Mqtt::Client::State::Connected, 10000);
        m_window->findChild<QAction *>(u"restoreTabsAction"_s)->trigger(); // off again for the other tests
    }

    // ---- destructive actions ask first

    void deletingAProfileAsksFirstAndRemovesItsPassword()
    {
        ConnectionProfile profile = plainProfile(u"to delete"_s, m_broker, u"canopy-to-delete"_s);
        profile.userName = u"someone"_s;
        const QString id = addProfile(profile, { u"delete-me-pw"_s, {} });
        ConnectionManager *manager = openManager();
        QVERIFY(manager);
        selectRow(manager, u"to delete"_s);

        click(manager, u"deleteProfileButton"_s);
        QMessageBox *box = messageBox(u"deleteProfileConfirmation"_s);
        QVERIFY2(box, "deleting did not ask first");
        QVERIFY(box->text().contains(u"'to delete'"_s));
        click(box, u"cancelDeleteButton"_s);
        QVERIFY(repository()->profile(id)); // still there

        click(manager, u"deleteProfileButton"_s);
        box = messageBox(u"deleteProfileConfirmation"_s);
        QVERIFY(box);
        click(box, u"confirmDeleteButton"_s);
        QTRY_VERIFY(!repository()->profile(id));
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("to delete"));
        // The keychain entry went with it.
        SecretStore fresh(u"org.canopy.Canopy"_s);
        std::optional<ProfileSecrets> loaded;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                loaded.reset();
                fresh.load(id, this, [&loaded](const ProfileSecrets &secrets) { loaded = secrets; });
                return QTest::qWaitFor([&loaded] { return loaded.has_value(); }, 5000) && loaded->password.isEmpty();
            }(),
            10000);
    }

    void exportAndImportRoundTrip()
    {
        QTemporaryDir dir;
        ConnectionProfile profile = plainProfile(u"exported"_s, m_broker, u"canopy-exported"_s);
        profile.userName = u"bob"_s;
        profile.subscriptions = { { u"plant/#"_s, 1 }, { u"$SYS/broker/uptime"_s, 0, false, false, 0, 5 } };
        const QString id = addProfile(profile, { u"export-pw-9"_s, {} });
        const QList<ConnectionProfile> before = repository()->profiles();
        ConnectionManager *manager = openManager();
        QVERIFY(manager);

        const QString plain = dir.filePath(u"plain.json"_s);
        manager->exportFile(plain, false);
        QMessageBox *report = messageBox(u"exportReport"_s);
        QVERIFY(report);
        QVERIFY2(report->text().contains(u"without passwords"_s), qPrintable(report->text()));
        report->accept();
        QFile plainFile(plain);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        const QByteArray plainJson = plainFile.readAll();
        QVERIFY(plainJson.contains("\"exported\""));
        QVERIFY(!plainJson.contains("export-pw-9"));
        QVERIFY(!plainJson.contains(Password.toUtf8()));

        const QString withSecrets = dir.filePath(u"secrets.json"_s);
        manager->exportFile(withSecrets, true);
        report = messageBox(u"exportReport"_s);
        QVERIFY(report);
        QVERIFY2(report->text().contains(u"clear text"_s), qPrintable(report->text()));
        report->accept();
        QFile secretFile(withSecrets);
        QVERIFY(secretFile.open(QIODevice::ReadOnly));
        QVERIFY(secretFile.readAll().contains("export-pw-9"));
        QCOMPARE(QFile::permissions(withSecrets) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions {});

        // Everything gone, then imported back: the same profiles, the password in the keychain again.
        m_window->profiles()->secrets()->remove(id);
        repository()->replaceAll({});
        manager->importFile(withSecrets);
        report = messageBox(u"importReport"_s);
        QVERIFY(report);
        QVERIFY2(report->text().startsWith(u"%1 connections imported from Canopy connections."_s.arg(before.size())),
            qPrintable(report->text()));
        report->accept();
        QCOMPARE(repository()->profiles(), before);
        SecretStore fresh(u"org.canopy.Canopy"_s);
        std::optional<ProfileSecrets> loaded;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                loaded.reset();
                fresh.load(id, this, [&loaded](const ProfileSecrets &secrets) { loaded = secrets; });
                return QTest::qWaitFor([&loaded] { return loaded.has_value(); }, 5000)
                    && loaded->password == u"export-pw-9"_s;
            }(),
            10000);

        // The same file again: every name is taken, so it asks. Keep both: copies with new names.
        manager->importFile(plain);
        QMessageBox *conflict = messageBox(u"importConflict"_s);
        QVERIFY2(conflict, "importing over existing profiles did not ask first");
        click(conflict, u"importKeepBoth"_s);
        QTRY_COMPARE(repository()->profiles().size(), 2 * before.size());
        QVERIFY(repository()->profileNamed(u"exported (2)"_s));
        messageBox(u"importReport"_s)->accept();

        // Replace: asked again, and the profile of that name takes the file's settings (and keeps its id).
        QByteArray edited = plainJson;
        edited.replace("\"bob\"", "\"carol\"");
        const QString editedPath = dir.filePath(u"edited.json"_s);
        QFile editedFile(editedPath);
        QVERIFY(editedFile.open(QIODevice::WriteOnly));
        editedFile.write(edited);
        editedFile.close();
        manager->importFile(editedPath);
        conflict = messageBox(u"importConflict"_s);
        QVERIFY(conflict);
        click(conflict, u"importReplace"_s);
        QTRY_COMPARE(repository()->profileNamed(u"exported"_s)->userName, u"carol"_s);
        QCOMPARE(repository()->profileNamed(u"exported"_s)->id, id);
        QCOMPARE(repository()->profiles().size(), 2 * before.size());
        messageBox(u"importReport"_s)->accept();
    }

    void aFileThatIsNotWhatItClaimsIsRefusedWithItsLine()
    {
        QTemporaryDir dir;
        addProfile(plainProfile(u"untouched"_s, m_broker, u"canopy-untouched"_s));
        const QList<ConnectionProfile> before = repository()->profiles();
        const QString path = dir.filePath(u"broken.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n\"format\": \"canopy-connections\",\n\"connections\": [\n"
                   "  {\"name\": \"fine\", \"host\": \"h\"},\n  {\"name\": \"broken\", \"host\": \"h\",\n"
                   "   \"port\": \"eighty\"}\n]\n}\n");
        file.close();
        ConnectionManager *manager = openManager();
        QVERIFY(manager);
        manager->importFile(path);
        QMessageBox *error = messageBox(u"importError"_s);
        QVERIFY(error);
        QVERIFY2(error->text().contains(u"Line 6: 'port' must be a whole number"_s), qPrintable(error->text()));
        error->accept();
        QCOMPARE(repository()->profiles(), before); // nothing half-imported
        QVERIFY(!repository()->profileNamed(u"fine"_s));
    }

    void mqttxExportIsImportedWithItsPasswordInTheKeychain()
    {
        ConnectionManager *manager = openManager();
        QVERIFY(manager);
        manager->importFile(TestSupport::sourceDir() + u"/tests/data/import/mqttx-connections.json"_s);
        QMessageBox *report = messageBox(u"importReport"_s);
        QVERIFY(report);
        QVERIFY2(report->text().contains(u"from MQTTX connections"_s), qPrintable(report->text()));
        QVERIFY2(report->text().contains(u"'staging EMQX': 'reconnectPeriod' has no equivalent in Canopy"_s),
            qPrintable(report->text()));
        QVERIFY2(report->text().contains(u"system keychain"_s), qPrintable(report->text()));
        report->accept();
        const auto staging = repository()->profileNamed(u"staging EMQX"_s);
        QVERIFY(staging);
        QCOMPARE(staging->port, 8883);
        QCOMPARE(manager->currentId(), staging->id);
        QTRY_COMPARE_WITH_TIMEOUT(
            manager->findChild<QLineEdit *>(u"profilePassword"_s)->text(), u"mqttx-Secret-1"_s, 10000);
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("mqttx-Secret-1"));
    }

    // ---- MQTT 3.1.1 brokers

    void fallbackToV311ShowsThroughAProfile()
    {
        AedesFixture aedes;
        QVERIFY2(aedes.start(), qPrintable(aedes.errorString()));
        ConnectionProfile profile;
        profile.name = u"aedes 3.1.1"_s;
        profile.host = aedes.host();
        profile.port = aedes.port();
        profile.clientId = u"canopy-aedes-profile"_s; // "MQTT 5, else 3.1.1" is the default
        addProfile(profile);
        QVERIFY(m_window->profiles()->openProfile(u"aedes 3.1.1"_s));
        ConnectionTab *tab = m_window->currentTab();
        QSignalSpy fallback(tab->pipeline(), &IngestPipeline::protocolFallback);
        QTRY_COMPARE_WITH_TIMEOUT(tab->connectionStatus()->text(),
            u"Connected to mqtt://%1:%2 (MQTT 3.1.1: the broker does not support MQTT 5)"_s.arg(aedes.host())
                .arg(aedes.port()),
            10000);
        QCOMPARE(fallback.size(), 1);
    }

    void fallbackFromAScriptedBrokerThatRefusesMqtt5()
    {
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        ConnectionProfile profile;
        profile.name = u"refuses 5"_s;
        profile.host = broker.host();
        profile.port = broker.port();
        profile.clientId = u"canopy-refuses-5"_s;
        addProfile(profile);
        QVERIFY(m_window->profiles()->openProfile(u"refuses 5"_s));
        QVERIFY(broker.waitForClient(10000));
        auto connect = broker.waitForPacket();
        QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
        QCOMPARE(std::get<Mqtt::Connect>(*connect).version, Mqtt::ProtocolVersion::V5);
        broker.send(QByteArray::fromHex("20020001")); // 3.1.1 CONNACK: unacceptable protocol version
        broker.dropClient();
        QVERIFY(broker.waitForConnectionCount(2, 10000));
        connect = broker.waitForPacket();
        QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
        QCOMPARE(std::get<Mqtt::Connect>(*connect).version, Mqtt::ProtocolVersion::V311);
        broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V311));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentTab()->connectionStatus()->text(),
            u"Connected to mqtt://%1:%2 (MQTT 3.1.1: the broker does not support MQTT 5)"_s.arg(broker.host())
                .arg(broker.port()),
            10000);
    }

    // ---- the command line

    void profileOnTheCommandLine()
    {
        // The program's own settings (no test mode there): XDG_CONFIG_HOME/Canopy/Canopy/profiles.ini.
        const QString file = qEnvironmentVariable("XDG_CONFIG_HOME") + u"/Canopy/Canopy/profiles.ini"_s;
        {
            ProfileRepository programs(file);
            programs.load();
            programs.add(plainProfile(u"from the command line"_s, m_second, u"canopy-command-line"_s));
        }
        QTemporaryDir dir;
        const QString canopy = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy"_s;
        QProcess process;
        process.start(canopy,
            { u"--profile"_s, u"From The Command Line"_s, u"--screenshot"_s, dir.filePath(u"shot.png"_s),
                u"--screenshot-delay"_s, u"3000"_s });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(m_second.log().contains(u"as canopy-command-line"_s), qPrintable(m_second.log()));

        process.start(canopy, { u"--profile"_s, u"no such profile"_s });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(u"no saved connection called 'no such profile'"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
