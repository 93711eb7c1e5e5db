// SPDX-License-Identifier: MIT
// Mqtt::Client against a real mosquitto, for what spans time or connections: a persistent session resumed after
// the client was away, keep-alive pings over a silent connection, the broker stopped or killed and restarted in
// the middle of a QoS 1 / QoS 2 stream, a QoS 2 message the killed broker had acknowledged but never delivered,
// and a client living in a worker thread.

#include "clienttestutil.h"
#include "codec/mqttcodec.h"
#include "codec/mqttdebug.h"
#include "mosquittofixture.h"
#include "session/mqttsession.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ClientTest;

Q_DECLARE_METATYPE(ProtocolVersion)

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

namespace {
// A session the broker keeps: clean start off and, under MQTT 5, a Session Expiry Interval.
Mqtt::ClientOptions persistent(Mqtt::ClientOptions options)
{
    options.session.connect.cleanStart = false;
    if (options.session.connect.version == ProtocolVersion::V5)
        options.session.connect.properties.sessionExpiryInterval = 3600;
    return options;
}
} // namespace

class TestClientSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sessionResume_data();
    void sessionResume();
    void keepAlive_data();
    void keepAlive();
    void brokerRestart_data();
    void brokerRestart();
    void qos2AfterPubRecWhenBrokerLosesSession_data();
    void qos2AfterPubRecWhenBrokerLosesSession();
    void workerThread_data();
    void workerThread();
    void brokerShutdown_data();
    void brokerShutdown();
    void unsubscribe_data();
    void unsubscribe();

private:
    MosquittoFixture m_broker;
};

void TestClientSession::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
}

void TestClientSession::cleanupTestCase()
{
    m_broker.stop();
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientSession::sessionResume_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("qos");
    for (const ProtocolVersion version : { ProtocolVersion::V311, ProtocolVersion::V5 }) {
        for (int qos = 1; qos <= 2; ++qos)
            QTest::addRow("%s QoS %d MQTT-3.1.2-5 messages queued while offline", qPrintable(versionName(version)), qos)
                << version << qos;
    }
}

void TestClientSession::sessionResume()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, qos);
    const QString topic = u"resume/"_s + clientId(u"t"_s);

    Client subscriber;
    Recorder received(&subscriber);
    subscriber.setTrafficTracing(true);
    subscriber.setOptions(persistent(localOptions(m_broker.host(), m_broker.port(), version, clientId(u"sub"_s))));
    CONNECT_CLIENT(subscriber, received);
    SUBSCRIBE(subscriber, topic, qos);
    subscriber.disconnectFromBroker();
    QTRY_COMPARE(subscriber.state(), Client::State::Disconnected);

    Client publisher;
    Recorder sent(&publisher);
    publisher.setOptions(localOptions(m_broker.host(), m_broker.port(), version, clientId(u"pub"_s)));
    CONNECT_CLIENT(publisher, sent);
    QList<Mqtt::RequestHandle> handles;
    for (int i = 0; i < 5; ++i) {
        Mqtt::Publish message;
        message.topic = topic;
        message.payload = "offline " + QByteArray::number(i);
        message.qos = quint8(qos);
        handles.append(publisher.publish(message));
    }
    for (const Mqtt::RequestHandle &handle : std::as_const(handles)) {
        QTRY_VERIFY(handle.isFinished());
        QVERIFY2(handle.isSuccess(), qPrintable(handle.errorString()));
    }
    QCOMPARE(received.messages.size(), 0);

    CONNECT_CLIENT(subscriber, received);
    QCOMPARE(received.connAcks.size(), 2);
    QCOMPARE(received.connAcks.last().sessionPresent, true);
    QTRY_COMPARE(received.messages.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(received.messages.at(i).topic, topic);
        QCOMPARE(received.messages.at(i).payload, "offline " + QByteArray::number(i));
        QCOMPARE(int(received.messages.at(i).qos), qos);
    }
    // The broker kept the subscription: the client did not subscribe again.
    QCOMPARE(received.countSent(Mqtt::PacketType::Subscribe), 1);
    QVERIFY2(received.errors.isEmpty(), qPrintable(received.allErrors()));
    subscriber.disconnectFromBroker();
    QTRY_COMPARE(subscriber.state(), Client::State::Disconnected);
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientSession::keepAlive_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("MQTT 3.1.1 MQTT-3.1.2-23 PINGREQ within the keep alive") << ProtocolVersion::V311;
    QTest::newRow("MQTT 5.0 MQTT-3.1.2-23 PINGREQ within the keep alive") << ProtocolVersion::V5;
}

