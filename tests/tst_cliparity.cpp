// SPDX-License-Identifier: MIT
// canopy-cli where a strict broker showed it differs from mosquitto_sub and mosquitto_pub (issue 15), each flow
// beside the mosquitto client doing the same: a count met by a retained message before the SUBACK, -c under MQTT 5
// keeping the session, -D disconnect session-expiry-interval 0 ending it, a chosen topic alias, the user's Topic Alias
// Maximum, a SUBSCRIBE larger than the broker's Maximum Packet Size, and the options mosquitto scripts use:
// --remove-retained, --random-filter, -A, pub -M. A real mosquitto where it can produce the situation, a scripted
// broker where it cannot.

#include "cliprocess.h"
#include "cliwire.h"
#include "codec/mqttcodec.h"
#include "fakebroker.h"
#include "mosquittofixture.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace CliProcess;

Q_DECLARE_METATYPE(Mqtt::ProtocolVersion)

class TestCliParity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void countMetBeforeSubAck_data();
    void countMetBeforeSubAck();
    void persistentSessionUnderMqtt5_data();
    void persistentSessionUnderMqtt5();
    void disconnectEndsTheSession_data();
    void disconnectEndsTheSession();
    void chosenTopicAlias();
    void userTopicAliasMaximum();
    void subscribeLargerThanMaximumPacketSize();
    void removeRetained_data();
    void removeRetained();
    void removeRetainedWithSkipRetained();
    void randomFilter();
    void bindAddress();
    void maxInflight_data();
    void maxInflight();
    void timeoutPublishesTheWill();

private:
    QStringList local() const { return { u"-h"_s, m_broker.host(), u"-p"_s, QString::number(m_broker.port()) }; }
    QString program(const QString &tool, const QString &command) const; // tool: canopy or mosquitto
    QStringList invocation(const QString &tool, const QString &command, const QStringList &arguments) const;
    // Connects as clientId with -c under MQTT 5 and reads from the broker's log whether it had kept a session.
    bool sessionPresentOnReconnect(const QString &clientId);
    void publish(const QStringList &arguments);
    QString retainedUnder(const QString &filter); // "topic payload" lines of the retained messages, sorted

    MosquittoFixture m_broker;
    QString m_cli;
    QString m_mosquittoPub;
    QString m_mosquittoSub;
};

void TestCliParity::initTestCase()
{
    m_cli = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"canopy-cli was not built at %1 (set CANOPY_BINARY_DIR)"_s.arg(m_cli)));
    m_mosquittoPub = QStandardPaths::findExecutable(u"mosquitto_pub"_s);
    m_mosquittoSub = QStandardPaths::findExecutable(u"mosquitto_sub"_s);
    QVERIFY2(!m_mosquittoPub.isEmpty() && !m_mosquittoSub.isEmpty(), "install mosquitto-clients");
    MosquittoFixture::Options options;
    options.extraConfig = "log_type all"; // CONNACK flags and subscriptions
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.errorString()));
}

void TestCliParity::cleanupTestCase()
{
    m_broker.stop();
}

QString TestCliParity::program(const QString &tool, const QString &command) const
{
    if (tool == u"canopy"_s)
        return m_cli;
    return command == u"pub"_s ? m_mosquittoPub : m_mosquittoSub;
}

QStringList TestCliParity::invocation(const QString &tool, const QString &command, const QStringList &arguments) const
{
    return (tool == u"canopy"_s ? QStringList { command } : QStringList {}) + local() + arguments;
}

bool TestCliParity::sessionPresentOnReconnect(const QString &clientId)
{
    const QStringList arguments = local()
        + QStringList { u"-c"_s, u"-V"_s, u"mqttv5"_s, u"-i"_s, clientId, u"-E"_s, u"-t"_s, u"parity/probe"_s };
    const Finished probe = run(m_mosquittoSub, arguments);
    [&] { QVERIFY2(probe.exitCode == 0, qPrintable(describe(m_mosquittoSub, arguments, probe))); }();
    const QString log = m_broker.log();
    const QString marker = u"Sending CONNACK to "_s + clientId + u" ("_s;
    const qsizetype at = log.lastIndexOf(marker);
    return at >= 0 && log.mid(at + marker.size(), 1) == u"1"_s;
}

