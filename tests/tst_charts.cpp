// SPDX-License-Identifier: MIT
// Live charts in the real window against a real mosquitto (issue 11): a series added from the tree's context menu
// is back-filled from the history and follows new values (points, statistics, the lines' runs); all numeric fields of a
// JSON topic; a value picked in the inspector's JSON tree; the "Add series" dialog with a wildcard (topics that
// appear later get their series) and its refusal of a bad path; a path that matches nothing says so; removal frees
// the memory and detaches the feed from the worker; CSV and PNG export; the setup restored for the same endpoint.

#include "charts/addseriesdialog.h"
#include "charts/chartcsv.h"
#include "charts/chartpanel.h"
#include "charts/chartsarea.h"
#include "charts/chartview.h"
#include "charts/plotlinesitem.h"
#include "clienttestutil.h"
#include "common/translations.h"
#include "inspector/payloadtreemodel.h"
#include "mosquittofixture.h"
#include "preferences/preferences.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"
#include "windowtestutil.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QImage>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WindowTest;

class TestCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void seriesFromTreeFollowsTheBroker();
    void allNumericFieldsOfJson();
    void valueFromInspectorTree();
    void dialogWildcardTakesLaterTopics();
    void pathMatchingNothingSaysSo();
    void removingFreesMemoryAndDetachesTheFeed();
    void exportCsvAndPng();
    void setupRestoredForTheSameEndpoint();
    void setupKeptWithTheProfile();
    void pointsPerSeriesIsThePreference();

private:
    QString endpoint() const { return u"mqtt://%1:%2"_s.arg(m_broker.host()).arg(m_broker.port()); }
    bool publish(const QString &topic, const QList<QByteArray> &payloads);
    ChartsArea *area() const { return m_window->currentTab()->findChild<ChartsArea *>(); }
    // The statistics table's cell for the row whose series name starts with name.
    QString cell(const QString &name, int column) const;
    bool waitForTopic(const QString &topic);

    MosquittoFixture m_broker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // saved chart setups go to a test location
    QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
}

void TestCharts::init()
{
    QSettings().remove(u"charts"_s);
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        modelOf(m_window.get()), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(area());
    QVERIFY(connectWithButton(m_window.get(), endpoint()));
}

void TestCharts::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_broker.stop();
    QSettings().remove(u"charts"_s);
}

bool TestCharts::publish(const QString &topic, const QList<QByteArray> &payloads)
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
    return done;
}

bool TestCharts::waitForTopic(const QString &topic)
{
    return QTest::qWaitFor([&] { return indexOf(m_window.get(), topic).isValid(); }, 10000);
}

QString TestCharts::cell(const QString &name, int column) const
{
    ChartPanel *panel = area()->currentChart();
    if (!panel)
        return u"<no chart>"_s;
    panel->refresh(QDateTime::currentMSecsSinceEpoch(), true);
    QTableWidget *table = panel->statsTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, ChartPanel::SeriesColumn)->text().startsWith(name))
            return table->item(row, column)->text();
    }
    return u"<no row>"_s;
}

