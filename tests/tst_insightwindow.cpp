// SPDX-License-Identifier: MIT
// Broker insight in the real window (issue 12): the "Top topics" dock finds the topic flooding a real mosquitto first
// and reveals it in the tree; the "$SYS dashboard" against a real mosquitto with sys_interval 1 (and the sentence
// when there is no $SYS); the "Packet timeline" against a scripted broker that delays a PUBACK by 200 ms.
#include "clientwire.h"
#include "fakebroker.h"
#include "ingest/ingestpipeline.h"
#include "insight/packettimelinemodel.h"
#include "insight/packettimelinepanel.h"
#include "insight/sparkline.h"
#include "insight/sysdashboardpanel.h"
#include "insight/sysrawmodel.h"
#include "insight/toptopicsmodel.h"
#include "insight/toptopicspanel.h"
#include "mosquittofixture.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

class TestInsightWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void topTopicsFindsTheFloodFirst();
    void topTopicsRowsStayUnderTheCursor();
    void sysDashboardReadsMosquitto();
    void sysDashboardSaysHowToTurnItOn();
    void timelineShowsADelayedPubAckAsSlow();
    void timelineClosedTracesNothing();

private:
    ConnectionTab *tab() const { return m_window->currentTab(); }
    QDockWidget *showDock(const QString &name)
    {
        QDockWidget *dock = tab()->panelDock(name);
        if (dock)
            dock->show();
        return dock;
    }
    void connectTo(const QString &host, quint16 port, Mqtt::ProtocolChoice protocol = Mqtt::ProtocolChoice::V5)
    {
        Mqtt::ClientOptions options;
        options.connection.host = host;
        options.connection.port = port;
        options.setProtocol(protocol);
        m_window->connectToBroker(options, MainWindow::defaultSubscriptions());
    }
    std::unique_ptr<MainWindow> m_window;
};

void TestInsightWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestInsightWindow::cleanup()
{
    m_window.reset();
}

