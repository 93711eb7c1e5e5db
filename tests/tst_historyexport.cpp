// SPDX-License-Identifier: MIT
// Getting messages out: CSV and JSON Lines files that read back to the same messages (text, binary as base64,
// commas, quotes and line breaks, MQTT 5 properties, truncation); the export of a topic or a subtree in its own
// thread, with progress, and a cancel that leaves an existing file as it was; a message as a mosquitto_pub command
// line run through a real POSIX shell, which must reproduce the topic, payload and options byte for byte.

#include "common/displaytext.h"
#include "common/translations.h"
#include "export/historyexport.h"
#include "export/historyformat.h"
#include "export/publishcommand.h"
#include "ingest/historysettings.h"
#include "store/topicstore.h"
#include "topicstoretestutil.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TopicStoreTest;

Q_DECLARE_METATYPE(HistoryFormat::Format)

class TestHistoryExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); }
    void roundTrip_data();
    void roundTrip();
    void csvIsRfc4180();
    void unreadableFilesSayWhere();
    void exportSubtree_data();
    void exportSubtree();
    void exportOneTopicOnly();
    void cancelKeepsTheExistingFile_data();
    void cancelKeepsTheExistingFile();
    void successReplacesTheExistingFile();
    void nothingToExport();
    void mosquittoPubThroughAShell_data();
    void mosquittoPubThroughAShell();
    void mosquittoPubOptions();
    void historySettings();
};

