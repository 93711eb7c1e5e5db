// SPDX-License-Identifier: MIT
// The inspector's models and row view without a broker (offscreen widgets over a local TopicStore), each model
// wrapped in QAbstractItemModelTester: the history table newest first, taking in new messages at the top and
// evictions at the bottom, "(evicted)" rows until then, a filter whose matches appear as they are found, a cache that
// stays bounded however many messages are stored; the payload tree (paths, lazy rows of a million-element array);
// the hex rows; diff rows with highlights moved through visibleText(); and RowView, whose rows stay where they are
// when rows arrive above them, with click, Ctrl+click, Shift+click and keyboard selection.

#include "common/translations.h"
#include "diff/textdiff.h"
#include "inspector/diffmodel.h"
#include "inspector/hexmodel.h"
#include "inspector/historymodel.h"
#include "inspector/messageview.h"
#include "inspector/payloadtreemodel.h"
#include "inspector/rowview.h"
#include "payload/jsonparser.h"
#include "store/topicstore.h"
#include "topicstoretestutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QMutex>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TopicStoreTest;

class TestInspectorModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); }
    void historyNewestFirstWithRefresh();
    void historyEvictedRowsAndEvictionOnRefresh();
    void historyFilterFindsAsItGoes();
    void historyCacheStaysBounded();
    void historyStoreClearedResets();
    void payloadTreeModel();
    void hexModel();
    void diffModelMovesHighlights();
    void rowViewKeepsRowsInPlace();
    void rowViewSelection();
    void messageViewCopiesAndSaves();
};

namespace {
QString preview(const HistoryModel &model, int row)
{
    return model.index(row, HistoryModel::PreviewColumn).data().toString();
}
} // namespace

void TestInspectorModels::historyNewestFirstWithRefresh()
{
    TopicStore store;
    QMutex mutex;
    store.setHistoryDepth(1000);
    NodeId node = 0;
    for (int i = 0; i < 10; ++i)
        node = store.ingest(publish(u"t"_s, "m" + QByteArray::number(i), quint8(i % 3), i == 9), 1000 + i);
    HistoryModel model(mutex, store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNode(node);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(preview(model, 0), u"m9"_s);
    QCOMPARE(preview(model, 9), u"m0"_s);
    QCOMPARE(model.index(0, HistoryModel::QosColumn).data().toString(), u"0"_s);
    QCOMPARE(model.index(1, HistoryModel::QosColumn).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, HistoryModel::RetainColumn).data().toString(), u"retained"_s);
    QCOMPARE(model.index(0, HistoryModel::SizeColumn).data().toString(), u"2 bytes"_s);
    QCOMPARE(model.index(3, 0).data(HistoryModel::NumberRole).toULongLong(), 6ull);
    QCOMPARE(model.rowOf(6), 3);
    StoredMessage m;
    QVERIFY(model.message(3, m));
    QCOMPARE(m.payload, QByteArray("m6"));
    QCOMPARE(m.timeMs, qint64(1006));

    // New messages are not rows until refresh(), which inserts them at the top.
    for (int i = 10; i < 13; ++i)
        store.ingest(publish(u"t"_s, "m" + QByteArray::number(i)), 1000 + i);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.newerThanRows(), 3ull);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.refresh());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(preview(model, 0), u"m12"_s);
    QCOMPARE(preview(model, 3), u"m9"_s); // the same message, three rows lower
    QCOMPARE(model.newerThanRows(), 0ull);
}

