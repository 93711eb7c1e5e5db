// SPDX-License-Identifier: MIT
// The real window and a real mosquitto, for what a user sees of the connection over time: the Disconnect button on
// a live connection (a clean DISCONNECT, no reconnect, the tree kept), the broker going away and coming back (the
// sentence and countdown, the reconnect, the subscription made again), the status bar's figures of what the store
// dropped (history evicted for its budget, payloads truncated), and what --expand and --select ask the window to do
// (automatic expansion of the first levels, a topic selected when it arrives).

#include "clienttestutil.h"
#include "common/translations.h"
#include "mosquittofixture.h"
#include "window/mainwindow.h"
#include "windowtestutil.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WindowTest;

namespace {
// The topics of the expanded rows, as a user sees them open.
QSet<QString> expandedTopics(QTreeView *tree)
{
    QSet<QString> topics;
    QList<QModelIndex> pending { QModelIndex() };
    QAbstractItemModel *model = tree->model();
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (tree->isExpanded(index)) {
                topics.insert(index.data(TopicTreeModel::FullTopicRole).toString());
                pending.append(index);
            }
        }
    }
    return topics;
}
} // namespace

class TestWindowBroker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void disconnectButtonOnALiveConnection();
    void brokerGoesAwayAndComesBack();
    void statusBarCountsWhatWasDropped();
    void expandLevelsAsTopicsArrive_data();
    void expandLevelsAsTopicsArrive();
    void selectTopicWhenItArrives();

private:
    QString endpoint() const { return u"mqtt://%1:%2"_s.arg(m_broker.host()).arg(m_broker.port()); }
    bool publish(const QString &topic, const QByteArray &payload, bool retain = false);
    bool publishMany(const QString &topic, const QList<QByteArray> &payloads);
    QLabel *status() const { return labelOf(m_window.get(), u"connectionStatus"_s); }

    MosquittoFixture m_broker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestWindowBroker::initTestCase()
{
    QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); // "1 message", "4 oldest messages"
}

void TestWindowBroker::init()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(modelOf(m_window.get()) && pipelineOf(m_window.get()) && status());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        modelOf(m_window.get()), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestWindowBroker::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_broker.stop();
}

bool TestWindowBroker::publishMany(const QString &topic, const QList<QByteArray> &payloads)
{
    Mqtt::Client client;
    client.setOptions(ClientTest::localOptions(
        m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V311, ClientTest::clientId(u"publisher"_s)));
    client.connectToBroker();
    QList<Mqtt::RequestHandle> handles;
    for (const QByteArray &payload : payloads) {
        Mqtt::Publish message;
        message.topic = topic;
        message.payload = payload;
        message.qos = 1;
        handles.append(client.publish(message));
    }
    const bool done = QTest::qWaitFor(
        [&handles] {
            return std::all_of(
                handles.cbegin(), handles.cend(), [](const Mqtt::RequestHandle &h) { return h.isFinished(); });
        },
        10000);
    client.disconnectFromBroker();
    return done
        && std::all_of(handles.cbegin(), handles.cend(), [](const Mqtt::RequestHandle &h) { return h.isSuccess(); });
}

bool TestWindowBroker::publish(const QString &topic, const QByteArray &payload, bool retain)
{
    Mqtt::Client client;
    client.setOptions(ClientTest::localOptions(
        m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V311, ClientTest::clientId(u"publisher"_s)));
    client.connectToBroker();
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = payload;
    message.qos = 1;
    message.retain = retain;
    const Mqtt::RequestHandle handle = client.publish(message);
    const bool done = QTest::qWaitFor([&handle] { return handle.isFinished(); }, 10000);
    client.disconnectFromBroker();
    return done && handle.isSuccess();
}

// ---------------------------------------------------------------------------------------------------------------

