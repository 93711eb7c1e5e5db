// SPDX-License-Identifier: MIT
#pragma once

// How much history every connection keeps, as a preference: messages per topic and the memory budget of all
// history, stored in QSettings (keys below) and applied to a pipeline's store. The Preferences dialog comes with a
// later issue; until then the inspector's History tab offers both in its options menu.

#include <QtGlobal>

class IngestPipeline;
class QSettings;

struct HistorySettings {
    static constexpr const char *MessagesPerTopicKey = "history/messagesPerTopic";
    static constexpr const char *BudgetMiBKey = "history/budgetMiB";
    static constexpr int DefaultMessagesPerTopic = 100;
    static constexpr qint64 DefaultBudgetMiB = 256;
    static constexpr int MaximumMessagesPerTopic = 10'000'000;
    static constexpr qint64 MaximumBudgetMiB = 1024 * 1024; // 1 TiB: the machine's memory is the real limit

    int messagesPerTopic = DefaultMessagesPerTopic; // the last message included
    qint64 budgetMiB = DefaultBudgetMiB;

    qint64 budgetBytes() const { return budgetMiB * 1024 * 1024; }
    // Out-of-range values are clamped (1 .. MaximumMessagesPerTopic, 1 .. MaximumBudgetMiB).
    static HistorySettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    void applyTo(IngestPipeline &pipeline) const;
    bool operator==(const HistorySettings &) const = default;
};
