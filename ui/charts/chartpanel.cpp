// SPDX-License-Identifier: MIT
#include "charts/chartpanel.h"

#include "charts/chartview.h"
#include "common/displaytext.h"
#include "common/pluralcount.h"
#include "ingest/ingestpipeline.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMutexLocker>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QList<QColor> &seriesColors()
{
    static const QList<QColor> colors { QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
        QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf) };
    return colors;
}

QString number(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"∞"_s : u"−∞"_s;
    return QLocale().toString(value, 'g', 6);
}

QIcon colorIcon(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

ChartPanel::ChartPanel(std::shared_ptr<ChartFeed> feed, IngestPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_feed(std::move(feed))
    , m_pipeline(pipeline)
{
    m_chart = new QChart();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setFormat(u"HH:mm:ss"_s);
    m_timeAxis->setTickCount(6);
    m_leftAxis = new QValueAxis(m_chart);
    m_rightAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_leftAxis, Qt::AlignLeft);
    m_chart->addAxis(m_rightAxis, Qt::AlignRight);
    m_rightAxis->hide();
    // The lines are drawn by our own item over the plot area. Qt Charts keeps the axes, the background and the
    // legend; each series' legend entry comes from an empty QLineSeries on hidden axes that never change, so that no
    // frame makes Qt Charts recompute it.
    m_legendX = new QValueAxis(m_chart);
    m_legendY = new QValueAxis(m_chart);
    for (QValueAxis *axis : { m_legendX, m_legendY }) {
        axis->setRange(0, 1);
        axis->setVisible(false);
    }
    m_chart->addAxis(m_legendX, Qt::AlignBottom);
    m_chart->addAxis(m_legendY, Qt::AlignLeft);
    m_anchor = new QLineSeries(m_chart);
    m_chart->addSeries(m_anchor); // the first series: QChart::mapToValue() maps through the visible axes
    m_anchor->attachAxis(m_timeAxis);
    m_anchor->attachAxis(m_leftAxis);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_anchor))
        marker->setVisible(false);
    m_plot = new PlotLinesItem(m_chart);
    m_plot->setZValue(50); // over the grid, under the crosshair and the rubber band
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) { m_plot->setPlotArea(area); });

    m_view = new ChartView(m_chart, this);
    m_view->setObjectName(u"chartView"_s);
    m_view->setMinimumHeight(160);
    connect(m_view, &ChartView::zoomRequested, this, &ChartPanel::zoom);
    connect(m_view, &ChartView::rangeSelected, this,
        [this](double from, double to) { showRange(qint64(std::floor(from)), qint64(std::ceil(to))); });
    connect(m_view, &ChartView::scrollRequested, this, [this](double fraction) {
        const qint64 shift = std::llround(double(m_to - m_from) * fraction);
        showRange(m_from + shift, m_to + shift);
    });
    connect(m_view, &ChartView::panRequested, this, [this](double deltaMs) {
        const qint64 shift = std::llround(deltaMs);
        showRange(m_from + shift, m_to + shift);
    });
    connect(m_view, &ChartView::resetRequested, this, &ChartPanel::resetZoom);
    connect(m_view, &ChartView::hovered, this, &ChartPanel::onHover);
    connect(m_view, &ChartView::left, this, [this] { m_hoverMs = -1; });

    m_empty = new QLabel(tr("No series yet. Add one with \"Add series…\", from the topic tree's context menu (Chart "
                            "this topic) or from a value in the inspector's JSON tree (Chart this value)."),
        this);
    m_empty->setObjectName(u"chartEmptyNote"_s);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_stats = new QTableWidget(0, ColumnCount, this);
    m_stats->setObjectName(u"chartStats"_s);
    m_stats->setHorizontalHeaderLabels({ tr("Series"), tr("Axis"), tr("Last"), tr("Min"), tr("Max"), tr("Mean"),
        tr("Rate /s"), tr("Points"), tr("Dropped"), tr("Note") });
    m_stats->verticalHeader()->hide();
    m_stats->setWordWrap(false);
    m_stats->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stats->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Sized to the contents once per rebuild, not on every change: ResizeToContents measured every cell's text at
    // each statistics update, tens of milliseconds with twenty series.
    m_stats->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_stats->horizontalHeader()->setStretchLastSection(true);
    m_stats->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_stats, &QWidget::customContextMenuRequested, this, &ChartPanel::showTableMenu);
    connect(m_stats, &QTableWidget::cellChanged, this, &ChartPanel::onItemChanged);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"chartSplitter"_s);
    splitter->addWidget(m_view);
    splitter->addWidget(m_stats);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 600, 180 }); // the chart first; the table's own size hint would take most of the height
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
    m_sinceStats.start();
}

