// SPDX-License-Identifier: MIT
// The keyboard shortcuts of the main actions, pressed on the real window against a real mosquitto, each checked by
// its effect: Ctrl+N opens the connection manager, Ctrl+F focuses the tree filter, Ctrl+T / Ctrl+W open and close a
// tab, Ctrl+Shift+C copies the selected topic, Delete asks before deleting the retained message (and a text field
// keeps Delete for itself), F5 reconnects, Ctrl+Enter publishes from the publish panel, Ctrl+P pauses, Ctrl+L
// clears, Ctrl+, opens Preferences and F1 the Keyboard Shortcuts page, which lists the window's real actions.

#include "clienttestutil.h"
#include "common/translations.h"
#include "connections/connectionmanager.h"
#include "connections/profilelauncher.h"
#include "mosquittofixture.h"
#include "preferences/preferencesdialog.h"
#include "preferences/shortcutsdialog.h"
#include "tree/filterbar.h"
#include "window/mainwindow.h"
#include "windowtestutil.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WindowTest;

namespace {
const QString Lamp = u"shortcuts/lamp"_s;
} // namespace

class TestShortcuts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlNOpensTheConnectionManager();
    void ctrlFFocusesTheFilter();
    void ctrlTAndCtrlWOpenAndCloseTabs();
    void ctrlShiftCCopiesTheTopic();
    void deleteAsksBeforeDeletingTheRetainedMessage();
    void deleteInATextFieldEditsTheText();
    void f5Reconnects();
    void ctrlEnterPublishes();
    void ctrlPPausesAndCtrlLClears();
    void ctrlCommaOpensPreferences();
    void f1ListsTheShortcutsOfTheActions_data();
    void f1ListsTheShortcutsOfTheActions();

private:
    void press(QKeyCombination keys);
    bool selectLamp();

    MosquittoFixture m_broker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    Mqtt::Client client;
    client.setOptions(ClientTest::localOptions(
        m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V311, ClientTest::clientId(u"retain"_s)));
    client.connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 10000);
    Mqtt::Publish message;
    message.topic = Lamp;
    message.payload = "on";
    message.qos = 1;
    message.retain = true;
    const Mqtt::RequestHandle sent = client.publish(message);
    QTRY_VERIFY_WITH_TIMEOUT(sent.isFinished(), 10000);
    QVERIFY(sent.isSuccess());
}

void TestShortcuts::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1100, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        modelOf(m_window.get()), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(connectWithButton(m_window.get(), u"mqtt://%1:%2"_s.arg(m_broker.host()).arg(m_broker.port())));
    QTRY_VERIFY_WITH_TIMEOUT(indexOf(m_window.get(), Lamp).isValid(), 10000);
}

void TestShortcuts::cleanup()
{
    if (m_window->profiles()->isManagerOpen())
        m_window->profiles()->manager()->close();
    m_tester.reset();
    m_window.reset();
}

void TestShortcuts::press(QKeyCombination keys)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, keys.key(), keys.keyboardModifiers());
}

bool TestShortcuts::selectLamp()
{
    QTreeView *tree = treeOf(m_window.get());
    const QModelIndex lamp = indexOf(m_window.get(), Lamp);
    if (!lamp.isValid())
        return false;
    tree->setCurrentIndex(lamp);
    tree->setFocus();
    return tree->hasFocus() && m_window->currentTab()->currentTopic() == Lamp;
}

void TestShortcuts::ctrlNOpensTheConnectionManager()
{
    QVERIFY(!m_window->profiles()->isManagerOpen());
    treeOf(m_window.get())->setFocus();
    press(Qt::CTRL | Qt::Key_N);
    QTRY_VERIFY(m_window->profiles()->isManagerOpen());
}

void TestShortcuts::ctrlFFocusesTheFilter()
{
    auto *filter = m_window->findChild<QLineEdit *>(u"topicFilter"_s);
    QVERIFY(filter);
    treeOf(m_window.get())->setFocus();
    QTRY_VERIFY(!filter->hasFocus());
    press(Qt::CTRL | Qt::Key_F);
    QTRY_VERIFY(filter->hasFocus());
}