namespace {
StoredMessage message(const QByteArray &payload, qint64 timeMs, quint8 qos = 0, bool retain = false)
{
    StoredMessage m;
    m.payload = payload;
    m.timeMs = timeMs;
    m.qos = qos;
    m.retain = retain;
    m.originalSize = payload.size();
    return m;
}

bool sameMessage(const StoredMessage &a, const StoredMessage &b)
{
    const bool sameProperties
        = (!a.properties && !b.properties) || (a.properties && b.properties && *a.properties == *b.properties);
    return a.payload == b.payload && a.timeMs == b.timeMs && a.qos == b.qos && a.retain == b.retain
        && a.originalSize == b.originalSize && a.truncated == b.truncated && sameProperties;
}

QList<HistoryFormat::Record> sampleRecords()
{
    QList<HistoryFormat::Record> records;
    records.append({ u"plant/line1/temp"_s, message("21.5", 1764487208123, 1, true) });
    records.append(
        { u"a,b/\"quoted\""_s, message("text, with \"quotes\",\r\nand lines\nand a lone \r", 1764487208124) });
    records.append({ u"bin"_s, message(QByteArray("\x00\x01\xff\xfe", 4), 1764487208125, 2) });
    records.append({ u"utf8/ünïcödé/😀"_s, message("é€😀 and a tab\t", 1) });
    records.append({ u"empty"_s, message(QByteArray(), 2, 0, true) });
    records.append({ u"invalid-utf8"_s, message("caf\xe9", 3) });
    records.append({ u"formula"_s, message("=HYPERLINK(\"x\")", 4) });
    StoredMessage cut = message(QByteArray(1024, 'x'), 5);
    cut.truncated = true;
    cut.originalSize = 5'000'000;
    records.append({ u"cut"_s, cut });
    StoredMessage v5 = message("{\"a\":1}", 6, 1);
    Mqtt::Properties p;
    p.contentType = u"application/json"_s;
    p.payloadFormatIndicator = 1;
    p.messageExpiryInterval = 3600;
    p.responseTopic = u"reply/to"_s;
    p.correlationData = QByteArray("\x00\x01", 2);
    p.subscriptionIdentifiers = { 7, 300000 };
    p.userProperties = { { u"k"_s, u"v"_s }, { u"k"_s, u"second, with comma"_s } };
    v5.properties = std::make_shared<const Mqtt::Properties>(p);
    records.append({ u"v5"_s, v5 });
    return records;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

void TestHistoryExport::roundTrip_data()
{
    QTest::addColumn<HistoryFormat::Format>("format");
    QTest::newRow("CSV") << HistoryFormat::Format::Csv;
    QTest::newRow("JSON Lines") << HistoryFormat::Format::JsonLines;
}

void TestHistoryExport::roundTrip()
{
    QFETCH(HistoryFormat::Format, format);
    const QList<HistoryFormat::Record> records = sampleRecords();
    QByteArray file = HistoryFormat::header(format);
    for (const HistoryFormat::Record &r : records)
        file += HistoryFormat::record(format, r.topic, r.message);
    QList<HistoryFormat::Record> back;
    QString error;
    QVERIFY2(HistoryFormat::parse(format, file, back, &error), qPrintable(error));
    QCOMPARE(back.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(back[i].topic, records[i].topic);
        QVERIFY2(sameMessage(back[i].message, records[i].message), qPrintable(records[i].topic));
    }
    // Text is written as text, anything else as base64, and the file says which.
    QVERIFY(file.contains("21.5"));
    QVERIFY(file.contains(QByteArray("\x00\x01\xff\xfe", 4).toBase64()));
    QVERIFY(file.contains(QByteArray("caf\xe9").toBase64()));
    if (format == HistoryFormat::Format::JsonLines) {
        QCOMPARE(file.count('\n'), records.size()); // one object per line, line breaks in payloads escaped
        QVERIFY(file.contains("\"encoding\":\"base64\""));
    }
}

void TestHistoryExport::csvIsRfc4180()
{
    const QByteArray line = HistoryFormat::record(HistoryFormat::Format::Csv, u"a,b"_s, message("say \"hi\"", 0));
    QVERIFY2(line.contains(",\"a,b\",") && line.contains(",\"say \"\"hi\"\"\","), line.constData());
    QVERIFY(line.endsWith("\r\n"));
    QCOMPARE(HistoryFormat::header(HistoryFormat::Format::Csv),
        QByteArray("time,time_ms,topic,qos,retain,size,truncated,encoding,payload,properties\r\n"));
    QVERIFY(line.startsWith("1970-01-01T00:00:00.000Z,0,"));
    QCOMPARE(HistoryFormat::formatForFileName(u"x.JSONL"_s), HistoryFormat::Format::JsonLines);
    QCOMPARE(HistoryFormat::formatForFileName(u"x.ndjson"_s), HistoryFormat::Format::JsonLines);
    QCOMPARE(HistoryFormat::formatForFileName(u"x.csv"_s), HistoryFormat::Format::Csv);
}

void TestHistoryExport::unreadableFilesSayWhere()
{
    QList<HistoryFormat::Record> records;
    QString error;
    QVERIFY(!HistoryFormat::parse(HistoryFormat::Format::Csv, "not,a,header\r\n", records, &error));
    QVERIFY2(error.startsWith(u"Line 1: the header is not"_s), qPrintable(error));
    const QByteArray header = HistoryFormat::header(HistoryFormat::Format::Csv);
    QVERIFY(!HistoryFormat::parse(
        HistoryFormat::Format::Csv, header + "x,1,t,0,false,1,false,utf8,\"open", records, &error));
    QVERIFY2(error.startsWith(u"Line 2: a quoted field is not closed"_s), qPrintable(error));
    QVERIFY(!HistoryFormat::parse(
        HistoryFormat::Format::JsonLines, "{\"topic\":\"t\",\"encoding\":\"utf8\"}\n{oops\n", records, &error));
    QVERIFY2(error.startsWith(u"Line 2: "_s), qPrintable(error));
}

void TestHistoryExport::exportSubtree_data()
{
    QTest::addColumn<HistoryFormat::Format>("format");
    QTest::newRow("CSV") << HistoryFormat::Format::Csv;
    QTest::newRow("JSON Lines") << HistoryFormat::Format::JsonLines;
}

void TestHistoryExport::exportSubtree()
{
    QFETCH(HistoryFormat::Format, format);
    TopicStore store;
    QMutex mutex;
    store.setHistoryDepth(2000);
    // 3 topics below plant/, 1,500 messages each (more than one hold of the lock), and one outside.
    const QStringList topics { u"plant/a"_s, u"plant/b/c"_s, u"plant/b"_s };
    for (int i = 0; i < 1500; ++i) {
        for (const QString &topic : topics)
            store.ingest(publish(topic, topic.toUtf8() + ' ' + QByteArray::number(i), quint8(i % 3)), 1000 + i);
    }
    store.ingest(publish(u"other"_s, "not exported"), 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plant."_s + HistoryFormat::fileSuffix(format));
    HistoryExport exporter(mutex, store);
    QSignalSpy finished(&exporter, &HistoryExport::finished);
    QSignalSpy progress(&exporter, &HistoryExport::progress);
    QVERIFY(exporter.start(u"plant"_s, true, path, format));
    QVERIFY(!exporter.start(u"plant"_s, true, path, format)); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(finished.at(0).at(1).toString(),
        u"4,500 messages exported to “plant.%1” (from 3 topics)."_s.arg(HistoryFormat::fileSuffix(format)));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(4500));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(4500));

    QList<HistoryFormat::Record> back;
    QString error;
    QVERIFY2(HistoryFormat::parse(format, readFile(path), back, &error), qPrintable(error));
    QCOMPARE(back.size(), 4500);
    // Tree order (a, b, then b's child c), each topic oldest first, exactly what the store holds.
    QCOMPARE(back.at(0).topic, u"plant/a"_s);
    QCOMPARE(back.at(1500).topic, u"plant/b"_s);
    QCOMPARE(back.at(3000).topic, u"plant/b/c"_s);
    for (int t = 0; t < 3; ++t) {
        const QString topic = back.at(t * 1500).topic;
        const QList<StoredMessage> history = store.history(store.find(topic).value());
        for (int i = 0; i < 1500; ++i) {
            QCOMPARE(back.at(t * 1500 + i).topic, topic);
            QVERIFY(sameMessage(back.at(t * 1500 + i).message, history.at(i)));
        }
    }
}

void TestHistoryExport::exportOneTopicOnly()
{
    TopicStore store;
    QMutex mutex;
    store.ingest(publish(u"a"_s, "1"), 1);
    store.ingest(publish(u"a/b"_s, "child"), 2);
    store.ingest(publish(u"a"_s, "2"), 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.csv"_s);
    HistoryExport exporter(mutex, store);
    QSignalSpy finished(&exporter, &HistoryExport::finished);
    QVERIFY(exporter.start(u"a"_s, false, path, HistoryFormat::Format::Csv));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(1).toString(), u"2 messages exported to “a.csv”."_s);
    QList<HistoryFormat::Record> back;
    QVERIFY(HistoryFormat::parse(HistoryFormat::Format::Csv, readFile(path), back, nullptr));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(1).message.payload, QByteArray("2"));
}