void TestClientSession::keepAlive()
{
    QFETCH(ProtocolVersion, version);
    Client client;
    Recorder recorder(&client);
    client.setTrafficTracing(true);
    Mqtt::ClientOptions options = localOptions(m_broker.host(), m_broker.port(), version, clientId(u"c"_s));
    options.session.connect.keepAliveSeconds = 1;
    client.setOptions(options);
    CONNECT_CLIENT(client, recorder);
    QCOMPARE(client.session().keepAliveSeconds(), quint16(1));

    // mosquitto drops a client that stays silent for 1.5 keep-alive periods; three pings take about 3 s.
    QTRY_VERIFY_WITH_TIMEOUT(recorder.countReceived(Mqtt::PacketType::PingResp) >= 3, 8000);
    QVERIFY(client.isConnected());
    QCOMPARE(recorder.disconnects, 0);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.allErrors()));
    // Nothing but CONNECT and pings went out, and nothing but CONNACK and PINGRESPs came back.
    const int pings = recorder.countSent(Mqtt::PacketType::PingReq);
    QVERIFY(pings >= 3);
    QCOMPARE(recorder.sent.size(), 1 + pings);
    QCOMPARE(recorder.received.size(), 1 + recorder.countReceived(Mqtt::PacketType::PingResp));
    client.disconnectFromBroker();
    QTRY_COMPARE(client.state(), Client::State::Disconnected);
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientSession::brokerRestart_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("qos");
    QTest::addColumn<bool>("graceful");
    // stop(): SIGTERM; mosquitto writes its database (sessions, subscriptions, queued and in-flight messages) on the
    // way out, so after the restart both clients resume their sessions and nothing may be lost.
    for (const ProtocolVersion version : { ProtocolVersion::V311, ProtocolVersion::V5 }) {
        for (int qos = 1; qos <= 2; ++qos)
            QTest::addRow("%s QoS %d broker stopped and restarted", qPrintable(versionName(version)), qos)
                << version << qos << true;
    }
    // kill(): SIGKILL without a saved database; the broker comes back empty. The clients must notice the lost
    // sessions, subscribe again and finish every request; what the dead broker held only in memory is gone. QoS 1
    // messages in flight are sent again; QoS 2 messages in flight fail, saying that their fate is unknown.
    QTest::newRow("MQTT 3.1.1 QoS 1 broker killed and restarted") << ProtocolVersion::V311 << 1 << false;
    QTest::newRow("MQTT 5.0 QoS 2 broker killed and restarted") << ProtocolVersion::V5 << 2 << false;
}