void TestShortcuts::ctrlTAndCtrlWOpenAndCloseTabs()
{
    QCOMPARE(m_window->tabs().size(), 1);
    ConnectionTab *first = m_window->currentTab();
    press(Qt::CTRL | Qt::Key_T);
    QCOMPARE(m_window->tabs().size(), 2);
    QVERIFY(m_window->currentTab() != first);
    press(Qt::CTRL | Qt::Key_W);
    QTRY_COMPARE(m_window->tabs().size(), 1);
    QCOMPARE(m_window->currentTab(), first); // the new, empty tab went; the connected one stayed
}

void TestShortcuts::ctrlShiftCCopiesTheTopic()
{
    QGuiApplication::clipboard()->setText(u"something else"_s);
    QVERIFY(selectLamp());
    // From anywhere in the window, not only the tree (which keeps plain Ctrl+C).
    m_window->findChild<QLineEdit *>(u"topicFilter"_s)->setFocus();
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), Lamp);
}

void TestShortcuts::deleteAsksBeforeDeletingTheRetainedMessage()
{
    QVERIFY(selectLamp());
    QString question;
    whenModal<QMessageBox>([&question](QMessageBox *box) {
        if (box->objectName() == u"deleteRetainedConfirmation"_s)
            question = box->text();
        box->reject(); // Cancel: nothing is deleted
    });
    press(Qt::Key_Delete);
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(Lamp), qPrintable(question));
    QVERIFY(isMarkedRetained(m_window.get(), Lamp));
}

void TestShortcuts::deleteInATextFieldEditsTheText()
{
    QVERIFY(selectLamp());
    auto *filter = m_window->findChild<QLineEdit *>(u"topicFilter"_s);
    filter->setFocus();
    filter->setText(u"lamp"_s);
    filter->setCursorPosition(0);
    bool asked = false;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = true;
        box->reject();
    });
    press(Qt::Key_Delete);
    QCOMPARE(filter->text(), u"amp"_s);
    QTest::qWait(200); // whenModal polls every 20 ms: a question would have been seen by now
    QVERIFY(!asked);
}

void TestShortcuts::f5Reconnects()
{
    IngestPipeline *pipeline = pipelineOf(m_window.get());
    QCOMPARE(pipeline->clientOptions().connection.port, m_broker.port());
    QSignalSpy states(pipeline, &IngestPipeline::stateChanged);
    treeOf(m_window.get())->setFocus();
    press(Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionState(), Mqtt::Client::State::Connected, 10000);
    bool wentThroughConnecting = false;
    for (const QList<QVariant> &state : std::as_const(states))
        wentThroughConnecting |= state.at(0).value<Mqtt::Client::State>() == Mqtt::Client::State::Connecting;
    QVERIFY2(wentThroughConnecting, "F5 did not start a new connection");
    // Same broker, same subscriptions: the retained message comes again into the emptied tree.
    QTRY_VERIFY_WITH_TIMEOUT(indexOf(m_window.get(), Lamp).isValid(), 10000);

    // A tab that never connected has nothing to reconnect to.
    m_window->newTab();
    press(Qt::Key_F5);
    QCOMPARE(m_window->connectionState(), Mqtt::Client::State::Disconnected);
}

