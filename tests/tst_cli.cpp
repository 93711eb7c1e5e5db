// SPDX-License-Identifier: MIT
// canopy-cli end to end against a real mosquitto, side by side with mosquitto_pub and mosquitto_sub: what one
// publishes the other prints byte for byte, the exit statuses scripts rely on (-W timeout, refused connections,
// CONNACK codes, a 3.1.1-only broker (aedes) refusing -V mqttv5), MQTT 5 properties in --json output, TLS with
// --cafile and WebSocket URLs.

#include "aedesfixture.h"
#include "cliprocess.h"
#include "mosquittofixture.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

#define WAIT_FOR_SUBSCRIPTION(clientId, filter, qos)                                                                   \
    QTRY_VERIFY2_WITH_TIMEOUT(m_broker.log().contains(subscriptionLine((clientId), (filter), (qos))),                  \
        qPrintable(m_broker.log().right(2000)), 10000)

using namespace CliProcess;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void subPrintsLikeMosquittoSub_data();
    void subPrintsLikeMosquittoSub();
    void pubReachesMosquittoSub_data();
    void pubReachesMosquittoSub();
    void userPropertiesInJson();
    void timeoutExitStatus();
    void connectionRefused();
    void badCredentials_data();
    void badCredentials();
    void mqtt5RefusedByA311Broker_data();
    void mqtt5RefusedByA311Broker();
    void tlsAndWebSocket_data();
    void tlsAndWebSocket();

private:
    // The line the broker logs (log_type subscribe) once `clientId` is subscribed to `filter`. mosquitto handles one
    // packet at a time, so every message published after the line appeared reaches that subscriber.
    static QString subscriptionLine(const QString &clientId, const QString &filter, int qos)
    {
        return clientId + u' ' + QString::number(qos) + u' ' + filter;
    }
    QStringList local(quint16 port = 0) const;
    QString uniqueTopic(const QString &purpose) const;

    MosquittoFixture m_broker;
    QString m_cli;
    QString m_mosquittoPub;
    QString m_mosquittoSub;
    QTemporaryDir m_files;
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"canopy-cli was not built at %1 (set CANOPY_BINARY_DIR)"_s.arg(m_cli)));
    m_mosquittoPub = QStandardPaths::findExecutable(u"mosquitto_pub"_s);
    m_mosquittoSub = QStandardPaths::findExecutable(u"mosquitto_sub"_s);
    QVERIFY2(!m_mosquittoPub.isEmpty() && !m_mosquittoSub.isEmpty(), "install mosquitto-clients");
    QVERIFY(m_files.isValid());

    MosquittoFixture::Options options;
    options.tls = true;
    options.websocket = true;
    options.users = { { u"alice"_s, u"secret"_s } };
    options.extraConfig = "log_type subscribe";
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.errorString()));
}

void TestCli::cleanupTestCase()
{
    m_broker.stop();
}

QStringList TestCli::local(quint16 port) const
{
    return { u"-h"_s, m_broker.host(), u"-p"_s, QString::number(port ? port : m_broker.port()) };
}

QString TestCli::uniqueTopic(const QString &purpose) const
{
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    tag.replace(u'+', u'p').replace(u'#', u'h');
    return u"cli/"_s + QString::fromLatin1(QTest::currentTestFunction()) + u'/' + tag + u'/' + purpose;
}

// ---------------------------------------------------------------------------------------------------------------

void TestCli::subPrintsLikeMosquittoSub_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("qos");
    QTest::newRow("mqttv311 QoS 0") << u"mqttv311"_s << 0;
    QTest::newRow("mqttv311 QoS 2") << u"mqttv311"_s << 2;
    QTest::newRow("mqttv5 QoS 1") << u"mqttv5"_s << 1;
}

