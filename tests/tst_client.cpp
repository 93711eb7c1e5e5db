// SPDX-License-Identifier: MIT
// Mqtt::Client end to end against a real mosquitto, under MQTT 3.1.1 and 5.0: every transport (TCP, TLS with and
// without a client certificate, WebSocket), TLS and credential refusals, QoS 0/1/2 both ways with exact topics and
// payloads, retained messages, the will message and the broker's Maximum Packet Size. Sessions, keep-alive, broker
// restarts and threads are in tst_clientsession.cpp.

#include "clienttestutil.h"
#include "common/translations.h"
#include "mosquittofixture.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ClientTest;
using Scheme = Mqtt::ConnectionOptions::Scheme;

Q_DECLARE_METATYPE(ProtocolVersion)

namespace {
const QString goodUser = u"alice"_s;
const QString goodPassword = u"correct horse battery"_s;
} // namespace

// Connects `client` and fails the test (with every sentence the client reported) unless it gets connected.
#define CONNECT_CLIENT(client, recorder)                                                                               \
    do {                                                                                                               \
        (client).connectToBroker();                                                                                    \
        QTRY_VERIFY2_WITH_TIMEOUT((client).isConnected(), qPrintable((recorder).allErrors()), 10000);                  \
    } while (false)

#define SUBSCRIBE(client, filter, qos)                                                                                 \
    do {                                                                                                               \
        const Mqtt::RequestHandle subscribed = (client).subscribe((filter), quint8(qos));                              \
        QTRY_VERIFY_WITH_TIMEOUT(subscribed.isFinished(), 5000);                                                       \
        QVERIFY2(subscribed.isSuccess(), qPrintable(subscribed.errorString()));                                        \
    } while (false)

class TestClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectsOverEveryTransport_data();
    void connectsOverEveryTransport();
    void refusesUntrustedServers_data();
    void refusesUntrustedServers();
    void credentials_data();
    void credentials();
    void qosBothWays_data();
    void qosBothWays();
    void retainedMessage_data();
    void retainedMessage();
    void willMessage_data();
    void willMessage();
    void maximumPacketSize();

private:
    void addVersionRows(const char *title);
    Mqtt::ClientOptions options(ProtocolVersion version, const QString &purpose, Scheme scheme = Scheme::Mqtt) const;

    MosquittoFixture m_broker;
};

void TestClient::initTestCase()
{
    QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); // "66 bytes"
    MosquittoFixture::Options options;
    options.tls = true;
    options.websocket = true;
    options.users = { { goodUser, goodPassword } };
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.errorString()));
}

void TestClient::cleanupTestCase()
{
    m_broker.stop();
}

void TestClient::addVersionRows(const char *title)
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addRow("MQTT 3.1.1 %s", title) << ProtocolVersion::V311;
    QTest::addRow("MQTT 5.0 %s", title) << ProtocolVersion::V5;
}

Mqtt::ClientOptions TestClient::options(ProtocolVersion version, const QString &purpose, Scheme scheme) const
{
    quint16 port = m_broker.port();
    if (scheme == Scheme::Mqtts)
        port = m_broker.tlsPort();
    else if (scheme == Scheme::Ws)
        port = m_broker.webSocketPort();
    Mqtt::ClientOptions options = localOptions(m_broker.host(), port, version, clientId(purpose));
    options.connection.scheme = scheme;
    if (scheme == Scheme::Mqtts)
        options.connection.tls.caCertificateFile = m_broker.caCertificateFile();
    return options;
}

// ---------------------------------------------------------------------------------------------------------------

void TestClient::connectsOverEveryTransport_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("transport");
    for (const ProtocolVersion version : { ProtocolVersion::V311, ProtocolVersion::V5 }) {
        for (const QString &transport : { u"mqtt"_s, u"mqtts"_s, u"mqtts client certificate"_s, u"ws"_s })
            QTest::addRow("%s %s", qPrintable(versionName(version)), qPrintable(transport)) << version << transport;
    }
}

