// SPDX-License-Identifier: MIT
#include "window/connectiontab.h"

#include "charts/chartsarea.h"
#include "common/pluralcount.h"
#include "connections/connectionstatus.h"
#include "connections/reconnectcontrols.h"
#include "connections/subscriptionspanel.h"
#include "ingest/historysettings.h"
#include "ingest/ingestpipeline.h"
#include "insight/packettimelinepanel.h"
#include "insight/sysdashboardpanel.h"
#include "insight/toptopicspanel.h"
#include "inspector/historypanel.h"
#include "inspector/inspector.h"
#include "payload/payloadformat.h"
#include "preferences/preferences.h"
#include "publish/publishpanel.h"
#include "tree/filterbar.h"
#include "tree/topicactions.h"
#include "tree/topictreeexpansion.h"
#include "tree/topictreemodel.h"
#include "tree/topictreeview.h"

#include <QAction>
#include <QDataStream>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMutexLocker>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// How long a live update waits for the store before leaving the figures or the inspector for the next one.
constexpr int StoreBusyWaitMs = 2;

// The status figures change with every change set. A label whose size may change asks for a new layout each time,
// and QLayout::activate() passes that up through every parent to the window, which then repaints every panel of the
// tab (measured: about 6 full repaints a second, 4-5 ms of CPU each, under a flood). A fixed size that only grows
// (with some room to spare) keeps it to the label's own repaint.
void setStatusText(QLabel *label, const QString &text)
{
    if (label->text() == text)
        return;
    label->setText(text);
    const QSize wanted = label->sizeHint();
    if (wanted.width() > label->minimumWidth() || wanted.height() != label->minimumHeight())
        label->setFixedSize(std::max(label->minimumWidth(), wanted.width() + wanted.width() / 4), wanted.height());
}
// saveLayout()'s format: a marker, then QMainWindow::saveState() and the splitter's state.
constexpr quint32 LayoutMagic = 0x43545401; // "CTT" 1
// How often a tab takes change sets: in front (the pipeline's default), and in the background.
constexpr int FrontChangeIntervalMs = 40;
constexpr int BackgroundChangeIntervalMs = 250;
} // namespace

ConnectionTab::ConnectionTab(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowFlags(Qt::Widget); // a page of the window's tab widget, not a window of its own
    setObjectName(u"connectionTab"_s);
    setDockNestingEnabled(true);

    m_pipeline = new IngestPipeline(this);
    const TopicStore *store = nullptr;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        store = &m_pipeline->store(); // the reference stays valid; reading through it needs the lock
        m_historyBudget = store->historyBudget();
        m_payloadLimit = store->payloadLimit();
    }
    m_model = new TopicTreeModel(*store, m_pipeline->storeMutex(), this);
    m_model->setObjectName(u"topicModel"_s);

    createTree();
    createStatusBar();
    createPanels();

    connect(m_pipeline, &IngestPipeline::changesReady, this, &ConnectionTab::onChanges);
    connect(m_pipeline, &IngestPipeline::stateChanged, this, &ConnectionTab::onStateChanged);
    connect(m_pipeline, &IngestPipeline::errorOccurred, m_connectionStatus, &ConnectionStatus::setError);
    connect(m_pipeline, &IngestPipeline::connected, m_connectionStatus, &ConnectionStatus::setConnectedVersion);
    connect(m_pipeline, &IngestPipeline::protocolFallback, m_connectionStatus, &ConnectionStatus::setFallback);
    connect(m_pipeline, &IngestPipeline::reconnectScheduled, m_connectionStatus, &ConnectionStatus::setReconnect);
    connect(m_pipeline, &IngestPipeline::ingestStatistics, this, &ConnectionTab::onIngestStatistics);
    connect(m_filterBar, &FilterBar::filterChanged, this, &ConnectionTab::applyFilter);
    connect(
        m_topicTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectionTab::onCurrentChanged);
    connect(m_topicTree, &QWidget::customContextMenuRequested, m_topicActions, &TopicActions::showContextMenu);
    connect(m_topicActions, &TopicActions::message, m_connectionStatus, &ConnectionStatus::showNote);
}

ConnectionTab::~ConnectionTab()
{
    // Whatever reads the store (panels, views, the model) goes before the pipeline and its store, which, created
    // first, would be the first child deleted.
    qDeleteAll(std::exchange(m_docks, {}));
    delete m_splitter;
    m_splitter = nullptr;
    m_topicTree = nullptr;
    m_inspector = nullptr;
    delete m_topicActions;
    m_topicActions = nullptr;
    delete m_expansion;
    m_expansion = nullptr;
    delete m_model;
    m_model = nullptr;
}

