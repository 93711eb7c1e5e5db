// SPDX-License-Identifier: MIT
// canopy-cli sub when the broker goes away mid-stream, side by side with mosquitto_sub: it reconnects quietly in the
// same process and subscribes again, -C and -W run on across the gap, every QoS 2 message is printed exactly once
// across restarts of a persistent broker (the session state lives on in the process; what it prints is checked
// against a replay of the packets it received, which also shows when the broker itself sent a message twice), and
// what a reconnect cannot fix (a protocol violation, a server DISCONNECT) ends it.

#include "clienttestutil.h"
#include "clientwire.h"
#include "cliprocess.h"
#include "fakebroker.h"
#include "mosquittofixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/types.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace CliProcess;

Q_DECLARE_METATYPE(Mqtt::ProtocolVersion)

namespace {

// The line mosquitto logs (log_type subscribe) once clientId is subscribed to filter.
QString subscriptionLine(const QString &clientId, const QString &filter, int qos)
{
    return clientId + u' ' + QString::number(qos) + u' ' + filter;
}

// Empty when printed is the lines "1" to "total", in order, each once; otherwise what is wrong with it.
QString checkSequence(const QByteArray &printed, int total)
{
    QList<QByteArray> lines = printed.split('\n');
    const bool endsWithNewline = lines.last().isEmpty();
    if (endsWithNewline)
        lines.removeLast();
    QList<int> seen(total + 1, 0);
    qsizetype firstWrong = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        bool ok = false;
        const int number = lines.at(i).toInt(&ok);
        if (ok && number >= 1 && number <= total)
            ++seen[number];
        if (firstWrong < 0 && (!ok || number != i + 1))
            firstWrong = i;
    }
    if (firstWrong < 0 && lines.size() == total && endsWithNewline)
        return {};
    const int missing = int(std::count(seen.cbegin() + 1, seen.cend(), 0));
    const int repeated = int(std::count_if(seen.cbegin() + 1, seen.cend(), [](int count) { return count > 1; }));
    QString text = u"%1 lines, %2 numbers never printed, %3 printed more than once"_s.arg(lines.size())
                       .arg(missing)
                       .arg(repeated);
    if (firstWrong >= 0) {
        text += u"; line %1 is \"%2\" where %3 belongs"_s.arg(firstWrong + 1)
                    .arg(QString::fromUtf8(lines.at(firstWrong).left(40)))
                    .arg(firstWrong + 1);
    }
    return text;
}

// What canopy-cli -d says it received, replayed by the rules of an exactly-once receiver that delivers on PUBLISH
// (MQTT 4.3.3, method B): a QoS 2 PUBLISH is a new message unless its packet identifier still awaits PUBREL. The
// client's session code decides the same thing; this replay is independent of it, so the two can be compared.
struct ReceiverReplay {
    QList<QByteArray> mustPrint; // the payloads of the new messages, in order
    // Messages the broker sent again, with the same packet identifier, after it had sent their PUBREL: MQTT forbids it
    // [MQTT-4.3.3-5], and the receiver can only take such a PUBLISH for a new message.
    QStringList brokerResentAfterPubRel;
    QString error; // a trace this replay cannot follow
};

