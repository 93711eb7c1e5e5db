// SPDX-License-Identifier: MIT
// The explorer window's connection, as a user sees it in the status bar and the tree: connecting with the Connect
// button to a real MQTT 3.1.1-only broker (aedes) falls back to 3.1.1 and says so; under 3.1.1 a retained message
// deleted by another client loses its mark in the tree; a broker that accepts and drops at once shows a countdown
// with growing attempts ("Reconnecting in 3 seconds (attempt 1)…"), which "Retry now" and "Stop" end.

#include "aedesfixture.h"
#include "clientwire.h"
#include "common/translations.h"
#include "fakebroker.h"
#include "ingest/ingestpipeline.h"
#include "tree/topictreemodel.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMutexLocker>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestWindowConnection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); } // "5 seconds"
    void init();
    void cleanup();
    void fallsBackToV311AndTracksRetainedDeletion();
    void reconnectCountdown();

private:
    QLabel *status() const { return m_window->findChild<QLabel *>(u"connectionStatus"_s); }
    QModelIndex indexOf(const QString &topic) const;
    bool isMarkedRetained(const QString &topic) const;

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestWindowConnection::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(status());
}

void TestWindowConnection::cleanup()
{
    m_tester.reset();
    m_window.reset();
}

QModelIndex TestWindowConnection::indexOf(const QString &topic) const
{
    std::optional<NodeId> node;
    {
        QMutexLocker lock(&m_window->pipeline()->storeMutex());
        node = m_window->pipeline()->store().find(topic);
    }
    return node ? m_window->model()->indexForNode(*node) : QModelIndex();
}

bool TestWindowConnection::isMarkedRetained(const QString &topic) const
{
    const QModelIndex index = indexOf(topic);
    return index.isValid() && index.data(TopicTreeModel::RetainedRole).toBool();
}

namespace {
// Publishes as another client would (MQTT 3.1.1, QoS 1) and returns once aedes has the message.
bool publishFromAnotherClient(const AedesFixture &aedes, const QString &topic, const QByteArray &payload, bool retain)
{
    Mqtt::Client publisher;
    Mqtt::ClientOptions options;
    options.connection.host = aedes.host();
    options.connection.port = aedes.port();
    options.setProtocol(Mqtt::ProtocolChoice::V311);
    options.session.connect.clientId = u"canopy-test-publisher"_s;
    publisher.setOptions(options);
    publisher.connectToBroker();
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = payload;
    message.qos = 1;
    message.retain = retain;
    const Mqtt::RequestHandle handle = publisher.publish(message);
    if (!QTest::qWaitFor([&handle] { return handle.isFinished(); }, 10000) || !handle.isSuccess())
        return false;
    publisher.disconnectFromBroker();
    return QTest::qWaitFor([&publisher] { return publisher.state() == Mqtt::Client::State::Disconnected; }, 5000);
}
} // namespace

// ---------------------------------------------------------------------------------------------------------------

