// SPDX-License-Identifier: MIT
#include "inspector/historypanel.h"

#include "common/pluralcount.h"
#include "ingest/ingestpipeline.h"
#include "inspector/historymodel.h"
#include "inspector/messageview.h"
#include "inspector/rowview.h"
#include "payload/payloadformat.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMutexLocker>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HistoryPanel::HistoryPanel(IngestPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
{
    const TopicStore *store = nullptr;
    {
        QMutexLocker lock(&pipeline->storeMutex());
        store = &pipeline->store(); // the reference stays valid; reading through it needs the lock
    }
    m_model = new HistoryModel(pipeline->storeMutex(), *store, this);
    m_model->setObjectName(u"historyModel"_s);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"historySummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"historyFilter"_s);
    m_filter->setPlaceholderText(tr("Filter payloads…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show the messages whose payload contains this text (letters A–Z in any case)"));
    m_newMessages = new QPushButton(this);
    m_newMessages->setObjectName(u"historyNewMessages"_s);
    m_newMessages->hide();
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setObjectName(u"historyCompareButton"_s);
    m_compare->setToolTip(tr("Compare the two selected messages in the Diff tab"));
    m_compare->setEnabled(false);
    m_options = new QToolButton(this);
    m_options->setObjectName(u"historyOptions"_s);
    m_options->setText(tr("Options"));
    m_options->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_options);
    menu->setObjectName(u"historyOptionsMenu"_s);
    m_follow = menu->addAction(tr("Follow new messages"));
    m_follow->setObjectName(u"historyFollowAction"_s);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("New messages join the table while it shows its top and nothing is selected"));
    menu->addSeparator();
    QAction *depth = menu->addAction(tr("Messages kept per topic…"));
    depth->setObjectName(u"historyDepthAction"_s);
    QAction *budget = menu->addAction(tr("History memory budget…"));
    budget->setObjectName(u"historyBudgetAction"_s);
    menu->addSeparator();
    m_exportTopic = menu->addAction(tr("Export this topic's history…"));
    m_exportTopic->setObjectName(u"historyExportTopicAction"_s);
    m_exportSubtree = menu->addAction(tr("Export the history of this topic and all below it…"));
    m_exportSubtree->setObjectName(u"historyExportSubtreeAction"_s);
    m_options->setMenu(menu);

    m_table = new RowView(this); // memory follows the rows on screen, not the messages stored
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    // Times of today show without their date (the tooltip has it): the payload preview gets the room.
    m_table->setColumnWidth(HistoryModel::TimeColumn, metrics.horizontalAdvance(u"00:00:00.000"_s) + 14);
    m_table->setColumnWidth(HistoryModel::QosColumn, metrics.horizontalAdvance(u"QoS"_s) + 14);
    m_table->setColumnWidth(HistoryModel::RetainColumn, metrics.horizontalAdvance(u"retained"_s) + 10);
    m_table->setColumnWidth(HistoryModel::SizeColumn, metrics.horizontalAdvance(u"000 bytes"_s) + 12);
    m_table->header()->setStretchLastSection(true);

    m_preview = new MessageView(u"history"_s, this);
    m_preview->showNothing(tr("Select a row to see that message; select two to compare them."));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_newMessages);
    top->addWidget(m_compare);
    top->addWidget(m_options);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"historySplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_model, &HistoryModel::setFilter);
    connect(m_model, &HistoryModel::searchProgress, this, &HistoryPanel::updateSummary);
    connect(m_model, &HistoryModel::searchFinished, this, &HistoryPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        onSelectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::onSelectionChanged);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPanel::onSelectionChanged);
    connect(m_newMessages, &QPushButton::clicked, this, [this] {
        m_model->refresh();
        m_table->scrollToTop();
        updateSummary();
        updateNewMessages();
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<quint64> numbers = selectedNumbers();
        if (numbers.size() == 2)
            Q_EMIT compareRequested(numbers[0], numbers[1]);
    });
    connect(depth, &QAction::triggered, this, &HistoryPanel::askDepth);
    connect(budget, &QAction::triggered, this, &HistoryPanel::askBudget);
    connect(m_exportTopic, &QAction::triggered, this, [this] { Q_EMIT exportRequested(false); });
    connect(m_exportSubtree, &QAction::triggered, this, [this] { Q_EMIT exportRequested(true); });
    connect(m_preview, &MessageView::choiceChanged, this, &HistoryPanel::choiceChanged);
    connect(m_preview, &MessageView::note, this, &HistoryPanel::note);
    updateSummary();
}

NodeId HistoryPanel::node() const
{
    return m_model->node();
}

void HistoryPanel::setTopic(NodeId node, const QString &topic)
{
    if (node == m_model->node() && topic == m_topic) {
        topicUpdated();
        return;
    }
    m_topic = topic;
    m_model->setNode(node);
    m_preview->showNothing(node == 0 ? tr("Select a topic to see its history.")
                                     : tr("Select a row to see that message; select two to compare them."));
    updateSummary();
    updateNewMessages();
}

void HistoryPanel::storeCleared()
{
    m_topic.clear();
    m_model->setNode(0);
    m_preview->showNothing(tr("Select a topic to see its history."));
    updateSummary();
    updateNewMessages();
}

