// SPDX-License-Identifier: MIT
#include "charts/chartsarea.h"

#include "charts/addseriesdialog.h"
#include "charts/chartcsv.h"
#include "charts/chartpanel.h"
#include "charts/chartview.h"
#include "charts/numericextractor.h"
#include "common/displaytext.h"
#include "ingest/ingestpipeline.h"
#include "inspector/inspector.h"
#include "inspector/messageview.h"
#include "inspector/payloadpane.h"
#include "inspector/payloadtreemodel.h"
#include "preferences/preferences.h"
#include "window/connectiontab.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMutexLocker>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The Preferences dialog's "chart points per series" and this toolbar's spin box are one setting.
const QString CapacityKey = QLatin1StringView(Preferences::ChartPointsKey);
} // namespace

ChartsArea::ChartsArea(ConnectionTab *tab)
    : QWidget(tab)
    , m_tab(tab)
{
    setObjectName(u"chartsArea"_s);
    const qint64 capacity = QSettings().value(CapacityKey, qint64(SeriesBuffer::DefaultCapacity)).toLongLong();
    m_feed = std::make_shared<ChartFeed>(
        std::clamp<qint64>(capacity, Preferences::MinimumChartPoints, Preferences::MaximumChartPoints));
    createToolBar();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"chartTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        auto *panel = qobject_cast<ChartPanel *>(m_tabs->widget(index));
        m_tabs->removeTab(index);
        delete panel; // removes its definitions from the feed
        updateSink();
        save();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsArea::syncToolBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);

    m_frameTimer = new QTimer(this);
    m_frameTimer->setInterval(FrameIntervalMs);
    connect(m_frameTimer, &QTimer::timeout, this, &ChartsArea::onFrame);
    hookEntries();
    connect(m_tab, &ConnectionTab::libraryScopeChanged, this, &ChartsArea::onEndpoint);
    connect(this, &ChartsArea::note, this,
        [this](const QString &sentence) { m_tab->statusBar()->showMessage(sentence, 8000); });
}

ChartsArea::~ChartsArea()
{
    // The worker must not keep feeding a feed whose charts are gone (it holds its own reference, so this is tidiness,
    // not safety).
    if (m_sinkSet && m_tab->pipeline())
        m_tab->pipeline()->setMessageSink(nullptr);
}

