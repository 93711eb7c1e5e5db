// SPDX-License-Identifier: MIT
// Issue 9 in the real window against a real mosquitto: three versions of a message, the History tab, two rows
// selected and compared structurally in the Diff tab; a binary payload switched between views (hex, text with
// invalid bytes marked, base64, a JSON view that falls back and says why, an image that is not one), the choice
// remembered per topic; MQTT 5 properties in the header; a history export of a subtree through the context menu and
// the file dialog; "Copy as mosquitto_pub" run by a shell with the real mosquitto_pub, which must publish the same
// bytes again; a truncated payload saying so in every view; a large payload decoded off the GUI thread.
//
// With CANOPY_SCREENSHOT_DIR set, the tests also save the screenshots of docs/ there (JSON tree, hex, Sparkplug B,
// history, diff).

#include "clienttestutil.h"
#include "common/translations.h"
#include "export/historyexport.h"
#include "export/historyformat.h"
#include "ingest/ingestpipeline.h"
#include "inspector/diffmodel.h"
#include "inspector/diffpanel.h"
#include "inspector/historymodel.h"
#include "inspector/historypanel.h"
#include "inspector/inspector.h"
#include "inspector/messageheader.h"
#include "inspector/messageview.h"
#include "inspector/pagedtextview.h"
#include "inspector/payloadpane.h"
#include "inspector/payloadtreemodel.h"
#include "inspector/rowview.h"
#include "mosquittofixture.h"
#include "protobufwire.h"
#include "tree/topictreemodel.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCborMap>
#include <QCborValue>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMutexLocker>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
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

QAction *actionNamed(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

// Picks a view in a payload view selector the way a keyboard user does (keys on the focused combo box).
bool chooseView(QComboBox *selector, const QString &name)
{
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Home);
    for (int i = 0; i < selector->count(); ++i) {
        if (selector->currentText() == name)
            return true;
        QTest::keyClick(selector, Qt::Key_Down);
    }
    return selector->currentText() == name;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CANOPY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(dir + u'/' + name);
}

QStringList diffRows(const DiffModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->index(r, DiffModel::TextColumn).data().toString();
    return rows;
}
} // namespace

class TestInspector : public QObject {
    Q_OBJECT
private:
    MosquittoFixture m_broker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Mqtt::Client> m_client;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;

    ConnectionTab *tab() const { return m_window->currentTab(); }
    Inspector *inspector() const { return tab()->inspector(); }
    PayloadPane *pane() const { return inspector()->messageView()->payload(); }
    QTreeView *tree() const { return m_window->topicTree(); }

    QModelIndex indexOf(const QString &topic) const
    {
        std::optional<NodeId> node;
        {
            QMutexLocker lock(&m_window->pipeline()->storeMutex());
            node = m_window->pipeline()->store().find(topic);
        }
        return node ? m_window->model()->indexForNode(*node) : QModelIndex();
    }
    quint64 received(const QString &topic) const
    {
        QMutexLocker lock(&m_window->pipeline()->storeMutex());
        const std::optional<NodeId> node = m_window->pipeline()->store().find(topic);
        return node ? m_window->pipeline()->store().historyInfo(*node).received : 0;
    }

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

    bool publish(const QString &topic, const QByteArray &payload, const Mqtt::Properties &properties = {})
    {
        Mqtt::Publish message;
        message.topic = topic;
        message.payload = payload;
        message.qos = 1;
        message.properties = properties;
        const Mqtt::RequestHandle handle = m_client->publish(message);
        return QTest::qWaitFor([&handle] { return handle.isFinished(); }, 5000) && handle.isSuccess();
    }

