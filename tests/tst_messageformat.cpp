// SPDX-License-Identifier: MIT
// canopy-cli sub -F, the pure formatter: mosquitto_sub 2.0's format language row by row, at a fixed time, with the
// quirks scripts see (a payload width that cuts, %-p padding, %E as a signed int, the %j topic-alias value), and the
// cJSON rules %j and %J follow. tst_cliformat compares the same language with mosquitto_sub end to end.

#include "cjson.h"
#include "messageformat.h"

#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using Cli::MessageFormat;

namespace {

// 2016-08-10 08:49:03.786368637 UTC, the moment of the examples in mosquitto_sub's manual.
constexpr Cli::FormatTime fixedTime { 1470818943, 786368637 };

Mqtt::Publish plain()
{
    Mqtt::Publish message;
    message.topic = u"greeting"_s;
    message.payload = "hello world";
    return message;
}

// Every PUBLISH property, in an order a broker may choose: the %j object follows it.
Mqtt::Publish withProperties()
{
    using namespace Mqtt::PropertyId;
    Mqtt::Publish message;
    message.topic = u"sensors/hall"_s;
    message.payload = "21.5";
    message.qos = 1;
    message.packetId = 7;
    message.retain = true;
    Mqtt::Properties &p = message.properties;
    p.subscriptionIdentifiers = { 5 };
    p.payloadFormatIndicator = 1;
    p.contentType = u"text/plain"_s;
    p.userProperties = { { u"k"_s, u"v"_s }, { u"k"_s, u"v2"_s } };
    p.correlationData = QByteArray("abc");
    p.responseTopic = u"r/t"_s;
    p.topicAlias = 9;
    p.messageExpiryInterval = 100;
    for (const quint8 id : { SubscriptionIdentifier, PayloadFormatIndicator, ContentType, UserProperty, CorrelationData,
             ResponseTopic, TopicAlias, UserProperty, MessageExpiryInterval })
        p.arrivalOrder.ids.append(char(id));
    return message;
}

Mqtt::Publish withPayload(const QByteArray &payload, const QString &topic = u"greeting"_s)
{
    Mqtt::Publish message = plain();
    message.topic = topic;
    message.payload = payload;
    return message;
}

} // namespace

Q_DECLARE_METATYPE(Mqtt::Publish)

class TestMessageFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void format_data();
    void format();
    void timeZones_data();
    void timeZones();
    void clockReadings();
    void check_data();
    void check();
    void cjson_data();
    void cjson();
};

void TestMessageFormat::initTestCase()
{
    qputenv("TZ", "UTC0");
    tzset();
}

