// SPDX-License-Identifier: MIT
#pragma once

// The History tab: the selected topic's stored messages, newest first (HistoryModel, read a screen at a time),
// how many older ones the store no longer keeps and why (evicted for the memory budget, or over the per-topic
// limit), a substring filter, and a preview of the selected row. Two selected rows are compared in the Diff tab.
//
// New messages join the table while it shows its top with nothing selected ("Follow new messages"); otherwise a
// button says how many arrived and brings them in when clicked, so rows never move under the user. The options menu
// holds the history preferences (messages per topic, memory budget) until the Preferences dialog exists, and the
// export of the topic's or its subtree's history.

#include "ingest/historysettings.h"
#include "store/topicstore.h"

#include <QWidget>

class HistoryModel;
class IngestPipeline;
class MessageView;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class RowView;

class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(IngestPipeline *pipeline, QWidget *parent = nullptr);

    // The topic whose history is shown (0: none); the same node again keeps the rows.
    void setTopic(NodeId node, const QString &topic);
    NodeId node() const;
    QString topic() const { return m_topic; }
    // New messages arrived on the topic (from a change set).
    void topicUpdated();
    void storeCleared();
    // The chosen view per topic, for the preview.
    void setViewChoice(int choice) { m_choice = choice; }

    HistoryModel *model() const { return m_model; }
    RowView *table() const { return m_table; }
    MessageView *preview() const { return m_preview; }
    QString summary() const;
    bool isFollowing() const;
    void setFollowing(bool follow);
    // Selects the rows of these message numbers (replacing the selection).
    void selectNumbers(const QList<quint64> &numbers);
    QList<quint64> selectedNumbers() const; // ascending

Q_SIGNALS:
    void compareRequested(quint64 older, quint64 newer); // two rows selected and Compare clicked
    void pairSelected(quint64 older, quint64 newer); // two rows selected
    void messageSelected(quint64 number); // one row selected
    void exportRequested(bool subtree);
    void settingsRequested(const HistorySettings &settings); // the user changed a history preference
    void choiceChanged(const QString &topic, int choice);
    void note(const QString &sentence);

private:
    void updateSummary();
    void updateNewMessages();
    void onSelectionChanged();
    void askDepth();
    void askBudget();

    IngestPipeline *m_pipeline = nullptr;
    HistoryModel *m_model = nullptr;
    QString m_topic;
    int m_choice = -1;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_newMessages = nullptr;
    QPushButton *m_compare = nullptr;
    QToolButton *m_options = nullptr;
    QAction *m_follow = nullptr;
    QAction *m_exportTopic = nullptr;
    QAction *m_exportSubtree = nullptr;
    RowView *m_table = nullptr;
    MessageView *m_preview = nullptr;
};