    // Selects topic in the tree once it has `count` messages in the store and the inspector shows the last one.
    bool select(const QString &topic, quint64 count)
    {
        if (!QTest::qWaitFor([&] { return received(topic) >= count && indexOf(topic).isValid(); }, 10000))
            return false;
        tree()->setCurrentIndex(indexOf(topic));
        return QTest::qWaitFor(
            [&] {
                return inspector()->shownTopic() == topic
                    && inspector()->historyPanel()->model()->info().received >= count;
            },
            5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the history preferences go to a test location
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(connectWindow());
        m_historyTester = std::make_unique<QAbstractItemModelTester>(
            inspector()->historyPanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_client = std::make_unique<Mqtt::Client>();
        m_client->setOptions(ClientTest::localOptions(
            m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V5, ClientTest::clientId(u"publisher"_s)));
        m_client->connectToBroker();
        QVERIFY(QTest::qWaitFor([this] { return m_client->isConnected(); }, 5000));
    }

    void cleanup()
    {
        m_client.reset();
        m_historyTester.reset();
        m_window.reset();
    }

    void threeVersionsHistoryAndDiff()
    {
        // A Zigbee sensor as Zigbee2MQTT publishes it; the second version has its keys in another order.
        const QString topic = u"zigbee2mqtt/living-room/climate"_s;
        QVERIFY(publish(topic,
            R"({"temperature": 21.5, "humidity": 48.2, "battery": 97, "linkquality": 134, )"
            R"("device": {"ieee": "0x00158d0001a2b3c4", "model": "WSDCGQ11LM", )"
            R"("sensors": [{"id": 1, "ok": true}, {"id": 2, "ok": true}]}})"));
        QVERIFY(publish(topic,
            R"({"humidity": 48.2, "temperature": 22, "linkquality": 134, "battery": 97, )"
            R"("device": {"model": "WSDCGQ11LM", "ieee": "0x00158d0001a2b3c4", )"
            R"("sensors": [{"id": 1, "ok": true}, {"id": 2, "ok": true}]}})"));
        QVERIFY(publish(topic,
            R"({"temperature": 22, "humidity": 47.9, "battery": 97, "linkquality": 121, )"
            R"("device": {"ieee": "0x00158d0001a2b3c4", "model": "WSDCGQ11LM", )"
            R"("sensors": [{"id": 1, "ok": false}, {"id": 2, "ok": true}]}, "alarm": true})"));
        QVERIFY(select(topic, 3));

        // The Message tab: the last message, as pretty JSON (auto), the tree a click away.
        QTRY_COMPARE(pane()->shownView(), PayloadView::Json);
        QVERIFY2(pane()->currentText().contains(u"\"alarm\": true"_s), qPrintable(pane()->currentText()));
        QVERIFY(chooseView(pane()->selector(), u"JSON tree"_s));
        QTRY_COMPARE(pane()->shownView(), PayloadView::JsonTree);
        PayloadTreeModel *treeModel = pane()->treeModel();
        QAbstractItemModelTester treeTester(treeModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex root = treeModel->index(0, 0);
        const QModelIndex sensors = treeModel->index(2, 0, treeModel->index(4, 0, root));
        const QModelIndex ok = treeModel->index(1, 0, treeModel->index(0, 0, sensors));
        QCOMPARE(ok.data(PayloadTreeModel::PathRole).toString(), u"$.device.sensors[0].ok"_s);
        QCOMPARE(ok.siblingAtColumn(PayloadTreeModel::ValueColumn).data().toString(), u"false"_s);
        // Copying a node copies its path.
        pane()->treeView()->setCurrentIndex(ok);
        pane()->treeView()->setFocus();
        QTest::keySequence(pane()->treeView(), QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), u"$.device.sensors[0].ok"_s);
        pane()->treeView()->expandAll();
        saveScreenshot(m_window.get(), u"screenshot-inspector-json-tree.png"_s);

        // The History tab, through the tree's context menu: three rows, newest first.
        QAction *showHistory = tab()->findChild<QAction *>(u"showHistoryAction"_s);
        QVERIFY(showHistory);
        showHistory->trigger();
        QCOMPARE(inspector()->currentIndex(), int(Inspector::HistoryTab));
        HistoryPanel *history = inspector()->historyPanel();
        RowView *table = history->table();
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QCOMPARE(history->summary(), u"3 messages kept"_s);
        QVERIFY(table->model()->index(0, HistoryModel::PreviewColumn).data().toString().contains(u"47.9"_s));
        QVERIFY(table->model()->index(2, HistoryModel::PreviewColumn).data().toString().contains(u"21.5"_s));

        // Select the oldest and the newest row with the mouse; Compare shows their structural diff.
        auto *compare = history->findChild<QPushButton *>(u"historyCompareButton"_s);
        QVERIFY(!compare->isEnabled());
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
            table->visualRect(table->model()->index(2, 0)).center());
        QCOMPARE(history->selectedNumbers(), QList<quint64>({ 0, 2 }));
        QVERIFY(compare->isEnabled());
        saveScreenshot(m_window.get(), u"screenshot-inspector-history.png"_s);
        QTest::mouseClick(compare, Qt::LeftButton);
        QCOMPARE(inspector()->currentIndex(), int(Inspector::DiffTab));
        DiffPanel *diff = inspector()->diffPanel();
        QAbstractItemModelTester diffTester(diff->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!diff->isBusy());
        QVERIFY2(diff->title().contains(u"#1"_s) && diff->title().contains(u"#3"_s), qPrintable(diff->title()));
        QCOMPARE(diffRows(diff->model()),
            QStringList({ u"~ $.temperature: 21.5 → 22"_s, u"~ $.humidity: 48.2 → 47.9"_s,
                u"~ $.linkquality: 134 → 121"_s, u"~ $.device.sensors[0].ok: true → false"_s, u"+ $.alarm: true"_s }));
        QCOMPARE(diff->summary(), u"Structure (key order ignored): 1 path added, 0 removed, 4 changed"_s);
        saveScreenshot(m_window.get(), u"screenshot-inspector-diff.png"_s);

        // "Newest vs previous": the default pair; the temperature did not change there, the key order did.
        QTest::mouseClick(diff->findChild<QPushButton *>(u"diffNewestButton"_s), Qt::LeftButton);
        QTRY_COMPARE(diffRows(diff->model()),
            QStringList({ u"~ $.humidity: 48.2 → 47.9"_s, u"~ $.linkquality: 134 → 121"_s,
                u"~ $.device.sensors[0].ok: true → false"_s, u"+ $.alarm: true"_s }));
        // Forced to text: a line diff with the changed characters highlighted.
        auto *mode = diff->findChild<QComboBox *>(u"diffMode"_s);
        QVERIFY(chooseView(mode, u"Text, line by line"_s));
        QTRY_COMPARE(diff->model()->rowCount(), 2);
        QCOMPARE(diff->model()->index(0, DiffModel::TextColumn).data().toString().left(2), u"- "_s);
        QCOMPARE(diff->model()->index(1, DiffModel::TextColumn).data().toString().left(2), u"+ "_s);
    }

    void binaryPayloadViews()
    {
        QByteArray bytes;
        for (int i = 0; i < 300; ++i)
            bytes += char(i * 37 + 5);
        bytes.prepend("caf\xff ");
        QVERIFY(publish(u"bin/blob"_s, bytes));
        QVERIFY(publish(u"bin/other"_s, "plain"));
        QVERIFY(select(u"bin/blob"_s, 1));
        QTRY_COMPARE(pane()->shownView(), PayloadView::Hex);
        RowView *hex = pane()->hexView();
        QCOMPARE(hex->model()->rowCount(), (bytes.size() + 15) / 16);
        QCOMPARE(hex->model()->index(0, 1).data().toString(),
            QString::fromLatin1(bytes.first(16).toHex(' ')).insert(24, u' '));
        saveScreenshot(m_window.get(), u"screenshot-inspector-hex.png"_s);

        // Text: the invalid bytes are marked, not dropped.
        QVERIFY(chooseView(pane()->selector(), u"Text"_s));
        QCOMPARE(pane()->shownView(), PayloadView::Text);
        QVERIFY2(pane()->currentText().startsWith(u"caf⟨FF⟩ "_s), qPrintable(pane()->currentText().left(20)));
        QVERIFY(pane()->notice().contains(u"are not UTF-8"_s));
        QVERIFY(!pane()->textView()->editor()->extraSelections().isEmpty());
        // Base64: exactly the bytes.
        QVERIFY(chooseView(pane()->selector(), u"Base64"_s));
        QCOMPARE(pane()->currentText().remove(u'\n'), QString::fromLatin1(bytes.toBase64()));
        // JSON on bytes that are not: hex, with the parse error in words.
        QVERIFY(chooseView(pane()->selector(), u"JSON tree"_s));
        QCOMPARE(pane()->shownView(), PayloadView::Hex);
        QVERIFY2(pane()->notice().startsWith(u"Not valid JSON: "_s), qPrintable(pane()->notice()));
        QVERIFY(pane()->notice().endsWith(u"Shown as hex instead."_s));
        // An image that is not one.
        QVERIFY(chooseView(pane()->selector(), u"Image"_s));
        QCOMPARE(pane()->shownView(), PayloadView::Hex);
        QVERIFY2(pane()->notice().startsWith(u"Not an image Qt can read"_s), qPrintable(pane()->notice()));

        // The choice is remembered for this topic only, for the session.
        QVERIFY(chooseView(pane()->selector(), u"Base64"_s));
        QVERIFY(select(u"bin/other"_s, 1));
        QCOMPARE(pane()->shownView(), PayloadView::Text);
        QVERIFY(select(u"bin/blob"_s, 1));
        QCOMPARE(pane()->shownView(), PayloadView::Base64);
        QCOMPARE(pane()->selector()->currentText(), u"Base64"_s);
        // A new message on the topic keeps the choice.
        QVERIFY(publish(u"bin/blob"_s, bytes + "more"));
        QTRY_COMPARE(inspector()->messageView()->message().payload, bytes + "more");
        QCOMPARE(pane()->shownView(), PayloadView::Base64);
    }

    void cborAndHeaderProperties()
    {
        const QByteArray cbor = QCborValue(QCborMap { { u"temp"_s, 21.5 }, { 1, QByteArray("\x01\x02", 2) } }).toCbor();
        Mqtt::Properties p;
        p.contentType = u"application/cbor"_s;
        p.messageExpiryInterval = 3600;
        p.responseTopic = u"reply/\u202Ehere"_s;
        p.correlationData = QByteArray("req-7");
        p.userProperties = { { u"source"_s, u"line 2"_s }, { u"source"_s, u"again"_s } };
        QVERIFY(publish(u"v5/cbor"_s, cbor, p));
        QVERIFY(select(u"v5/cbor"_s, 1));
        QTRY_COMPARE(pane()->shownView(), PayloadView::CborTree);
        MessageHeader *header = inspector()->messageView()->header();
        QCOMPARE(header->qosLabel()->text(), u"QoS 0"_s); // the window subscribes at QoS 0
        QCOMPARE(header->retainLabel()->text(), u"not retained"_s);
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"_s)
                    .match(header->timeLabel()->text())
                    .hasMatch());
        QCOMPARE(header->sizeLabel()->text(), u"%1 bytes"_s.arg(cbor.size()));
        auto label = [this](const QString &name) { return tab()->findChild<QLabel *>(name)->text(); };
        QCOMPARE(label(u"messageContentType"_s), u"application/cbor"_s);
        QCOMPARE(label(u"messageExpiry"_s), u"3,600 s"_s);
        QCOMPARE(label(u"messageResponseTopic"_s), u"reply/<U+202E>here"_s);
        QCOMPARE(label(u"messageCorrelationData"_s), u"req-7 · hex 72 65 71 2d 37"_s);
        QTableWidget *users = header->userProperties();
        QCOMPARE(users->rowCount(), 2);
        QCOMPARE(users->item(1, 0)->text(), u"source"_s);
        QCOMPARE(users->item(1, 1)->text(), u"again"_s);
        // Its diagnostic notation, and a key that is not a string keeps its notation in the tree.
        QVERIFY(chooseView(pane()->selector(), u"CBOR diagnostic"_s));
        QCOMPARE(pane()->currentText(), u"{\n  \"temp\": 21.5,\n  1: h'0102'\n}"_s);
        QVERIFY(chooseView(pane()->selector(), u"CBOR tree"_s));
        const QModelIndex one = pane()->treeModel()->index(1, 0, pane()->treeModel()->index(0, 0));
        QCOMPARE(one.data().toString(), u"1"_s);
        QCOMPARE(one.data(PayloadTreeModel::PathRole).toString(), u"$[1]"_s);
    }

