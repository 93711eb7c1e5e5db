// SPDX-License-Identifier: MIT
#pragma once

// Chart data as CSV (pure): one time column (ISO 8601, UTC, milliseconds) and one column per series, rows in time
// order. A row holds the values of the series that have a point at that millisecond; the others are empty. Two
// points of one series in the same millisecond make two rows. NaN and infinities are written as NaN, Infinity,
// -Infinity, so that a gap survives the round trip. Fields are quoted as RFC 4180 says when they need it.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

struct CsvSeries {
    QString name;
    std::vector<std::pair<qint64, double>> points; // time in ms since the epoch, in time order
};

class ChartCsv {
    Q_DECLARE_TR_FUNCTIONS(ChartCsv)
public:
    static QByteArray format(const QList<CsvSeries> &series);
    // Reads what format() writes (for tests and for checking an export); false with error set if it cannot.
    static bool parse(const QByteArray &csv, QList<CsvSeries> &series, QString *error = nullptr);
    static QByteArray quoted(const QString &field);
};