void TestCli::subPrintsLikeMosquittoSub()
{
    QFETCH(QString, version);
    QFETCH(int, qos);
    const QString base = uniqueTopic(u"t"_s);
    const QString filter = base + u"/#"_s;
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    const QString binaryFile = m_files.filePath(u"binary.bin"_s);
    QFile file(binaryFile);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(binary) == binary.size());
    file.close();

    // What mosquitto_pub sends: text with spaces, an empty payload, UTF-8 in topic and payload, and binary bytes
    // (including newlines and NUL), on several topic levels.
    const QList<QStringList> messages {
        { u"-t"_s, base + u"/a"_s, u"-m"_s, u"hello  world"_s },
        { u"-t"_s, base + u"/b/c"_s, u"-n"_s },
        { u"-t"_s, base + u"/ü/温度"_s, u"-m"_s, u"21.5 °C"_s },
        { u"-t"_s, base + u"/bin"_s, u"-f"_s, binaryFile },
        { u"-t"_s, base + u"/a"_s, u"-m"_s, u"{\"json\": [1, 2]}"_s },
    };
    const QString count = QString::number(messages.size());
    const QString canopyId = u"canopy-sub-"_s + QString::number(qos) + version;
    const QString mosquittoId = u"mosquitto-sub-"_s + QString::number(qos) + version;
    const QStringList common = local()
        + QStringList { u"-V"_s, version, u"-q"_s, QString::number(qos), u"-v"_s, u"-C"_s, count, u"-W"_s, u"20"_s,
              u"-t"_s, filter };
    auto canopy = start(m_cli, QStringList { u"sub"_s, u"-i"_s, canopyId } + common);
    auto reference = start(m_mosquittoSub, QStringList { u"-i"_s, mosquittoId } + common);
    WAIT_FOR_SUBSCRIPTION(canopyId, filter, qos);
    WAIT_FOR_SUBSCRIPTION(mosquittoId, filter, qos);

    for (const QStringList &message : messages) {
        const QStringList arguments
            = local() + QStringList { u"-V"_s, version, u"-q"_s, QString::number(qos) } + message;
        const Finished published = run(m_mosquittoPub, arguments);
        QVERIFY2(published.exitCode == 0, qPrintable(describe(m_mosquittoPub, arguments, published)));
    }
    const Finished ours = finish(*canopy);
    const Finished theirs = finish(*reference);
    QVERIFY2(ours.exitCode == 0, qPrintable(describe(m_cli, common, ours)));
    QVERIFY2(theirs.exitCode == 0, qPrintable(describe(m_mosquittoSub, common, theirs)));
    QVERIFY(theirs.out.contains(binary)); // the reference really printed the binary payload raw
    QCOMPARE(ours.out, theirs.out);
    QCOMPARE(ours.err, QByteArray());
}

// ---------------------------------------------------------------------------------------------------------------

void TestCli::pubReachesMosquittoSub_data()
{
    QTest::addColumn<QStringList>("arguments"); // after -t TOPIC
    QTest::addColumn<QByteArray>("input"); // standard input
    QTest::addColumn<bool>("retained"); // subscribe after publishing, to get the retained message
    QTest::addColumn<int>("count"); // messages
    QTest::addColumn<QByteArray>("expected"); // mosquitto_sub -F "%r %q %p" lines

    QTest::newRow("-m") << QStringList { u"-m"_s, u"hello world"_s } << QByteArray() << false << 1
                        << QByteArray("0 0 hello world\n");
    QTest::newRow("-f") << QStringList { u"-f"_s, u"FILE"_s } << QByteArray() << false << 1
                        << QByteArray("0 0 line one\nline two\n\n");
    QTest::newRow("-n") << QStringList { u"-n"_s } << QByteArray() << false << 1 << QByteArray("0 0 \n");
    QTest::newRow("-l several lines") << QStringList { u"-l"_s } << QByteArray("first\nsecond line\nthird\n") << false
                                      << 3 << QByteArray("0 0 first\n0 0 second line\n0 0 third\n");
    QTest::newRow("-s all of stdin") << QStringList { u"-s"_s } << QByteArray("all\nof it") << false << 1
                                     << QByteArray("0 0 all\nof it\n");
    QTest::newRow("-r retained") << QStringList { u"-r"_s, u"-m"_s, u"kept"_s } << QByteArray() << true << 1
                                 << QByteArray("1 0 kept\n");
    QTest::newRow("-q 1") << QStringList { u"-q"_s, u"1"_s, u"-m"_s, u"at least once"_s } << QByteArray() << false << 1
                          << QByteArray("0 1 at least once\n");
    QTest::newRow("-q 2 mqttv5") << QStringList { u"-q"_s, u"2"_s, u"-V"_s, u"mqttv5"_s, u"-m"_s, u"exactly once"_s }
                                 << QByteArray() << false << 1 << QByteArray("0 2 exactly once\n");
}

