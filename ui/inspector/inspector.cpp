// SPDX-License-Identifier: MIT
#include "inspector/inspector.h"

#include "common/displaytext.h"
#include "export/historyexport.h"
#include "ingest/ingestpipeline.h"
#include "inspector/diffpanel.h"
#include "inspector/historypanel.h"
#include "inspector/messageview.h"
#include "inspector/payloadpane.h"

#include <QAction>
#include <QFileDialog>
#include <QMutexLocker>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QTabBar>
#include <QTimer>

using namespace Qt::StringLiterals;

Inspector::Inspector(IngestPipeline *pipeline, QWidget *parent)
    : QTabWidget(parent)
    , m_pipeline(pipeline)
{
    setObjectName(u"inspector"_s);
    setDocumentMode(true);
    m_message = new MessageView(QString(), this);
    m_message->setObjectName(u"messageView"_s);
    m_history = new HistoryPanel(pipeline, this);
    m_history->setObjectName(u"historyPanel"_s);
    m_diff = new DiffPanel(this);
    m_diff->setObjectName(u"diffPanel"_s);
    addTab(m_message, tr("Message"));
    addTab(m_history, tr("History"));
    addTab(m_diff, tr("Diff"));
    tabBar()->setObjectName(u"inspectorTabs"_s);

    const TopicStore *store = nullptr;
    {
        QMutexLocker lock(&pipeline->storeMutex());
        store = &pipeline->store(); // the reference stays valid; reading through it needs the lock
    }
    m_export = new HistoryExport(pipeline->storeMutex(), *store, this);

    m_deferred = new QTimer(this);
    m_deferred->setSingleShot(true);
    connect(m_deferred, &QTimer::timeout, this, [this] { render(m_node, m_pendingTopic, m_pending); });

    connect(m_message, &MessageView::choiceChanged, this, &Inspector::setViewChoice);
    connect(m_history, &HistoryPanel::choiceChanged, this, &Inspector::setViewChoice);
    connect(m_message, &MessageView::note, this, &Inspector::note);
    connect(m_history, &HistoryPanel::note, this, &Inspector::note);
    connect(m_history, &HistoryPanel::pairSelected, this,
        [this](quint64 older, quint64 newer) { compareMessages(older, newer, true); });
    // One row: it against the message before it, as the Diff tab compares the newest by default.
    connect(m_history, &HistoryPanel::messageSelected, this, [this](quint64 number) {
        if (number > 0)
            compareMessages(number - 1, number, true);
    });
    connect(m_history, &HistoryPanel::compareRequested, this, [this](quint64 older, quint64 newer) {
        compareMessages(older, newer, true);
        setCurrentIndex(DiffTab);
    });
    connect(m_history, &HistoryPanel::exportRequested, this, [this](bool subtree) { exportHistory(m_topic, subtree); });
    connect(m_history, &HistoryPanel::settingsRequested, this, &Inspector::historySettingsRequested);
    connect(m_diff, &DiffPanel::newestRequested, this, [this] {
        m_diffOutdated = true;
        updateNewestDiff();
    });
    connect(m_diff, &DiffPanel::shown, this, [this] {
        if (m_diffOutdated && currentIndex() == DiffTab && !m_diff->isPinned())
            updateNewestDiff(); // messages came while a large comparison ran
    });
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == DiffTab && m_diffOutdated && !m_diff->isPinned())
            updateNewestDiff();
    });
    connect(m_export, &HistoryExport::finished, this, &Inspector::onExportFinished);

    m_showHistoryAction = new QAction(tr("Show history"), this);
    m_showHistoryAction->setObjectName(u"showHistoryAction"_s);
    m_showHistoryAction->setToolTip(tr("The topic's stored messages, newest first, in the inspector's History tab"));
    connect(m_showHistoryAction, &QAction::triggered, this, &Inspector::showHistory);
    m_exportAction = new QAction(tr("Export history…"), this);
    m_exportAction->setObjectName(u"exportHistoryAction"_s);
    m_exportAction->setToolTip(tr("Write the stored messages of this topic and of every topic below it to a CSV or "
                                  "JSON Lines file"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportHistory(m_topic, true); });
}

Inspector::~Inspector() = default;

void Inspector::setBroker(const PublishCommand::Broker &broker)
{
    m_message->setBroker(broker);
    m_history->preview()->setBroker(broker);
}

void Inspector::showMessage(NodeId node, const QString &topic, const StoredMessage &message)
{
    if (node == m_node && m_hasMessage && message.timeMs == m_shownTimeMs && message.originalSize == m_shownSize
        && !m_deferred->isActive())
        return; // nothing new
    const bool large = message.payload.size() > LargePayload;
    if (node == m_node && m_hasMessage && large && m_sinceRender.isValid()
        && m_sinceRender.elapsed() < LargeRefreshMs) {
        // Keep the newest, render it when the interval is over.
        m_pendingTopic = topic;
        m_pending = message;
        if (!m_deferred->isActive())
            m_deferred->start(int(LargeRefreshMs - m_sinceRender.elapsed()));
        return;
    }
    render(node, topic, message);
}

void Inspector::render(NodeId node, const QString &topic, const StoredMessage &message)
{
    m_deferred->stop();
    m_pending = StoredMessage {};
    const bool topicChanged = node != m_node || topic != m_topic;
    m_node = node;
    m_topic = topic;
    m_hasMessage = true;
    m_shownTimeMs = message.timeMs;
    m_shownSize = message.originalSize;
    m_sinceRender.start();
    const int choice = viewChoice(topic);
    m_message->showMessage(node, topic, message, choice);
    m_history->setViewChoice(choice);
    m_history->setTopic(node, topic);
    if (topicChanged && m_diff->isPinned())
        m_diff->showNothing(QString());
    m_diffOutdated = true;
    if (currentIndex() == DiffTab && !m_diff->isPinned() && !m_diff->isBusy())
        updateNewestDiff();
}

