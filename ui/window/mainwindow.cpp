// SPDX-License-Identifier: MIT
#include "window/mainwindow.h"

#include "common/pluralcount.h"
#include "common/version.h"
#include "connections/connectionbar.h"
#include "connections/connectionstatus.h"
#include "ingest/ingestpipeline.h"
#include "inspector/messagepanel.h"
#include "payload/payloadformat.h"
#include "tree/filterbar.h"
#include "tree/topicactions.h"
#include "tree/topictreemodel.h"
#include "tree/topictreeview.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMutexLocker>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// How many rows a new filter opens up by itself, so that matches are in sight without expanding a million rows.
constexpr int FilterExpandBudget = 400;
// How long a live update waits for the store before leaving the figures or the message panel for the next one.
constexpr int StoreBusyWaitMs = 2;
// How many rows automatic expansion (setAutoExpandDepth()) opens at most: an overview, not a million rows that
// QTreeView would lay out again on every insert.
constexpr int AutoExpandRowBudget = 2000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Canopy"));
    resize(1280, 800);

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

    createActions();
    createToolBars();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    auto *left = new QWidget(splitter);
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
    m_topicActions = new TopicActions(m_pipeline, m_topicTree, m_model, this);
    m_messageView = new MessagePanel(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 800, 480 });
    setCentralWidget(splitter);

    createStatusBar();

    connect(m_pipeline, &IngestPipeline::changesReady, this, &MainWindow::onChanges);
    connect(m_pipeline, &IngestPipeline::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_pipeline, &IngestPipeline::errorOccurred, m_connectionStatus, &ConnectionStatus::setError);
    connect(m_pipeline, &IngestPipeline::connected, m_connectionStatus, &ConnectionStatus::setConnectedVersion);
    connect(m_pipeline, &IngestPipeline::protocolFallback, m_connectionStatus, &ConnectionStatus::setFallback);
    connect(m_pipeline, &IngestPipeline::reconnectScheduled, m_connectionStatus, &ConnectionStatus::setReconnect);
    connect(m_pipeline, &IngestPipeline::ingestStatistics, this, &MainWindow::onIngestStatistics);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_topicTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { showSelectedMessage(false); });
    connect(m_topicTree, &QWidget::customContextMenuRequested, m_topicActions, &TopicActions::showContextMenu);
    connect(m_topicActions, &TopicActions::message, m_connectionStatus, &ConnectionStatus::showNote);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::onRowsInserted);
}

MainWindow::~MainWindow()
{
    // The view and model read the store: let them go before the pipeline (and its store) does.
    delete m_topicTree;
    m_topicTree = nullptr;
    delete m_model;
    m_model = nullptr;
}

QList<Mqtt::Subscription> MainWindow::defaultSubscriptions()
{
    Mqtt::Subscription all;
    all.filter = u"#"_s;
    all.options.maximumQoS = 0;
    // MQTT 5: forward the retain flag as published, so that deleting a retained message shows in the tree.
    all.options.retainAsPublished = true;
    return { all };
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    m_pauseAction = viewMenu->addAction(tr("&Pause"));
    m_pauseAction->setObjectName(u"pauseAction"_s);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(Qt::CTRL | Qt::Key_P);
    m_pauseAction->setToolTip(tr("Freeze the tree; messages are still received and counted"));
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);
    m_clearAction = viewMenu->addAction(tr("&Clear"));
    m_clearAction->setObjectName(u"clearAction"_s);
    m_clearAction->setShortcut(Qt::CTRL | Qt::Key_L);
    m_clearAction->setToolTip(tr("Forget all topics and messages received so far"));
    connect(m_clearAction, &QAction::triggered, this, &MainWindow::clearAll);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *aboutAction = helpMenu->addAction(tr("&About Canopy"));
    aboutAction->setObjectName(u"aboutAction"_s);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBars()
{
    m_connectionBar = new ConnectionBar(this);
    addToolBar(m_connectionBar);
    connect(m_connectionBar, &ConnectionBar::connectRequested, this, [this] { connectToBroker(); });
    connect(m_connectionBar, &ConnectionBar::disconnectRequested, this, &MainWindow::disconnectFromBroker);

    auto *viewBar = addToolBar(tr("View"));
    viewBar->setObjectName(u"viewBar"_s);
    viewBar->setMovable(false);
    m_pauseButton = new QToolButton(viewBar);
    m_pauseButton->setObjectName(u"pauseButton"_s);
    m_pauseButton->setDefaultAction(m_pauseAction);
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    viewBar->addWidget(m_pauseButton);
    m_clearButton = new QToolButton(viewBar);
    m_clearButton->setObjectName(u"clearButton"_s);
    m_clearButton->setDefaultAction(m_clearAction);
    m_clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    viewBar->addWidget(m_clearButton);
}

