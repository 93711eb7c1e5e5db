// SPDX-License-Identifier: MIT
// The window with one tab per connection, against two real mosquitto brokers: each tab sees only its own broker's
// messages; the connection bar, Pause and Clear act on the current tab; closing a tab ends its connection with a
// DISCONNECT (mosquitto logs "Client <id> disconnected.", not "closed its connection"). And the skeleton the panels
// plug into: a dock added with addPanelDock() gets a window action that follows the current tab, layouts are saved
// and restored, the current topic is announced, "Reveal in tree" selects, and other views add context-menu entries.
#include "clienttestutil.h"
#include "common/translations.h"
#include "ingest/ingestpipeline.h"
#include "mosquittofixture.h"
#include "tree/topictreemodel.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMutexLocker>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
void whenPopup(std::function<void(QMenu *)> f, int attemptsLeft = 250)
{
    QTimer::singleShot(20, qApp, [f, attemptsLeft] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            f(menu);
            return;
        }
        if (attemptsLeft > 0)
            whenPopup(f, attemptsLeft - 1);
    });
}

QString urlOf(const MosquittoFixture &broker)
{
    return u"mqtt://%1:%2"_s.arg(broker.host()).arg(broker.port());
}
} // namespace

class TestConnectionTabs : public QObject {
    Q_OBJECT
private:
    MosquittoFixture m_brokerA;
    MosquittoFixture m_brokerB;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    static QModelIndex indexOf(ConnectionTab *tab, const QString &topic)
    {
        std::optional<NodeId> node;
        {
            QMutexLocker lock(&tab->pipeline()->storeMutex());
            node = tab->pipeline()->store().find(topic);
        }
        return node ? tab->model()->indexForNode(*node) : QModelIndex();
    }

    static bool hasTopic(ConnectionTab *tab, const QString &topic)
    {
        QMutexLocker lock(&tab->pipeline()->storeMutex());
        return tab->pipeline()->store().find(topic).has_value();
    }

    // Publishes as another client would (QoS 1) and returns once the broker has the message.
    static bool publish(const MosquittoFixture &broker, const QString &topic, const QByteArray &payload)
    {
        Mqtt::Client client;
        client.setOptions(ClientTest::localOptions(
            broker.host(), broker.port(), Mqtt::ProtocolVersion::V5, ClientTest::clientId(u"publisher"_s)));
        client.connectToBroker();
        Mqtt::Publish message;
        message.topic = topic;
        message.payload = payload;
        message.qos = 1;
        const Mqtt::RequestHandle handle = client.publish(message);
        if (!QTest::qWaitFor([&handle] { return handle.isFinished(); }, 10000) || !handle.isSuccess())
            return false;
        client.disconnectFromBroker();
        return QTest::qWaitFor([&client] { return client.state() == Mqtt::Client::State::Disconnected; }, 5000);
    }

    void watch(ConnectionTab *tab)
    {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    QLineEdit *urlField() const { return m_window->findChild<QLineEdit *>(u"brokerUrl"_s); }
    QPushButton *connectButton() const { return m_window->findChild<QPushButton *>(u"connectButton"_s); }
    QTabWidget *tabWidget() const { return m_window->findChild<QTabWidget *>(u"connectionTabs"_s); }

    // The second tab, opened with "+" and connected to broker B with a known client id (programmatically: the bar
    // gives random ids).
    ConnectionTab *openSecondTab(const QString &clientId)
    {
        auto *plus = m_window->findChild<QToolButton *>(u"newTabButton"_s);
        if (!plus)
            return nullptr;
        QTest::mouseClick(plus, Qt::LeftButton);
        if (tabWidget()->count() != 2 || m_window->currentTab() == m_window->tabs().constFirst())
            return nullptr;
        ConnectionTab *tab = m_window->currentTab();
        watch(tab);
        QSignalSpy subscribed(tab->pipeline(), &IngestPipeline::subscribed);
        tab->connectToBroker(
            ClientTest::localOptions(m_brokerB.host(), m_brokerB.port(), Mqtt::ProtocolVersion::V5, clientId),
            ConnectionTab::defaultSubscriptions());
        return subscribed.wait(10000) || subscribed.size() == 1 ? tab : nullptr;
    }

    // The first tab connected the way a user does: the URL field and the Connect button.
    ConnectionTab *connectFirstTab()
    {
        ConnectionTab *tab = m_window->currentTab();
        QSignalSpy subscribed(tab->pipeline(), &IngestPipeline::subscribed);
        urlField()->setText(urlOf(m_brokerA));
        QTest::mouseClick(connectButton(), Qt::LeftButton);
        return subscribed.wait(10000) || subscribed.size() == 1 ? tab : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
        QVERIFY2(m_brokerA.start(), qPrintable(m_brokerA.errorString()));
        QVERIFY2(m_brokerB.start(), qPrintable(m_brokerB.errorString()));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->tabs().size(), 1);
        watch(m_window->currentTab());
    }