void TestCharts::seriesFromTreeFollowsTheBroker()
{
    QVERIFY(publish(u"lab/temp"_s, { "21.5"_ba, "22"_ba }));
    QVERIFY(waitForTopic(u"lab/temp"_s));
    QTRY_COMPARE(
        pipelineOf(m_window.get())->store().messageCount(*pipelineOf(m_window.get())->store().find(u"lab/temp"_s)),
        quint64(2));
    QDockWidget *dock = m_window->currentTab()->panelDock(u"chartsDock"_s);
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QVERIFY(openContextMenu(m_window.get(), u"lab/temp"_s, [](QMenu *menu) { trigger(menu, u"chartTopicAction"_s); }));
    QTRY_VERIFY(dock->isVisible());
    ChartPanel *panel = area()->currentChart();
    QVERIFY(panel);
    // Back-filled from the stored history: the chart is not empty when it opens.
    QCOMPARE(cell(u"lab/temp"_s, ChartPanel::PointsColumn), u"2"_s);
    QCOMPARE(cell(u"lab/temp"_s, ChartPanel::LastColumn), u"22"_s);

    // Live values through the real broker, extracted in the worker: a word and a NaN are not plotted as zero.
    QVERIFY(publish(u"lab/temp"_s, { "19.5"_ba, "warm"_ba, "NaN"_ba, "25"_ba }));
    QTRY_COMPARE(cell(u"lab/temp"_s, ChartPanel::PointsColumn), u"5"_s);
    QCOMPARE(cell(u"lab/temp"_s, ChartPanel::LastColumn), u"25"_s);
    QCOMPARE(cell(u"lab/temp"_s, ChartPanel::MinColumn), u"19.5"_s);
    QCOMPARE(cell(u"lab/temp"_s, ChartPanel::MaxColumn), u"25"_s);
    QCOMPARE(cell(u"lab/temp"_s, ChartPanel::MeanColumn), u"22"_s); // (21.5 + 22 + 19.5 + 25) / 4
    const QString note = cell(u"lab/temp"_s, ChartPanel::NoteColumn);
    QVERIFY2(note.contains(u"1 value was not a number, skipped."_s), qPrintable(note));
    QVERIFY2(note.contains(u"1 NaN or infinite value shown as a gap."_s), qPrintable(note));
    // The chart's lines hold the four numbers; the NaN breaks the line in two, and nothing is plotted as zero.
    const PlotLinesItem::Frame &frame = panel->plotLines()->frame();
    QCOMPARE(frame.lines.size(), size_t(1));
    QList<QList<double>> runs;
    for (const QPolygonF &run : frame.lines[0].runs) {
        QList<double> values;
        for (const QPointF &p : run)
            values.append(p.y());
        runs.append(values);
    }
    QCOMPARE(runs, (QList<QList<double>> { { 21.5, 22, 19.5 }, { 25 } }));
    QCOMPARE(panel->drawnPointCount(), 4);
}

void TestCharts::allNumericFieldsOfJson()
{
    QVERIFY(publish(u"plant/state"_s, { R"({"speed":10,"temp":{"in":20.5,"out":18},"name":"line 1","on":true})"_ba }));
    QVERIFY(waitForTopic(u"plant/state"_s));
    QVERIFY(
        openContextMenu(m_window.get(), u"plant/state"_s, [](QMenu *menu) { trigger(menu, u"chartFieldsAction"_s); }));
    ChartPanel *panel = area()->currentChart();
    QVERIFY(panel);
    QCOMPARE(panel->definitions().size(), 4); // speed, temp.in, temp.out, on; not the name
    QCOMPARE(cell(u"plant/state $.temp.in"_s, ChartPanel::LastColumn), u"20.5"_s);
    QVERIFY(publish(u"plant/state"_s, { R"({"speed":12,"temp":{"in":21,"out":17},"name":"line 1","on":false})"_ba }));
    QTRY_COMPARE(cell(u"plant/state $.speed"_s, ChartPanel::LastColumn), u"12"_s);
    QCOMPARE(cell(u"plant/state $.on"_s, ChartPanel::LastColumn), u"0"_s);
    QCOMPARE(cell(u"plant/state $.temp.out"_s, ChartPanel::MinColumn), u"17"_s);
}