ChartPanel::~ChartPanel()
{
    // The definitions belong to this chart: the feed forgets them (and frees their points).
    for (const Entry &entry : std::as_const(m_entries))
        m_feed->removeDefinition(entry.definition);
}

int ChartPanel::addSeries(const ChartSeriesSetup &setup)
{
    Entry entry;
    entry.setup = setup;
    {
        // Under the store lock: the back-fill and the worker's feed meet without a gap or a duplicate.
        QMutexLocker lock(m_pipeline ? &m_pipeline->storeMutex() : nullptr);
        entry.definition
            = m_feed->addDefinition({ setup.topicFilter, setup.path }, m_pipeline ? &m_pipeline->store() : nullptr);
    }
    m_entries.append(entry);
    m_empty->hide();
    Q_EMIT definitionsChanged();
    Q_EMIT setupChanged();
    refresh(QDateTime::currentMSecsSinceEpoch(), true);
    return entry.definition;
}

void ChartPanel::removeDefinition(int definition)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
        [definition](const Entry &entry) { return entry.definition == definition; });
    if (it == m_entries.end())
        return;
    m_entries.erase(it);
    m_feed->removeDefinition(definition);
    m_empty->setVisible(m_entries.isEmpty());
    Q_EMIT definitionsChanged();
    Q_EMIT setupChanged();
    refresh(QDateTime::currentMSecsSinceEpoch(), true);
}

void ChartPanel::removeAll()
{
    while (!m_entries.isEmpty())
        removeDefinition(m_entries.constLast().definition);
}

QList<int> ChartPanel::definitions() const
{
    QList<int> ids;
    for (const Entry &entry : m_entries)
        ids.append(entry.definition);
    return ids;
}

bool ChartPanel::hasSeries(const QString &topicFilter, const QString &path) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
        [&](const Entry &entry) { return entry.setup.topicFilter == topicFilter && entry.setup.path == path; });
}

ChartSetup ChartPanel::setup() const
{
    ChartSetup setup;
    setup.title = m_title;
    setup.windowSeconds = m_windowSeconds;
    for (const Entry &entry : m_entries)
        setup.series.append(entry.setup);
    return setup;
}

void ChartPanel::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::max(0, seconds);
    m_timeAxis->setFormat(m_windowSeconds == 0 || m_windowSeconds > 6 * 3600 ? u"dd.MM. HH:mm"_s : u"HH:mm:ss"_s);
    resetZoom();
    Q_EMIT setupChanged();
}

void ChartPanel::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        refresh(QDateTime::currentMSecsSinceEpoch(), true);
}

void ChartPanel::resetZoom()
{
    m_following = true;
    refresh(QDateTime::currentMSecsSinceEpoch(), true);
}

void ChartPanel::zoom(double factor, double centerMs)
{
    const double from = double(m_from), to = double(m_to);
    const double span = std::max(10.0, (to - from) * factor); // at least 10 ms
    const double ratio = to > from ? (centerMs - from) / (to - from) : 0.5;
    const double newFrom = centerMs - span * ratio;
    showRange(qint64(newFrom), qint64(newFrom + span));
}

void ChartPanel::showRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_following = false;
    m_from = fromMs;
    m_to = toMs;
    const bool paused = std::exchange(m_paused, false); // a zoom while paused still redraws
    refresh(QDateTime::currentMSecsSinceEpoch(), true);
    m_paused = paused;
}

