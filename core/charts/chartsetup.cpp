// SPDX-License-Identifier: MIT
#include "charts/chartsetup.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QVariantList>

using namespace Qt::StringLiterals;

QVariantMap ChartsSetup::toVariantMap() const
{
    QVariantList chartList;
    for (const ChartSetup &chart : charts) {
        QVariantList seriesList;
        for (const ChartSeriesSetup &s : chart.series) {
            seriesList.append(QVariantMap {
                { u"topic"_s, s.topicFilter },
                { u"path"_s, s.path },
                { u"visible"_s, s.visible },
                { u"rightAxis"_s, s.rightAxis },
                { u"color"_s, s.color },
            });
        }
        chartList.append(QVariantMap {
            { u"title"_s, chart.title },
            { u"windowSeconds"_s, chart.windowSeconds },
            { u"series"_s, seriesList },
        });
    }
    return QVariantMap {
        { u"version"_s, Version },
        { u"pointsPerSeries"_s, pointsPerSeries },
        { u"charts"_s, chartList },
    };
}

ChartsSetup ChartsSetup::fromVariantMap(const QVariantMap &map)
{
    ChartsSetup setup;
    setup.pointsPerSeries = std::max<qint64>(1, map.value(u"pointsPerSeries"_s, setup.pointsPerSeries).toLongLong());
    const QVariantList chartList = map.value(u"charts"_s).toList();
    for (const QVariant &chartValue : chartList) {
        const QVariantMap chartMap = chartValue.toMap();
        ChartSetup chart;
        chart.title = chartMap.value(u"title"_s).toString();
        chart.windowSeconds = std::max(0, chartMap.value(u"windowSeconds"_s, chart.windowSeconds).toInt());
        const QVariantList seriesList = chartMap.value(u"series"_s).toList();
        for (const QVariant &seriesValue : seriesList) {
            const QVariantMap s = seriesValue.toMap();
            ChartSeriesSetup series;
            series.topicFilter = s.value(u"topic"_s).toString();
            series.path = s.value(u"path"_s).toString();
            series.visible = s.value(u"visible"_s, true).toBool();
            series.rightAxis = s.value(u"rightAxis"_s, false).toBool();
            series.color = s.value(u"color"_s).toString();
            if (!series.topicFilter.isEmpty())
                chart.series.append(series);
        }
        setup.charts.append(chart);
    }
    return setup;
}

QByteArray ChartsSetup::toJson() const
{
    return QJsonDocument(QJsonObject::fromVariantMap(toVariantMap())).toJson(QJsonDocument::Compact);
}

ChartsSetup ChartsSetup::fromJson(const QByteArray &json)
{
    return fromVariantMap(QJsonDocument::fromJson(json).object().toVariantMap());
}

QString ChartsSetup::settingsKey(const QString &endpoint)
{
    // QSettings keys cannot hold '/' or ':' safely; the endpoint's hash names the entry, the endpoint is kept in it.
    const QByteArray hash = QCryptographicHash::hash(endpoint.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return u"charts/"_s + QString::fromLatin1(hash);
}

ChartsSetup ChartsSetup::load(const QString &endpoint)
{
    QSettings settings;
    const QVariantMap map
        = QJsonDocument::fromJson(settings.value(settingsKey(endpoint)).toByteArray()).object().toVariantMap();
    return fromVariantMap(map);
}

void ChartsSetup::save(const QString &endpoint, const ChartsSetup &setup)
{
    QSettings settings;
    if (setup.isEmpty())
        settings.remove(settingsKey(endpoint));
    else
        settings.setValue(settingsKey(endpoint), setup.toJson());
}
