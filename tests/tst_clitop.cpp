// SPDX-License-Identifier: MIT
// canopy-cli top end to end against a real mosquitto (issue 12): --once --json ranks the flooded topic first with
// its rate, --depth ranks subtrees, the table form, and bad options say what to do.
#include "client/mqttclient.h"
#include "cliprocess.h"
#include "mosquittofixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestCliTop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onceJsonRanksTheFloodFirst();
    void badOptionsSayWhatToDo_data();
    void badOptionsSayWhatToDo();

private:
    QString m_cli;
};

void TestCliTop::initTestCase()
{
    m_cli = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"canopy-cli was not built at %1 (set CANOPY_BINARY_DIR)"_s.arg(m_cli)));
}

void TestCliTop::onceJsonRanksTheFloodFirst()
{
    MosquittoFixture broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    Mqtt::Client publisher;
    Mqtt::ClientOptions options;
    options.connection.host = broker.host();
    options.connection.port = broker.port();
    publisher.setOptions(options);
    publisher.connectToBroker();
    QTRY_VERIFY(publisher.isConnected());
    // 50 msg/s on a flood topic of 100-byte payloads, 5 msg/s on two quiet ones, for as long as the commands run.
    QTimer traffic;
    connect(&traffic, &QTimer::timeout, &publisher, [&publisher] {
        for (int i = 0; i < 5; ++i)
            publisher.publish(Mqtt::Publish { u"site/a/flood"_s, QByteArray(100, 'x'), 0, false, false, 0, {} });
        publisher.publish(Mqtt::Publish { u"site/b/quiet"_s, "1", 0, false, false, 0, {} });
        publisher.publish(Mqtt::Publish { u"other/quiet"_s, "2", 0, false, false, 0, {} });
    });
    traffic.start(100);

    const QStringList common { u"top"_s, u"-h"_s, broker.host(), u"-p"_s, QString::number(broker.port()), u"--once"_s,
        u"--for"_s, u"3"_s };
    auto json = CliProcess::start(m_cli, common + QStringList { u"--json"_s });
    auto subtrees = CliProcess::start(
        m_cli, common + QStringList { u"--json"_s, u"--depth"_s, u"1"_s, u"--by"_s, u"bytes"_s, u"-t"_s, u"site/#"_s });
    auto table = CliProcess::start(m_cli, common + QStringList { u"--limit"_s, u"2"_s });
    // The event loop runs the publisher while the three measure.
    QTRY_VERIFY_WITH_TIMEOUT(json->state() == QProcess::NotRunning && subtrees->state() == QProcess::NotRunning
            && table->state() == QProcess::NotRunning,
        15000);
    traffic.stop();

    const CliProcess::Finished once = CliProcess::finish(*json);
    QVERIFY2(once.exitCode == 0, qPrintable(CliProcess::describe(m_cli, common, once)));
    QVERIFY2(once.out.endsWith('\n') && once.out.count('\n') == 1, once.out.constData());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(once.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(object.value(u"window_s"_s).toInt(), 10);
    QCOMPARE(object.value(u"by"_s).toString(), u"msg"_s);
    const QJsonArray topics = object.value(u"topics"_s).toArray();
    QCOMPARE(topics.size(), 3);
    const QJsonObject first = topics.at(0).toObject();
    QCOMPARE(first.value(u"topic"_s).toString(), u"site/a/flood"_s);
    const double rate = first.value(u"messages_per_second"_s).toDouble();
    QVERIFY2(rate > 20 && rate < 80, qPrintable(QString::number(rate))); // 50 msg/s, on a loaded machine
    QCOMPARE(first.value(u"bytes"_s).toInteger(), first.value(u"messages"_s).toInteger() * 100);
    QVERIFY(topics.at(1).toObject().value(u"messages_per_second"_s).toDouble() < rate / 4);

    const CliProcess::Finished bySubtree = CliProcess::finish(*subtrees);
    QCOMPARE(bySubtree.exitCode, 0);
    const QJsonArray levels = QJsonDocument::fromJson(bySubtree.out).object().value(u"topics"_s).toArray();
    QCOMPARE(levels.size(), 1); // -t site/#: only "site" at level 1
    QCOMPARE(levels.at(0).toObject().value(u"topic"_s).toString(), u"site"_s);
    QCOMPARE(QJsonDocument::fromJson(bySubtree.out).object().value(u"by"_s).toString(), u"bytes"_s);

    const CliProcess::Finished printed = CliProcess::finish(*table);
    QCOMPARE(printed.exitCode, 0);
    const QList<QByteArray> lines = printed.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // title, header, two rows (--limit 2)
    QVERIFY2(lines[1].contains("MSG/S") && lines[1].contains("TOPIC"), lines[1].constData());
    QVERIFY2(lines[2].endsWith("  site/a/flood"), lines[2].constData());
    QVERIFY(!printed.out.contains("\x1b[")); // --once never clears the screen
}

void TestCliTop::badOptionsSayWhatToDo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("--window takes 1, 10 or 60")
        << QStringList { u"--window"_s, u"5"_s } << u"Option --window takes 1, 10 or 60"_s;
    QTest::newRow("--by takes msg or bytes")
        << QStringList { u"--by"_s, u"size"_s } << u"Option --by takes msg or bytes"_s;
    QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << u"Unknown option '--bogus'"_s;
}

void TestCliTop::badOptionsSayWhatToDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, sentence);
    const CliProcess::Finished result = CliProcess::run(m_cli, QStringList { u"top"_s } + arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(sentence), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTop)
#include "tst_clitop.moc"
