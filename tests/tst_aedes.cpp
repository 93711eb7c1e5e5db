// SPDX-License-Identifier: MIT
// Against a real MQTT 3.1.1-only broker, aedes (tests/support/aedes, installed by ./scripts/test): what it answers
// to an MQTT 5 CONNECT, Mqtt::Client refusing with a clear sentence when MQTT 5 is all it may speak, falling back to
// 3.1.1 when it may, and the ingest pipeline keeping the retained marks right under 3.1.1, where the broker clears
// the retain flag of every live message and a deletion arrives as an empty message [MQTT-3.3.1-9].

#include "aedesfixture.h"
#include "clienttestutil.h"
#include "ingest/ingestpipeline.h"

#include <QMutexLocker>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ClientTest;
using Mqtt::ProtocolChoice;

class TestAedes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void refusesMqtt5WithA311ConnAck();
    void mqtt5OnlyIsRefusedWithASentence();
    void fallsBackToV311();
    void retainedDeletionUnderV311();

private:
    Mqtt::ClientOptions options(ProtocolChoice choice, const QString &purpose) const;
    // Publishes with a client of its own (MQTT 3.1.1, QoS 1) and waits until aedes has it.
    void publish(const QString &topic, const QByteArray &payload, bool retain);

    AedesFixture m_aedes;
};

void TestAedes::init()
{
    // A fresh broker per test: no retained messages from the one before. Fails (never skips) without aedes.
    QVERIFY2(m_aedes.start(), qPrintable(m_aedes.errorString()));
}

void TestAedes::cleanup()
{
    m_aedes.stop();
}

Mqtt::ClientOptions TestAedes::options(ProtocolChoice choice, const QString &purpose) const
{
    Mqtt::ClientOptions options = localOptions(m_aedes.host(), m_aedes.port(), ProtocolVersion::V5, clientId(purpose));
    options.setProtocol(choice);
    return options;
}

void TestAedes::publish(const QString &topic, const QByteArray &payload, bool retain)
{
    Client publisher;
    publisher.setOptions(options(ProtocolChoice::V311, u"publisher"_s));
    publisher.connectToBroker();
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = payload;
    message.qos = 1;
    message.retain = retain;
    const Mqtt::RequestHandle handle = publisher.publish(message);
    QTRY_VERIFY2_WITH_TIMEOUT(handle.isFinished(), qPrintable(publisher.lastError()), 10000);
    QVERIFY2(handle.isSuccess(), qPrintable(handle.errorString()));
    publisher.disconnectFromBroker();
    QTRY_COMPARE(publisher.state(), Client::State::Disconnected);
}

// ---------------------------------------------------------------------------------------------------------------

void TestAedes::refusesMqtt5WithA311ConnAck()
{
    // What the fallback and the decoder rely on, seen on the wire: aedes answers an MQTT 5 CONNECT with the 3.1.1
    // CONNACK "unacceptable protocol version" (return code 1, no properties) and closes the connection.
    QTcpSocket socket;
    socket.connectToHost(m_aedes.host(), m_aedes.port());
    QVERIFY(socket.waitForConnected(5000));
    // CONNECT: "MQTT", level 5, clean start, keep alive 60, no properties, client id "v5".
    socket.write(QByteArray::fromHex("100f00044d5154540502003c0000027635"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QTcpSocket::UnconnectedState, 5000);
    QCOMPARE(socket.readAll().toHex(' '), QByteArray("20 02 00 01")); // what arrived before the close
}

void TestAedes::mqtt5OnlyIsRefusedWithASentence()
{
    Client client;
    Recorder recorder(&client);
    QSignalSpy scheduled(&client, &Client::reconnectScheduled);
    Mqtt::ClientOptions settings = options(ProtocolChoice::V5, u"v5"_s);
    settings.autoReconnect = true; // as the GUI: the refusal must still end the attempts, not repeat for ever
    settings.reconnectInitialDelayMs = 20;
    client.setOptions(settings);
    client.connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Disconnected, 10000);
    QCOMPARE(recorder.refusalCodes, QList<quint8> { Mqtt::ReasonCode::UnsupportedProtocolVersion });
    QCOMPARE(recorder.errors,
        QStringList { u"The broker refused the connection: the broker does not support MQTT 5; use MQTT 3.1.1."_s });
    QCOMPARE(scheduled.size(), 0);
}