ReceiverReplay replayReceiver(const QByteArray &trace)
{
    static const QRegularExpression publishLine(
        u"^Client received PUBLISH\\(topic .*, qos 2(, dup)?, id (\\d+), payload \\d+ bytes (\\S+)\\)$"_s);
    static const QRegularExpression pubRelLine(u"^Client received PUBREL\\(id (\\d+),"_s);
    static const QRegularExpression connAckLine(u"^Client received CONNACK\\(session present (true|false),"_s);
    ReceiverReplay replay;
    QHash<int, QByteArray> awaitingPubRel; // packet identifier -> the payload of its exchange
    QHash<QByteArray, int> released; // payload -> the identifier of its exchange, once its PUBREL came
    QSet<QByteArray> delivered;
    for (const QByteArray &rawLine : trace.split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        if (const QRegularExpressionMatch publish = publishLine.match(line); publish.hasMatch()) {
            const int id = publish.captured(2).toInt();
            if (awaitingPubRel.contains(id))
                continue; // sent again before PUBREL: acknowledged again, not delivered again
            const QByteArray payload = publish.captured(3).toUtf8();
            if (delivered.contains(payload) && released.value(payload, -1) == id)
                replay.brokerResentAfterPubRel.append(u"%1 (id %2)"_s.arg(QString::fromUtf8(payload)).arg(id));
            awaitingPubRel.insert(id, payload);
            delivered.insert(payload);
            replay.mustPrint.append(payload);
        } else if (const QRegularExpressionMatch pubRel = pubRelLine.match(line); pubRel.hasMatch()) {
            const int id = pubRel.captured(1).toInt();
            if (const auto it = awaitingPubRel.constFind(id); it != awaitingPubRel.cend()) {
                released.insert(it.value(), id);
                awaitingPubRel.erase(it);
            }
        } else if (const QRegularExpressionMatch connAck = connAckLine.match(line); connAck.hasMatch()) {
            if (connAck.captured(1) == u"false"_s) // no session: nothing awaits PUBREL any more
                awaitingPubRel.clear();
        } else if (line.startsWith(u"Client received PUBLISH"_s)) {
            replay.error = u"a PUBLISH line this replay does not read: "_s + line.left(200);
            return replay;
        }
    }
    return replay;
}

// True when every client connection to 127.0.0.1:brokerPort has nothing left to read and nothing unsent: the client
// has taken in all the broker sent, and what it answered lies in the broker's socket (Linux: /proc/net/tcp).
bool clientsCaughtUp(quint16 brokerPort)
{
    QFile table(u"/proc/net/tcp"_s);
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // after the header
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 5 || fields.at(3) != "01") // ESTABLISHED only
            continue;
        const QByteArray &remote = fields.at(2);
        bool ok = false;
        const uint remotePort = remote.mid(remote.indexOf(':') + 1).toUInt(&ok, 16);
        if (ok && remotePort == brokerPort && fields.at(4) != "00000000:00000000") // tx_queue:rx_queue
            return false;
    }
    return true;
}

// One subscriber process: canopy-cli sub or, as the reference, mosquitto_sub with the same options.
struct Subscriber {
    QString program;
    QStringList arguments;
    QString clientId;
    std::unique_ptr<QProcess> process;
};

} // namespace

class TestCliReconnect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reconnectsAfterBrokerRestart_data();
    void reconnectsAfterBrokerRestart();
    void timeoutWhileReconnecting();
    void exactlyOnceAcrossBrokerRestarts_data();
    void exactlyOnceAcrossBrokerRestarts();
    void endsOnWhatAReconnectCannotFix_data();
    void endsOnWhatAReconnectCannotFix();

private:
    // canopy-cli sub and, if asked and mosquitto_sub is installed, mosquitto_sub: each with its own client id and
    // the common options, started.
    std::vector<Subscriber> startSubscribers(const QString &idPrefix, bool withReference, const QStringList &common,
        const QStringList &canopyOnly = {}) const;
    // Until the broker has logged each subscriber's subscription `times` times (the log holds every run of the
    // broker: after a restart, the second line is the subscription made again).
    static bool waitForSubscriptions(const MosquittoFixture &broker, const std::vector<Subscriber> &subscribers,
        const QString &filter, int qos, int times);

    QString m_cli;
    QString m_mosquittoSub; // empty when mosquitto-clients is not installed: no reference run
};

void TestCliReconnect::initTestCase()
{
    m_cli = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"canopy-cli was not built at %1 (set CANOPY_BINARY_DIR)"_s.arg(m_cli)));
    m_mosquittoSub = QStandardPaths::findExecutable(u"mosquitto_sub"_s);
    if (m_mosquittoSub.isEmpty())
        qInfo("mosquitto_sub is not installed: canopy-cli runs without its reference");
}

