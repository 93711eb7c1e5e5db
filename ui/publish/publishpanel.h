// SPDX-License-Identifier: MIT
#pragma once

// The publish panel of one connection (a dock of its ConnectionTab): compose a message (PublishEditor), publish it
// with the button or Ctrl+Enter and read the broker's answer in words next to the button, repeat it every N ms, and
// below, the profile's history (one click loads a message back), saved collections and request/response pairs.
// It pre-fills the topic from the tree's selection and adds "Publish to…" to the tree's context menu.

#include "publish/publishoutcome.h"
#include "publish/publishpreparation.h"

#include <QSet>
#include <QWidget>

class CollectionsView;
class ConnectionTab;
class PublishController;
class PublishEditor;
class PublishHistoryModel;
class PublishRunner;
class QAction;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeView;
class ResponsesView;

class PublishPanel : public QWidget {
    Q_OBJECT
public:
    explicit PublishPanel(ConnectionTab *tab);
    ~PublishPanel() override;

    PublishEditor *editor() const { return m_editor; }
    PublishController *controller() const { return m_controller; }
    CollectionsView *collections() const { return m_collections; }
    ResponsesView *responses() const { return m_responses; }
    PublishHistoryModel *historyModel() const { return m_historyModel; }
    QAction *publishToAction() const { return m_publishTo; }

    // The Publish button: sends the editor's message. Returns the ticket (see PublishController).
    quint64 publish();
    void startRepeat();
    void stopRepeat();
    bool isRepeating() const;
    QString resultText() const; // next to the button

private:
    enum class Run { None, Repeat, Collection };

    void onRefused(quint64 ticket, const PreparedPublish &prepared);
    void onDispatched(quint64 ticket, const QStringList &warnings);
    void onAnswered(quint64 ticket, const PublishOutcome &outcome);
    void onProfileChanged(const QString &profileId);
    void onServerLimits();
    void runCollection(const QList<PublishMessage> &messages, int delayMs);
    void onRunFinished(qint64 sent, bool stopped);
    void updateRunCounter();
    void showResult(const QString &text, int severity); // 0 success, 1 waiting / warning, 2 failure

    ConnectionTab *m_tab;
    PublishController *m_controller = nullptr;
    PublishRunner *m_runner = nullptr;
    PublishEditor *m_editor = nullptr;
    QPushButton *m_publish = nullptr;
    QLabel *m_result = nullptr;
    QSpinBox *m_repeatInterval = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QPushButton *m_repeat = nullptr;
    QLabel *m_repeatCounter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_history = nullptr;
    PublishHistoryModel *m_historyModel = nullptr;
    CollectionsView *m_collections = nullptr;
    ResponsesView *m_responses = nullptr;
    QAction *m_publishTo = nullptr;

    quint64 m_lastTicket = 0; // whose answer the result line shows
    QStringList m_lastWarnings;
    Run m_run = Run::None;
    QSet<quint64> m_runTickets; // sends of the current run still to be answered
    qint64 m_runAnswered = 0;
    qint64 m_runFailed = 0;
    QString m_runFirstFailure;
};
