// SPDX-License-Identifier: MIT
#pragma once

// What a connection's charts area looks like, as a value that goes to and from a QVariantMap (and so JSON or
// QSettings): its charts, each with a title, a time window and its series definitions with their display choices.
// Saved today per endpoint in QSettings (ChartSetupStore); a profile can hold the same map.

#include <QList>
#include <QString>
#include <QVariantMap>

struct ChartSeriesSetup {
    QString topicFilter;
    QString path;
    bool visible = true;
    bool rightAxis = false;
    QString color; // "#rrggbb"; empty: the palette's next colour
    bool operator==(const ChartSeriesSetup &) const = default;
};

struct ChartSetup {
    QString title;
    int windowSeconds = 600; // 0: all
    QList<ChartSeriesSetup> series;
    bool operator==(const ChartSetup &) const = default;
};

struct ChartsSetup {
    static constexpr int Version = 1;
    QList<ChartSetup> charts;
    qint64 pointsPerSeries = 1'000'000;

    bool isEmpty() const { return charts.isEmpty(); }
    QVariantMap toVariantMap() const;
    static ChartsSetup fromVariantMap(const QVariantMap &map); // ignores what it does not know
    QByteArray toJson() const;
    static ChartsSetup fromJson(const QByteArray &json);
    bool operator==(const ChartsSetup &) const = default;

    // QSettings, keyed by the connection's endpoint ("mqtt://host:1883"), until profiles hold them.
    static QString settingsKey(const QString &endpoint);
    static ChartsSetup load(const QString &endpoint);
    static void save(const QString &endpoint, const ChartsSetup &setup);
};
