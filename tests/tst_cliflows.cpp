// SPDX-License-Identifier: MIT
// canopy-cli run against a real mosquitto for what was only parsed before: sub -R, --retained-only and -T and
// pub --repeat, each side by side with mosquitto_sub / mosquitto_pub under the same options (output, errors and
// exit status compared byte for byte); pub with QoS 1 and 2 does not end before the broker has confirmed its
// messages (scripted broker); and canopy-cli simulate: what it publishes (retained device state, live telemetry
// of every kind, as many messages as it says), at about the rate asked, and its "offline" status when it ends or
// dies.

#include "clienttestutil.h"
#include "clientwire.h"
#include "fakebroker.h"
#include "mosquittofixture.h"
#include "payload/protobufdecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

#define WAIT_FOR_SUBSCRIPTION(clientId, filter, qos)                                                                   \
    QTRY_VERIFY2_WITH_TIMEOUT(m_broker.log().contains(subscriptionLine((clientId), (filter), (qos))),                  \
        qPrintable(m_broker.log().right(2000)), 10000)

namespace {

struct Finished {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

QString describe(const QString &program, const QStringList &arguments, const Finished &result)
{
    return u"%1 %2 exited with %3; stdout: %4; stderr: %5"_s.arg(program, arguments.join(u' '))
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out.left(400)), QString::fromUtf8(result.err.left(400)));
}

// A process with the time it was started, so that finish() can say how long it ran.
struct Running {
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
};

} // namespace

class TestCliFlows : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void skipRetained_data();
    void skipRetained();
    void retainedOnly_data();
    void retainedOnly();
    void filterOut();
    void invalidFilterOut();
    void pubRepeat_data();
    void pubRepeat();
    void pubWaitsForConfirmation_data();
    void pubWaitsForConfirmation();
    void simulate();
    void simulateWillWhenKilled();
    void subEndsCleanlyOnSignal_data();
    void subEndsCleanlyOnSignal();
    void subSignalBeforeConnAck();

private:
    Running start(const QString &program, const QStringList &arguments, const QByteArray &input = {});
    Finished finish(Running &running, int timeoutMs = 20000);
    Finished run(const QString &program, const QStringList &arguments, const QByteArray &input = {});
    static QString subscriptionLine(const QString &clientId, const QString &filter, int qos)
    {
        return clientId + u' ' + QString::number(qos) + u' ' + filter;
    }
    QStringList local() const { return { u"-h"_s, m_broker.host(), u"-p"_s, QString::number(m_broker.port()) }; }
    QString uniqueTopic() const;
    bool publish(const QString &topic, const QString &payload, bool retain);
    // Runs canopy-cli sub and mosquitto_sub with the same arguments (and their own client ids), waits until both are
    // subscribed to filter, runs `then`, and compares what they printed and how they ended.
    void compareSubscribers(const QStringList &arguments, const QString &filter, const std::function<void()> &then);

    MosquittoFixture m_broker;
    QString m_cli;
    QString m_mosquittoPub;
    QString m_mosquittoSub;
    QTemporaryDir m_files;
};

void TestCliFlows::initTestCase()
{
    m_cli = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"canopy-cli was not built at %1 (set CANOPY_BINARY_DIR)"_s.arg(m_cli)));
    m_mosquittoPub = QStandardPaths::findExecutable(u"mosquitto_pub"_s);
    m_mosquittoSub = QStandardPaths::findExecutable(u"mosquitto_sub"_s);
    QVERIFY2(!m_mosquittoPub.isEmpty() && !m_mosquittoSub.isEmpty(), "install mosquitto-clients");
    QVERIFY(m_files.isValid());
    MosquittoFixture::Options options;
    options.extraConfig = "log_type subscribe";
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.errorString()));
}

void TestCliFlows::cleanupTestCase()
{
    m_broker.stop();
}

Running TestCliFlows::start(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    Running running;
    running.process = std::make_unique<QProcess>();
    running.clock.start();
    running.process->start(program, arguments);
    if (!input.isEmpty())
        running.process->write(input);
    running.process->closeWriteChannel();
    return running;
}

