// SPDX-License-Identifier: MIT
// The publish panel with real widgets against real brokers: every payload format arrives byte-exact at an independent
// subscriber, MQTT 5 properties arrive intact (a topic alias too), the broker's refusal is shown in words (mosquitto's
// ACL for 0x87, a scripted broker for 0x90 with a reason string), bad input is refused before sending with the rule
// it breaks and the place, a payload over the broker's Maximum Packet Size names both sizes, publishing while
// disconnected says so, and QoS 1 waits for a reconnect only when the session is kept. (The panel in the window:
// tst_publishwindow.)

#include "common/translations.h"
#include "fakebroker.h"
#include "mosquittofixture.h"
#include "publish/publisheditor.h"
#include "publish/publishhistorymodel.h"
#include "publishtestutil.h"

#include <QRandomGenerator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using PublishTest::Subscriber;
using PublishTest::Window;

Q_DECLARE_METATYPE(PayloadKind)

namespace {
const QString AliceName = u"alice"_s;
const QString AlicePassword = u"s3cret"_s;
} // namespace

class TestPublishPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    MosquittoFixture m_broker;

    Mqtt::ClientOptions options(const QString &purpose, quint16 port = 0) const
    {
        return ClientTest::localOptions(
            m_broker.host(), port ? port : m_broker.port(), Mqtt::ProtocolVersion::V5, ClientTest::clientId(purpose));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path())); // history and collections go here
        MosquittoFixture::Options brokerOptions;
        brokerOptions.users = { { AliceName, AlicePassword } };
        // Alice may use everything but denied/#; on the anonymous port everything is allowed.
        brokerOptions.passwordAcl = "user alice\ntopic readwrite allowed/#\ntopic read denied/#";
        QVERIFY2(m_broker.start(brokerOptions), qPrintable(m_broker.errorString()));
    }

    void payloadFormatsArriveByteExact_data()
    {
        QTest::addColumn<PayloadKind>("format");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("qos");
        QTest::addColumn<QString>("answer");

        QTest::newRow("text, UTF-8, QoS 0: sent") << PayloadKind::Text << u"Grüße 😀\n\ttab"_s
                                                  << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                                "e \xf0\x9f\x98\x80\n\ttab")
                                                  << 0 << u"✓ sent"_s;
        QTest::newRow("JSON as typed, QoS 1: PUBACK")
            << PayloadKind::Json << u"{ \"z\": 1.50,\n  \"a\": [true] }"_s
            << QByteArray("{ \"z\": 1.50,\n  \"a\": [true] }") << 1 << u"✓ acknowledged (PUBACK)"_s;
        QTest::newRow("hex with NUL and 0xFF, QoS 2: PUBCOMP")
            << PayloadKind::Hex << u"00 01 7f 80\nfe ff"_s << QByteArray("\x00\x01\x7f\x80\xfe\xff", 6) << 2
            << u"✓ completed (PUBCOMP)"_s;
        QTest::newRow("base64, QoS 1") << PayloadKind::Base64 << u"AAEC/f7/"_s
                                       << QByteArray("\x00\x01\x02\xfd\xfe\xff", 6) << 1
                                       << u"✓ acknowledged (PUBACK)"_s;
        QTest::newRow("empty text") << PayloadKind::Text << QString() << QByteArray() << 1
                                    << u"✓ acknowledged (PUBACK)"_s;
    }

    void payloadFormatsArriveByteExact()
    {
        QFETCH(PayloadKind, format);
        QFETCH(QString, typed);
        QFETCH(QByteArray, bytes);
        QFETCH(int, qos);
        QFETCH(QString, answer);
        Subscriber subscriber;
        QVERIFY(subscriber.start(m_broker.host(), m_broker.port(), u"formats/#"_s, u"subscriber"_s));
        Window w;
        QVERIFY(w.connect(options(u"tab"_s)));
        w.setTopic(u"formats/one"_s);
        w.setFormat(format);
        w.setPayload(typed);
        w.setQos(qos);
        w.clickPublish();
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 1, 10000);
        const Mqtt::Publish received = subscriber.messages().constFirst();
        QCOMPARE(received.topic, u"formats/one"_s);
        QCOMPARE(received.payload, bytes);
        QTRY_COMPARE(w.result()->text(), answer);
        // The history keeps the message as typed, with the answer.
        auto *history = w.child<QTreeView>(u"publishHistory"_s);
        w.watch(history->model());
        QTRY_COMPARE(history->model()->index(0, PublishHistoryModel::ResultColumn).data().toString(),
            answer.mid(2)); // without the mark
    }

    void switchingFormatsKeepsTheBytes()
    {
        Window w;
        w.setPayload(u"Aé\n"_s);
        w.setFormat(PayloadKind::Hex);
        QCOMPARE(w.payload()->toPlainText(), u"41 c3 a9 0a"_s);
        w.setFormat(PayloadKind::Base64);
        QCOMPARE(w.payload()->toPlainText(), u"QcOpCg=="_s);
        w.setFormat(PayloadKind::Json);
        QCOMPARE(w.payload()->toPlainText(), u"Aé\n"_s);
        // Bytes that are not UTF-8 stay in hex rather than turning into replacement characters.
        w.setFormat(PayloadKind::Hex);
        w.setPayload(u"ff 00"_s);
        w.setFormat(PayloadKind::Text);
        QCOMPARE(w.payload()->toPlainText(), u"ff 00"_s);
        QVERIFY2(w.panel()->editor()->payloadStatus().startsWith(
                     u"The payload was left as typed: its bytes are not UTF-8 text."_s),
            qPrintable(w.panel()->editor()->payloadStatus()));
        // Invalid hex is left as typed when switching.
        w.setFormat(PayloadKind::Hex);
        w.setPayload(u"zz"_s);
        w.setFormat(PayloadKind::Base64);
        QCOMPARE(w.payload()->toPlainText(), u"zz"_s);
        QVERIFY(w.panel()->editor()->payloadStatus().startsWith(u"The payload was left as typed: it was not valid"_s));
        w.setPayload(u"QUI="_s); // an edit: the note goes
        QTRY_COMPARE(w.panel()->editor()->payloadStatus(), u"2 bytes"_s);
    }

    void filePayloadIsReadOffTheGuiThread()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"payload.bin"_s);
        QByteArray bytes(300 * 1024, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(QRandomGenerator::global()->bounded(256));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        Subscriber subscriber;
        QVERIFY(subscriber.start(m_broker.host(), m_broker.port(), u"files/#"_s, u"subscriber"_s));
        Window w;
        QVERIFY(w.connect(options(u"tab"_s)));
        w.setTopic(u"files/camera"_s);
        w.setFormat(PayloadKind::File);
        auto *file = w.child<QLineEdit>(u"publishFile"_s);
        QVERIFY(file->isVisible());
        file->setText(path);
        // Its size is shown before sending.
        QTRY_VERIFY2(w.panel()->editor()->payloadStatus().contains(u"307,200 bytes"_s),
            qPrintable(w.panel()->editor()->payloadStatus()));
        w.setQos(1);
        w.clickPublish();
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 1, 10000);
        QCOMPARE(subscriber.messages().constFirst().payload, bytes);
        QTRY_COMPARE(w.result()->text(), u"✓ acknowledged (PUBACK)"_s);
        // A file that is gone is refused, not sent empty.
        file->setText(directory.filePath(u"missing.bin"_s));
        w.clickPublish();
        QTRY_VERIFY2(w.result()->text().startsWith(u"Not sent: There is no file"_s), qPrintable(w.result()->text()));
    }

    void propertiesArriveIntact()
    {
        Subscriber subscriber;
        QVERIFY(subscriber.start(m_broker.host(), m_broker.port(), u"props/#"_s, u"subscriber"_s));
        Window w;
        QVERIFY(w.connect(options(u"tab"_s)));
        w.setTopic(u"props/device/cmd"_s);
        w.setFormat(PayloadKind::Json);
        w.setPayload(u"{\"on\": true}"_s);
        w.setQos(1);
        auto *tabs = w.child<QTabWidget>(u"publishTabs"_s);
        QCOMPARE(tabs->tabText(0), u"Properties"_s);
        tabs->setCurrentIndex(0);
        QVERIFY(w.child<QWidget>(u"publishProperties"_s)->isVisible());
        QTest::keyClicks(w.child<QLineEdit>(u"publishContentType"_s), u"application/json"_s);
        auto *indicator = w.child<QComboBox>(u"publishPayloadFormatIndicator"_s);
        indicator->setCurrentIndex(indicator->findData(1));
        w.child<QSpinBox>(u"publishMessageExpiry"_s)->setValue(3600);
        QTest::keyClicks(w.child<QLineEdit>(u"publishResponseTopic"_s), u"props/replies"_s);
        auto *correlationFormat = w.child<QComboBox>(u"publishCorrelationFormat"_s);
        correlationFormat->setCurrentIndex(correlationFormat->findData(int(CorrelationKind::Hex)));
        QTest::keyClicks(w.child<QLineEdit>(u"publishCorrelationData"_s), u"00 ca fe"_s);
        auto *users = w.child<QTableWidget>(u"publishUserProperties"_s);
        auto *add = w.child<QPushButton>(u"publishAddUserProperty"_s);
        QTRY_VERIFY(add->height() > 0); // laid out once the tab shows
        const QList<Mqtt::UserProperty> expected { { u"site"_s, u"Lyon"_s }, { u"site"_s, u"Genève"_s },
            { u"empty"_s, QString() } };
        for (const Mqtt::UserProperty &user : expected) {
            const int rows = users->rowCount();
            QTest::mouseClick(add, Qt::LeftButton);
            QCOMPARE(users->rowCount(), rows + 1);
            users->item(users->rowCount() - 1, 0)->setText(user.name);
            users->item(users->rowCount() - 1, 1)->setText(user.value);
        }
        // mosquitto announces a Topic Alias Maximum of 10; alias 3 binds on the first message, stands alone on the
        // next.
        QVERIFY(w.child<QSpinBox>(u"publishTopicAlias"_s)->isEnabled());
        QVERIFY2(w.child<QLabel>(u"publishTopicAliasNote"_s)->text().contains(u"1 to 10"_s),
            qPrintable(w.child<QLabel>(u"publishTopicAliasNote"_s)->text()));
        w.child<QSpinBox>(u"publishTopicAlias"_s)->setValue(3);
        w.clickPublish();
        QTRY_COMPARE(w.result()->text(), u"✓ acknowledged (PUBACK)"_s);
        QCOMPARE(tabs->tabText(0), u"Properties (set)"_s);
        w.clickPublish();
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 2, 10000);
        for (const Mqtt::Publish &received : subscriber.messages()) {
            QCOMPARE(received.topic, u"props/device/cmd"_s); // the alias was resolved by the broker
            QCOMPARE(received.payload, QByteArray("{\"on\": true}"));
            const Mqtt::Properties &p = received.properties;
            QCOMPARE(p.contentType, std::optional<QString>(u"application/json"_s));
            QCOMPARE(p.payloadFormatIndicator, std::optional<quint8>(1));
            QVERIFY(p.messageExpiryInterval && *p.messageExpiryInterval > 3500 && *p.messageExpiryInterval <= 3600);
            QCOMPARE(p.responseTopic, std::optional<QString>(u"props/replies"_s));
            QCOMPARE(p.correlationData, std::optional<QByteArray>(QByteArray("\x00\xca\xfe", 3)));
            QCOMPARE(p.userProperties, expected);
        }
        QTRY_COMPARE(w.result()->text(), u"✓ acknowledged (PUBACK)"_s);
    }

    void refusalByAclInWords_data()
    {
        QTest::addColumn<int>("qos");
        QTest::newRow("QoS 1: PUBACK 0x87") << 1;
        QTest::newRow("QoS 2: PUBREC 0x87") << 2;
    }

    void refusalByAclInWords()
    {
        QFETCH(int, qos);
        Window w;
        Mqtt::ClientOptions alice = options(u"alice"_s, m_broker.passwordPort());
        alice.session.connect.userName = AliceName;
        alice.session.connect.password = AlicePassword.toUtf8();
        QVERIFY(w.connect(alice, { Mqtt::Subscription { u"allowed/#"_s, {} } }));
        // The allowed topic goes through.
        w.setTopic(u"allowed/switch"_s);
        w.setPayload(u"on"_s);
        w.setQos(qos);
        w.clickPublish();
        QTRY_COMPARE_WITH_TIMEOUT(
            w.result()->text(), qos == 1 ? u"✓ acknowledged (PUBACK)"_s : u"✓ completed (PUBCOMP)"_s, 10000);
        // The denied one is refused in words, next to the button and in the history. (mosquitto 2.0.11 then closes
        // the connection: its log says "Bad socket read/write on client …: Unknown error".)
        w.setTopic(u"denied/switch"_s);
        w.clickPublish();
        QTRY_COMPARE_WITH_TIMEOUT(w.result()->text(), u"✗ not authorized (0x87)"_s, 10000);
        auto *history = w.child<QTreeView>(u"publishHistory"_s);
        w.watch(history->model());
        QTRY_COMPARE(
            history->model()->index(0, PublishHistoryModel::TopicColumn).data().toString(), u"denied/switch"_s);
        QTRY_COMPARE(history->model()->index(0, PublishHistoryModel::ResultColumn).data().toString(),
            u"not authorized (0x87)"_s);
        QCOMPARE(history->model()->index(1, PublishHistoryModel::TopicColumn).data().toString(), u"allowed/switch"_s);
    }

    void refusalByScriptedBrokerInWords()
    {
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        Window w;
        Mqtt::ClientOptions scripted = ClientTest::localOptions(
            broker.host(), broker.port(), Mqtt::ProtocolVersion::V5, ClientTest::clientId(u"tab"_s));
        w.window->connectToBroker(scripted, { Mqtt::Subscription { u"x/#"_s, {} } });
        QVERIFY(broker.waitForClient());
        QVERIFY(broker.waitForPacket()); // CONNECT
        broker.sendPacket(Mqtt::ConnAck {});
        const auto subscribe = broker.waitForPacket();
        QVERIFY(subscribe && std::holds_alternative<Mqtt::Subscribe>(*subscribe));
        broker.sendPacket(Mqtt::SubAck { std::get<Mqtt::Subscribe>(*subscribe).packetId, { 0 }, {} });
        QTRY_VERIFY(w.tab()->pipeline()->serverLimitsKnown());

        w.setTopic(u"has space/in it"_s);
        w.setPayload(u"x"_s);
        w.setQos(1);
        w.clickPublish();
        const auto publish = broker.waitForPacket();
        QVERIFY(publish && std::holds_alternative<Mqtt::Publish>(*publish));
        Mqtt::PublishAck refusal;
        refusal.type = Mqtt::PacketType::PubAck;
        refusal.packetId = std::get<Mqtt::Publish>(*publish).packetId;
        refusal.reasonCode = Mqtt::ReasonCode::TopicNameInvalid;
        refusal.properties.reasonString = u"no spaces in topics here"_s;
        broker.sendPacket(refusal);
        QTRY_COMPARE(w.result()->text(), u"✗ topic name invalid (0x90): “no spaces in topics here”"_s);
        auto *history = w.child<QTreeView>(u"publishHistory"_s);
        QTRY_COMPARE(history->model()->index(0, PublishHistoryModel::ResultColumn).data().toString(),
            u"topic name invalid (0x90): “no spaces in topics here”"_s);
        // MQTT 5's 0x10 on a success is said too.
        w.clickPublish();
        const auto again = broker.waitForPacket();
        QVERIFY(again && std::holds_alternative<Mqtt::Publish>(*again));
        Mqtt::PublishAck noSubscribers;
        noSubscribers.packetId = std::get<Mqtt::Publish>(*again).packetId;
        noSubscribers.reasonCode = Mqtt::ReasonCode::NoMatchingSubscribers;
        broker.sendPacket(noSubscribers);
        QTRY_COMPARE(w.result()->text(), u"✓ acknowledged (PUBACK): no matching subscribers (0x10)"_s);
    }

    void badInputIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<PayloadKind>("format");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("cursor"); // in the payload editor; -1: the topic field has the focus

        QTest::newRow("MQTT-3.3.2-2 wildcard") << u"bad/+/topic"_s << PayloadKind::Text << u"x"_s
                                               << u"Not sent: The topic contains the wildcard + at character 5"_s << -1;
        QTest::newRow("MQTT-4.7.3-1 empty topic")
            << QString() << PayloadKind::Text << u"x"_s << u"must not be empty [MQTT-4.7.3-1]"_s << -1;
        QTest::newRow("MQTT-4.7.3-2 NUL") << QStringView(u"bad\0x", 5).toString() << PayloadKind::Text << u"x"_s
                                          << u"NUL character (U+0000) at character 4"_s << -1;
        QTest::newRow("MQTT-4.7.3-3 over 65,535 bytes")
            << QString(70000, u'a') << PayloadKind::Text << u"x"_s << u"takes 70000 bytes in UTF-8"_s << -1;
        QTest::newRow("hex that is not") << u"bad/hex"_s << PayloadKind::Hex << u"00 11\n22 3q"_s
                                         << u"\"q\" at line 2, column 5 is not a hex digit"_s << 10;
        QTest::newRow("base64 that is not") << u"bad/base64"_s << PayloadKind::Base64 << u"QUJD!"_s
                                            << u"\"!\" at line 1, column 5 cannot appear in base64"_s << 4;
    }

    void badInputIsRefusedBeforeSending()
    {
        QFETCH(QString, topic);
        QFETCH(PayloadKind, format);
        QFETCH(QString, payload);
        QFETCH(QString, words);
        QFETCH(int, cursor);
        Subscriber subscriber;
        QVERIFY(subscriber.start(m_broker.host(), m_broker.port(), u"#"_s, u"subscriber"_s));
        Window w;
        QVERIFY(w.connect(options(u"tab"_s)));
        w.topic()->setText(topic);
        w.setFormat(format);
        w.setPayload(payload);
        w.clickPublish();
        QTRY_VERIFY2(w.result()->text().contains(words), qPrintable(w.result()->text()));
        QVERIFY(w.result()->text().startsWith(u"Not sent: "_s));
        if (cursor < 0) {
            QCOMPARE(QApplication::focusWidget(), w.topic());
        } else {
            QCOMPARE(QApplication::focusWidget(), w.payload());
            QCOMPARE(w.payload()->textCursor().position(), cursor);
            QTRY_VERIFY2(w.panel()->editor()->payloadStatus().contains(words.section(u' ', 0, 5)),
                qPrintable(w.panel()->editor()->payloadStatus()));
        }
        // Nothing left: the next message the subscriber gets is a sentinel.
        w.setFormat(PayloadKind::Text);
        w.setTopic(u"sentinel"_s);
        w.setPayload(u"after"_s);
        w.clickPublish();
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 1, 10000);
        QCOMPARE(subscriber.messages().constFirst().topic, u"sentinel"_s);
    }

    void invalidJsonIsWarnedAndMayBeSent()
    {
        Subscriber subscriber;
        QVERIFY(subscriber.start(m_broker.host(), m_broker.port(), u"json/#"_s, u"subscriber"_s));
        Window w;
        QVERIFY(w.connect(options(u"tab"_s)));
        w.setTopic(u"json/loose"_s);
        w.setFormat(PayloadKind::Json);
        w.setPayload(u"{\n  \"a\": 1,\n}"_s);
        QTRY_COMPARE(w.panel()->editor()->payloadStatus(),
            u"Not valid JSON at line 3, column 1: A comma must be followed by another member; remove the comma before "
            u"the \"}\". It can still be sent, as text."_s);
        // Pretty and compact leave invalid JSON alone.
        QTest::mouseClick(w.child<QPushButton>(u"publishPrettyJson"_s), Qt::LeftButton);
        QCOMPARE(w.payload()->toPlainText(), u"{\n  \"a\": 1,\n}"_s);
        w.setQos(1);
        w.clickPublish();
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 1, 10000);
        QCOMPARE(subscriber.messages().constFirst().payload, QByteArray("{\n  \"a\": 1,\n}"));
        QTRY_VERIFY2(w.result()->text().startsWith(u"✓ acknowledged (PUBACK)  (Warning: The payload is not valid JSON "
                                                   u"(line 3, column 1)"_s),
            qPrintable(w.result()->text()));
        // Valid JSON: pretty and compact change whitespace only.
        w.setPayload(u"{\"b\":[1,2],\"a\":{}}"_s);
        QTest::mouseClick(w.child<QPushButton>(u"publishPrettyJson"_s), Qt::LeftButton);
        QCOMPARE(w.payload()->toPlainText(), u"{\n  \"b\": [\n    1,\n    2\n  ],\n  \"a\": {}\n}"_s);
        QTest::mouseClick(w.child<QPushButton>(u"publishCompactJson"_s), Qt::LeftButton);
        QCOMPARE(w.payload()->toPlainText(), u"{\"b\":[1,2],\"a\":{}}"_s);
        QTRY_COMPARE(w.panel()->editor()->payloadStatus(), u"Valid JSON, 18 bytes."_s);
    }

    void payloadOverMaximumPacketSizeIsRefused()
    {
        MosquittoFixture small;
        MosquittoFixture::Options smallOptions;
        smallOptions.extraConfig = "max_packet_size 1000";
        QVERIFY2(small.start(smallOptions), qPrintable(small.errorString()));
        Window w;
        QVERIFY(w.connect(ClientTest::localOptions(
            small.host(), small.port(), Mqtt::ProtocolVersion::V5, ClientTest::clientId(u"tab"_s))));
        QCOMPARE(w.tab()->pipeline()->serverLimits().maximumPacketSize, 1000u);
        QVERIFY2(w.child<QLabel>(u"publishLimits"_s)->text().contains(u"packets up to 1,000 bytes"_s),
            qPrintable(w.child<QLabel>(u"publishLimits"_s)->text()));
        w.setTopic(u"big"_s);
        w.setPayload(QString(2000, u'x'));
        w.clickPublish();
        Mqtt::Publish expected;
        expected.topic = u"big"_s;
        expected.payload = QByteArray(2000, 'x');
        const qsizetype size = Mqtt::encodedSize(expected, Mqtt::ProtocolVersion::V5);
        QTRY_COMPARE(w.result()->text(),
            u"Not sent: The message would need a packet of %1 bytes, but the broker accepts at most 1000 bytes."_s.arg(
                size));
        // One that fits goes.
        w.setPayload(QString(900, u'x'));
        w.clickPublish();
        QTRY_COMPARE_WITH_TIMEOUT(w.result()->text(), u"✓ sent"_s, 10000);
    }

    void publishingWhileDisconnectedSaysSo()
    {
        Window w;
        w.setTopic(u"nowhere"_s);
        w.setPayload(u"x"_s);
        w.setQos(1);
        w.clickPublish();
        QTRY_COMPARE(w.result()->text(), u"✗ Not connected: connect to the broker before publishing."_s);
        QVERIFY2(w.child<QLabel>(u"publishLimits"_s)->text().startsWith(u"Not connected"_s),
            qPrintable(w.child<QLabel>(u"publishLimits"_s)->text()));
    }

    void queuedForTheReconnectOnlyWithAKeptSession_data()
    {
        QTest::addColumn<bool>("keepSession");
        QTest::addColumn<int>("qos");
        QTest::addColumn<QString>("answer");
        QTest::newRow("MQTT-3.1.2-4 session kept, QoS 1: queued, then sent")
            << true << 1
            << u"queued: not connected now; this connection keeps its session, so the message waits for the "
               u"reconnect."_s;
        QTest::newRow("clean start, QoS 1: not queued")
            << false << 1
            << u"✗ Not connected (the connection is being re-established): this connection does not keep a session "
               u"(clean start), so the message was not queued for the reconnect."_s;
        QTest::newRow("session kept, QoS 0: not queued")
            << true << 0
            << u"✗ Not connected (the connection is being re-established): QoS 0 messages are not queued, so it was "
               u"not sent."_s;
    }

    void queuedForTheReconnectOnlyWithAKeptSession()
    {
        QFETCH(bool, keepSession);
        QFETCH(int, qos);
        QFETCH(QString, answer);
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        Mqtt::ClientOptions scripted = ClientTest::localOptions(
            broker.host(), broker.port(), Mqtt::ProtocolVersion::V5, ClientTest::clientId(u"tab"_s));
        scripted.autoReconnect = true;
        scripted.reconnectInitialDelayMs = 1500; // 0.75 to 1.5 s: time to publish while waiting
        scripted.session.connect.cleanStart = !keepSession;
        if (keepSession)
            scripted.session.connect.properties.sessionExpiryInterval = 3600;
        QCOMPARE(scripted.keepsSession(), keepSession);
        Window w;
        w.window->connectToBroker(scripted, { Mqtt::Subscription { u"x/#"_s, {} } });
        // Answers CONNECT and SUBSCRIBE of one connection.
        const auto accept = [&broker](bool sessionPresent) {
            const auto connect = broker.waitForPacket();
            QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
            Mqtt::ConnAck connAck;
            connAck.sessionPresent = sessionPresent;
            broker.sendPacket(connAck);
        };
        QVERIFY(broker.waitForClient());
        accept(false);
        if (QTest::currentTestFailed())
            return;
        const auto subscribe = broker.waitForPacket();
        QVERIFY(subscribe && std::holds_alternative<Mqtt::Subscribe>(*subscribe));
        broker.sendPacket(Mqtt::SubAck { std::get<Mqtt::Subscribe>(*subscribe).packetId, { 0 }, {} });
        QTRY_COMPARE(w.tab()->connectionState(), Mqtt::Client::State::Connected);
        broker.dropClient();
        QTRY_COMPARE(w.tab()->connectionState(), Mqtt::Client::State::WaitingToReconnect);

        w.setTopic(u"x/queued"_s);
        w.setPayload(u"while away"_s);
        w.setQos(qos);
        w.clickPublish();
        QTRY_COMPARE(w.result()->text(), answer);

        // The reconnect: a kept session brings the message; otherwise the next one is a sentinel sent afterwards.
        QVERIFY(broker.waitForConnectionCount(2, 10000));
        accept(keepSession);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(w.tab()->connectionState(), Mqtt::Client::State::Connected);
        if (!keepSession || qos == 0) {
            w.setPayload(u"sentinel"_s);
            w.setQos(0);
            w.clickPublish();
        }
        std::optional<Mqtt::Packet> packet;
        for (packet = broker.waitForPacket(); packet && std::holds_alternative<Mqtt::Subscribe>(*packet);
             packet = broker.waitForPacket()) // a lost session: subscribed again first
            broker.sendPacket(Mqtt::SubAck { std::get<Mqtt::Subscribe>(*packet).packetId, { 0 }, {} });
        QVERIFY2(packet && std::holds_alternative<Mqtt::Publish>(*packet), qPrintable(broker.decodeError()));
        const Mqtt::Publish published = std::get<Mqtt::Publish>(*packet);
        if (keepSession && qos == 1) {
            QCOMPARE(published.payload, QByteArray("while away"));
            Mqtt::PublishAck ack;
            ack.packetId = published.packetId;
            broker.sendPacket(ack);
            QTRY_COMPARE(w.result()->text(), u"✓ acknowledged (PUBACK)"_s);
        } else {
            QCOMPARE(published.payload, QByteArray("sentinel"));
        }
    }
};

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