void TestClientSession::brokerRestart()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, qos);
    QFETCH(bool, graceful);
    constexpr int total = 400;
    constexpr int downAt = 150;

    MosquittoFixture broker;
    MosquittoFixture::Options brokerOptions;
    brokerOptions.persistence = true;
    QVERIFY2(broker.start(brokerOptions), qPrintable(broker.errorString()));
    const QString topic = u"stream/"_s + clientId(u"t"_s);
    const auto clientOptions = [&](const QString &purpose) {
        Mqtt::ClientOptions options
            = persistent(localOptions(broker.host(), broker.port(), version, clientId(purpose)));
        options.autoReconnect = true;
        options.reconnectInitialDelayMs = 20;
        options.reconnectMaximumDelayMs = 200;
        return options;
    };

    Client subscriber;
    Recorder received(&subscriber);
    subscriber.setOptions(clientOptions(u"sub"_s));
    CONNECT_CLIENT(subscriber, received);
    SUBSCRIBE(subscriber, topic, qos);

    Client publisher;
    Recorder sent(&publisher);
    publisher.setTrafficTracing(true);
    publisher.setOptions(clientOptions(u"pub"_s));
    CONNECT_CLIENT(publisher, sent);

    // How many numbers had been handed to publish() when the subscriber last (re)subscribed.
    QList<Mqtt::RequestHandle> handles;
    qsizetype publishedAtResubscribe = 0;
    connect(&subscriber, &Client::subscribeFinished, this,
        [&](Mqtt::Token, bool success, const QList<quint8> &, const QString &) {
            if (success)
                publishedAtResubscribe = handles.size();
        });

    QTimer pump;
    pump.setInterval(2);
    connect(&pump, &QTimer::timeout, this, [&] {
        for (int i = 0; i < 2 && handles.size() < total; ++i) {
            Mqtt::Publish message;
            message.topic = topic;
            message.payload = QByteArray::number(handles.size());
            message.qos = quint8(qos);
            handles.append(publisher.publish(message));
        }
        if (handles.size() >= total)
            pump.stop();
    });
    pump.start();

    QTRY_VERIFY_WITH_TIMEOUT(handles.size() >= downAt, 10000);
    if (graceful)
        broker.stop();
    else
        broker.kill();
    // The stream goes on while the broker is away: the publisher queues, both clients retry with back-off.
    QTRY_VERIFY_WITH_TIMEOUT(!publisher.isConnected() && !subscriber.isConnected(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(handles.size() >= downAt + 50, 10000);
    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));

    QTRY_COMPARE_WITH_TIMEOUT(handles.size(), total, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(publisher.session().inFlightCount() == 0 && publisher.session().queuedCount() == 0, 20000);
    QList<int> unknownFate;
    for (qsizetype i = 0; i < handles.size(); ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(handles.at(i).isFinished(), 10000);
        if (!graceful && qos == 2 && !handles.at(i).isSuccess()
            && handles.at(i).errorString().contains(u"did not keep the session, so it is unknown whether"_s)) {
            unknownFate.append(int(i));
            continue;
        }
        QVERIFY2(handles.at(i).isSuccess(), qPrintable(u"%1: %2"_s.arg(i).arg(handles.at(i).errorString())));
    }
    // Only what was in flight when the broker died: no more than its Receive Maximum (mosquitto: 20).
    QVERIFY2(unknownFate.size() <= 20, qPrintable(u"%1 messages failed"_s.arg(unknownFate.size())));
    QCOMPARE(sent.connAcks.size(), 2);
    QCOMPARE(received.connAcks.size(), 2);
    QCOMPARE(sent.connAcks.last().sessionPresent, graceful);
    QCOMPARE(received.connAcks.last().sessionPresent, graceful);

    // Which numbers must arrive: all of them after a graceful restart; after a kill, those published once the
    // subscriber had its subscription back (the restored subscription is the client's own doing).
    const qsizetype firstGuaranteed = graceful ? 0 : publishedAtResubscribe;
    QVERIFY2(firstGuaranteed < total - 50, "the subscriber came back too late for the test to prove anything");
    QVERIFY(unknownFate.isEmpty() || unknownFate.constLast() < firstGuaranteed);
    QVERIFY(graceful || received.subscribes.size() == 2);
    const auto countOf = [&](int number) {
        const QByteArray payload = QByteArray::number(number);
        return std::count_if(received.messages.cbegin(), received.messages.cend(),
            [&](const Mqtt::Publish &message) { return message.payload == payload; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int number = int(firstGuaranteed); number < total; ++number) {
                if (countOf(number) == 0)
                    return false;
            }
            return true;
        }(),
        20000);
    QSet<QByteArray> seen;
    for (const Mqtt::Publish &message : std::as_const(received.messages)) {
        const int number = message.payload.toInt();
        QVERIFY2(number >= 0 && number < total, message.payload.constData());
        QCOMPARE(message.topic, topic);
        if (qos == 2) // exactly once: no number twice [MQTT-4.3.3]
            QVERIFY2(!seen.contains(message.payload), qPrintable(u"%1 delivered twice"_s.arg(number)));
        seen.insert(message.payload);
    }
    if (graceful)
        QCOMPARE(seen.size(), total);
    publisher.disconnectFromBroker();
    subscriber.disconnectFromBroker();
    QTRY_VERIFY(publisher.state() == Client::State::Disconnected && subscriber.state() == Client::State::Disconnected);
    broker.stop();
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientSession::qos2AfterPubRecWhenBrokerLosesSession_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("MQTT 3.1.1 MQTT-3.2.2-5 QoS 2 after PUBREC, broker killed") << ProtocolVersion::V311;
    QTest::newRow("MQTT 5.0 MQTT-3.2.2-5 QoS 2 after PUBREC, broker killed") << ProtocolVersion::V5;
}

