// SPDX-License-Identifier: MIT
// Issue 7 in the real window against a real mosquitto: a topic with U+202E shows "<U+202E>" in the tree, its tooltip
// and the message panel, while copying the topic and deleting its retained message act on the exact topic (a second
// client subscribed to exactly that topic sees the deletion). A broker's reason string in the status bar is shown the
// same way (scripted broker). And the status bar counts in English: "1 message", "2 payloads".
#include "clienttestutil.h"
#include "common/translations.h"
#include "fakebroker.h"
#include "ingest/ingestpipeline.h"
#include "mosquittofixture.h"
#include "tree/topictreemodel.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMutexLocker>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using ClientTest::Recorder;

namespace {
const QString BidiTopic = u"downloads/rtl-\u202Eexe.txt"_s; // shows as downloads/rtl-txt.exe if not made visible
const QString BidiName = u"rtl-<U+202E>exe.txt"_s;

// Runs f on the next modal dialog of type T (polling, since the dialog's exec() blocks the caller).
template<typename T>
void whenModal(std::function<void(T *)> f, int attemptsLeft = 250)
{
    QTimer::singleShot(20, qApp, [f, attemptsLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            f(dialog);
            return;
        }
        if (attemptsLeft > 0)
            whenModal<T>(f, attemptsLeft - 1);
    });
}

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

QAction *actionNamed(QWidget *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}
} // namespace

class TestBrokerText : public QObject {
    Q_OBJECT
private:
    MosquittoFixture m_broker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<Mqtt::Client> m_client; // the test's own client: publishes, watches
    std::unique_ptr<Recorder> m_recorder;

    TopicTreeModel *model() const { return m_window->model(); }
    QTreeView *tree() const { return m_window->topicTree(); }

    QModelIndex indexOf(const QString &topic) const
    {
        std::optional<NodeId> node;
        {
            QMutexLocker lock(&m_window->pipeline()->storeMutex());
            node = m_window->pipeline()->store().find(topic);
        }
        return node ? model()->indexForNode(*node) : QModelIndex();
    }

    // The window connects the way a user does: the URL field and the Connect button.
    bool connectWindow()
    {
        QSignalSpy subscribed(m_window->pipeline(), &IngestPipeline::subscribed);
        auto *url = m_window->findChild<QLineEdit *>(u"brokerUrl"_s);
        auto *button = m_window->findChild<QPushButton *>(u"connectButton"_s);
        if (!url || !button)
            return false;
        url->setText(u"mqtt://%1:%2"_s.arg(m_broker.host()).arg(m_broker.port()));
        QTest::mouseClick(button, Qt::LeftButton);
        return subscribed.wait(10000) || subscribed.size() == 1;
    }

    bool connectClient()
    {
        m_client = std::make_unique<Mqtt::Client>();
        m_recorder = std::make_unique<Recorder>(m_client.get());
        m_client->setOptions(ClientTest::localOptions(
            m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V311, ClientTest::clientId(u"helper"_s)));
        m_client->connectToBroker();
        return QTest::qWaitFor([this] { return m_client->isConnected(); }, 5000);
    }

