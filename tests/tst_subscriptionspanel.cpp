// SPDX-License-Identifier: MIT
// A tab's connection controls with real widgets: the Subscriptions panel against a real mosquitto (each row shows the
// broker's answer in words, "$SYS/#" is one click, removing unsubscribes, an invalid filter is refused with its rule,
// the MQTT 5 options reach the broker) and a scripted broker for the answers mosquitto 2.0 never gives (it grants
// every subscription and applies its ACL on delivery): a refusal with its code, a lower QoS than asked. "Retry now"
// and "Stop" beside a reconnect countdown (scripted broker); closing a tab with unconfirmed QoS 1/2 asks first.
#include "clienttestutil.h"
#include "clientwire.h"
#include "common/translations.h"
#include "connections/connectionstatus.h"
#include "connections/subscriptionsmodel.h"
#include "connections/subscriptionspanel.h"
#include "fakebroker.h"
#include "ingest/ingestpipeline.h"
#include "mosquittofixture.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutexLocker>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
bool publish(const MosquittoFixture &broker, const QString &topic, const QByteArray &payload)
{
    Mqtt::Client client;
    client.setOptions(
        ClientTest::localOptions(broker.host(), broker.port(), Mqtt::ProtocolVersion::V5, u"canopy-test-pub"_s));
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
} // namespace

class TestSubscriptionsPanel : public QObject {
    Q_OBJECT
private:
    MosquittoFixture m_broker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    SubscriptionsPanel *panel() const { return m_window->currentTab()->findChild<SubscriptionsPanel *>(); }
    SubscriptionsModel *model() const { return panel()->model(); }
    QString answer(const QString &filter) const { return model()->answerText(model()->rowOf(filter)); }