void TestClient::connectsOverEveryTransport()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, transport);

    Mqtt::ClientOptions settings = options(version, u"c"_s,
        transport.startsWith(u"mqtts"_s) ? Scheme::Mqtts
            : transport == u"ws"_s       ? Scheme::Ws
                                         : Scheme::Mqtt);
    if (transport.contains(u"client certificate"_s)) {
        settings.connection.port = m_broker.tlsClientCertPort();
        settings.connection.tls.clientCertificateFile = m_broker.clientCertificateFile();
        settings.connection.tls.clientKeyFile = m_broker.clientKeyFile();
    }
    Client client;
    Recorder recorder(&client);
    client.setOptions(settings);
    CONNECT_CLIENT(client, recorder);
    QCOMPARE(recorder.connAcks.size(), 1);
    QCOMPARE(recorder.connAcks.first().reasonCode, quint8(0));
    QCOMPARE(recorder.connAcks.first().sessionPresent, false);
    QVERIFY(!client.isInsecure());

    // The connection carries traffic both ways: the client receives its own message.
    const QString topic = u"transport/"_s + clientId(u"t"_s);
    SUBSCRIBE(client, topic, 1);
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = "over " + transport.toUtf8();
    message.qos = 1;
    const Mqtt::RequestHandle published = client.publish(message);
    QTRY_COMPARE(recorder.messages.size(), 1);
    QTRY_VERIFY(published.isSuccess());
    QCOMPARE(recorder.messages.first().payload, message.payload);

    client.disconnectFromBroker();
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(recorder.disconnects, 1);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.allErrors()));
    QCOMPARE(recorder.states.last(), Client::State::Disconnected);
    QVERIFY(recorder.states.contains(Client::State::Disconnecting));
}

// ---------------------------------------------------------------------------------------------------------------

void TestClient::refusesUntrustedServers_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("wrongHost");
    QTest::addColumn<QStringList>("mentions");
    for (const ProtocolVersion version : { ProtocolVersion::V311, ProtocolVersion::V5 }) {
        const QByteArray name = versionName(version).toLatin1();
        QTest::addRow("%s server certificate from an untrusted CA", name.constData())
            << version << false << QStringList { u"not trusted"_s, u"'localhost'"_s };
        QTest::addRow("%s server certificate for another host", name.constData())
            << version << true << QStringList { u"'wrong-host.invalid'"_s, u"not for '127.0.0.1'"_s };
    }
}

void TestClient::refusesUntrustedServers()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, wrongHost);
    QFETCH(QStringList, mentions);

    Mqtt::ClientOptions settings = options(version, u"c"_s, Scheme::Mqtts);
    if (wrongHost)
        settings.connection.port = m_broker.tlsWrongHostPort();
    else
        settings.connection.tls.caCertificateFile = m_broker.otherCaCertificateFile();
    Client client;
    Recorder recorder(&client);
    client.setOptions(settings);
    client.connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Disconnected, 10000);
    QCOMPARE(recorder.connAcks.size(), 0);
    QCOMPARE(recorder.errors.size(), 1);
    const QString sentence = recorder.errors.first();
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(sentence.contains(mention), qPrintable(u"\"%1\" does not mention %2"_s.arg(sentence, mention)));
    QCOMPARE(client.lastError(), sentence);
    QCOMPARE(recorder.disconnects, 1);
}

// ---------------------------------------------------------------------------------------------------------------

void TestClient::credentials_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("refusal"); // CONNACK code, 0 = accepted
    QTest::addColumn<QString>("words");

    QTest::newRow("MQTT 3.1.1 right password") << ProtocolVersion::V311 << goodUser << goodPassword << 0 << QString();
    QTest::newRow("MQTT 5.0 right password") << ProtocolVersion::V5 << goodUser << goodPassword << 0 << QString();
    // mosquitto answers a wrong password with "not authorized" under 3.1.1 (5) and "not authorized" under 5.0 (0x87).
    QTest::newRow("MQTT 3.1.1 MQTT-3.2.2-6 wrong password")
        << ProtocolVersion::V311 << goodUser << u"wrong"_s << 5 << u"not authorized"_s;
    QTest::newRow("MQTT 5.0 wrong password")
        << ProtocolVersion::V5 << goodUser << u"wrong"_s << 0x87 << u"not authorized"_s;
    QTest::newRow("MQTT 3.1.1 unknown user")
        << ProtocolVersion::V311 << u"mallory"_s << u"mallory's guess"_s << 5 << u"not authorized"_s;
    QTest::newRow("MQTT 5.0 unknown user")
        << ProtocolVersion::V5 << u"mallory"_s << u"mallory's guess"_s << 0x87 << u"not authorized"_s;
    QTest::newRow("MQTT 5.0 anonymous on a password listener")
        << ProtocolVersion::V5 << QString() << QString() << 0x87 << u"not authorized"_s;
}