void TestInspectorModels::historyEvictedRowsAndEvictionOnRefresh()
{
    TopicStore store;
    QMutex mutex;
    store.setHistoryDepth(5);
    NodeId node = 0;
    for (int i = 0; i < 5; ++i)
        node = store.ingest(publish(u"t"_s, "m" + QByteArray::number(i)), i);
    HistoryModel model(mutex, store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNode(node);
    QCOMPARE(model.rowCount(), 5);
    HistoryModel unread(mutex, store); // no view has asked it for a row yet
    unread.setNode(node);
    // Two more: m0 and m1 leave the store (depth 5); rows read from now on say so until refresh().
    store.ingest(publish(u"t"_s, "m5"), 5);
    store.ingest(publish(u"t"_s, "m6"), 6);
    QCOMPARE(preview(unread, 4), u"(evicted)"_s); // m0
    QCOMPARE(preview(unread, 2), u"m2"_s);
    StoredMessage m;
    QVERIFY(!model.message(4, m)); // the message itself is gone, whatever a row read before shows
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.refresh());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 3); // the two oldest rows, at the bottom
    QCOMPARE(removed.at(0).at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(preview(model, 0), u"m6"_s);
    QCOMPARE(preview(model, 4), u"m2"_s);
    QCOMPARE(model.info().overDepth(), 2ull);
    // Everything replaced at once.
    for (int i = 7; i < 20; ++i)
        store.ingest(publish(u"t"_s, "m" + QByteArray::number(i)), i);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(preview(model, 0), u"m19"_s);
    QCOMPARE(preview(model, 4), u"m15"_s);
}

void TestInspectorModels::historyFilterFindsAsItGoes()
{
    TopicStore store;
    QMutex mutex;
    store.setHistoryDepth(20000);
    NodeId node = 0;
    for (int i = 0; i < 20000; ++i)
        node = store.ingest(publish(u"t"_s, (i % 1000 == 7 ? "ALARM at " : "ok at ") + QByteArray::number(i)), i);
    HistoryModel model(mutex, store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNode(node);
    QSignalSpy finished(&model, &HistoryModel::searchFinished);
    model.setFilter(u"alarm"_s); // letters in any case
    QVERIFY(model.isSearching());
    QCOMPARE(model.rowCount(), 0); // nothing found yet: the search runs in slices from the event loop
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(preview(model, 0), u"ALARM at 19007"_s);
    QCOMPARE(preview(model, 19), u"ALARM at 7"_s);
    QCOMPARE(model.number(0), 19007ull);
    QCOMPARE(model.rowOf(7), 19);
    QCOMPARE(model.rowOf(8), -1);
    // New matching messages join at the top on refresh; others do not.
    store.ingest(publish(u"t"_s, "alarm again"), 20000);
    store.ingest(publish(u"t"_s, "fine"), 20001);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(preview(model, 0), u"alarm again"_s);
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), 20000); // the depth
}

void TestInspectorModels::historyCacheStaysBounded()
{
    TopicStore store;
    QMutex mutex;
    store.setHistoryDepth(200000);
    NodeId node = 0;
    for (int i = 0; i < 200000; ++i)
        node = store.ingest(publish(u"t"_s, "m" + QByteArray::number(i)), i);
    HistoryModel model(mutex, store);
    model.setNode(node);
    for (int row = 0; row < model.rowCount(); row += 997)
        QCOMPARE(preview(model, row), u"m"_s + QString::number(199999 - row));
    QVERIFY(model.cachedRows() <= HistoryModel::PageRows * HistoryModel::CachedPages);
    QVERIFY(model.memoryUsage() < 512 * 1024);
}

void TestInspectorModels::historyStoreClearedResets()
{
    TopicStore store;
    QMutex mutex;
    const NodeId node = store.ingest(publish(u"t"_s, "x"), 1);
    HistoryModel model(mutex, store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNode(node);
    QCOMPARE(model.rowCount(), 1);
    store.clear();
    store.ingest(publish(u"other"_s, "y"), 2); // node ids start again: the old id means another topic now
    QVERIFY(!model.refresh());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.node(), NodeId(0));
}