void TestHistoryExport::cancelKeepsTheExistingFile_data()
{
    QTest::addColumn<bool>("afterWriting");
    QTest::newRow("cancelled before anything is written") << false;
    QTest::newRow("cancelled with part of the file written") << true;
}

void TestHistoryExport::cancelKeepsTheExistingFile()
{
    QFETCH(bool, afterWriting);
    TopicStore store;
    QMutex mutex;
    store.setHistoryDepth(5000);
    for (int i = 0; i < 5000; ++i)
        store.ingest(publish(u"big/t"_s, QByteArray(200, 'x')), i);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keep.csv"_s);
    const QByteArray original = "the user's earlier export\n";
    QVERIFY(writeFile(path, original));
    HistoryExport exporter(mutex, store);
    QSignalSpy finished(&exporter, &HistoryExport::finished);
    if (afterWriting) {
        // Cancelled from the export's own thread right after its first lines went out: deterministic.
        exporter.setProgressInterval(0);
        connect(
            &exporter, &HistoryExport::progress, &exporter,
            [&exporter](qint64 done) {
                if (done > 0)
                    exporter.cancel();
            },
            Qt::DirectConnection);
        QVERIFY(exporter.start(u"big"_s, true, path, HistoryFormat::Format::Csv));
    } else {
        // Held while starting and cancelling: the export cannot have written a line before it sees the cancel.
        QMutexLocker lock(&mutex);
        QVERIFY(exporter.start(u"big"_s, true, path, HistoryFormat::Format::Csv));
        QVERIFY(exporter.isRunning());
        exporter.cancel();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QCOMPARE(finished.at(0).at(1).toString(), u"Export cancelled: “keep.csv” was not written."_s);
    QCOMPARE(readFile(path), original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"keep.csv"_s }); // no temporary file left
}