ChartPanel::Entry *ChartPanel::entryOf(int definition)
{
    for (Entry &entry : m_entries) {
        if (entry.definition == definition)
            return &entry;
    }
    return nullptr;
}

const ChartPanel::Entry *ChartPanel::entryOf(int definition) const
{
    return const_cast<ChartPanel *>(this)->entryOf(definition);
}

QColor ChartPanel::nextColor()
{
    return seriesColors().at(m_colorIndex++ % seriesColors().size());
}

void ChartPanel::rebuild(qint64 nowMs)
{
    m_seenVersion = m_feed->structureVersion();
    std::vector<Drawn> previous;
    previous.swap(m_drawn);
    for (const Entry &entry : std::as_const(m_entries)) {
        const QList<SeriesInfo> infos = m_feed->series(entry.definition, nowMs);
        for (const SeriesInfo &info : infos) {
            const auto old = std::find_if(previous.begin(), previous.end(),
                [&info](const Drawn &d) { return d.seriesId == info.id && d.legend; });
            if (old != previous.end()) {
                m_drawn.push_back(std::move(*old));
                old->legend = nullptr;
                m_drawn.back().legend->setVisible(entry.setup.visible);
                continue;
            }
            Drawn drawn;
            drawn.seriesId = info.id;
            drawn.definition = info.definition;
            drawn.name = Canopy::visibleText(info.topic);
            if (!info.path.isEmpty() && info.path != u"$"_s)
                drawn.name += u' ' + Canopy::visibleText(info.path);
            const bool firstOfDefinition = std::none_of(
                m_drawn.cbegin(), m_drawn.cend(), [&](const Drawn &d) { return d.definition == entry.definition; });
            drawn.color = firstOfDefinition && QColor::isValidColorName(entry.setup.color)
                ? QColor::fromString(entry.setup.color)
                : nextColor();
            drawn.legend = newLegendEntry(drawn);
            m_drawn.push_back(std::move(drawn));
        }
    }
    for (Drawn &gone : previous) { // series that went away: their legend entries go too
        if (gone.legend) {
            m_chart->removeSeries(gone.legend);
            delete gone.legend;
        }
    }
    const bool anyRight
        = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) { return entry.setup.rightAxis; });
    m_rightAxis->setVisible(anyRight);

    // The table: one row per series, and one per definition without a series (yet), which says why.
    m_fillingTable = true;
    m_stats->setRowCount(0);
    for (const Entry &entry : std::as_const(m_entries)) {
        bool any = false;
        for (const Drawn &drawn : m_drawn) {
            if (drawn.definition != entry.definition)
                continue;
            any = true;
            const int row = m_stats->rowCount();
            m_stats->insertRow(row);
            auto *name = new QTableWidgetItem(colorIcon(drawn.color), drawn.name);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            name->setCheckState(entry.setup.visible ? Qt::Checked : Qt::Unchecked);
            name->setData(Qt::UserRole, entry.definition);
            name->setData(Qt::UserRole + 1, drawn.seriesId);
            name->setToolTip(tr("Untick to hide the series; right-click for its axis or to remove it."));
            m_stats->setItem(row, SeriesColumn, name);
            m_stats->setItem(row, AxisColumn, new QTableWidgetItem(entry.setup.rightAxis ? tr("right") : tr("left")));
            for (int c = LastColumn; c < ColumnCount; ++c)
                m_stats->setItem(row, c, new QTableWidgetItem());
        }
        if (!any) {
            const int row = m_stats->rowCount();
            m_stats->insertRow(row);
            QString label = Canopy::visibleText(entry.setup.topicFilter);
            if (!entry.setup.path.isEmpty())
                label += u' ' + Canopy::visibleText(entry.setup.path);
            auto *name = new QTableWidgetItem(label);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            name->setData(Qt::UserRole, entry.definition);
            name->setData(Qt::UserRole + 1, 0);
            m_stats->setItem(row, SeriesColumn, name);
            m_stats->setItem(row, AxisColumn, new QTableWidgetItem(entry.setup.rightAxis ? tr("right") : tr("left")));
            for (int c = LastColumn; c < ColumnCount; ++c)
                m_stats->setItem(row, c, new QTableWidgetItem());
            const QString error = m_feed->definitionError(entry.definition);
            m_stats->item(row, NoteColumn)
                ->setText(error.isEmpty() ? tr("No topic matches yet: waiting for the first message.") : error);
        }
    }
    m_fillingTable = false;
    m_sizeColumns = true; // after the first statistics are in
}