void TestInspectorModels::payloadTreeModel()
{
    QByteArray json = R"({"name": "caf\u00e9 \u202e", "list": [)";
    for (int i = 0; i < 100000; ++i)
        json += (i ? "," : "") + QByteArray::number(i);
    json += "]}";
    const JsonParser::Result result = JsonParser::parse(json, true);
    QVERIFY(result.valid);
    PayloadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(result.tree);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), u"$"_s);
    QCOMPARE(model.rowCount(root), 2);
    const QModelIndex name = model.index(0, PayloadTreeModel::ValueColumn, root);
    QCOMPARE(name.data().toString(), u"\"café <U+202E>\""_s); // broker text made visible
    QCOMPARE(model.index(0, PayloadTreeModel::TypeColumn, root).data().toString(), u"string"_s);
    const QModelIndex list = model.index(1, 0, root);
    QCOMPARE(model.rowCount(list), 100000);
    const QModelIndex last = model.index(99999, 0, list);
    QCOMPARE(last.data().toString(), u"[99999]"_s);
    QCOMPARE(last.data(PayloadTreeModel::PathRole).toString(), u"$.list[99999]"_s);
    QCOMPARE(model.parent(last), list);
    QCOMPARE(model.index(1, PayloadTreeModel::ValueColumn, root).data().toString(), u"[100,000]"_s);
    QVERIFY(model.index(1, 0, root).data(Qt::ToolTipRole).toString().startsWith(u"<p style='white-space:pre'>"_s));
}

void TestInspectorModels::hexModel()
{
    HexModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QByteArray bytes("Hello, world!\n\x00\xff", 16);
    bytes += "tail";
    model.setBytes(bytes);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HexModel::OffsetColumn).data().toString(), u"00000000"_s);
    QCOMPARE(
        model.index(0, HexModel::HexColumn).data().toString(), u"48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 ff"_s);
    QCOMPARE(model.index(0, HexModel::TextColumn).data().toString(), u"Hello, world!..."_s);
    QCOMPARE(model.index(1, HexModel::HexColumn).data().toString(), u"74 61 69 6c"_s);
    QCOMPARE(model.rowsText(0, 1),
        u"00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 ff  |Hello, world!...|\n"
        "00000010  74 61 69 6c                                       |tail|\n"_s);
}

void TestInspectorModels::diffModelMovesHighlights()
{
    // "b" changed to "c" after a zero width space, which visibleText() lengthens to <U+200B>.
    const DiffResult result = TextDiff::compute(u"a\u200Bb x\n"_s, u"a\u200Bc x\n"_s);
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(result);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex added = model.index(1, DiffModel::TextColumn);
    QCOMPARE(added.data().toString(), u"+ a<U+200B>c x"_s);
    const QList<DiffRange> ranges = added.data(DiffModel::HighlightsRole).value<QList<DiffRange>>();
    QCOMPARE(ranges, QList<DiffRange>({ { 9, 1 } })); // the "c", after the 8 characters of <U+200B>
    QCOMPARE(added.data().toString().mid(2 + ranges[0].start, ranges[0].length), u"c"_s);
    QCOMPARE(model.index(1, DiffModel::NewColumn).data().toString(), u"1"_s);
    QCOMPARE(model.index(1, DiffModel::OldColumn).data().toString(), QString());
    QCOMPARE(model.rowsText({ 0, 1 }), u"- a\u200Bb x\n+ a\u200Bc x\n"_s); // copies the real text
}