std::vector<Subscriber> TestCliReconnect::startSubscribers(
    const QString &idPrefix, bool withReference, const QStringList &common, const QStringList &canopyOnly) const
{
    std::vector<Subscriber> subscribers;
    subscribers.push_back(
        Subscriber { m_cli, QStringList { u"sub"_s } + canopyOnly, idPrefix + u"-canopy"_s, nullptr });
    if (withReference && !m_mosquittoSub.isEmpty())
        subscribers.push_back(Subscriber { m_mosquittoSub, QStringList {}, idPrefix + u"-mosquitto"_s, nullptr });
    for (Subscriber &subscriber : subscribers) {
        subscriber.arguments += QStringList { u"-i"_s, subscriber.clientId } + common;
        subscriber.process = start(subscriber.program, subscriber.arguments);
    }
    return subscribers;
}

bool TestCliReconnect::waitForSubscriptions(const MosquittoFixture &broker, const std::vector<Subscriber> &subscribers,
    const QString &filter, int qos, int times)
{
    const auto subscribed = [&] {
        const QString log = broker.log();
        return std::all_of(subscribers.cbegin(), subscribers.cend(), [&](const Subscriber &subscriber) {
            return log.count(subscriptionLine(subscriber.clientId, filter, qos)) >= times;
        });
    };
    return QTest::qWaitFor(subscribed, 15000);
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliReconnect::reconnectsAfterBrokerRestart_data()
{
    QTest::addColumn<bool>("persistent"); // -c and a broker with persistence, stopped cleanly; else killed
    QTest::addColumn<QByteArray>("expected");
    // A clean session: the broker forgets the subscription with the connection, so the subscriber must make it
    // again on the new connection; -C 2 counts the message before the gap and the one after.
    QTest::newRow("clean session, broker killed") << false << QByteArray("cli/reconnect before\ncli/reconnect after\n");
    // A kept session is subscribed again as well, as mosquitto_sub does in on_connect, and that SUBSCRIBE brings the
    // retained message once more.
    QTest::newRow("-c, retained message, broker restarted")
        << true << QByteArray("cli/reconnect before\ncli/reconnect before\ncli/reconnect after\n");
}

void TestCliReconnect::reconnectsAfterBrokerRestart()
{
    QFETCH(bool, persistent);
    QFETCH(QByteArray, expected);
    MosquittoFixture broker;
    MosquittoFixture::Options options;
    options.persistence = persistent;
    options.extraConfig = "log_type subscribe";
    QVERIFY2(broker.start(options), qPrintable(broker.errorString()));
    const QString topic = u"cli/reconnect"_s;
    const QStringList connection { u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()) };
    QStringList common = connection
        + QStringList { u"-q"_s, u"1"_s, u"-v"_s, u"-C"_s, QString::number(expected.count('\n')), u"-W"_s, u"40"_s,
              u"-t"_s, topic };
    if (persistent)
        common << u"-c"_s;
    std::vector<Subscriber> subscribers
        = startSubscribers(persistent ? u"reconnect-kept"_s : u"reconnect-clean"_s, true, common);
    QVERIFY2(waitForSubscriptions(broker, subscribers, topic, 1, 1), qPrintable(broker.log().right(2000)));

    const auto publish = [&](const QString &text, bool retain) {
        QStringList arguments
            = QStringList { u"pub"_s } + connection + QStringList { u"-q"_s, u"1"_s, u"-t"_s, topic, u"-m"_s, text };
        if (retain)
            arguments << u"-r"_s;
        const Finished published = run(m_cli, arguments);
        QVERIFY2(published.exitCode == 0, qPrintable(describe(m_cli, arguments, published)));
    };
    publish(u"before"_s, persistent);
    for (Subscriber &subscriber : subscribers)
        QTRY_COMPARE(printedSoFar(*subscriber.process), QByteArray("cli/reconnect before\n"));

    if (persistent) {
        QVERIFY2(broker.restart(), qPrintable(broker.errorString())); // SIGTERM: it saves the retained message
    } else {
        broker.kill(); // SIGKILL: no goodbye, the sockets just close
        QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    }
    QVERIFY2(waitForSubscriptions(broker, subscribers, topic, 1, 2), qPrintable(broker.log().right(2000)));
    if (persistent) { // the retained message first, so that "after" cannot overtake it
        for (Subscriber &subscriber : subscribers)
            QTRY_COMPARE(printedSoFar(*subscriber.process), expected.left(expected.lastIndexOf("cli/reconnect after")));
    }
    publish(u"after"_s, false);

    for (Subscriber &subscriber : subscribers) {
        const Finished result = finish(*subscriber.process, 20000);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(subscriber.program, subscriber.arguments, result)));
        QCOMPARE(result.out, expected);
        QCOMPARE(result.err, QByteArray()); // a lost connection is retried without a word
    }
}