void TestAedes::fallsBackToV311()
{
    Client client;
    Recorder recorder(&client);
    QSignalSpy fallback(&client, &Client::protocolFallback);
    Mqtt::ClientOptions settings = options(ProtocolChoice::V5ElseV311, u"fallback"_s);
    settings.autoReconnect = true;
    client.setOptions(settings);
    const Mqtt::RequestHandle subscribed = client.subscribe(u"canopy/#"_s, 1);
    client.connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 10000);
    QCOMPARE(client.protocolVersion(), ProtocolVersion::V311);
    QVERIFY(client.fellBackToV311());
    QCOMPARE(fallback.size(), 1);
    QVERIFY2(fallback.first().at(0).toString().contains(u"does not support MQTT 5"_s),
        qPrintable(fallback.first().at(0).toString()));
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.allErrors()));
    QTRY_VERIFY(subscribed.isFinished());
    QVERIFY2(subscribed.isSuccess(), qPrintable(subscribed.errorString()));

    // The 3.1.1 connection carries messages both ways.
    Mqtt::Publish message;
    message.topic = u"canopy/fallback"_s;
    message.payload = "over 3.1.1";
    message.qos = 1;
    const Mqtt::RequestHandle published = client.publish(message);
    QTRY_VERIFY(published.isFinished());
    QVERIFY2(published.isSuccess(), qPrintable(published.errorString()));
    QTRY_COMPARE(recorder.messages.size(), 1);
    QCOMPARE(recorder.messages.first().payload, QByteArray("over 3.1.1"));
    client.disconnectFromBroker();
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
}

void TestAedes::retainedDeletionUnderV311()
{
    publish(u"canopy/kept"_s, "on", true);
    publish(u"canopy/doomed"_s, "on", true);
    if (QTest::currentTestFailed())
        return;

    IngestPipeline pipeline;
    QSignalSpy connected(&pipeline, &IngestPipeline::connected);
    QSignalSpy fallback(&pipeline, &IngestPipeline::protocolFallback);
    Mqtt::ClientOptions settings = options(ProtocolChoice::V5ElseV311, u"pipeline"_s);
    pipeline.setClientOptions(settings);
    Mqtt::Subscription all;
    all.filter = u"#"_s;
    all.options.retainAsPublished = true; // what the GUI asks for; 3.1.1 has no such option
    pipeline.connectToBroker({ all });
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    QCOMPARE(connected.first().at(0).value<Mqtt::ProtocolVersion>(), ProtocolVersion::V311);
    QCOMPARE(fallback.size(), 1);

    const auto retained = [&pipeline](const QString &topic) {
        QMutexLocker lock(&pipeline.storeMutex());
        const auto node = pipeline.store().find(topic);
        return node && pipeline.store().isRetained(*node);
    };
    const auto messages = [&pipeline](const QString &topic) -> quint64 {
        QMutexLocker lock(&pipeline.storeMutex());
        const auto node = pipeline.store().find(topic);
        return node ? pipeline.store().messageCount(*node) : 0;
    };
    // The retained messages the subscription brought arrive with retain=1: marked.
    QTRY_VERIFY_WITH_TIMEOUT(retained(u"canopy/kept"_s) && retained(u"canopy/doomed"_s), 10000);

    // A live message (retain=0 under 3.1.1) does not delete the retained one: the mark stays.
    publish(u"canopy/kept"_s, "live", false);
    QTRY_COMPARE_WITH_TIMEOUT(messages(u"canopy/kept"_s), quint64(2), 10000);
    QVERIFY(retained(u"canopy/kept"_s));

    // Another client deletes the retained message: aedes forwards the empty message with retain=0. The mark goes.
    publish(u"canopy/doomed"_s, QByteArray(), true);
    QTRY_COMPARE_WITH_TIMEOUT(messages(u"canopy/doomed"_s), quint64(2), 10000);
    QVERIFY(!retained(u"canopy/doomed"_s));
    QVERIFY(retained(u"canopy/kept"_s));
}

QTEST_GUILESS_MAIN(TestAedes)
#include "tst_aedes.moc"