    // A Sparkplug B payload published to the broker on a spBv1.0/ topic: the inspector opens it as Sparkplug B (the
    // topic travels from the tree to the pane), and the raw Protocol Buffers view shows the same bytes by number.
    void sparkplugThroughTheBroker()
    {
        using namespace ProtobufWire;
        const QByteArray payload
            = number(1, 1'700'000'000'000) + metric("Boiler/Pressure", 10, float64(13, 2.75)) + number(3, 12);
        QVERIFY(publish(u"spBv1.0/plant/DDATA/edge1/boiler"_s, payload));
        QVERIFY(select(u"spBv1.0/plant/DDATA/edge1/boiler"_s, 1));
        QTRY_COMPARE(pane()->shownView(), PayloadView::SparkplugB);
        saveScreenshot(m_window.get(), u"screenshot-inspector-sparkplug.png"_s);
        const PayloadTreeModel *model = pane()->treeModel();
        const QModelIndex metric = model->index(0, 0, model->index(1, 0, model->index(0, 0)));
        QCOMPARE(model->index(0, PayloadTreeModel::ValueColumn, metric).data().toString(), u"\"Boiler/Pressure\""_s);
        QCOMPARE(model->index(2, PayloadTreeModel::ValueColumn, metric).data().toString(), u"2.75"_s);
        QVERIFY(chooseView(pane()->selector(), u"Protocol Buffers (raw)"_s));
        QCOMPARE(pane()->shownView(), PayloadView::Protobuf);
        QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), u"1"_s); // field numbers as keys

        // The next report; the Diff tab, clicked, shows the metric that changed, not two hex dumps.
        const QByteArray next = number(1, 1'700'000'001'000)
            + ProtobufWire::metric("Boiler/Pressure", 10, float64(13, 2.5)) + number(3, 13);
        QVERIFY(publish(u"spBv1.0/plant/DDATA/edge1/boiler"_s, next));
        QTRY_COMPARE(received(u"spBv1.0/plant/DDATA/edge1/boiler"_s), quint64(2));
        QTabBar *tabs = inspector()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(Inspector::DiffTab).center());
        QCOMPARE(inspector()->currentIndex(), int(Inspector::DiffTab));
        DiffPanel *diff = inspector()->diffPanel();
        QAbstractItemModelTester diffTester(diff->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(diffRows(diff->model()),
            QStringList({ u"~ $.timestamp: 1700000000000 → 1700000001000"_s, u"~ $.metrics[0].value: 2.75 → 2.5"_s,
                u"~ $.seq: 12 → 13"_s }));
        QCOMPARE(diff->summary(), u"Structure (key order ignored): 0 paths added, 0 removed, 3 changed"_s);
        saveScreenshot(m_window.get(), u"screenshot-inspector-diff-sparkplug.png"_s);
    }

    void exportSubtreeFromTheContextMenu()
    {
        for (int i = 0; i < 5; ++i) {
            QVERIFY(publish(u"plant/a"_s, "a" + QByteArray::number(i)));
            QVERIFY(publish(u"plant/b/c"_s, QByteArray("\x00\x01", 2) + char(i)));
        }
        QVERIFY(publish(u"elsewhere"_s, "no"));
        QTRY_VERIFY(received(u"plant/b/c"_s) == 5 && indexOf(u"plant"_s).isValid());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plant-history.jsonl"_s);
        // The context menu of "plant", then the file dialog, as a user does.
        const QModelIndex plant = indexOf(u"plant"_s);
        tree()->scrollTo(plant);
        const QRect rect = tree()->visualRect(plant);
        QSignalSpy finished(inspector()->historyExport(), &HistoryExport::finished);
        whenPopup([](QMenu *menu) {
            QAction *action = actionNamed(menu, u"exportHistoryAction"_s);
            QVERIFY(action);
            action->trigger();
            menu->close();
        });
        whenModal<QFileDialog>([path](QFileDialog *dialog) {
            QCOMPARE(dialog->objectName(), u"exportHistoryDialog"_s);
            // Typed into the file name field, then Enter, as a user does.
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
        });
        Q_EMIT tree()->customContextMenuRequested(rect.center());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(finished.at(0).at(1).toString(), u"10 messages exported to “plant-history.jsonl” (from 2 topics)."_s);
        QTRY_COMPARE(tab()->findChild<QLabel *>(u"connectionStatus"_s)->text(), finished.at(0).at(1).toString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<HistoryFormat::Record> records;
        QString error;
        QVERIFY2(
            HistoryFormat::parse(HistoryFormat::Format::JsonLines, file.readAll(), records, &error), qPrintable(error));
        QCOMPARE(records.size(), 10);
        QCOMPARE(records.at(0).topic, u"plant/a"_s);
        QCOMPARE(records.at(4).message.payload, QByteArray("a4"));
        QCOMPARE(records.at(9).topic, u"plant/b/c"_s);
        QCOMPARE(records.at(9).message.payload, QByteArray("\x00\x01\x04", 3)); // base64 in the file, bytes back
    }

    void copyAsMosquittoPubPublishesTheSameBytes()
    {
        const QByteArray payload = QByteArray("it's $(not run) ") + '\0' + QByteArray("\x1b[31m \xff\n");
        QVERIFY(publish(u"cmd/it's"_s, payload));
        QVERIFY(select(u"cmd/it's"_s, 1));
        auto *copy = tab()->findChild<QToolButton *>(u"copyCommandButton"_s);
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString command = QApplication::clipboard()->text();
        QVERIFY2(command.contains(u"-p %1"_s.arg(m_broker.port())), qPrintable(command));
        // The real mosquitto_pub, through a real shell: the window receives the same bytes again.
        QProcess shell;
        shell.start(u"/bin/sh"_s, { u"-c"_s, command });
        QVERIFY(shell.waitForFinished(10000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        QTRY_COMPARE(received(u"cmd/it's"_s), quint64(2));
        QList<StoredMessage> both;
        {
            QMutexLocker lock(&m_window->pipeline()->storeMutex());
            const TopicStore &store = m_window->pipeline()->store();
            store.readHistory(*store.find(u"cmd/it's"_s), 0, 2, both);
        }
        QCOMPARE(both.at(1).payload, payload);
        QCOMPARE(both.at(1).qos, quint8(0)); // as the window subscribes
    }

    void truncatedAndLargePayloads()
    {
        // Over the store's limit (1 MiB): every view says it is cut.
        QByteArray json = "[";
        for (int i = 0; i < 200000; ++i)
            json += "{\"i\":" + QByteArray::number(i) + "},";
        json += "0]";
        QVERIFY(json.size() > 1024 * 1024);
        QVERIFY(publish(u"big/cut"_s, json));
        QVERIFY(select(u"big/cut"_s, 1));
        auto *truncated = tab()->findChild<QLabel *>(u"payloadTruncated"_s);
        QTRY_VERIFY(truncated->isVisible());
        QVERIFY2(truncated->text().startsWith(u"Payload truncated: the store kept the first "_s),
            qPrintable(truncated->text()));
        QCOMPARE(pane()->shownView(), PayloadView::Text); // cut JSON is not JSON
        QVERIFY(chooseView(pane()->selector(), u"Hex"_s));
        QVERIFY(truncated->isVisible());
        QVERIFY(chooseView(pane()->selector(), u"JSON tree"_s));
        QVERIFY(truncated->isVisible());
        QVERIFY2(pane()->notice().startsWith(u"The payload is cut at "_s), qPrintable(pane()->notice()));
        QVERIFY(pane()->notice().contains(u"so it cannot be read as JSON. Shown as text instead."_s));

        // With a higher limit the whole document arrives; its tree is built off the GUI thread.
        m_window->pipeline()->setPayloadLimit(64 * 1024 * 1024);
        QVERIFY(publish(u"big/whole"_s, json));
        QVERIFY(select(u"big/whole"_s, 1));
        QTRY_COMPARE(pane()->shownView(), PayloadView::Json);
        QVERIFY(pane()->currentText().startsWith(u"[\n  {\n    \"i\": 0\n  },"_s));
        QVERIFY(pane()->textView()->findChild<QToolButton *>(u"payloadNextPage"_s)->isEnabled()); // paged
        QVERIFY(chooseView(pane()->selector(), u"JSON tree"_s));
        QVERIFY(pane()->isBusy());
        QVERIFY(pane()->notice().startsWith(u"Reading "_s));
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->isBusy(), 20000);
        QCOMPARE(pane()->shownView(), PayloadView::JsonTree);
        QCOMPARE(pane()->treeModel()->rowCount(pane()->treeModel()->index(0, 0)), 200001);
        QVERIFY(pane()->notice().isEmpty());
    }

    void historyFollowsAndFilters()
    {
        tab()->pipeline()->setHistoryDepth(1000);
        for (int i = 0; i < 30; ++i)
            QVERIFY(publish(u"f/t"_s, "value=" + QByteArray::number(i)));
        QVERIFY(select(u"f/t"_s, 30));
        inspector()->showHistory();
        HistoryPanel *history = inspector()->historyPanel();
        QTRY_COMPARE(history->model()->rowCount(), 30);
        // Filter: "VALUE=2" matches value=2 and value=20..29, newest first.
        auto *filter = history->findChild<QLineEdit *>(u"historyFilter"_s);
        QTest::keyClicks(filter, u"VALUE=2"_s);
        QTRY_VERIFY(!history->model()->isSearching());
        QCOMPARE(history->model()->rowCount(), 11);
        QCOMPARE(history->model()->index(0, HistoryModel::PreviewColumn).data().toString(), u"value=29"_s);
        QCOMPARE(history->model()->index(10, HistoryModel::PreviewColumn).data().toString(), u"value=2"_s);
        QVERIFY2(history->summary().endsWith(u"11 matching messages"_s), qPrintable(history->summary()));
        filter->clear();
        QTRY_COMPARE(history->model()->rowCount(), 30);
        // A selected row stays where it is: new messages wait behind a button.
        QTest::mouseClick(history->table()->viewport(), Qt::LeftButton, {},
            history->table()->visualRect(history->model()->index(3, 0)).center());
        const quint64 selected = history->selectedNumbers().value(0);
        QVERIFY(publish(u"f/t"_s, "value=30"));
        QVERIFY(publish(u"f/t"_s, "value=31"));
        auto *newer = history->findChild<QPushButton *>(u"historyNewMessages"_s);
        QTRY_VERIFY(newer->isVisible());
        QTRY_COMPARE(newer->text(), u"2 new messages: show"_s); // the two may come in two change sets
        QCOMPARE(history->model()->rowCount(), 30);
        QCOMPARE(history->selectedNumbers().value(0), selected);
        QTest::mouseClick(newer, Qt::LeftButton);
        QCOMPARE(history->model()->rowCount(), 32);
        QCOMPARE(history->selectedNumbers().value(0), selected); // the same message, two rows lower
        QVERIFY(!newer->isVisible());
        // Preview of the selected row.
        QCOMPARE(tab()->findChild<QLineEdit *>(u"historyMessageTopic"_s)->text(), u"f/t"_s);
        QCOMPARE(history->preview()->message().payload, QByteArray("value=26"));
    }
};

QTEST_MAIN(TestInspector)
#include "protobufwire.h"
#include "tst_inspector.moc"