void TestCli::pubReachesMosquittoSub()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(bool, retained);
    QFETCH(int, count);
    QFETCH(QByteArray, expected);

    const QString topic = uniqueTopic(u"t"_s);
    const QString fileName = m_files.filePath(u"message.txt"_s);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write("line one\nline two\n") == 18);
    file.close();
    arguments.replaceInStrings(u"FILE"_s, fileName);

    const QString subscriberId = u"mosquitto-sub-"_s + QString::fromLatin1(QTest::currentDataTag()).remove(u' ');
    const QStringList subscribe = local()
        + QStringList { u"-i"_s, subscriberId, u"-q"_s, u"2"_s, u"-F"_s, u"%r %q %p"_s, u"-C"_s, QString::number(count),
              u"-W"_s, u"20"_s, u"-t"_s, topic };
    std::unique_ptr<QProcess> subscriber;
    if (!retained) {
        subscriber = start(m_mosquittoSub, subscribe);
        WAIT_FOR_SUBSCRIPTION(subscriberId, topic, 2);
    }
    const QStringList publish = QStringList { u"pub"_s } + local() + QStringList { u"-t"_s, topic } + arguments;
    const Finished published = run(m_cli, publish, input);
    QVERIFY2(published.exitCode == 0, qPrintable(describe(m_cli, publish, published)));
    QCOMPARE(published.out, QByteArray());
    QCOMPARE(published.err, QByteArray());
    if (retained)
        subscriber = start(m_mosquittoSub, subscribe);
    const Finished received = finish(*subscriber);
    QVERIFY2(received.exitCode == 0, qPrintable(describe(m_mosquittoSub, subscribe, received)));
    QCOMPARE(received.out, expected);
    if (retained) { // clear the retained message again
        const Finished cleared
            = run(m_cli, QStringList { u"pub"_s } + local() + QStringList { u"-t"_s, topic, u"-r"_s, u"-n"_s });
        QCOMPARE(cleared.exitCode, 0);
    }
}

// ---------------------------------------------------------------------------------------------------------------