void TestCliParity::publish(const QStringList &arguments)
{
    const QStringList all = local() + arguments;
    const Finished published = run(m_mosquittoPub, all);
    QVERIFY2(published.exitCode == 0, qPrintable(describe(m_mosquittoPub, all, published)));
}

QString TestCliParity::retainedUnder(const QString &filter)
{
    const QStringList arguments
        = local() + QStringList { u"-t"_s, filter, u"-v"_s, u"--retained-only"_s, u"-W"_s, u"1"_s };
    const Finished found = run(m_mosquittoSub, arguments);
    QStringList lines = QString::fromUtf8(found.out).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines.join(u'\n');
}

// ---------------------------------------------------------------------------------------------------------------
// 1. A count met before the SUBACK is a success, and says nothing on stderr.

void TestCliParity::countMetBeforeSubAck_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<Mqtt::ProtocolVersion>("version");
    QTest::addColumn<bool>("subAck"); // the SUBACK follows the retained message (else it never comes)
    for (const QString &tool : { u"canopy"_s, u"mosquitto"_s }) {
        for (const bool subAck : { false, true }) {
            QTest::addRow("%s mqttv311 %s", qPrintable(tool), subAck ? "SUBACK after it" : "no SUBACK")
                << tool << Mqtt::ProtocolVersion::V311 << subAck;
            QTest::addRow("%s mqttv5 %s", qPrintable(tool), subAck ? "SUBACK after it" : "no SUBACK")
                << tool << Mqtt::ProtocolVersion::V5 << subAck;
        }
    }
}

void TestCliParity::countMetBeforeSubAck()
{
    QFETCH(QString, tool);
    QFETCH(Mqtt::ProtocolVersion, version);
    QFETCH(bool, subAck);
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    const QStringList arguments { u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"-V"_s,
        version == Mqtt::ProtocolVersion::V5 ? u"mqttv5"_s : u"mqttv311"_s, u"-t"_s, u"parity/t"_s, u"-C"_s, u"1"_s,
        u"-W"_s, u"10"_s, u"-i"_s, u"count"_s };
    auto process
        = start(program(tool, u"sub"_s), (tool == u"canopy"_s ? QStringList { u"sub"_s } : QStringList {}) + arguments);
    QVERIFY(broker.waitForClient(10000));
    const auto connect = broker.waitForPacket();
    QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
    broker.sendPacket(Mqtt::ConnAck {});
    const auto subscribe = broker.waitForPacket();
    QVERIFY2(subscribe && std::holds_alternative<Mqtt::Subscribe>(*subscribe), qPrintable(broker.decodeError()));
    // The broker may send a retained message before the SUBACK (MQTT-3.8.4-4 only orders it before later ones).
    Mqtt::Publish retained;
    retained.topic = u"parity/t"_s;
    retained.payload = "kept";
    retained.retain = true;
    QByteArray bytes = Mqtt::encode(retained, version);
    if (subAck)
        bytes += Mqtt::encode(Mqtt::SubAck { std::get<Mqtt::Subscribe>(*subscribe).packetId, { 0 }, {} }, version);
    broker.send(bytes);
    const Finished result = finish(*process);
    QVERIFY2(result.exitCode == 0, qPrintable(describe(program(tool, u"sub"_s), arguments, result)));
    QCOMPARE(result.out, QByteArray("kept\n"));
    QCOMPARE(result.err, QByteArray());
}

// ---------------------------------------------------------------------------------------------------------------
// 2. -c without -x under MQTT 5: the session never expires, for sub and pub.

void TestCliParity::persistentSessionUnderMqtt5_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("command");
    for (const QString &tool : { u"canopy"_s, u"mosquitto"_s })
        for (const QString &command : { u"sub"_s, u"pub"_s })
            QTest::addRow("%s %s -c -V mqttv5", qPrintable(tool), qPrintable(command)) << tool << command;
}

