// SPDX-License-Identifier: MIT
#include "preferences/preferences.h"

#include "common/translations.h"
#include "payload/payloadformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Preferences", text);
}

qint64 readNumber(const QSettings &settings, const char *key, qint64 fallback, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = settings.value(QLatin1StringView(key)).toLongLong(&ok);
    return ok ? std::clamp(value, minimum, maximum) : fallback;
}
} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences preferences;
    preferences.history = HistorySettings::load(settings);
    preferences.payloadLimitKiB
        = readNumber(settings, PayloadLimitKey, DefaultPayloadLimitKiB, MinimumPayloadLimitKiB, MaximumPayloadLimitKiB);
    preferences.chartPointsPerSeries
        = readNumber(settings, ChartPointsKey, DefaultChartPoints, MinimumChartPoints, MaximumChartPoints);
    preferences.theme = Theme::modeFromKey(settings.value(QLatin1StringView(ThemeKey)).toString());
    const QString language = settings.value(QLatin1StringView(LanguageKey)).toString();
    for (const auto &[code, name] : languages()) {
        if (code == language)
            preferences.language = language; // an unknown language reads as the system's
    }
    return preferences;
}

void Preferences::save(QSettings &settings) const
{
    history.save(settings);
    settings.setValue(QLatin1StringView(PayloadLimitKey), payloadLimitKiB);
    settings.setValue(QLatin1StringView(ChartPointsKey), chartPointsPerSeries);
    settings.setValue(QLatin1StringView(ThemeKey), Theme::modeKey(theme));
    settings.setValue(QLatin1StringView(LanguageKey), language);
}

QStringList Preferences::errors() const
{
    QStringList errors;
    if (history.messagesPerTopic < 1 || history.messagesPerTopic > HistorySettings::MaximumMessagesPerTopic)
        errors.append(tr("Keep between 1 and %1 messages per topic.")
                          .arg(QLocale().toString(HistorySettings::MaximumMessagesPerTopic)));
    if (history.budgetMiB < 1 || history.budgetMiB > HistorySettings::MaximumBudgetMiB)
        errors.append(tr("The history budget must be between 1 MiB and %1.")
                          .arg(PayloadFormat::dataSize(HistorySettings::MaximumBudgetMiB * 1024 * 1024)));
    if (payloadLimitKiB < MinimumPayloadLimitKiB || payloadLimitKiB > MaximumPayloadLimitKiB)
        errors.append(tr("The payload limit must be between 1 KiB and %1.")
                          .arg(PayloadFormat::dataSize(MaximumPayloadLimitKiB * 1024)));
    else if (history.budgetMiB >= 1 && payloadLimitBytes() > history.budgetBytes())
        errors.append(
            tr("The payload limit (%1) is larger than the whole history budget (%2): raise the budget or "
               "lower the limit, or the history could not keep one full message.")
                .arg(PayloadFormat::dataSize(payloadLimitBytes()), PayloadFormat::dataSize(history.budgetBytes())));
    if (chartPointsPerSeries < MinimumChartPoints || chartPointsPerSeries > MaximumChartPoints)
        errors.append(tr("A chart keeps between %1 and %2 points per series.")
                          .arg(QLocale().toString(MinimumChartPoints), QLocale().toString(MaximumChartPoints)));
    return errors;
}

QList<std::pair<QString, QString>> Preferences::languages()
{
    return {
        { QString(), tr("System language") },
        { u"en"_s, u"English"_s },
        { u"de"_s, u"Deutsch"_s },
        { u"es"_s, u"Español"_s },
        { u"zh_CN"_s, u"简体中文"_s },
    };
}

QLocale Preferences::uiLocale() const
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool Preferences::installLanguage(QCoreApplication *app) const
{
    const QLocale locale = uiLocale();
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    Canopy::installEnglishPlurals(app);
    return Canopy::installTranslation(app, locale);
}