QList<Mqtt::Subscription> ConnectionTab::defaultSubscriptions()
{
    Mqtt::Subscription all;
    all.filter = u"#"_s;
    all.options.maximumQoS = 0;
    // MQTT 5: forward the retain flag as published, so that deleting a retained message shows in the tree.
    all.options.retainAsPublished = true;
    return { all };
}

void ConnectionTab::createTree()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    auto *left = new QWidget(m_splitter);
    m_filterBar = new FilterBar(left);
    m_topicTree = new TopicTreeView(left);
    m_topicTree->setObjectName(u"topicTree"_s);
    m_topicTree->setModel(m_model);
    m_topicTree->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_topicTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TopicTreeModel::ValueColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_topicTree->fontMetrics();
    m_topicTree->setColumnWidth(TopicTreeModel::TopicColumn, metrics.horizontalAdvance(u'x') * 34);
    m_topicTree->setColumnWidth(TopicTreeModel::MessagesColumn, metrics.horizontalAdvance(u"0,000,000,000"_s) + 16);
    m_topicTree->setColumnWidth(TopicTreeModel::RateColumn, metrics.horizontalAdvance(u"000,000.0"_s) + 16);
    m_topicTree->setColumnWidth(TopicTreeModel::LastUpdateColumn, metrics.horizontalAdvance(u"00:00:00"_s) + 24);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_topicTree, 1);
    m_expansion = new TopicTreeExpansion(m_topicTree, m_model, this);
    m_topicActions = new TopicActions(m_pipeline, m_topicTree, m_model, this);
    createInspector();
    // The tree (with its counts and rates) gets a little more room than the inspector (payload views, history, diff).
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 660, 440 });
    setCentralWidget(m_splitter);
}

void ConnectionTab::createInspector()
{
    m_inspector = new Inspector(m_pipeline, m_splitter);
    // History preferences (messages per topic, memory budget) as saved; the History tab's options change them.
    HistorySettings::load(QSettings()).applyTo(*m_pipeline);
    m_pipeline->setPayloadLimit(Preferences::load(QSettings()).payloadLimitBytes());
    connect(m_inspector, &Inspector::historySettingsRequested, this, [this](const HistorySettings &settings) {
        QSettings saved;
        settings.save(saved);
        settings.applyTo(*m_pipeline);
        m_historyBudget = settings.budgetBytes();
        updateFigures();
        m_inspector->historyPanel()->topicUpdated();
    });
    connect(m_inspector, &Inspector::note, this,
        [this](const QString &sentence) { m_connectionStatus->showNote(sentence); });
    for (QAction *action : m_inspector->topicMenuActions())
        addTopicMenuAction(action);
}

void ConnectionTab::createStatusBar()
{
    statusBar()->setSizeGripEnabled(false); // the window has the grip, if any
    m_connectionStatus = new ConnectionStatus(this);
    statusBar()->addWidget(m_connectionStatus, 1);
    statusBar()->addWidget(new ReconnectControls(m_pipeline, this)); // "Retry now", "Stop" beside the countdown
    m_losses = new QLabel(this);
    m_losses->setObjectName(u"lossStatus"_s);
    m_losses->setTextFormat(Qt::PlainText);
    m_losses->hide();
    statusBar()->addPermanentWidget(m_losses);
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"ingestStatus"_s);
    m_figures->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_figures);
    updateFigures();
}

void ConnectionTab::createPanels()
{
    // The panels of one connection add their docks here, one call each. Each gets the pipeline and the selection
    // (currentTopicChanged()) from this tab.
    addPanelDock(u"subscriptionsDock"_s, tr("Subscriptions"), new SubscriptionsPanel(m_pipeline, this),
        Qt::LeftDockWidgetArea, false);
    QDockWidget *publishDock
        = addPanelDock(u"publishDock"_s, tr("Publish"), new PublishPanel(this), Qt::RightDockWidgetArea, true);
    // The tree and the inspector come first: the publish panel starts narrow (a saved layout overrides this).
    resizeDocks({ publishDock }, { 340 }, Qt::Horizontal);
    addPanelDock(u"topTopicsDock"_s, tr("Top topics"), new TopTopicsPanel(this), Qt::RightDockWidgetArea, false);
    addPanelDock(u"sysDock"_s, tr("$SYS dashboard"), new SysDashboardPanel(this), Qt::RightDockWidgetArea, false);
    addPanelDock(
        u"timelineDock"_s, tr("Packet timeline"), new PacketTimelinePanel(this), Qt::BottomDockWidgetArea, false);
    addPanelDock(u"chartsDock"_s, tr("Charts"), new ChartsArea(this), Qt::BottomDockWidgetArea, false);
}