    void cleanup()
    {
        m_testers.clear();
        m_window.reset();
    }

    void eachTabSeesOnlyItsBroker()
    {
        ConnectionTab *a = connectFirstTab();
        QVERIFY(a);
        const QString clientB = ClientTest::clientId(u"tab-b"_s);
        ConnectionTab *b = openSecondTab(clientB);
        QVERIFY(b);
        QVERIFY(a != b);
        QCOMPARE(m_window->currentTab(), b);
        // The tab says where it is connected, and how.
        QCOMPARE(tabWidget()->tabText(0), urlOf(m_brokerA));
        QCOMPARE(tabWidget()->tabText(1), urlOf(m_brokerB));
        QTRY_VERIFY2(tabWidget()->tabToolTip(1).endsWith(u"Connected"_s), qPrintable(tabWidget()->tabToolTip(1)));
        QVERIFY(!tabWidget()->tabIcon(1).isNull());
        QCOMPARE(m_window->windowTitle(), u"Canopy — "_s + urlOf(m_brokerB));

        QVERIFY(publish(m_brokerA, u"site-a/boiler/temperature"_s, "71.5"));
        QVERIFY(publish(m_brokerB, u"site-b/press/pressure"_s, "3.2"));
        QTRY_VERIFY(indexOf(a, u"site-a/boiler/temperature"_s).isValid());
        QTRY_VERIFY(indexOf(b, u"site-b/press/pressure"_s).isValid());
        QTRY_COMPARE(a->totalMessages(), quint64(1));
        QTRY_COMPARE(b->totalMessages(), quint64(1));
        QVERIFY(!hasTopic(a, u"site-b/press/pressure"_s));
        QVERIFY(!hasTopic(b, u"site-a/boiler/temperature"_s));
        QCOMPARE(a->model()->rowCount(), 1);
        QCOMPARE(a->model()->index(0, 0).data().toString(), u"site-a"_s);
        QCOMPARE(b->model()->rowCount(), 1);
        QCOMPARE(b->model()->index(0, 0).data().toString(), u"site-b"_s);
        // Each status bar counts its own connection.
        QCOMPARE(a->findChild<QLabel *>(u"connectionStatus"_s)->text(), u"Connected to "_s + urlOf(m_brokerA));
        QCOMPARE(b->findChild<QLabel *>(u"connectionStatus"_s)->text(), u"Connected to "_s + urlOf(m_brokerB));
        QTRY_VERIFY(b->findChild<QLabel *>(u"ingestStatus"_s)->text().startsWith(u"1 message · "_s));

        // The connection bar shows the current tab's broker and state.
        m_window->setCurrentTab(a);
        QCOMPARE(urlField()->text(), urlOf(m_brokerA));
        QCOMPARE(connectButton()->text(), u"Disconnect"_s);
        m_window->setCurrentTab(b);
        QCOMPARE(urlField()->text(), urlOf(m_brokerB));
        QCOMPARE(m_window->pipeline(), b->pipeline()); // the facade follows the current tab
    }

