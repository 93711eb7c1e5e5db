// SPDX-License-Identifier: MIT
// IngestPipeline fed by canopy-flood --serve, a raw source with no broker in the way that writes as fast as the
// socket takes it: every message is counted; each socket read stays within ClientOptions::FloodReadBufferBytes, so
// when the store falls behind the source has to wait on TCP instead of the pipeline's memory growing; and change
// sets never queue up for a GUI thread that is busy.
#include "ingest/ingestpipeline.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// canopy-flood --serve 0 as a child process: the port it listens on, then the line it prints when the client has
// closed the connection.
class RawSource {
public:
    bool start(qint64 count, int topics, int payloadSize, QString *error)
    {
        const QString program = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-flood"_s;
        if (!QFileInfo(program).isExecutable()) {
            *error = program + u" is missing"_s;
            return false;
        }
        m_process.start(program,
            { u"--serve"_s, u"0"_s, u"-C"_s, QString::number(count), u"-T"_s, QString::number(topics), u"-s"_s,
                QString::number(payloadSize), u"--wait"_s, u"30"_s });
        static const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)\n"_s);
        m_process.setReadChannel(QProcess::StandardError); // what waitForReadyRead() waits for
        QByteArray err;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            err += m_process.readAllStandardError();
            const QRegularExpressionMatch match = listening.match(QString::fromLocal8Bit(err));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        *error = u"canopy-flood did not start listening: "_s + QString::fromLocal8Bit(err);
        return false;
    }
    quint16 port() const { return m_port; }

    // Waits for the source to end (after the client closed) and reads its line: sent=N ... blocked_s=B.
    bool finish(qint64 *sent, double *blockedSeconds, QString *error)
    {
        if (!m_process.waitForFinished(30000) || m_process.exitCode() != 0) {
            *error = u"canopy-flood failed: "_s + QString::fromLocal8Bit(m_process.readAllStandardError());
            return false;
        }
        const QString out = QString::fromLocal8Bit(m_process.readAllStandardOutput());
        static const QRegularExpression line(u"^sent=(\\d+) seconds=\\S+ rate=\\d+ blocked_s=(\\S+) blocks=\\d+\\n$"_s);
        const QRegularExpressionMatch match = line.match(out);
        if (!match.hasMatch()) {
            *error = u"unexpected output: "_s + out;
            return false;
        }
        *sent = match.captured(1).toLongLong();
        *blockedSeconds = match.captured(2).toDouble();
        return true;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// The resident set now, in MB.
double residentMb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

quint64 totalMessages(const IngestPipeline &pipeline)
{
    QMutexLocker lock(&pipeline.storeMutex());
    return pipeline.store().totalMessages();
}

IngestCounters counters(const IngestPipeline &pipeline)
{
    QMutexLocker lock(&pipeline.storeMutex());
    return pipeline.counters();
}

Mqtt::ClientOptions clientOptions(quint16 port, Mqtt::ProtocolVersion version)
{
    Mqtt::ClientOptions options;
    options.connection.host = u"127.0.0.1"_s;
    options.connection.port = port;
    options.connection.connectTimeoutMs = 5000;
    options.session.connect.clientId = u"ingest-bounds"_s;
    options.session.connect.version = version;
    return options;
}

// Connects pipeline to the source, subscribed to '#', and waits for the SUBACK.
bool subscribe(IngestPipeline &pipeline, quint16 port, Mqtt::ProtocolVersion version)
{
    QSignalSpy subscribed(&pipeline, &IngestPipeline::subscribed);
    QSignalSpy errors(&pipeline, &IngestPipeline::errorOccurred);
    pipeline.setClientOptions(clientOptions(port, version));
    Mqtt::Subscription everything;
    everything.filter = u"#"_s;
    pipeline.connectToBroker({ everything });
    return QTest::qWaitFor([&] { return !subscribed.isEmpty() || !errors.isEmpty(); }, 10000) && errors.isEmpty();
}
} // namespace

class TestIngestBounds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsStayBoundedAndTheSourceWaits_data();
    void readsStayBoundedAndTheSourceWaits();
    void changeSetsDoNotQueueUpForABusyGuiThread();
    void clearGivesTheMemoryBack();
};

void TestIngestBounds::readsStayBoundedAndTheSourceWaits_data()
{
    QTest::addColumn<Mqtt::ProtocolVersion>("version");
    // The source answers the CONNECT and SUBSCRIBE of either version, and writes the flood in it.
    QTest::newRow("MQTT 3.1.1 (CONNACK 3.2, SUBACK 3.9)") << Mqtt::ProtocolVersion::V311;
    QTest::newRow("MQTT 5.0 (CONNACK 3.2, SUBACK 3.9)") << Mqtt::ProtocolVersion::V5;
}

