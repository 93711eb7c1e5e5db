// SPDX-License-Identifier: MIT
#include "ingest/historysettings.h"

#include "ingest/ingestpipeline.h"

#include <QSettings>

#include <algorithm>

HistorySettings HistorySettings::load(const QSettings &settings)
{
    HistorySettings s;
    s.messagesPerTopic
        = std::clamp(settings.value(QLatin1StringView(MessagesPerTopicKey), DefaultMessagesPerTopic).toInt(), 1,
            MaximumMessagesPerTopic);
    s.budgetMiB = std::clamp<qint64>(
        settings.value(QLatin1StringView(BudgetMiBKey), DefaultBudgetMiB).toLongLong(), 1, MaximumBudgetMiB);
    return s;
}

void HistorySettings::save(QSettings &settings) const
{
    settings.setValue(QLatin1StringView(MessagesPerTopicKey), messagesPerTopic);
    settings.setValue(QLatin1StringView(BudgetMiBKey), budgetMiB);
}

void HistorySettings::applyTo(IngestPipeline &pipeline) const
{
    pipeline.setHistoryDepth(messagesPerTopic);
    pipeline.setHistoryBudget(budgetBytes());
}