void TestCli::userPropertiesInJson()
{
    const QString topic = uniqueTopic(u"t"_s);
    const QStringList subscribe = QStringList { u"sub"_s, u"-V"_s, u"mqttv5"_s, u"-i"_s, u"canopy-json"_s, u"--json"_s,
        u"-q"_s, u"1"_s, u"-C"_s, u"2"_s, u"-W"_s, u"20"_s, u"-t"_s, topic }
        + local();
    auto subscriber = start(m_cli, subscribe);
    WAIT_FOR_SUBSCRIPTION(u"canopy-json"_s, topic, 1);

    const QStringList publish = QStringList { u"pub"_s, u"-V"_s, u"mqttv5"_s, u"-q"_s, u"1"_s, u"-t"_s, topic, u"-m"_s,
        u"{\"t\": 21.5}"_s, u"-D"_s, u"publish"_s, u"user-property"_s, u"site"_s, u"north field"_s, u"-D"_s,
        u"publish"_s, u"user-property"_s, u"site"_s, u"south"_s, u"-D"_s, u"publish"_s, u"content-type"_s,
        u"application/json"_s }
        + local();
    const Finished published = run(m_cli, publish);
    QVERIFY2(published.exitCode == 0, qPrintable(describe(m_cli, publish, published)));
    // A binary payload is printed as base64; it comes from mosquitto_pub, with a user property of its own.
    const QByteArray bytes("\xff\xfe\x00\x01", 4);
    QFile file(m_files.filePath(u"json-binary.bin"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();
    const QStringList binary = local()
        + QStringList { u"-V"_s, u"mqttv5"_s, u"-t"_s, topic, u"-f"_s, file.fileName(), u"-D"_s, u"publish"_s,
              u"user-property"_s, u"from"_s, u"mosquitto_pub"_s };
    QVERIFY(run(m_mosquittoPub, binary).exitCode == 0);

    const Finished received = finish(*subscriber);
    QVERIFY2(received.exitCode == 0, qPrintable(describe(m_cli, subscribe, received)));
    const QList<QByteArray> lines = received.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QJsonParseError error;
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(first.value(u"topic"_s).toString(), topic);
    QCOMPARE(first.value(u"payload"_s).toString(), u"{\"t\": 21.5}"_s);
    QCOMPARE(first.value(u"qos"_s).toInt(), 1);
    QCOMPARE(first.value(u"retain"_s).toBool(true), false);
    const QJsonObject properties = first.value(u"properties"_s).toObject();
    QCOMPARE(properties.value(u"content-type"_s).toString(), u"application/json"_s);
    const QJsonArray expectedPairs { QJsonArray { u"site"_s, u"north field"_s }, QJsonArray { u"site"_s, u"south"_s } };
    QCOMPARE(properties.value(u"user-property"_s).toArray(), expectedPairs); // order kept, names repeat

    const QJsonObject second = QJsonDocument::fromJson(lines.at(1), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(!second.contains(u"payload"_s));
    QCOMPARE(QByteArray::fromBase64(second.value(u"payload_base64"_s).toString().toLatin1()), bytes);
    QCOMPARE(second.value(u"properties"_s).toObject().value(u"user-property"_s).toArray(),
        (QJsonArray { QJsonArray { u"from"_s, u"mosquitto_pub"_s } }));
}

// ---------------------------------------------------------------------------------------------------------------

void TestCli::timeoutExitStatus()
{
    const QStringList arguments
        = QStringList { u"sub"_s, u"-W"_s, u"1"_s, u"-t"_s, uniqueTopic(u"silence"_s) } + local();
    const Finished result = run(m_cli, arguments);
    QVERIFY2(result.exitCode == 27, qPrintable(describe(m_cli, arguments, result))); // as mosquitto_sub -W
    QVERIFY2(result.err.contains("Timed out"), result.err.constData());
    QCOMPARE(result.out, QByteArray());
}

void TestCli::connectionRefused()
{
    QTcpServer probe; // a port that was free a moment ago: nothing listens there now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    for (const QString &command : { u"sub"_s, u"pub"_s }) {
        QStringList arguments = QStringList { command, u"-t"_s, u"x"_s } + local(port);
        if (command == u"pub"_s)
            arguments << u"-m"_s << u"x"_s;
        const Finished result = run(m_cli, arguments);
        QVERIFY2(result.exitCode != 0 && result.exitCode != -1, qPrintable(describe(m_cli, arguments, result)));
        const QString sentence = QString::fromLocal8Bit(result.err).trimmed();
        QVERIFY2(sentence.contains(u"127.0.0.1:"_s + QString::number(port)) && sentence.contains(u"refused"_s),
            qPrintable(sentence));
        QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
    }
}

// ---------------------------------------------------------------------------------------------------------------

void TestCli::badCredentials_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status"); // the CONNACK code
    QTest::addColumn<QString>("words");
    // mosquitto 2.0 refuses a wrong password with "not authorized": 5 under 3.1.1 (not 4, "bad user name or
    // password"), 0x87 under 5.0.
    QTest::newRow("mqttv311 wrong password") << u"mqttv311"_s << u"wrong"_s << 5 << u"not authorized"_s;
    QTest::newRow("mqttv5 wrong password") << u"mqttv5"_s << u"wrong"_s << 0x87 << u"not authorized"_s;
    QTest::newRow("mqttv311 right password") << u"mqttv311"_s << u"secret"_s << 0 << QString();
}

void TestCli::badCredentials()
{
    QFETCH(QString, version);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QString, words);
    const QStringList arguments = QStringList { u"pub"_s, u"-V"_s, version, u"-u"_s, u"alice"_s, u"-P"_s, password,
        u"-t"_s, uniqueTopic(u"t"_s), u"-m"_s, u"x"_s }
        + local(m_broker.passwordPort());
    const Finished result = run(m_cli, arguments);
    QVERIFY2(result.exitCode == status, qPrintable(describe(m_cli, arguments, result)));
    if (status == 0) {
        QCOMPARE(result.err, QByteArray());
        return;
    }
    QVERIFY2(QString::fromLocal8Bit(result.err).contains(words), result.err.constData());
    QVERIFY2(!result.err.contains(password.toUtf8()), "the password must not be printed");
    // mosquitto_pub sees the same refusal and reports it the same way.
    QStringList reference = arguments.mid(1);
    const Finished theirs = run(m_mosquittoPub, reference);
    QVERIFY2(theirs.exitCode != 0, qPrintable(describe(m_mosquittoPub, reference, theirs)));
    QVERIFY2(theirs.err.toLower().contains("not authori"), theirs.err.constData());
    QCOMPARE(theirs.exitCode, result.exitCode); // mosquitto_pub also exits with the CONNACK code
}

// ---------------------------------------------------------------------------------------------------------------

void TestCli::mqtt5RefusedByA311Broker_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("sub") << u"sub"_s;
    QTest::newRow("pub") << u"pub"_s;
}