void TestMessageFormat::format_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<Mqtt::Publish>("message");
    QTest::addColumn<bool>("pretty");
    QTest::addColumn<bool>("newline");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("errors");

    const Mqtt::Publish hello = plain();
    const Mqtt::Publish props = withProperties();
    QTest::newRow("%t %p, newline") << "%t %p"_ba << hello << false << true << "greeting hello world\n"_ba
                                    << ""_ba;
    QTest::newRow("-N: no newline") << "%t %p"_ba << hello << false << false << "greeting hello world"_ba
                                    << ""_ba;
    QTest::newRow("field width, '-' flag and precision on %t")
        << "%10t|%-10t|%.4t|%12.3t|%-6.2t|"_ba << hello << false << true
        << "  greeting|greeting  |gree|         gre|gr    |\n"_ba
        << ""_ba;
    QTest::newRow("payload width cuts; %-p pads one space per byte")
        << "%5p|%-14p|%014p|%-p|"_ba << hello << false << true
        << "hello|hello world   |000hello world|hello world           |\n"_ba
        << ""_ba;
    QTest::newRow("hex: a width counts digits and halves the bytes shown")
        << "%x|%X|%8x|%30x|%-x|"_ba << hello << false << true
        << "68656c6c6f20776f726c64|68656C6C6F20776F726C64|68656c6c|                    68656c6c6f|"
           "68656c6c6f20776f726c64           |\n"_ba
        << ""_ba;
    QTest::newRow("numbers: %q %r %m %l with width, '-' and '0'")
        << "%q %r %m %l %5l %-5l| %05l %05m"_ba << props << false << true << "1 1 7 4     4 4    | 00004 00007\n"_ba
        << ""_ba;
    QTest::newRow("MQTT 5 properties present")
        << "%A|%5A|%05A|%-5A|%C|%12C|%-12C|%.4C|%D|%E|%08E|%F|%P|%R|%8R|%S|%5S|"_ba << props << false << true
        << "9|    9|00009|9    |text/plain|  text/plain|text/plain  |text|abc|100|00000100|1|k:v k:v2|r/t|     r/t|5|"
           "    5|\n"_ba
        << ""_ba;
    // Absent ones print blanks of their width (with '0' too where mosquitto_sub pads with it), %R and %D nothing.
    QTest::newRow("MQTT 5 properties absent")
        << "%A|%5A|%05A|%-5A|%C|%12C|%.4C|%D|%E|%08E|%F|%P|%R|%8R|%S|%5S|"_ba << hello << false << true
        << "|     |00000|     ||            ||||00000000||||||     |\n"_ba
        << ""_ba;
    Mqtt::Publish large = hello;
    large.properties.messageExpiryInterval = 4294967295u;
    large.properties.subscriptionIdentifiers = { 268435455 };
    QTest::newRow("%E and %S print as C ints") << "%E %S"_ba << large << false << true << "-1 268435455\n"_ba
                                               << ""_ba;
    QTest::newRow("correlation data and payload are raw bytes")
        << "%D|%p"_ba << withPayload(QByteArray("a\0b\xff", 4)) << false << true << "|a\0b\xff\n"_ba
        << ""_ba;
    QTest::newRow("escapes") << "\\\\ \\0 \\a \\e \\n \\r \\t \\v %%"_ba << hello << false << true
                             << "\\ \0 \a \x1b \n \r \t \v %\n"_ba
                             << ""_ba;
    QTest::newRow("unknown conversion and a dangling % print nothing")
        << "a%Zb%"_ba << hello << false << true << "ab\n"_ba
        << ""_ba;
    QTest::newRow("%I ISO-8601, %U Unix time with nanoseconds")
        << "%I|%U|%30I|%.10I"_ba << hello << false << true
        << "2016-08-10T08:49:03+0000|1470818943.786368637|      2016-08-10T08:49:03+0000|2016-08-10\n"_ba
        << ""_ba;
    QTest::newRow("@ strftime conversions in the C locale, @N nanoseconds, @@")
        << "@Y-@m-@dT@H:@M:@S@z @s.@N @@ @a @b @p @j"_ba << hello << false << true
        << "2016-08-10T08:49:03+0000 1470818943.786368637 @ Wed Aug AM 223\n"_ba
        << ""_ba;

    QTest::newRow("%j: payload quoted")
        << "%j"_ba << withPayload("say \"hi\"\\\n\x01 é") << false << true
        << "{\"tst\":\"2016-08-10T08:49:03.786368Z+0000\",\"topic\":\"greeting\",\"qos\":0,\"retain\":0,"
           "\"payloadlen\":14,\"payload\":\"say \\\"hi\\\"\\\\\\n\\u0001 é\"}\n"_ba
        << ""_ba;
    // mosquitto_sub prints the topic alias as the length of the correlation data read before it (a wrong property
    // identifier in its read); scripts parsing %j see that.
    QTest::newRow("%j: properties in arrival order, user properties as one object, mid for QoS 1")
        << "%j"_ba << props << false << true
        << "{\"tst\":\"2016-08-10T08:49:03.786368Z+0000\",\"topic\":\"sensors/hall\",\"qos\":1,\"retain\":1,"
           "\"payloadlen\":4,\"mid\":7,\"properties\":{\"subscription-identifier\":5,\"payload-format-indicator\":1,"
           "\"content-type\":\"text/plain\",\"user-properties\":{\"k\":\"v\",\"k\":\"v2\"},\"correlation-data\":"
           "\"abc\",\"response-topic\":\"r/t\",\"topic-alias\":3,\"message-expiry-interval\":100},"
           "\"payload\":\"21.5\"}\n"_ba
        << ""_ba;
    QTest::newRow("%j: empty payload is null, a NUL ends a quoted one")
        << "%j %j"_ba << withPayload({}) << false << false
        << "{\"tst\":\"2016-08-10T08:49:03.786368Z+0000\",\"topic\":\"greeting\",\"qos\":0,\"retain\":0,"
           "\"payloadlen\":0,\"payload\":null} "
           "{\"tst\":\"2016-08-10T08:49:03.786368Z+0000\",\"topic\":\"greeting\",\"qos\":0,\"retain\":0,"
           "\"payloadlen\":0,\"payload\":null}"_ba
        << ""_ba;
    QTest::newRow("%J: payload as JSON, printed again by cJSON")
        << "%J"_ba << withPayload(" {\"t\": 21.50, \"ok\" : true, \"n\": [1e3, -0, null]}\n") << false << true
        << "{\"tst\":\"2016-08-10T08:49:03.786368Z+0000\",\"topic\":\"greeting\",\"qos\":0,\"retain\":0,"
           "\"payloadlen\":49,\"payload\":{\"t\":21.5,\"ok\":true,\"n\":[1000,-0,null]}}\n"_ba
        << ""_ba;
    QTest::newRow("%J: not JSON prints nothing and says so on stderr")
        << "<%J>"_ba << hello << false << true << "<>\n"_ba
        << "Error: Message payload is not valid JSON on topic greeting.\n"_ba;
    QTest::newRow("--pretty: cJSON_Print layout")
        << "%J"_ba << withPayload("{\"a\":[1,{\"b\":{}}],\"c\":\"d\"}") << true << true
        << "{\n\t\"tst\":\t\"2016-08-10T08:49:03.786368Z+0000\",\n\t\"topic\":\t\"greeting\",\n\t\"qos\":\t0,\n"
           "\t\"retain\":\t0,\n\t\"payloadlen\":\t26,\n\t\"payload\":\t{\n\t\t\"a\":\t[1, {\n\t\t\t\t\"b\":\t{\n"
           "\t\t\t\t}\n\t\t\t}],\n\t\t\"c\":\t\"d\"\n\t}\n}\n"_ba
        << ""_ba;
}