void TestCliParity::persistentSessionUnderMqtt5()
{
    QFETCH(QString, tool);
    QFETCH(QString, command);
    const QString clientId = u"kept-"_s + tool + u'-' + command;
    const QString topic = u"parity/kept/"_s + tool + u'/' + command;
    if (command == u"sub"_s) {
        // The subscription outlives the connection, and the broker queues for it.
        const QStringList first { u"-c"_s, u"-V"_s, u"mqttv5"_s, u"-i"_s, clientId, u"-q"_s, u"1"_s, u"-t"_s, topic,
            u"-E"_s };
        const Finished subscribed = run(program(tool, command), invocation(tool, command, first));
        QVERIFY2(subscribed.exitCode == 0, qPrintable(describe(program(tool, command), first, subscribed)));
        publish({ u"-q"_s, u"1"_s, u"-t"_s, topic, u"-m"_s, u"queued while away"_s });
        const QStringList again { u"-c"_s, u"-V"_s, u"mqttv5"_s, u"-i"_s, clientId, u"-q"_s, u"1"_s, u"-t"_s, topic,
            u"-C"_s, u"1"_s, u"-W"_s, u"10"_s };
        const Finished resumed = run(program(tool, command), invocation(tool, command, again));
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(program(tool, command), again, resumed)));
        QCOMPARE(resumed.out, QByteArray("queued while away\n"));
        QVERIFY2(m_broker.log().contains(u"Sending CONNACK to "_s + clientId + u" (1, 0)"_s),
            qPrintable(m_broker.log().right(2000)));
    } else {
        const QStringList arguments { u"-c"_s, u"-V"_s, u"mqttv5"_s, u"-i"_s, clientId, u"-q"_s, u"1"_s, u"-t"_s, topic,
            u"-m"_s, u"x"_s };
        const Finished published = run(program(tool, command), invocation(tool, command, arguments));
        QVERIFY2(published.exitCode == 0, qPrintable(describe(program(tool, command), arguments, published)));
        QVERIFY2(sessionPresentOnReconnect(clientId), qPrintable(m_broker.log().right(2000)));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// 3. -D disconnect session-expiry-interval 0 ends a kept session when disconnecting.

void TestCliParity::disconnectEndsTheSession_data()
{
    persistentSessionUnderMqtt5_data();
}

void TestCliParity::disconnectEndsTheSession()
{
    QFETCH(QString, tool);
    QFETCH(QString, command);
    const QString clientId = u"ended-"_s + tool + u'-' + command;
    const QStringList ending { u"-D"_s, u"disconnect"_s, u"session-expiry-interval"_s, u"0"_s };
    QStringList arguments { u"-c"_s, u"-V"_s, u"mqttv5"_s, u"-i"_s, clientId, u"-q"_s, u"1"_s, u"-t"_s,
        u"parity/ended"_s };
    arguments += command == u"sub"_s ? QStringList { u"-E"_s } : QStringList { u"-m"_s, u"x"_s };
    // Without the property the session is kept; with it, it is gone once the client has disconnected.
    Finished result = run(program(tool, command), invocation(tool, command, arguments));
    QVERIFY2(result.exitCode == 0, qPrintable(describe(program(tool, command), arguments, result)));
    QVERIFY2(sessionPresentOnReconnect(clientId), "the session was not kept without the property");
    result = run(program(tool, command), invocation(tool, command, arguments + ending));
    QVERIFY2(result.exitCode == 0, qPrintable(describe(program(tool, command), arguments + ending, result)));
    QCOMPARE(result.err, QByteArray());
    QVERIFY2(!sessionPresentOnReconnect(clientId), qPrintable(m_broker.log().right(2000)));
}

// ---------------------------------------------------------------------------------------------------------------
// 4. -D publish topic-alias N: the alias with the topic first, then alone.

void TestCliParity::chosenTopicAlias()
{
    const QStringList arguments { u"-V"_s, u"mqttv5"_s, u"-q"_s, u"1"_s, u"-t"_s, u"parity/alias"_s, u"-m"_s, u"x"_s,
        u"--repeat"_s, u"3"_s, u"-D"_s, u"publish"_s, u"topic-alias"_s, u"2"_s };
    QList<QStringList> sequences;
    for (const QString &tool : { u"canopy"_s, u"mosquitto"_s }) {
        const QStringList all = (tool == u"canopy"_s ? QStringList { u"pub"_s } : QStringList {}) + arguments;
        const CliWire::Wire wire = CliWire::runAgainstScriptedBroker(program(tool, u"pub"_s), all);
        QVERIFY2(wire.process.exitCode == 0 && wire.error.isEmpty(),
            qPrintable(wire.error + u"; "_s + describe(program(tool, u"pub"_s), all, wire.process)));
        QStringList sequence;
        for (const Mqtt::Packet &packet : wire.packets) {
            if (const auto *publish = std::get_if<Mqtt::Publish>(&packet))
                sequence.append(u"'%1' alias %2"_s.arg(publish->topic).arg(publish->properties.topicAlias.value_or(0)));
        }
        sequences.append(sequence);
    }
    const QStringList expected { u"'parity/alias' alias 2"_s, u"'' alias 2"_s, u"'' alias 2"_s };
    QCOMPARE(sequences.at(0), expected);
    QCOMPARE(sequences.at(1), expected); // mosquitto_pub does the same

    // A real mosquitto resolves it: a subscriber gets all three with their topic.
    auto subscriber = start(m_mosquittoSub,
        local()
            + QStringList { u"-i"_s, u"alias-reader"_s, u"-q"_s, u"1"_s, u"-v"_s, u"-C"_s, u"3"_s, u"-W"_s, u"10"_s,
                u"-t"_s, u"parity/alias"_s });
    QTRY_VERIFY_WITH_TIMEOUT(m_broker.log().contains(u"alias-reader 1 parity/alias"_s), 10000);
    const Finished published = run(m_cli, invocation(u"canopy"_s, u"pub"_s, arguments));
    QVERIFY2(published.exitCode == 0, qPrintable(describe(m_cli, arguments, published)));
    const Finished received = finish(*subscriber);
    QCOMPARE(received.out, QByteArray("parity/alias x\nparity/alias x\nparity/alias x\n"));

    // mosquitto accepts aliases 1 to 10 by default: alias 11 is refused with a sentence before it is sent (the
    // broker would close the connection; mosquitto_pub exits 0 and the message is lost).
    QStringList above = arguments;
    above.replace(above.size() - 1, u"11"_s);
    const Finished refused = run(m_cli, invocation(u"canopy"_s, u"pub"_s, above));
    QVERIFY2(refused.exitCode == 1, qPrintable(describe(m_cli, above, refused)));
    QVERIFY2(refused.err.contains("accepts topic aliases 1 to 10"), refused.err.constData());
}

// ---------------------------------------------------------------------------------------------------------------
// 5. -D connect topic-alias-maximum N: the broker's aliases within N are resolved, one above it is a violation.

void TestCliParity::userTopicAliasMaximum()
{
    for (const int alias : { 2, 3 }) {
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        const QStringList arguments { u"sub"_s, u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()),
            u"-t"_s, u"parity/#"_s, u"-v"_s, u"-C"_s, u"2"_s, u"-W"_s, u"10"_s, u"-D"_s, u"connect"_s,
            u"topic-alias-maximum"_s, u"2"_s };
        auto process = start(m_cli, arguments);
        QVERIFY(broker.waitForClient(10000));
        const auto connect = broker.waitForPacket();
        QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
        QCOMPARE(std::get<Mqtt::Connect>(*connect).properties.topicAliasMaximum, std::optional<quint16>(2));
        broker.sendPacket(Mqtt::ConnAck {});
        const auto subscribe = broker.waitForPacket();
        QVERIFY2(subscribe && std::holds_alternative<Mqtt::Subscribe>(*subscribe), qPrintable(broker.decodeError()));
        broker.sendPacket(Mqtt::SubAck { std::get<Mqtt::Subscribe>(*subscribe).packetId, { 0 }, {} });
        Mqtt::Publish first;
        first.topic = u"parity/aliased"_s;
        first.payload = "one";
        first.properties.topicAlias = quint16(alias);
        Mqtt::Publish second = first;
        second.topic.clear();
        second.payload = "two";
        broker.send(Mqtt::encode(first, Mqtt::ProtocolVersion::V5) + Mqtt::encode(second, Mqtt::ProtocolVersion::V5));
        const Finished result = finish(*process);
        if (alias == 2) {
            QVERIFY2(result.exitCode == 0, qPrintable(describe(m_cli, arguments, result)));
            QCOMPARE(result.out, QByteArray("parity/aliased one\nparity/aliased two\n"));
        } else {
            QVERIFY2(result.exitCode == 2, qPrintable(describe(m_cli, arguments, result))); // as mosquitto_sub
            QVERIFY2(result.err.contains("Topic Alias 3"), result.err.constData());
            QCOMPARE(result.out, QByteArray());
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// 6. A SUBSCRIBE larger than the broker's Maximum Packet Size is not sent: a sentence and status 1 at once, where
// mosquitto_sub waits in silence (here until -W).

void TestCliParity::subscribeLargerThanMaximumPacketSize()
{
    MosquittoFixture broker;
    MosquittoFixture::Options options;
    options.extraConfig = "max_packet_size 256\nlog_type all";
    QVERIFY2(broker.start(options), qPrintable(broker.errorString()));
    QStringList arguments { u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"-V"_s, u"mqttv5"_s,
        u"-W"_s, u"3"_s };
    for (const char letter : { 'a', 'b', 'c', 'd' })
        arguments << u"-t"_s << QString(75, QLatin1Char(letter)); // a SUBSCRIBE of 318 bytes
    const Finished ours = run(m_cli, QStringList { u"sub"_s, u"-i"_s, u"large-canopy"_s } + arguments);
    QVERIFY2(ours.exitCode == 1, qPrintable(describe(m_cli, arguments, ours)));
    QCOMPARE(QString::fromLocal8Bit(ours.err),
        u"Error: The subscribe request would need a packet of 318 bytes, but the broker accepts at most 256 bytes; "
        u"subscribe to fewer or shorter topic filters at a time.\n"_s);
    QVERIFY2(broker.log().contains(u"Received DISCONNECT from large-canopy"_s), qPrintable(broker.log().right(2000)));

    const Finished theirs = run(m_mosquittoSub, QStringList { u"-i"_s, u"large-mosquitto"_s } + arguments);
    QCOMPARE(theirs.exitCode, 27);
    QCOMPARE(theirs.err, QByteArray("Timed out\n"));
    QVERIFY2(!broker.log().contains(u"Received SUBSCRIBE from large-mosquitto"_s), "mosquitto_sub sent it");

    // The same for an UNSUBSCRIBE (-U) that does not fit, after a SUBSCRIBE that does.
    QStringList unsubscribe
        = arguments.mid(0, 8) + QStringList { u"-i"_s, u"large-unsubscribe"_s, u"-t"_s, u"small"_s };
    for (const char letter : { 'a', 'b', 'c', 'd' })
        unsubscribe << u"-U"_s << QString(75, QLatin1Char(letter));
    const Finished unsubscribed = run(m_cli, QStringList { u"sub"_s } + unsubscribe);
    QVERIFY2(unsubscribed.exitCode == 1, qPrintable(describe(m_cli, unsubscribe, unsubscribed)));
    QVERIFY2(unsubscribed.err.startsWith("Error: The unsubscribe request would need a packet of")
            && unsubscribed.err.contains("but the broker accepts at most 256 bytes"),
        unsubscribed.err.constData());
}

// ---------------------------------------------------------------------------------------------------------------
// 7. The options mosquitto scripts use.

void TestCliParity::removeRetained_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("left"); // the retained messages left afterwards
    // Each removal comes back as an empty fresh message ("(null)" with -v), which -C counts as mosquitto_sub does.
    QTest::newRow("--remove-retained") << QStringList { u"-C"_s, u"6"_s } << QString();
    QTest::newRow("-T keeps what it filters out")
        << QStringList { u"-T"_s, u"parity/rr/2"_s, u"-C"_s, u"4"_s } << u"parity/rr/2 two"_s;
    // The manual's first example: remove them all, and exit at the first fresh message (the first removal back).
    QTest::newRow("--retained-only") << QStringList { u"--retained-only"_s } << QString();
}

void TestCliParity::removeRetained()
{
    QFETCH(QStringList, options);
    QFETCH(QString, left);
    QList<QByteArray> outputs;
    for (const QString &tool : { u"canopy"_s, u"mosquitto"_s }) {
        publish({ u"-r"_s, u"-t"_s, u"parity/rr/1"_s, u"-m"_s, u"one"_s });
        publish({ u"-r"_s, u"-t"_s, u"parity/rr/2"_s, u"-m"_s, u"two"_s });
        publish({ u"-r"_s, u"-t"_s, u"parity/rr/3"_s, u"-m"_s, u"three"_s });
        const QStringList arguments
            = QStringList { u"-t"_s, u"parity/rr/#"_s, u"-v"_s, u"--remove-retained"_s, u"-W"_s, u"3"_s } + options;
        const Finished result = run(program(tool, u"sub"_s), invocation(tool, u"sub"_s, arguments));
        // Once done, both wait for the broker to acknowledge the last removal. mosquitto_sub 2.0.11 had that
        // acknowledgement before it was done (the removals come back after it), so it waits for nothing until -W,
        // or forever; canopy-cli ends there.
        const bool ours = tool == u"canopy"_s;
        QVERIFY2(result.exitCode == (ours ? 0 : 27), qPrintable(describe(program(tool, u"sub"_s), arguments, result)));
        QCOMPARE(result.err, ours ? QByteArray() : QByteArray("Timed out\n"));
        QCOMPARE(retainedUnder(u"parity/rr/#"_s), left);
        outputs.append(result.out);
        publish({ u"-r"_s, u"-n"_s, u"-t"_s, u"parity/rr/2"_s }); // what -T kept
    }
    QVERIFY(outputs.at(0).startsWith("parity/rr/1 one\nparity/rr/2 two\nparity/rr/3 three\n")
        || outputs.at(0).startsWith("parity/rr/1 one\nparity/rr/3 three\n"));
    QCOMPARE(outputs.at(0), outputs.at(1));
}

void TestCliParity::removeRetainedWithSkipRetained()
{
    // The manual: "This option still takes effect even if -R is used." canopy-cli does as it says; mosquitto_sub
    // 2.0.11 leaves the retained messages when -R is given.
    const QStringList arguments { u"-t"_s, u"parity/rrr/#"_s, u"-R"_s, u"--remove-retained"_s, u"-v"_s, u"-C"_s, u"2"_s,
        u"-W"_s, u"10"_s };
    publish({ u"-r"_s, u"-t"_s, u"parity/rrr/1"_s, u"-m"_s, u"one"_s });
    publish({ u"-r"_s, u"-t"_s, u"parity/rrr/2"_s, u"-m"_s, u"two"_s });
    const Finished ours = run(m_cli, invocation(u"canopy"_s, u"sub"_s, arguments));
    QVERIFY2(ours.exitCode == 0, qPrintable(describe(m_cli, arguments, ours)));
    QCOMPARE(ours.out, QByteArray("parity/rrr/1 (null)\nparity/rrr/2 (null)\n")); // -R: only the removals back
    QCOMPARE(retainedUnder(u"parity/rrr/#"_s), QString());

    publish({ u"-r"_s, u"-t"_s, u"parity/rrr/1"_s, u"-m"_s, u"one"_s });
    const Finished theirs = run(m_mosquittoSub,
        local() + QStringList { u"-t"_s, u"parity/rrr/#"_s, u"-R"_s, u"--remove-retained"_s, u"-W"_s, u"1"_s });
    QCOMPARE(theirs.exitCode, 27);
    QCOMPARE(retainedUnder(u"parity/rrr/#"_s), u"parity/rrr/1 one"_s);
    publish({ u"-r"_s, u"-n"_s, u"-t"_s, u"parity/rrr/1"_s });
}

void TestCliParity::randomFilter()
{
    // --random-filter P prints P percent of the messages on average, and every message counts towards -C.
    constexpr int total = 2000;
    QByteArray lines;
    for (int i = 1; i <= total; ++i)
        lines += QByteArray::number(i) + '\n';
    QList<int> printed;
    for (const QString &chance : { u"25"_s, u"100"_s }) {
        const QString id = u"random-"_s + chance;
        const QStringList arguments { u"-i"_s, id, u"-q"_s, u"1"_s, u"-t"_s, u"parity/random"_s, u"--random-filter"_s,
            chance, u"-C"_s, QString::number(total), u"-W"_s, u"30"_s };
        auto subscriber = start(m_cli, invocation(u"canopy"_s, u"sub"_s, arguments));
        QTRY_VERIFY_WITH_TIMEOUT(m_broker.log().contains(id + u" 1 parity/random"_s), 10000);
        const Finished published = run(
            m_mosquittoPub, local() + QStringList { u"-q"_s, u"1"_s, u"-t"_s, u"parity/random"_s, u"-l"_s }, lines);
        QCOMPARE(published.exitCode, 0);
        const Finished result = finish(*subscriber, 30000);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(m_cli, arguments, result))); // -C met
        printed.append(int(result.out.count('\n')));
    }
    // 25 % of 2000: 500, with a standard deviation of about 19; five of them either way.
    QVERIFY2(printed.at(0) > 400 && printed.at(0) < 600, qPrintable(QString::number(printed.at(0))));
    QCOMPARE(printed.at(1), total);
}

