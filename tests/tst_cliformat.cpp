// SPDX-License-Identifier: MIT
// canopy-cli sub -F beside mosquitto_sub -F: for the same message from a real mosquitto, both print the same bytes
// and exit the same way, row by row through mosquitto_sub's format language (every % conversion with its flags,
// width and precision, @ time conversions, \ escapes, %j / %J with properties, --pretty, -N), and both refuse the
// same malformed formats. Times differ between two processes, so their digits are masked; the zone offsets, which
// both take from TZ, are compared as they are.

#include "cliprocess.h"
#include "mosquittofixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace CliProcess;

namespace {

// Every MQTT 5 PUBLISH property mosquitto_pub can send, in an order of its own (the broker forwards that order, so
// canopy must print it as it came). No Message Expiry Interval here: the broker counts it down, and two
// subscribers may read it a second apart; fmt/expiry has one.
const QStringList propertyArguments { u"-D"_s, u"publish"_s, u"user-property"_s, u"site"_s, u"north field"_s, u"-D"_s,
    u"publish"_s, u"content-type"_s, u"text/plain; charset=utf-8"_s, u"-D"_s, u"publish"_s, u"correlation-data"_s,
    u"req-42"_s, u"-D"_s, u"publish"_s, u"response-topic"_s, u"replies/hall"_s, u"-D"_s, u"publish"_s,
    u"payload-format-indicator"_s, u"1"_s, u"-D"_s, u"publish"_s, u"user-property"_s, u"site"_s, u"south"_s };

// Masks: a local date and time, Unix seconds with nanoseconds, and the broker's remaining expiry.
const QRegularExpression dateTime(u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?"_s);
const QRegularExpression unixTime(u"\\b\\d{10}\\.\\d{9}\\b"_s);

QByteArray masked(QByteArray text, const QString &extraMask)
{
    QString s = QString::fromLatin1(text); // byte for byte: Latin-1 round-trips every byte
    s.replace(dateTime, u"<date>"_s);
    s.replace(unixTime, u"<unix>"_s);
    if (!extraMask.isEmpty())
        s.replace(QRegularExpression(extraMask), u"<masked>"_s);
    return s.toLatin1();
}

} // namespace

class TestCliFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameAsMosquittoSub_data();
    void sameAsMosquittoSub();
    void liveMessages_data();
    void liveMessages();
    void malformedFormats_data();
    void malformedFormats();

private:
    QStringList local() const { return { u"-h"_s, m_broker.host(), u"-p"_s, QString::number(m_broker.port()) }; }
    void publish(const QStringList &arguments);
    void compare(const QStringList &arguments, const QString &mask, const std::function<void()> &whileRunning = {});

    MosquittoFixture m_broker;
    QString m_cli;
    QString m_mosquittoPub;
    QString m_mosquittoSub;
    QTemporaryDir m_files;
    int m_run = 0;
};