void TestInsightWindow::topTopicsFindsTheFloodFirst()
{
    MosquittoFixture broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    QVERIFY(showDock(u"topTopicsDock"_s));
    auto *panel = tab()->findChild<TopTopicsPanel *>();
    QVERIFY(panel);
    auto *view = tab()->findChild<QTableView *>(u"topTopicsView"_s);
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *model = qobject_cast<TopTopicsModel *>(view->model());
    QVERIFY(model);
    connectTo(broker.host(), broker.port());
    QTRY_COMPARE(m_window->connectionState(), Mqtt::Client::State::Connected);

    // A publisher: steady background on a few topics, and one topic flooding.
    Mqtt::Client publisher;
    Mqtt::ClientOptions options;
    options.connection.host = broker.host();
    options.connection.port = broker.port();
    publisher.setOptions(options);
    publisher.connectToBroker();
    QTRY_VERIFY(publisher.isConnected());
    int tick = 0;
    QTimer traffic;
    connect(&traffic, &QTimer::timeout, &publisher, [&] {
        ++tick;
        for (const QString &quiet : { u"plant/line1/temp"_s, u"plant/line2/temp"_s, u"office/door"_s })
            publisher.publish(Mqtt::Publish { quiet, QByteArray::number(tick), 0, false, false, 0, {} });
        for (int i = 0; i < 40; ++i)
            publisher.publish(Mqtt::Publish { u"plant/line2/flood"_s, QByteArray(32, 'x'), 0, false, false, 0, {} });
    });
    traffic.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 4, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->topicAt(0), u"plant/line2/flood"_s, 10000);
    QVERIFY(model->entries().first().messagesPerSecond > 5 * model->entries().last().messagesPerSecond);
    // By bytes and as subtrees at level 2: still the flood, then its subtree.
    auto *depth = panel->findChild<QSpinBox *>(u"topDepthSpin"_s);
    depth->setValue(2);
    QTRY_COMPARE(model->topicAt(0), u"plant/line2"_s);
    depth->setValue(0);
    QTRY_COMPARE(model->topicAt(0), u"plant/line2/flood"_s);
    traffic.stop();

    // A click on the row reveals the topic in the tree (the mouse is then over the table: rows stay put).
    const QRect cell = view->visualRect(model->index(0, TopTopicsModel::TopicColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(tab()->currentTopic(), u"plant/line2/flood"_s);
}

void TestInsightWindow::topTopicsRowsStayUnderTheCursor()
{
    TopTopicsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({ { 1, u"a"_s, 10, 100, 100, 1000 }, { 2, u"b"_s, 5, 50, 50, 500 } });
    QCOMPARE(model.topicAt(0), u"a"_s);
    model.setFrozen(true);
    // b overtakes a and c appears: while frozen, values change in place and no row moves or appears.
    model.setEntries({ { 3, u"c"_s, 30, 300, 300, 3000 }, { 2, u"b"_s, 20, 200, 200, 2000 } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.topicAt(0), u"a"_s);
    QCOMPARE(model.entries().at(0).messagesPerSecond, 0.0); // a left the ranking
    QCOMPARE(model.entries().at(1).messagesPerSecond, 20.0);
    model.setFrozen(false);
    model.setEntries({ { 3, u"c"_s, 30, 300, 300, 3000 }, { 2, u"b"_s, 20, 200, 200, 2000 } });
    QCOMPARE(model.topicAt(0), u"c"_s);
    QCOMPARE(model.rowCount(), 2);
}

void TestInsightWindow::sysDashboardReadsMosquitto()
{
    MosquittoFixture broker;
    MosquittoFixture::Options brokerOptions;
    brokerOptions.extraConfig = "sys_interval 1\n";
    QVERIFY2(broker.start(brokerOptions), qPrintable(broker.errorString()));
    QVERIFY(showDock(u"sysDock"_s));
    auto *panel = tab()->findChild<SysDashboardPanel *>();
    QVERIFY(panel);
    QAbstractItemModelTester tester(panel->rawModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    connectTo(broker.host(), broker.port());
    QTRY_COMPARE(m_window->connectionState(), Mqtt::Client::State::Connected);

    auto *version = panel->findChild<QLabel *>(u"sysValue_version"_s);
    auto *clients = panel->findChild<QLabel *>(u"sysValue_clientsConnected"_s);
    auto *uptime = panel->findChild<Sparkline *>(u"sysTrend_uptime"_s);
    auto *messagesIn = panel->findChild<QLabel *>(u"sysValue_messagesIn"_s);
    QVERIFY(version && clients && uptime && messagesIn);
    QTRY_VERIFY2_WITH_TIMEOUT(version->text().startsWith(u"mosquitto version"_s), qPrintable(version->text()), 10000);
    QCOMPARE(panel->dashboard().broker(), SysBroker::Mosquitto);
    QTRY_VERIFY2(clients->text().toInt() >= 1, qPrintable(clients->text()));
    // Trends grow with each second's update; the counters turn into rates after their second update.
    QTRY_VERIFY_WITH_TIMEOUT(uptime->values().size() >= 3, 10000);
    QVERIFY(uptime->values().last() > uptime->values().first());
    QTRY_VERIFY2_WITH_TIMEOUT(panel->dashboard().metric(SysMetric::MessagesInPerSecond).value.has_value(),
        qPrintable(messagesIn->text()), 10000);
    QVERIFY(panel->dashboard().metric(SysMetric::Subscriptions).value.value_or(0) >= 1);
    // mosquitto's other $SYS topics (load averages, heap, ...) are listed raw.
    QTRY_VERIFY(panel->rawModel()->rowCount() > 0);
    QVERIFY(!panel->findChild<QLabel *>(u"sysEmptyNote"_s)->isVisible());
}

void TestInsightWindow::sysDashboardSaysHowToTurnItOn()
{
    MosquittoFixture broker;
    MosquittoFixture::Options brokerOptions;
    brokerOptions.extraConfig = "sys_interval 0\n";
    QVERIFY2(broker.start(brokerOptions), qPrintable(broker.errorString()));
    QVERIFY(showDock(u"sysDock"_s));
    auto *panel = tab()->findChild<SysDashboardPanel *>();
    connectTo(broker.host(), broker.port());
    QTRY_COMPARE(m_window->connectionState(), Mqtt::Client::State::Connected);
    auto *note = panel->findChild<QLabel *>(u"sysEmptyNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"sys_interval"_s) && note->text().contains(u"mosquitto.conf"_s),
        qPrintable(note->text()));
    panel->refresh();
    QVERIFY(!panel->dashboard().hasSys());
    QVERIFY(note->isVisible());
}

void TestInsightWindow::timelineShowsADelayedPubAckAsSlow()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    QVERIFY(showDock(u"timelineDock"_s));
    auto *panel = tab()->findChild<PacketTimelinePanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isTracing());
    auto *view = panel->findChild<QTableView *>(u"timelineView"_s);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    PacketTimelineModel *model = panel->model();

    connectTo(broker.host(), broker.port());
    QVERIFY(broker.waitForClient());
    const auto connect = broker.waitForPacket();
    QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
    broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V5));
    const auto subscribe = broker.waitForPacket();
    QVERIFY(subscribe && std::holds_alternative<Mqtt::Subscribe>(*subscribe));
    Mqtt::SubAck subAck;
    subAck.packetId = std::get<Mqtt::Subscribe>(*subscribe).packetId;
    subAck.reasonCodes = { 0 };
    broker.sendPacket(subAck);
    QTRY_COMPARE(m_window->connectionState(), Mqtt::Client::State::Connected);

    // Two QoS 1 publishes: the first acknowledged at once, the second 200 ms late.
    const auto publishAndAck = [&](const QString &topic, int delayMs) {
        tab()->pipeline()->publish(Mqtt::Publish { topic, "x", 1, false, false, 0, {} });
        const auto packet = broker.waitForPacket();
        QVERIFY(packet && std::holds_alternative<Mqtt::Publish>(*packet));
        Mqtt::PublishAck ack;
        ack.packetId = std::get<Mqtt::Publish>(*packet).packetId;
        if (delayMs == 0) {
            broker.sendPacket(ack);
            return;
        }
        QTimer::singleShot(delayMs, &broker, [&broker, ack] { broker.sendPacket(ack); });
    };
    publishAndAck(u"fast/topic"_s, 0);
    publishAndAck(u"slow/topic"_s, 200);
    QTRY_VERIFY(model->timeline().pendingCount() == 0 && model->timeline().size() >= 7);

    // Filter "slow, over 100 ms": exactly the late handshake, PUBLISH and PUBACK, marked slow.
    panel->findChild<QSpinBox *>(u"timelineSlowSpin"_s)->setValue(100);
    panel->findChild<QCheckBox *>(u"timelineSlowCheck"_s)->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const PacketRecord *record = model->recordAt(row);
        QCOMPARE(record->packet.topic, u"slow/topic"_s);
        QVERIFY2(record->flowLatencyUs >= 195'000 && record->flowLatencyUs < 2'000'000,
            qPrintable(QString::number(record->flowLatencyUs)));
        QVERIFY(model->index(row, 0).data(PacketTimelineModel::SlowRole).toBool());
    }
    QCOMPARE(model->index(0, PacketTimelineModel::TypeColumn).data().toString(), u"PUBLISH"_s);
    QCOMPARE(model->index(1, PacketTimelineModel::TypeColumn).data().toString(), u"PUBACK"_s);
    QCOMPARE(model->index(1, PacketTimelineModel::ReasonColumn).data().toString(), u"success"_s);
    QVERIFY(model->index(1, PacketTimelineModel::LatencyColumn).data().toString().endsWith(u" ms"_s));
    // The histogram counts both acknowledgements, the late one in the 100 to 300 ms bucket.
    panel->findChild<QCheckBox *>(u"timelineSlowCheck"_s)->setChecked(false);
    const PacketTimeline::Histogram histogram = model->timeline().latencyHistogram();
    QCOMPARE(histogram[7], 1u);
    quint64 acks = 0;
    for (quint64 n : histogram)
        acks += n;
    QCOMPARE(acks, 3u); // the SUBACK too

    // Topic filter, then export of what is shown as JSON Lines.
    panel->findChild<QLineEdit *>(u"timelineTopicFilter"_s)->setText(u"SLOW/"_s);
    QCOMPARE(model->rowCount(), 2);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(panel->exportTo(dir.filePath(u"packets.jsonl"_s), &error), qPrintable(error));
    QFile file(dir.filePath(u"packets.jsonl"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject ack = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(ack.value(u"type"_s).toString(), u"PUBACK"_s);
    QCOMPARE(ack.value(u"direction"_s).toString(), u"in"_s);
    QVERIFY(ack.value(u"latency_ms"_s).toDouble() >= 195.0);
}

void TestInsightWindow::timelineClosedTracesNothing()
{
    FakeBroker broker;
    QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
    auto *panel = tab()->findChild<PacketTimelinePanel *>();
    QVERIFY(panel);
    QVERIFY(!panel->isTracing()); // the dock is closed by default
    connectTo(broker.host(), broker.port());
    QVERIFY(broker.waitForClient());
    QVERIFY(broker.waitForPacket());
    broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V5));
    QVERIFY(broker.waitForPacket()); // SUBSCRIBE
    panel->refresh();
    QCOMPARE(panel->model()->timeline().size(), 0);
    // Opened, it traces from then on; closed again, it stops.
    QVERIFY(showDock(u"timelineDock"_s));
    QTRY_VERIFY(panel->isTracing());
    tab()->pipeline()->publish(Mqtt::Publish { u"t"_s, "x", 0, false, false, 0, {} });
    QVERIFY(broker.waitForPacket());
    QTRY_COMPARE(panel->model()->timeline().size(), 1);
    tab()->panelDock(u"timelineDock"_s)->hide();
    QVERIFY(!panel->isTracing());
    tab()->pipeline()->publish(Mqtt::Publish { u"t"_s, "y", 0, false, false, 0, {} });
    QVERIFY(broker.waitForPacket());
    panel->refresh();
    QCOMPARE(panel->model()->timeline().size(), 1);
}

QTEST_MAIN(TestInsightWindow)
#include "tst_insightwindow.moc"