QString ConnectionTab::title() const
{
    if (!m_profileName.isEmpty())
        return m_profileName;
    return m_endpoint.isEmpty() ? tr("New connection") : m_endpoint;
}

void ConnectionTab::setProfile(const QString &id, const QString &name)
{
    const QString before = title();
    const QString scopeBefore = libraryScope();
    m_profileId = id;
    m_profileName = name;
    if (title() != before)
        Q_EMIT titleChanged(title());
    if (libraryScope() != scopeBefore)
        Q_EMIT libraryScopeChanged(libraryScope());
}

// ---- connection

void ConnectionTab::connectToBroker(const Mqtt::ClientOptions &options, const QList<Mqtt::Subscription> &subscriptions)
{
    const QString endpoint = options.connection.toUrl().toString();
    clear(); // a new session starts with an empty tree
    m_subscriptions = subscriptions;
    m_pipeline->setClientOptions(options);
    m_pipeline->connectToBroker(subscriptions);
    m_connectionStatus->startConnection(endpoint);
    PublishCommand::Broker broker;
    broker.host = options.connection.host;
    broker.port = options.connection.port;
    broker.tls = options.connection.usesTls();
    broker.webSocket = options.connection.usesWebSocket();
    broker.caFile = options.connection.tls.caCertificateFile;
    m_inspector->setBroker(broker);
    if (endpoint != m_endpoint) {
        m_endpoint = endpoint;
        Q_EMIT titleChanged(title());
    }
    const QString scopeBefore = libraryScope();
    m_endpointScope = options.connection.endpoint();
    if (libraryScope() != scopeBefore)
        Q_EMIT libraryScopeChanged(libraryScope());
    onStateChanged(Mqtt::Client::State::Connecting); // until the worker says otherwise
}

void ConnectionTab::disconnectFromBroker()
{
    m_pipeline->disconnectFromBroker();
}

void ConnectionTab::reconnect()
{
    if (m_state == Mqtt::Client::State::WaitingToReconnect) {
        m_pipeline->reconnectNow();
        return;
    }
    if (m_endpoint.isEmpty())
        return; // never connected: there is nothing to connect again to
    connectToBroker(m_pipeline->clientOptions(), m_subscriptions);
}

void ConnectionTab::applyPreferences(const Preferences &preferences)
{
    preferences.history.applyTo(*m_pipeline);
    m_pipeline->setPayloadLimit(preferences.payloadLimitBytes());
    m_historyBudget = preferences.history.budgetBytes();
    m_payloadLimit = preferences.payloadLimitBytes();
    updateFigures();
    m_inspector->historyPanel()->topicUpdated();
    if (auto *charts = findChild<ChartsArea *>())
        charts->setPointsPerSeries(preferences.chartPointsPerSeries);
}

void ConnectionTab::onStateChanged(Mqtt::Client::State state)
{
    m_state = state;
    m_connectionStatus->setState(state);
    Q_EMIT stateChanged(state);
}

// ---- live updates

void ConnectionTab::onChanges(const ChangeSet &changes)
{
    m_model->applyChanges(changes);
    // The figures can wait for the next change set if the ingest thread holds the store right now, and for the tab
    // to come to the front when it is in the background.
    QMutex &mutex = m_pipeline->storeMutex();
    if (!m_inBackground && mutex.tryLock(StoreBusyWaitMs)) {
        const TopicStore &store = m_pipeline->store();
        m_topics = store.topicCount();
        m_evicted = store.evictedCount();
        m_truncated = store.truncatedCount();
        m_historyBudget = store.historyBudget();
        m_payloadLimit = store.payloadLimit();
        mutex.unlock();
    }
    if (changes.reset) {
        m_inspector->storeCleared();
        onCurrentChanged(); // a reset forgets the current row without a signal
    }
    selectPendingTopic();
    const NodeId shown = m_inspector->shownNode();
    if (shown != 0 && !m_model->isPaused()
        && (m_messageOutdated || std::binary_search(changes.changed.cbegin(), changes.changed.cend(), shown)))
        m_messageOutdated = !showSelectedMessage(true);
    updateFigures();
}