void TestCliFormat::initTestCase()
{
    m_cli = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(u"canopy-cli was not built at %1 (set CANOPY_BINARY_DIR)"_s.arg(m_cli)));
    m_mosquittoPub = QStandardPaths::findExecutable(u"mosquitto_pub"_s);
    m_mosquittoSub = QStandardPaths::findExecutable(u"mosquitto_sub"_s);
    QVERIFY2(!m_mosquittoPub.isEmpty() && !m_mosquittoSub.isEmpty(), "install mosquitto-clients");
    QVERIFY(m_files.isValid());
    // Both subscribers print local time: a zone with an offset (and summer time) that both must apply.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    MosquittoFixture::Options options;
    options.extraConfig = "log_type subscribe";
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.errorString()));

    // Retained messages: every subscriber gets them the same way, whenever it subscribes.
    publish({ u"-V"_s, u"mqttv5"_s, u"-q"_s, u"1"_s, u"-r"_s, u"-t"_s, u"fmt/plain"_s, u"-m"_s, u"hello world"_s });
    publish(QStringList { u"-V"_s, u"mqttv5"_s, u"-q"_s, u"2"_s, u"-r"_s, u"-t"_s, u"fmt/props"_s, u"-m"_s,
                u"21.5 °C \"quoted\" \\ back"_s }
        + propertyArguments);
    publish({ u"-V"_s, u"mqttv5"_s, u"-r"_s, u"-t"_s, u"fmt/expiry"_s, u"-m"_s, u"soon"_s, u"-D"_s, u"publish"_s,
        u"message-expiry-interval"_s, u"86400"_s, u"-D"_s, u"publish"_s, u"user-property"_s, u"a"_s, u"b"_s });
    publish({ u"-r"_s, u"-t"_s, u"fmt/json"_s, u"-m"_s,
        u" {\"t\": 21.50, \"ok\" : true, \"n\": [1e3, -0, null, 0.1, 123456789012345678], \"s\": \"é\\n\\u00e9\","
        u" \"o\": {\"e\": {}, \"a\": [{\"x\": []}]}} "_s });
    publish({ u"-r"_s, u"-t"_s, u"fmt/badjson"_s, u"-m"_s, u"{\"unfinished\": "_s });
    QByteArray binary("a\0b\n\x01\x1f\x7f\x80\xff\"\\", 11);
    QFile file(m_files.filePath(u"binary.bin"_s));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(binary) == binary.size());
    file.close();
    publish({ u"-r"_s, u"-t"_s, u"fmt/binary"_s, u"-f"_s, file.fileName() });
    publish({ u"-r"_s, u"-t"_s, u"fmt/ü/温度"_s, u"-m"_s, u"21,5 °C"_s });
}

void TestCliFormat::cleanupTestCase()
{
    m_broker.stop();
}

void TestCliFormat::publish(const QStringList &arguments)
{
    const QStringList all = local() + arguments;
    const Finished published = run(m_mosquittoPub, all);
    QVERIFY2(published.exitCode == 0, qPrintable(describe(m_mosquittoPub, all, published)));
}