void ChartPanel::updateStats(qint64 nowMs)
{
    m_sinceStats.restart();
    m_fillingTable = true;
    for (int row = 0; row < m_stats->rowCount(); ++row) {
        const int seriesId = m_stats->item(row, SeriesColumn)->data(Qt::UserRole + 1).toInt();
        if (seriesId == 0)
            continue;
        const std::optional<SeriesInfo> info = m_feed->seriesInfo(seriesId, nowMs);
        if (!info)
            continue;
        const SeriesStats &s = info->stats;
        const bool have = s.values > 0;
        m_stats->item(row, LastColumn)->setText(s.hasLast ? number(s.last) : QString());
        m_stats->item(row, MinColumn)->setText(have ? number(s.minimum) : QString());
        m_stats->item(row, MaxColumn)->setText(have ? number(s.maximum) : QString());
        m_stats->item(row, MeanColumn)->setText(have ? number(s.mean()) : QString());
        m_stats->item(row, RateColumn)->setText(QLocale().toString(info->rate, 'f', 1));
        m_stats->item(row, PointsColumn)->setText(QLocale().toString(qint64(info->points)));
        m_stats->item(row, DroppedColumn)->setText(QLocale().toString(qint64(info->dropped)));
        QStringList notes;
        if (info->noMatch > 0)
            notes << tr("The path matches nothing in %1 message(s).", nullptr, Canopy::pluralCount(info->noMatch))
                         .arg(info->noMatch);
        if (info->undecodable > 0)
            notes << tr("%1 message(s) not JSON, CBOR or MessagePack.", nullptr, Canopy::pluralCount(info->undecodable))
                         .arg(info->undecodable);
        if (info->notNumbers > 0)
            notes << tr("%1 value(s) not a number, skipped.", nullptr, Canopy::pluralCount(info->notNumbers))
                         .arg(info->notNumbers);
        if (s.gaps > 0)
            notes << tr("%1 NaN or infinite value(s) shown as gaps.", nullptr, Canopy::pluralCount(s.gaps)).arg(s.gaps);
        if (info->dropped > 0)
            notes << tr(
                "%1 oldest point(s) dropped to stay within %2 points.", nullptr, Canopy::pluralCount(info->dropped))
                         .arg(info->dropped)
                         .arg(QLocale().toString(qint64(m_feed->capacity())));
        m_stats->item(row, NoteColumn)->setText(notes.join(u' '));
        m_stats->item(row, NoteColumn)->setToolTip(notes.join(u'\n'));
    }
    m_fillingTable = false;
    if (std::exchange(m_sizeColumns, false)) {
        // Numbers change width as they arrive: give their columns room for a long one from the start.
        const int numberWidth = m_stats->fontMetrics().horizontalAdvance(u"-000,000.000"_s) + 12;
        for (int column = 0; column < NoteColumn; ++column) {
            m_stats->resizeColumnToContents(column);
            if (column >= LastColumn)
                m_stats->setColumnWidth(column, std::max(m_stats->columnWidth(column), numberWidth));
        }
    }
}