void TestCharts::valueFromInspectorTree()
{
    QVERIFY(publish(u"dev/1"_s, { R"({"sensors":[{"temp":30.5}]})"_ba }));
    QVERIFY(waitForTopic(u"dev/1"_s));
    treeOf(m_window.get())->setCurrentIndex(indexOf(m_window.get(), u"dev/1"_s));
    auto *tree = m_window->currentTab()->findChild<QTreeView *>(u"payloadTree"_s);
    QVERIFY(tree);
    auto *selector = m_window->currentTab()->findChild<QComboBox *>(u"payloadViewSelector"_s);
    QVERIFY(selector);
    QTRY_VERIFY(selector->isEnabled());
    // Pick the JSON tree the way a keyboard user does (the pane follows the selector's activated()).
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Home);
    for (int i = 0; i < selector->count() && selector->currentText() != u"JSON tree"_s; ++i)
        QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(selector->currentText(), u"JSON tree"_s);
    QTRY_VERIFY(tree->model()->rowCount() > 0);
    // Find the node $.sensors[0].temp as a user would, by opening the tree.
    QModelIndex found;
    QList<QModelIndex> pending { QModelIndex() };
    while (!pending.isEmpty() && !found.isValid()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            if (index.data(PayloadTreeModel::PathRole).toString() == u"$.sensors[0].temp"_s)
                found = index;
            pending.append(index);
        }
    }
    QVERIFY(found.isValid());
    tree->setCurrentIndex(found);
    QAction *action = nullptr;
    for (QAction *a : tree->actions()) {
        if (a->objectName() == u"chartValueAction"_s)
            action = a;
    }
    QVERIFY(action); // in the tree's context menu (Qt::ActionsContextMenu)
    action->trigger();
    QCOMPARE(cell(u"dev/1 $.sensors[0].temp"_s, ChartPanel::LastColumn), u"30.5"_s);
}

