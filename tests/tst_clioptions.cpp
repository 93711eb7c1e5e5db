// SPDX-License-Identifier: MIT
// canopy-cli option parsing: mosquitto_sub / mosquitto_pub options keep their meaning.
#include "clientconfig.h"
#include "clioptions.h"
#include "propertyoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCliOptions : public QObject {
    Q_OBJECT
private:
    static Cli::ParseResult parse(const QString &commandLine)
    {
        return Cli::parseArguments(QStringList { u"canopy-cli"_s } + commandLine.split(u' ', Qt::SkipEmptyParts));
    }

private Q_SLOTS:
    void mosquittoSubOptions()
    {
        const auto r
            = parse(u"sub -h broker.local -p 1884 -t a/# -t b/+ -v -C 5 -W 3 -q 2 -i me -k 30 -c -N -R -T a/x"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        const Cli::Options &o = r.options;
        QCOMPARE(o.command, Cli::Command::Sub);
        QCOMPARE(o.host, u"broker.local"_s);
        QCOMPARE(o.port, quint16(1884));
        QCOMPARE(o.topics, (QStringList { u"a/#"_s, u"b/+"_s }));
        QVERIFY(o.verbose);
        QCOMPARE(o.messageCount, 5);
        QCOMPARE(o.timeoutSeconds, 3);
        QCOMPARE(o.qos, 2);
        QCOMPARE(o.clientId, u"me"_s);
        QCOMPARE(o.keepAliveSeconds, 30);
        QVERIFY(!o.cleanSession);
        QVERIFY(o.noNewline);
        QVERIFY(o.skipRetained);
        QCOMPARE(o.filterOutTopics, QStringList { u"a/x"_s });
    }

    void mosquittoPubOptions()
    {
        const auto r
            = parse(u"pub -t t/1 -m hello -r -q 1 -u alice -P secret -V mqttv5 -D publish user-property k v"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        const Cli::Options &o = r.options;
        QCOMPARE(o.command, Cli::Command::Pub);
        QCOMPARE(o.message, QByteArray("hello"));
        QCOMPARE(o.messageSource, Cli::MessageSource::Argument);
        QVERIFY(o.retain);
        QCOMPARE(o.userName, u"alice"_s);
        QCOMPARE(o.password, std::optional<QByteArray>("secret"));
        QCOMPARE(o.version, Mqtt::ProtocolVersion::V5);
        QCOMPARE(o.properties.size(), 1);
        Mqtt::Properties properties;
        QString error;
        QVERIFY(Cli::applyProperties(o.properties, u"publish"_s, properties, &error));
        QCOMPARE(properties.userProperties, (QList<Mqtt::UserProperty> { { u"k"_s, u"v"_s } }));
    }

    void versionSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Mqtt::ProtocolVersion>("version");
        QTest::newRow("mqttv31") << u"mqttv31"_s << Mqtt::ProtocolVersion::V31;
        QTest::newRow("31") << u"31"_s << Mqtt::ProtocolVersion::V31;
        QTest::newRow("mqttv311") << u"mqttv311"_s << Mqtt::ProtocolVersion::V311;
        QTest::newRow("311") << u"311"_s << Mqtt::ProtocolVersion::V311;
        QTest::newRow("mqttv5") << u"mqttv5"_s << Mqtt::ProtocolVersion::V5;
        QTest::newRow("5") << u"5"_s << Mqtt::ProtocolVersion::V5;
    }
    void versionSpellings()
    {
        QFETCH(QString, text);
        QFETCH(Mqtt::ProtocolVersion, version);
        const auto r = parse(u"sub -t x -V "_s + text);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.options.version, version);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QString() << u"No command"_s;
        QTest::newRow("unknown command") << u"frobnicate"_s << u"not a command"_s;
        QTest::newRow("sub without topic") << u"sub -v"_s << u"-t"_s;
        QTest::newRow("pub without message") << u"pub -t a"_s << u"-m MESSAGE"_s;
        QTest::newRow("pub two message sources") << u"pub -t a -m x -n"_s << u"Only one"_s;
        QTest::newRow("qos 3") << u"sub -t a -q 3"_s << u"from 0 to 2"_s;
        QTest::newRow("port 0") << u"sub -t a -p 0"_s << u"from 1 to 65535"_s;
        QTest::newRow("missing value") << u"sub -t"_s << u"needs a value"_s;
        QTest::newRow("unknown option") << u"sub -t a --frob"_s << u"Unknown option '--frob'"_s;
        QTest::newRow("bad version") << u"sub -t a -V 4"_s << u"mqttv311"_s;
        QTest::newRow("property, then -V 3.1.1")
            << u"pub -t a -m x -D publish content-type text -V 311"_s << u"-V mqttv5"_s;
        QTest::newRow("property not for packet")
            << u"pub -t a -m x -V 5 -D publish session-expiry-interval 3"_s << u"cannot carry"_s;
        QTest::newRow("unknown property")
            << u"pub -t a -m x -V 5 -D publish colour red"_s << u"not an MQTT 5 property"_s;
        QTest::newRow("property out of range")
            << u"pub -t a -m x -V 5 -D publish payload-format-indicator 2"_s << u"not a valid value"_s;
        QTest::newRow("cert without key") << u"sub -t a --cert c.pem"_s << u"together"_s;
        QTest::newRow("will payload without topic") << u"sub -t a --will-payload bye"_s << u"--will-topic"_s;
        QTest::newRow("-x without v5") << u"sub -t a -x 60"_s << u"-V mqttv5"_s;
        QTest::newRow("-R with --retained-only") << u"sub -t a -R --retained-only"_s << u"exclude"_s;
        QTest::newRow("--random-filter below 0.1") << u"sub -t a --random-filter 0.05"_s << u"from 0.1 to 100"_s;
        QTest::newRow("--random-filter above 100") << u"sub -t a --random-filter 101"_s << u"from 0.1 to 100"_s;
        QTest::newRow("--random-filter not a number") << u"sub -t a --random-filter lots"_s << u"from 0.1 to 100"_s;
        QTest::newRow("-M above 65535") << u"pub -t a -m x -M 70000"_s << u"from 0 to 65535"_s;
        QTest::newRow("-F unknown specifier") << u"sub -t a -F %Z"_s << u"'%Z' is not a format specifier"_s;
        QTest::newRow("-F with --json") << u"sub -t a -F %t --json"_s << u"give one"_s;
        QTest::newRow("-D will without a will") << u"sub -t a -D will content-type x"_s << u"--will-topic"_s;
        QTest::newRow("-D subscribe for bench ingest")
            << u"bench ingest -t a -D subscribe user-property k v"_s << u"-D connect and -D will only"_s;
    }
    void errors()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, expected);
        const auto r = parse(commandLine);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(r.error.endsWith(u'.') || r.error.endsWith(u')'));
    }

    void urlGivesHostCredentialsAndTopic()
    {
        auto r = parse(u"sub -L mqtts://bob:pw@example.org/sensors/+/temp"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        const auto connection = Cli::connectionOptions(r.options, &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->scheme, Mqtt::ConnectionOptions::Scheme::Mqtts);
        QCOMPARE(connection->host, u"example.org"_s);
        QCOMPARE(connection->port, quint16(8883));
        QCOMPARE(r.options.topics, QStringList { u"sensors/+/temp"_s });
        QCOMPARE(r.options.userName, u"bob"_s);
        QCOMPARE(r.options.password, std::optional<QByteArray>("pw"));
    }

    void webSocketUrlKeepsPath()
    {
        auto r = parse(u"sub --url ws://127.0.0.1:9001/mqtt -t a"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        const auto connection = Cli::connectionOptions(r.options, &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->scheme, Mqtt::ConnectionOptions::Scheme::Ws);
        QCOMPARE(connection->port, quint16(9001));
        QCOMPARE(connection->webSocketPath, u"/mqtt"_s);
        QCOMPARE(r.options.topics, QStringList { u"a"_s });
    }

    void tlsOptionsSwitchToMqttsAndPort8883()
    {
        auto r = parse(u"sub -t a --cafile ca.pem -h broker"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        const auto connection = Cli::connectionOptions(r.options, &error);
        QVERIFY(connection);
        QCOMPARE(connection->scheme, Mqtt::ConnectionOptions::Scheme::Mqtts);
        QCOMPARE(connection->port, quint16(8883));
        QCOMPARE(connection->tls.caCertificateFile, u"ca.pem"_s);
    }

    void willAndSessionExpiryProperties()
    {
        const auto r = parse(
            u"sub -t a -V 5 -x -1 --will-topic w --will-payload gone --will-qos 1 --will-retain -D will will-delay-interval 5"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.options.sessionExpiryInterval, std::optional<quint32>(0xFFFFFFFFu));
        QCOMPARE(r.options.willTopic, u"w"_s);
        QCOMPARE(r.options.willPayload, QByteArray("gone"));
        QCOMPARE(r.options.willQos, 1);
        QVERIFY(r.options.willRetain);
        Mqtt::Properties will;
        QString error;
        QVERIFY(Cli::applyProperties(r.options.properties, u"will"_s, will, &error));
        QCOMPARE(will.willDelayInterval, std::optional<quint32>(5));
    }

    void persistentSessionExpiry_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<std::optional<quint32>>("expiry"); // the CONNECT's Session Expiry Interval
        // As mosquitto_sub's -x: "Defaults to -1 if -c is also given, or 0 if -c not given."
        QTest::newRow("mqttv5 -c: never expires") << u"-V 5 -c"_s << std::optional<quint32>(0xFFFFFFFFu);
        QTest::newRow("mqttv5 -c -x 30") << u"-V 5 -c -x 30"_s << std::optional<quint32>(30);
        QTest::newRow("mqttv5 -c -D connect session-expiry-interval 10")
            << u"-V 5 -c -D connect session-expiry-interval 10"_s << std::optional<quint32>(10);
        QTest::newRow("mqttv5 clean session") << u"-V 5"_s << std::optional<quint32>();
        QTest::newRow("mqttv311 -c (no properties)") << u"-c"_s << std::optional<quint32>();
    }

    void persistentSessionExpiry()
    {
        QFETCH(QString, arguments);
        QFETCH(std::optional<quint32>, expiry);
        auto r = parse(u"sub -t a -i me "_s + arguments);
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        const auto client = Cli::clientOptions(r.options, &error);
        QVERIFY2(client, qPrintable(error));
        QCOMPARE(client->session.connect.properties.sessionExpiryInterval, expiry);
    }

    void mosquittoOutputAndConnectionOptions()
    {
        auto r = parse(u"sub -t a -F %t:%p --pretty --remove-retained --random-filter 12.5 -A 127.0.0.2 --nodelay"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.options.format, std::optional<QByteArray>("%t:%p"));
        QVERIFY(r.options.pretty);
        QVERIFY(r.options.removeRetained);
        QCOMPARE(r.options.randomFilter, 1250); // in 10,000
        QVERIFY(r.options.noDelay);
        QString error;
        const auto client = Cli::clientOptions(r.options, &error);
        QVERIFY2(client, qPrintable(error));
        QCOMPARE(client->connection.bindAddress, u"127.0.0.2"_s);
        QVERIFY(client->session.deliverAsReceived); // -F prints what arrived: the broker's alias, property order

        r = parse(u"pub -t a -m x -M 5"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(Cli::clientOptions(r.options, &error)->session.maximumInFlight, quint16(5));
        r = parse(u"pub -t a -m x -M 0"_s); // mosquitto's "no limit"
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(Cli::clientOptions(r.options, &error)->session.maximumInFlight, quint16(65535));

        r = parse(u"sub -L ws://127.0.0.1:9001/mqtt -t a -A 127.0.0.1"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!Cli::clientOptions(r.options, &error));
        QVERIFY2(error.contains(u"WebSocket"_s), qPrintable(error));
    }

    void propertiesMakeAnMqtt5Client()
    {
        // As with mosquitto: -D alone sets MQTT 5, names in any case.
        const auto r = parse(u"pub -t a -m x -D PUBLISH Content-Type text/plain"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.options.version, Mqtt::ProtocolVersion::V5);
        Mqtt::Properties properties;
        QString error;
        QVERIFY(Cli::applyProperties(r.options.properties, u"publish"_s, properties, &error));
        QCOMPARE(properties.contentType, std::optional<QString>(u"text/plain"_s));
    }

    void topicAliasMaximum_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<quint16>("session"); // what the session accepts, and says in CONNECT when not 0
        QTest::addColumn<std::optional<quint16>>("connect"); // the CONNECT property as the options give it
        QTest::newRow("mqttv5: canopy's 1024") << u"-V 5"_s << quint16(1024) << std::optional<quint16>();
        QTest::newRow("-D connect topic-alias-maximum 2")
            << u"-D connect topic-alias-maximum 2"_s << quint16(2) << std::optional<quint16>(2);
        QTest::newRow("-D connect topic-alias-maximum 0")
            << u"-D connect topic-alias-maximum 0"_s << quint16(0) << std::optional<quint16>(0);
        QTest::newRow("-F: none, as mosquitto_sub") << u"-V 5 -F %A"_s << quint16(0) << std::optional<quint16>();
    }

    void topicAliasMaximum()
    {
        QFETCH(QString, arguments);
        QFETCH(quint16, session);
        QFETCH(std::optional<quint16>, connect);
        auto r = parse(u"sub -t a "_s + arguments);
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        const auto client = Cli::clientOptions(r.options, &error);
        QVERIFY2(client, qPrintable(error));
        QCOMPARE(client->session.topicAliasMaximum, session);
        QCOMPARE(client->session.connect.properties.topicAliasMaximum, connect);
    }

    void benchIngestCommand()
    {
        const auto r = parse(u"bench ingest -t # -C 1000 -p 1999"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.options.command, Cli::Command::BenchIngest);
        QCOMPARE(r.options.messageCount, 1000);
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