void ConnectionTab::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!std::exchange(m_inBackground, false))
        return;
    m_pipeline->setChangeInterval(FrontChangeIntervalMs);
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        const TopicStore &store = m_pipeline->store();
        m_topics = store.topicCount();
        m_evicted = store.evictedCount();
        m_truncated = store.truncatedCount();
    }
    updateFigures();
}

void ConnectionTab::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_inBackground = true;
    m_pipeline->setChangeInterval(BackgroundChangeIntervalMs);
}

void ConnectionTab::onIngestStatistics(quint64 totalMessages, double messagesPerSecond)
{
    m_totalMessages = totalMessages;
    m_messagesPerSecond = messagesPerSecond;
    updateFigures();
}

void ConnectionTab::updateFigures()
{
    const QLocale locale;
    QString text
        = tr("%1 message(s)", "status bar", Canopy::pluralCount(m_totalMessages)).arg(locale.toString(m_totalMessages))
        + u" · "_s + tr("%1 msg/s").arg(locale.toString(qint64(m_messagesPerSecond + 0.5))) + u" · "_s
        + tr("%1 topic(s)", "status bar", Canopy::pluralCount(m_topics)).arg(locale.toString(m_topics));
    if (m_model->isPaused())
        text = tr("View paused · ") + text;
    setStatusText(m_figures, text);

    QStringList losses;
    if (m_evicted > 0) {
        losses << tr("History: %1 oldest message(s) dropped to stay under %2", nullptr, Canopy::pluralCount(m_evicted))
                      .arg(locale.toString(m_evicted), PayloadFormat::dataSize(m_historyBudget));
    }
    if (m_truncated > 0) {
        losses << tr("%1 payload(s) over %2 truncated (their size is kept)", nullptr, Canopy::pluralCount(m_truncated))
                      .arg(locale.toString(m_truncated), PayloadFormat::dataSize(m_payloadLimit));
    }
    setStatusText(m_losses, losses.join(u" · "_s));
    m_losses->setVisible(!losses.isEmpty());
}

void ConnectionTab::clear()
{
    m_model->clear([this] { m_pipeline->clear(); });
    m_inspector->storeCleared();
    m_totalMessages = 0;
    m_messagesPerSecond = 0;
    m_topics = 0;
    m_evicted = 0;
    m_truncated = 0;
    m_expansion->reset();
    updateFigures();
    onCurrentChanged(); // the reset forgot the current row without a signal
}

void ConnectionTab::setPaused(bool paused)
{
    if (paused == m_model->isPaused())
        return;
    m_model->setPaused(paused);
    if (!paused)
        showSelectedMessage(false);
    updateFigures();
    Q_EMIT pausedChanged(paused);
}

bool ConnectionTab::isPaused() const
{
    return m_model->isPaused();
}

void ConnectionTab::setAutoExpandDepth(int levels)
{
    m_expansion->setAutoExpandDepth(levels);
}

int ConnectionTab::autoExpandDepth() const
{
    return m_expansion->autoExpandDepth();
}

// ---- filter

void ConnectionTab::applyFilter()
{
    const TopicFilterSpec spec = m_filterBar->spec();
    const bool wasFiltered = m_model->isFiltered();
    const NodeId selected = currentNode();
    m_expansion->filterChanging();
    const QString error = m_model->setFilter(spec);
    m_filterBar->setError(error);
    if (!error.isEmpty())
        return;
    m_expansion->filterChanged(wasFiltered);
    const QModelIndex index = selected != 0 ? m_model->indexForNode(selected) : QModelIndex();
    if (index.isValid()) {
        m_topicTree->setCurrentIndex(index);
        m_topicTree->scrollTo(index);
    } else {
        onCurrentChanged(); // the filter's reset forgot the current row without a signal
    }
}

// ---- selection and inspector

void ConnectionTab::onCurrentChanged()
{
    showSelectedMessage(false);
    const QString topic = m_topicTree->currentIndex().data(TopicTreeModel::FullTopicRole).toString();
    if (topic != m_currentTopic) {
        m_currentTopic = topic;
        Q_EMIT currentTopicChanged(topic);
    }
}

void ConnectionTab::selectTopic(const QString &topic)
{
    m_topicToSelect = topic;
    selectPendingTopic();
}