void TestClient::credentials()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, refusal);
    QFETCH(QString, words);

    Mqtt::ClientOptions settings = options(version, u"c"_s);
    settings.connection.port = m_broker.passwordPort();
    if (!user.isEmpty()) {
        settings.session.connect.userName = user;
        settings.session.connect.password = password.toUtf8();
    }
    settings.autoReconnect = true; // a refusal for bad credentials must not be retried
    settings.reconnectInitialDelayMs = 20;
    Client client;
    Recorder recorder(&client);
    client.setOptions(settings);
    client.connectToBroker();
    if (refusal == 0) {
        QTRY_VERIFY2_WITH_TIMEOUT(client.isConnected(), qPrintable(recorder.allErrors()), 10000);
        QVERIFY(recorder.refusals.isEmpty());
        client.disconnectFromBroker();
        QTRY_COMPARE(client.state(), Client::State::Disconnected);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(recorder.refusalCodes.size(), 1, 10000);
    QCOMPARE(int(recorder.refusalCodes.first()), refusal);
    const QString sentence = recorder.refusals.first();
    QVERIFY2(sentence.contains(words), qPrintable(sentence));
    // Every refused row with credentials has a password long enough that finding it in a sentence is no accident.
    QVERIFY(user.isEmpty() || password.size() >= 5);
    if (!password.isEmpty()) {
        QVERIFY2(!recorder.allErrors().contains(password), "the password must never appear in a sentence");
        QVERIFY2(!sentence.contains(password), "the password must never appear in a sentence");
    }
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
    QCOMPARE(recorder.errors, QStringList { sentence });
    QCOMPARE(recorder.connAcks.size(), 0);
    // Not retried although autoReconnect is on: the same credentials would be refused again.
    QVERIFY(!recorder.states.contains(Client::State::WaitingToReconnect));
    QCOMPARE(recorder.refusalCodes.size(), 1);
}

// ---------------------------------------------------------------------------------------------------------------

void TestClient::qosBothWays_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("qos");
    QTest::addColumn<QByteArray>("payload");

    QByteArray binary(300 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : binary)
        byte = char(generator.bounded(256));
    for (const ProtocolVersion version : { ProtocolVersion::V311, ProtocolVersion::V5 }) {
        for (int qos = 0; qos <= 2; ++qos) {
            const QByteArray name = versionName(version).toLatin1();
            QTest::addRow("%s QoS %d text", name.constData(), qos) << version << qos << QByteArray("21.5 °C");
            QTest::addRow("%s QoS %d empty payload", name.constData(), qos) << version << qos << QByteArray();
            QTest::addRow("%s QoS %d 300 KB binary", name.constData(), qos) << version << qos << binary;
        }
    }
}

void TestClient::qosBothWays()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, qos);
    QFETCH(QByteArray, payload);

    Client subscriber;
    Recorder received(&subscriber);
    subscriber.setOptions(options(version, u"sub"_s));
    CONNECT_CLIENT(subscriber, received);
    const QString base = u"qos/"_s + clientId(u"t"_s) + u"/ü/"_s;
    SUBSCRIBE(subscriber, base + u'#', qos);

    Client publisher;
    Recorder sent(&publisher);
    publisher.setOptions(options(version, u"pub"_s));
    CONNECT_CLIENT(publisher, sent);
    QList<Mqtt::RequestHandle> handles;
    for (int i = 0; i < 3; ++i) {
        Mqtt::Publish message;
        message.topic = base + QString::number(i);
        message.payload = payload;
        message.qos = quint8(qos);
        handles.append(publisher.publish(message));
    }
    QTRY_COMPARE_WITH_TIMEOUT(received.messages.size(), 3, 10000);
    for (const Mqtt::RequestHandle &handle : std::as_const(handles)) {
        QTRY_VERIFY(handle.isFinished());
        QVERIFY2(handle.isSuccess(), qPrintable(handle.errorString()));
    }
    for (int i = 0; i < 3; ++i) {
        const Mqtt::Publish &message = received.messages.at(i);
        QCOMPARE(message.topic, base + QString::number(i));
        QVERIFY(message.payload == payload); // QCOMPARE would print 300 KB
        QCOMPARE(int(message.qos), qos);
        QCOMPARE(message.retain, false);
        QCOMPARE(message.dup, false);
    }
    QCOMPARE(sent.publishes.size(), 3);
    QCOMPARE(publisher.session().inFlightCount(), 0);
    QTRY_COMPARE(subscriber.session().incomingQos2Count(), 0); // PUBREL may still be on its way
    QVERIFY2(received.errors.isEmpty() && sent.errors.isEmpty(), qPrintable(received.allErrors() + sent.allErrors()));
}

