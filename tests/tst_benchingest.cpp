// SPDX-License-Identifier: MIT
// canopy-cli bench ingest end to end against a real mosquitto: it ingests exactly -C messages through the ingest
// pipeline, prints nothing but its one line of figures, and honours -W.
#include "floodpublisher.h"
#include "mosquittofixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestBenchIngest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ingestsCountThenPrintsOneLine();
    void timesOutWithoutTraffic();

private:
    QStringList connectionArguments() const
    {
        return { u"bench"_s, u"ingest"_s, u"-h"_s, m_broker.host(), u"-p"_s, QString::number(m_broker.port()) };
    }

    MosquittoFixture m_broker;
    QString m_cli;
};

void TestBenchIngest::initTestCase()
{
    m_cli = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-cli"_s;
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli + u" is missing"_s));
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
}

void TestBenchIngest::cleanupTestCase()
{
    m_broker.stop();
}

void TestBenchIngest::ingestsCountThenPrintsOneLine()
{
    constexpr int Messages = 30000;
    QProcess cli;
    cli.start(m_cli,
        connectionArguments()
            + QStringList { u"-t"_s, u"#"_s, u"-C"_s, QString::number(Messages), u"-W"_s, u"60"_s, u"-d"_s });
    QVERIFY(cli.waitForStarted());
    // With -d it says when the broker has granted the subscription: only then is the flood sure to be seen whole.
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += cli.readAllStandardError()).contains("Subscribed to #") || cli.state() == QProcess::NotRunning, 10000);
    QVERIFY2(err.contains("Subscribed to #"), err.constData());

    FloodPublisher publisher;
    FloodPublisher::Settings settings;
    settings.host = m_broker.host();
    settings.port = m_broker.port();
    settings.count = Messages;
    settings.topics = 500;
    publisher.start(settings);
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
    publisher.wait();
    QVERIFY(!publisher.failed());
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);

    const QString out = QString::fromLocal8Bit(cli.readAllStandardOutput());
    static const QRegularExpression line(
        uR"(^received=(\d+) seconds=(\d+\.\d{3}) rate=(\d+) cpu_s=(\d+\.\d{2}) rss_mb=(\d+\.\d))"
        uR"( rss_end_mb=(\d+\.\d) kept_mb=(\d+\.\d) history_mb=(\d+\.\d) heap_free_mb=(\d+\.\d) read_max_kb=(\d+))"
        uR"( ingest_cpu_us_per_msg=(\d+\.\d{3})\n$)"_s);
    const QRegularExpressionMatch match = line.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(u"stdout was: "_s + out));
    QCOMPARE(match.captured(1).toInt(), Messages);
    const double seconds = match.captured(2).toDouble();
    QVERIFY(seconds > 0);
    // rate = received / seconds, with seconds as printed rounded to the millisecond.
    const double rate = match.captured(3).toDouble();
    QVERIFY2(rate >= Messages / (seconds + 0.0005) - 1 && rate <= Messages / std::max(seconds - 0.0005, 1e-9) + 1,
        qPrintable(out));
    QVERIFY(match.captured(4).toDouble() > 0);
    QVERIFY(match.captured(5).toDouble() > 1);
}

void TestBenchIngest::timesOutWithoutTraffic()
{
    QProcess cli;
    cli.start(
        m_cli, connectionArguments() + QStringList { u"-t"_s, u"nothing/here"_s, u"-C"_s, u"5"_s, u"-W"_s, u"1"_s });
    QVERIFY(cli.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 15000);
    QCOMPARE(cli.exitCode(), 27);
    const QString out = QString::fromLocal8Bit(cli.readAllStandardOutput());
    QVERIFY2(out.startsWith(u"received=0 seconds=0.000 rate=0 "_s), qPrintable(out));
    QCOMPARE(out.count(u'\n'), 1);
    QVERIFY(cli.readAllStandardError().contains("Timed out"));
}

QTEST_GUILESS_MAIN(TestBenchIngest)
#include "tst_benchingest.moc"