Finished TestCliFlows::finish(Running &running, int timeoutMs)
{
    QProcess &process = *running.process;
    Finished result;
    // waitForFinished() is false for a process that has already ended (while an event loop ran): not a timeout.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.err = "(did not finish within " + QByteArray::number(timeoutMs) + " ms) ";
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    } else {
        result.err = "(ended by signal " + QByteArray::number(process.exitCode()) + ") ";
    }
    result.elapsedMs = running.clock.elapsed();
    result.out = process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    return result;
}

Finished TestCliFlows::run(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    Running running = start(program, arguments, input);
    return finish(running);
}

QString TestCliFlows::uniqueTopic() const
{
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    tag.replace(u' ', u'-').replace(u'+', u'p').replace(u'#', u'h');
    return u"flows/"_s + QString::fromLatin1(QTest::currentTestFunction()) + (tag.isEmpty() ? QString() : u'/' + tag);
}

bool TestCliFlows::publish(const QString &topic, const QString &payload, bool retain)
{
    QStringList arguments = local() + QStringList { u"-q"_s, u"1"_s, u"-t"_s, topic, u"-m"_s, payload };
    if (retain)
        arguments << u"-r"_s;
    return run(m_mosquittoPub, arguments).exitCode == 0;
}

void TestCliFlows::compareSubscribers(
    const QStringList &arguments, const QString &filter, const std::function<void()> &then)
{
    const QString tag = QString::fromLatin1(QTest::currentTestFunction()).left(12)
        + QString::number(qHash(QString::fromLatin1(QTest::currentDataTag())) % 100000);
    const QString canopyId = u"canopy-"_s + tag;
    const QString mosquittoId = u"mosquitto-"_s + tag;
    const QStringList ours = QStringList { u"sub"_s, u"-i"_s, canopyId } + local() + arguments;
    const QStringList theirs = QStringList { u"-i"_s, mosquittoId } + local() + arguments;
    Running canopy = start(m_cli, ours);
    Running reference = start(m_mosquittoSub, theirs);
    const int qos = arguments.contains(u"-q"_s) ? arguments.at(arguments.indexOf(u"-q"_s) + 1).toInt() : 0;
    WAIT_FOR_SUBSCRIPTION(canopyId, filter, qos);
    WAIT_FOR_SUBSCRIPTION(mosquittoId, filter, qos);
    then();
    const Finished a = finish(canopy);
    const Finished b = finish(reference);
    QVERIFY2(b.exitCode >= 0, qPrintable(describe(m_mosquittoSub, theirs, b))); // the reference ended by itself
    QCOMPARE(a.out, b.out);
    QCOMPARE(a.err, b.err);
    QVERIFY2(a.exitCode == b.exitCode,
        qPrintable(describe(m_cli, ours, a) + u" | "_s + describe(m_mosquittoSub, theirs, b)));
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliFlows::skipRetained_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("mqttv311") << u"mqttv311"_s;
    QTest::newRow("mqttv5") << u"mqttv5"_s;
}

// -R: retained messages the broker holds are not printed (and not counted by -C); live ones are, including a live
// message published with the retain flag (a current subscriber receives it with the flag cleared).
void TestCliFlows::skipRetained()
{
    QFETCH(QString, version);
    const QString base = uniqueTopic();
    QVERIFY(publish(base + u"/old/1"_s, u"stale one"_s, true));
    QVERIFY(publish(base + u"/old/2"_s, u"stale two"_s, true));
    compareSubscribers(
        { u"-V"_s, version, u"-R"_s, u"-v"_s, u"-C"_s, u"3"_s, u"-W"_s, u"20"_s, u"-t"_s, base + u"/#"_s },
        base + u"/#"_s, [&] {
            QVERIFY(publish(base + u"/live/1"_s, u"fresh one"_s, false));
            QVERIFY(publish(base + u"/old/1"_s, u"retained, but live"_s, true));
            QVERIFY(publish(base + u"/live/2"_s, u"fresh two"_s, false));
        });
    if (QTest::currentTestFailed())
        return;
    // What both printed, for the record: three lines, no stale one.
    const Finished check = run(m_cli,
        QStringList {
            u"sub"_s, u"-V"_s, version, u"--retained-only"_s, u"-v"_s, u"-W"_s, u"1"_s, u"-t"_s, base + u"/old/#"_s }
            + local());
    QCOMPARE(check.out, (base + u"/old/1 retained, but live\n"_s + base + u"/old/2 stale two\n"_s).toUtf8());
}