void TestInspectorModels::rowViewKeepsRowsInPlace()
{
    QStandardItemModel model(0, 2);
    for (int i = 0; i < 1000; ++i)
        model.appendRow({ new QStandardItem(QString::number(i)), new QStandardItem(u"x"_s) });
    RowView view;
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.visibleRows() > 3);
    QCOMPARE(view.verticalScrollBar()->maximum(), 1000 - view.visibleRows());
    // At the top, rows inserted at the top are shown.
    model.insertRow(0, { new QStandardItem(u"new"_s), new QStandardItem(u"x"_s) });
    QCOMPARE(view.firstVisibleRow(), 0);
    // Scrolled down, the rows on screen stay on screen.
    view.verticalScrollBar()->setValue(500);
    const QString before = model.index(view.firstVisibleRow(), 0).data().toString();
    model.insertRows(0, 3);
    QCOMPARE(model.index(view.firstVisibleRow(), 0).data().toString(), before);
    model.removeRows(0, 2);
    QCOMPARE(model.index(view.firstVisibleRow(), 0).data().toString(), before);
    // Row geometry.
    const QModelIndex index = model.index(view.firstVisibleRow() + 2, 1);
    const QRect rect = view.visualRect(index);
    QCOMPARE(rect.top(), 2 * view.rowHeight());
    QCOMPARE(view.rowAt(rect.center().y()), index.row());
    QVERIFY(view.visualRect(model.index(0, 0)).isEmpty()); // not on screen
}

void TestInspectorModels::rowViewSelection()
{
    QStandardItemModel model(0, 2);
    for (int i = 0; i < 100; ++i)
        model.appendRow({ new QStandardItem(QString::number(i)), new QStandardItem(u"x"_s) });
    RowView view;
    view.setModel(&model);
    view.resize(400, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto rowCenter = [&](int row) { return view.visualRect(model.index(row, 0)).center(); };
    auto selected = [&] {
        QList<int> rows;
        for (const QModelIndex &index : view.selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rowCenter(2));
    QCOMPARE(selected(), QList<int>({ 2 }));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, rowCenter(5));
    QCOMPARE(selected(), QList<int>({ 2, 5 }));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, rowCenter(2));
    QCOMPARE(selected(), QList<int>({ 5 }));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, rowCenter(8));
    QCOMPARE(selected(), QList<int>({ 2, 3, 4, 5, 6, 7, 8 })); // from the last click, as Qt's views do
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(selected(), QList<int>({ 9 }));
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(selected(), QList<int>({ 9, 10 }));
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(selected(), QList<int>({ 99 }));
    QCOMPARE(view.firstVisibleRow(), 100 - view.visibleRows());
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.firstVisibleRow(), 0);
    QTest::keySequence(&view, QKeySequence::SelectAll);
    QCOMPARE(selected().size(), 100);
    // Selection follows rows inserted above it.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rowCenter(3));
    model.insertRows(0, 2);
    QCOMPARE(selected(), QList<int>({ 5 }));
}

void TestInspectorModels::messageViewCopiesAndSaves()
{
    MessageView view { QString() };
    StoredMessage m;
    m.payload = QByteArray::fromHex("000162696e617279ff"); // 00 01 "binary" ff
    m.originalSize = 5000;
    m.truncated = true;
    view.showMessage(1, u"a/b"_s, m, -1);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"payload.bin"_s);
    QVERIFY(QFile(path).open(QIODevice::WriteOnly)); // an existing file is replaced
    QString error;
    QVERIFY2(view.savePayload(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m.payload); // the stored bytes, exactly
    QVERIFY(!view.savePayload(dir.path(), &error)); // a directory
    QVERIFY2(error.startsWith(u"“"_s + dir.path() + u"” cannot be written: "_s), qPrintable(error));
    // Binary payloads copy as hex text, with the raw bytes beside for programs that take them.
    view.copyPayload();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QCOMPARE(data->text(), u"00 01 62 69 6e 61 72 79 ff"_s);
    QCOMPARE(data->data(u"application/octet-stream"_s), m.payload);
    m.payload = "plain text";
    m.truncated = false;
    m.originalSize = m.payload.size();
    view.showMessage(1, u"a/b"_s, m, -1);
    view.copyPayload();
    QCOMPARE(QApplication::clipboard()->text(), u"plain text"_s);
    QCOMPARE(view.publishCommand(), u"mosquitto_pub -h 'localhost' -p 1883 -t 'a/b' -m 'plain text'"_s);
}

QTEST_MAIN(TestInspectorModels)
#include "tst_inspectormodels.moc"
