// SPDX-License-Identifier: MIT
#include "publish/payloadtemplate.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Digits after the decimal point of a number as written ("20.50" → 2).
int decimalsOf(QStringView number)
{
    const qsizetype dot = number.indexOf(u'.');
    return dot < 0 ? 0 : int(number.size() - dot - 1);
}

} // namespace

bool PayloadTemplate::hasPlaceholders(QStringView text)
{
    const qsizetype open = text.indexOf(u"{{");
    return open >= 0 && text.indexOf(u"}}", open + 2) >= 0;
}

QString PayloadTemplate::substitute(QStringView text, const TemplateContext &context, InputError *error)
{
    *error = {};
    QString out;
    out.reserve(text.size() + 16);
    qsizetype from = 0;
    for (;;) {
        const qsizetype open = text.indexOf(u"{{", from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0)
            break; // "{{" without an end is text
        out.append(text.sliced(from, open - from));
        const QStringView inner = text.sliced(open + 2, close - open - 2).trimmed();
        const QList<QStringView> parts = inner.split(u':');
        const QStringView name = parts.value(0).trimmed();
        // The sentence names the place of the placeholder.
        const auto fail = [&](const auto &sentenceAt) {
            *error = InputError::at(text, open, QString());
            error->sentence = sentenceAt(InputError::placeText(error->line, error->column));
            return text.toString();
        };
        if (name == u"counter" && parts.size() == 1) {
            out.append(QString::number(context.counter));
        } else if (name == u"timestamp" && parts.size() == 1) {
            out.append(QString::number(context.timestampMs));
        } else if (name == u"timestamp" && parts.size() == 2 && parts.at(1).trimmed() == u"iso") {
            out.append(QDateTime::fromMSecsSinceEpoch(context.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs));
        } else if (name == u"random") {
            if (parts.size() != 3)
                return fail([](const QString &place) {
                    return tr("{{random}} at %1 needs a range: {{random:min:max}}, e.g. {{random:1:100}}.").arg(place);
                });
            const QStringView low = parts.at(1).trimmed();
            const QStringView high = parts.at(2).trimmed();
            bool lowOk = false;
            bool highOk = false;
            const double lowValue = low.toDouble(&lowOk);
            const double highValue = high.toDouble(&highOk);
            if (!lowOk || !highOk || !std::isfinite(lowValue) || !std::isfinite(highValue))
                return fail([](const QString &place) {
                    return tr("The range of {{random}} at %1 must be two numbers: {{random:min:max}}.").arg(place);
                });
            // Whole numbers stay exact in a double up to 2^53; more than 9 decimals is not a measurement.
            constexpr double Largest = 1e15;
            constexpr int MostDecimals = 9;
            if (std::abs(lowValue) > Largest || std::abs(highValue) > Largest
                || std::max(decimalsOf(low), decimalsOf(high)) > MostDecimals)
                return fail([](const QString &place) {
                    return tr("The range of {{random}} at %1 is out of reach: use numbers from -10^15 to 10^15 with at "
                              "most 9 decimals.")
                        .arg(place);
                });
            if (lowValue > highValue)
                return fail([](const QString &place) {
                    return tr("The range of {{random}} at %1 is upside down: the minimum is above the maximum.")
                        .arg(place);
                });
            const double u = context.random ? std::clamp(context.random(), 0.0, std::nextafter(1.0, 0.0)) : 0.0;
            const int decimals = std::max(decimalsOf(low), decimalsOf(high));
            if (decimals == 0) {
                const double span = std::floor(highValue) - std::ceil(lowValue) + 1;
                const double value = std::ceil(lowValue) + std::floor(u * span);
                out.append(QString::number(qint64(std::min(value, std::floor(highValue)))));
            } else {
                const double scale = std::pow(10.0, decimals);
                const double steps = std::round((highValue - lowValue) * scale);
                const double value = lowValue + std::floor(u * (steps + 1)) / scale;
                out.append(QString::number(std::min(value, highValue), 'f', decimals));
            }
        } else {
            return fail([inner](const QString &place) {
                return tr("{{%1}} at %2 is not a placeholder Canopy knows; use {{counter}}, {{timestamp}}, "
                          "{{timestamp:iso}} or {{random:min:max}}.")
                    .arg(inner.toString(), place);
            });
        }
        from = close + 2;
    }
    out.append(text.sliced(from));
    return out;
}