void TestCliFlows::retainedOnly_data()
{
    QTest::addColumn<QStringList>("retained"); // held by the broker before subscribing
    QTest::addColumn<QStringList>("options"); // besides --retained-only -v -W 20
    QTest::addColumn<bool>("live"); // publish a live message once subscribed
    QTest::newRow("prints the retained messages, ends at the first live one")
        << QStringList { u"a"_s, u"b/c"_s } << QStringList() << true;
    QTest::newRow("no retained message: ends at the first live one, printing nothing")
        << QStringList() << QStringList() << true;
    QTest::newRow("with -C 1: ends after the first retained message")
        << QStringList { u"a"_s, u"b"_s } << QStringList { u"-C"_s, u"1"_s } << false;
}

// --retained-only: prints the retained messages and ends with status 0 at the first live message.
void TestCliFlows::retainedOnly()
{
    QFETCH(QStringList, retained);
    QFETCH(QStringList, options);
    QFETCH(bool, live);
    const QString base = uniqueTopic();
    for (const QString &topic : retained)
        QVERIFY(publish(base + u'/' + topic, u"retained "_s + topic, true));
    compareSubscribers(
        QStringList { u"--retained-only"_s, u"-v"_s, u"-W"_s, u"20"_s, u"-t"_s, base + u"/#"_s } + options,
        base + u"/#"_s, [&] {
            if (live) {
                QVERIFY(publish(base + u"/live"_s, u"live"_s, false));
                QVERIFY(publish(base + u"/after"_s, u"after the live one"_s, true));
            }
        });
}

// -T leaves out the topics that match any of its filters (MQTT wildcards), and they do not count for -C.
void TestCliFlows::filterOut()
{
    const QString base = uniqueTopic();
    compareSubscribers({ u"-v"_s, u"-C"_s, u"3"_s, u"-W"_s, u"20"_s, u"-t"_s, base + u"/#"_s, u"-T"_s,
                           base + u"/skip/#"_s, u"-T"_s, base + u"/+/hidden"_s },
        base + u"/#"_s, [&] {
            for (const QString &topic :
                { u"skip/a"_s, u"a/hidden"_s, u"a/shown"_s, u"skip"_s, u"b/hidden/deeper"_s, u"skipped/not"_s })
                QVERIFY(publish(base + u'/' + topic, topic, false));
        });
}

// An invalid -T filter is an error before connecting, as for mosquitto_sub (status 1), not a subscriber that
// silently never leaves anything out.
void TestCliFlows::invalidFilterOut()
{
    const QStringList arguments = QStringList { u"-t"_s, u"x/#"_s, u"-T"_s, u"x/#/y"_s, u"-W"_s, u"5"_s } + local();
    const Finished ours = run(m_cli, QStringList { u"sub"_s } + arguments);
    const Finished theirs = run(m_mosquittoSub, arguments);
    QCOMPARE(theirs.exitCode, 1);
    QVERIFY2(ours.exitCode == theirs.exitCode, qPrintable(describe(m_cli, arguments, ours)));
    QVERIFY2(ours.err.contains("'x/#/y'") && ours.err.startsWith("Error: "), ours.err.constData());
    QCOMPARE(ours.out, QByteArray());
}

void TestCliFlows::pubRepeat_data()
{
    QTest::addColumn<QStringList>("message"); // what to publish, before --repeat
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("count"); // messages that arrive
    QTest::newRow("-m --repeat 3, QoS 0") << QStringList { u"-m"_s, u"again"_s } << QByteArray() << 3;
    QTest::newRow("-m --repeat 3, QoS 1") << QStringList { u"-q"_s, u"1"_s, u"-m"_s, u"again"_s } << QByteArray() << 3;
    QTest::newRow("-s --repeat 3, QoS 2")
        << QStringList { u"-q"_s, u"2"_s, u"-s"_s } << QByteArray("from\nstdin\n") << 3;
    QTest::newRow("-n --repeat 3, retained") << QStringList { u"-r"_s, u"-n"_s } << QByteArray() << 3;
    // mosquitto_pub repeats -f, -m and -s; lines (-l) are each published once.
    QTest::newRow("-l ignores --repeat") << QStringList { u"-l"_s } << QByteArray("one\ntwo\n") << 2;
}