void ChartsArea::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(u"chartsToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *newChartAction = m_toolBar->addAction(tr("New Chart"), this, [this] { newChart(); });
    newChartAction->setObjectName(u"chartsNewChartAction"_s);
    QAction *add = m_toolBar->addAction(tr("Add Series…"), this, &ChartsArea::showAddSeriesDialog);
    add->setObjectName(u"chartsAddSeriesAction"_s);
    QAction *remove = m_toolBar->addAction(tr("Remove Series"), this, [this] {
        ChartPanel *panel = currentChart();
        if (!panel)
            return;
        const QList<QTableWidgetItem *> selected = panel->statsTable()->selectedItems();
        if (selected.isEmpty()) {
            Q_EMIT note(tr("Select a series in the table below the chart to remove it."));
            return;
        }
        const int row = selected.first()->row();
        panel->removeDefinition(panel->statsTable()->item(row, ChartPanel::SeriesColumn)->data(Qt::UserRole).toInt());
    });
    remove->setObjectName(u"chartsRemoveSeriesAction"_s);
    m_toolBar->addSeparator();
    m_window = new QComboBox(this);
    m_window->setObjectName(u"chartsWindow"_s);
    m_window->setToolTip(tr("Time window; the chart follows the newest values until you zoom"));
    m_window->addItem(tr("1 min"), 60);
    m_window->addItem(tr("10 min"), 600);
    m_window->addItem(tr("1 h"), 3600);
    m_window->addItem(tr("All"), 0);
    m_window->setCurrentIndex(1);
    connect(m_window, &QComboBox::activated, this, [this](int index) {
        if (ChartPanel *panel = currentChart())
            panel->setWindowSeconds(m_window->itemData(index).toInt());
    });
    m_toolBar->addWidget(m_window);
    m_pause = m_toolBar->addAction(tr("Pause"));
    m_pause->setObjectName(u"chartsPauseAction"_s);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the chart; values keep being recorded"));
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (ChartPanel *panel = currentChart())
            panel->setPaused(paused);
    });
    QAction *reset = m_toolBar->addAction(tr("Reset Zoom"), this, [this] {
        if (ChartPanel *panel = currentChart())
            panel->resetZoom();
    });
    reset->setObjectName(u"chartsResetZoomAction"_s);
    reset->setToolTip(tr("Back to the live time window (wheel zooms, dragging selects a range)"));
    m_toolBar->addSeparator();
    m_toolBar->addWidget(new QLabel(tr("Points per series:"), this));
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"chartsPointsPerSeries"_s);
    m_capacity->setRange(int(Preferences::MinimumChartPoints), int(Preferences::MaximumChartPoints));
    m_capacity->setSingleStep(100'000);
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setValue(int(m_feed->capacity()));
    m_capacity->setToolTip(tr("Each series keeps this many points; older ones are dropped and counted"));
    connect(m_capacity, &QSpinBox::editingFinished, this, [this] { setPointsPerSeries(m_capacity->value()); });
    m_toolBar->addWidget(m_capacity);
    m_toolBar->addSeparator();
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(u"chartsExportButton"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    QAction *visibleCsv = exportMenu->addAction(tr("Visible Range as CSV…"), this, [this] { askExportCsv(true); });
    visibleCsv->setObjectName(u"chartsExportVisibleCsvAction"_s);
    QAction *allCsv = exportMenu->addAction(tr("Everything as CSV…"), this, [this] { askExportCsv(false); });
    allCsv->setObjectName(u"chartsExportAllCsvAction"_s);
    QAction *png = exportMenu->addAction(tr("Chart as PNG…"), this, &ChartsArea::askExportPng);
    png->setObjectName(u"chartsExportPngAction"_s);
    exportButton->setMenu(exportMenu);
    m_toolBar->addWidget(exportButton);
}

void ChartsArea::hookEntries()
{
    m_chartTopic = new QAction(tr("Chart This Topic"), this);
    m_chartTopic->setObjectName(u"chartTopicAction"_s);
    connect(m_chartTopic, &QAction::triggered, this, [this] {
        if (!m_tab->currentTopic().isEmpty())
            chartTopic(m_tab->currentTopic());
    });
    m_tab->addTopicMenuAction(m_chartTopic);
    m_chartFields = new QAction(tr("Chart All Numeric Fields of This JSON"), this);
    m_chartFields->setObjectName(u"chartFieldsAction"_s);
    connect(m_chartFields, &QAction::triggered, this, [this] {
        if (!m_tab->currentTopic().isEmpty())
            chartNumericFields(m_tab->currentTopic());
    });
    m_tab->addTopicMenuAction(m_chartFields);

    // The inspector's JSON tree (its context menu shows the tree view's actions).
    m_chartValue = new QAction(tr("Chart This Value"), this);
    m_chartValue->setObjectName(u"chartValueAction"_s);
    m_chartValue->setToolTip(tr("Chart the value at this path for the shown topic"));
    if (Inspector *inspector = m_tab->inspector()) {
        QTreeView *tree = inspector->messageView()->payload()->treeView();
        tree->addAction(m_chartValue);
        connect(m_chartValue, &QAction::triggered, this, [this, tree, inspector] {
            const QModelIndex index = tree->currentIndex();
            const QString topic = inspector->shownTopic();
            if (!index.isValid() || topic.isEmpty())
                return;
            addSeries(topic, index.siblingAtColumn(0).data(PayloadTreeModel::PathRole).toString());
        });
    }
}

QList<ChartPanel *> ChartsArea::charts() const
{
    QList<ChartPanel *> list;
    for (int i = 0; i < m_tabs->count(); ++i)
        list.append(qobject_cast<ChartPanel *>(m_tabs->widget(i)));
    return list;
}

ChartPanel *ChartsArea::currentChart() const
{
    return qobject_cast<ChartPanel *>(m_tabs->currentWidget());
}

ChartPanel *ChartsArea::newChart(const QString &title)
{
    auto *panel = new ChartPanel(m_feed, m_tab->pipeline(), m_tabs);
    panel->setObjectName(u"chartPanel"_s);
    panel->setTitle(title.isEmpty() ? tr("Chart %1").arg(++m_chartsMade) : title);
    panel->setWindowSeconds(m_window->currentData().toInt());
    connect(panel, &ChartPanel::definitionsChanged, this, &ChartsArea::updateSink);
    connect(panel, &ChartPanel::setupChanged, this, &ChartsArea::save);
    m_tabs->setCurrentIndex(m_tabs->addTab(panel, panel->title()));
    save();
    return panel;
}

int ChartsArea::addSeries(const QString &topicFilter, const QString &path)
{
    ChartPanel *panel = currentChart();
    if (!panel)
        panel = newChart();
    if (panel->hasSeries(topicFilter, path)) {
        Q_EMIT note(tr("The chart already shows %1.").arg(Canopy::visibleText(topicFilter)));
        revealDock();
        return 0;
    }
    ChartSeriesSetup setup;
    setup.topicFilter = topicFilter;
    setup.path = path;
    const int definition = panel->addSeries(setup);
    revealDock();
    return definition;
}

int ChartsArea::chartTopic(const QString &topic)
{
    return addSeries(topic, QString());
}

int ChartsArea::chartNumericFields(const QString &topic)
{
    QByteArray payload;
    {
        IngestPipeline *pipeline = m_tab->pipeline();
        QMutexLocker lock(&pipeline->storeMutex());
        if (const std::optional<NodeId> node = pipeline->store().find(topic))
            payload = pipeline->store().payload(*node);
    }
    const QStringList paths
        = NumericExtractor::numericPaths(payload, MaximumFieldSeries, NumericExtractor::formatForTopic(topic));
    if (paths.isEmpty()) {
        Q_EMIT note(tr("The last message of %1 has no numeric fields: it is not JSON, CBOR or MessagePack with "
                       "numbers in it.")
                        .arg(Canopy::visibleText(topic)));
        return 0;
    }
    int added = 0;
    for (const QString &path : paths)
        added += addSeries(topic, path) > 0 ? 1 : 0;
    return added;
}

void ChartsArea::showAddSeriesDialog()
{
    AddSeriesDialog dialog(this);
    dialog.setTopicFilter(m_tab->currentTopic());
    if (dialog.exec() == QDialog::Accepted)
        addSeries(dialog.topicFilter(), dialog.path());
}

void ChartsArea::revealDock()
{
    if (QDockWidget *dock = m_tab->panelDock(u"chartsDock"_s)) {
        dock->show();
        dock->raise();
    }
}

void ChartsArea::updateSink()
{
    const bool needed = m_feed->hasDefinitions();
    if (needed != m_sinkSet) {
        m_tab->pipeline()->setMessageSink(needed ? m_feed : nullptr);
        m_sinkSet = needed;
    }
    if (needed && !m_frameTimer->isActive())
        m_frameTimer->start();
    else if (!needed)
        m_frameTimer->stop();
}

void ChartsArea::onFrame()
{
    if (!isVisible())
        return; // a hidden dock, or a tab not on screen: nothing to draw
    ChartPanel *panel = currentChart();
    if (panel && panel->wantsFrame()) // a slow frame is completed, and rested after, before the next one
        panel->refresh(QDateTime::currentMSecsSinceEpoch());
}

void ChartsArea::refreshNow()
{
    if (ChartPanel *panel = currentChart())
        panel->refresh(QDateTime::currentMSecsSinceEpoch(), true);
}

void ChartsArea::syncToolBar()
{
    ChartPanel *panel = currentChart();
    if (!panel)
        return;
    const int index = m_window->findData(panel->windowSeconds());
    if (index >= 0)
        m_window->setCurrentIndex(index);
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(panel->isPaused());
}

void ChartsArea::setPointsPerSeries(qint64 points)
{
    points = std::clamp<qint64>(points, Preferences::MinimumChartPoints, Preferences::MaximumChartPoints);
    m_feed->setCapacity(points);
    QSettings().setValue(CapacityKey, points);
    if (m_capacity->value() != int(points))
        m_capacity->setValue(int(points));
    save();
}

ChartsSetup ChartsArea::setup() const
{
    ChartsSetup setup;
    setup.pointsPerSeries = m_feed->capacity();
    for (ChartPanel *panel : charts())
        setup.charts.append(panel->setup());
    return setup;
}

void ChartsArea::applySetup(const ChartsSetup &setup)
{
    m_restoring = true;
    while (m_tabs->count() > 0) {
        QWidget *panel = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete panel;
    }
    m_feed->setCapacity(setup.pointsPerSeries);
    m_capacity->setValue(int(std::min<qint64>(setup.pointsPerSeries, m_capacity->maximum())));
    for (const ChartSetup &chart : setup.charts) {
        ChartPanel *panel = newChart(chart.title);
        panel->setWindowSeconds(chart.windowSeconds);
        for (const ChartSeriesSetup &series : chart.series)
            panel->addSeries(series);
    }
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex(0);
    syncToolBar();
    updateSink();
    m_restoring = false;
}

void ChartsArea::save()
{
    if (m_restoring || m_endpoint.isEmpty())
        return;
    ChartsSetup::save(m_endpoint, setup());
}

void ChartsArea::onEndpoint()
{
    // The saved profile's id, or host:port for a tab opened from a URL: the same key as the publish panel's history.
    const QString endpoint = m_tab->libraryScope();
    if (endpoint.isEmpty() || endpoint == m_endpoint)
        return;
    m_endpoint = endpoint;
    if (m_feed->hasDefinitions()) {
        save(); // charts made before connecting go with this endpoint
        return;
    }
    const ChartsSetup saved = ChartsSetup::load(endpoint);
    if (!saved.isEmpty()) {
        applySetup(saved);
        revealDock(); // the user left charts on this broker: show them again
    }
}

bool ChartsArea::exportCsv(const QString &fileName, bool visibleRangeOnly, QString *error)
{
    ChartPanel *panel = currentChart();
    if (!panel || panel->drawnSeriesCount() == 0) {
        if (error)
            *error = tr("The chart has no series to export. Add a series first.");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(ChartCsv::format(panel->csvSeries(visibleRangeOnly))) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2. Choose another folder.").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool ChartsArea::exportPng(const QString &fileName, QString *error)
{
    ChartPanel *panel = currentChart();
    if (!panel) {
        if (error)
            *error = tr("There is no chart to export. Add a series first.");
        return false;
    }
    panel->refresh(QDateTime::currentMSecsSinceEpoch(), true);
    if (!panel->view()->grab().save(fileName, "PNG")) {
        if (error)
            *error = tr("Could not write %1. Choose another folder.").arg(fileName);
        return false;
    }
    return true;
}

void ChartsArea::askExportCsv(bool visibleRangeOnly)
{
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export Chart Data"), QString(), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportCsv(fileName, visibleRangeOnly, &error))
        QMessageBox::warning(this, tr("Export Chart Data"), error);
    else
        Q_EMIT note(tr("Chart data written to %1.").arg(fileName));
}

void ChartsArea::askExportPng()
{
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(), tr("PNG images (*.png)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportPng(fileName, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
    else
        Q_EMIT note(tr("Chart written to %1.").arg(fileName));
}