    bool publish(const QString &topic, const QByteArray &payload, bool retain)
    {
        Mqtt::Publish message;
        message.topic = topic;
        message.payload = payload;
        message.qos = 1;
        message.retain = retain;
        const Mqtt::RequestHandle handle = m_client->publish(message);
        return QTest::qWaitFor([&handle] { return handle.isFinished(); }, 5000) && handle.isSuccess();
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
        m_window->resize(1000, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
        m_recorder.reset();
        m_client.reset();
    }

    void bidiTopicShowsVisiblyInTreeTooltipAndPanel()
    {
        QVERIFY(connectClient());
        QVERIFY(publish(BidiTopic, "payload\u200B with a zero width space", true));
        QVERIFY(connectWindow()); // the retained message arrives on subscribing
        QTRY_VERIFY(indexOf(BidiTopic).isValid());
        const QModelIndex leaf = indexOf(BidiTopic);
        QCOMPARE(leaf.data().toString(), BidiName);
        QVERIFY(!leaf.data().toString().contains(QChar(0x202E)));
        const QString tip = leaf.data(Qt::ToolTipRole).toString();
        QVERIFY2(
            QTextDocumentFragment::fromHtml(tip).toPlainText().startsWith(u"downloads/"_s + BidiName), qPrintable(tip));
        QCOMPARE(leaf.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(),
            u"payload<U+200B> with a zero width space"_s);

        tree()->setCurrentIndex(leaf);
        // The inspector's header and payload view (issue 9 split the old one-text panel into them).
        auto *topic = m_window->findChild<QLineEdit *>(u"messageTopic"_s);
        auto *payload = m_window->findChild<QPlainTextEdit *>(u"payloadText"_s);
        QVERIFY(topic && payload);
        QTRY_COMPARE(topic->text(), u"downloads/"_s + BidiName);
        QTRY_COMPARE(payload->toPlainText(), u"payload<U+200B> with a zero width space"_s);
        QVERIFY(!topic->text().contains(QChar(0x202E)));
        QVERIFY(!payload->toPlainText().contains(QChar(0x202E)));
        // A level without a message of its own: its topic is shown the same way.
        QVERIFY(publish(u"inner\u202E/leaf"_s, "x", false));
        QTRY_VERIFY(indexOf(u"inner\u202E"_s).isValid());
        tree()->setCurrentIndex(indexOf(u"inner\u202E"_s));
        auto *inner = m_window->findChild<QLabel *>(u"messageInnerNode"_s);
        QVERIFY(inner);
        QTRY_COMPARE(inner->text(),
            u"Topic: inner<U+202E>\n\nNo message was received on this topic itself. Below it: 1 topic with "
            "1 message."_s);
        QVERIFY(publish(BidiTopic, QByteArray(), true)); // leave no retained message behind
    }

    // What acts on a topic acts on the real one: the clipboard gets it, and the deletion of its retained message
    // reaches the broker with the exact topic (a client subscribed to exactly that topic receives it).
    void actionsUseTheRealTopic()
    {
        QVERIFY(connectClient());
        QVERIFY(publish(BidiTopic, "keep me", true));
        QVERIFY(connectWindow());
        QTRY_VERIFY(indexOf(BidiTopic).data(TopicTreeModel::RetainedRole).toBool());
        // The watcher gets the retained message on subscribing, then the deletion.
        const Mqtt::RequestHandle subscribed = m_client->subscribe(BidiTopic, 1);
        QTRY_VERIFY(subscribed.isFinished());
        QVERIFY(subscribed.isSuccess());
        QTRY_COMPARE(m_recorder->messages.size(), 1);
        QCOMPARE(m_recorder->messages.at(0).payload, QByteArray("keep me"));

        const QModelIndex leaf = indexOf(BidiTopic);
        tree()->setCurrentIndex(leaf);
        tree()->scrollTo(leaf);
        const QRect rect = tree()->visualRect(leaf);
        QString question;
        bool copied = false;
        // First the menu's Copy topic, then (second menu) Delete retained message.
        whenPopup([&](QMenu *menu) {
            QAction *copy = actionNamed(menu, u"copyTopicAction"_s);
            QVERIFY(copy && copy->isEnabled());
            menu->setActiveAction(copy);
            QTest::keyClick(menu, Qt::Key_Return);
            copied = true;
        });
        QContextMenuEvent event(
            QContextMenuEvent::Mouse, rect.center(), tree()->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(tree()->viewport(), &event);
        QVERIFY(copied);
        QCOMPARE(QGuiApplication::clipboard()->text(), BidiTopic);
        // Ctrl+C in the tree does the same.
        QGuiApplication::clipboard()->clear();
        tree()->setFocus();
        QTest::keySequence(tree(), QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), BidiTopic);
        // The key handled by the tree itself (no shortcut took it first, e.g. the window not yet active under load)
        // copies the whole topic too, not the row's label (QAbstractItemView's own Ctrl+C).
        QGuiApplication::clipboard()->clear();
        QAction *copyShortcut = actionNamed(tree(), u"copyTopicAction"_s);
        QVERIFY(copyShortcut);
        copyShortcut->setEnabled(false); // the shortcut does not take the key: the tree's own handling does
        QKeyEvent copyKey(QEvent::KeyPress, Qt::Key_C, Qt::ControlModifier);
        QApplication::sendEvent(tree(), &copyKey);
        copyShortcut->setEnabled(true);
        QCOMPARE(QGuiApplication::clipboard()->text(), BidiTopic);

        whenPopup([&](QMenu *menu) {
            QAction *single = actionNamed(menu, u"deleteRetainedAction"_s);
            QVERIFY(single && single->isEnabled());
            whenModal<QMessageBox>([&](QMessageBox *box) {
                question = box->text();
                QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDelete"_s), Qt::LeftButton);
            });
            menu->setActiveAction(single);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QSignalSpy progress(m_window->pipeline(), &IngestPipeline::deleteRetainedProgress);
        QApplication::sendEvent(tree()->viewport(), &event);
        // The question shows the topic as the tree does.
        QCOMPARE(question, u"Delete the retained message of \"downloads/"_s + BidiName + u"\" from the broker?"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() == 1, 10000);
        // The exact topic got the empty retained message ...
        QTRY_COMPARE(m_recorder->messages.size(), 2);
        QCOMPARE(m_recorder->messages.at(1).topic, BidiTopic);
        QVERIFY(m_recorder->messages.at(1).payload.isEmpty());
        // ... so the window's own node is no longer retained, and no topic spelled "<U+202E>" appeared.
        QTRY_VERIFY(!indexOf(BidiTopic).data(TopicTreeModel::RetainedRole).toBool());
        QVERIFY(!indexOf(u"downloads/"_s + BidiName).isValid());
        QCOMPARE(model()->rowCount(indexOf(u"downloads"_s)), 1);
    }

    // A sentence that quotes the broker (here the reason string of a refused CONNACK) shows its invisible
    // characters in the status bar, as the tree does.
    void brokerReasonStringInTheStatusBar()
    {
        FakeBroker fake;
        QVERIFY2(fake.listen(), qPrintable(fake.errorString()));
        m_window->connectToBroker(ClientTest::localOptions(fake.host(), fake.port(), Mqtt::ProtocolVersion::V5,
                                      ClientTest::clientId(u"window"_s)),
            MainWindow::defaultSubscriptions());
        const std::optional<Mqtt::Packet> connect = fake.waitForPacket();
        QVERIFY2(connect && std::holds_alternative<Mqtt::Connect>(*connect), qPrintable(fake.decodeError()));
        Mqtt::ConnAck refused;
        refused.reasonCode = Mqtt::ReasonCode::NotAuthorized;
        refused.properties.reasonString = u"account \u202Edenied\u200B"_s;
        fake.sendPacket(refused);
        auto *status = m_window->findChild<QLabel *>(u"connectionStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(u"The broker said: \"account <U+202E>denied<U+200B>\"."_s),
            qPrintable(status->text()));
        QVERIFY(!status->text().contains(QChar(0x202E)));
        QCOMPARE(status->textFormat(), Qt::PlainText);
    }

    // Issue 7, "1 payloads": the status bar counts in English.
    void statusBarCountsInEnglish()
    {
        m_window->pipeline()->setPayloadLimit(16);
        QVERIFY(connectClient());
        QVERIFY(connectWindow());
        auto *figures = m_window->findChild<QLabel *>(u"ingestStatus"_s);
        auto *losses = m_window->findChild<QLabel *>(u"lossStatus"_s);
        QVERIFY(figures && losses);
        QCOMPARE(figures->text(), u"0 messages · 0 msg/s · 0 topics"_s);
        QVERIFY(losses->isHidden());

        QVERIFY(publish(u"counts/a"_s, QByteArray(100, 'a'), false));
        QTRY_VERIFY2(figures->text().startsWith(u"1 message · "_s) && figures->text().endsWith(u" · 1 topic"_s),
            qPrintable(figures->text()));
        QTRY_COMPARE(losses->text(), u"1 payload over 16 bytes truncated (its size is kept)"_s);
        QVERIFY(losses->isVisible());

        QVERIFY(publish(u"counts/b"_s, QByteArray(100, 'b'), false));
        QTRY_VERIFY2(figures->text().startsWith(u"2 messages · "_s) && figures->text().endsWith(u" · 2 topics"_s),
            qPrintable(figures->text()));
        QTRY_COMPARE(losses->text(), u"2 payloads over 16 bytes truncated (their size is kept)"_s);
    }
};

QTEST_MAIN(TestBrokerText)
#include "tst_brokertext.moc"