// pub --repeat N --repeat-delay S publishes N times, S seconds apart, as mosquitto_pub does: what a subscriber
// receives from each is the same, and both take at least (N - 1) x S.
void TestCliFlows::pubRepeat()
{
    QFETCH(QStringList, message);
    QFETCH(QByteArray, input);
    QFETCH(int, count);
    constexpr double DelaySeconds = 0.25;
    QList<QByteArray> received;
    QList<Finished> published;
    for (const QString &program : { m_cli, m_mosquittoPub }) {
        const QString topic = uniqueTopic() + (program == m_cli ? u"/canopy"_s : u"/mosquitto"_s);
        const QString subscriberId = u"repeat-"_s + QString::number(qHash(topic));
        Running subscriber = start(m_mosquittoSub,
            local()
                + QStringList { u"-i"_s, subscriberId, u"-q"_s, u"2"_s, u"-F"_s, u"%r %q [%p]"_s, u"-C"_s,
                    QString::number(count), u"-W"_s, u"20"_s, u"-t"_s, topic });
        WAIT_FOR_SUBSCRIPTION(subscriberId, topic, 2);
        const QStringList arguments = (program == m_cli ? QStringList { u"pub"_s } : QStringList()) + local()
            + QStringList { u"-t"_s, topic } + message
            + QStringList { u"--repeat"_s, u"3"_s, u"--repeat-delay"_s, QString::number(DelaySeconds) };
        published.append(run(program, arguments, input));
        QVERIFY2(published.constLast().exitCode == 0, qPrintable(describe(program, arguments, published.constLast())));
        const Finished got = finish(subscriber);
        QVERIFY2(got.exitCode == 0, qPrintable(describe(m_mosquittoSub, {}, got)));
        received.append(got.out);
    }
    QCOMPARE(received.at(0), received.at(1));
    QCOMPARE(received.at(0).count("]\n"), count); // "retain qos [payload]" and a newline per message
    QCOMPARE(published.at(0).out, published.at(1).out);
    QCOMPARE(published.at(0).err, published.at(1).err);
    if (count == 3) { // repeated: two delays at least, for both
        QVERIFY2(published.at(0).elapsedMs >= qint64(2 * DelaySeconds * 1000),
            qPrintable(QString::number(published.at(0).elapsedMs)));
        QVERIFY2(published.at(1).elapsedMs >= qint64(2 * DelaySeconds * 1000),
            qPrintable(QString::number(published.at(1).elapsedMs)));
    }
}

void TestCliFlows::pubWaitsForConfirmation_data()
{
    QTest::addColumn<int>("qos");
    QTest::newRow("MQTT-4.3.2 QoS 1: until PUBACK") << 1;
    QTest::newRow("MQTT-4.3.3 QoS 2: until PUBCOMP") << 2;
}

// pub with QoS 1 or 2 does not disconnect (and so may not lose its message) until the broker has confirmed it; a
// scripted broker holds the acknowledgement back.
void TestCliFlows::pubWaitsForConfirmation()
{
    QFETCH(int, qos);
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    const QStringList arguments { u"pub"_s, u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"-q"_s,
        QString::number(qos), u"-t"_s, u"confirm/me"_s, u"-m"_s, u"precious"_s };
    Running pub = start(m_cli, arguments);
    const auto connect = broker.waitForPacket(10000);
    QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
    broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V311));
    const auto packet = broker.waitForPacket();
    QVERIFY2(packet && std::holds_alternative<Mqtt::Publish>(*packet), qPrintable(broker.decodeError()));
    const Mqtt::Publish message = std::get<Mqtt::Publish>(*packet);
    QCOMPARE(message.payload, QByteArray("precious"));
    QCOMPARE(int(message.qos), qos);

    // Unconfirmed: nothing more comes, and the program keeps running.
    QVERIFY(!broker.waitForPacket(500));
    QCOMPARE(pub.process->state(), QProcess::Running);
    if (qos == 2) {
        broker.send(ClientWire::ack(0x50, message.packetId)); // PUBREC
        const auto pubRel = broker.waitForPacket();
        QVERIFY2(pubRel && Mqtt::packetType(*pubRel) == Mqtt::PacketType::PubRel, qPrintable(broker.decodeError()));
        QVERIFY(!broker.waitForPacket(500));
        QCOMPARE(pub.process->state(), QProcess::Running);
        broker.send(ClientWire::ack(0x70, message.packetId)); // PUBCOMP
    } else {
        broker.send(ClientWire::ack(0x40, message.packetId)); // PUBACK
    }
    const auto disconnect = broker.waitForPacket();
    QVERIFY2(disconnect && std::holds_alternative<Mqtt::Disconnect>(*disconnect), qPrintable(broker.decodeError()));
    broker.closeClient();
    const Finished result = finish(pub);
    QVERIFY2(result.exitCode == 0, qPrintable(describe(m_cli, arguments, result)));
    QCOMPARE(result.err, QByteArray());
}