// ---------------------------------------------------------------------------------------------------------------

void TestClient::retainedMessage_data()
{
    addVersionRows("MQTT-3.3.1-6 retained message to a new subscriber");
}

void TestClient::retainedMessage()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = u"retained/"_s + clientId(u"t"_s);

    Client publisher;
    Recorder sent(&publisher);
    publisher.setOptions(options(version, u"pub"_s));
    CONNECT_CLIENT(publisher, sent);
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = "last known value";
    message.qos = 1;
    message.retain = true;
    const Mqtt::RequestHandle handle = publisher.publish(message);
    QTRY_VERIFY(handle.isSuccess());

    Client subscriber;
    Recorder received(&subscriber);
    subscriber.setOptions(options(version, u"sub"_s));
    CONNECT_CLIENT(subscriber, received);
    SUBSCRIBE(subscriber, topic, 1);
    QTRY_COMPARE(received.messages.size(), 1);
    QCOMPARE(received.messages.first().retain, true);
    QCOMPARE(received.messages.first().topic, topic);
    QCOMPARE(received.messages.first().payload, message.payload);

    // A live message on the same topic is not flagged as retained [MQTT-3.3.1-9]; an empty retained message
    // clears the stored one.
    message.payload.clear();
    const Mqtt::RequestHandle cleared = publisher.publish(message);
    QTRY_VERIFY(cleared.isSuccess());
    QTRY_COMPARE(received.messages.size(), 2);
    QCOMPARE(received.messages.last().retain, false);
    QCOMPARE(received.messages.last().payload, QByteArray());
}

// ---------------------------------------------------------------------------------------------------------------

void TestClient::willMessage_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("ending");
    QTest::addColumn<bool>("willExpected");
    for (const ProtocolVersion version : { ProtocolVersion::V311, ProtocolVersion::V5 }) {
        const QByteArray name = versionName(version).toLatin1();
        QTest::addRow("%s MQTT-3.1.2-8 connection dropped without DISCONNECT", name.constData())
            << version << u"abort"_s << true;
        QTest::addRow("%s MQTT-3.1.4-3 session taken over", name.constData()) << version << u"takeover"_s << true;
        QTest::addRow("%s MQTT-3.1.2-10 normal DISCONNECT discards the will", name.constData())
            << version << u"disconnect"_s << false;
    }
    QTest::newRow("MQTT 5.0 DISCONNECT 0x04 with will message") << ProtocolVersion::V5 << u"disconnect04"_s << true;
}