void TestCli::mqtt5RefusedByA311Broker()
{
    // aedes answers an MQTT 5 CONNECT with a 3.1.1 CONNACK, return code 1. The CLI does not fall back (neither do
    // mosquitto_sub and mosquitto_pub): it says what the refusal means, and exits as they do.
    QFETCH(QString, command);
    AedesFixture aedes;
    QVERIFY2(aedes.start(), qPrintable(aedes.errorString()));
    QStringList arguments { command, u"-V"_s, u"mqttv5"_s, u"-t"_s, uniqueTopic(u"v5"_s), u"-h"_s, aedes.host(),
        u"-p"_s, QString::number(aedes.port()) };
    if (command == u"pub"_s)
        arguments << u"-m"_s << u"x"_s;
    const Finished result = run(m_cli, arguments);
    QVERIFY2(result.err.contains("the broker does not support MQTT 5; use MQTT 3.1.1"),
        qPrintable(describe(m_cli, arguments, result)));
    QVERIFY2(!result.err.contains("not defined"), result.err.constData());
    const QString theirProgram = command == u"pub"_s ? m_mosquittoPub : m_mosquittoSub;
    const QStringList theirArguments = arguments.mid(1);
    const Finished theirs = run(theirProgram, theirArguments);
    QVERIFY2(theirs.err.contains("Unsupported Protocol Version"),
        qPrintable(describe(theirProgram, theirArguments, theirs)));
    // The CONNACK code as libmosquitto reads it too: 0x84 (132), MQTT 5's "Unsupported Protocol Version".
    QCOMPARE(result.exitCode, 0x84);
    QCOMPARE(result.exitCode, theirs.exitCode);
    QCOMPARE(result.out, QByteArray());

    // The same broker with -V mqttv311 works.
    arguments[2] = u"mqttv311"_s;
    if (command == u"sub"_s)
        arguments << u"-W"_s << u"1"_s;
    const Finished accepted = run(m_cli, arguments);
    QVERIFY2(accepted.exitCode == (command == u"sub"_s ? 27 : 0), qPrintable(describe(m_cli, arguments, accepted)));
}

// ---------------------------------------------------------------------------------------------------------------

void TestCli::tlsAndWebSocket_data()
{
    QTest::addColumn<QStringList>("connection");
    QTest::newRow("mqtts with --cafile") << QStringList { u"--cafile"_s, m_broker.caCertificateFile(), u"-h"_s,
        u"localhost"_s, u"-p"_s, QString::number(m_broker.tlsPort()) };
    QTest::newRow("--url mqtts:// with --cafile") << QStringList { u"--cafile"_s, m_broker.caCertificateFile(),
        u"--url"_s, u"mqtts://127.0.0.1:%1"_s.arg(m_broker.tlsPort()) };
    QTest::newRow("--url ws://") << QStringList { u"--url"_s,
        u"ws://127.0.0.1:%1/mqtt"_s.arg(m_broker.webSocketPort()) };
}

void TestCli::tlsAndWebSocket()
{
    QFETCH(QStringList, connection);
    const QString topic = uniqueTopic(u"t"_s);
    const QString id = u"canopy-tls-"_s + QString::number(qHash(QString::fromLatin1(QTest::currentDataTag())));
    const QStringList subscribe
        = QStringList { u"sub"_s, u"-i"_s, id, u"-v"_s, u"-C"_s, u"1"_s, u"-W"_s, u"20"_s, u"-t"_s, topic }
        + connection;
    auto subscriber = start(m_cli, subscribe);
    WAIT_FOR_SUBSCRIPTION(id, topic, 0);
    const QStringList publish = QStringList { u"pub"_s, u"-t"_s, topic, u"-m"_s, u"secure"_s } + connection;
    const Finished published = run(m_cli, publish);
    QVERIFY2(published.exitCode == 0, qPrintable(describe(m_cli, publish, published)));
    const Finished received = finish(*subscriber);
    QVERIFY2(received.exitCode == 0, qPrintable(describe(m_cli, subscribe, received)));
    QCOMPARE(received.out, topic.toUtf8() + " secure\n");

    // The same connection with another CA is refused with a sentence about the certificate.
    if (connection.contains(u"--cafile"_s)) {
        QStringList untrusted = publish;
        untrusted[untrusted.indexOf(m_broker.caCertificateFile())] = m_broker.otherCaCertificateFile();
        const Finished refused = run(m_cli, untrusted);
        QVERIFY2(refused.exitCode != 0, qPrintable(describe(m_cli, untrusted, refused)));
        QVERIFY2(refused.err.contains("not trusted"), refused.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