void TestCliParity::bindAddress()
{
    // -A: the connection leaves from that address (any 127.x.y.z is this machine), as mosquitto_sub's does.
    for (const QString &tool : { u"canopy"_s, u"mosquitto"_s }) {
        const QString id = u"bound-"_s + tool;
        const QStringList arguments { u"-A"_s, u"127.0.0.2"_s, u"-i"_s, id, u"-t"_s, u"parity/bound"_s, u"-E"_s };
        const Finished result = run(program(tool, u"sub"_s), invocation(tool, u"sub"_s, arguments));
        QVERIFY2(result.exitCode == 0, qPrintable(describe(program(tool, u"sub"_s), arguments, result)));
        QVERIFY2(
            m_broker.log().contains(QRegularExpression(u"New client connected from 127\\.0\\.0\\.2:\\d+ as "_s + id)),
            qPrintable(m_broker.log().right(2000)));
    }
    // An address of another machine: both fail; canopy-cli says which address and what to do.
    const QStringList elsewhere { u"-A"_s, u"192.0.2.1"_s, u"-t"_s, u"parity/bound"_s, u"-E"_s };
    const Finished theirs = run(m_mosquittoSub, local() + elsewhere);
    QCOMPARE(theirs.exitCode, 1);
    const Finished ours = run(m_cli, invocation(u"canopy"_s, u"sub"_s, elsewhere));
    QCOMPARE(ours.exitCode, 1);
    QVERIFY2(
        ours.err.contains("from the local address 192.0.2.1") && ours.err.contains("give an address of this machine"),
        ours.err.constData());
    // A WebSocket cannot choose its local address.
    const Finished webSocket = run(
        m_cli, QStringList { u"sub"_s, u"-L"_s, u"ws://127.0.0.1:1/mqtt"_s, u"-t"_s, u"x"_s, u"-A"_s, u"127.0.0.1"_s });
    QCOMPARE(webSocket.exitCode, 1);
    QVERIFY2(webSocket.err.contains("WebSocket"), webSocket.err.constData());
}