void TestHistoryExport::successReplacesTheExistingFile()
{
    TopicStore store;
    QMutex mutex;
    store.ingest(publish(u"t"_s, "new"), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.jsonl"_s);
    QVERIFY(writeFile(path, "old contents that are longer than the new file\n"));
    HistoryExport exporter(mutex, store);
    QSignalSpy finished(&exporter, &HistoryExport::finished);
    QVERIFY(exporter.start(u"t"_s, false, path, HistoryFormat::Format::JsonLines));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QList<HistoryFormat::Record> back;
    QString error;
    QVERIFY2(HistoryFormat::parse(HistoryFormat::Format::JsonLines, readFile(path), back, &error), qPrintable(error));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).message.payload, QByteArray("new"));
}

void TestHistoryExport::nothingToExport()
{
    TopicStore store;
    QMutex mutex;
    store.ingest(publish(u"a/b"_s, "x"), 1);
    QTemporaryDir dir;
    HistoryExport exporter(mutex, store);
    QSignalSpy finished(&exporter, &HistoryExport::finished);
    QVERIFY(exporter.start(u"nowhere"_s, true, dir.filePath(u"x.csv"_s), HistoryFormat::Format::Csv));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(1).toString(), u"Nothing to export: “nowhere” has no messages."_s);
    QVERIFY(exporter.start(u"a"_s, false, dir.filePath(u"x.csv"_s), HistoryFormat::Format::Csv));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(!finished.at(1).at(0).toBool()); // "a" itself has none; its child is not asked for
    QVERIFY(!QFile::exists(dir.filePath(u"x.csv"_s)));
}

void TestHistoryExport::mosquittoPubThroughAShell_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("fromStdin");

    QTest::newRow("plain text") << u"plant/line1/temp"_s << QByteArray("21.5") << false;
    QTest::newRow("single quotes and shell characters")
        << u"it's/$HOME/`x`"_s << QByteArray("it's $(rm -rf /) `x` \"y\" \\n %s") << false;
    QTest::newRow("several lines") << u"t"_s << QByteArray("line 1\nline 2\n") << false;
    QTest::newRow("binary with zero bytes, through printf") << u"bin"_s << QByteArray("\x00\x01\xff'%\\", 6) << true;
    QTest::newRow("an escape sequence is never pasted raw") << u"t"_s << QByteArray("\x1b]0;owned\x07") << true;
    QTest::newRow("a bidi override is never pasted raw") << u"t"_s
                                                         << QByteArray("a\xe2\x80\xae"
                                                                       "b")
                                                         << true;
    QTest::newRow("a topic with a bidi override") << u"rtl-\u202Eexe.txt"_s << QByteArray("x") << false;
    QTest::newRow("UTF-8 text stays readable") << u"café"_s << QByteArray("é€😀") << false;
}