void TestCliFormat::compare(
    const QStringList &arguments, const QString &mask, const std::function<void()> &whileRunning)
{
    ++m_run;
    const QString ours = u"fmt-canopy-%1"_s.arg(m_run);
    const QString theirs = u"fmt-mosquitto-%1"_s.arg(m_run);
    const QStringList common = local() + arguments;
    auto canopy = start(m_cli, QStringList { u"sub"_s, u"-i"_s, ours } + common);
    auto reference = start(m_mosquittoSub, QStringList { u"-i"_s, theirs } + common);
    if (whileRunning)
        whileRunning();
    const Finished our = finish(*canopy);
    const Finished their = finish(*reference);
    QVERIFY2(their.exitCode == 0, qPrintable(describe(m_mosquittoSub, common, their)));
    QVERIFY2(our.exitCode == 0, qPrintable(describe(m_cli, common, our)));
    QVERIFY2(!their.out.isEmpty(), "mosquitto_sub printed nothing");
    QCOMPARE(masked(our.out, mask), masked(their.out, mask));
    QCOMPARE(our.err, their.err);
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliFormat::sameAsMosquittoSub_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mask"); // a further regular expression to mask in both outputs

    const QStringList none;
    QTest::newRow("%t %p") << u"fmt/plain"_s << u"%t %p"_s << none << QString();
    QTest::newRow("-F overrides -v") << u"fmt/plain"_s << u"[%p]"_s << QStringList { u"-v"_s } << QString();
    QTest::newRow("-N: no newline") << u"fmt/plain"_s << u"%p"_s << QStringList { u"-N"_s } << QString();
    QTest::newRow("%t width, '-', precision")
        << u"fmt/ü/温度"_s << u"%20t|%-20t|%.5t|%12.4t|%-8.3t|"_s << none << QString();
    QTest::newRow("%p width cuts, %-p pads per byte")
        << u"fmt/plain"_s << u"%5p|%-14p|%014p|%-p|%.3p|"_s << none << QString();
    QTest::newRow("%x %X with widths") << u"fmt/binary"_s << u"%x|%X|%8x|%30X|%-x|%-30x|%030x|"_s << none << QString();
    QTest::newRow("raw binary payload") << u"fmt/binary"_s << u"<%p>%l"_s << none << QString();
    QTest::newRow("%q %r %m %l with flags") << u"fmt/props"_s << u"%q %r %m %l %5l %-5l| %05l %05m %-05m|"_s
                                            << QStringList { u"-q"_s, u"2"_s } << QString();
    QTest::newRow("MQTT 5 properties") << u"fmt/props"_s
                                       << u"%A|%5A|%05A|%C|%30C|%-30C|%.4C|%D|%F|%03F|%P|%R|%15R|%.3R|%S|%5S|"_s
                                       << QStringList { u"-V"_s, u"mqttv5"_s } << QString();
    QTest::newRow("MQTT 5 properties absent")
        << u"fmt/plain"_s << u"%A|%5A|%05A|%-5A|%C|%12C|%D|%E|%08E|%F|%P|%R|%8R|%S|%5S|"_s
        << QStringList { u"-V"_s, u"mqttv5"_s } << QString();
    QTest::newRow("subscription identifier")
        << u"fmt/plain"_s << u"%S|%5S|%-5S|%05S|"_s
        << QStringList { u"-V"_s, u"mqttv5"_s, u"-D"_s, u"subscribe"_s, u"subscription-identifier"_s, u"42"_s }
        << QString();
    QTest::newRow("message expiry interval")
        << u"fmt/expiry"_s << u"%E|%10E|%-10E|%010E|"_s << QStringList { u"-V"_s, u"mqttv5"_s } << u"\\d{5}"_s;
    QTest::newRow("escapes and literals")
        << u"fmt/plain"_s << u"\\\\ \\0 \\a \\e[1m \\n \\r \\t \\v %% @@ 100%% x"_s << none << QString();
    QTest::newRow("%I ISO-8601 with zone, width, precision")
        << u"fmt/plain"_s << u"%I|%30I|%-30I|%.10I|"_s << none << QString();
    QTest::newRow("%U Unix time with nanoseconds") << u"fmt/plain"_s << u"%U"_s << none << QString();
    QTest::newRow("@ strftime conversions")
        << u"fmt/plain"_s << u"@Y-@m-@dT@H:@M:@S@z @Z @a @A @b @B @j @u @w @y @C @G @V @e @D @F @n@t @% @@"_s << none
        << u"\\d\\d/\\d\\d/\\d\\d"_s; // @D: a date in another shape
    // The manual's examples ('%@s.@N' is one too, but mosquitto_sub refuses its '%@').
    QTest::newRow("@s.@N and the manual's examples")
        << u"fmt/plain"_s << u"@s.@N : %r : %q : %m : %l | @Y-@m-@dT@H:@M:@S@z : %t : %x | \\e[92m%t \\e[96m%p\\e[0m"_s
        << none << u"\\d{10}\\.\\d{9}"_s;
    QTest::newRow("%j quoted payload") << u"fmt/props"_s << u"%j"_s << QStringList { u"-q"_s, u"1"_s } << QString();
    QTest::newRow("%j MQTT 5 properties in arrival order")
        << u"fmt/props"_s << u"%j"_s << QStringList { u"-V"_s, u"mqttv5"_s, u"-q"_s, u"2"_s } << QString();
    QTest::newRow("%j expiry last, as mosquitto forwards it")
        << u"fmt/expiry"_s << u"%j"_s << QStringList { u"-V"_s, u"mqttv5"_s } << u"\\d{5}"_s;
    QTest::newRow("%j binary payload") << u"fmt/binary"_s << u"%j"_s << none << QString();
    QTest::newRow("%j UTF-8 topic") << u"fmt/ü/温度"_s << u"%j"_s << none << QString();
    QTest::newRow("%J payload as JSON, printed by cJSON") << u"fmt/json"_s << u"%J"_s << none << QString();
    QTest::newRow("%J --pretty") << u"fmt/json"_s << u"%J"_s << QStringList { u"--pretty"_s } << QString();
    QTest::newRow("%j --pretty with properties")
        << u"fmt/props"_s << u"%j"_s << QStringList { u"--pretty"_s, u"-V"_s, u"mqttv5"_s } << QString();
    QTest::newRow("%J not JSON: the error line, the rest printed")
        << u"fmt/badjson"_s << u"[%J] %t"_s << none << QString();
    QTest::newRow("%J not JSON, --quiet")
        << u"fmt/badjson"_s << u"[%J] %t"_s << QStringList { u"--quiet"_s } << QString();
}

