// SPDX-License-Identifier: MIT
// Mqtt::Client requests that cannot finish as asked, against a scripted fake broker: requests above the Maximum
// Packet Size of the broker's CONNACK (made before or after it), and messages in flight when the broker comes back
// without the session.

#include "clienttestutil.h"
#include "clientwire.h"
#include "common/translations.h"
#include "fakebroker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ClientTest;
using namespace ClientWire;
using Mqtt::PacketType;

Q_DECLARE_METATYPE(ProtocolVersion)

class TestClientRequests : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); } // "22 bytes"
    void maximumPacketSize();
    void inFlightWhenSessionLost_data();
    void inFlightWhenSessionLost();
    void unsubscribeRefused();
};

void TestClientRequests::maximumPacketSize()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    client.setOptions(localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s)));
    client.connectToBroker();

    // Made before CONNACK, so they wait for it: a SUBSCRIBE of 22 bytes, an UNSUBSCRIBE of 21, a PUBLISH of 20.
    const Mqtt::RequestHandle subscribe = client.subscribe(u"sensors/+/temp"_s, 1);
    const Mqtt::RequestHandle unsubscribe = client.unsubscribe({ u"sensors/+/temp"_s });
    Mqtt::Publish message;
    message.topic = u"sensors/1/temp"_s;
    message.payload = "x";
    const Mqtt::RequestHandle publish = client.publish(message);
    const auto connect = broker.waitForPacket();
    QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
    broker.send(connAck(ProtocolVersion::V5, QByteArray::fromHex("2700000010"))); // Maximum Packet Size 16
    QTRY_VERIFY(client.isConnected());

    QTRY_VERIFY(subscribe.isFinished() && unsubscribe.isFinished() && publish.isFinished());
    QVERIFY(!subscribe.isSuccess());
    QCOMPARE(subscribe.reasonCode(), Mqtt::ReasonCode::PacketTooLarge);
    QCOMPARE(subscribe.errorString(),
        u"The subscribe request would need a packet of 22 bytes, but the broker accepts at most 16 bytes; subscribe "
        "to fewer or shorter topic filters at a time."_s);
    QVERIFY(!unsubscribe.isSuccess());
    QCOMPARE(unsubscribe.errorString(),
        u"The unsubscribe request would need a packet of 21 bytes, but the broker accepts at most 16 bytes; "
        "unsubscribe from fewer or shorter topic filters at a time."_s);
    QVERIFY(!publish.isSuccess());
    QCOMPARE(publish.errorString(),
        u"The message would need a packet of 20 bytes, but the broker accepts at most 16 bytes."_s);
    QCOMPARE(recorder.subscribes.size(), 1);
    QVERIFY(!recorder.subscribes.first().success);

    // Nothing of them reached the broker: the next packet is a request that fits.
    const Mqtt::RequestHandle small = client.subscribe(u"s/#"_s, 0);
    const auto next = broker.waitForPacket();
    QVERIFY2(next && std::holds_alternative<Mqtt::Subscribe>(*next), qPrintable(broker.decodeError()));
    QCOMPARE(std::get<Mqtt::Subscribe>(*next).subscriptions.constFirst().filter, u"s/#"_s);
    QCOMPARE(broker.takeReceived(), QByteArray());
    QVERIFY(client.isConnected());
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.allErrors()));
}

void TestClientRequests::inFlightWhenSessionLost_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("MQTT 3.1.1 MQTT-3.2.2-5 in flight when the session is lost") << ProtocolVersion::V311;
    QTest::newRow("MQTT 5.0 MQTT-3.2.2-5 in flight when the session is lost") << ProtocolVersion::V5;
}

