// SPDX-License-Identifier: MIT
// Profiles as JSON: Canopy's export (secrets only when asked for) read back unchanged; MQTTX's connection export
// and MQTT Explorer's settings file (sample files in tests/data/import written from those projects' public sources)
// mapped field by field, with the fields that have no equivalent listed; and files that are not what they claim to
// be refused with the line and the reason, with nothing imported.
#include "profiles/jsonlocator.h"
#include "profiles/profilejson.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(TestSupport::sourceDir() + u"/tests/data/import/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", qPrintable(file.fileName()));
    return file.readAll();
}

ConnectionProfile exampleProfile()
{
    ConnectionProfile profile;
    profile.id = u"11111111-2222-4333-8444-555555555555"_s;
    profile.name = u"staging EMQX"_s;
    profile.transport = ConnectionProfile::Transport::Tls;
    profile.host = u"staging.example"_s;
    profile.port = 8883;
    profile.protocol = Mqtt::ProtocolChoice::V5;
    profile.clientId = u"ops"_s;
    profile.randomClientIdSuffix = true;
    profile.userName = u"ops-user"_s;
    profile.cleanStart = false;
    profile.sessionExpiryInterval = 600;
    profile.caFile = u"/etc/ca.pem"_s;
    profile.alpn = { u"mqtt"_s };
    profile.will.enabled = true;
    profile.will.topic = u"ops/state"_s;
    profile.will.payload = QByteArray("\x00\x01\xfe", 3); // not text: exported as base64
    profile.will.messageExpiryInterval = 60u;
    profile.will.correlationData = "c";
    profile.will.userProperties = { { u"k"_s, u"v"_s } };
    profile.subscriptions = { { u"plant/+/t"_s, 2, true, false, 1, 9 } };
    return profile;
}

QString unmapped(const ProfileImport &import)
{
    return import.unmapped.join(u'\n');
}

} // namespace

class TestProfileImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportLeavesSecretsOutUnlessAsked()
    {
        const QList<ConnectionProfile> profiles = { exampleProfile() };
        const QList<ProfileSecrets> secrets = { { u"hunter2"_s, u"key-pass"_s } };
        const QByteArray plain = ProfileJson::exportProfiles(profiles);
        QVERIFY(!plain.contains("hunter2"));
        QVERIFY(!plain.contains("key-pass"));
        QVERIFY(!plain.contains("\"password\""));
        const QJsonObject root = QJsonDocument::fromJson(plain).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"canopy-connections"_s);
        QCOMPARE(root.value(u"containsSecrets"_s).toBool(), false);

        const ProfileImport back = ProfileJson::importProfiles(plain);
        QVERIFY2(back.isValid(), qPrintable(ProfileJson::errorSentence(back)));
        QCOMPARE(back.format, ProfileImport::Format::Canopy);
        QCOMPARE(back.profiles.size(), 1);
        QCOMPARE(back.profiles.constFirst(), profiles.constFirst());
        QCOMPARE(back.secrets.constFirst(), ProfileSecrets {});
        QVERIFY2(back.unmapped.isEmpty(), qPrintable(unmapped(back)));

        const QByteArray withSecrets = ProfileJson::exportProfiles(profiles, &secrets);
        QVERIFY(withSecrets.contains("hunter2"));
        const ProfileImport again = ProfileJson::importProfiles(withSecrets);
        QVERIFY(again.isValid());
        QCOMPARE(again.profiles.constFirst(), profiles.constFirst());
        QCOMPARE(again.secrets.constFirst(), secrets.constFirst());
    }

    void mqttxExportIsMapped()
    {
        const ProfileImport import = ProfileJson::importProfiles(sample(u"mqttx-connections.json"_s));
        QVERIFY2(import.isValid(), qPrintable(ProfileJson::errorSentence(import)));
        QCOMPARE(import.format, ProfileImport::Format::Mqttx);
        QCOMPARE(import.profiles.size(), 2);

        const ConnectionProfile &staging = import.profiles.at(0);
        QCOMPARE(staging.name, u"staging EMQX"_s);
        QCOMPARE(staging.transport, ConnectionProfile::Transport::Tls);
        QCOMPARE(staging.host, u"staging.emqx.example"_s);
        QCOMPARE(staging.port, 8883);
        QCOMPARE(staging.protocol, Mqtt::ProtocolChoice::V5);
        QCOMPARE(staging.clientId, u"mqttx_5f2a9c1e"_s);
        QVERIFY(staging.randomClientIdSuffix);
        QCOMPARE(staging.userName, u"ops"_s);
        QCOMPARE(import.secrets.at(0).password, u"mqttx-Secret-1"_s);
        QVERIFY(!staging.cleanStart);
        QCOMPARE(staging.keepAliveSeconds, 30);
        QCOMPARE(staging.connectTimeoutSeconds, 15);
        QVERIFY(staging.autoReconnect);
        QCOMPARE(staging.caFile, u"/home/ops/certs/staging-ca.pem"_s);
        QCOMPARE(staging.clientCertificateFile, u"/home/ops/certs/ops.crt"_s);
        QCOMPARE(staging.clientKeyFile, u"/home/ops/certs/ops.key"_s);
        QVERIFY(!staging.skipVerification);
        QCOMPARE(staging.alpn, QStringList { u"mqtt"_s });
        QCOMPARE(staging.sessionExpiryInterval, 3600u);
        QVERIFY(staging.will.enabled);
        QCOMPARE(staging.will.topic, u"ops/mqttx/status"_s);
        QCOMPARE(staging.will.payload, QByteArray("offline"));
        QCOMPARE(staging.will.qos, 1);
        QVERIFY(staging.will.retain);
        QCOMPARE(staging.will.delayInterval, 5u);
        QVERIFY(staging.will.payloadIsUtf8);
        QCOMPARE(staging.will.messageExpiryInterval, std::optional<quint32>(600));
        QCOMPARE(staging.will.contentType, u"text/plain"_s);
        QCOMPARE(staging.will.responseTopic, u"ops/mqttx/reply"_s);
        QCOMPARE(staging.will.correlationData, QByteArray("abc"));
        QCOMPARE(staging.will.userProperties.size(), 3);
        QCOMPARE(staging.will.userProperties.at(1).name, u"tag"_s);
        QCOMPARE(staging.subscriptions.size(), 1); // the disabled one is left out, and said so
        const ProfileSubscription &temperatures = staging.subscriptions.constFirst();
        QCOMPARE(temperatures.filter, u"plant/+/temperature"_s);
        QCOMPARE(temperatures.qos, 1);
        QVERIFY(temperatures.noLocal);
        QVERIFY(temperatures.retainAsPublished);
        QCOMPARE(temperatures.retainHandling, 2);
        QCOMPARE(temperatures.subscriptionIdentifier, 7u);

        const ConnectionProfile &local = import.profiles.at(1);
        QCOMPARE(local.transport, ConnectionProfile::Transport::WebSocket);
        QCOMPARE(local.webSocketPath, u"/mqtt"_s);
        QCOMPARE(local.protocol, Mqtt::ProtocolChoice::V311);
        QVERIFY(!local.autoReconnect);
        QVERIFY(local.subscriptions.isEmpty());
        QCOMPARE(import.secrets.at(1).password, QString());

        const QString list = unmapped(import);
        for (const char *says : { "'staging EMQX': 'reconnectPeriod' has no equivalent",
                 "'staging EMQX': 'receiveMaximum' has no equivalent", "'alias' (of 'plant/+/temperature')",
                 "'color' (of 'plant/+/temperature')", "'plant/debug/#' was disabled", "1 stored message",
                 "'local ws': 'reconnectPeriod'" })
            QVERIFY2(list.contains(QLatin1StringView(says)), qPrintable(QString::fromLatin1(says) + u"\n"_s + list));
        // Bookkeeping is not a setting, and nothing mapped is listed.
        for (const char *absent : { "'createAt'", "'orderId'", "'unreadMessageCount'", "'host'", "'ssl'", "'ca'" })
            QVERIFY2(
                !list.contains(QLatin1StringView(absent)), qPrintable(QString::fromLatin1(absent) + u"\n"_s + list));
    }

    void mqttxSingleConnection()
    {
        const ProfileImport import = ProfileJson::importProfiles(sample(u"mqttx-single.json"_s));
        QVERIFY2(import.isValid(), qPrintable(ProfileJson::errorSentence(import)));
        QCOMPARE(import.format, ProfileImport::Format::Mqttx);
        QCOMPARE(import.profiles.size(), 1);
        const ConnectionProfile &edge = import.profiles.constFirst();
        QCOMPARE(edge.name, u"edge gateway"_s);
        QCOMPARE(edge.protocol, Mqtt::ProtocolChoice::V311);
        QCOMPARE(edge.sessionExpiryInterval, 120u); // older MQTTX: at the top level
        QCOMPARE(edge.subscriptions.constFirst().qos, 2);
        QVERIFY2(unmapped(import).contains(u"MQTT 3.1 is not offered"_s), qPrintable(unmapped(import)));
    }

    void mqttExplorerSettingsAreMapped()
    {
        ProfileImport import = ProfileJson::importProfiles(sample(u"mqtt-explorer-settings.json"_s));
        QVERIFY2(import.isValid(), qPrintable(ProfileJson::errorSentence(import)));
        QCOMPARE(import.format, ProfileImport::Format::MqttExplorer);
        QCOMPARE(import.profiles.size(), 3);
        // In MQTT Explorer's order: "order" 0, 1, then the one without.
        const ConnectionProfile &cloud = import.profiles.at(0);
        QCOMPARE(cloud.name, u"customer cloud"_s);
        QCOMPARE(cloud.transport, ConnectionProfile::Transport::SecureWebSocket);
        QCOMPARE(cloud.host, u"mqtt.customer.example"_s);
        QCOMPARE(cloud.port, 443);
        QCOMPARE(cloud.webSocketPath, u"/mqtt"_s);
        QCOMPARE(cloud.userName, u"fleet-reader"_s);
        QCOMPARE(import.secrets.at(0).password, u"explorer-Secret-7"_s);
        QVERIFY(cloud.skipVerification);
        QVERIFY(cloud.randomClientIdSuffix); // no client id: one is made up at every connection
        QCOMPARE(cloud.subscriptions.size(), 1);
        QCOMPARE(cloud.subscriptions.constFirst().filter, u"fleet/+/status"_s);
        QCOMPARE(cloud.subscriptions.constFirst().qos, 1);
        QCOMPARE(import.files.size(), 3);

        const ConnectionProfile &eclipse = import.profiles.at(1);
        QCOMPARE(eclipse.name, u"mqtt.eclipseprojects.io"_s);
        QCOMPARE(eclipse.transport, ConnectionProfile::Transport::Tcp);
        QCOMPARE(eclipse.clientId, u"mqtt-explorer-1a2b3c4d"_s);
        QCOMPARE(eclipse.subscriptions.size(), 2);
        QCOMPARE(eclipse.subscriptions.at(1).filter, u"$SYS/#"_s);

        const ConnectionProfile &legacy = import.profiles.at(2);
        QCOMPARE(legacy.name, u"old style"_s);
        QCOMPARE(legacy.subscriptions.size(), 2);
        QCOMPARE(legacy.subscriptions.at(0).filter, u"home/#"_s);

        QVERIFY2(unmapped(import).contains(u"'customer cloud': 'favorite' has no equivalent"_s),
            qPrintable(unmapped(import)));

        // The embedded certificates become files next to the settings, and the profile points at them.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(ProfileJson::saveEmbeddedFiles(import, dir.filePath(u"certificates"_s), &error), qPrintable(error));
        const ConnectionProfile &saved = import.profiles.at(0);
        QVERIFY(saved.caFile.startsWith(dir.filePath(u"certificates/"_s)));
        QVERIFY(saved.caFile.endsWith(u"customer-ca.pem"_s));
        QFile ca(saved.caFile);
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QCOMPARE(QSslCertificate::fromData(ca.readAll()).size(), 1);
        QVERIFY(QFile::exists(saved.clientKeyFile));
        QCOMPARE(
            QFile::permissions(saved.clientKeyFile) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions {});
        QVERIFY(import.files.isEmpty());
    }

    void mqttExplorerConnectionExport()
    {
        const QJsonObject settings = QJsonDocument::fromJson(sample(u"mqtt-explorer-settings.json"_s)).object();
        const QByteArray exported
            = QJsonDocument(settings.value(u"ConnectionManager_connections"_s).toObject()).toJson();
        const ProfileImport import = ProfileJson::importProfiles(exported);
        QVERIFY2(import.isValid(), qPrintable(ProfileJson::errorSentence(import)));
        QCOMPARE(import.format, ProfileImport::Format::MqttExplorer);
        QCOMPARE(import.profiles.size(), 3);
    }

    void refusedWithLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");

        QTest::newRow("empty file") << QByteArray("  \n") << 0 << u"empty"_s;
        QTest::newRow("not JSON at all") << QByteArray("[profiles]\n1\\name=x\n") << 1 << u"not JSON"_s;
        QTest::newRow("JSON broken inside a connection")
            << QByteArray("{\n  \"format\": \"canopy-connections\",\n  "
                          "\"connections\": [\n    { \"name\": \"a\" \n  ]\n}\n")
            << 5 << u"not JSON"_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10) << 1 << u"not JSON"_s;
        QTest::newRow("JSON of another kind") << QByteArray("{\"editor.fontSize\": 14}") << 1 << u"none of"_s;
        QTest::newRow("another format tag")
            << QByteArray("{\n\"format\": \"canopy-layout\"\n}") << 2 << u"canopy-layout"_s;
        QTest::newRow("Canopy: a port that is text")
            << QByteArray("{\n\"format\": \"canopy-connections\",\n\"connections\": [\n"
                          "  {\"name\": \"a\", \"host\": \"h\", \"port\": 1883},\n"
                          "  {\"name\": \"b\",\n   \"host\": \"h\",\n   \"port\": \"abc\"}\n]\n}")
            << 7 << u"'port' must be a whole number from 1 to 65535"_s;
        QTest::newRow("Canopy: an invalid filter")
            << QByteArray("{\"format\": \"canopy-connections\", \"connections\": [\n"
                          "{\"name\": \"a\", \"host\": \"h\", \"subscriptions\": [\n"
                          "{\"filter\": \"ok/#\"},\n{\"filter\": \"bad/#/x\"}]}]}")
            << 4 << u"MQTT-4.7.1-1"_s;
        QTest::newRow("Canopy: no host") << QByteArray("{\"format\": \"canopy-connections\", \"connections\": [\n"
                                                       "{\"name\": \"a\"}]}")
                                         << 2 << u"'host' is missing"_s;
        QTest::newRow("MQTTX: a port out of range") << QByteArray(
            "[\n{\"clientId\": \"x\", \"name\": \"n\", \"host\": \"h\",\n\"port\": 99999, "
            "\"mqttVersion\": \"5.0\"}]") << 3 << u"'port'"_s;
        QTest::newRow("MQTTX: an unknown version") << QByteArray(
            "[{\"clientId\": \"x\", \"name\": \"n\", \"host\": \"h\", \"port\": 1,\n"
            "\"mqttVersion\": \"6.0\"}]") << 2 << u"'mqttVersion'"_s;
        QTest::newRow("MQTTX: a self-signed CA without a file")
            << QByteArray("[{\"clientId\": \"x\", \"name\": \"n\", \"host\": \"h\", \"port\": 1, "
                          "\"mqttVersion\": \"5.0\",\n\"certType\": \"self\", \"ca\": \"\"}]")
            << 2 << u"names no CA file"_s;
        QTest::newRow("MQTT Explorer: a certificate that is not base64")
            << QByteArray("{\"ConnectionManager_connections\": {\"x\": {\"configVersion\": 1, \"type\": \"mqtt\", "
                          "\"name\": \"n\", \"host\": \"h\", \"port\": 1883,\n\"selfSignedCertificate\": "
                          "{\"name\": \"ca.pem\",\n\"data\": \"!!not base64!!\"}}}}")
            << 3 << u"not base64"_s;
        QTest::newRow("MQTT Explorer: connections that are not an object")
            << QByteArray("{\n\"ConnectionManager_connections\": [1, 2]\n}") << 2 << u"object of connections"_s;
        QTest::newRow("a file with no connections")
            << QByteArray("{\"format\": \"canopy-connections\", \"connections\": []}") << 0 << u"no connections"_s;
    }

    void refusedWithLineAndReason()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, line);
        QFETCH(QString, says);
        const ProfileImport import = ProfileJson::importProfiles(file);
        QVERIFY(!import.isValid());
        QVERIFY2(import.error.contains(says), qPrintable(import.error));
        QCOMPARE(import.errorLine, line);
        // All or nothing.
        QVERIFY(import.profiles.isEmpty());
        QVERIFY(import.secrets.isEmpty());
        QVERIFY(import.files.isEmpty());
        if (line > 0)
            QVERIFY(ProfileJson::errorSentence(import).startsWith(u"Line %1: "_s.arg(line)));
    }

    void locatorFindsEveryValue()
    {
        const QByteArray json = "{\n \"a\": [\n  1,\n  {\"b\\/c\": \"x\",\n   \"d\": null}\n ],\n \"e~f\": true\n}";
        const JsonLocator locator(json);
        QCOMPARE(locator.line(QString()), 1);
        QCOMPARE(locator.line(u"/a"_s), 2);
        QCOMPARE(locator.line(u"/a/0"_s), 3);
        QCOMPARE(locator.line(u"/a/1"_s), 4);
        QCOMPARE(locator.line(u"/a/1/b~1c"_s), 4);
        QCOMPARE(locator.line(u"/a/1/d"_s), 5);
        QCOMPARE(locator.line(u"/e~0f"_s), 7);
        QCOMPARE(locator.line(u"/nothing"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
