// SPDX-License-Identifier: MIT
// How payloads read in the tree's Value column and in the message panel: previews, binary detection, hex dumps,
// JSON, MQTT 5 properties, and explicit words for every cut (never a silent one).
#include "common/translations.h"
#include "payload/payloadformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
StoredMessage message(const QByteArray &payload, qint64 originalSize = -1)
{
    StoredMessage m;
    m.payload = payload;
    m.timeMs = 1'700'000'000'123;
    m.originalSize = originalSize < 0 ? payload.size() : originalSize;
    m.truncated = originalSize >= 0 && originalSize > payload.size();
    m.qos = 1;
    m.retain = true;
    return m;
}
} // namespace

class TestPayloadFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); // "1 byte", "2 bytes"
    }

    void dataSize()
    {
        QCOMPARE(PayloadFormat::dataSize(1), u"1 byte"_s);
        QCOMPARE(PayloadFormat::dataSize(17), u"17 bytes"_s);
        QCOMPARE(PayloadFormat::dataSize(1024 * 1024), u"1.0 MB"_s);
        QCOMPARE(PayloadFormat::dataSize(3355443), u"3.2 MB"_s);
    }

    void looksBinary_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("binary");
        QTest::newRow("ASCII text") << QByteArray("hello world") << false;
        QTest::newRow("UTF-8 text") << QByteArray("Grüße, 温度") << false;
        QTest::newRow("tabs and line breaks") << QByteArray("a\tb\r\nc\n") << false;
        QTest::newRow("NUL byte") << QByteArray("a\0b", 3) << true;
        QTest::newRow("other control character") << QByteArray("a\x01") << true;
        QTest::newRow("invalid UTF-8") << QByteArray("caf\xe9") << true;
        QTest::newRow("overlong UTF-8") << QByteArray("\xc0\xaf") << true;
        QTest::newRow("UTF-16 surrogate in UTF-8") << QByteArray("\xed\xa0\x80") << true;
        // The probe looks at 4 KiB: a character cut at its end is not an error.
        QTest::newRow("character cut by the probe") << (QByteArray(4095, 'a') + "é") << false;
    }

    void looksBinary()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, binary);
        QCOMPARE(PayloadFormat::looksBinary(payload), binary);
    }

    void preview_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<qint64>("originalSize");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << qint64(-1) << QString();
        QTest::newRow("short text") << QByteArray("21.5") << qint64(-1) << u"21.5"_s;
        QTest::newRow("first line only") << QByteArray("line one\nline two") << qint64(-1) << u"line one…"_s;
        QTest::newRow("one line: tab shown as <U+0009>") << QByteArray("a\tb") << qint64(-1) << u"a<U+0009>b"_s;
        QTest::newRow("issue 7: bidi override shown")
            << QByteArray("rtl-\u202Eexe.txt") << qint64(-1) << u"rtl-<U+202E>exe.txt"_s;
        QTest::newRow("zero width space shown") << QByteArray("on\u200Boff") << qint64(-1) << u"on<U+200B>off"_s;
        QTest::newRow("Hebrew and emoji stay text")
            << QByteArray("שלום 😀") << qint64(-1) << QString::fromUtf8("שלום 😀");
        QTest::newRow("120 characters cut before showing, escape kept whole")
            << (QByteArray(119, 'z') + "\u202E" + "tail") << qint64(-1) << QString(119, u'z') + u"<U+202E>…"_s;
        QTest::newRow("120 characters at most") << QByteArray(130, 'z') << qint64(-1) << QString(120, u'z') + u'…';
        QTest::newRow("exactly 120 characters") << QByteArray(120, 'z') << qint64(-1) << QString(120, u'z');
        QTest::newRow("multi-byte characters are not split")
            << QByteArray("é").repeated(200) << qint64(-1) << QString(120, u'é') + u'…';
        QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << qint64(-1) << u"⟨binary, 3 bytes⟩"_s;
        QTest::newRow("binary, one byte") << QByteArray("\x00", 1) << qint64(-1) << u"⟨binary, 1 byte⟩"_s;
        QTest::newRow("truncated text") << QByteArray("abc") << qint64(3355443) << u"abc …(truncated, 3.2 MB)"_s;
        QTest::newRow("truncated binary")
            << QByteArray("\x00\x01", 2) << qint64(5000) << u"⟨binary, 5,000 bytes⟩ …(truncated, 4.9 kB)"_s;
    }

    void preview()
    {
        QFETCH(QByteArray, payload);
        QFETCH(qint64, originalSize);
        QFETCH(QString, expected);
        QCOMPARE(PayloadFormat::preview(payload, originalSize >= 0, originalSize < 0 ? payload.size() : originalSize),
            expected);
    }

    void hexDump()
    {
        const QByteArray bytes = QByteArray("{\"a\":1}") + QByteArray("\x00\xff", 2) + QByteArray("0123456789");
        QCOMPARE(PayloadFormat::hexDump(bytes),
            u"00000000  7b 22 61 22 3a 31 7d 00  ff 30 31 32 33 34 35 36  |{\"a\":1}..0123456|\n"
            "00000010  37 38 39                                          |789|\n"_s);
    }

    void messageText()
    {
        StoredMessage m = message("{\"temperature\":21.5,\"unit\":\"C\"}");
        auto properties = std::make_shared<Mqtt::Properties>();
        properties->contentType = u"application/json"_s;
        properties->userProperties.append({ u"site"_s, u"north"_s });
        properties->messageExpiryInterval = 60;
        m.properties = properties;
        const QString text = PayloadFormat::messageText(u"home/kitchen"_s, m);
        QVERIFY2(text.startsWith(u"Topic: home/kitchen\nReceived: "_s), qPrintable(text));
        QVERIFY(text.contains(u"\nQoS: 1\nRetain: yes\nSize: 31 bytes\n"_s));
        QVERIFY(text.contains(u"MQTT 5 properties:\n"_s));
        QVERIFY(text.contains(u"  Content type: application/json\n"_s));
        QVERIFY(text.contains(u"  User property: site = north\n"_s));
        QVERIFY(text.contains(u"  Message expiry interval: 60 s\n"_s));
        QVERIFY2(
            text.contains(u"Payload (JSON, pretty-printed):\n{\n    \"temperature\": 21.5,\n"_s), qPrintable(text));
    }

    // Broker text in the message panel: topic, properties and payload show invisible and bidi characters; the
    // payload keeps its line breaks and tabs.
    void messageTextShowsInvisibleCharacters()
    {
        StoredMessage m = message("line one\n\tindented \u202Egnp.exe\r\nlast\u200B");
        auto properties = std::make_shared<Mqtt::Properties>();
        properties->contentType = u"text/\u202Eplain"_s;
        properties->responseTopic = u"reply/\u2066x"_s;
        properties->userProperties.append({ u"na\u200Dme"_s, u"val\u202Eue"_s });
        m.properties = properties;
        const QString text = PayloadFormat::messageText(u"rtl-\u202Eexe.txt\n"_s, m);
        QVERIFY2(text.startsWith(u"Topic: rtl-<U+202E>exe.txt<U+000A>\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"  Content type: text/<U+202E>plain\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"  Response topic: reply/<U+2066>x\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"  User property: na<U+200D>me = val<U+202E>ue\n"_s), qPrintable(text));
        QVERIFY2(text.endsWith(u"Payload:\nline one\n\tindented <U+202E>gnp.exe\r\nlast<U+200B>"_s), qPrintable(text));
        QVERIFY(!text.contains(QChar(0x202E)) && !text.contains(QChar(0x200B)) && !text.contains(QChar(0x2066)));
        // Pretty-printed JSON too: QJsonDocument writes U+202E as it is.
        const QString json = PayloadFormat::messageText(u"j"_s, message("{\"name\":\"a\u202Eb\"}"));
        QVERIFY2(json.contains(u"\"name\": \"a<U+202E>b\""_s), qPrintable(json));
    }

    void truncatedPayloadSaysSo()
    {
        const StoredMessage m = message(QByteArray(1024 * 1024, 'a'), 3355443);
        const QString text = PayloadFormat::messageText(u"big"_s, m);
        QVERIFY(text.contains(u"Size: 3.2 MB\n"_s));
        QVERIFY(text.contains(u"Payload truncated: showing the first 1.0 MB of 3.2 MB.\n"_s));
        QVERIFY(text.contains(u"Payload:\n"_s + QString(100, u'a')));
    }

    void binaryPayloadAsHexDump()
    {
        const StoredMessage small = message(QByteArray("\x01\x02\x03", 3));
        QVERIFY(
            PayloadFormat::messageText(u"raw"_s, small)
                .endsWith(u"Binary payload, as a hex dump:\n00000000  01 02 03"_s + QString(42, u' ') + u"|...|\n"_s));
        // Past HexDumpLimit the dump is shortened, and says so.
        const StoredMessage big = message(QByteArray(200000, '\x01'));
        const QString text = PayloadFormat::messageText(u"raw"_s, big);
        QVERIFY(text.contains(u"Hex dump of the first 64.0 kB of 195.3 kB; the rest is not shown.\n"_s));
        QCOMPARE(text.count(u'\n'), 5 + 1 + 1 + 1 + 64 * 1024 / 16); // headers, blank, two sentences, dump
    }

    void emptyRetainedPayload()
    {
        QVERIFY(PayloadFormat::messageText(u"gone"_s, message(QByteArray()))
                    .endsWith(u"Empty payload (on a retained message this deletes the retained message)."_s));
    }
};

QTEST_GUILESS_MAIN(TestPayloadFormat)
#include "tst_payloadformat.moc"