void TestClientSession::qos2AfterPubRecWhenBrokerLosesSession()
{
    // The broker dies right after its PUBREC, before our PUBREL reaches it, and comes back without the session.
    // mosquitto holds a QoS 2 message until PUBREL (4.3.3, method A), so this one was never delivered: the
    // publisher must not report it as delivered. A pure session on a plain socket lets the test stop there.
    QFETCH(ProtocolVersion, version);
    MosquittoFixture broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    const QString topic = u"fate/"_s + clientId(u"t"_s);

    Client subscriber;
    Recorder received(&subscriber);
    subscriber.setOptions(localOptions(broker.host(), broker.port(), version, clientId(u"sub"_s)));
    CONNECT_CLIENT(subscriber, received);
    SUBSCRIBE(subscriber, topic, 2);

    Mqtt::SessionConfig config;
    config.connect.version = version;
    config.connect.clientId = clientId(u"pub"_s);
    config.connect.cleanStart = false;
    if (version == ProtocolVersion::V5)
        config.connect.properties.sessionExpiryInterval = 3600;
    Mqtt::Session session(config);
    QElapsedTimer clock;
    clock.start();
    std::vector<Mqtt::SessionEvent> events;
    const auto collect = [&] {
        for (Mqtt::SessionEvent &event : session.takeEvents())
            events.push_back(std::move(event));
    };
    std::unique_ptr<QTcpSocket> socket;
    const auto open = [&] {
        socket = std::make_unique<QTcpSocket>();
        connect(socket.get(), &QTcpSocket::readyRead, this, [&] {
            session.receiveBytes(socket->readAll(), clock.elapsed());
            collect();
        });
        socket->connectToHost(broker.host(), broker.port());
        QTRY_COMPARE(socket->state(), QAbstractSocket::ConnectedState);
        session.connectionOpened(clock.elapsed());
        socket->write(session.takeOutgoing());
        QTRY_VERIFY(session.isConnected());
    };
    open();
    if (QTest::currentTestFailed())
        return;

    Mqtt::Publish message;
    message.topic = topic;
    message.payload = "held until PUBREL";
    message.qos = 2;
    const Mqtt::Token token = session.publish(message, clock.elapsed());
    socket->write(session.takeOutgoing());
    QTRY_VERIFY(session.hasOutgoing()); // the PUBREC arrived and the session answered PUBREL ...
    const Mqtt::DecodeResult pubRel = Mqtt::Decoder(Mqtt::Role::Server, version).decode(session.takeOutgoing());
    QCOMPARE(pubRel.status, Mqtt::DecodeResult::Status::Complete);
    QCOMPARE(Mqtt::packetType(pubRel.packet), Mqtt::PacketType::PubRel); // ... which the broker never gets
    // A QoS 0 marker behind it reaches the subscriber alone: the broker still holds the QoS 2 message.
    message.payload = "marker";
    message.qos = 0;
    session.publish(message, clock.elapsed());
    socket->write(session.takeOutgoing());
    collect();
    QTRY_COMPARE(received.messages.size(), 1);
    QCOMPARE(received.messages.first().payload, "marker");

    broker.kill();
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    session.connectionClosed();
    collect();
    QCOMPARE(events.back().type, Mqtt::SessionEvent::Type::PublishCompleted); // the marker, and nothing else
    QCOMPARE(events.size(), 2u); // Connected and the marker
    events.clear();
    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    open();
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(events.size(), 3u);
    QCOMPARE(events.at(0).type, Mqtt::SessionEvent::Type::Connected);
    QVERIFY(!events.at(0).connAck.sessionPresent);
    QCOMPARE(events.at(1).type, Mqtt::SessionEvent::Type::SubscriptionsLost);
    QCOMPARE(events.at(2).type, Mqtt::SessionEvent::Type::PublishFailed);
    QCOMPARE(events.at(2).token, token);
    QCOMPARE(events.at(2).text,
        u"The broker had received the QoS 2 message to \"%1\" but did not keep the session, so it is unknown "
        "whether the message was delivered; publish it again if it must arrive."_s.arg(topic));
    QCOMPARE(session.inFlightCount(), 0);
    QVERIFY(!session.hasOutgoing()); // neither the PUBLISH nor its PUBREL goes to the new session
    QCOMPARE(received.messages.size(), 1);
    socket->abort();
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientSession::workerThread_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("MQTT 3.1.1 client in a worker thread") << ProtocolVersion::V311;
    QTest::newRow("MQTT 5.0 client in a worker thread") << ProtocolVersion::V5;
}