void TestWindowBroker::disconnectButtonOnALiveConnection()
{
    QVERIFY(connectWithButton(m_window.get(), endpoint()));
    QTRY_COMPARE(status()->text(), u"Connected to "_s + endpoint());
    QVERIFY(publish(u"live/one"_s, "1"));
    QTRY_VERIFY(indexOf(m_window.get(), u"live/one"_s).isValid());
    auto *figures = labelOf(m_window.get(), u"ingestStatus"_s);
    QTRY_VERIFY2(figures->text().startsWith(u"1 message · "_s), qPrintable(figures->text()));
    // The window's client id, as the broker logged its connection (the helper clients are named differently).
    const QRegularExpression connected(u"New client connected from 127\\.0\\.0\\.1:\\d+ as (canopy-[0-9a-f]{8}) "_s);
    const QRegularExpressionMatch match = connected.match(m_broker.log());
    QVERIFY2(match.hasMatch(), qPrintable(m_broker.log().right(2000)));
    const QString clientId = match.captured(1);

    QSignalSpy reconnects(pipelineOf(m_window.get()), &IngestPipeline::reconnectScheduled);
    QPushButton *button = connectButtonOf(m_window.get());
    QCOMPARE(button->text(), u"Disconnect"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(button->text(), u"Connect"_s);
    QCOMPARE(status()->text(), u"Disconnected"_s);
    // A clean DISCONNECT reached the broker (a dropped socket logs "closed its connection" instead) ...
    QTRY_VERIFY2(m_broker.log().contains(u"Client %1 disconnected."_s.arg(clientId)), qPrintable(m_broker.log()));
    // ... and no reconnect was scheduled: that happens when the connection closes, which it has.
    QCOMPARE(reconnects.size(), 0);
    // What was received stays to be read.
    QVERIFY(indexOf(m_window.get(), u"live/one"_s).isValid());
    QVERIFY2(figures->text().startsWith(u"1 message · "_s), qPrintable(figures->text()));

    // Connect works again.
    QVERIFY(connectWithButton(m_window.get(), endpoint()));
    QTRY_COMPARE(status()->text(), u"Connected to "_s + endpoint());
    QVERIFY(publish(u"live/two"_s, "2"));
    QTRY_VERIFY(indexOf(m_window.get(), u"live/two"_s).isValid());
}

void TestWindowBroker::brokerGoesAwayAndComesBack()
{
    QVERIFY(connectWithButton(m_window.get(), endpoint()));
    QVERIFY(publish(u"before/kept"_s, "1", true));
    QTRY_VERIFY(indexOf(m_window.get(), u"before/kept"_s).isValid());

    m_broker.stop(); // mosquitto closes every connection
    const QRegularExpression countdown(
        u"^The broker at 127\\.0\\.0\\.1:%1 closed the connection\\. Reconnecting in (\\d+) seconds? \\(attempt 1\\)…$"_s
            .arg(m_broker.port()));
    QTRY_VERIFY2_WITH_TIMEOUT(countdown.match(status()->text()).hasMatch(), qPrintable(status()->text()), 10000);
    QCOMPARE(connectButtonOf(m_window.get())->text(), u"Disconnect"_s); // ends the waiting

    QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(status()->text(), u"Connected to "_s + endpoint(), 20000);
    // The tree was kept across the reconnect.
    QVERIFY(indexOf(m_window.get(), u"before/kept"_s).isValid());
    // Subscribed again (the broker started without the session): a retained message published now reaches the
    // window whether its subscription came before or after it; a live one follows.
    QVERIFY(publish(u"after/retained"_s, "2", true));
    QTRY_VERIFY_WITH_TIMEOUT(indexOf(m_window.get(), u"after/retained"_s).isValid(), 10000);
    QVERIFY(publish(u"after/live"_s, "3"));
    QTRY_VERIFY(indexOf(m_window.get(), u"after/live"_s).isValid());
}

// What the store leaves out is said in the status bar, in English counts. Every message costs its payload plus 17
// bytes of history (TopicHistory: a 13-byte entry header, 4 bytes in the global queue), so 83-byte payloads cost 100
// bytes each and a 900-byte budget keeps 9 of them. The last message of a topic is not history.
void TestWindowBroker::statusBarCountsWhatWasDropped()
{
    IngestPipeline *pipeline = pipelineOf(m_window.get());
    pipeline->setHistoryBudget(900);
    QVERIFY(connectWithButton(m_window.get(), endpoint()));
    auto *figures = labelOf(m_window.get(), u"ingestStatus"_s);
    auto *losses = labelOf(m_window.get(), u"lossStatus"_s);
    QVERIFY(figures && losses);
    QVERIFY(losses->isHidden());

    const auto payloads = [](int count, int size) {
        QList<QByteArray> list;
        for (int i = 0; i < count; ++i)
            list.append(QByteArray::number(i).leftJustified(size, '.'));
        return list;
    };
    // 11 messages: 10 in the history, 9 fit, 1 evicted.
    QVERIFY(publishMany(u"history/a"_s, payloads(11, 83)));
    QTRY_VERIFY2(figures->text().startsWith(u"11 messages · "_s), qPrintable(figures->text()));
    QTRY_COMPARE(losses->text(), u"History: 1 oldest message dropped to stay under 900 bytes"_s);
    QVERIFY(losses->isVisible());
    // 3 more: 4 evicted.
    QVERIFY(publishMany(u"history/a"_s, payloads(3, 83)));
    QTRY_COMPARE(losses->text(), u"History: 4 oldest messages dropped to stay under 900 bytes"_s);

    // Payloads over 50 bytes are cut to 50. The first of two goes into the history at 50 + 17 bytes: one more
    // 100-byte entry is evicted to make room.
    pipeline->setPayloadLimit(50);
    QVERIFY(publishMany(u"big/b"_s, payloads(2, 100)));
    QTRY_COMPARE(losses->text(),
        u"History: 5 oldest messages dropped to stay under 900 bytes · 2 payloads over 50 bytes truncated "
        "(their size is kept)"_s);

    // Clear forgets the figures with the messages, in the store too: the next message is the first.
    QTest::mouseClick(m_window->findChild<QToolButton *>(u"clearButton"_s), Qt::LeftButton);
    QVERIFY(losses->isHidden());
    QCOMPARE(figures->text(), u"0 messages · 0 msg/s · 0 topics"_s);
    QCOMPARE(modelOf(m_window.get())->rowCount(), 0);
    QVERIFY(publishMany(u"after/clear"_s, payloads(1, 10)));
    QTRY_VERIFY2(figures->text().startsWith(u"1 message · "_s) && figures->text().endsWith(u" · 1 topic"_s),
        qPrintable(figures->text()));
    QVERIFY(losses->isHidden());
    QCOMPARE(modelOf(m_window.get())->rowCount(), 1);
}

void TestWindowBroker::expandLevelsAsTopicsArrive_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<QStringList>("expanded");
    QTest::newRow("--expand 0: nothing opens") << 0 << QStringList();
    QTest::newRow("--expand 1: the first level") << 1 << QStringList({ u"a"_s, u"e"_s, u"g"_s });
    QTest::newRow("--expand 2: two levels")
        << 2 << QStringList({ u"a"_s, u"a/b"_s, u"a/x"_s, u"e"_s, u"g"_s, u"g/h"_s });
}