void TestWindowConnection::fallsBackToV311AndTracksRetainedDeletion()
{
    AedesFixture aedes;
    QVERIFY2(aedes.start(), qPrintable(aedes.errorString()));
    QVERIFY(publishFromAnotherClient(aedes, u"plant/pump/config"_s, "{\"rpm\": 1200}", true));
    QVERIFY(publishFromAnotherClient(aedes, u"plant/pump/state"_s, "on", true));

    // Connect the way a user does: the URL field and the Connect button (the GUI asks for MQTT 5, else 3.1.1).
    QSignalSpy subscribed(m_window->pipeline(), &IngestPipeline::subscribed);
    QSignalSpy fallback(m_window->pipeline(), &IngestPipeline::protocolFallback);
    const QString endpoint = u"mqtt://%1:%2"_s.arg(aedes.host()).arg(aedes.port());
    m_window->findChild<QLineEdit *>(u"brokerUrl"_s)->setText(endpoint);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 10000);
    QTRY_COMPARE(status()->text(), u"Connected to %1 (MQTT 3.1.1: the broker does not support MQTT 5)"_s.arg(endpoint));
    QCOMPARE(fallback.size(), 1);
    QCOMPARE(m_window->connectionState(), Mqtt::Client::State::Connected);

    // The retained messages aedes held arrive with the subscription (retain=1): both marked in the tree.
    QTRY_VERIFY_WITH_TIMEOUT(
        isMarkedRetained(u"plant/pump/config"_s) && isMarkedRetained(u"plant/pump/state"_s), 10000);

    // A live update (retain=0 under 3.1.1) leaves the mark: the broker still holds the retained message.
    QVERIFY(publishFromAnotherClient(aedes, u"plant/pump/state"_s, "off", false));
    QTRY_COMPARE_WITH_TIMEOUT(
        indexOf(u"plant/pump/state"_s).siblingAtColumn(TopicTreeModel::ValueColumn).data(Qt::DisplayRole).toString(),
        u"off"_s, 10000);
    QVERIFY(isMarkedRetained(u"plant/pump/state"_s));

    // Another client deletes the retained configuration: it arrives as an empty message with retain=0, and the
    // mark goes. The other topic keeps its mark.
    QVERIFY(publishFromAnotherClient(aedes, u"plant/pump/config"_s, QByteArray(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!isMarkedRetained(u"plant/pump/config"_s), 10000);
    QVERIFY(indexOf(u"plant/pump/config"_s).isValid());
    QVERIFY(isMarkedRetained(u"plant/pump/state"_s));
}

void TestWindowConnection::reconnectCountdown()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    Mqtt::ClientOptions options;
    options.connection.host = broker.host();
    options.connection.port = broker.port();
    options.setProtocol(Mqtt::ProtocolChoice::V5ElseV311);
    options.session.connect.clientId = u"canopy-countdown"_s;
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 6000; // 3 to 6 s, then 6 to 12 s: long enough to read, never reached
    options.reconnectMaximumDelayMs = 60000;
    m_window->connectToBroker(options, MainWindow::defaultSubscriptions());

    const auto acceptAndDrop = [&broker] {
        const auto connect = broker.waitForPacket();
        QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
        broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V5));
        QVERIFY(broker.waitForPacket()); // the SUBSCRIBE: the window is connected
        broker.dropClient();
    };
    QVERIFY(broker.waitForClient());
    acceptAndDrop();
    if (QTest::currentTestFailed())
        return;
    const QRegularExpression countdown(u"^The .*%1.*\\. Reconnecting in (\\d+) seconds? \\(attempt (\\d)\\)…$"_s.arg(
        QRegularExpression::escape(broker.host() + u':' + QString::number(broker.port()))));
    QRegularExpressionMatch match;
    QTRY_VERIFY2((match = countdown.match(status()->text())).hasMatch(), qPrintable(status()->text()));
    QCOMPARE(match.captured(2), u"1"_s);
    const int first = match.captured(1).toInt();
    QVERIFY2(first >= 3 && first <= 6, qPrintable(status()->text()));
    QCOMPARE(m_window->connectionState(), Mqtt::Client::State::WaitingToReconnect);
    // The seconds count down.
    QTRY_VERIFY2_WITH_TIMEOUT(
        (match = countdown.match(status()->text())).hasMatch() && match.captured(1).toInt() < first,
        qPrintable(status()->text()), 3000);

    // "Retry now": at once; dropped at once again, it counts as attempt 2 with a longer delay.
    m_window->pipeline()->reconnectNow();
    QVERIFY(broker.waitForConnectionCount(2, 3000));
    acceptAndDrop();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY2((match = countdown.match(status()->text())).hasMatch() && match.captured(2) == u"2"_s,
        qPrintable(status()->text()));
    QVERIFY2(match.captured(1).toInt() >= 6 && match.captured(1).toInt() <= 12, qPrintable(status()->text()));

    // "Stop": no more attempts; the status keeps why the connection was lost, without a countdown.
    m_window->pipeline()->stopReconnecting();
    QTRY_COMPARE(m_window->connectionState(), Mqtt::Client::State::Disconnected);
    QVERIFY2(status()->text().contains(broker.host() + u':' + QString::number(broker.port()))
            && !status()->text().contains(u"Reconnecting"_s),
        qPrintable(status()->text()));
    QCOMPARE(m_window->findChild<QPushButton *>(u"connectButton"_s)->text(), u"Connect"_s);
    QCOMPARE(broker.connectionCount(), 2);
}

QTEST_MAIN(TestWindowConnection)
#include "tst_windowconnection.moc"
