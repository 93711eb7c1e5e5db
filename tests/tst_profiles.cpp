// SPDX-License-Identifier: MIT
// Saved connections without widgets: validation field by field (each rule with its sentence), the TLS files checked
// before connecting (unreadable CA, a key that does not belong to its certificate, a passphrase), the client options
// a profile connects with, the settings file (a round trip, and a file edited into nonsense that still loads) and
// the repository (duplicate, rename, delete, reorder, all written back).
#include "certificates.h"
#include "profiles/profileoptions.h"
#include "profiles/profilerepository.h"
#include "profiles/profilesettings.h"
#include "profiles/profilevalidation.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ProfileField)
Q_DECLARE_METATYPE(ProfileSecrets)

namespace {

ConnectionProfile validProfile()
{
    ConnectionProfile profile;
    profile.id = u"id-1"_s;
    profile.name = u"local mosquitto"_s;
    profile.host = u"localhost"_s;
    profile.clientId = u"canopy-test"_s;
    return profile;
}

QList<ProfileField> fieldsOf(const QList<ProfileProblem> &problems)
{
    QList<ProfileField> fields;
    for (const ProfileProblem &problem : problems)
        fields.append(problem.field);
    return fields;
}

QString sentences(const QList<ProfileProblem> &problems)
{
    QStringList list;
    for (const ProfileProblem &problem : problems)
        list.append(problem.sentence);
    return list.join(u" | "_s);
}

ConnectionProfile fullProfile()
{
    ConnectionProfile profile;
    profile.id = u"8d2c6a8e-0000-4000-8000-000000000001"_s;
    profile.name = u"customer HiveMQ"_s;
    profile.transport = ConnectionProfile::Transport::SecureWebSocket;
    profile.host = u"broker.customer.example"_s;
    profile.port = 8884;
    profile.webSocketPath = u"/mqtt?tenant=7"_s;
    profile.protocol = Mqtt::ProtocolChoice::V5;
    profile.clientId = u"ops-console"_s;
    profile.randomClientIdSuffix = true;
    profile.userName = u"ops"_s;
    profile.cleanStart = false;
    profile.sessionExpiryInterval = 86400;
    profile.keepAliveSeconds = 25;
    profile.connectTimeoutSeconds = 7;
    profile.autoReconnect = false;
    profile.caFile = u"/etc/ssl/customer-ca.pem"_s;
    profile.clientCertificateFile = u"/home/ops/ops.crt"_s;
    profile.clientKeyFile = u"/home/ops/ops.key"_s;
    profile.serverName = u"mqtt.customer.example"_s;
    profile.alpn = { u"mqtt"_s, u"x-amzn-mqtt-ca"_s };
    profile.skipVerification = true;
    profile.will.enabled = true;
    profile.will.topic = u"ops/console/state"_s;
    profile.will.payload = QByteArray("gone\x00\xff", 6);
    profile.will.qos = 2;
    profile.will.retain = true;
    profile.will.delayInterval = 30;
    profile.will.messageExpiryInterval = 0u; // present and zero is not the same as absent
    profile.will.payloadIsUtf8 = true;
    profile.will.contentType = u"text/plain"_s;
    profile.will.responseTopic = u"ops/console/reply"_s;
    profile.will.correlationData = "corr-1";
    profile.will.userProperties = { { u"site"_s, u"lab"_s }, { u"site"_s, u"plant 2"_s } };
    profile.subscriptions = {
        { u"plant/+/temperature"_s, 1, true, false, 2, 7 },
        { u"$SYS/#"_s, 0, false, true, 0, 0 },
    };
    return profile;
}

bool runOpenSsl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"openssl"_s), arguments);
    return process.waitForFinished(20000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestProfiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Certificates::shared().isValid(), qPrintable(Certificates::shared().errorString()));
        QStandardPaths::setTestModeEnabled(true);
    }

    void aValidProfileHasNoProblems()
    {
        QVERIFY2(ProfileValidation::validate(validProfile(), {}).isEmpty(),
            qPrintable(sentences(ProfileValidation::validate(validProfile(), {}))));
    }

    void eachRuleNamesItsField_data()
    {
        QTest::addColumn<ConnectionProfile>("profile");
        QTest::addColumn<ProfileSecrets>("secrets");
        QTest::addColumn<ProfileField>("field");
        QTest::addColumn<QString>("says");

        auto row = [](const char *name, const std::function<void(ConnectionProfile &, ProfileSecrets &)> &change,
                       ProfileField field, const QString &says) {
            ConnectionProfile profile = validProfile();
            ProfileSecrets secrets;
            change(profile, secrets);
            QTest::newRow(name) << profile << secrets << field << says;
        };
        row(
            "a name is required", [](auto &p, auto &) { p.name = u"  "_s; }, ProfileField::Name, u"name"_s);
        row(
            "names are unique ignoring case", [](auto &p, auto &) { p.name = u"Staging"_s; }, ProfileField::Name,
            u"already called"_s);
        row(
            "a host is required", [](auto &p, auto &) { p.host.clear(); }, ProfileField::Host, u"host name"_s);
        row(
            "the host has no scheme", [](auto &p, auto &) { p.host = u"mqtt://broker"_s; }, ProfileField::Host,
            u"without a scheme"_s);
        row(
            "the host has no space", [](auto &p, auto &) { p.host = u"my broker"_s; }, ProfileField::Host,
            u"not a host name"_s);
        row(
            "port 0 is out of range", [](auto &p, auto &) { p.port = 0; }, ProfileField::Port, u"1 to 65535"_s);
        row(
            "port 70000 is out of range", [](auto &p, auto &) { p.port = 70000; }, ProfileField::Port, u"1 to 65535"_s);
        row(
            "a WebSocket path starts with /",
            [](auto &p, auto &) {
                p.transport = ConnectionProfile::Transport::WebSocket;
                p.webSocketPath = u"mqtt"_s;
            },
            ProfileField::WebSocketPath, u"starts with '/'"_s);
        row(
            "MQTT-3.1.3-7 3.1.1 keeps a session only with a client id",
            [](auto &p, auto &) {
                p.protocol = Mqtt::ProtocolChoice::V311;
                p.clientId.clear();
                p.cleanStart = false;
            },
            ProfileField::ClientId, u"MQTT-3.1.3-7"_s);
        row(
            "MQTT-1.5.4-2 no U+0000 in a client id", [](auto &p, auto &) { p.clientId = u"a\u0000b"_s; },
            ProfileField::ClientId, u"MQTT-1.5.4-2"_s);
        row(
            "MQTT-3.1.2-22 3.1.1 password needs a user name",
            [](auto &p, auto &s) {
                p.protocol = Mqtt::ProtocolChoice::V5ElseV311;
                s.password = u"pw"_s;
            },
            ProfileField::Password, u"MQTT-3.1.2-22"_s);
        row(
            "keep-alive at most 65535", [](auto &p, auto &) { p.keepAliveSeconds = 70000; }, ProfileField::KeepAlive,
            u"65,535"_s);
        row(
            "MQTT-4.7.1-1 '#' is the last level", [](auto &p, auto &) { p.subscriptions = { { u"a/#/b"_s } }; },
            ProfileField::Subscriptions, u"MQTT-4.7.1-1"_s);
        row(
            "MQTT-4.7.1-1 '#' fills its level", [](auto &p, auto &) { p.subscriptions = { { u"a/b#"_s } }; },
            ProfileField::Subscriptions, u"MQTT-4.7.1-1"_s);
        row(
            "MQTT-4.7.1-2 '+' fills its level", [](auto &p, auto &) { p.subscriptions = { { u"a/b+/c"_s } }; },
            ProfileField::Subscriptions, u"MQTT-4.7.1-2"_s);
        row(
            "MQTT-4.7.3-1 a filter is not empty", [](auto &p, auto &) { p.subscriptions = { { QString() } }; },
            ProfileField::Subscriptions, u"MQTT-4.7.3-1"_s);
        row(
            "MQTT-4.8.2-1 a shared subscription names its group",
            [](auto &p, auto &) { p.subscriptions = { { u"$share//a"_s } }; }, ProfileField::Subscriptions,
            u"MQTT-4.8.2-1"_s);
        row(
            "MQTT-3.8.3-4 no No Local on a shared subscription",
            [](auto &p, auto &) {
                p.subscriptions = { { u"$share/g/a"_s, 0, true } };
            },
            ProfileField::Subscriptions, u"MQTT-3.8.3-4"_s);
        row(
            "QoS 3 does not exist",
            [](auto &p, auto &) {
                p.subscriptions = { { u"a"_s, 3 } };
            },
            ProfileField::Subscriptions, u"QoS 3"_s);
        row(
            "a filter is listed once",
            [](auto &p, auto &) {
                p.subscriptions = { { u"a/+"_s }, { u"a/+"_s } };
            },
            ProfileField::Subscriptions, u"listed twice"_s);
        row(
            "MQTT-3.3.2-2 no wildcard in the will topic",
            [](auto &p, auto &) {
                p.will.enabled = true;
                p.will.topic = u"clients/+/state"_s;
            },
            ProfileField::WillTopic, u"MQTT-3.3.2-2"_s);
        row(
            "a client certificate needs its key",
            [](auto &p, auto &) {
                p.transport = ConnectionProfile::Transport::Tls;
                p.clientCertificateFile = u"/x.crt"_s;
            },
            ProfileField::ClientKey, u"private key"_s);
    }

    void eachRuleNamesItsField()
    {
        QFETCH(ConnectionProfile, profile);
        QFETCH(ProfileSecrets, secrets);
        QFETCH(ProfileField, field);
        QFETCH(QString, says);
        const QList<ProfileProblem> problems = ProfileValidation::validate(profile, secrets, { u"staging"_s });
        QCOMPARE(fieldsOf(problems), QList<ProfileField> { field });
        QVERIFY2(problems.constFirst().sentence.contains(says), qPrintable(problems.constFirst().sentence));
        if (field == ProfileField::Subscriptions)
            QCOMPARE(problems.constFirst().subscription, int(profile.subscriptions.size()) - 1);
    }

    void tlsFilesAreCheckedBeforeConnecting()
    {
        const Certificates &pki = Certificates::shared();
        ConnectionProfile profile = validProfile();
        profile.transport = ConnectionProfile::Transport::Tls;
        profile.port = 8883;

        profile.caFile = pki.directory() + u"/no-such-ca.pem"_s;
        auto problems = ProfileValidation::validate(profile, {});
        QCOMPARE(fieldsOf(problems), QList<ProfileField> { ProfileField::CaFile });
        QVERIFY2(problems.constFirst().sentence.contains(u"does not exist"_s), qPrintable(sentences(problems)));

        profile.caFile = pki.caKeyFile(); // a key, not a certificate
        problems = ProfileValidation::validate(profile, {});
        QCOMPARE(fieldsOf(problems), QList<ProfileField> { ProfileField::CaFile });
        QVERIFY2(problems.constFirst().sentence.contains(u"holds no certificate"_s), qPrintable(sentences(problems)));

        profile.caFile = pki.directory(); // a folder
        problems = ProfileValidation::validate(profile, {});
        QVERIFY2(problems.constFirst().sentence.contains(u"folder"_s), qPrintable(sentences(problems)));

        profile.caFile = pki.caCertificateFile();
        profile.clientCertificateFile = pki.clientCertificateFile();
        profile.clientKeyFile = pki.clientKeyFile();
        problems = ProfileValidation::validate(profile, {});
        QVERIFY2(problems.isEmpty(), qPrintable(sentences(problems)));

        // The server's key with the client's certificate: the files are fine, but they do not belong together.
        profile.clientKeyFile = pki.serverKeyFile();
        problems = ProfileValidation::validate(profile, {});
        QCOMPARE(fieldsOf(problems), QList<ProfileField> { ProfileField::ClientKey });
        QVERIFY2(problems.constFirst().sentence.contains(u"does not belong to the client certificate"_s),
            qPrintable(sentences(problems)));

        // Over plain TCP the TLS files are kept but not checked.
        profile.transport = ConnectionProfile::Transport::Tcp;
        QVERIFY(ProfileValidation::validate(profile, {}).isEmpty());
    }

    void anEncryptedKeyNeedsItsPassphrase()
    {
        const Certificates &pki = Certificates::shared();
        QTemporaryDir dir;
        const QString encrypted = dir.filePath(u"client-encrypted.key"_s);
        QVERIFY(runOpenSsl({ u"pkey"_s, u"-in"_s, pki.clientKeyFile(), u"-aes256"_s, u"-passout"_s,
            u"pass:correct horse"_s, u"-out"_s, encrypted }));
        ConnectionProfile profile = validProfile();
        profile.transport = ConnectionProfile::Transport::Tls;
        profile.clientCertificateFile = pki.clientCertificateFile();
        profile.clientKeyFile = encrypted;

        auto problems = ProfileValidation::validate(profile, {});
        QCOMPARE(fieldsOf(problems), QList<ProfileField> { ProfileField::KeyPassphrase });
        QVERIFY2(problems.constFirst().sentence.contains(u"enter the passphrase"_s), qPrintable(sentences(problems)));

        problems = ProfileValidation::validate(profile, { {}, u"wrong"_s });
        QCOMPARE(fieldsOf(problems), QList<ProfileField> { ProfileField::KeyPassphrase });
        QVERIFY2(problems.constFirst().sentence.contains(u"could not be decrypted"_s), qPrintable(sentences(problems)));

        problems = ProfileValidation::validate(profile, { {}, u"correct horse"_s });
        QVERIFY2(problems.isEmpty(), qPrintable(sentences(problems)));
    }

    void topicFilterRules()
    {
        QVERIFY(ProfileValidation::topicFilterProblem(u"#").isEmpty());
        QVERIFY(ProfileValidation::topicFilterProblem(u"+").isEmpty());
        QVERIFY(ProfileValidation::topicFilterProblem(u"a/+/b/#").isEmpty());
        QVERIFY(ProfileValidation::topicFilterProblem(u"$SYS/#").isEmpty());
        QVERIFY(ProfileValidation::topicFilterProblem(u"$share/g/a/+").isEmpty());
        QVERIFY(ProfileValidation::topicFilterProblem(u"/").isEmpty());
        QVERIFY(!ProfileValidation::topicFilterProblem(u"$share/g/").isEmpty());
        QVERIFY(!ProfileValidation::topicFilterProblem(u"$share/g+/a").isEmpty());
        QVERIFY(!ProfileValidation::topicFilterProblem(u"##").isEmpty());
        QVERIFY(!ProfileValidation::topicFilterProblem(QString(QChar(0xd800))).isEmpty());
    }

    void clientOptionsFromAProfile()
    {
        const ConnectionProfile profile = fullProfile();
        const Mqtt::ClientOptions options
            = ProfileOptions::clientOptions(profile, { u"pä55"_s, u"key pass"_s }, 0xabcdef);
        QCOMPARE(options.connection.scheme, Mqtt::ConnectionOptions::Scheme::Wss);
        QCOMPARE(options.connection.host, u"broker.customer.example"_s);
        QCOMPARE(options.connection.port, quint16(8884));
        QCOMPARE(options.connection.webSocketPath, u"/mqtt?tenant=7"_s);
        QCOMPARE(options.connection.connectTimeoutMs, 7000);
        QCOMPARE(options.connection.tls.caCertificateFile, profile.caFile);
        QCOMPARE(options.connection.tls.clientCertificateFile, profile.clientCertificateFile);
        QCOMPARE(options.connection.tls.clientKeyFile, profile.clientKeyFile);
        QCOMPARE(options.connection.tls.clientKeyPassphrase, QByteArray("key pass"));
        QVERIFY(options.connection.tls.insecure);
        QCOMPARE(options.connection.tls.peerVerifyName, u"mqtt.customer.example"_s);
        QCOMPARE(options.connection.tls.alpn, profile.alpn);
        QCOMPARE(options.session.connect.version, Mqtt::ProtocolVersion::V5);
        QVERIFY(!options.fallbackToV311);
        QVERIFY(!options.autoReconnect);
        const Mqtt::Connect &connect = options.session.connect;
        QCOMPARE(connect.clientId, u"ops-console-00abcdef"_s);
        QVERIFY(!connect.cleanStart);
        QCOMPARE(connect.keepAliveSeconds, quint16(25));
        QCOMPARE(connect.userName, std::optional<QString>(u"ops"_s));
        QCOMPARE(connect.password, std::optional<QByteArray>(u"pä55"_s.toUtf8()));
        QCOMPARE(connect.properties.sessionExpiryInterval, std::optional<quint32>(86400));
        QVERIFY(connect.will);
        QCOMPARE(connect.will->topic, profile.will.topic);
        QCOMPARE(connect.will->payload, profile.will.payload);
        QCOMPARE(connect.will->qos, quint8(2));
        QVERIFY(connect.will->retain);
        QCOMPARE(connect.will->properties.willDelayInterval, std::optional<quint32>(30));
        QCOMPARE(connect.will->properties.messageExpiryInterval, std::optional<quint32>(0));
        QCOMPARE(connect.will->properties.payloadFormatIndicator, std::optional<quint8>(1));
        QCOMPARE(connect.will->properties.contentType, std::optional<QString>(u"text/plain"_s));
        QCOMPARE(connect.will->properties.responseTopic, std::optional<QString>(u"ops/console/reply"_s));
        QCOMPARE(connect.will->properties.correlationData, std::optional<QByteArray>("corr-1"));
        QCOMPARE(connect.will->properties.userProperties, profile.will.userProperties);

        // The default: MQTT 5, else 3.1.1; no will, no credentials; TLS options only for TLS.
        ConnectionProfile plain = validProfile();
        plain.caFile = u"/ignored.pem"_s;
        const Mqtt::ClientOptions defaults = ProfileOptions::clientOptions(plain, {}, 1);
        QCOMPARE(defaults.session.connect.version, Mqtt::ProtocolVersion::V5);
        QVERIFY(defaults.fallbackToV311);
        QVERIFY(defaults.autoReconnect);
        QCOMPARE(defaults.session.connect.clientId, u"canopy-test"_s);
        QVERIFY(!defaults.session.connect.will);
        QVERIFY(!defaults.session.connect.userName);
        QVERIFY(!defaults.session.connect.password);
        QVERIFY(defaults.connection.tls.caCertificateFile.isEmpty());
        plain.clientId.clear();
        plain.randomClientIdSuffix = true;
        QCOMPARE(ProfileOptions::clientId(plain, 0x12), u"canopy-00000012"_s);
    }

    void subscriptionsGroupedByIdentifier()
    {
        const QList<ProfileSubscription> list = {
            { u"a/#"_s, 1 },
            { u"b/#"_s, 0, false, true, 0, 7 },
            { u"c/#"_s, 2 },
            { u"d/#"_s, 0, false, true, 0, 7 },
        };
        const auto groups = ProfileOptions::subscriptionGroups(list);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).first, 0u);
        QCOMPARE(groups.at(0).second.size(), 2);
        QCOMPARE(groups.at(0).second.at(1).filter, u"c/#"_s);
        QCOMPARE(groups.at(0).second.at(1).options.maximumQoS, quint8(2));
        QCOMPARE(groups.at(1).first, 7u);
        QCOMPARE(groups.at(1).second.size(), 2);
        QCOMPARE(ProfileOptions::subscriptionGroups({ list.at(1) }).size(), 1);
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"profiles.ini"_s);
        const QList<ConnectionProfile> profiles = { fullProfile(), validProfile() };
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileSettings::save(settings, profiles);
        }
        QSettings settings(file, QSettings::IniFormat);
        const ProfileSettings::Loaded loaded = ProfileSettings::load(settings);
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
        QCOMPARE(loaded.profiles.size(), 2);
        QCOMPARE(loaded.profiles.at(0), profiles.at(0));
        QCOMPARE(loaded.profiles.at(1), profiles.at(1));
    }

    void nonsenseInTheSettingsFileLoadsTheRest()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"profiles.ini"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[profiles]\n"
                  "size=banana\n"
                  "1\\id=aaa\n"
                  "1\\name=good one\n"
                  "1\\host=broker.example\n"
                  "1\\port=8883\n"
                  "1\\transport=tls\n"
                  "2\\id=bbb\n"
                  "2\\name=bad values\n"
                  "2\\host=other.example\n"
                  "2\\port=abc\n"
                  "2\\transport=carrier-pigeon\n"
                  "2\\keepAlive=-5\n"
                  "2\\cleanStart=maybe\n"
                  "2\\protocol=7\n"
                  "2\\subscriptions\\1\\filter=a/#\n"
                  "2\\subscriptions\\1\\qos=9\n"
                  "2\\subscriptions\\2\\qos=1\n"
                  "\x01\x02\xff garbage line without equals\n"
                  "3\\id=aaa\n"
                  "3\\name=Good One\n"
                  "3\\host=third.example\n"
                  "7\\host=no-name.example\n");
        out.close();
        QSettings settings(file, QSettings::IniFormat);
        const ProfileSettings::Loaded loaded = ProfileSettings::load(settings);
        const QString warnings = loaded.warnings.join(u'\n');
        QCOMPARE(loaded.profiles.size(), 4);
        QCOMPARE(loaded.profiles.at(0).name, u"good one"_s);
        QCOMPARE(loaded.profiles.at(0).port, 8883);
        QCOMPARE(loaded.profiles.at(0).transport, ConnectionProfile::Transport::Tls);
        const ConnectionProfile &bad = loaded.profiles.at(1);
        QCOMPARE(bad.host, u"other.example"_s);
        QCOMPARE(bad.transport, ConnectionProfile::Transport::Tcp);
        QCOMPARE(bad.port, 1883);
        QCOMPARE(bad.keepAliveSeconds, 60);
        QCOMPARE(bad.cleanStart, true);
        QCOMPARE(bad.protocol, Mqtt::ProtocolChoice::V5ElseV311);
        QCOMPARE(bad.subscriptions.size(), 1);
        QCOMPARE(bad.subscriptions.at(0).filter, u"a/#"_s);
        QCOMPARE(bad.subscriptions.at(0).qos, 0);
        for (const char *says : { "'port' is 'abc'", "carrier-pigeon", "'keepAlive' is '-5'", "'cleanStart' is 'maybe'",
                 "'protocol' is '7'", "'qos' is '9'", "subscription 2: it has no filter" })
            QVERIFY2(
                warnings.contains(QLatin1StringView(says)), qPrintable(QString::fromLatin1(says) + u"\n"_s + warnings));
        // A repeated id and name are made unique; a missing name gets one.
        QVERIFY(loaded.profiles.at(2).id != u"aaa"_s);
        QCOMPARE(loaded.profiles.at(2).name, u"Good One (2)"_s);
        QCOMPARE(loaded.profiles.at(3).host, u"no-name.example"_s);
        QCOMPARE(loaded.profiles.at(3).name, u"Connection 4"_s);
        QVERIFY2(warnings.contains(u"has no name"_s), qPrintable(warnings));
    }

    void aFileThatIsNotASettingsFileAtAllLoadsNothingAndDoesNotCrash()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"profiles.ini"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) & 0xff));
        out.write(garbage);
        out.close();
        ProfileRepository repository(file);
        repository.load();
        // Whatever it made of it, the app goes on; what it writes next keeps the old file beside it.
        repository.add(validProfile());
        QVERIFY(repository.profileNamed(u"local mosquitto"_s));
        if (!repository.loadWarnings().isEmpty() && repository.loadWarnings().constFirst().contains(u"could not"_s))
            QVERIFY(QFile::exists(file + u".unreadable"_s));
    }

    void repositoryEditsArePersisted()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"sub/profiles.ini"_s);
        ProfileRepository repository(file);
        QSignalSpy changed(&repository, &ProfileRepository::changed);
        const QString a = repository.add(validProfile());
        ConnectionProfile second = validProfile();
        second.name = u"LOCAL MOSQUITTO"_s; // taken, ignoring case
        const QString b = repository.add(second);
        QCOMPARE(repository.profile(b)->name, u"LOCAL MOSQUITTO (2)"_s);
        QVERIFY(a != b);
        const QString copy = repository.duplicate(a);
        QCOMPARE(repository.indexOf(copy), 1);
        QCOMPARE(repository.profile(copy)->name, u"local mosquitto (copy)"_s);
        QCOMPARE(repository.profile(copy)->host, u"localhost"_s);
        QVERIFY(!repository.rename(copy, u"local Mosquitto"_s)); // taken
        QVERIFY(repository.rename(copy, u"staging"_s));
        QVERIFY(repository.move(b, 0));
        QVERIFY(repository.remove(a));
        QVERIFY(changed.size() >= 6);

        ProfileRepository reread(file);
        QVERIFY(reread.load().isEmpty());
        QCOMPARE(reread.names(), (QStringList { u"LOCAL MOSQUITTO (2)"_s, u"staging"_s }));
        QCOMPARE(reread.profiles().at(1).id, copy);

        reread.setRestoreTabs(true);
        reread.setOpenProfiles({ copy, b });
        ProfileRepository again(file);
        again.load();
        QVERIFY(again.restoreTabs());
        QCOMPARE(again.openProfiles(), (QStringList { copy, b }));
        QCOMPARE(again.profiles().size(), 2); // the session group is not a profile
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
