// SPDX-License-Identifier: MIT
// The fuzzers' seed corpus and regression inputs, replayed in every build through the very checks the fuzz
// targets run (fuzz/decoderfuzzcase.cpp, fuzz/sessionfuzzcase.cpp), so that a fixed finding stays fixed without a
// clang fuzz build. The regression inputs also state what they exercise, so that a change to the input format
// that makes one miss its code path fails here instead of passing silently.

#include "decoderfuzzcase.h"
#include "sessionfuzzcase.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString corpusDirectory(const QString &target)
{
    return qEnvironmentVariable("CANOPY_SOURCE_DIR") + u"/fuzz/corpus/"_s + target;
}

QByteArray readInput(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void addCorpusRows(const QString &target)
{
    const QDir directory(corpusDirectory(target));
    const QStringList names = directory.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(u"no corpus in "_s + directory.path()));
    for (const QString &name : names)
        QTest::newRow(qPrintable(target + u'/' + name)) << directory.filePath(name);
}

} // namespace

class TestFuzzCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decoderCorpus_data();
    void decoderCorpus();
    void sessionCorpus_data();
    void sessionCorpus();
    void sessionRegressions_data();
    void sessionRegressions();
    void issue7Reproducer();
};

void TestFuzzCorpus::decoderCorpus_data()
{
    QTest::addColumn<QString>("path");
    addCorpusRows(u"decoder"_s);
}

void TestFuzzCorpus::decoderCorpus()
{
    QFETCH(QString, path);
    const QByteArray input = readInput(path);
    QVERIFY2(!input.isEmpty(), qPrintable(path));
    const QString failure = Fuzz::runDecoderCase(input);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestFuzzCorpus::sessionCorpus_data()
{
    QTest::addColumn<QString>("path");
    addCorpusRows(u"session"_s);
}

void TestFuzzCorpus::sessionCorpus()
{
    QFETCH(QString, path);
    const QByteArray input = readInput(path);
    QVERIFY2(!input.isEmpty(), qPrintable(path));
    const Fuzz::SessionCaseResult result = Fuzz::runSessionCase(input);
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QVERIFY(result.connections >= 1);
    QVERIFY(result.packetsSent >= 1); // at least the CONNECT
}

void TestFuzzCorpus::sessionRegressions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("connections");
    QTest::addColumn<int>("connAcks");
    QTest::addColumn<int>("aliasedPublishes");
    QTest::addColumn<int>("requestsFailed");
    QTest::addColumn<int>("packetsSent");

    // Aliases on, a persistent session, a QoS 2 PUBLISH that the second connection resends: resent with its
    // topic, then used alone on that connection only.
    QTest::newRow("MQTT 5.0 3.3.2.3.4 topic aliases end with their network connection")
        << u"regression-alias-ends-with-connection.bin"_s << 2 << 2 << 3 << 0 << 5;
    // The second CONNACK has no Topic Alias Maximum: the resend and the new message carry their topics.
    QTest::newRow("MQTT-3.2.2-18 no topic alias without the new connection's Topic Alias Maximum")
        << u"regression-alias-limit-of-new-connection.bin"_s << 2 << 2 << 1 << 0 << 5;
    // CONNACK Maximum Packet Size 10, then SUBSCRIBE (14 bytes), UNSUBSCRIBE (13) and PUBLISH (15): all fail.
    QTest::newRow("MQTT-3.2.2-15 requests above the CONNACK's Maximum Packet Size fail")
        << u"regression-requests-above-maximum-packet-size.bin"_s << 1 << 1 << 0 << 3 << 1;
    // Maximum Packet Size 33 is the message with its full topic; an alias would add 3 bytes.
    QTest::newRow("MQTT-3.2.2-15 no new topic alias where it would break the Maximum Packet Size")
        << u"regression-alias-near-maximum-packet-size.bin"_s << 1 << 1 << 0 << 0 << 3;
}

void TestFuzzCorpus::sessionRegressions()
{
    QFETCH(QString, file);
    QFETCH(int, connections);
    QFETCH(int, connAcks);
    QFETCH(int, aliasedPublishes);
    QFETCH(int, requestsFailed);
    QFETCH(int, packetsSent);

    const QByteArray input = readInput(corpusDirectory(u"session"_s) + u'/' + file);
    QVERIFY2(!input.isEmpty(), qPrintable(file));
    const Fuzz::SessionCaseResult result = Fuzz::runSessionCase(input);
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QCOMPARE(result.connections, connections);
    QCOMPARE(result.connAcks, connAcks);
    QCOMPARE(result.aliasedPublishes, aliasedPublishes);
    QCOMPARE(result.requestsFailed, requestsFailed);
    QCOMPARE(result.packetsSent, packetsSent);
}

void TestFuzzCorpus::issue7Reproducer()
{
    // Issue 7: "The client sent a PUBLISH with Topic Alias 1, but no topic aliases are accepted on this
    // connection". The first connection never gets a CONNACK; the second grants Topic Alias Maximum 8 and the
    // client rightly uses alias 1 with its topic. The session was right: the fuzzer's check decoded everything
    // with no aliases allowed, whatever the connection's CONNACK said.
    const QByteArray reproducer
        = QByteArray::fromBase64("OQUg1gMPACAAAJogGAEAFRIAAXgfAAJvayIACCQBJQEnPQAGAAAAADFv720xAAAAAAAAAAAAAAPo");
    QCOMPARE(
        readInput(corpusDirectory(u"session"_s) + u"/regression-issue7-alias-second-connection.bin"_s), reproducer);
    const Fuzz::SessionCaseResult result = Fuzz::runSessionCase(reproducer);
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QCOMPARE(result.connections, 2);
    QCOMPARE(result.connAcks, 1);
    QCOMPARE(result.aliasedPublishes, 1);
    QCOMPARE(result.requestsFailed, 1); // the queued QoS 2 publish: the CONNACK allows QoS 1 at most
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