void TestMessageFormat::format()
{
    QFETCH(QByteArray, format);
    QFETCH(Mqtt::Publish, message);
    QFETCH(bool, pretty);
    QFETCH(bool, newline);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, errors);
    const MessageFormat formatter(format, pretty, newline, [] { return fixedTime; });
    QByteArray out = "before:";
    QByteArray err;
    formatter.append(message, out, err);
    QCOMPARE(out, "before:" + expected); // appends
    QCOMPARE(err, errors);
}

void TestMessageFormat::timeZones_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("UTC") << "UTC0"_ba
                         << "2016-08-10T08:49:03+0000 2016-08-10T08:49:03.786368Z+0000 1470818943.786368637"_ba;
    QTest::newRow("central Europe in summer")
        << "CET-1CEST,M3.5.0,M10.5.0/3"_ba
        << "2016-08-10T10:49:03+0200 2016-08-10T10:49:03.786368Z+0200 1470818943.786368637"_ba;
    QTest::newRow("west of Greenwich")
        << "EST5"_ba
        << "2016-08-10T03:49:03-0500 2016-08-10T03:49:03.786368Z-0500 1470818943.786368637"_ba;
}

void TestMessageFormat::timeZones()
{
    // Local time, as mosquitto_sub prints it: the zone offset in %I and in the %j timestamp, never in %U.
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, expected);
    qputenv("TZ", zone);
    tzset();
    const MessageFormat formatter("%I @Y-@m-@dT@H:@M:@S.@N%J%U", false, false, [] { return fixedTime; });
    QByteArray out;
    QByteArray err;
    formatter.append(withPayload("0"), out, err);
    qputenv("TZ", "UTC0");
    tzset();
    const QByteArray stamp = out.mid(out.indexOf("\"tst\":\"") + 7, 32);
    const QByteArray reduced = out.left(24) + ' ' + stamp + ' ' + out.right(20);
    QCOMPARE(reduced, expected);
    QVERIFY2(out.contains(".786368637{"), out.constData()); // @N
}

void TestMessageFormat::clockReadings()
{
    // mosquitto_sub reads the clock once for all @ conversions of a message, and again for each %I, %U, %j, %J.
    int readings = 0;
    const MessageFormat formatter("@H @M @S @N %I %U", false, true, [&readings] {
        ++readings;
        return Cli::FormatTime { fixedTime.seconds + readings, 0 };
    });
    QByteArray out;
    QByteArray err;
    formatter.append(plain(), out, err);
    QCOMPARE(readings, 3);
    QCOMPARE(out, "08 49 04 000000000 2016-08-10T08:49:05+0000 1470818946.000000000\n"_ba);
}