bool ConnectionTab::revealTopic(const QString &topic)
{
    const QModelIndex index = indexOfTopic(topic);
    if (!index.isValid()) {
        bool received = false;
        {
            QMutexLocker lock(&m_pipeline->storeMutex());
            received = m_pipeline->store().find(topic).has_value();
        }
        if (received && m_model->isFiltered()) {
            m_connectionStatus->showNote(tr("“%1” is hidden by the filter; clear the filter to see it.").arg(topic));
        } else if (received) {
            m_topicToSelect = topic; // in the store, not yet in the tree: selected when the tree shows it
            if (m_model->isPaused())
                m_connectionStatus->showNote(
                    tr("“%1” arrived while the view was paused; resume it to see it.").arg(topic));
        } else {
            m_connectionStatus->showNote(
                tr("Nothing has been received on “%1” since the tree was last cleared.").arg(topic));
        }
        return false;
    }
    m_topicToSelect.clear();
    m_topicTree->setCurrentIndex(index);
    m_topicTree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_topicTree->setFocus(Qt::OtherFocusReason);
    return true;
}

QModelIndex ConnectionTab::indexOfTopic(const QString &topic) const
{
    std::optional<NodeId> node;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        node = m_pipeline->store().find(topic);
    }
    return node ? m_model->indexForNode(*node) : QModelIndex();
}

bool ConnectionTab::selectPendingTopic()
{
    if (m_topicToSelect.isEmpty())
        return false;
    const QModelIndex index = indexOfTopic(m_topicToSelect);
    if (!index.isValid())
        return false;
    m_topicToSelect.clear();
    m_topicTree->setCurrentIndex(index);
    m_topicTree->scrollTo(index);
    return true;
}

NodeId ConnectionTab::currentNode() const
{
    return m_model->nodeId(m_topicTree->currentIndex());
}

bool ConnectionTab::showSelectedMessage(bool mayGiveUp)
{
    const NodeId node = currentNode();
    if (node == 0) {
        m_inspector->showNothing();
        return true;
    }
    QString topic;
    bool hasMessage = false;
    StoredMessage message;
    quint32 topics = 0;
    quint64 messages = 0;
    QMutex &mutex = m_pipeline->storeMutex();
    if (mayGiveUp) {
        if (!mutex.tryLock(StoreBusyWaitMs))
            return false;
    } else {
        mutex.lock();
    }
    const TopicStore &store = m_pipeline->store();
    const bool exists = qsizetype(node) < store.nodeCount();
    if (exists) {
        topic = store.topic(node);
        hasMessage = store.hasMessage(node);
        if (hasMessage)
            message = store.lastMessage(node);
        topics = store.subtreeTopicCount(node);
        messages = store.subtreeMessageCount(node);
    }
    mutex.unlock();
    if (!exists)
        return true;
    if (hasMessage)
        m_inspector->showMessage(node, topic, message);
    else
        m_inspector->showInnerNode(node, topic, topics, messages);
    return true;
}

// ---- panels

QDockWidget *ConnectionTab::addPanelDock(
    const QString &objectName, const QString &title, QWidget *panel, Qt::DockWidgetArea area, bool visibleByDefault)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveLayout() finds the dock by it
    dock->setWidget(panel);
    addDockWidget(area, dock);
    dock->setVisible(visibleByDefault);
    // The toggle follows show and hide events, which a dock of a tab not on screen gets only later.
    dock->toggleViewAction()->setChecked(visibleByDefault);
    m_docks.append(dock);
    Q_EMIT panelDockAdded(dock);
    return dock;
}

QDockWidget *ConnectionTab::panelDock(const QString &objectName) const
{
    const auto found = std::find_if(m_docks.cbegin(), m_docks.cend(),
        [&objectName](QDockWidget *dock) { return dock->objectName() == objectName; });
    return found != m_docks.cend() ? *found : nullptr;
}

void ConnectionTab::addTopicMenuAction(QAction *action)
{
    m_topicActions->addMenuAction(action);
}

QByteArray ConnectionTab::saveLayout() const
{
    QByteArray layout;
    QDataStream out(&layout, QIODevice::WriteOnly);
    out << LayoutMagic << saveState() << m_splitter->saveState();
    return layout;
}

bool ConnectionTab::restoreLayout(const QByteArray &layout)
{
    QDataStream in(layout);
    quint32 magic = 0;
    QByteArray docks;
    QByteArray split;
    in >> magic >> docks >> split;
    if (in.status() != QDataStream::Ok || magic != LayoutMagic)
        return false;
    return restoreState(docks) && m_splitter->restoreState(split);
}
