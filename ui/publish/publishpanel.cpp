// SPDX-License-Identifier: MIT
#include "publish/publishpanel.h"

#include "common/displaytext.h"
#include "connections/connectionstatus.h"
#include "ingest/ingestpipeline.h"
#include "publish/collectionsview.h"
#include "publish/propertieseditor.h"
#include "publish/publishcontroller.h"
#include "publish/publisheditor.h"
#include "publish/publishhistorymodel.h"
#include "publish/publishrunner.h"
#include "publish/responsesview.h"
#include "window/connectiontab.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMutexLocker>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PublishPanel::PublishPanel(ConnectionTab *tab)
    : QWidget(tab)
    , m_tab(tab)
{
    setObjectName(u"publishPanel"_s);
    IngestPipeline *pipeline = tab->pipeline();
    m_controller = new PublishController(pipeline, this);
    m_runner = new PublishRunner(m_controller, this);
    {
        QMutexLocker lock(&pipeline->storeMutex());
        m_editor = new PublishEditor(&pipeline->store(), &pipeline->storeMutex(), this);
    }

    m_publish = new QPushButton(tr("Publish"), this);
    m_publish->setObjectName(u"publishButton"_s);
    m_publish->setToolTip(tr("Publish the message (Ctrl+Enter)"));
    m_publish->setDefault(true);
    m_result = new QLabel(this);
    m_result->setObjectName(u"publishResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_repeatInterval = new QSpinBox(this);
    m_repeatInterval->setObjectName(u"publishRepeatInterval"_s);
    m_repeatInterval->setRange(1, 24 * 3600 * 1000);
    m_repeatInterval->setValue(1000);
    m_repeatInterval->setSuffix(tr(" ms"));
    m_repeatCount = new QSpinBox(this);
    m_repeatCount->setObjectName(u"publishRepeatCount"_s);
    m_repeatCount->setRange(0, 100'000'000);
    m_repeatCount->setValue(10);
    m_repeatCount->setSpecialValueText(tr("until stopped"));
    m_repeatCount->setToolTip(tr("How many messages; 0 repeats until you stop it"));
    m_repeat = new QPushButton(tr("Repeat"), this);
    m_repeat->setObjectName(u"publishRepeat"_s);
    m_repeat->setCheckable(true);
    m_repeat->setToolTip(tr("Publish the message again and again; {{counter}} counts them"));
    m_repeatCounter = new QLabel(this);
    m_repeatCounter->setObjectName(u"publishRepeatCounter"_s);
    m_repeatCounter->setTextFormat(Qt::PlainText);

    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat);
    repeatRow->addWidget(new QLabel(tr("every"), this));
    repeatRow->addWidget(m_repeatInterval);
    repeatRow->addWidget(m_repeatCount);
    repeatRow->addWidget(new QLabel(tr("times"), this));
    repeatRow->addWidget(m_repeatCounter, 1);
    auto *publishRow = new QHBoxLayout;
    publishRow->addWidget(m_publish, 0, Qt::AlignTop);
    publishRow->addWidget(m_result, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 4);
    topLayout->setSpacing(4);
    topLayout->addWidget(m_editor, 1);
    topLayout->addLayout(repeatRow);
    topLayout->addLayout(publishRow);

    // The properties in a tab of their own, scrolled when the dock is short.
    auto *properties = new QWidget(this);
    auto *propertiesLayout = new QVBoxLayout(properties);
    propertiesLayout->setContentsMargins(6, 6, 6, 6);
    propertiesLayout->addWidget(m_editor->properties());
    m_editor->properties()->show();
    propertiesLayout->addStretch(1);
    auto *propertiesScroll = new QScrollArea(this);
    propertiesScroll->setObjectName(u"publishPropertiesScroll"_s);
    propertiesScroll->setWidget(properties);
    propertiesScroll->setWidgetResizable(true);
    propertiesScroll->setFrameShape(QFrame::NoFrame);
    propertiesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form narrows with the dock

    m_historyModel = new PublishHistoryModel(m_controller, this);
    m_history = new QTreeView(this);
    m_history->setObjectName(u"publishHistory"_s);
    m_history->setModel(m_historyModel);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setStretchLastSection(true);
    m_history->setColumnWidth(PublishHistoryModel::TimeColumn, fontMetrics().horizontalAdvance(u"00:00:00 (×000)"_s));
    m_history->setColumnWidth(PublishHistoryModel::TopicColumn, fontMetrics().horizontalAdvance(u'x') * 24);
    m_history->setColumnWidth(PublishHistoryModel::PayloadColumn, fontMetrics().horizontalAdvance(u'x') * 20);
    m_collections = new CollectionsView(this);
    m_responses = new ResponsesView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"publishTabs"_s);
    m_tabs->addTab(propertiesScroll, m_editor->propertiesTitle());
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_collections, tr("Collections"));
    m_tabs->addTab(m_responses, tr("Responses"));
    m_tabs->setCurrentWidget(m_history);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"publishSplitter"_s);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Ctrl+Enter anywhere in the panel, the payload editor included (an action, so that Help → Keyboard Shortcuts
    // lists it).
    auto *publishKeys = new QAction(tr("Publish (in the publish panel)"), this);
    publishKeys->setObjectName(u"publishShortcutAction"_s);
    publishKeys->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    publishKeys->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(publishKeys, &QAction::triggered, this, &PublishPanel::publish);
    addAction(publishKeys);

    m_publishTo = new QAction(tr("Publish to…"), this);
    m_publishTo->setObjectName(u"publishToAction"_s);
    m_publishTo->setToolTip(tr("Compose a message to this topic in the publish panel"));
    connect(m_publishTo, &QAction::triggered, this, [this] {
        m_editor->setTopic(m_tab->currentTopic());
        if (auto *dock = qobject_cast<QDockWidget *>(parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_editor->focusPayload();
    });
    tab->addTopicMenuAction(m_publishTo);

    connect(m_publish, &QPushButton::clicked, this, &PublishPanel::publish);
    connect(m_repeat, &QPushButton::toggled, this, [this](bool on) {
        if (on && !m_runner->isRunning())
            startRepeat();
        else if (!on && m_runner->isRunning())
            stopRepeat();
    });
    connect(m_history, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (const PublishHistoryEntry *entry = m_controller->history().find(m_historyModel->entryId(index.row())))
            m_editor->setMessage(entry->message);
    });
    connect(m_controller, &PublishController::refused, this, &PublishPanel::onRefused);
    connect(m_controller, &PublishController::dispatched, this,
        [this](
            quint64 ticket, const PublishMessage &, const QStringList &warnings) { onDispatched(ticket, warnings); });
    connect(m_controller, &PublishController::answered, this, &PublishPanel::onAnswered);
    connect(m_controller, &PublishController::note, tab->connectionStatus(), &ConnectionStatus::showNote);
    connect(m_controller, &PublishController::requestSent, m_responses, &ResponsesView::addRequest);
    connect(m_controller, &PublishController::responseReceived, m_responses, &ResponsesView::setReply);
    connect(m_controller, &PublishController::responseTimedOut, m_responses, &ResponsesView::setTimedOut);
    connect(m_runner, &PublishRunner::messageSent, this, [this](quint64 ticket) {
        m_runTickets.insert(ticket);
        m_lastTicket = ticket;
    });
    connect(m_runner, &PublishRunner::progress, this, &PublishPanel::updateRunCounter);
    connect(m_runner, &PublishRunner::finished, this, &PublishPanel::onRunFinished);
    connect(m_collections, &CollectionsView::addCurrentRequested, this,
        [this] { m_collections->addMessage(m_editor->message()); });
    connect(m_collections, &CollectionsView::loadRequested, m_editor, &PublishEditor::setMessage);
    connect(m_collections, &CollectionsView::sendRequested, this, &PublishPanel::runCollection);
    connect(m_collections, &CollectionsView::stopRequested, this, [this] { m_runner->stop(); });
    connect(m_collections, &CollectionsView::note, tab->connectionStatus(), &ConnectionStatus::showNote);

    connect(m_editor, &PublishEditor::changed, this, [this, propertiesScroll] {
        m_tabs->setTabText(m_tabs->indexOf(propertiesScroll), m_editor->propertiesTitle());
    });
    connect(m_editor, &PublishEditor::propertiesFocusRequested, this,
        [this, propertiesScroll] { m_tabs->setCurrentWidget(propertiesScroll); });
    connect(tab, &ConnectionTab::currentTopicChanged, m_editor, &PublishEditor::prefillTopic);
    connect(tab, &ConnectionTab::libraryScopeChanged, this, &PublishPanel::onProfileChanged);
    connect(pipeline, &IngestPipeline::serverLimitsChanged, this, &PublishPanel::onServerLimits);
    connect(pipeline, &IngestPipeline::stateChanged, this, &PublishPanel::onServerLimits);
    onProfileChanged(tab->libraryScope());
}

PublishPanel::~PublishPanel() = default;

QString PublishPanel::resultText() const
{
    return m_result->text();
}

void PublishPanel::showResult(const QString &text, int severity)
{
    static const QString colours[] = { u"color: #2e7d32;"_s, u"color: #b26a00;"_s, u"color: #b71c1c;"_s };
    m_result->setStyleSheet(colours[std::clamp(severity, 0, 2)]);
    m_result->setText(Canopy::visibleText(text)); // it may quote the broker's reason string
}

quint64 PublishPanel::publish()
{
    m_lastWarnings.clear();
    showResult(tr("Publishing…"), 1);
    m_lastTicket = m_controller->send(m_editor->message());
    return m_lastTicket;
}

void PublishPanel::startRepeat()
{
    m_run = Run::Repeat;
    m_runTickets.clear();
    m_runAnswered = 0;
    m_runFailed = 0;
    m_runFirstFailure.clear();
    {
        const QSignalBlocker blocker(m_repeat);
        m_repeat->setChecked(true);
        m_repeat->setText(tr("Stop"));
    }
    m_collections->setRunning(true);
    m_runner->start({ m_editor->message() }, m_repeatCount->value(), m_repeatInterval->value());
}

void PublishPanel::stopRepeat()
{
    m_runner->stop();
}

bool PublishPanel::isRepeating() const
{
    return m_runner->isRunning() && m_run == Run::Repeat;
}

void PublishPanel::runCollection(const QList<PublishMessage> &messages, int delayMs)
{
    if (m_runner->isRunning())
        m_runner->stop();
    m_run = Run::Collection;
    m_runTickets.clear();
    m_runAnswered = 0;
    m_runFailed = 0;
    m_runFirstFailure.clear();
    m_collections->setRunning(true);
    {
        const QSignalBlocker blocker(m_repeat);
        m_repeat->setEnabled(false);
    }
    m_runner->start(messages, messages.size(), delayMs);
}

void PublishPanel::onRunFinished(qint64 sent, bool stopped)
{
    Q_UNUSED(sent)
    Q_UNUSED(stopped)
    {
        const QSignalBlocker blocker(m_repeat);
        m_repeat->setChecked(false);
        m_repeat->setText(tr("Repeat"));
        m_repeat->setEnabled(true);
    }
    m_collections->setRunning(false);
    updateRunCounter();
}

void PublishPanel::updateRunCounter()
{
    const QLocale locale;
    const qint64 sent = m_runner->sent();
    const qint64 count = m_runner->count();
    QString text = count > 0 ? tr("%1 of %2 sent").arg(locale.toString(sent), locale.toString(count))
                             : tr("%1 sent").arg(locale.toString(sent));
    if (m_runAnswered > 0)
        text += u" · "_s + tr("%1 answered").arg(locale.toString(m_runAnswered));
    if (m_runFailed > 0)
        text += u" · "_s + tr("%1 failed (first: %2)").arg(locale.toString(m_runFailed), m_runFirstFailure);
    if (!m_runner->isRunning() && sent > 0)
        text += u" · "_s + (count > 0 && sent >= count ? tr("done") : tr("stopped"));
    if (m_run == Run::Collection)
        m_collections->setStatus(text);
    else
        m_repeatCounter->setText(Canopy::visibleText(text));
}

void PublishPanel::onRefused(quint64 ticket, const PreparedPublish &prepared)
{
    if (m_runTickets.remove(ticket)) {
        ++m_runFailed;
        if (m_runFirstFailure.isEmpty())
            m_runFirstFailure = prepared.error.sentence;
        updateRunCounter();
        // A run of a message that cannot be sent would only repeat the refusal.
        if (m_runner->isRunning())
            m_runner->stop();
    }
    if (ticket != m_lastTicket)
        return;
    showResult(tr("Not sent: %1").arg(prepared.error.sentence), 2);
    m_editor->focusField(prepared.errorField, prepared.error.offset);
}

void PublishPanel::onDispatched(quint64 ticket, const QStringList &warnings)
{
    if (ticket != m_lastTicket)
        return;
    m_lastWarnings = warnings;
    showResult(warnings.isEmpty() ? tr("Sent to the connection, waiting for the answer…")
                                  : tr("Sent, with a warning: %1").arg(warnings.join(u' ')),
        1);
}

void PublishPanel::onAnswered(quint64 ticket, const PublishOutcome &outcome)
{
    if (outcome.isFinal() && m_runTickets.remove(ticket)) {
        ++m_runAnswered;
        if (!outcome.isSuccess()) {
            ++m_runFailed;
            if (m_runFirstFailure.isEmpty())
                m_runFirstFailure = outcome.text();
        }
        updateRunCounter();
    }
    if (!outcome.isSuccess() && outcome.isFinal())
        m_responses->setFailed(ticket, outcome.text());
    if (ticket != m_lastTicket)
        return;
    QString text = outcome.text();
    if (!m_lastWarnings.isEmpty())
        text += u"  "_s + tr("(Warning: %1)").arg(m_lastWarnings.join(u' '));
    if (outcome.kind == PublishOutcome::Kind::Queued)
        showResult(text, 1);
    else if (outcome.isSuccess())
        showResult(u"✓ "_s + text, m_lastWarnings.isEmpty() ? 0 : 1);
    else
        showResult(u"✗ "_s + text, 2);
}

void PublishPanel::onProfileChanged(const QString &profileId)
{
    m_controller->setProfileId(profileId);
    m_collections->setLibrary(m_controller->library());
    m_historyModel->refresh();
}

void PublishPanel::onServerLimits()
{
    const IngestPipeline *pipeline = m_tab->pipeline();
    m_editor->setServerLimits(pipeline->serverLimitsKnown(), pipeline->serverLimits(), pipeline->protocolVersion());
}
