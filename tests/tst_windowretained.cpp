// SPDX-License-Identifier: MIT
// Deleting retained messages from the real window against a real mosquitto, as a user does it (the tree's context
// menu, then the confirmation). "Delete retained message" deletes that topic's message and none below it; "Delete
// retained messages below" deletes the subtree and nothing beside it ("plant/pumpkin" is not below "plant/pump");
// Cancel and Escape send nothing; deletions the broker never confirmed fail in one sentence when the user gives up
// on a broker that went away. What the broker holds afterwards is what a fresh subscriber receives, and a watching
// client sees every deletion that went out.

#include "clienttestutil.h"
#include "common/translations.h"
#include "mosquittofixture.h"
#include "window/mainwindow.h"
#include "windowtestutil.h"

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WindowTest;

namespace {
// Retained on the broker at the start of every test. "plant/pump" has a message of its own and two below it.
const QStringList AllRetained { u"plant/pump"_s, u"plant/pump/config"_s, u"plant/pump/state"_s, u"plant/pumpkin"_s,
    u"plant/valve"_s };

QStringList without(QStringList list, const QStringList &gone)
{
    for (const QString &topic : gone)
        list.removeAll(topic);
    return list;
}
} // namespace

class TestWindowRetained : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void deleteOneTopicKeepsTheOnesBelow();
    void deleteBelowDeletesTheSubtreeOnly();
    void cancelSendsNothing_data();
    void cancelSendsNothing();
    void deletionsInFlightFailInWordsWhenTheBrokerGoesAway();

private:
    std::unique_ptr<Mqtt::Client> connectedClient(const QString &purpose);
    bool publishRetained(const QString &topic, const QByteArray &payload);
    // The topics whose retained message the broker holds, as a new subscriber to "plant/#" receives them.
    QStringList retainedOnBroker();
    // Deletes as the user does: the context menu on topic, action (deleteRetainedAction or
    // deleteRetainedBelowAction), then the button of the confirmation. Returns the question asked.
    QString deleteThroughMenu(const QString &topic, const QString &action, bool confirm);

    MosquittoFixture m_broker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<Mqtt::Client> m_watcher; // subscribed to plant/#: sees each deletion (an empty message)
    QStringList m_deletionsSeen;
};

void TestWindowRetained::initTestCase()
{
    QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); // "3 topics"
}

void TestWindowRetained::init()
{
    // A fresh broker per test: what one test deleted is not missing in the next.
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    for (const QString &topic : AllRetained)
        QVERIFY(publishRetained(topic, "kept: " + topic.toUtf8()));

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(modelOf(m_window.get()) && pipelineOf(m_window.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        modelOf(m_window.get()), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(connectWithButton(m_window.get(), u"mqtt://%1:%2"_s.arg(m_broker.host()).arg(m_broker.port())));
    for (const QString &topic : AllRetained)
        QTRY_VERIFY2_WITH_TIMEOUT(isMarkedRetained(m_window.get(), topic), qPrintable(topic), 10000);

    m_deletionsSeen.clear();
    m_watcher = connectedClient(u"watcher"_s);
    QVERIFY(m_watcher);
    connect(m_watcher.get(), &Mqtt::Client::messagesReceived, this, [this](const QList<Mqtt::Publish> &messages) {
        for (const Mqtt::Publish &message : messages) {
            if (message.payload.isEmpty())
                m_deletionsSeen.append(message.topic);
        }
    });
    const Mqtt::RequestHandle subscribed = m_watcher->subscribe(u"plant/#"_s, 1);
    QTRY_VERIFY(subscribed.isFinished());
    QVERIFY(subscribed.isSuccess());
}

void TestWindowRetained::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_watcher.reset();
    m_broker.stop();
}

std::unique_ptr<Mqtt::Client> TestWindowRetained::connectedClient(const QString &purpose)
{
    auto client = std::make_unique<Mqtt::Client>();
    client->setOptions(ClientTest::localOptions(
        m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V311, ClientTest::clientId(purpose)));
    client->connectToBroker();
    if (!QTest::qWaitFor([&client] { return client->isConnected(); }, 10000))
        return nullptr;
    return client;
}

bool TestWindowRetained::publishRetained(const QString &topic, const QByteArray &payload)
{
    const auto client = connectedClient(u"publisher"_s);
    if (!client)
        return false;
    Mqtt::Publish message;
    message.topic = topic;
    message.payload = payload;
    message.qos = 1;
    message.retain = true;
    const Mqtt::RequestHandle handle = client->publish(message);
    return QTest::qWaitFor([&handle] { return handle.isFinished(); }, 10000) && handle.isSuccess();
}

QStringList TestWindowRetained::retainedOnBroker()
{
    const auto client = connectedClient(u"fresh"_s);
    if (!client)
        return { u"(could not connect)"_s };
    QStringList retained;
    bool markerSeen = false;
    connect(client.get(), &Mqtt::Client::messagesReceived, this, [&](const QList<Mqtt::Publish> &messages) {
        for (const Mqtt::Publish &message : messages) {
            if (message.topic == u"marker"_s)
                markerSeen = true;
            else if (!markerSeen && message.retain && !message.payload.isEmpty())
                retained.append(message.topic);
        }
    });
    Mqtt::Subscription plant;
    plant.filter = u"plant/#"_s;
    Mqtt::Subscription marker;
    marker.filter = u"marker"_s;
    const Mqtt::RequestHandle subscribed = client->subscribe({ plant, marker });
    if (!QTest::qWaitFor([&subscribed] { return subscribed.isFinished(); }, 10000))
        return { u"(no SUBACK)"_s };
    // The broker sends the retained messages with the SUBACK; the marker, published after it, comes after them.
    Mqtt::Publish publish;
    publish.topic = u"marker"_s;
    client->publish(publish);
    if (!QTest::qWaitFor([&markerSeen] { return markerSeen; }, 10000))
        return { u"(no marker)"_s };
    retained.sort();
    return retained;
}

QString TestWindowRetained::deleteThroughMenu(const QString &topic, const QString &action, bool confirm)
{
    QString question;
    const bool opened = openContextMenu(m_window.get(), topic, [&](QMenu *menu) {
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(
                confirm ? box->findChild<QPushButton *>(u"confirmDelete"_s) : box->button(QMessageBox::Cancel),
                Qt::LeftButton);
        });
        trigger(menu, action);
    });
    return opened ? question : u"(no menu on %1)"_s.arg(topic);
}