    static void click(QWidget *root, const QString &name)
    {
        auto *button = root->findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QWidget *openDialog(const QString &buttonName)
    {
        click(panel(), buttonName);
        QWidget *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (dialog = panel()->findChild<QWidget *>(u"subscriptionDialog"_s)) && dialog->isVisible(); },
            5000);
        return shown ? dialog : nullptr;
    }

    // Connects the current tab to the broker (MQTT 5) with these subscriptions, and opens the panel's dock.
    void connectTab(const QString &clientId)
    {
        Mqtt::ClientOptions options
            = ClientTest::localOptions(m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V5, clientId);
        m_window->connectToBroker(options, MainWindow::defaultSubscriptions());
        QAction *toggle = m_window->panelAction(u"subscriptionsDock"_s);
        QVERIFY(toggle);
        toggle->trigger();
        QVERIFY(m_window->currentTab()->panelDock(u"subscriptionsDock"_s)->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
    }

    void eachFilterShowsTheBrokersAnswer()
    {
        QCOMPARE(model()->rowCount(), 0);
        connectTab(u"canopy-panel-answers"_s);
        // The connection's own subscription, as the broker granted it.
        QTRY_COMPARE_WITH_TIMEOUT(answer(u"#"_s), u"granted QoS 0"_s, 10000);
        QCOMPARE(model()->index(0, SubscriptionsModel::OptionsColumn).data().toString(), u"retain as published"_s);

        // $SYS/# in one click, and off again (unsubscribed).
        auto *sys = panel()->findChild<QToolButton *>(u"sysSubscriptionToggle"_s);
        QVERIFY(!sys->isChecked());
        QTest::mouseClick(sys, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answer(u"$SYS/#"_s), u"granted QoS 0"_s, 10000);
        QVERIFY(sys->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentTab()->totalMessages() > 0, 15000); // $SYS messages arrive

        QTest::mouseClick(sys, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOf(u"$SYS/#"_s), -1, 10000);
        QVERIFY(!sys->isChecked());
    }

    void refusalsAndDowngradesInWords()
    {
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        m_window->connectToBroker(ClientTest::localOptions(broker.host(), broker.port(), Mqtt::ProtocolVersion::V5,
                                      u"canopy-panel-refusals"_s),
            MainWindow::defaultSubscriptions());
        QVERIFY(broker.waitForClient());
        QVERIFY(broker.waitForPacket()); // CONNECT
        broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V5));
        const auto answer = [&broker](quint8 code) {
            const auto subscribe = broker.waitForPacket();
            QVERIFY2(
                subscribe && std::holds_alternative<Mqtt::Subscribe>(*subscribe), qPrintable(broker.decodeError()));
            Mqtt::SubAck ack;
            ack.packetId = std::get<Mqtt::Subscribe>(*subscribe).packetId;
            ack.reasonCodes = { code };
            broker.sendPacket(ack);
        };
        answer(0x00);
        QTRY_COMPARE(this->answer(u"#"_s), u"granted QoS 0"_s);

        QWidget *dialog = openDialog(u"addSubscriptionButton"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subscriptionFilter"_s), u"secret/#"_s);
        click(dialog, u"subscriptionOk"_s);
        QCOMPARE(this->answer(u"secret/#"_s), u"waiting for the broker…"_s);
        answer(0x87);
        QTRY_COMPARE(this->answer(u"secret/#"_s), u"not authorized (0x87)"_s);
        QCOMPARE(model()->state(model()->rowOf(u"secret/#"_s)), SubscriptionsModel::State::Refused);

        dialog = openDialog(u"addSubscriptionButton"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subscriptionFilter"_s), u"plant/+/level"_s);
        dialog->findChild<QComboBox *>(u"subscriptionQos"_s)->setCurrentIndex(2);
        click(dialog, u"subscriptionOk"_s);
        answer(0x01);
        QTRY_COMPARE(this->answer(u"plant/+/level"_s), u"granted QoS 1 (asked for 2)"_s);

        // The connection is lost before the broker answers: the row says so.
        panel()->subscribe(ProfileSubscription { u"never/answered"_s });
        QVERIFY(broker.waitForPacket());
        broker.dropClient();
        QTRY_VERIFY2(this->answer(u"never/answered"_s) != u"waiting for the broker…"_s,
            qPrintable(this->answer(u"never/answered"_s)));
        QCOMPARE(model()->state(model()->rowOf(u"never/answered"_s)), SubscriptionsModel::State::NoAnswer);
    }

    void removingAFilterUnsubscribes()
    {
        connectTab(u"canopy-panel-remove"_s);
        QTRY_COMPARE_WITH_TIMEOUT(answer(u"#"_s), u"granted QoS 0"_s, 10000);
        QVERIFY(publish(m_broker, u"before/removal"_s, "1"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentTab()->totalMessages() >= 1, 10000);

        auto *view = panel()->findChild<QTableView *>(u"subscriptionsTable"_s);
        view->setCurrentIndex(model()->index(model()->rowOf(u"#"_s), 0));
        click(panel(), u"removeSubscriptionButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 0, 10000);
        // Unsubscribed: what is published now does not arrive.
        const quint64 before = m_window->currentTab()->totalMessages();
        QVERIFY(publish(m_broker, u"after/removal"_s, "2"));
        QVERIFY(publish(m_broker, u"before/removal"_s, "3"));
        // Subscribing again to something else proves the connection is alive and quiet on the old filter.
        panel()->subscribe(ProfileSubscription { u"probe/#"_s });
        QTRY_COMPARE_WITH_TIMEOUT(answer(u"probe/#"_s), u"granted QoS 0"_s, 10000);
        QVERIFY(publish(m_broker, u"probe/x"_s, "4"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentTab()->totalMessages(), before + 1, 10000);
        QMutexLocker lock(&m_window->currentTab()->pipeline()->storeMutex());
        QVERIFY(!m_window->currentTab()->pipeline()->store().find(u"after/removal"_s));
    }

    void anInvalidFilterIsRefusedWithItsRule()
    {
        connectTab(u"canopy-panel-invalid"_s);
        QWidget *dialog = openDialog(u"addSubscriptionButton"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subscriptionFilter"_s), u"sensors/+temp"_s);
        click(dialog, u"subscriptionOk"_s);
        auto *error = dialog->findChild<QLabel *>(u"subscriptionFilterError"_s);
        QVERIFY(dialog->isVisible());
        QVERIFY2(error->isVisible() && error->text().contains(u"MQTT-4.7.1-2"_s), qPrintable(error->text()));
        // The same filter twice is refused too.
        auto *edit = dialog->findChild<QLineEdit *>(u"subscriptionFilter"_s);
        edit->selectAll();
        QTest::keyClicks(edit, u"#"_s);
        click(dialog, u"subscriptionOk"_s);
        QVERIFY2(error->text().contains(u"already in the list"_s), qPrintable(error->text()));
        click(dialog, u"subscriptionCancel"_s);
        QCOMPARE(model()->rowCount(), 1);
    }

    void editingChangesTheFilterAndItsOptionsOnTheBroker()
    {
        // Edited to another filter with No local: the old one is unsubscribed, and the broker applies the option
        // (this tab does not receive its own message). (mosquitto 2.0 keeps the options of a filter subscribed
        // again and changes only its QoS, hence a new filter.)
        connectTab(u"canopy-panel-edit"_s);
        QTRY_COMPARE_WITH_TIMEOUT(answer(u"#"_s), u"granted QoS 0"_s, 10000);
        auto *view = panel()->findChild<QTableView *>(u"subscriptionsTable"_s);
        view->setCurrentIndex(model()->index(0, 0));
        QWidget *dialog = openDialog(u"editSubscriptionButton"_s);
        QVERIFY(dialog);
        auto *filter = dialog->findChild<QLineEdit *>(u"subscriptionFilter"_s);
        QCOMPARE(filter->text(), u"#"_s);
        filter->selectAll();
        QTest::keyClicks(filter, u"chat/#"_s);
        auto *noLocal = dialog->findChild<QAbstractButton *>(u"subscriptionNoLocal"_s);
        QTest::mouseClick(noLocal, Qt::LeftButton, {}, QPoint(8, noLocal->height() / 2));
        QVERIFY(noLocal->isChecked());
        dialog->findChild<QComboBox *>(u"subscriptionQos"_s)->setCurrentIndex(1);
        click(dialog, u"subscriptionOk"_s);
        QTRY_COMPARE_WITH_TIMEOUT(answer(u"chat/#"_s), u"granted QoS 1"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOf(u"#"_s), -1, 10000);
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(model()->index(0, SubscriptionsModel::OptionsColumn).data().toString().contains(u"no local"_s));

        Mqtt::Publish own;
        own.topic = u"chat/mine"_s;
        own.payload = "mine";
        own.qos = 1;
        m_window->currentTab()->pipeline()->publish(own);
        QTRY_COMPARE(m_window->currentTab()->pipeline()->unconfirmedPublishes(), 0); // the broker has it
        QVERIFY(publish(m_broker, u"chat/theirs"_s, "theirs"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QMutexLocker lock(&m_window->currentTab()->pipeline()->storeMutex());
                return m_window->currentTab()->pipeline()->store().find(u"chat/theirs"_s).has_value();
            }(),
            10000);
        QMutexLocker lock(&m_window->currentTab()->pipeline()->storeMutex());
        QVERIFY(!m_window->currentTab()->pipeline()->store().find(u"chat/mine"_s));
        QCOMPARE(m_window->currentTab()->pipeline()->store().totalMessages(), quint64(1));
    }

    void reconnectingOffersRetryNowAndStop()
    {
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        Mqtt::ClientOptions options
            = ClientTest::localOptions(broker.host(), broker.port(), Mqtt::ProtocolVersion::V5, u"canopy-retry"_s);
        options.autoReconnect = true;
        options.reconnectInitialDelayMs = 30000; // 15 to 30 s: the buttons, not the timer, bring the next attempt
        m_window->connectToBroker(options, MainWindow::defaultSubscriptions());
        ConnectionTab *tab = m_window->currentTab();
        auto *retry = tab->findChild<QToolButton *>(u"retryNowButton"_s);
        auto *stop = tab->findChild<QToolButton *>(u"stopReconnectingButton"_s);
        QVERIFY(retry && stop);
        QVERIFY(!retry->isVisible());
        const auto acceptAndDrop = [&broker] {
            const auto connect = broker.waitForPacket();
            QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(broker.decodeError()));
            broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V5));
            QVERIFY(broker.waitForPacket()); // the SUBSCRIBE
            broker.dropClient();
        };
        QVERIFY(broker.waitForClient());
        acceptAndDrop();
        QTRY_VERIFY(retry->isVisible() && stop->isVisible());
        const QRegularExpression countdown(u"Reconnecting in (\\d+) seconds \\(attempt 1\\)…$"_s);
        QTRY_VERIFY2(
            countdown.match(tab->connectionStatus()->text()).hasMatch(), qPrintable(tab->connectionStatus()->text()));

        QTest::mouseClick(retry, Qt::LeftButton); // at once, not in 15 s
        QVERIFY(broker.waitForConnectionCount(2, 3000));
        acceptAndDrop();
        QTRY_VERIFY2(
            tab->connectionStatus()->text().contains(u"(attempt 2)"_s), qPrintable(tab->connectionStatus()->text()));
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE(tab->connectionState(), Mqtt::Client::State::Disconnected);
        QVERIFY(!retry->isVisible() && !stop->isVisible());
        QCOMPARE(broker.connectionCount(), 2);
    }

    void closingATabWithUnconfirmedMessagesAsksFirst()
    {
        // A broker that accepts the connection and never acknowledges a QoS 1 message.
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        m_window->newTab();
        ConnectionTab *tab = m_window->currentTab();
        m_window->connectToBroker(
            ClientTest::localOptions(broker.host(), broker.port(), Mqtt::ProtocolVersion::V5, u"canopy-unacked"_s), {});
        QVERIFY(broker.waitForClient());
        const auto connect = broker.waitForPacket();
        QVERIFY(connect && std::holds_alternative<Mqtt::Connect>(*connect));
        broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V5));
        QTRY_COMPARE(tab->connectionState(), Mqtt::Client::State::Connected);
        Mqtt::Publish message;
        message.topic = u"orders/42"_s;
        message.payload = "ship";
        message.qos = 1;
        tab->pipeline()->publish(message);
        QTRY_COMPARE(tab->pipeline()->unconfirmedPublishes(), 1);

        m_window->closeTab(tab);
        QMessageBox *box = nullptr;
        QTRY_VERIFY2((box = m_window->findChild<QMessageBox *>(u"closeTabConfirmation"_s)) && box->isVisible(),
            "closing a tab with an unconfirmed QoS 1 message did not ask");
        QVERIFY2(box->text().startsWith(u"1 message published with QoS 1 or 2"_s), qPrintable(box->text()));
        QTest::mouseClick(box->findChild<QPushButton *>(u"keepTab"_s), Qt::LeftButton);
        QTRY_VERIFY(!box->isVisible());
        QCOMPARE(m_window->tabs().size(), 2);
        QCOMPARE(tab->connectionState(), Mqtt::Client::State::Connected);

        // The broker confirms: closing no longer asks.
        const auto sent = broker.waitForPacket();
        QVERIFY(sent && std::holds_alternative<Mqtt::Publish>(*sent));
        broker.send(ClientWire::ack(0x40, std::get<Mqtt::Publish>(*sent).packetId)); // PUBACK
        QTRY_COMPARE(tab->pipeline()->unconfirmedPublishes(), 0);
        m_window->closeTab(tab);
        QTRY_COMPARE(m_window->tabs().size(), 1);
    }

    void closeAnywayClosesTheTab()
    {
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        ConnectionTab *tab = m_window->currentTab();
        m_window->connectToBroker(
            ClientTest::localOptions(broker.host(), broker.port(), Mqtt::ProtocolVersion::V5, u"canopy-unacked-2"_s),
            {});
        QVERIFY(broker.waitForClient());
        QVERIFY(broker.waitForPacket());
        broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V5));
        QTRY_COMPARE(tab->connectionState(), Mqtt::Client::State::Connected);
        Mqtt::Publish message;
        message.topic = u"orders/43"_s;
        message.qos = 2;
        tab->pipeline()->publish(message);
        QTRY_COMPARE(tab->pipeline()->unconfirmedPublishes(), 1);
        QPointer<ConnectionTab> guard(tab);
        m_window->closeTab(tab);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"closeTabConfirmation"_s)) && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"closeTabAnyway"_s), Qt::LeftButton);
        QTRY_VERIFY(!guard);
        QVERIFY(broker.waitForDisconnected(5000));
    }

    void quittingWithUnconfirmedMessagesAsksFirst()
    {
        FakeBroker broker;
        QVERIFY2(broker.listen(), qPrintable(broker.errorString()));
        ConnectionTab *tab = m_window->currentTab();
        m_window->connectToBroker(
            ClientTest::localOptions(broker.host(), broker.port(), Mqtt::ProtocolVersion::V5, u"canopy-unacked-3"_s),
            {});
        QVERIFY(broker.waitForClient());
        QVERIFY(broker.waitForPacket());
        broker.send(ClientWire::connAck(Mqtt::ProtocolVersion::V5));
        QTRY_COMPARE(tab->connectionState(), Mqtt::Client::State::Connected);
        Mqtt::Publish message;
        message.topic = u"orders/44"_s;
        message.qos = 1;
        tab->pipeline()->publish(message);
        QTRY_COMPARE(tab->pipeline()->unconfirmedPublishes(), 1);

        // Keep Canopy Open: the window stays, the message still waits for its PUBACK.
        QVERIFY(!m_window->close());
        QMessageBox *box = nullptr;
        QTRY_VERIFY2((box = m_window->findChild<QMessageBox *>(u"quitConfirmation"_s)) && box->isVisible(),
            "quitting with an unconfirmed QoS 1 message did not ask");
        QVERIFY2(box->text().startsWith(u"1 message published with QoS 1 or 2 have"_s)
                || box->text().startsWith(u"1 message published with QoS 1 or 2 has"_s),
            qPrintable(box->text()));
        QVERIFY2(box->text().contains(tab->title()), qPrintable(box->text()));
        QTest::mouseClick(box->findChild<QPushButton *>(u"keepOpen"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"quitConfirmation"_s));
        QVERIFY(m_window->isVisible());
        QCOMPARE(tab->connectionState(), Mqtt::Client::State::Connected);

        // Quit Anyway closes the window.
        QVERIFY(!m_window->close());
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"quitConfirmation"_s)) && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"quitAnyway"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
    }
};

QTEST_MAIN(TestSubscriptionsPanel)
#include "tst_subscriptionspanel.moc"