void MainWindow::createStatusBar()
{
    m_connectionStatus = new ConnectionStatus(this);
    statusBar()->addWidget(m_connectionStatus, 1);
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

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setTextFormat(Qt::PlainText);
    box.setWindowTitle(tr("About Canopy"));
    box.setText(tr("Canopy %1\nA native MQTT 3.1.1 and 5.0 explorer.").arg(Canopy::versionString()));
    box.exec();
}

// ---- connection

void MainWindow::setBrokerUrl(const QUrl &url)
{
    m_connectionBar->setBrokerUrl(url);
}

QUrl MainWindow::brokerUrl() const
{
    return m_connectionBar->brokerUrl();
}

void MainWindow::connectToBroker()
{
    QString error;
    const auto options = m_connectionBar->clientOptions(&error);
    if (!options) {
        m_connectionStatus->setError(error);
        return;
    }
    connectToBroker(*options, defaultSubscriptions());
}

void MainWindow::connectToBroker(const Mqtt::ClientOptions &options, const QList<Mqtt::Subscription> &subscriptions)
{
    const QString endpoint = options.connection.toUrl().toString();
    setWindowTitle(tr("Canopy — %1").arg(endpoint));
    clearAll(); // a new session starts with an empty tree
    m_pipeline->setClientOptions(options);
    m_pipeline->connectToBroker(subscriptions);
    m_state = Mqtt::Client::State::Connecting; // until the worker says otherwise
    m_connectionBar->setState(m_state);
    m_connectionStatus->startConnection(endpoint);
}

void MainWindow::disconnectFromBroker()
{
    m_pipeline->disconnectFromBroker();
}

void MainWindow::onStateChanged(Mqtt::Client::State state)
{
    m_state = state;
    m_connectionBar->setState(state);
    m_connectionStatus->setState(state);
}

// ---- live updates

void MainWindow::onChanges(const ChangeSet &changes)
{
    m_model->applyChanges(changes);
    // The figures can wait for the next change set if the ingest thread holds the store right now.
    QMutex &mutex = m_pipeline->storeMutex();
    if (mutex.tryLock(StoreBusyWaitMs)) {
        const TopicStore &store = m_pipeline->store();
        m_topics = store.topicCount();
        m_evicted = store.evictedCount();
        m_truncated = store.truncatedCount();
        m_historyBudget = store.historyBudget();
        m_payloadLimit = store.payloadLimit();
        mutex.unlock();
    }
    if (changes.reset)
        m_messageView->showNothing();
    selectPendingTopic();
    const NodeId shown = m_messageView->shownNode();
    if (shown != 0 && !m_model->isPaused()
        && (m_messageOutdated || std::binary_search(changes.changed.cbegin(), changes.changed.cend(), shown)))
        m_messageOutdated = !showSelectedMessage(true);
    updateFigures();
}

void MainWindow::onIngestStatistics(quint64 totalMessages, double messagesPerSecond)
{
    m_totalMessages = totalMessages;
    m_messagesPerSecond = messagesPerSecond;
    updateFigures();
}

void MainWindow::updateFigures()
{
    const QLocale locale;
    QString text
        = tr("%1 message(s)", "status bar", Canopy::pluralCount(m_totalMessages)).arg(locale.toString(m_totalMessages))
        + u" · "_s + tr("%1 msg/s").arg(locale.toString(qint64(m_messagesPerSecond + 0.5))) + u" · "_s
        + tr("%1 topic(s)", "status bar", Canopy::pluralCount(m_topics)).arg(locale.toString(m_topics));
    if (m_model->isPaused())
        text = tr("View paused · ") + text;
    m_figures->setText(text);

    QStringList losses;
    if (m_evicted > 0) {
        losses << tr("History: %1 oldest message(s) dropped to stay under %2", nullptr, Canopy::pluralCount(m_evicted))
                      .arg(locale.toString(m_evicted), PayloadFormat::dataSize(m_historyBudget));
    }
    if (m_truncated > 0) {
        losses << tr("%1 payload(s) over %2 truncated (their size is kept)", nullptr, Canopy::pluralCount(m_truncated))
                      .arg(locale.toString(m_truncated), PayloadFormat::dataSize(m_payloadLimit));
    }
    m_losses->setText(losses.join(u" · "_s));
    m_losses->setVisible(!losses.isEmpty());
}

void MainWindow::clearAll()
{
    m_model->clear([this] { m_pipeline->clear(); });
    m_messageView->showNothing();
    m_totalMessages = 0;
    m_messagesPerSecond = 0;
    m_topics = 0;
    m_evicted = 0;
    m_truncated = 0;
    m_unfilteredExpansion.clear();
    m_pendingExpansion.clear();
    m_autoExpandedRows = 0;
    updateFigures();
}

void MainWindow::setPaused(bool paused)
{
    m_model->setPaused(paused);
    if (!paused)
        showSelectedMessage(false);
    updateFigures();
}

// ---- filter