bool HistoryPanel::isFollowing() const
{
    return m_follow->isChecked();
}

void HistoryPanel::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

void HistoryPanel::topicUpdated()
{
    if (m_model->node() == 0)
        return;
    const bool atTop = m_table->verticalScrollBar()->value() == 0;
    const bool untouched = !m_table->selectionModel()->hasSelection();
    if (m_follow->isChecked() && atTop && untouched)
        m_model->refresh();
    updateSummary();
    updateNewMessages();
}

void HistoryPanel::updateNewMessages()
{
    const quint64 newer = m_model->newerThanRows();
    if (newer == 0) {
        m_newMessages->hide();
        return;
    }
    m_newMessages->setText(
        tr("%1 new message(s): show", nullptr, Canopy::pluralCount(newer)).arg(QLocale().toString(newer)));
    m_newMessages->show();
}

QString HistoryPanel::summary() const
{
    return m_summary->text();
}

void HistoryPanel::updateSummary()
{
    if (m_model->node() == 0) {
        m_summary->setText(tr("No history: select a topic that has messages."));
        return;
    }
    const QLocale locale;
    const HistoryInfo info = m_model->info();
    qint64 budget = 0;
    int depth = 0;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        budget = m_pipeline->store().historyBudget();
        depth = m_pipeline->store().historyDepth();
    }
    QString text = tr("%1 message(s) kept", nullptr, Canopy::pluralCount(info.kept)).arg(locale.toString(info.kept));
    if (info.notKept() > 0) {
        QStringList why;
        if (info.evicted > 0)
            why << tr("%1 evicted to keep all history within its %2 memory budget")
                       .arg(locale.toString(info.evicted), PayloadFormat::dataSize(budget));
        if (info.overDepth() > 0)
            why << tr("%1 over the limit of %2 messages per topic")
                       .arg(locale.toString(info.overDepth()), locale.toString(depth));
        text += u" · "_s
            + tr("%1 older message(s) no longer kept: %2", nullptr, Canopy::pluralCount(info.notKept()))
                  .arg(locale.toString(info.notKept()), why.join(u", "_s));
    }
    if (!m_model->filter().isEmpty()) {
        text += u" · "_s
            + tr("%1 matching message(s)", nullptr, m_model->rowCount()).arg(locale.toString(m_model->rowCount()));
        if (m_model->isSearching())
            text += u' '
                + tr("(searching, %1 of %2 looked at)")
                      .arg(locale.toString(m_model->searched()), locale.toString(m_model->toSearch()));
    }
    m_summary->setText(text);
}

QList<quint64> HistoryPanel::selectedNumbers() const
{
    QList<quint64> numbers;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        numbers << m_model->number(row.row());
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void HistoryPanel::selectNumbers(const QList<quint64> &numbers)
{
    QItemSelection selection;
    for (quint64 n : numbers) {
        const int row = m_model->rowOf(n);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, HistoryModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!numbers.isEmpty()) {
        const int row = m_model->rowOf(numbers.last());
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
}

void HistoryPanel::onSelectionChanged()
{
    const QList<quint64> numbers = selectedNumbers();
    m_compare->setEnabled(numbers.size() == 2);
    if (numbers.size() == 2)
        Q_EMIT pairSelected(numbers[0], numbers[1]);
    else if (numbers.size() == 1)
        Q_EMIT messageSelected(numbers[0]);
    QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        current = rows.isEmpty() ? QModelIndex() : rows.constFirst();
    }
    StoredMessage message;
    if (current.isValid() && m_model->message(current.row(), message)) {
        m_preview->showMessage(m_model->node(), m_topic, message, m_choice);
    } else if (current.isValid()) {
        m_preview->showNothing(tr("This message is no longer kept: the store evicted it."));
    } else if (m_model->node() != 0) {
        m_preview->showNothing(tr("Select a row to see that message; select two to compare them."));
    }
    updateNewMessages();
}

void HistoryPanel::askDepth()
{
    bool ok = false;
    int current = 0;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        current = m_pipeline->store().historyDepth();
    }
    const int depth = QInputDialog::getInt(this, tr("History"),
        tr("Messages kept per topic (the last message included). Fewer drops the oldest of every topic now."), current,
        1, HistorySettings::MaximumMessagesPerTopic, 1, &ok);
    if (!ok)
        return;
    HistorySettings settings = HistorySettings::load(QSettings());
    settings.messagesPerTopic = depth;
    Q_EMIT settingsRequested(settings);
}

void HistoryPanel::askBudget()
{
    bool ok = false;
    qint64 current = 0;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        current = m_pipeline->store().historyBudget() / (1024 * 1024);
    }
    const int mib = QInputDialog::getInt(this, tr("History"),
        tr("Memory for the history of all topics, in MiB. When it is full the oldest messages are evicted, and the "
           "History tab says how many."),
        int(std::clamp<qint64>(current, 1, INT_MAX)), 1,
        int(std::min<qint64>(HistorySettings::MaximumBudgetMiB, INT_MAX)), 64, &ok);
    if (!ok)
        return;
    HistorySettings settings = HistorySettings::load(QSettings());
    settings.budgetMiB = mib;
    Q_EMIT settingsRequested(settings);
}