// ---------------------------------------------------------------------------------------------------------------

// canopy-cli simulate --rate 50 --duration 2: retained configuration and status of its devices, then live
// telemetry of every kind (JSON climate readings, plain numbers, a binary radio frame, a large JSON manifest, a
// Sparkplug B press), as many messages as it reports, at about the rate asked; when it ends, its status says
// "offline".
void TestCliFlows::simulate()
{
    const QString prefix = uniqueTopic();
    Mqtt::Client watcher;
    watcher.setOptions(ClientTest::localOptions(
        m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V311, ClientTest::clientId(u"watcher"_s)));
    QList<Mqtt::Publish> received;
    connect(&watcher, &Mqtt::Client::messagesReceived, this,
        [&received](const QList<Mqtt::Publish> &messages) { received += messages; });
    const Mqtt::RequestHandle subscribed = watcher.subscribe(prefix + u"/#"_s, 1);
    // The press speaks Sparkplug B in its own namespace, its group named after the prefix.
    const QString sparkplugTopic = u"spBv1.0/"_s + QString(prefix).replace(u'/', u'-') + u"/DDATA/edge1/press1"_s;
    const Mqtt::RequestHandle sparkplugSubscribed = watcher.subscribe(sparkplugTopic, 1);
    watcher.connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(subscribed.isFinished() && sparkplugSubscribed.isFinished(), 10000);
    QVERIFY(subscribed.isSuccess() && sparkplugSubscribed.isSuccess());

    const QStringList arguments = QStringList {
        u"simulate"_s, u"--rate"_s, u"50"_s, u"--duration"_s, u"2"_s, u"--prefix"_s, prefix, u"-q"_s, u"1"_s
    } + local();
    const Finished simulated = run(m_cli, arguments);
    QVERIFY2(simulated.exitCode == 0, qPrintable(describe(m_cli, arguments, simulated)));
    QCOMPARE(simulated.err, QByteArray());
    const QList<QByteArray> said = simulated.out.split('\n');
    QCOMPARE(said.size(), 3); // two lines
    QCOMPARE(said.at(0), u"Publishing demo telemetry under %1/ at 50 messages/s."_s.arg(prefix).toUtf8());
    QVERIFY2(said.at(1).startsWith("Published ") && said.at(1).endsWith(" messages."), said.at(1).constData());
    const int published = said.at(1).mid(10, said.at(1).size() - 20).toInt();
    // 50 a second for 2 seconds, counted from the CONNACK: never more than the time the program ran allows (its
    // timers may fire late on a loaded machine), and not far fewer.
    QVERIFY2(published >= 50 && published <= 50 * simulated.elapsedMs / 1000 + 1,
        qPrintable(u"%1 after %2 ms"_s.arg(QString::fromUtf8(said.at(1))).arg(simulated.elapsedMs)));

    // 21 devices (15 room sensors, 5 plugs, a weather station) with a configuration and a status each, the
    // simulator's own status when it starts and when it ends, and every live message it counted (QoS 1).
    const int expected = 2 * 21 + 2 + published;
    QTRY_VERIFY2_WITH_TIMEOUT(received.size() >= expected, qPrintable(QString::number(received.size())), 10000);
    QCOMPARE(received.size(), expected);
    int devices = 0;
    int live = 0;
    QStringList statuses;
    QSet<QString> kinds;
    for (const Mqtt::Publish &message : std::as_const(received)) {
        QCOMPARE(int(message.qos), 1);
        const QString topic = message.topic.mid(prefix.size() + 1);
        const QByteArray &payload = message.payload;
        if (message.topic == sparkplugTopic) {
            ++live;
            const ProtobufDecoder::Result decoded
                = ProtobufDecoder::decode(payload, ProtobufDecoder::Schema::SparkplugB);
            QVERIFY2(decoded.valid, qPrintable(decoded.error));
            kinds.insert(u"sparkplug"_s);
        } else if (topic.startsWith(u"devices/"_s)) {
            ++devices;
            if (topic.endsWith(u"/config"_s))
                QVERIFY2(QJsonDocument::fromJson(payload).object().contains(u"firmware"_s), payload.constData());
            else
                QVERIFY2(payload == "online" || payload == "offline", payload.constData());
        } else if (topic == u"simulator/status"_s) {
            statuses.append(QString::fromUtf8(payload));
        } else {
            ++live;
            if (topic.endsWith(u"/climate"_s)) {
                const QJsonObject reading = QJsonDocument::fromJson(payload).object();
                const double temperature = reading.value(u"temperature"_s).toDouble(-1000);
                QVERIFY2(temperature >= 16 && temperature <= 28, payload.constData());
                kinds.insert(u"climate"_s);
            } else if (topic.endsWith(u"/raw"_s)) {
                QVERIFY(payload.startsWith(QByteArray("\xfe\xff\x00\x81", 4))); // not UTF-8
                kinds.insert(u"binary"_s);
            } else if (topic.endsWith(u"/manifest"_s)) {
                QVERIFY2(payload.size() > 100000, qPrintable(QString::number(payload.size())));
                QVERIFY(QJsonDocument::fromJson(payload).object().contains(u"files"_s));
                kinds.insert(u"manifest"_s);
            } else {
                bool number = false;
                payload.toDouble(&number);
                QVERIFY2(number, qPrintable(topic + u' ' + QString::fromUtf8(payload)));
                kinds.insert(topic.section(u'/', 0, 0));
            }
        }
    }
    QCOMPARE(devices, 2 * 21);
    QCOMPARE(live, published);
    // The large manifest speaks once in 60 rounds, too seldom for two seconds (tst_telemetrysimulator has it).
    kinds.remove(u"manifest"_s);
    QCOMPARE(kinds, QSet<QString>({ u"climate"_s, u"binary"_s, u"plugs"_s, u"weather"_s, u"sparkplug"_s }));
    // Online at the start; offline once it has ended (a clean DISCONNECT discards the will: it says so itself).
    QCOMPARE(statuses, QStringList({ u"online"_s, u"offline"_s }));
    const Finished retained = run(m_mosquittoSub,
        local()
            + QStringList {
                u"--retained-only"_s, u"-C"_s, u"1"_s, u"-W"_s, u"5"_s, u"-t"_s, prefix + u"/simulator/status"_s });
    QCOMPARE(retained.out, QByteArray("offline\n"));
    watcher.disconnectFromBroker();
}