// canopy --expand N: the rows of the first N levels open as they appear (rows without children have nothing to
// open), including topics that arrive later.
void TestWindowBroker::expandLevelsAsTopicsArrive()
{
    QFETCH(int, levels);
    QFETCH(QStringList, expanded);
    m_window->setAutoExpandDepth(levels); // what main() does with --expand
    QVERIFY(connectWithButton(m_window.get(), endpoint()));
    QVERIFY(publish(u"a/b/c/d"_s, "1"));
    QVERIFY(publish(u"a/x/y"_s, "2"));
    QVERIFY(publish(u"e/f"_s, "3"));
    QTRY_COMPARE(modelOf(m_window.get())->rowCount(), 2); // a and e
    // Later, after the first ones were shown.
    QVERIFY(publish(u"g/h/i"_s, "4"));
    QTRY_COMPARE(modelOf(m_window.get())->rowCount(), 3);
    const QSet<QString> want(expanded.cbegin(), expanded.cend());
    QTRY_COMPARE(expandedTopics(treeOf(m_window.get())), want);
}

// canopy --select TOPIC: the topic is selected (and its row revealed, its message shown) as soon as it arrives,
// once; a selection the user makes afterwards stays.
void TestWindowBroker::selectTopicWhenItArrives()
{
    m_window->selectTopic(u"plant/pump/state"_s); // what main() does with --select
    QVERIFY(connectWithButton(m_window.get(), endpoint()));
    QVERIFY(publish(u"plant/valve"_s, "open"));
    QTRY_COMPARE(modelOf(m_window.get())->rowCount(), 1);
    QTreeView *tree = treeOf(m_window.get());
    QVERIFY(!tree->currentIndex().isValid());

    QVERIFY(publish(u"plant/pump/state"_s, "running"));
    QTRY_COMPARE(tree->currentIndex().data(TopicTreeModel::FullTopicRole).toString(), u"plant/pump/state"_s);
    QVERIFY(tree->isExpanded(indexOf(m_window.get(), u"plant"_s)));
    QVERIFY(tree->isExpanded(indexOf(m_window.get(), u"plant/pump"_s)));
    auto *shownTopic = m_window->findChild<QLineEdit *>(u"messageTopic"_s); // the inspector's message header
    QVERIFY(shownTopic);
    QTRY_COMPARE(shownTopic->text(), u"plant/pump/state"_s);

    // The user picks another topic; the selected topic's next message does not take the selection back.
    tree->setCurrentIndex(indexOf(m_window.get(), u"plant/valve"_s));
    QVERIFY(publish(u"plant/pump/state"_s, "stopped"));
    QVERIFY(publish(u"plant/valve"_s, "closed"));
    QTRY_COMPARE(
        indexOf(m_window.get(), u"plant/valve"_s).siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(),
        u"closed"_s);
    QCOMPARE(tree->currentIndex().data(TopicTreeModel::FullTopicRole).toString(), u"plant/valve"_s);
}

QTEST_MAIN(TestWindowBroker)
#include "tst_windowbroker.moc"