// ---------------------------------------------------------------------------------------------------------------

void TestWindowRetained::deleteOneTopicKeepsTheOnesBelow()
{
    QSignalSpy progress(pipelineOf(m_window.get()), &IngestPipeline::deleteRetainedProgress);
    bool single = false;
    QString below;
    openContextMenu(m_window.get(), u"plant/pump"_s, [&](QMenu *menu) {
        single = actionNamed(menu, u"deleteRetainedAction"_s)->isEnabled();
        below = actionNamed(menu, u"deleteRetainedBelowAction"_s)->text();
        menu->close();
    });
    QVERIFY(single);
    QCOMPARE(below, u"Delete retained messages below (3 topics)…"_s);

    QCOMPARE(deleteThroughMenu(u"plant/pump"_s, u"deleteRetainedAction"_s, true),
        u"Delete the retained message of \"plant/pump\" from the broker?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        progress.size() > 0 ? progress.constLast() : QVariantList(), (QVariantList { 1, 1 }), 10000);
    QTRY_COMPARE(m_deletionsSeen, QStringList { u"plant/pump"_s });
    QCOMPARE(retainedOnBroker(), without(AllRetained, { u"plant/pump"_s }));
    QCOMPARE(m_deletionsSeen, QStringList { u"plant/pump"_s }); // and nothing after it
    // The tree shows it: the topic lost its mark, the ones below kept theirs.
    QTRY_VERIFY(!isMarkedRetained(m_window.get(), u"plant/pump"_s));
    QVERIFY(isMarkedRetained(m_window.get(), u"plant/pump/state"_s));
    QVERIFY(isMarkedRetained(m_window.get(), u"plant/pump/config"_s));
}

void TestWindowRetained::deleteBelowDeletesTheSubtreeOnly()
{
    QSignalSpy progress(pipelineOf(m_window.get()), &IngestPipeline::deleteRetainedProgress);
    QCOMPARE(deleteThroughMenu(u"plant/pump"_s, u"deleteRetainedBelowAction"_s, true),
        u"Delete the retained messages of 3 topics in \"plant/pump\" from the broker?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        progress.size() > 0 ? progress.constLast() : QVariantList(), (QVariantList { 3, 3 }), 10000);
    const QStringList doomed { u"plant/pump"_s, u"plant/pump/config"_s, u"plant/pump/state"_s };
    QTRY_COMPARE(m_deletionsSeen.size(), 3);
    QCOMPARE(retainedOnBroker(), without(AllRetained, doomed));
    m_deletionsSeen.sort();
    QCOMPARE(m_deletionsSeen, doomed);
    QTRY_VERIFY(!isMarkedRetained(m_window.get(), u"plant/pump/state"_s));
    QVERIFY(isMarkedRetained(m_window.get(), u"plant/pumpkin"_s));
    QVERIFY(isMarkedRetained(m_window.get(), u"plant/valve"_s));
}

void TestWindowRetained::cancelSendsNothing_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("escape"); // else the Cancel button
    QTest::newRow("one topic, Cancel") << u"plant/pump"_s << u"deleteRetainedAction"_s << false;
    QTest::newRow("one topic, Escape") << u"plant/pump"_s << u"deleteRetainedAction"_s << true;
    QTest::newRow("below, Cancel") << u"plant"_s << u"deleteRetainedBelowAction"_s << false;
    QTest::newRow("below, Escape") << u"plant"_s << u"deleteRetainedBelowAction"_s << true;
}

void TestWindowRetained::cancelSendsNothing()
{
    QFETCH(QString, topic);
    QFETCH(QString, action);
    QFETCH(bool, escape);
    QSignalSpy progress(pipelineOf(m_window.get()), &IngestPipeline::deleteRetainedProgress);
    QString question;
    openContextMenu(m_window.get(), topic, [&](QMenu *menu) {
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            if (escape)
                QTest::keyClick(box, Qt::Key_Escape);
            else
                QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        trigger(menu, action);
    });
    QVERIFY2(question.startsWith(u"Delete the retained message"_s), qPrintable(question)); // it did ask
    auto *progressDialog = m_window->findChild<QWidget *>(u"deleteRetainedProgress"_s);
    QVERIFY(!progressDialog || !progressDialog->isVisible());

    // Then a deletion the user confirms. The window sends in order on one connection, and mosquitto handles one
    // client's packets in order: once this one is confirmed, anything the cancelled one sent would have arrived.
    QCOMPARE(deleteThroughMenu(u"plant/valve"_s, u"deleteRetainedAction"_s, true),
        u"Delete the retained message of \"plant/valve\" from the broker?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        progress.size() > 0 ? progress.constLast() : QVariantList(), (QVariantList { 1, 1 }), 10000);
    for (const QVariantList &call : std::as_const(progress))
        QCOMPARE(call.at(1).toInt(), 1); // no progress of a deletion of more topics
    QTRY_COMPARE(m_deletionsSeen, QStringList { u"plant/valve"_s });
    QCOMPARE(retainedOnBroker(), without(AllRetained, { u"plant/valve"_s }));
    QCOMPARE(m_deletionsSeen, QStringList { u"plant/valve"_s });
}

// The broker stops answering while the window deletes five retained messages, then dies. The window says that the
// connection is lost and counts down to a reconnect; the deletions stay pending (a reconnect would send them
// again). The user gives up (Disconnect): the status bar says, in one sentence, that none of them was confirmed.
void TestWindowRetained::deletionsInFlightFailInWordsWhenTheBrokerGoesAway()
{
    QSignalSpy progress(pipelineOf(m_window.get()), &IngestPipeline::deleteRetainedProgress);
    QVERIFY(m_broker.pause());
    QCOMPARE(deleteThroughMenu(u"plant"_s, u"deleteRetainedBelowAction"_s, true),
        u"Delete the retained messages of 5 topics in \"plant\" from the broker?"_s);
    QTRY_VERIFY(!progress.isEmpty());
    QCOMPARE(progress.constFirst(), (QVariantList { 0, 5 }));
    // A QPointer: the dialog deletes itself when it closes.
    const QPointer<QWidget> progressDialog = m_window->findChild<QWidget *>(u"deleteRetainedProgress"_s);
    QVERIFY(progressDialog && progressDialog->isVisible());

    m_broker.kill();
    QLabel *status = labelOf(m_window.get(), u"connectionStatus"_s);
    QVERIFY(status);
    const QRegularExpression countdown(
        u"^The broker at 127\\.0\\.0\\.1:%1 closed the connection\\. Reconnecting in \\d+ seconds? \\(attempt 1\\)…$"_s
            .arg(m_broker.port()));
    QTRY_VERIFY2_WITH_TIMEOUT(countdown.match(status->text()).hasMatch(), qPrintable(status->text()), 10000);
    QCOMPARE(progress.size(), 1); // still pending: a reconnect may yet deliver them
    QVERIFY(progressDialog->isVisible());

    QPushButton *button = connectButtonOf(m_window.get());
    QCOMPARE(button->text(), u"Disconnect"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(status->text(),
        u"Could not delete 5 of 5 retained messages: the connection ended before the broker confirmed them."_s);
    QCOMPARE(progress.constLast(), (QVariantList { 5, 5 }));
    QTRY_VERIFY(!progressDialog || !progressDialog->isVisible());
    QCOMPARE(button->text(), u"Connect"_s);
}

QTEST_MAIN(TestWindowRetained)
#include "tst_windowretained.moc"