void TestCliParity::maxInflight_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("version");
    for (const QString &tool : { u"canopy"_s, u"mosquitto"_s })
        for (const QString &version : { u"mqttv311"_s, u"mqttv5"_s })
            QTest::addRow("%s %s", qPrintable(tool), qPrintable(version)) << tool << version;
}

void TestCliParity::maxInflight()
{
    // pub -M 2: at most two QoS 1 messages await their PUBACK; the third goes once one is acknowledged.
    QFETCH(QString, tool);
    QFETCH(QString, version);
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    const QStringList arguments { u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"-V"_s, version,
        u"-q"_s, u"1"_s, u"-M"_s, u"2"_s, u"-t"_s, u"parity/inflight"_s, u"-l"_s };
    auto process = start(program(tool, u"pub"_s),
        (tool == u"canopy"_s ? QStringList { u"pub"_s } : QStringList {}) + arguments, "1\n2\n3\n4\n5\n");
    QVERIFY(broker.waitForClient(10000));
    const auto connect = broker.waitForPacket();
    QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
    broker.sendPacket(Mqtt::ConnAck {});
    QList<quint16> unacknowledged;
    QByteArray payloads;
    const auto receivePublish = [&] {
        const auto packet = broker.waitForPacket();
        if (!packet || !std::holds_alternative<Mqtt::Publish>(*packet))
            return false;
        unacknowledged.append(std::get<Mqtt::Publish>(*packet).packetId);
        payloads += std::get<Mqtt::Publish>(*packet).payload;
        return true;
    };
    QVERIFY2(receivePublish() && receivePublish(), qPrintable(broker.decodeError()));
    // Nothing more while both wait (a third would be here by now: the client wrote them all at once).
    QVERIFY(!broker.waitForReceived([](const QByteArray &bytes) { return !bytes.isEmpty(); }, 500));
    for (int acknowledged = 0; acknowledged < 5; ++acknowledged) {
        Mqtt::PublishAck ack;
        ack.packetId = unacknowledged.takeFirst();
        broker.sendPacket(ack);
        if (acknowledged < 3)
            QVERIFY2(receivePublish(), qPrintable(broker.decodeError()));
        QVERIFY(unacknowledged.size() <= 2);
    }
    QCOMPARE(payloads, QByteArray("12345"));
    const Finished result = finish(*process);
    QVERIFY2(result.exitCode == 0, qPrintable(describe(program(tool, u"pub"_s), arguments, result)));
}