void TestHistoryExport::mosquittoPubThroughAShell()
{
    QFETCH(QString, topic);
    QFETCH(QByteArray, payload);
    QFETCH(bool, fromStdin);
    const QString command
        = PublishCommand::mosquittoPub(topic, message(payload, 0, 1, true), PublishCommand::Broker {});
    QCOMPARE(command.contains(u" -s"_s), fromStdin);
    // Nothing that visibleText() would show differently reaches the command line.
    QCOMPARE(Canopy::visibleText(command, Canopy::TextView::MultiLine), command);
    // A shell function stands in for mosquitto_pub: it prints its arguments (and stdin) in hex.
    QTemporaryDir dir;
    const QString script
        = u"mosquitto_pub() {\n"
          u"  for a in \"$@\"; do printf '%s' \"$a\" | od -An -tx1 | tr -d ' \\n'; printf '\\n'; done\n"
          u"  printf 'stdin:'; od -An -tx1 | tr -d ' \\n'; printf '\\n'\n"
          u"}\n"_s
        + command + u'\n';
    QProcess shell;
    shell.start(u"/bin/sh"_s, { u"-c"_s, script });
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 0);
    const QList<QByteArray> lines = shell.readAllStandardOutput().split('\n');
    QList<QByteArray> args;
    QByteArray stdinBytes;
    for (const QByteArray &line : lines) {
        if (line.startsWith("stdin:"))
            stdinBytes = QByteArray::fromHex(line.mid(6));
        else if (!line.isEmpty())
            args << QByteArray::fromHex(line);
    }
    const qsizetype t = args.indexOf("-t");
    QVERIFY(t >= 0);
    QCOMPARE(QString::fromUtf8(args.at(t + 1)), topic);
    QVERIFY(args.contains("-r"));
    QCOMPARE(args.at(args.indexOf("-q") + 1), QByteArray("1"));
    if (fromStdin) {
        QCOMPARE(stdinBytes, payload);
    } else {
        QCOMPARE(args.at(args.indexOf("-m") + 1), payload);
    }
}

void TestHistoryExport::mosquittoPubOptions()
{
    StoredMessage m = message(QByteArray(), 0);
    PublishCommand::Broker broker;
    broker.host = u"broker.example"_s;
    broker.port = 8883;
    broker.tls = true;
    QCOMPARE(PublishCommand::mosquittoPub(u"gone"_s, m, broker),
        u"mosquitto_pub -h 'broker.example' -p 8883 --tls-use-os-certs -t 'gone' -n"_s);
    Mqtt::Properties p;
    p.contentType = u"text/plain"_s;
    p.userProperties = { { u"source"_s, u"canopy"_s } };
    p.messageExpiryInterval = 60;
    m.payload = "on";
    m.properties = std::make_shared<const Mqtt::Properties>(p);
    broker = PublishCommand::Broker {};
    QCOMPARE(PublishCommand::mosquittoPub(u"lab/lamp"_s, m, broker),
        u"mosquitto_pub -h 'localhost' -p 1883 -t 'lab/lamp' -V mqttv5 -D publish content-type 'text/plain' "
        "-D publish message-expiry-interval 60 -D publish user-property 'source' 'canopy' -m 'on'"_s);
    m.truncated = true;
    m.originalSize = 5000;
    broker.webSocket = true;
    const QString noted = PublishCommand::mosquittoPub(u"t"_s, m, broker);
    QVERIFY(noted.startsWith(u"# mosquitto_pub connects over TCP only"_s));
    QVERIFY2(noted.contains(u"\n# The payload was cut at 2 bytes of "_s), qPrintable(noted));
    // A payload too large for a command line is read from a file the user saves first.
    StoredMessage big = message(QByteArray(PublishCommand::InlineLimit + 1, 'x'), 0);
    const QString fromFile = PublishCommand::mosquittoPub(u"t"_s, big, PublishCommand::Broker {});
    QVERIFY2(fromFile.startsWith(u"# The payload ("_s) && fromFile.contains(u") is too large for a command line"_s),
        qPrintable(fromFile));
    QVERIFY(fromFile.endsWith(u" -t 't' -f payload.bin"_s));
    QVERIFY(fromFile.size() < 400);
}

void TestHistoryExport::historySettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"canopy.ini"_s), QSettings::IniFormat);
    QCOMPARE(HistorySettings::load(settings), HistorySettings {});
    HistorySettings s;
    s.messagesPerTopic = 100000;
    s.budgetMiB = 1024;
    s.save(settings);
    QCOMPARE(HistorySettings::load(settings), s);
    QCOMPARE(settings.value(u"history/messagesPerTopic"_s).toInt(), 100000);
    QCOMPARE(s.budgetBytes(), qint64(1024) * 1024 * 1024);
    settings.setValue(u"history/messagesPerTopic"_s, -5);
    settings.setValue(u"history/budgetMiB"_s, u"lots"_s);
    const HistorySettings clamped = HistorySettings::load(settings);
    QCOMPARE(clamped.messagesPerTopic, 1);
    QCOMPARE(clamped.budgetMiB, qint64(1));
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