void TestClientRequests::inFlightWhenSessionLost()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), version, clientId(u"pub"_s));
    options.session.connect.cleanStart = false;
    if (version == ProtocolVersion::V5)
        options.session.connect.properties.sessionExpiryInterval = 300;
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 20;
    options.reconnectMaximumDelayMs = 100;
    client.setOptions(options);
    client.connectToBroker();
    QVERIFY2(broker.waitForPacket(), qPrintable(broker.decodeError()));
    broker.send(connAck(version));
    QTRY_VERIFY(client.isConnected());

    const auto nextPublish = [&]() -> Mqtt::Publish {
        const auto packet = broker.waitForPacket();
        if (!packet || !std::holds_alternative<Mqtt::Publish>(*packet))
            return {};
        return std::get<Mqtt::Publish>(*packet);
    };
    Mqtt::Publish message;
    message.topic = u"fate/released"_s;
    message.qos = 2;
    const Mqtt::RequestHandle released = client.publish(message); // PUBREC received, PUBREL sent
    const Mqtt::Publish first = nextPublish();
    QCOMPARE(first.topic, message.topic);
    broker.send(ack(0x50, first.packetId));
    const auto pubRel = broker.waitForPacket();
    QVERIFY2(pubRel && Mqtt::packetType(*pubRel) == PacketType::PubRel, qPrintable(broker.decodeError()));
    message.topic = u"fate/unacknowledged"_s;
    const Mqtt::RequestHandle unacknowledged = client.publish(message); // no PUBREC
    QCOMPARE(nextPublish().topic, message.topic);
    message.topic = u"fate/again"_s;
    message.qos = 1;
    const Mqtt::RequestHandle again = client.publish(message); // no PUBACK
    QCOMPARE(nextPublish().topic, message.topic);

    // The connection drops and the broker comes back without the session (Session Present 0).
    broker.dropClient();
    QVERIFY(broker.waitForConnectionCount(2));
    QVERIFY2(broker.waitForPacket(), qPrintable(broker.decodeError()));
    broker.send(connAck(version));
    QTRY_VERIFY(released.isFinished() && unacknowledged.isFinished());
    QVERIFY(!released.isSuccess());
    QCOMPARE(released.errorString(),
        u"The broker had received the QoS 2 message to \"fate/released\" but did not keep the session, so it is "
        "unknown whether the message was delivered; publish it again if it must arrive."_s);
    QVERIFY(!unacknowledged.isSuccess());
    QCOMPARE(unacknowledged.errorString(),
        u"The broker did not keep the session, so it is unknown whether it received the QoS 2 message to "
        "\"fate/unacknowledged\". It was not sent again, because that could deliver it twice; publish it again if "
        "it must arrive."_s);

    // The QoS 1 message goes out again as a new message, and only it: no PUBREL, no QoS 2 PUBLISH.
    const Mqtt::Publish resent = nextPublish();
    QCOMPARE(resent.topic, u"fate/again"_s);
    QCOMPARE(resent.qos, quint8(1));
    QVERIFY(!resent.dup);
    QVERIFY(!again.isFinished());
    broker.send(ack(0x40, resent.packetId));
    QTRY_VERIFY(again.isFinished());
    QVERIFY2(again.isSuccess(), qPrintable(again.errorString()));
    QCOMPARE(broker.takeReceived(), QByteArray());
    QCOMPARE(client.session().inFlightCount(), 0);
}

// MQTT 5: an UNSUBACK can refuse (reason code 0x80 or above, MQTT-3.11.3-1). The request fails with the broker's
// reason in words, like a refused subscription; a filter the broker did remove in the same request does not count.
void TestClientRequests::unsubscribeRefused()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    client.setOptions(localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s)));
    QList<QVariantList> finished;
    connect(&client, &Client::unsubscribeFinished, this,
        [&finished](Mqtt::Token token, bool success, const QList<quint8> &codes, const QString &error) {
            finished.append({ QVariant::fromValue(token), success, QVariant::fromValue(codes), error });
        });
    client.connectToBroker();
    QVERIFY2(broker.waitForPacket(), qPrintable(broker.decodeError()));
    broker.send(connAck(ProtocolVersion::V5));
    QTRY_VERIFY(client.isConnected());

    const Mqtt::RequestHandle handle = client.unsubscribe({ u"open/#"_s, u"secret/#"_s });
    const auto unsubscribe = broker.waitForPacket();
    QVERIFY2(unsubscribe && std::holds_alternative<Mqtt::Unsubscribe>(*unsubscribe), qPrintable(broker.decodeError()));
    Mqtt::UnsubAck refused;
    refused.packetId = std::get<Mqtt::Unsubscribe>(*unsubscribe).packetId;
    refused.reasonCodes = { 0x00, 0x87 };
    refused.properties.reasonString = u"acl"_s;
    broker.sendPacket(refused);
    QTRY_VERIFY(handle.isFinished());
    const QString sentence = u"The broker refused to remove the subscription to \"secret/#\": not authorized. The "
                             "broker said: \"acl\"."_s;
    QVERIFY(!handle.isSuccess());
    QCOMPARE(handle.reasonCode(), quint8(0x87));
    QCOMPARE(handle.reasonCodes(), (QList<quint8> { 0x00, 0x87 }));
    QCOMPARE(handle.errorString(), sentence);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<Mqtt::Token>(), handle.token());
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(finished.at(0).at(2).value<QList<quint8>>(), (QList<quint8> { 0x00, 0x87 }));
    QCOMPARE(finished.at(0).at(3).toString(), sentence);
    QVERIFY(client.isConnected()); // a refusal, not a protocol error
}

QTEST_GUILESS_MAIN(TestClientRequests)
#include "tst_clientrequests.moc"