void TestCharts::dialogWildcardTakesLaterTopics()
{
    QVERIFY(publish(u"home/kitchen/temperature"_s, { "21"_ba }));
    QVERIFY(waitForTopic(u"home/kitchen/temperature"_s));
    bool refusedBadPath = false;
    whenModal<AddSeriesDialog>([&refusedBadPath](AddSeriesDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"seriesTopicFilter"_s)->setText(u"home/+/temperature"_s);
        dialog->findChild<QLineEdit *>(u"seriesPath"_s)->setText(u"$.a[x]"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"seriesButtons"_s);
        refusedBadPath = !buttons->button(QDialogButtonBox::Ok)->isEnabled()
            && dialog->findChild<QLabel *>(u"seriesProblem"_s)->text().contains(u"not valid"_s);
        dialog->findChild<QLineEdit *>(u"seriesPath"_s)->clear();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    area()->findChild<QToolBar *>(u"chartsToolBar"_s);
    const QList<QAction *> actions = area()->findChildren<QAction *>(u"chartsAddSeriesAction"_s);
    QCOMPARE(actions.size(), 1);
    actions.first()->trigger();
    QVERIFY(refusedBadPath);
    ChartPanel *panel = area()->currentChart();
    QVERIFY(panel);
    QCOMPARE(cell(u"home/kitchen/temperature"_s, ChartPanel::LastColumn), u"21"_s);
    // A topic that appears after the series was added gets its own series.
    QVERIFY(publish(u"home/attic/temperature"_s, { "9"_ba, "8"_ba }));
    QTRY_COMPARE(cell(u"home/attic/temperature"_s, ChartPanel::PointsColumn), u"2"_s);
    QCOMPARE(panel->drawnSeriesCount(), 2);
}

void TestCharts::pathMatchingNothingSaysSo()
{
    const int definition = area()->addSeries(u"cfg/x"_s, u"$.missing"_s);
    QVERIFY(definition > 0);
    // Before any message: the row says it waits.
    QVERIFY(cell(u"cfg/x"_s, ChartPanel::NoteColumn).contains(u"No topic matches yet"_s));
    QVERIFY(publish(u"cfg/x"_s, { R"({"present":1})"_ba, R"({"present":2})"_ba }));
    QTRY_VERIFY(cell(u"cfg/x"_s, ChartPanel::NoteColumn).contains(u"The path matches nothing in 2 messages."_s));
    QCOMPARE(cell(u"cfg/x"_s, ChartPanel::PointsColumn), u"0"_s);
    // An invalid filter says so at once.
    area()->addSeries(u"a/#/b"_s, QString());
    QVERIFY(cell(u"a/#/b"_s, ChartPanel::NoteColumn).contains(u"is not a topic or topic filter"_s));
}

void TestCharts::removingFreesMemoryAndDetachesTheFeed()
{
    QList<QByteArray> values;
    for (int i = 0; i < 2000; ++i)
        values << QByteArray::number(i);
    const int definition = area()->addSeries(u"load/x"_s, QString());
    QVERIFY(publish(u"load/x"_s, values));
    QTRY_COMPARE(cell(u"load/x"_s, ChartPanel::PointsColumn), u"2,000"_s);
    std::shared_ptr<ChartFeed> feed = area()->feed();
    QVERIFY(feed->memoryBytes() >= 2000 * 12);
    const quint64 consumed = feed->consumedMessages();
    QVERIFY(consumed >= 2000);
    area()->currentChart()->removeDefinition(definition);
    QCOMPARE(feed->memoryBytes(), 0);
    QVERIFY(!feed->hasDefinitions());
    // The worker no longer hands messages to the feed.
    QVERIFY(publish(u"load/x"_s, { "1"_ba, "2"_ba }));
    QTRY_COMPARE(pipelineOf(m_window.get())->store().totalMessages() >= 2002, true);
    QCOMPARE(feed->consumedMessages(), consumed);
}

void TestCharts::exportCsvAndPng()
{
    area()->addSeries(u"csv/a"_s, QString());
    area()->addSeries(u"csv/b"_s, u"$.v"_s);
    QVERIFY(publish(u"csv/a"_s, { "1.25"_ba, "-3"_ba }));
    QVERIFY(publish(u"csv/b"_s, { R"({"v":7})"_ba }));
    QTRY_COMPARE(cell(u"csv/b $.v"_s, ChartPanel::PointsColumn), u"1"_s);
    QTRY_COMPARE(cell(u"csv/a"_s, ChartPanel::PointsColumn), u"2"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csvName = dir.filePath(u"chart.csv"_s);
    QString error;
    QVERIFY2(area()->exportCsv(csvName, false, &error), qPrintable(error));
    QFile file(csvName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<CsvSeries> series;
    QVERIFY2(ChartCsv::parse(file.readAll(), series, &error), qPrintable(error));
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].name, u"csv/a"_s);
    QCOMPARE(series[0].points.size(), size_t(2));
    QCOMPARE(series[0].points[0].second, 1.25);
    QCOMPARE(series[0].points[1].second, -3.0);
    QCOMPARE(series[1].name, u"csv/b $.v"_s);
    QCOMPARE(series[1].points.at(0).second, 7.0);
    // The visible range of a live 10-minute window holds the same points.
    QVERIFY(area()->exportCsv(dir.filePath(u"visible.csv"_s), true, &error));
    QFile visible(dir.filePath(u"visible.csv"_s));
    QVERIFY(visible.open(QIODevice::ReadOnly));
    QList<CsvSeries> visibleSeries;
    QVERIFY(ChartCsv::parse(visible.readAll(), visibleSeries, &error));
    QCOMPARE(visibleSeries[0].points, series[0].points);
    // A failing export says what to do and leaves nothing.
    QVERIFY(!area()->exportCsv(dir.filePath(u"missing/dir/x.csv"_s), false, &error));
    QVERIFY2(error.contains(u"Choose another folder"_s), qPrintable(error));

    const QString pngName = dir.filePath(u"chart.png"_s);
    QVERIFY(area()->exportPng(pngName, &error));
    const QImage image(pngName);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    // The picture holds both series inside the plot area (csv/a's two values a line, csv/b's one value a square).
    ChartPanel *panel = area()->currentChart();
    const QRect plot = panel->view()
                           ->mapFromScene(panel->chart()->plotArea())
                           .boundingRect()
                           .translated(panel->view()->viewport()->pos()); // the PNG is of the whole view
    const PlotLinesItem::Frame &frame = panel->plotLines()->frame();
    QCOMPARE(frame.lines.size(), size_t(2));
    for (const PlotLinesItem::Line &line : frame.lines) {
        int pixels = 0;
        for (int y = plot.top(); y <= plot.bottom(); ++y) {
            for (int x = plot.left(); x <= plot.right(); ++x)
                pixels += image.rect().contains(x, y) && image.pixelColor(x, y).rgb() == line.color.rgb() ? 1 : 0;
        }
        QVERIFY2(pixels >= 5, qPrintable(u"%1: %2 pixels"_s.arg(line.color.name()).arg(pixels)));
    }
}

void TestCharts::setupRestoredForTheSameEndpoint()
{
    area()->addSeries(u"keep/me"_s, u"$.t"_s);
    ChartPanel *panel = area()->currentChart();
    panel->setWindowSeconds(60);
    area()->newChart(u"Second"_s);
    area()->addSeries(u"keep/+/x"_s, QString());
    const ChartsSetup saved = area()->setup();
    QCOMPARE(saved.charts.size(), 2);
    m_tester.reset();
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(area()->charts().isEmpty());
    QVERIFY(connectWithButton(m_window.get(), endpoint()));
    QTRY_COMPARE(area()->charts().size(), 2);
    QCOMPARE(area()->setup(), saved);
    QVERIFY(area()->feed()->hasDefinitions());
}

void TestCharts::setupKeptWithTheProfile()
{
    // The same broker opened through a saved profile keeps its own charts, apart from the bare URL's.
    m_tester.reset();
    m_window.reset();
    QSettings().remove(u"charts"_s);
    auto open = [this](const QString &profileId) {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        if (profileId.isEmpty())
            return connectWithButton(m_window.get(), endpoint());
        // As the connection manager opens a profile: the tab knows its profile, then connects.
        ConnectionTab *tab = m_window->currentTab();
        tab->setProfile(profileId, u"Lab"_s);
        QSignalSpy subscribed(tab->pipeline(), &IngestPipeline::subscribed);
        tab->connectToBroker(ClientTest::localOptions(m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V311,
                                 ClientTest::clientId(u"charts"_s)),
            ConnectionTab::defaultSubscriptions());
        return subscribed.wait(10000) || !subscribed.isEmpty();
    };
    QVERIFY(open(u"profile-lab"_s));
    area()->addSeries(u"lab/+/temp"_s, QString());
    const ChartsSetup saved = area()->setup();
    m_window.reset();
    QVERIFY(open(QString())); // the URL alone: not the profile's charts
    QVERIFY(area()->charts().isEmpty());
    m_window.reset();
    QVERIFY(open(u"profile-lab"_s));
    QTRY_COMPARE(area()->charts().size(), 1);
    QCOMPARE(area()->setup(), saved);
}

// The Preferences dialog's "chart points per series" and the charts toolbar's spin box are one setting: what
// Preferences saves applies to the open tabs' charts, and the toolbar writes the same key.
void TestCharts::pointsPerSeriesIsThePreference()
{
    auto *spin = area()->findChild<QSpinBox *>(u"chartsPointsPerSeries"_s);
    QVERIFY(spin);
    QCOMPARE(spin->value(), int(Preferences::DefaultChartPoints));
    Preferences chosen;
    chosen.chartPointsPerSeries = 5000;
    m_window->currentTab()->applyPreferences(chosen);
    QCOMPARE(spin->value(), 5000);
    QCOMPARE(QSettings().value(QLatin1StringView(Preferences::ChartPointsKey)).toLongLong(), qint64(5000));
    spin->setValue(20000);
    Q_EMIT spin->editingFinished();
    QCOMPARE(QSettings().value(QLatin1StringView(Preferences::ChartPointsKey)).toLongLong(), qint64(20000));
    const QSettings settings;
    QCOMPARE(Preferences::load(settings).chartPointsPerSeries, qint64(20000));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
