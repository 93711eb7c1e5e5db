// SPDX-License-Identifier: MIT
#pragma once

// The application's preferences as QSettings keys (the Preferences dialog edits them; the history keys are
// HistorySettings'):
//   history/messagesPerTopic, history/budgetMiB   messages kept per topic, memory budget of all history
//   payload/displayLimitKiB                       payloads longer than this are kept (and shown) cut, and marked so
//   charts/maxPointsPerSeries                     points a chart keeps per series (default 1,000,000; ui/charts)
//   appearance/theme                              "system" (default), "light" or "dark" (preferences/theme.h)
//   appearance/language                           "" (the system's), "en", "de", "es" or "zh_CN"; at the next start
// Restoring tabs at start is the profiles' setting (ProfileRepository::restoreTabs()).
// A value edited into nonsense loads as its default or nearest bound; errors() words what the dialog refuses.

#include "ingest/historysettings.h"
#include "preferences/theme.h"

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QSettings;

struct Preferences {
    static constexpr const char *PayloadLimitKey = "payload/displayLimitKiB";
    static constexpr const char *ChartPointsKey = "charts/maxPointsPerSeries";
    static constexpr const char *ThemeKey = "appearance/theme";
    static constexpr const char *LanguageKey = "appearance/language";
    static constexpr qint64 DefaultPayloadLimitKiB = 1024; // TopicStore's default, 1 MiB
    static constexpr qint64 MinimumPayloadLimitKiB = 1;
    static constexpr qint64 MaximumPayloadLimitKiB = 256 * 1024; // 256 MiB
    static constexpr qint64 DefaultChartPoints = 1'000'000;
    static constexpr qint64 MinimumChartPoints = 100;
    static constexpr qint64 MaximumChartPoints = 100'000'000;

    HistorySettings history;
    qint64 payloadLimitKiB = DefaultPayloadLimitKiB;
    qint64 chartPointsPerSeries = DefaultChartPoints;
    Theme::Mode theme = Theme::Mode::System;
    QString language; // empty: the system's

    qint64 payloadLimitBytes() const { return payloadLimitKiB * 1024; }
    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    // What is wrong, one sentence each (empty when the values can be saved).
    QStringList errors() const;
    bool operator==(const Preferences &) const = default;

    // The languages offered: code ("" for the system's) and name in its own language.
    static QList<std::pair<QString, QString>> languages();
    // The locale the user interface speaks: the chosen language, else the system's (LANG, LC_ALL, LC_MESSAGES).
    QLocale uiLocale() const;
    // Installs Qt's own translation, the English plural forms and Canopy's translation for uiLocale() (the GUI's
    // main does this once). False when Canopy has no translation for it (English then).
    bool installLanguage(QCoreApplication *app) const;
};