void TestCliFormat::sameAsMosquittoSub()
{
    QFETCH(QString, topic);
    QFETCH(QString, format);
    QFETCH(QStringList, extra);
    QFETCH(QString, mask);
    compare(QStringList { u"-C"_s, u"1"_s, u"-W"_s, u"20"_s, u"-t"_s, topic, u"-F"_s, format } + extra, mask);
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliFormat::liveMessages_data()
{
    QTest::addColumn<QStringList>("publish"); // mosquitto_pub's arguments after -t TOPIC
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("empty payload (a retained one cannot be)")
        << QStringList { u"-n"_s } << u"<%p>%l|%x|%5p|%j|%J"_s << QStringList {};
    QTest::newRow("empty payload, -v -F") << QStringList { u"-n"_s } << u"%t:%p"_s << QStringList { u"-v"_s };
    QTest::newRow("QoS 1 message, %m and mid") << QStringList { u"-q"_s, u"1"_s, u"-m"_s, u"{\"a\":1}"_s }
                                               << u"%q %r %m %J"_s << QStringList { u"-q"_s, u"1"_s };
    QTest::newRow("MQTT 5 properties, live")
        << QStringList { u"-V"_s, u"mqttv5"_s, u"-q"_s, u"2"_s, u"-m"_s, u"x"_s } + propertyArguments
        << u"%P|%C|%D|%R|%F|%j"_s << QStringList { u"-V"_s, u"mqttv5"_s, u"-q"_s, u"2"_s };
}

void TestCliFormat::liveMessages()
{
    QFETCH(QStringList, publish);
    QFETCH(QString, format);
    QFETCH(QStringList, extra);
    const QString topic = u"fmt/live/"_s + QString::number(m_run + 1);
    compare(QStringList { u"-C"_s, u"1"_s, u"-W"_s, u"20"_s, u"-t"_s, topic, u"-F"_s, format } + extra, QString(), [&] {
        const int qos = extra.contains(u"-q"_s) ? extra.at(extra.indexOf(u"-q"_s) + 1).toInt() : 0;
        for (const QString &prefix : { u"fmt-canopy-"_s, u"fmt-mosquitto-"_s }) {
            const QString line = prefix + QString::number(m_run) + u' ' + QString::number(qos) + u' ' + topic;
            QTRY_VERIFY2_WITH_TIMEOUT(m_broker.log().contains(line), qPrintable(line), 10000);
        }
        this->publish(QStringList { u"-t"_s, topic } + publish);
    });
}

// ---------------------------------------------------------------------------------------------------------------

void TestCliFormat::malformedFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("dangling %") << u"abc%"_s;
    QTest::newRow("width without a conversion") << u"%10"_s;
    QTest::newRow("unknown conversion") << u"%Z"_s;
    QTest::newRow("two flags") << u"%0-5t"_s;
    QTest::newRow("dangling @") << u"@"_s;
    QTest::newRow("dangling backslash") << u"\\"_s;
    QTest::newRow("unknown escape") << u"\\q"_s;
}

void TestCliFormat::malformedFormats()
{
    // Refused before connecting, with status 1, by both.
    QFETCH(QString, format);
    const QStringList arguments = local() + QStringList { u"-t"_s, u"fmt/plain"_s, u"-F"_s, format };
    const Finished their = run(m_mosquittoSub, arguments);
    const Finished our = run(m_cli, QStringList { u"sub"_s } + arguments);
    QCOMPARE(their.exitCode, 1);
    QVERIFY2(our.exitCode == 1, qPrintable(describe(m_cli, arguments, our)));
    QCOMPARE(our.out, QByteArray());
    QVERIFY2(our.err.startsWith("Error: -F"), our.err.constData());
}

QTEST_GUILESS_MAIN(TestCliFormat)
#include "tst_cliformat.moc"
