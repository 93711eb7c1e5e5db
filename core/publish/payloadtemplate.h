// SPDX-License-Identifier: MIT
#pragma once

// Placeholders in a text or JSON payload, for the common simulation case without a scripting engine:
//     {{counter}}            1, 2, 3, … : the number of the message in a repeat or a collection run
//     {{timestamp}}          milliseconds since 1970-01-01 UTC (a JSON number)
//     {{timestamp:iso}}      2026-03-01T12:00:00.123Z
//     {{random:min:max}}     a number from min to max, both included; with decimals when min or max has some
//                            ({{random:20.0:25.5}} gives one decimal)
// Spaces inside the braces are allowed. An unknown placeholder is refused (a typo would otherwise be sent as is).
// Pure: the counter, the time and the random source come in.

#include "publish/inputerror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <functional>

struct TemplateContext {
    quint64 counter = 1;
    qint64 timestampMs = 0; // since the epoch, UTC
    std::function<double()> random; // uniform in [0, 1); without it, {{random}} gives its minimum
};

class PayloadTemplate {
    Q_DECLARE_TR_FUNCTIONS(PayloadTemplate)
public:
    static bool hasPlaceholders(QStringView text); // any "{{…}}"
    // text with every placeholder replaced; on error the text unchanged and *error set at the placeholder.
    static QString substitute(QStringView text, const TemplateContext &context, InputError *error);
};
