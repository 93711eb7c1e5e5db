// SPDX-License-Identifier: MIT
#pragma once

// The inspector of one connection (the right of its window tab): the Message tab (the selected topic's last
// message: header, MQTT 5 properties, payload in the view of the user's choice), the History tab (the topic's
// stored messages, a screen at a time) and the Diff tab (two messages compared). It remembers, per topic and for
// the session of its tab, which payload view the user picked. It exports history (CSV, JSON Lines) off the GUI
// thread with progress and cancel.
//
// The connection tab feeds it from the tree's selection and change sets; it reads the store itself for history
// and diffs, under the store's lock, a page at a time.

#include "export/publishcommand.h"
#include "ingest/historysettings.h"
#include "store/topicstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTabWidget>

class DiffPanel;
class HistoryExport;
class HistoryPanel;
class IngestPipeline;
class MessageView;
class QAction;
class QProgressDialog;
class QTimer;

class Inspector : public QTabWidget {
    Q_OBJECT
public:
    enum Tab { MessageTab, HistoryTab, DiffTab };
    // A payload over this size is shown again at most every LargeRefreshMs while its topic floods.
    static constexpr qsizetype LargePayload = 64 * 1024;
    static constexpr int LargeRefreshMs = 500;

    explicit Inspector(IngestPipeline *pipeline, QWidget *parent = nullptr);
    ~Inspector() override;

    // ---- what the connection tab calls
    // node identifies what is shown: the same node keeps its scroll position across updates.
    void showMessage(NodeId node, const QString &topic, const StoredMessage &message);
    // A topic level without a message of its own: what its subtree holds.
    void showInnerNode(NodeId node, const QString &topic, quint32 topics, quint64 messages);
    void showNothing();
    NodeId shownNode() const { return m_node; }
    QString shownTopic() const { return m_topic; }
    // The store was cleared: node ids mean nothing any more.
    void storeCleared();
    // The broker, for "Copy as mosquitto_pub".
    void setBroker(const PublishCommand::Broker &broker);

    // ---- actions
    // "Show history" and "Export history…" for the tree's context menu (they act on the shown topic, which is the
    // row the menu was opened on).
    QList<QAction *> topicMenuActions() const { return { m_showHistoryAction, m_exportAction }; }
    void showHistory(); // the History tab of the shown topic
    // Asks for a file (CSV or JSON Lines), then exports the history of topic (with subtree: and all below it).
    void exportHistory(const QString &topic, bool subtree);
    // The same without asking; false when an export runs already.
    bool startExport(const QString &topic, bool subtree, const QString &fileName);
    HistoryExport *historyExport() const { return m_export; }
    // Compares two of the shown topic's messages (numbers as HistoryInfo counts them) in the Diff tab.
    void compareMessages(quint64 older, quint64 newer, bool pinned);

    // ---- the view each topic is shown in, for this session (PayloadPane::AutoView when none was picked)
    int viewChoice(const QString &topic) const { return m_choices.value(topic, -1); }
    void setViewChoice(const QString &topic, int choice);

    MessageView *messageView() const { return m_message; }
    HistoryPanel *historyPanel() const { return m_history; }
    DiffPanel *diffPanel() const { return m_diff; }

Q_SIGNALS:
    void note(const QString &sentence); // for the status bar
    // The user changed a history preference: the connection tab applies it (and saves it).
    void historySettingsRequested(const HistorySettings &settings);

private:
    void render(NodeId node, const QString &topic, const StoredMessage &message);
    void updateNewestDiff();
    void onExportFinished(bool ok, const QString &sentence);

    IngestPipeline *m_pipeline = nullptr;
    MessageView *m_message = nullptr;
    HistoryPanel *m_history = nullptr;
    DiffPanel *m_diff = nullptr;
    HistoryExport *m_export = nullptr;
    QProgressDialog *m_progress = nullptr;
    QAction *m_showHistoryAction = nullptr;
    QAction *m_exportAction = nullptr;
    QHash<QString, int> m_choices;
    NodeId m_node = 0;
    QString m_topic;
    bool m_hasMessage = false;
    qint64 m_shownTimeMs = -1;
    qint64 m_shownSize = -1;
    QElapsedTimer m_sinceRender;
    QTimer *m_deferred = nullptr;
    QString m_pendingTopic;
    StoredMessage m_pending;
    bool m_diffOutdated = true;
};
