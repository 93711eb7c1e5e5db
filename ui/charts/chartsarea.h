// SPDX-License-Identifier: MIT
#pragma once

// The charts of one connection, docked in its ConnectionTab ("chartsDock"): charts in tabs, a toolbar (new chart,
// add/remove series, time window, pause, reset zoom, points kept per series, export CSV/PNG), and the entries other
// views get: "Chart This Topic" and "Chart All Numeric Fields" in the tree's context menu, "Chart This Value" in the
// inspector's JSON tree.
//
// It owns the connection's ChartFeed and lends it to the ingest pipeline as its MessageSink only while a series
// exists, so a connection without charts pays nothing. A timer draws the current chart at most FrameRate times a
// second, and only while the charts are on screen.
//
// The setup (charts, series, windows) is saved in QSettings keyed by the tab's ConnectionTab::libraryScope() (the
// saved profile's id, else host:port of the broker) and restored when a tab of that profile or broker connects
// again; setup() / applySetup() give it as a value (ChartsSetup, to and from a QVariantMap) for a profile export.

#include "charts/chartfeed.h"
#include "charts/chartsetup.h"

#include <QWidget>

#include <memory>

class ChartPanel;
class ConnectionTab;
class QAction;
class QComboBox;
class QSpinBox;
class QTabWidget;
class QTimer;
class QToolBar;

class ChartsArea : public QWidget {
    Q_OBJECT
public:
    static constexpr int FrameIntervalMs = 33; // ~30 frames a second at most
    static constexpr int MaximumFieldSeries = 32; // "Chart all numeric fields" adds at most this many

    explicit ChartsArea(ConnectionTab *tab);
    ~ChartsArea() override;

    std::shared_ptr<ChartFeed> feed() const { return m_feed; }
    QList<ChartPanel *> charts() const;
    ChartPanel *currentChart() const;
    ChartPanel *newChart(const QString &title = QString());

    // Adds a series to the current chart (a new one if there is none) and shows the charts; returns the definition.
    int addSeries(const QString &topicFilter, const QString &path);
    int chartTopic(const QString &topic); // the whole payload
    int chartNumericFields(const QString &topic); // every numeric field of its last JSON/CBOR/MessagePack payload
    void showAddSeriesDialog();

    bool exportCsv(const QString &fileName, bool visibleRangeOnly, QString *error = nullptr);
    bool exportPng(const QString &fileName, QString *error = nullptr);

    ChartsSetup setup() const;
    void applySetup(const ChartsSetup &setup); // replaces every chart
    void setPointsPerSeries(qint64 points);
    void refreshNow(); // one frame of the current chart, now

    QAction *chartTopicAction() const { return m_chartTopic; }
    QAction *chartFieldsAction() const { return m_chartFields; }
    QAction *chartValueAction() const { return m_chartValue; }

Q_SIGNALS:
    void note(const QString &sentence); // for the status bar

private:
    void createToolBar();
    void hookEntries();
    void updateSink();
    void save();
    void onEndpoint();
    void onFrame();
    void syncToolBar();
    void askExportCsv(bool visibleRangeOnly);
    void askExportPng();
    void revealDock();

    ConnectionTab *m_tab = nullptr;
    std::shared_ptr<ChartFeed> m_feed;
    QToolBar *m_toolBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_window = nullptr;
    QSpinBox *m_capacity = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_chartTopic = nullptr;
    QAction *m_chartFields = nullptr;
    QAction *m_chartValue = nullptr;
    QTimer *m_frameTimer = nullptr;
    QString m_endpoint; // the tab's library scope: the setup is saved under it
    bool m_restoring = false;
    bool m_sinkSet = false;
    int m_chartsMade = 0;
};