void TestCliReconnect::timeoutWhileReconnecting()
{
    // -W counts from the start, connected or not: it ends the process while it waits to reconnect.
    MosquittoFixture broker;
    MosquittoFixture::Options options;
    options.extraConfig = "log_type subscribe";
    QVERIFY2(broker.start(options), qPrintable(broker.errorString()));
    const QString topic = u"cli/timeout"_s;
    std::vector<Subscriber> subscribers = startSubscribers(u"timeout"_s, true,
        QStringList {
            u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"-W"_s, u"5"_s, u"-t"_s, topic });
    QVERIFY2(waitForSubscriptions(broker, subscribers, topic, 0, 1), qPrintable(broker.log().right(2000)));
    broker.kill(); // and it stays down
    for (const Subscriber &subscriber : std::as_const(subscribers))
        QVERIFY2(subscriber.process->state() == QProcess::Running, "-W ran out before the broker went away");

    for (Subscriber &subscriber : subscribers) {
        const Finished result = finish(*subscriber.process, 20000);
        QVERIFY2(result.exitCode == 27, qPrintable(describe(subscriber.program, subscriber.arguments, result)));
        QCOMPARE(result.out, QByteArray());
        QCOMPARE(result.err, QByteArray("Timed out\n"));
    }
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliReconnect::exactlyOnceAcrossBrokerRestarts_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<Mqtt::ProtocolVersion>("protocol");
    QTest::addColumn<bool>("reference"); // run mosquitto_sub beside it
    QTest::newRow("mqttv311 MQTT-4.3.3 exactly once across a resumed session")
        << u"mqttv311"_s << Mqtt::ProtocolVersion::V311 << true;
    // mosquitto_sub 2.0.11 -V mqttv5 cannot serve as the reference here: after the first restart it ends with "A
    // network protocol error occurred when communicating with the broker." (status 2).
    QTest::newRow("mqttv5 MQTT-4.3.3 exactly once across a resumed session")
        << u"mqttv5"_s << Mqtt::ProtocolVersion::V5 << false;
}