void TestCliParity::timeoutPublishesTheWill()
{
    // mosquitto_sub ends -W with DISCONNECT "with will message" (MQTT 5): the broker publishes the will then.
    auto watcher = start(m_mosquittoSub,
        local()
            + QStringList {
                u"-i"_s, u"will-watcher"_s, u"-t"_s, u"parity/will/#"_s, u"-v"_s, u"-C"_s, u"2"_s, u"-W"_s, u"20"_s });
    QTRY_VERIFY_WITH_TIMEOUT(m_broker.log().contains(u"will-watcher 0 parity/will/#"_s), 10000);
    for (const QString &tool : { u"canopy"_s, u"mosquitto"_s }) {
        const QStringList arguments { u"-V"_s, u"mqttv5"_s, u"-t"_s, u"parity/quiet"_s, u"-W"_s, u"1"_s,
            u"--will-topic"_s, u"parity/will/"_s + tool, u"--will-payload"_s, u"gone"_s };
        const Finished result = run(program(tool, u"sub"_s), invocation(tool, u"sub"_s, arguments));
        QCOMPARE(result.exitCode, 27);
        QCOMPARE(result.err, QByteArray("Timed out\n"));
    }
    const Finished wills = finish(*watcher);
    QCOMPARE(wills.out, QByteArray("parity/will/canopy gone\nparity/will/mosquitto gone\n"));
}

QTEST_GUILESS_MAIN(TestCliParity)
#include "tst_cliparity.moc"