void TestShortcuts::ctrlEnterPublishes()
{
    auto *dock = m_window->currentTab()->findChild<QDockWidget *>(u"publishDock"_s);
    QVERIFY(dock);
    dock->show();
    auto *topic = dock->findChild<QLineEdit *>(u"publishTopic"_s);
    auto *payload = dock->findChild<QPlainTextEdit *>(u"publishPayload"_s);
    QVERIFY(topic && payload);
    topic->setText(u"shortcuts/sent"_s);
    payload->setPlainText(u"by keyboard"_s);
    payload->setFocus();
    QTRY_VERIFY(payload->hasFocus());
    press(Qt::CTRL | Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(indexOf(m_window.get(), u"shortcuts/sent"_s).isValid(), 10000);
}

void TestShortcuts::ctrlPPausesAndCtrlLClears()
{
    treeOf(m_window.get())->setFocus();
    press(Qt::CTRL | Qt::Key_P);
    QVERIFY(m_window->currentTab()->isPaused());
    press(Qt::CTRL | Qt::Key_P);
    QVERIFY(!m_window->currentTab()->isPaused());
    QVERIFY(modelOf(m_window.get())->rowCount() > 0);
    press(Qt::CTRL | Qt::Key_L);
    QCOMPARE(modelOf(m_window.get())->rowCount(), 0);
}

void TestShortcuts::ctrlCommaOpensPreferences()
{
    QString opened;
    whenModal<PreferencesDialog>([&opened](PreferencesDialog *dialog) {
        opened = dialog->objectName();
        dialog->reject();
    });
    treeOf(m_window.get())->setFocus();
    press(Qt::CTRL | Qt::Key_Comma);
    QTRY_COMPARE(opened, u"preferencesDialog"_s);
}

void TestShortcuts::f1ListsTheShortcutsOfTheActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("Ctrl+N connection manager") << u"connectionManagerAction"_s << QKeySequence(Qt::CTRL | Qt::Key_N);
    QTest::newRow("Ctrl+F filter") << u"filterAction"_s << QKeySequence(Qt::CTRL | Qt::Key_F);
    QTest::newRow("Ctrl+Enter publish") << u"publishShortcutAction"_s << QKeySequence(Qt::CTRL | Qt::Key_Return);
    QTest::newRow("Delete retained") << u"deleteRetainedMenuAction"_s << QKeySequence(Qt::Key_Delete);
    QTest::newRow("Ctrl+Shift+C copy topic")
        << u"copyTopicMenuAction"_s << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QTest::newRow("F5 reconnect") << u"reconnectAction"_s << QKeySequence(Qt::Key_F5);
    QTest::newRow("Ctrl+T new tab") << u"newTabAction"_s << QKeySequence(Qt::CTRL | Qt::Key_T);
    QTest::newRow("Ctrl+W close tab") << u"closeTabAction"_s << QKeySequence(Qt::CTRL | Qt::Key_W);
    QTest::newRow("Ctrl+, preferences") << u"preferencesAction"_s << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    QTest::newRow("F1 shortcuts") << u"shortcutsAction"_s << QKeySequence(Qt::Key_F1);
    QTest::newRow("Ctrl+P pause") << u"pauseAction"_s << QKeySequence(Qt::CTRL | Qt::Key_P);
    QTest::newRow("Ctrl+L clear") << u"clearAction"_s << QKeySequence(Qt::CTRL | Qt::Key_L);
}

void TestShortcuts::f1ListsTheShortcutsOfTheActions()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, keys);
    // The action has the shortcut...
    auto *found = m_window->findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    QVERIFY2(found->shortcuts().contains(keys), qPrintable(found->shortcut().toString()));
    // ...and the page that F1 opens lists it, in the action's own words.
    QStringList rows;
    whenModal<ShortcutsDialog>([&rows](ShortcutsDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        for (int row = 0; table && row < table->rowCount(); ++row)
            rows.append(table->item(row, 0)->data(Qt::UserRole).toString() + u'|' + table->item(row, 0)->text() + u'|'
                + table->item(row, 1)->text());
        dialog->reject();
    });
    treeOf(m_window.get())->setFocus();
    press(Qt::Key_F1);
    QTRY_VERIFY(!rows.isEmpty());
    QString text = found->text();
    text.remove(u'&').remove(u'…');
    const QString expected = action + u'|' + text.trimmed() + u'|';
    const auto row = std::find_if(
        rows.cbegin(), rows.cend(), [&expected](const QString &entry) { return entry.startsWith(expected); });
    QVERIFY2(row != rows.cend(), qPrintable(expected + u" not in:\n"_s + rows.join(u'\n')));
    QVERIFY2(row->contains(keys.toString(QKeySequence::NativeText)), qPrintable(*row));
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