void TestClientSession::workerThread()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = u"thread/"_s + clientId(u"t"_s);

    QThread thread;
    auto *client = new Client; // moved to the thread before its sockets and timers exist, deleted there
    client->moveToThread(&thread);
    connect(&thread, &QThread::finished, client, &QObject::deleteLater);
    Recorder recorder(client); // lives here: the client's signals arrive queued
    thread.start();
    const auto inWorker
        = [client](auto call) { QMetaObject::invokeMethod(client, call, Qt::BlockingQueuedConnection); };

    const Mqtt::ClientOptions options = localOptions(m_broker.host(), m_broker.port(), version, clientId(u"w"_s));
    QThread *workerThread = nullptr;
    inWorker([&] {
        workerThread = QThread::currentThread();
        client->setOptions(options);
        client->connectToBroker();
    });
    QCOMPARE(workerThread, &thread);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.connAcks.size(), 1, 10000);
    inWorker([&] { client->subscribe(topic, 1); });
    QTRY_COMPARE(recorder.subscribes.size(), 1);
    QVERIFY(recorder.subscribes.first().success);

    // Another client in this thread publishes to the worker's subscription; the worker publishes to itself.
    Client other;
    Recorder otherRecorder(&other);
    other.setOptions(localOptions(m_broker.host(), m_broker.port(), version, clientId(u"o"_s)));
    CONNECT_CLIENT(other, otherRecorder);
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = "from the main thread";
    message.qos = 1;
    other.publish(message);
    message.payload = "from the worker";
    message.qos = 2;
    inWorker([&] { client->publish(message); });
    QTRY_COMPARE(recorder.publishes.size(), 1);
    QVERIFY2(recorder.publishes.first().success, qPrintable(recorder.publishes.first().error));
    QTRY_COMPARE(recorder.messages.size(), 2);
    QStringList payloads;
    for (const Mqtt::Publish &received : std::as_const(recorder.messages))
        payloads.append(QString::fromUtf8(received.payload));
    payloads.sort();
    QCOMPARE(payloads, (QStringList { u"from the main thread"_s, u"from the worker"_s }));

    // Everything the client created lives in the worker thread.
    bool allInWorker = true;
    inWorker([&] {
        const auto children = client->findChildren<QObject *>();
        for (const QObject *child : children)
            allInWorker = allInWorker && child->thread() == &thread;
        client->disconnectFromBroker();
    });
    QVERIFY(allInWorker);
    QTRY_COMPARE(recorder.disconnects, 1);
    QVERIFY2(recorder.errors.isEmpty(), qPrintable(recorder.allErrors()));
    thread.quit();
    QVERIFY(thread.wait(5000));
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientSession::brokerShutdown_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("MQTT 3.1.1 broker shuts down") << ProtocolVersion::V311;
    QTest::newRow("MQTT 5.0 broker shuts down") << ProtocolVersion::V5;
}

void TestClientSession::brokerShutdown()
{
    QFETCH(ProtocolVersion, version);
    MosquittoFixture broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    Client client;
    Recorder recorder(&client);
    client.setOptions(localOptions(broker.host(), broker.port(), version, clientId(u"c"_s)));
    CONNECT_CLIENT(client, recorder);
    broker.stop();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Disconnected, 5000);
    QCOMPARE(recorder.disconnects, 1);
    // One sentence for one loss, naming the broker. (mosquitto 2.0.11 closes without DISCONNECT 0x8B, Server
    // shutting down; a broker that sends it is reported through serverDisconnected with the same single sentence.)
    QCOMPARE(recorder.errors.size(), 1);
    const QString sentence = recorder.errors.first();
    QVERIFY2(sentence.contains(broker.host() + u':' + QString::number(broker.port()))
            || !recorder.serverDisconnects.isEmpty(),
        qPrintable(sentence));
    QVERIFY(recorder.serverDisconnects.isEmpty() || recorder.serverDisconnects == recorder.errors);
}

// ---------------------------------------------------------------------------------------------------------------

void TestClientSession::unsubscribe_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("MQTT 3.1.1 MQTT-3.10.4-4 UNSUBACK, without reason codes") << ProtocolVersion::V311;
    QTest::newRow("MQTT 5.0 MQTT-3.11.3-1 a reason code per filter") << ProtocolVersion::V5;
}

