// SPDX-License-Identifier: MIT
#include "charts/chartcsv.h"

#include "charts/numericextractor.h"

#include <QDateTime>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QByteArray numberText(double value)
{
    if (std::isnan(value))
        return "NaN"_ba;
    if (std::isinf(value))
        return value > 0 ? "Infinity"_ba : "-Infinity"_ba;
    return QByteArray::number(value, 'g', 17);
}

// Splits one CSV line into fields (quotes as format() writes them).
QList<QString> splitLine(const QString &line)
{
    QList<QString> fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

} // namespace

QByteArray ChartCsv::quoted(const QString &field)
{
    QByteArray utf8 = field.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray ChartCsv::format(const QList<CsvSeries> &series)
{
    QByteArray out = "time";
    for (const CsvSeries &s : series)
        out += ',' + quoted(s.name);
    out += "\r\n";
    std::vector<size_t> next(size_t(series.size()), 0);
    for (;;) {
        qint64 time = std::numeric_limits<qint64>::max();
        for (qsizetype i = 0; i < series.size(); ++i) {
            if (next[size_t(i)] < series[i].points.size())
                time = std::min(time, series[i].points[next[size_t(i)]].first);
        }
        if (time == std::numeric_limits<qint64>::max())
            break;
        out += QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
        for (qsizetype i = 0; i < series.size(); ++i) {
            out += ',';
            size_t &n = next[size_t(i)];
            if (n < series[i].points.size() && series[i].points[n].first == time)
                out += numberText(series[i].points[n++].second);
        }
        out += "\r\n";
    }
    return out;
}

bool ChartCsv::parse(const QByteArray &csv, QList<CsvSeries> &series, QString *error)
{
    series.clear();
    const QList<QByteArray> lines = csv.split('\n');
    auto fail = [&](const QString &sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    if (lines.isEmpty())
        return fail(tr("The file is empty."));
    const QList<QString> header = splitLine(QString::fromUtf8(lines.first()).remove(u'\r'));
    if (header.isEmpty() || header.first() != u"time"_s)
        return fail(tr("The first column is not \"time\"."));
    for (qsizetype i = 1; i < header.size(); ++i)
        series.append(CsvSeries { header[i], {} });
    for (qsizetype row = 1; row < lines.size(); ++row) {
        const QString line = QString::fromUtf8(lines[row]).remove(u'\r');
        if (line.isEmpty())
            continue;
        const QList<QString> fields = splitLine(line);
        if (fields.size() != header.size())
            return fail(tr("Line %1 has %2 fields instead of %3.").arg(row + 1).arg(fields.size()).arg(header.size()));
        const QDateTime time = QDateTime::fromString(fields.first(), Qt::ISODateWithMs);
        if (!time.isValid())
            return fail(tr("Line %1 does not start with a time.").arg(row + 1));
        for (qsizetype i = 1; i < fields.size(); ++i) {
            if (fields[i].isEmpty())
                continue;
            const std::optional<double> value = NumericExtractor::parsePlain(fields[i].toUtf8());
            if (!value)
                return fail(tr("Line %1 has a value that is not a number.").arg(row + 1));
            series[i - 1].points.emplace_back(time.toMSecsSinceEpoch(), *value);
        }
    }
    return true;
}