void TestClient::willMessage()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, ending);
    QFETCH(bool, willExpected);
    const bool v5 = version == ProtocolVersion::V5;
    const QString topic = u"will/"_s + clientId(u"t"_s);

    Client watcher;
    Recorder watched(&watcher);
    watcher.setOptions(options(version, u"watch"_s));
    CONNECT_CLIENT(watcher, watched);
    SUBSCRIBE(watcher, topic, 2);

    // Our CONNECT carries the will: topic, payload, QoS and (v5) will properties.
    Mqtt::ClientOptions settings = options(version, u"dying"_s);
    Mqtt::Will will;
    will.topic = topic;
    will.payload = QByteArray("client \x00 gone", 14);
    will.qos = 1;
    if (v5) {
        will.properties.contentType = u"text/plain"_s;
        will.properties.userProperties = { { u"reason"_s, u"test"_s } };
    }
    settings.session.connect.will = will;
    auto dying = std::make_unique<Client>();
    Recorder dyingRecorder(dying.get());
    dying->setOptions(settings);
    CONNECT_CLIENT(*dying, dyingRecorder);

    std::unique_ptr<Client> successor;
    if (ending == u"abort"_s) {
        dying.reset(); // the destructor drops the connection at once, as a crashed process would
    } else if (ending == u"takeover"_s) {
        successor = std::make_unique<Client>();
        Mqtt::ClientOptions same = options(version, u"dying"_s);
        successor->setOptions(same);
        successor->connectToBroker();
        QTRY_VERIFY_WITH_TIMEOUT(successor->isConnected(), 10000);
        QTRY_COMPARE(dying->state(), Client::State::Disconnected);
        // The old connection ends with one sentence (mosquitto 2.0.11 closes it without DISCONNECT 0x8E).
        QCOMPARE(dyingRecorder.errors.size(), 1);
        QVERIFY(dyingRecorder.serverDisconnectCodes.isEmpty()
            || dyingRecorder.serverDisconnectCodes == QList<quint8> { Mqtt::ReasonCode::SessionTakenOver });
    } else {
        Mqtt::Disconnect disconnect;
        if (ending == u"disconnect04"_s)
            disconnect.reasonCode = Mqtt::ReasonCode::DisconnectWithWillMessage;
        dying->disconnectFromBroker(disconnect);
        QTRY_COMPARE(dying->state(), Client::State::Disconnected);
        QVERIFY2(dyingRecorder.errors.isEmpty(), qPrintable(dyingRecorder.allErrors()));
    }

    if (!willExpected) {
        // Proof of absence: a message sent after the disconnect arrives first and alone.
        Mqtt::Publish marker;
        marker.topic = topic;
        marker.payload = "marker";
        marker.qos = 2;
        const Mqtt::RequestHandle published = watcher.publish(marker);
        QTRY_VERIFY(published.isSuccess());
        QTRY_COMPARE(watched.messages.size(), 1);
        QCOMPARE(watched.messages.first().payload, QByteArray("marker"));
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(watched.messages.size(), 1, 10000);
    const Mqtt::Publish &received = watched.messages.first();
    QCOMPARE(received.topic, topic);
    QCOMPARE(received.payload, will.payload);
    QCOMPARE(int(received.qos), 1);
    QCOMPARE(received.retain, false);
    if (v5) {
        QCOMPARE(received.properties.contentType, will.properties.contentType);
        QCOMPARE(received.properties.userProperties, will.properties.userProperties);
    }
}

void TestClient::maximumPacketSize()
{
    // mosquitto announces max_packet_size in its MQTT 5 CONNACK and disconnects a client that sends more
    // [MQTT-3.2.2-15]: a request that does not fit fails here with a sentence, and the connection stays up.
    MosquittoFixture broker;
    MosquittoFixture::Options brokerOptions;
    brokerOptions.extraConfig = "max_packet_size 64\n"; // the CONNECT has about 52
    QVERIFY2(broker.start(brokerOptions), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    client.setOptions(localOptions(broker.host(), broker.port(), ProtocolVersion::V5, clientId(u"c"_s)));
    CONNECT_CLIENT(client, recorder);
    QCOMPARE(client.session().serverMaximumPacketSize(), 64u);

    const QString longFilter = u"sensors/building-a/floor-3/room-12/+/temperature/celsius/+"_s; // 8 + 58 bytes
    const Mqtt::RequestHandle tooLarge = client.subscribe(longFilter, 1);
    QVERIFY(tooLarge.isFinished());
    QCOMPARE(tooLarge.errorString(),
        u"The subscribe request would need a packet of 66 bytes, but the broker accepts at most 64 bytes; subscribe "
        "to fewer or shorter topic filters at a time."_s);
    Mqtt::Publish message;
    message.topic = u"mps/"_s + QString::number(QRandomGenerator::global()->generate());
    message.payload = QByteArray(64, 'p');
    message.qos = 1;
    const Mqtt::RequestHandle tooLargeMessage = client.publish(message);
    QVERIFY(tooLargeMessage.isFinished() && !tooLargeMessage.isSuccess());
    QVERIFY2(tooLargeMessage.errorString().contains(u"the broker accepts at most 64 bytes"_s),
        qPrintable(tooLargeMessage.errorString()));

    // Still connected: what fits goes through and comes back.
    SUBSCRIBE(client, message.topic, 1);
    message.payload = "fits";
    const Mqtt::RequestHandle fits = client.publish(message);
    QTRY_VERIFY(fits.isFinished());
    QVERIFY2(fits.isSuccess(), qPrintable(fits.errorString()));
    QTRY_COMPARE(recorder.messages.size(), 1);
    QCOMPARE(recorder.messages.first().payload, "fits");
    QVERIFY(client.isConnected());
    QCOMPARE(recorder.disconnects, 0);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.allErrors()));
    client.disconnectFromBroker();
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