    void pauseAndClearActOnTheCurrentTab()
    {
        ConnectionTab *a = connectFirstTab();
        QVERIFY(a);
        ConnectionTab *b = openSecondTab(ClientTest::clientId(u"tab-b"_s));
        QVERIFY(b);
        QVERIFY(publish(m_brokerA, u"site-a/x"_s, "1"));
        QVERIFY(publish(m_brokerB, u"site-b/y"_s, "2"));
        QTRY_COMPARE(a->model()->rowCount(), 1);
        QTRY_COMPARE(b->model()->rowCount(), 1);
        QTRY_VERIFY(indexOf(b, u"site-b/y"_s).isValid()); // site-b's rows are in the model from now on
        auto *pause = m_window->findChild<QToolButton *>(u"pauseButton"_s);
        auto *clear = m_window->findChild<QToolButton *>(u"clearButton"_s);
        QVERIFY(pause && clear);

        // Pause pauses B only; A's button state comes back unchecked.
        QCOMPARE(m_window->currentTab(), b);
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(b->isPaused());
        QVERIFY(!a->isPaused());
        QVERIFY(b->findChild<QLabel *>(u"ingestStatus"_s)->text().startsWith(u"View paused · "_s));
        m_window->setCurrentTab(a);
        QVERIFY(!pause->isChecked());

        // Clear clears A only.
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(a->model()->rowCount(), 0);
        QCOMPARE(a->totalMessages(), quint64(0));
        QCOMPARE(b->model()->rowCount(), 1);
        QCOMPARE(b->totalMessages(), quint64(1));

        // Back on B: the button shows B paused, and the next click resumes B, not A.
        m_window->setCurrentTab(b);
        QVERIFY(pause->isChecked());
        QVERIFY(publish(m_brokerB, u"site-b/z"_s, "3"));
        QTRY_COMPARE(b->totalMessages(), quint64(2));
        QCOMPARE(b->model()->rowCount(indexOf(b, u"site-b"_s)), 1); // still the picture taken when paused
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!b->isPaused());
        QVERIFY(!a->isPaused());
        QTRY_COMPARE(b->model()->rowCount(indexOf(b, u"site-b"_s)), 2);
        QCOMPARE(a->model()->rowCount(), 0);
    }

    // Closing a tab ends its connection cleanly, whichever way: the tab's close button, and File › Close Tab on the
    // last tab (which leaves an empty tab).
    void closingATabDisconnectsCleanly()
    {
        ConnectionTab *a = connectFirstTab();
        QVERIFY(a);
        const QString clientB = ClientTest::clientId(u"tab-b"_s);
        QPointer<ConnectionTab> b = openSecondTab(clientB);
        QVERIFY(b);
        QTRY_VERIFY(m_brokerB.log().contains(u"as "_s + clientB));

        QWidget *closeButton = tabWidget()->tabBar()->tabButton(1, QTabBar::RightSide);
        QVERIFY(closeButton);
        QTest::mouseClick(closeButton, Qt::LeftButton);
        QCOMPARE(tabWidget()->count(), 1);
        QCOMPARE(m_window->currentTab(), a);
        QTRY_VERIFY(b.isNull());
        QTRY_VERIFY2(m_brokerB.log().contains(u"Client "_s + clientB + u" disconnected."_s),
            qPrintable(m_brokerB.log().right(2000)));
        QVERIFY2(!m_brokerB.log().contains(clientB + u" closed its connection"_s), qPrintable(m_brokerB.log()));
        QCOMPARE(urlField()->text(), urlOf(m_brokerA)); // the bar shows the tab that remains

        // The last tab: its client id came from the bar.
        const QRegularExpression connected(u"New client connected from \\S+ as (canopy-[0-9a-f]{8}) "_s);
        QString clientA; // the latest: earlier tests connected through the bar too
        for (auto it = connected.globalMatch(m_brokerA.log()); it.hasNext();)
            clientA = it.next().captured(1);
        QVERIFY2(!clientA.isEmpty(), qPrintable(m_brokerA.log()));
        QPointer<ConnectionTab> last = a;
        m_window->findChild<QAction *>(u"closeTabAction"_s)->trigger();
        QCOMPARE(tabWidget()->count(), 1);
        QVERIFY(m_window->currentTab() != a);
        QCOMPARE(m_window->connectionState(), Mqtt::Client::State::Disconnected);
        QCOMPARE(tabWidget()->tabText(0), u"New connection"_s);
        QVERIFY(urlField()->text().isEmpty());
        QTRY_VERIFY(last.isNull());
        QTRY_VERIFY2(m_brokerA.log().contains(u"Client "_s + clientA + u" disconnected."_s),
            qPrintable(m_brokerA.log().right(2000)));
        QVERIFY(!m_brokerA.log().contains(clientA + u" closed its connection"_s));
    }

    // What a user typed into the bar for one tab (with the credentials of --url) comes back with that tab.
    void connectionBarKeepsEachTabsEntry()
    {
        m_window->setBrokerUrl(QUrl(u"mqtt://alice:s3cret@broker-one.example:1883"_s));
        ConnectionTab *first = m_window->currentTab();
        m_window->newTab();
        QVERIFY(urlField()->text().isEmpty());
        urlField()->setText(u"broker-two.example:1884"_s);
        m_window->setCurrentTab(first);
        QCOMPARE(urlField()->text(), u"mqtt://broker-one.example:1883"_s);
        QCOMPARE(m_window->brokerUrl().host(), u"broker-one.example"_s);
        m_window->setCurrentTab(m_window->tabs().at(1));
        QCOMPARE(urlField()->text(), u"broker-two.example:1884"_s);
        m_window->setCurrentTab(first);
        // The credentials came back too, for connecting; never on screen.
        QVERIFY(!urlField()->text().contains(u"s3cret"_s));
        auto *bar = m_window->findChild<ConnectionBar *>(u"connectionBar"_s);
        QVERIFY(bar);
        QString error;
        const auto options = bar->clientOptions(&error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->session.connect.userName, std::optional<QString>(u"alice"_s));
        QCOMPARE(options->session.connect.password, std::optional<QByteArray>("s3cret"));
        m_window->setCurrentTab(m_window->tabs().at(1));
        QVERIFY(!bar->clientOptions(&error)->session.connect.userName);
    }

    void panelDocksFollowTheCurrentTab()
    {
        ConnectionTab *a = m_window->currentTab();
        auto *panelA = new QLabel(u"panel of A"_s);
        QDockWidget *dockA
            = a->addPanelDock(u"testDock"_s, u"Test panel"_s, panelA, Qt::RightDockWidgetArea, /*visible*/ false);
        QCOMPARE(dockA->objectName(), u"testDock"_s);
        QCOMPARE(a->panelDock(u"testDock"_s), dockA);
        QVERIFY(dockA->isHidden());
        QAction *action = m_window->panelAction(u"testDock"_s);
        QVERIFY(action);
        QCOMPARE(action->objectName(), u"testDockAction"_s);
        QVERIFY(m_window->viewMenu()->actions().contains(action));
        QVERIFY(m_window->viewToolBar()->actions().contains(action));
        QVERIFY(action->isEnabled());
        QVERIFY(!action->isChecked());

        // A tab without that panel: the action cannot act there.
        ConnectionTab *b = m_window->newTab();
        QVERIFY(!action->isEnabled());
        QDockWidget *dockB
            = b->addPanelDock(u"testDock"_s, u"Test panel"_s, new QLabel, Qt::BottomDockWidgetArea, true);
        QCOMPARE(m_window->panelAction(u"testDock"_s), action); // one action for the docks of that name
        QVERIFY(action->isEnabled());
        QVERIFY(action->isChecked());
        QTRY_VERIFY(dockB->isVisible());

        // The action shows and hides the current tab's dock only.
        m_window->setCurrentTab(a);
        QVERIFY(!action->isChecked());
        action->trigger();
        QVERIFY(dockA->isVisible());
        QVERIFY(!dockB->isHidden());
        action->trigger();
        QVERIFY(dockA->isHidden());
        QVERIFY(!dockB->isHidden());
        // The dock's own toggle (its title bar's close button, the tab's context menu) moves the window's action.
        dockA->toggleViewAction()->trigger();
        QVERIFY(action->isChecked());

        // The layout comes back: dock visibility and the splitter.
        const QByteArray layout = a->saveLayout();
        dockA->hide();
        QVERIFY(!action->isChecked());
        QVERIFY(a->restoreLayout(layout));
        QVERIFY(!dockA->isHidden());
        QVERIFY(!a->restoreLayout("not a layout"));

        // Closing the tab takes its docks and panels with it.
        QPointer<QLabel> panel = panelA;
        m_window->closeTab(a);
        QTRY_VERIFY(panel.isNull());
        QVERIFY(action->isEnabled()); // B's dock remains
    }

    void selectionDrivesTheInspectorAndOtherViews()
    {
        ConnectionTab *a = connectFirstTab();
        QVERIFY(a);
        QVERIFY(publish(m_brokerA, u"plant/line1/speed"_s, "42"));
        QVERIFY(publish(m_brokerA, u"plant/line2/speed"_s, "17"));
        QTRY_VERIFY(indexOf(a, u"plant/line2/speed"_s).isValid());
        QSignalSpy current(a, &ConnectionTab::currentTopicChanged);

        // "Reveal in tree" selects, scrolls and fills the inspector.
        QVERIFY(a->revealTopic(u"plant/line2/speed"_s));
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.last().at(0).toString(), u"plant/line2/speed"_s);
        QCOMPARE(a->currentTopic(), u"plant/line2/speed"_s);
        QCOMPARE(a->topicTree()->currentIndex(), indexOf(a, u"plant/line2/speed"_s));
        auto *inspectorTopic = a->findChild<QLineEdit *>(u"messageTopic"_s);
        QVERIFY(inspectorTopic);
        QTRY_COMPARE(inspectorTopic->text(), u"plant/line2/speed"_s);

        // Clicking another row announces it.
        a->topicTree()->setCurrentIndex(indexOf(a, u"plant/line1"_s));
        QCOMPARE(current.last().at(0).toString(), u"plant/line1"_s);

        // A filter that hides the topic: reveal says what to do instead of failing silently.
        auto *filter = a->findChild<QLineEdit *>(u"topicFilter"_s);
        QVERIFY(filter);
        filter->setText(u"line1"_s);
        QTRY_VERIFY(!indexOf(a, u"plant/line2/speed"_s).isValid());
        QVERIFY(!a->revealTopic(u"plant/line2/speed"_s));
        const QString note = a->findChild<QLabel *>(u"connectionStatus"_s)->text();
        QVERIFY2(note.contains(u"hidden by the filter"_s), qPrintable(note));
        QVERIFY(!a->revealTopic(u"never/sent"_s));

        // Clear forgets the selection, and says so.
        filter->clear();
        QTRY_VERIFY(indexOf(a, u"plant/line2/speed"_s).isValid());
        QVERIFY(a->revealTopic(u"plant/line2/speed"_s));
        a->clear();
        QCOMPARE(current.last().at(0).toString(), QString());
        QCOMPARE(a->currentTopic(), QString());

        // Another view's entry in the tree's context menu acts on the row the menu was opened on.
        QVERIFY(publish(m_brokerA, u"plant/line3/speed"_s, "5"));
        QTRY_VERIFY(indexOf(a, u"plant/line3/speed"_s).isValid());
        auto *chart = new QAction(u"Add to chart"_s, a);
        chart->setObjectName(u"addToChartAction"_s);
        QString charted;
        connect(chart, &QAction::triggered, a, [&charted, a] { charted = a->currentTopic(); });
        a->addTopicMenuAction(chart);
        const QModelIndex leaf = indexOf(a, u"plant/line3/speed"_s);
        a->topicTree()->scrollTo(leaf);
        const QRect rect = a->topicTree()->visualRect(leaf);
        bool shown = false;
        whenPopup([&](QMenu *menu) {
            shown = menu->actions().contains(chart);
            menu->setActiveAction(chart);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QContextMenuEvent event(
            QContextMenuEvent::Mouse, rect.center(), a->topicTree()->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(a->topicTree()->viewport(), &event);
        QVERIFY(shown);
        QCOMPARE(charted, u"plant/line3/speed"_s);
    }

    void menusHaveOnlyWorkingActions()
    {
        // The connection menu follows the current tab's state.
        auto *connectAction = m_window->findChild<QAction *>(u"connectAction"_s);
        auto *disconnectAction = m_window->findChild<QAction *>(u"disconnectAction"_s);
        auto *reconnectNow = m_window->findChild<QAction *>(u"reconnectNowAction"_s);
        QVERIFY(connectAction && disconnectAction && reconnectNow);
        QVERIFY(connectAction->isEnabled());
        QVERIFY(!disconnectAction->isEnabled());
        QVERIFY(!reconnectNow->isEnabled());
        urlField()->setText(urlOf(m_brokerA));
        connectAction->trigger();
        QTRY_COMPARE(m_window->connectionState(), Mqtt::Client::State::Connected);
        QVERIFY(!connectAction->isEnabled());
        QVERIFY(disconnectAction->isEnabled());
        disconnectAction->trigger();
        QTRY_COMPARE(m_window->connectionState(), Mqtt::Client::State::Disconnected);
        QTRY_VERIFY(tabWidget()->tabToolTip(0).endsWith(u"Disconnected"_s));

        // No Tools menu until a tool asks for it; then before Help.
        const auto titles = [this] {
            QStringList list;
            for (QAction *action : m_window->menuBar()->actions())
                list << action->text();
            return list;
        };
        QCOMPARE(titles(), QStringList({ u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Connection"_s, u"&Help"_s }));
        QMenu *tools = m_window->toolsMenu();
        QCOMPARE(m_window->toolsMenu(), tools);
        QCOMPARE(
            titles(), QStringList({ u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Connection"_s, u"&Tools"_s, u"&Help"_s }));

        // Edit › Filter puts the cursor in the current tab's filter.
        m_window->newTab();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->findChild<QAction *>(u"filterAction"_s)->trigger();
        QTRY_COMPARE(QApplication::focusWidget(), m_window->currentTab()->findChild<QLineEdit *>(u"topicFilter"_s));
    }
};

QTEST_MAIN(TestConnectionTabs)
#include "tst_connectiontabs.moc"
