// SPDX-License-Identifier: MIT
// The demo telemetry of canopy-cli simulate, as pure logic: the retained device state it starts with, every kind of
// live message over enough rounds (the large manifest speaks once in 60 rounds, too seldom for tst_cliflows' short
// run), slow topics slower than fast ones, and the same seed giving the same values.

#include "payload/protobufdecoder.h"
#include "telemetrysimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTelemetrySimulator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void retainedDeviceState()
    {
        const Cli::TelemetrySimulator simulator(u"site"_s);
        QCOMPARE(simulator.statusTopic(), u"site/simulator/status"_s);
        const QList<Mqtt::Publish> retained = simulator.retainedMessages();
        QCOMPARE(retained.size(), 2 * 21 + 1); // 15 room sensors, 5 plugs, a weather station, and itself
        QSet<QString> topics;
        for (const Mqtt::Publish &message : retained) {
            QVERIFY(message.retain);
            QCOMPARE(int(message.qos), 1);
            QVERIFY2(message.topic.startsWith(u"site/"_s), qPrintable(message.topic));
            topics.insert(message.topic);
            if (message.topic.endsWith(u"/config"_s)) {
                const QJsonObject config = QJsonDocument::fromJson(message.payload).object();
                QVERIFY2(!config.value(u"id"_s).toString().isEmpty() && config.contains(u"firmware"_s),
                    message.payload.constData());
            } else {
                QVERIFY2(message.payload == "online" || message.payload == "offline", message.payload.constData());
            }
        }
        QCOMPARE(topics.size(), retained.size()); // no topic twice
        QCOMPARE(retained.constLast().topic, simulator.statusTopic());
        QCOMPARE(retained.constLast().payload, QByteArray("online"));
    }

    void everyKindOfLiveMessage()
    {
        Cli::TelemetrySimulator simulator(u"site"_s, 7);
        QCOMPARE(simulator.liveTopicCount(), qsizetype(33));
        QCOMPARE(simulator.sparkplugTopic(), u"spBv1.0/site/DDATA/edge1/press1"_s);
        int sparkplug = 0;
        quint64 lastSeq = 0;
        QHash<QString, int> spoke;
        int manifests = 0;
        int frames = 0;
        for (int i = 0; i < 3000; ++i) {
            const Mqtt::Publish message = simulator.next(1'700'000'000'000 + i * 50);
            QVERIFY(!message.retain);
            ++spoke[message.topic];
            if (message.topic == u"site/firmware/manifest"_s) {
                ++manifests;
                const QJsonObject manifest = QJsonDocument::fromJson(message.payload).object();
                QCOMPARE(manifest.value(u"files"_s).toArray().size(), 1200);
                QVERIFY2(message.payload.size() > 100000, qPrintable(QString::number(message.payload.size())));
            } else if (message.topic == u"site/gateway/zigbee/raw"_s) {
                ++frames;
                QVERIFY(message.payload.startsWith(QByteArray("\xfe\xff\x00\x81", 4)));
                QStringDecoder utf8(QStringDecoder::Utf8);
                const QString text = utf8.decode(message.payload); // decoding happens here, not in decode()
                QVERIFY2(utf8.hasError(), qPrintable(text)); // binary: not valid UTF-8
            } else if (message.topic == simulator.sparkplugTopic()) {
                // Sparkplug B, as Canopy's own decoder reads it: five typed metrics and a sequence number.
                const ProtobufDecoder::Result decoded
                    = ProtobufDecoder::decode(message.payload, ProtobufDecoder::Schema::SparkplugB);
                QVERIFY2(decoded.valid, qPrintable(decoded.error));
                const PayloadTree &tree = *decoded.tree;
                const quint32 metrics = tree.member(0, u"metrics"_s);
                QCOMPARE(tree.childCount(metrics), 5);
                QCOMPARE(tree.valueText(tree.member(tree.child(metrics, 0), u"name"_s)), u"Press/Temperature"_s);
                QCOMPARE(tree.valueText(tree.member(tree.child(metrics, 0), u"dataType"_s)), u"Double"_s);
                const double temperature = tree.valueText(tree.member(tree.child(metrics, 0), u"value"_s)).toDouble();
                QVERIFY(temperature >= 170 && temperature <= 230);
                QCOMPARE(tree.valueText(tree.member(tree.child(metrics, 3), u"dataType"_s)), u"Boolean"_s);
                const quint64 seq = tree.valueText(tree.member(0, u"seq"_s)).toULongLong();
                QCOMPARE(seq, sparkplug == 0 ? 0 : (lastSeq + 1) % 256); // 0 to 255, then 0 again
                lastSeq = seq;
                ++sparkplug;
            } else if (message.topic.endsWith(u"/climate"_s)) {
                const QJsonObject reading = QJsonDocument::fromJson(message.payload).object();
                for (const QString &key : { u"temperature"_s, u"humidity"_s, u"co2"_s, u"battery"_s, u"time"_s })
                    QVERIFY2(reading.contains(key), qPrintable(key + u": "_s + QString::fromUtf8(message.payload)));
                const double temperature = reading.value(u"temperature"_s).toDouble();
                QVERIFY(temperature >= 16 && temperature <= 28);
            } else {
                bool number = false;
                message.payload.toDouble(&number);
                QVERIFY2(number, qPrintable(message.topic + u' ' + QString::fromUtf8(message.payload)));
            }
        }
        QCOMPARE(spoke.size(), 33); // every live topic spoke
        QVERIFY(sparkplug >= 10); // one round in two
        QVERIFY(manifests >= 1);
        QVERIFY(frames >= 1);
        // A topic that speaks on one round in four speaks about a quarter as often as one that speaks every round.
        const int everyRound = spoke.value(u"site/building/floor1/kitchen/climate"_s);
        const int oneInFour = spoke.value(u"site/plugs/printer/energy"_s);
        QVERIFY2(oneInFour * 4 >= everyRound - 4 && oneInFour * 4 <= everyRound + 4,
            qPrintable(u"%1 and %2"_s.arg(everyRound).arg(oneInFour)));
        QVERIFY(manifests * 60 <= everyRound + 60);
    }

    void sameSeedSameValues()
    {
        Cli::TelemetrySimulator a(u"x"_s, 42);
        Cli::TelemetrySimulator b(u"x"_s, 42);
        Cli::TelemetrySimulator other(u"x"_s, 43);
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const Mqtt::Publish first = a.next(i);
            const Mqtt::Publish second = b.next(i);
            const Mqtt::Publish third = other.next(i);
            QCOMPARE(first.topic, second.topic);
            if (!first.topic.endsWith(u"/climate"_s)) { // climate readings carry the wall-clock time
                QCOMPARE(first.payload, second.payload);
                differs = differs || first.payload != third.payload;
            }
        }
        QVERIFY(differs);
    }
};

QTEST_GUILESS_MAIN(TestTelemetrySimulator)
#include "tst_telemetrysimulator.moc"