void TestCliReconnect::exactlyOnceAcrossBrokerRestarts()
{
    // The scenario of issue 7: a persistent broker is stopped cleanly and started again, twice, while numbered QoS 2
    // messages flow to `sub -c -q 2`. After each restart the broker resends, with DUP set, the messages whose PUBREC
    // it had not yet taken in; the subscriber has printed those already and must not print them again.
    QFETCH(QString, version);
    QFETCH(Mqtt::ProtocolVersion, protocol);
    QFETCH(bool, reference);
    constexpr int total = 20000;
    MosquittoFixture broker;
    MosquittoFixture::Options options;
    options.persistence = true;
    // Saved every second as well, as a production broker would be (the fixture's default is on SIGTERM only).
    options.extraConfig = "log_type subscribe\nautosave_interval 1";
    QVERIFY2(broker.start(options), qPrintable(broker.errorString()));

    // The publisher keeps its session and reconnects, resending what the broker has not acknowledged. A message that
    // reached the broker twice or never would show in the sequence canopy-cli prints.
    Mqtt::Client publisher;
    Mqtt::ClientOptions publisherOptions
        = ClientTest::localOptions(broker.host(), broker.port(), protocol, u"exactly-once-publisher-"_s + version);
    publisherOptions.session.connect.cleanStart = false;
    if (protocol == Mqtt::ProtocolVersion::V5)
        publisherOptions.session.connect.properties.sessionExpiryInterval = 0xFFFFFFFFu;
    publisherOptions.autoReconnect = true;
    publisherOptions.reconnectInitialDelayMs = 100;
    publisherOptions.reconnectMaximumDelayMs = 400;
    publisher.setOptions(publisherOptions);
    int completed = 0;
    QStringList publishErrors;
    connect(
        &publisher, &Mqtt::Client::publishFinished, this, [&](Mqtt::Token, bool success, quint8, const QString &error) {
            if (success)
                ++completed;
            else
                publishErrors.append(error);
        });
    publisher.connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(publisher.isConnected(), 10000);

    const QString topic = u"cli/exactly-once/"_s + version;
    std::vector<Subscriber> subscribers = startSubscribers(u"exactly-once-"_s + version, reference,
        QStringList { u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"-V"_s, version, u"-c"_s,
            u"-q"_s, u"2"_s, u"-C"_s, QString::number(total), u"-W"_s, u"55"_s, u"-t"_s, topic },
        QStringList { u"-d"_s }); // its packets on stderr, to replay what it received
    QVERIFY2(waitForSubscriptions(broker, subscribers, topic, 2, 1), qPrintable(broker.log().right(2000)));

    for (int number = 1; number <= total; ++number) {
        Mqtt::Publish message;
        message.topic = topic;
        message.payload = QByteArray::number(number);
        message.qos = 2;
        publisher.publish(message);
    }
    const auto fewestPrinted = [&] {
        qsizetype fewest = total;
        for (const Subscriber &subscriber : std::as_const(subscribers))
            fewest = std::min(fewest, printedSoFar(*subscriber.process).count('\n'));
        return fewest;
    };
    const auto progress = [&]() -> QString {
        QStringList parts;
        for (const Subscriber &subscriber : std::as_const(subscribers)) {
            QProcess &process = *subscriber.process;
            const QString state = process.state() == QProcess::Running
                ? u"running"_s
                : u"ended with %1: %2"_s.arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAllStandardError().trimmed()));
            parts.append(
                u"%1 printed %2 (%3)"_s.arg(subscriber.program).arg(printedSoFar(process).count('\n')).arg(state));
        }
        return parts.join(u", "_s) + u", %1 published"_s.arg(completed);
    };
    for (const int threshold : { total * 3 / 10, total * 13 / 20 }) {
        QTRY_VERIFY2_WITH_TIMEOUT(fewestPrinted() >= threshold, qPrintable(progress()), 30000);
        QVERIFY2(completed < total, "the publisher finished before the broker was restarted: nothing was tested");
        // The race of the issue, made certain rather than likely: each subscriber has a full window of messages on
        // the way when the broker is frozen; it takes them in, prints them and answers PUBREC, and the broker stops
        // cleanly (SIGTERM: it saves its state) without having read those PUBRECs. After the restart it sends the
        // same messages again, DUP set. First the subscribers pause, so that the broker queues a backlog for them.
        for (const Subscriber &subscriber : std::as_const(subscribers)) {
            // A process that ended has no id, and kill(0) would stop this whole process group.
            QVERIFY2(subscriber.process->processId() > 0, qPrintable(progress()));
            QCOMPARE(::kill(pid_t(subscriber.process->processId()), SIGSTOP), 0);
        }
        const qsizetype paused = fewestPrinted();
        QTRY_VERIFY_WITH_TIMEOUT(completed >= std::min<qsizetype>(paused + 200, total), 30000);
        const auto brokerPid = pid_t(broker.pid());
        QVERIFY(brokerPid > 0);
        QCOMPARE(::kill(brokerPid, SIGSTOP), 0);
        for (const Subscriber &subscriber : std::as_const(subscribers))
            QCOMPARE(::kill(pid_t(subscriber.process->processId()), SIGCONT), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(
            clientsCaughtUp(broker.port()), "the clients did not take in what the frozen broker had sent", 10000);
        QCOMPARE(::kill(brokerPid, SIGTERM), 0); // handled first when it runs again, before it reads another packet
        QCOMPARE(::kill(brokerPid, SIGCONT), 0);
        QVERIFY2(broker.restart(), qPrintable(broker.errorString())); // waits until it has saved and exited
    }

    // The publisher lives in this thread: wait with the event loop running, not in waitForFinished().
    (void)QTest::qWaitFor(
        [&] {
            return std::all_of(subscribers.cbegin(), subscribers.cend(),
                [](const Subscriber &subscriber) { return subscriber.process->state() == QProcess::NotRunning; });
        },
        40000);
    // canopy-cli first: it must print exactly the messages that its packets, replayed by MQTT's rules, make new.
    Subscriber &canopy = subscribers.front();
    const Finished canopyResult = finish(*canopy.process, 1000);
    QVERIFY2(canopyResult.exitCode == 0, qPrintable(describe(canopy.program, canopy.arguments, canopyResult)));
    for (const QByteArray &line : canopyResult.err.split('\n')) {
        QVERIFY2(line.isEmpty() || line.startsWith("Client ") || line.startsWith("Reconnecting: "),
            qPrintable(u"canopy-cli wrote more than its packets: "_s + QString::fromUtf8(line.left(300))));
    }
    const ReceiverReplay replay = replayReceiver(canopyResult.err);
    QVERIFY2(replay.error.isEmpty(), qPrintable(replay.error));
    QList<QByteArray> printed = canopyResult.out.split('\n');
    if (printed.last().isEmpty())
        printed.removeLast();
    const QList<QByteArray> mustPrint = replay.mustPrint.first(std::min(replay.mustPrint.size(), qsizetype(total)));
    const auto differ = std::mismatch(printed.cbegin(), printed.cend(), mustPrint.cbegin(), mustPrint.cend());
    QVERIFY2(differ.first == printed.cend() && differ.second == mustPrint.cend(),
        qPrintable(
            u"canopy-cli printed %1 lines where its packets make %2 messages new; line %3 is \"%4\" where \"%5\" "
            "belongs"_s.arg(printed.size())
                .arg(mustPrint.size())
                .arg(differ.first - printed.cbegin() + 1)
                .arg(QString::fromUtf8(differ.first == printed.cend() ? QByteArray("(none)") : *differ.first),
                    QString::fromUtf8(differ.second == mustPrint.cend() ? QByteArray("(none)") : *differ.second))));
    // Then the end-to-end promise, which holds as long as the broker keeps to MQTT. mosquitto 2.0.11 sometimes does
    // not. It can have more QoS 2 messages in flight to a client than max_inflight_messages (20): a trace showed 57,
    // ids 6082-6138, the first 20 awaiting PUBCOMP. A restored session gets only 20 back in flight and the rest are
    // queued; on reconnect a queued message goes out as PUBLISH again, even one whose PUBREL the broker had sent. In
    // that trace, after the restart: PUBREL for 6082-6101, then PUBLISH (DUP) 6102, whose PUBREL had come before the
    // restart. No receiver can tell such a message from a new one.
    if (!replay.brokerResentAfterPubRel.isEmpty()) {
        qWarning("Messages mosquitto sent again after their PUBREL [MQTT-4.3.3-5] (%d): %s. The exactly-once "
                 "sequence is not checked in this run; canopy-cli printed what MQTT's rules make new.",
            int(replay.brokerResentAfterPubRel.size()),
            qPrintable(replay.brokerResentAfterPubRel.mid(0, 10).join(u", "_s)));
    } else {
        const QString wrong = checkSequence(canopyResult.out, total);
        QVERIFY2(wrong.isEmpty(), qPrintable(canopy.program + u": "_s + wrong));
    }
    // The reference lives through the same restarts. What it prints is reported, not checked: mosquitto can send
    // it a message again after PUBREL as well, and nothing here sees its packets.
    for (auto it = subscribers.begin() + 1; it != subscribers.end(); ++it) {
        const Finished result = finish(*it->process, 1000);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(it->program, it->arguments, result)));
        QCOMPARE(result.err, QByteArray());
        if (const QString wrong = checkSequence(result.out, total); !wrong.isEmpty())
            qWarning("%s (reference): %s", qPrintable(it->program), qPrintable(wrong));
    }
    QTRY_COMPARE_WITH_TIMEOUT(completed, total, 10000);
    QVERIFY2(publishErrors.isEmpty(), qPrintable(publishErrors.join(u" | "_s)));
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliReconnect::endsOnWhatAReconnectCannotFix_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("bytes"); // what the broker sends once the subscription is acknowledged
    QTest::addColumn<int>("status"); // canopy-cli's exit status
    QTest::addColumn<QString>("keyword"); // in its sentence
    QTest::addColumn<bool>("reference"); // mosquitto_sub ends the same way, with the same status

    // mosquitto_sub ends with MOSQ_ERR_PROTOCOL (2).
    QTest::newRow("MQTT 3.1.1 AUTH packet, which 3.1.1 does not have")
        << u"mqttv311"_s << QByteArray::fromHex("f000") << 2 << u"AUTH"_s << true;
    // mosquitto_sub 2.0.11 ends too, silently and with status 0; canopy-cli says why and fails.
    QTest::newRow("MQTT 5 DISCONNECT 0x8B from the server")
        << u"mqttv5"_s << QByteArray::fromHex("e0018b") << 1 << u"server shutting down"_s << false;
}