void TestIngestBounds::readsStayBoundedAndTheSourceWaits()
{
    QFETCH(Mqtt::ProtocolVersion, version);
    // 500,000 packets of 83 to 92 bytes, about 44 MB: far more than the kernel's socket buffers hold, so the
    // source is still writing when the store is held below.
    constexpr qint64 Messages = 500000;
    constexpr int Topics = 1000;
    constexpr int PayloadSize = 64;
    RawSource source;
    QString error;
    QVERIFY2(source.start(Messages, Topics, PayloadSize, &error), qPrintable(error));

    auto pipeline = std::make_unique<IngestPipeline>();
    QVERIFY(subscribe(*pipeline, source.port(), version));
    QTRY_VERIFY_WITH_TIMEOUT(totalMessages(*pipeline) > 0, 10000);

    // The store falls behind: the GUI thread holds its lock for a second. Nothing is ingested meanwhile, and the
    // worker reads no further than one bounded read, so the source has to wait.
    {
        QMutexLocker lock(&pipeline->storeMutex());
        const quint64 held = pipeline->store().totalMessages();
        QVERIFY2(held < quint64(Messages) / 2, qPrintable(u"the flood was almost over: %1"_s.arg(held)));
        QThread::msleep(1000); // holding the lock on purpose
        QCOMPARE(pipeline->store().totalMessages(), held);
    }

    // Nothing is lost.
    QTRY_COMPARE_WITH_TIMEOUT(totalMessages(*pipeline), quint64(Messages), 60000);
    const IngestCounters seen = counters(*pipeline);
    // Every read stayed within the bound, even the first one after the store was held (when the kernel had
    // megabytes waiting), and every batch within its slice of a read.
    QVERIFY2(seen.largestReadBytes > 0 && seen.largestReadBytes <= Mqtt::ClientOptions::FloodReadBufferBytes,
        qPrintable(u"largest read %1 bytes"_s.arg(seen.largestReadBytes)));
    constexpr qsizetype SmallestPacket = 2 + 2 + 15 + PayloadSize; // "flood/0/0/value" as 3.1.1 (v5 adds one)
    QVERIFY2(seen.largestBatch <= Mqtt::Client::DeliverySliceBytes / SmallestPacket + 1,
        qPrintable(u"largest batch %1 messages"_s.arg(seen.largestBatch)));
    QVERIFY(seen.batches >= quint64(Messages * SmallestPacket / Mqtt::Client::DeliverySliceBytes));

    pipeline.reset(); // closes the connection; the source ends once the client has gone
    qint64 sent = 0;
    double blockedSeconds = 0;
    QVERIFY2(source.finish(&sent, &blockedSeconds, &error), qPrintable(error));
    QCOMPARE(sent, Messages);
    // TCP pushed back: the source waited for the socket while the store was held (and whenever it outran us).
    QVERIFY2(blockedSeconds >= 0.7, qPrintable(u"the source waited only %1 s"_s.arg(blockedSeconds)));
}

void TestIngestBounds::changeSetsDoNotQueueUpForABusyGuiThread()
{
    constexpr qint64 Messages = 500000;
    RawSource source;
    QString error;
    QVERIFY2(source.start(Messages, 20000, 32, &error), qPrintable(error));
    auto pipeline = std::make_unique<IngestPipeline>();
    QSignalSpy delivered(pipeline.get(), &IngestPipeline::changesReady);
    QVERIFY(subscribe(*pipeline, source.port(), Mqtt::ProtocolVersion::V311));
    QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), 10000);

    // The GUI thread is busy for half a second (no events, no lock), twelve change intervals: the worker goes on
    // ingesting, but takes at most one change set that this thread has not had yet.
    const quint64 before = totalMessages(*pipeline);
    const qsizetype deliveredBefore = delivered.size();
    QThread::msleep(500); // deliberately blocking this thread
    const IngestCounters during = counters(*pipeline);
    const quint64 after = totalMessages(*pipeline);
    QVERIFY2(after > before || after == quint64(Messages), "nothing was ingested while the GUI thread was busy");
    QCOMPARE(delivered.size(), deliveredBefore); // this thread ran no events
    QVERIFY2(during.changeSets <= quint64(deliveredBefore) + 1,
        qPrintable(u"%1 change sets taken, %2 delivered"_s.arg(during.changeSets).arg(deliveredBefore)));

    // Once the thread runs again, the one waiting arrives, and the rest of the flood after it: nothing is lost.
    QTRY_COMPARE_WITH_TIMEOUT(totalMessages(*pipeline), quint64(Messages), 60000);
    QTRY_COMPARE(quint64(delivered.size()), counters(*pipeline).changeSets);
    pipeline.reset();
    qint64 sent = 0;
    double blockedSeconds = 0;
    QVERIFY2(source.finish(&sent, &blockedSeconds, &error), qPrintable(error));
    QCOMPARE(sent, Messages);
}

void TestIngestBounds::clearGivesTheMemoryBack()
{
    // 300,000 distinct topics: about 140 MB of store, allocated message by message in the ingest thread.
    constexpr qint64 Messages = 300000;
    RawSource source;
    QString error;
    QVERIFY2(source.start(Messages, int(Messages), 64, &error), qPrintable(error));
    auto pipeline = std::make_unique<IngestPipeline>();
    QVERIFY(subscribe(*pipeline, source.port(), Mqtt::ProtocolVersion::V311));
    const double before = residentMb();
    QTRY_COMPARE_WITH_TIMEOUT(totalMessages(*pipeline), quint64(Messages), 60000);
    const double full = residentMb();
    QVERIFY2(full - before > 60, qPrintable(u"%1 MB before, %2 MB full"_s.arg(before).arg(full)));

    // Cleared, the memory goes back to the system, not just to malloc's free lists (without malloc_trim(), about
    // half of it stays resident).
    pipeline->clear();
    QTRY_VERIFY2_WITH_TIMEOUT(residentMb() < before + (full - before) / 4,
        qPrintable(u"%1 MB before, %2 MB full, %3 MB cleared"_s.arg(before).arg(full).arg(residentMb())), 10000);

    pipeline.reset();
    qint64 sent = 0;
    double blockedSeconds = 0;
    QVERIFY2(source.finish(&sent, &blockedSeconds, &error), qPrintable(error));
    QCOMPARE(sent, Messages);
}

QTEST_GUILESS_MAIN(TestIngestBounds)
#include "tst_ingestbounds.moc"