// Client::unsubscribe() against a real broker: the UNSUBACK comes back through unsubscribeFinished() (under MQTT 5
// with "success" for the filter that was subscribed and "no subscription existed" (0x11) for one that was not),
// messages on the filter stop while the other subscription goes on, and after the broker lost the session the
// client subscribes again to the filters it still has, not to the one it left.
void TestClientSession::unsubscribe()
{
    QFETCH(ProtocolVersion, version);
    MosquittoFixture broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    const QString base = u"unsubscribe/"_s + clientId(u"t"_s);
    const QString dropped = base + u"/dropped/#"_s;
    const QString kept = base + u"/kept/#"_s;

    Client client;
    Recorder recorder(&client);
    Mqtt::ClientOptions options = localOptions(broker.host(), broker.port(), version, clientId(u"sub"_s));
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 200;
    options.reconnectMaximumDelayMs = 1000;
    client.setOptions(options);
    struct Finished {
        Mqtt::Token token;
        bool success;
        QList<quint8> reasonCodes;
        QString error;
    };
    QList<Finished> finished;
    connect(&client, &Client::unsubscribeFinished, this,
        [&finished](Mqtt::Token token, bool success, const QList<quint8> &codes, const QString &error) {
            finished.append({ token, success, codes, error });
        });
    CONNECT_CLIENT(client, recorder);
    SUBSCRIBE(client, dropped, 1);
    SUBSCRIBE(client, kept, 1);

    // Publishes QoS 1 to base/dropped/<name> and then base/kept/<name>, and waits for both PUBACKs.
    const auto publishBoth = [&](const QString &name, bool retain) {
        Client publisher;
        publisher.setOptions(localOptions(broker.host(), broker.port(), version, clientId(u"pub"_s)));
        publisher.connectToBroker();
        QList<Mqtt::RequestHandle> handles;
        for (const QString &level : { u"/dropped/"_s, u"/kept/"_s }) {
            Mqtt::Publish message;
            message.topic = base + level + name;
            message.payload = name.toUtf8();
            message.qos = 1;
            message.retain = retain;
            handles.append(publisher.publish(message));
        }
        const bool done
            = QTest::qWaitFor([&handles] { return handles.at(0).isFinished() && handles.at(1).isFinished(); }, 10000);
        publisher.disconnectFromBroker();
        return done && handles.at(0).isSuccess() && handles.at(1).isSuccess();
    };
    const auto topicsReceived = [&recorder] {
        QStringList topics;
        for (const Mqtt::Publish &message : std::as_const(recorder.messages))
            topics.append(message.topic);
        return topics;
    };

    QVERIFY(publishBoth(u"before"_s, false));
    QTRY_COMPARE(topicsReceived(), QStringList({ base + u"/dropped/before"_s, base + u"/kept/before"_s }));

    QStringList filters { dropped };
    if (version == ProtocolVersion::V5)
        filters.append(base + u"/never/#"_s);
    const Mqtt::RequestHandle handle = client.unsubscribe(filters);
    QTRY_VERIFY_WITH_TIMEOUT(handle.isFinished(), 5000);
    QVERIFY2(handle.isSuccess(), qPrintable(handle.errorString()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).token, handle.token());
    QVERIFY(finished.at(0).success);
    QCOMPARE(
        finished.at(0).reasonCodes, version == ProtocolVersion::V5 ? QList<quint8>({ 0x00, 0x11 }) : QList<quint8>());
    QCOMPARE(finished.at(0).error, QString());
    QVERIFY(recorder.errors.isEmpty());

    // mosquitto handles one client's packets in order: once the UNSUBACK is in, the dropped filter delivers
    // nothing, and the kept one (published last) shows that everything before it has arrived.
    recorder.messages.clear();
    QVERIFY(publishBoth(u"after"_s, false));
    QTRY_COMPARE(topicsReceived(), QStringList({ base + u"/kept/after"_s }));

    // The broker restarts without the session: the client subscribes again to what it still has. Retained messages
    // published now reach every subscription, made before or after: only the kept one may deliver.
    recorder.messages.clear();
    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.connAcks.size(), 2, 20000);
    QVERIFY(publishBoth(u"retained"_s, true));
    QTRY_VERIFY_WITH_TIMEOUT(topicsReceived().contains(base + u"/kept/retained"_s), 10000);
    QVERIFY(publishBoth(u"live"_s, false)); // anything for the dropped filter would have come before this
    QTRY_VERIFY(topicsReceived().contains(base + u"/kept/live"_s));
    for (const QString &topic : topicsReceived())
        QVERIFY2(!topic.contains(u"/dropped/"_s), qPrintable(topic));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestClientSession)
#include "tst_clientsession.moc"