void ChartPanel::refresh(qint64 nowMs, bool force)
{
    if (m_paused && !force)
        return;
    if (m_feed->structureVersion() != m_seenVersion)
        rebuild(nowMs);
    if (m_following) {
        if (m_windowSeconds > 0) {
            m_to = nowMs;
            m_from = nowMs - qint64(m_windowSeconds) * 1000;
        } else {
            qint64 first = nowMs - 60'000, last = nowMs;
            QList<int> ids;
            for (const Drawn &drawn : m_drawn)
                ids.append(drawn.seriesId);
            if (const auto range = m_feed->timeRange(ids))
                first = std::min(first, range->first);
            m_from = first;
            m_to = std::max(last, m_from + 1000);
        }
    }
    startDraw();
    // A forced frame (a user's action, an export) is drawn at once; the frame timer's in slices.
    drawSome(force ? 0 : SliceBudgetNs);
    if (force || m_sinceStats.elapsed() >= StatsIntervalMs)
        updateStats(nowMs);
    if (m_hoverMs >= 0)
        onHover(m_hoverScene, m_hoverMs);
}

QList<CsvSeries> ChartPanel::csvSeries(bool visibleRangeOnly) const
{
    QList<CsvSeries> out;
    const qint64 from = visibleRangeOnly ? m_from : std::numeric_limits<qint64>::min();
    const qint64 to = visibleRangeOnly ? m_to : std::numeric_limits<qint64>::max() - 1;
    for (const Drawn &drawn : m_drawn) {
        const Entry *entry = entryOf(drawn.definition);
        if (visibleRangeOnly && entry && !entry->setup.visible)
            continue;
        out.append(CsvSeries { drawn.name, m_feed->points(drawn.seriesId, from, to) });
    }
    return out;
}

void ChartPanel::onHover(const QPointF &scenePosition, double timeMs)
{
    m_hoverMs = timeMs;
    m_hoverScene = scenePosition;
    QStringList lines { QDateTime::fromMSecsSinceEpoch(qint64(timeMs)).toString(u"HH:mm:ss.zzz"_s) };
    for (const Drawn &drawn : m_drawn) {
        const Entry *entry = entryOf(drawn.definition);
        if (entry && !entry->setup.visible)
            continue;
        const auto point = m_feed->pointAt(drawn.seriesId, qint64(timeMs));
        lines << (drawn.name + u": "_s + (point ? number(point->second) : u"–"_s));
    }
    m_view->showCrosshair(scenePosition, lines.join(u'\n'));
}

void ChartPanel::onItemChanged(int row, int column)
{
    if (m_fillingTable || column != SeriesColumn)
        return;
    QTableWidgetItem *item = m_stats->item(row, column);
    Entry *entry = item ? entryOf(item->data(Qt::UserRole).toInt()) : nullptr;
    if (!entry)
        return;
    const bool visible = item->checkState() == Qt::Checked;
    if (entry->setup.visible == visible)
        return;
    entry->setup.visible = visible;
    m_seenVersion = ~quint64(0);
    refresh(QDateTime::currentMSecsSinceEpoch(), true);
    Q_EMIT setupChanged();
}

void ChartPanel::showTableMenu(const QPoint &position)
{
    const QModelIndex index = m_stats->indexAt(position);
    if (!index.isValid())
        return;
    const int definition = m_stats->item(index.row(), SeriesColumn)->data(Qt::UserRole).toInt();
    Entry *entry = entryOf(definition);
    if (!entry)
        return;
    QMenu menu(this);
    menu.setObjectName(u"chartSeriesMenu"_s);
    QAction *right = menu.addAction(tr("Use the Right Axis"));
    right->setObjectName(u"chartRightAxisAction"_s);
    right->setCheckable(true);
    right->setChecked(entry->setup.rightAxis);
    QAction *remove = menu.addAction(tr("Remove Series"));
    remove->setObjectName(u"chartRemoveSeriesAction"_s);
    QAction *chosen = menu.exec(m_stats->viewport()->mapToGlobal(position));
    if (chosen == right) {
        entry->setup.rightAxis = right->isChecked();
        m_seenVersion = ~quint64(0);
        refresh(QDateTime::currentMSecsSinceEpoch(), true);
        Q_EMIT setupChanged();
    } else if (chosen == remove) {
        removeDefinition(definition);
    }
}
