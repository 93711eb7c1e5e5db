// SPDX-License-Identifier: MIT
#pragma once

// One chart of a connection: its series definitions (topic filter + path, each with visibility, axis and colour),
// the chart (ChartView: time axis, a left and a right value axis, a legend) and a statistics table (last, min, max,
// mean, rate, points kept, dropped, and what went wrong: a path that matches nothing, values that are not
// numbers). The data lives in the connection's ChartFeed; refresh() draws one frame from decimated copies, handed
// whole to the chart's PlotLinesItem, and is called by ChartsArea at most ~30 times a second. Qt Charts draws the
// axes, the legend (from an empty QLineSeries per series) and the background; the lines are ours.
//
// Time window: the last 1 min / 10 min / 1 h, or all, following the newest data ("live"); zooming (wheel, rubber
// band) stops following until resetZoom(). Pause freezes the picture; data keeps arriving in the feed.

#include "charts/chartcsv.h"
#include "charts/chartfeed.h"
#include "charts/chartsetup.h"
#include "charts/plotlinesitem.h"

#include <QColor>
#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class ChartView;
class IngestPipeline;
class PlotLinesItem;
class QChart;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTableWidget;
class QValueAxis;

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    enum Column {
        SeriesColumn,
        AxisColumn,
        LastColumn,
        MinColumn,
        MaxColumn,
        MeanColumn,
        RateColumn,
        PointsColumn,
        DroppedColumn,
        NoteColumn,
        ColumnCount
    };
    ChartPanel(std::shared_ptr<ChartFeed> feed, IngestPipeline *pipeline, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Adds a definition (back-filled from the store's history); returns its id in the feed.
    int addSeries(const ChartSeriesSetup &setup);
    void removeDefinition(int definition); // its series' memory is freed
    void removeAll();
    QList<int> definitions() const;
    bool hasSeries(const QString &topicFilter, const QString &path) const;

    ChartSetup setup() const;
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }
    void setWindowSeconds(int seconds); // 0: all
    int windowSeconds() const { return m_windowSeconds; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isFollowing() const { return m_following; }
    void resetZoom();
    void zoom(double factor, double centerMs);
    void showRange(qint64 fromMs, qint64 toMs); // stops following

    // One frame: the visible range, decimated, into the lines; the statistics table every StatsIntervalMs. Unless
    // forced, the lines are updated a few series per turn of the event loop (about 3 ms each), so that twenty busy
    // series never hold the window for a whole frame; isDrawing() says a frame is still being completed.
    void refresh(qint64 nowMs, bool force = false);
    bool isDrawing() const { return m_drawing; }
    // Pacing for the frame timer: a frame that took long is followed by as long a pause, so that charts never take
    // more than about half of the GUI thread however busy their series are.
    bool wantsFrame() const
    {
        return !m_drawing && (!m_sinceFrame.isValid() || m_sinceFrame.nsecsElapsed() >= m_lastFrameNs);
    }
    quint64 framesDrawn() const { return m_framesDrawn; }
    std::pair<qint64, qint64> visibleRange() const { return { m_from, m_to }; }
    // The series' points for CSV: of the visible range, or all that is kept.
    QList<CsvSeries> csvSeries(bool visibleRangeOnly) const;

    ChartView *view() const { return m_view; }
    QChart *chart() const { return m_chart; }
    PlotLinesItem *plotLines() const { return m_plot; }
    QTableWidget *statsTable() const { return m_stats; }
    int drawnSeriesCount() const { return int(m_drawn.size()); }
    qsizetype drawnPointCount() const; // points of the lines of the last complete frame

Q_SIGNALS:
    void setupChanged(); // series, visibility, axis or window changed: save
    void definitionsChanged(); // a definition came or went (the area decides whether the feed is needed)

private:
    struct Entry {
        int definition = 0;
        ChartSeriesSetup setup;
    };
    struct Drawn {
        int seriesId = 0;
        int definition = 0;
        QString name; // for the legend, CSV and the crosshair (visibleText() of the topic, then the path)
        QColor color;
        QLineSeries *legend = nullptr; // empty: its legend entry only
    };
    static constexpr int StatsIntervalMs = 200;
    static constexpr qint64 SliceBudgetNs = 3'000'000; // a frame's share of one turn of the event loop

    void rebuild(qint64 nowMs);
    void updateStats(qint64 nowMs);
    void startDraw();
    bool drawSome(qint64 budgetNs); // true when the frame is complete
    void decimateSeries(size_t index);
    void setAxes();
    void lineOfSeries(size_t index);
    Entry *entryOf(int definition);
    const Entry *entryOf(int definition) const;
    QLineSeries *newLegendEntry(const Drawn &drawn);
    void showTableMenu(const QPoint &position);
    void onHover(const QPointF &scenePosition, double timeMs);
    void onItemChanged(int row, int column);
    QColor nextColor();

    std::shared_ptr<ChartFeed> m_feed;
    IngestPipeline *m_pipeline = nullptr;
    QString m_title;
    QList<Entry> m_entries;
    std::vector<Drawn> m_drawn;
    quint64 m_seenVersion = ~quint64(0);
    int m_colorIndex = 0;

    QChart *m_chart = nullptr;
    ChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_leftAxis = nullptr;
    QValueAxis *m_rightAxis = nullptr;
    QValueAxis *m_legendX = nullptr; // hidden, fixed: the legend entries' axes, never rescaled
    QValueAxis *m_legendY = nullptr;
    QLineSeries *m_anchor = nullptr; // empty, on the visible axes
    PlotLinesItem *m_plot = nullptr;
    QTableWidget *m_stats = nullptr;
    QLabel *m_empty = nullptr;
    bool m_fillingTable = false;
    bool m_sizeColumns = false;

    int m_windowSeconds = 600;
    bool m_following = true;
    bool m_paused = false;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QElapsedTimer m_sinceStats;
    size_t m_drawIndex = 0; // the next series of the frame in progress
    bool m_drawing = false;
    QElapsedTimer m_frameClock; // since the start of the frame in progress
    QElapsedTimer m_sinceFrame; // since the end of the last frame
    qint64 m_lastFrameNs = 0;
    bool m_replacing = false; // second pass of the frame
    std::vector<DecimatedSeries> m_frame; // the frame's decimated series, by index of m_drawn
    PlotLinesItem::Frame m_pending; // the frame in progress (its lines and their picture), handed to m_plot whole
    std::pair<double, double> m_leftRange { 0, 1 };
    std::pair<double, double> m_rightRange { 0, 1 };
    qint64 m_scaledFrom = 0; // the time range of the frame's axes
    qint64 m_scaledTo = 1;
    quint64 m_drawGeneration = 0;
    quint64 m_framesDrawn = 0;
    int m_columns = 0;
    double m_leftMin = 0, m_leftMax = 0, m_rightMin = 0, m_rightMax = 0;
    double m_hoverMs = -1;
    QPointF m_hoverScene;
};