// Killed, the simulator cannot say goodbye: the broker publishes its will, a retained "offline" status.
void TestCliFlows::simulateWillWhenKilled()
{
    const QString prefix = uniqueTopic();
    const QString status = prefix + u"/simulator/status"_s;
    Running simulator
        = start(m_cli, QStringList { u"simulate"_s, u"--rate"_s, u"20"_s, u"--prefix"_s, prefix } + local());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += simulator.process->readAllStandardOutput()).startsWith("Publishing demo"), 10000);
    const Finished online = run(m_mosquittoSub,
        local() + QStringList { u"--retained-only"_s, u"-C"_s, u"1"_s, u"-W"_s, u"5"_s, u"-t"_s, status });
    QCOMPARE(online.out, QByteArray("online\n"));
    simulator.process->kill();
    simulator.process->waitForFinished(5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        run(m_mosquittoSub,
            local() + QStringList { u"--retained-only"_s, u"-C"_s, u"1"_s, u"-W"_s, u"5"_s, u"-t"_s, status })
            .out,
        QByteArray("offline\n"), 10000);
}

void TestCliFlows::subEndsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

// SIGTERM or Ctrl+C ends sub as it ends mosquitto_sub: what arrived is printed, a DISCONNECT goes to the broker (so
// the will is not published), and the status is 0. Killed instead, the broker would publish the will.
void TestCliFlows::subEndsCleanlyOnSignal()
{
    QFETCH(int, signalNumber);
    const QString base = uniqueTopic();
    const QString will = base + u"/will"_s;
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QStringList arguments = local()
        + QStringList { u"-v"_s, u"-t"_s, base + u"/data"_s, u"--will-topic"_s, will, u"--will-payload"_s, u"gone"_s,
              u"--will-retain"_s };
    const QStringList ours = QStringList { u"sub"_s, u"-i"_s, u"canopy-"_s + tag } + arguments;
    const QStringList theirs = QStringList { u"-i"_s, u"mosquitto-"_s + tag } + arguments;
    Running canopy = start(m_cli, ours);
    Running reference = start(m_mosquittoSub, theirs);
    WAIT_FOR_SUBSCRIPTION(u"canopy-"_s + tag, base + u"/data"_s, 0);
    WAIT_FOR_SUBSCRIPTION(u"mosquitto-"_s + tag, base + u"/data"_s, 0);
    QVERIFY(publish(base + u"/data"_s, u"last words"_s, false));
    const QByteArray line = (base + u"/data last words\n"_s).toUtf8();
    QTRY_VERIFY_WITH_TIMEOUT(canopy.process->peek(4096).contains(line), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(reference.process->peek(4096).contains(line), 10000);
    ::kill(pid_t(canopy.process->processId()), signalNumber);
    ::kill(pid_t(reference.process->processId()), signalNumber);
    const Finished a = finish(canopy);
    const Finished b = finish(reference);
    QVERIFY2(b.exitCode == 0, qPrintable(describe(m_mosquittoSub, theirs, b)));
    QVERIFY2(a.exitCode == 0, qPrintable(describe(m_cli, ours, a)));
    QCOMPARE(a.out, b.out);
    QCOMPARE(a.err, b.err);
    QTRY_VERIFY_WITH_TIMEOUT(m_broker.log().contains(u"Client canopy-%1 disconnected"_s.arg(tag)), 5000);
    // No will was published for either (it is retained: a later subscriber would get it).
    const Finished wills
        = run(m_mosquittoSub, local() + QStringList { u"--retained-only"_s, u"-W"_s, u"2"_s, u"-t"_s, will });
    QCOMPARE(wills.out, QByteArray());
}

// Before any broker has accepted it, a signal ends sub at once with mosquitto_sub's status for that case (255).
void TestCliFlows::subSignalBeforeConnAck()
{
    FakeBroker silent; // accepts the connection, never answers the CONNECT
    QVERIFY2(silent.listen(), qPrintable(silent.errorString()));
    const QStringList arguments { u"-h"_s, silent.host(), u"-p"_s, QString::number(silent.port()), u"-t"_s, u"x"_s };
    Running canopy = start(m_cli, QStringList { u"sub"_s } + arguments);
    QVERIFY(silent.waitForConnectionCount(1, 10000));
    Running reference = start(m_mosquittoSub, arguments);
    QVERIFY(silent.waitForConnectionCount(2, 10000));
    QTest::qWait(200); // both have sent their CONNECT and wait for the CONNACK
    ::kill(pid_t(canopy.process->processId()), SIGTERM);
    ::kill(pid_t(reference.process->processId()), SIGTERM);
    const Finished a = finish(canopy, 5000);
    const Finished b = finish(reference, 5000);
    QVERIFY2(b.exitCode == 255, qPrintable(describe(m_mosquittoSub, arguments, b)));
    QVERIFY2(a.exitCode == b.exitCode, qPrintable(describe(m_cli, arguments, a)));
    QCOMPARE(a.out, b.out);
}

QTEST_GUILESS_MAIN(TestCliFlows)
#include "tst_cliflows.moc"