void TestCliReconnect::endsOnWhatAReconnectCannotFix()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, keyword);
    QFETCH(bool, reference);

    QList<std::pair<QString, QStringList>> programs { { m_cli, { u"sub"_s } } };
    if (reference && !m_mosquittoSub.isEmpty())
        programs.append({ m_mosquittoSub, {} });
    for (const auto &[program, command] : std::as_const(programs)) {
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        const QStringList arguments = command
            + QStringList { u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"-V"_s, version, u"-i"_s,
                  u"fault"_s, u"-q"_s, u"1"_s, u"-t"_s, u"cli/fault"_s };
        auto process = start(program, arguments);
        const auto connectPacket = broker.waitForPacket();
        QVERIFY2(
            connectPacket && std::holds_alternative<Mqtt::Connect>(*connectPacket), qPrintable(broker.decodeError()));
        const Mqtt::ProtocolVersion protocol = broker.protocolVersion();
        broker.send(ClientWire::connAck(protocol));
        const auto subscribe = broker.waitForPacket();
        QVERIFY2(subscribe && std::holds_alternative<Mqtt::Subscribe>(*subscribe), qPrintable(broker.decodeError()));
        const QByteArray noProperties = protocol == Mqtt::ProtocolVersion::V5 ? QByteArray(1, '\0') : QByteArray();
        broker.send(ClientWire::packet(
            0x90, ClientWire::u16(std::get<Mqtt::Subscribe>(*subscribe).packetId) + noProperties + '\x01'));
        broker.send(bytes);

        // With the event loop running, so that the broker would accept a reconnect.
        (void)QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 10000);
        const Finished result = finish(*process, 0);
        QVERIFY2(result.exitCode == status, qPrintable(describe(program, arguments, result)));
        QCOMPARE(broker.connectionCount(), 1); // it did not come back
        if (program == m_cli) {
            const QString sentence = QString::fromLocal8Bit(result.err).trimmed();
            QVERIFY2(sentence.startsWith(u"Error: "_s) && sentence.contains(keyword), qPrintable(sentence));
            QVERIFY2(!sentence.contains(u'\n'), qPrintable(sentence)); // one sentence, said once
        }
    }
}

QTEST_GUILESS_MAIN(TestCliReconnect)
#include "tst_clireconnect.moc"