void Inspector::showInnerNode(NodeId node, const QString &topic, quint32 topics, quint64 messages)
{
    m_deferred->stop();
    m_node = node;
    m_topic = topic;
    m_hasMessage = false;
    m_shownTimeMs = m_shownSize = -1;
    m_message->showInnerNode(node, topic, topics, messages);
    m_history->setTopic(0, QString());
    m_diff->showNothing(tr("“%1” has no messages of its own to compare.").arg(Canopy::visibleText(topic)));
}

void Inspector::showNothing()
{
    m_deferred->stop();
    m_node = 0;
    m_topic.clear();
    m_hasMessage = false;
    m_shownTimeMs = m_shownSize = -1;
    m_message->showNothing();
    m_history->setTopic(0, QString());
    m_diff->showNothing(tr("Select a topic with at least two messages, or two rows in the History tab."));
}

void Inspector::storeCleared()
{
    showNothing();
    m_history->storeCleared();
}

void Inspector::setViewChoice(const QString &topic, int choice)
{
    if (choice == PayloadPane::AutoView)
        m_choices.remove(topic);
    else
        m_choices.insert(topic, choice);
    if (topic != m_topic)
        return;
    m_history->setViewChoice(choice);
    // Both views of the topic follow the choice made in either.
    if (m_message->hasMessage() && m_message->payload()->choice() != choice)
        m_message->showMessage(m_node, m_topic, m_message->message(), choice);
    MessageView *preview = m_history->preview();
    if (preview->hasMessage() && preview->payload()->choice() != choice)
        preview->showMessage(preview->shownNode(), preview->topic(), preview->message(), choice);
}

void Inspector::showHistory()
{
    setCurrentIndex(HistoryTab);
}

void Inspector::updateNewestDiff()
{
    if (!m_hasMessage || m_node == 0) {
        m_diff->showNothing(tr("Select a topic with at least two messages, or two rows in the History tab."));
        m_diffOutdated = false;
        return;
    }
    if (m_diff->isBusy())
        return; // when it ends (DiffPanel::shown), this runs again
    HistoryInfo info;
    QList<StoredMessage> newest;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        const TopicStore &store = m_pipeline->store();
        if (qsizetype(m_node) >= store.nodeCount())
            return;
        info = store.historyInfo(m_node);
        if (info.kept >= 2)
            store.readHistory(m_node, info.received - 2, 2, newest);
    }
    m_diffOutdated = false;
    if (newest.size() < 2) {
        m_diff->showNothing(
            tr("Only one message of “%1” is kept: nothing to compare it with yet.").arg(Canopy::visibleText(m_topic)));
        return;
    }
    m_diff->compare(m_topic, { info.received - 2, newest[0] }, { info.received - 1, newest[1] }, false);
}

void Inspector::compareMessages(quint64 older, quint64 newer, bool pinned)
{
    if (m_node == 0)
        return;
    QList<StoredMessage> a;
    QList<StoredMessage> b;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        const TopicStore &store = m_pipeline->store();
        const quint64 firstKept = store.historyInfo(m_node).firstKept();
        if (older >= firstKept)
            store.readHistory(m_node, older, 1, a);
        if (newer >= firstKept)
            store.readHistory(m_node, newer, 1, b);
    }
    if (a.isEmpty() || b.isEmpty()) {
        Q_EMIT note(tr("A message to compare is no longer kept: the store evicted it."));
        return;
    }
    m_diff->compare(m_topic, { older, a.first() }, { newer, b.first() }, pinned);
}

// ---- export

void Inspector::exportHistory(const QString &topic, bool subtree)
{
    if (topic.isEmpty())
        return;
    if (m_export->isRunning()) {
        Q_EMIT note(tr("An export is running; wait for it or cancel it first."));
        return;
    }
    QFileDialog dialog(this,
        subtree ? tr("Export the History of “%1” and Below").arg(Canopy::visibleText(topic))
                : tr("Export the History of “%1”").arg(Canopy::visibleText(topic)));
    dialog.setObjectName(u"exportHistoryDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    const QString csv = tr("CSV (*.csv)");
    const QString jsonLines = tr("JSON Lines (*.jsonl)");
    dialog.setNameFilters({ csv, jsonLines });
    QString base = topic;
    base.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"_"_s);
    dialog.selectFile(base + u".csv"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString fileName = dialog.selectedFiles().constFirst();
    if (!fileName.contains(u'.'))
        fileName += dialog.selectedNameFilter() == jsonLines ? u".jsonl"_s : u".csv"_s;
    startExport(topic, subtree, fileName);
}

bool Inspector::startExport(const QString &topic, bool subtree, const QString &fileName)
{
    if (!m_export->start(topic, subtree, fileName, HistoryFormat::formatForFileName(fileName)))
        return false;
    delete m_progress;
    m_progress = new QProgressDialog(
        tr("Exporting the history of “%1”…").arg(Canopy::visibleText(topic)), tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500); // small exports end before it shows
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_export, &HistoryExport::cancel);
    connect(m_export, &HistoryExport::progress, m_progress, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    return true;
}

void Inspector::onExportFinished(bool, const QString &sentence)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    Q_EMIT note(sentence);
}