void TestMessageFormat::check_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("every conversion") << "%%%A%C%D%E%F%I%J%P%R%S%U%X%j%l%m%p%q%r%t%x"_ba << QString();
    QTest::newRow("flag, width and precision") << "%-05.3t %010p %.t %5.t"_ba << QString();
    QTest::newRow("@ takes any character") << "@Q@@@N"_ba << QString();
    QTest::newRow("every escape") << "\\\\\\0\\a\\e\\n\\r\\t\\v"_ba << QString();
    QTest::newRow("empty") << ""_ba << QString();
    QTest::newRow("dangling %") << "a%"_ba << u"incomplete %-specifier"_s;
    QTest::newRow("width without conversion") << "%10"_ba << u"incomplete %-specifier"_s;
    QTest::newRow("precision without conversion") << "%.5"_ba << u"incomplete %-specifier"_s;
    QTest::newRow("unknown conversion") << "%Z"_ba << u"'%Z' is not a format specifier"_s;
    QTest::newRow("two flags") << "%0-5t"_ba << u"'%-' is not a format specifier"_s;
    QTest::newRow("dangling @") << "x@"_ba << u"incomplete @-specifier"_s;
    QTest::newRow("dangling backslash") << "x\\"_ba << u"incomplete escape"_s;
    QTest::newRow("unknown escape") << "\\q"_ba << u"'\\q' is not an escape"_s;
}

void TestMessageFormat::check()
{
    QFETCH(QByteArray, format);
    QFETCH(QString, error);
    QString message;
    QCOMPARE(MessageFormat::check(format, &message), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(message.endsWith(u'.'));
    }
}

void TestMessageFormat::cjson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("printed"); // empty: cJSON refuses it
    QTest::newRow("numbers as %1.15g") << "[27.0, 0.1, -0, 1e3, -12.5E+3, 01, 1.]"_ba
                                       << "[27,0.1,-0,1000,-12500,1,1]"_ba;
    QTest::newRow("17 digits when 15 do not read back") << "[123456789012345678, 0.1e-310]"_ba
                                                        << "[1.2345678901234568e+17,9.99999999999948e-312]"_ba;
    QTest::newRow("infinite is null") << "1e999"_ba
                                      << "null"_ba;
    QTest::newRow("numbers of any length") << QByteArray(80, '1') << "1.1111111111111111e+79"_ba;
    QTest::newRow("escapes and surrogate pairs") << R"("\/\b\f\n\r\t\"\\ \u00e9\ud83d\ude00")"_ba
                                                 << "\"/\\b\\f\\n\\r\\t\\\"\\\\ é😀\""_ba;
    QTest::newRow("raw control bytes kept, printed escaped") << "\"a\tb\x01\""_ba
                                                             << "\"a\\tb\\u0001\""_ba;
    QTest::newRow("\\u0000 and an invalid hex digit end the string") << R"(["a\u0000b", "c\uZZZZd"])"_ba
                                                                     << "[\"a\",\"c\"]"_ba;
    QTest::newRow("bytes 1 to 32 are whitespace, a BOM may start") << "\xEF\xBB\xBF\x01 {\"a\" :\x1f[ ] }\x02\n"_ba
                                                                   << "{\"a\":[]}"_ba;
    QTest::newRow("repeated names kept in order") << R"({"a":1,"b":2,"a":3})"_ba
                                                  << R"({"a":1,"b":2,"a":3})"_ba;
    QTest::newRow("1000 levels") << QByteArray(1000, '[') + QByteArray(1000, ']')
                                 << QByteArray(1000, '[') + QByteArray(1000, ']');
    QTest::newRow("1001 levels") << QByteArray(1001, '[') + QByteArray(1001, ']') << QByteArray();
    QTest::newRow("trailing comma") << "[1,]"_ba << QByteArray();
    QTest::newRow("text after the value") << "[] x"_ba << QByteArray();
    QTest::newRow("only whitespace") << "  "_ba << QByteArray();
    QTest::newRow("hex number") << "0x10"_ba << QByteArray();
    QTest::newRow("leading dot") << ".5"_ba << QByteArray();
    QTest::newRow("lone low surrogate") << R"("\udc00")"_ba << QByteArray();
    QTest::newRow("unknown escape") << R"("\q")"_ba << QByteArray();
    QTest::newRow("unfinished string") << R"("abc)"_ba << QByteArray();
    QTest::newRow("a NUL byte anywhere") << QByteArray("{}\0", 3) << QByteArray();
    QTest::newRow("truncated literal") << "nul"_ba << QByteArray();
}

void TestMessageFormat::cjson()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, printed);
    const auto value = Cli::CJson::parse(text);
    QCOMPARE(value.has_value(), !printed.isEmpty());
    if (value)
        QCOMPARE(Cli::CJson::print(*value, false), printed);
}

QTEST_GUILESS_MAIN(TestMessageFormat)
#include "tst_messageformat.moc"