void MainWindow::applyFilter()
{
    const TopicFilterSpec spec = m_filterBar->spec();
    const bool wasFiltered = m_model->isFiltered();
    const NodeId selected = currentNode();
    if (!wasFiltered)
        m_unfilteredExpansion = expandedNodes();
    const QString error = m_model->setFilter(spec);
    m_filterBar->setError(error);
    if (!error.isEmpty())
        return;
    if (m_model->isFiltered())
        expandFirstMatches(FilterExpandBudget);
    else if (wasFiltered)
        expandNodes(m_unfilteredExpansion);
    if (selected != 0) {
        const QModelIndex index = m_model->indexForNode(selected);
        if (index.isValid()) {
            m_topicTree->setCurrentIndex(index);
            m_topicTree->scrollTo(index);
        }
    }
}

QList<NodeId> MainWindow::expandedNodes() const
{
    QList<NodeId> nodes;
    QList<QModelIndex> pending { QModelIndex() };
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_topicTree->isExpanded(index)) {
                nodes.append(m_model->nodeId(index));
                pending.append(index);
            }
        }
    }
    std::sort(nodes.begin(), nodes.end()); // parents first
    return nodes;
}

void MainWindow::expandNodes(const QList<NodeId> &nodes)
{
    QList<QModelIndex> indexes;
    for (NodeId node : nodes) {
        const QModelIndex index = m_model->indexForNode(node);
        if (index.isValid() && m_model->hasChildren(index))
            indexes.append(index);
    }
    m_topicTree->expandMany(indexes);
}

void MainWindow::expandFirstMatches(int rowBudget)
{
    // Breadth first, so that every level of the first matches opens before deeper levels of others.
    QList<QModelIndex> level { QModelIndex() };
    int shown = m_model->rowCount();
    while (!level.isEmpty() && shown < rowBudget) {
        QList<QModelIndex> next;
        for (const QModelIndex &parent : std::as_const(level)) {
            for (int row = 0; row < m_model->rowCount(parent) && shown < rowBudget; ++row) {
                const QModelIndex index = m_model->index(row, 0, parent);
                if (!m_model->hasChildren(index))
                    continue;
                m_topicTree->expandMany({ index });
                shown += m_model->rowCount(index);
                next.append(index);
            }
        }
        level = next;
    }
}

void MainWindow::setAutoExpandDepth(int levels)
{
    m_autoExpandDepth = std::max(0, levels);
}

void MainWindow::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (m_autoExpandDepth <= 0 || m_autoExpandedRows >= AutoExpandRowBudget)
        return;
    int depth = 0; // of the new rows' parent; the root is 0
    for (QModelIndex at = parent; at.isValid(); at = at.parent())
        ++depth;
    if (depth >= m_autoExpandDepth)
        return;
    for (int row = first; row <= last; ++row)
        m_pendingExpansion.append(m_model->nodeId(m_model->index(row, 0, parent)));
    if (!m_expansionScheduled) {
        // Not from inside the model's signal: expanding fetches children, which is a change of its own.
        m_expansionScheduled = true;
        QMetaObject::invokeMethod(this, &MainWindow::expandPending, Qt::QueuedConnection);
    }
}

void MainWindow::expandPending()
{
    m_expansionScheduled = false;
    QList<QModelIndex> indexes;
    for (NodeId node : std::exchange(m_pendingExpansion, {})) {
        if (m_autoExpandedRows >= AutoExpandRowBudget)
            break;
        const QModelIndex index = m_model->indexForNode(node);
        if (!index.isValid() || !m_model->hasChildren(index))
            continue;
        if (m_model->canFetchMore(index))
            m_model->fetchMore(index);
        m_autoExpandedRows += m_model->rowCount(index);
        indexes.append(index);
    }
    m_topicTree->expandMany(indexes);
}

// ---- selection and message panel

void MainWindow::selectTopic(const QString &topic)
{
    m_topicToSelect = topic;
    selectPendingTopic();
}

bool MainWindow::selectPendingTopic()
{
    if (m_topicToSelect.isEmpty())
        return false;
    std::optional<NodeId> node;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        node = m_pipeline->store().find(m_topicToSelect);
    }
    const QModelIndex index = node ? m_model->indexForNode(*node) : QModelIndex();
    if (!index.isValid())
        return false;
    m_topicToSelect.clear();
    m_topicTree->setCurrentIndex(index);
    m_topicTree->scrollTo(index);
    return true;
}

NodeId MainWindow::currentNode() const
{
    return m_model->nodeId(m_topicTree->currentIndex());
}

bool MainWindow::showSelectedMessage(bool mayGiveUp)
{
    const NodeId node = currentNode();
    if (node == 0) {
        m_messageView->showNothing();
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
        m_messageView->showMessage(node, topic, message);
    else
        m_messageView->showInnerNode(node, topic, topics, messages);
    return true;
}
