// SPDX-License-Identifier: MIT
#include "insight/toptopicspanel.h"

#include "common/displaytext.h"
#include "ingest/ingestpipeline.h"
#include "insight/toptopicsmodel.h"
#include "window/connectiontab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMutexLocker>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TopTopicsPanel::TopTopicsPanel(ConnectionTab *tab)
    : QWidget(tab)
    , m_tab(tab)
{
    setObjectName(u"topTopicsPanel"_s);
    m_window = new QComboBox(this);
    m_window->setObjectName(u"topWindowCombo"_s);
    m_window->addItem(tr("last 10 s"), 10);
    m_window->addItem(tr("last 60 s"), 60);
    m_window->addItem(tr("last second"), 1);
    m_window->setToolTip(tr("The time the rates are averaged over"));
    m_rankBy = new QComboBox(this);
    m_rankBy->setObjectName(u"topRankByCombo"_s);
    m_rankBy->addItem(tr("by msg/s"), int(RankBy::MessagesPerSecond));
    m_rankBy->addItem(tr("by bytes/s"), int(RankBy::BytesPerSecond));
    m_depth = new QSpinBox(this);
    m_depth->setObjectName(u"topDepthSpin"_s);
    m_depth->setRange(0, 32);
    m_depth->setSpecialValueText(tr("topics"));
    m_depth->setPrefix(tr("level "));
    m_depth->setToolTip(tr("Rank topics, or whole subtrees at this level (1: the first level of topics)"));
    m_subtreeOnly = new QCheckBox(tr("Selected subtree only"), this);
    m_subtreeOnly->setObjectName(u"topSubtreeCheck"_s);
    m_subtreeOnly->setToolTip(tr("Rank only inside the subtree selected in the tree when this is checked"));
    m_scope = new QLabel(this);
    m_scope->setObjectName(u"topScopeLabel"_s);
    m_scope->setTextFormat(Qt::PlainText);

    m_model = new TopTopicsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"topTopicsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(TopTopicsModel::TopicColumn, QHeaderView::Stretch);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_window);
    controls->addWidget(m_rankBy);
    controls->addWidget(m_depth);
    controls->addWidget(m_subtreeOnly);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_scope);
    layout->addWidget(m_view);

    m_timer = new QTimer(this);
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &TopTopicsPanel::refresh);
    connect(m_window, &QComboBox::currentIndexChanged, this, &TopTopicsPanel::refresh);
    connect(m_rankBy, &QComboBox::currentIndexChanged, this, &TopTopicsPanel::refresh);
    connect(m_depth, &QSpinBox::valueChanged, this, &TopTopicsPanel::refresh);
    connect(m_subtreeOnly, &QCheckBox::toggled, this, &TopTopicsPanel::onSubtreeToggled);
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const QString topic = m_model->topicAt(index.row());
        if (!topic.isEmpty())
            m_tab->revealTopic(topic);
    });
    connect(m_tab->pipeline(), &IngestPipeline::changesReady, this, [this](const ChangeSet &changes) {
        if (changes.reset)
            m_ranking.clear();
    });
    onSubtreeToggled(false);
}

void TopTopicsPanel::onSubtreeToggled(bool on)
{
    m_subtree = on ? m_tab->currentTopic() : QString();
    if (m_subtree.isEmpty())
        m_scope->setText(tr("All topics"));
    else
        m_scope->setText(tr("Inside %1").arg(Canopy::visibleText(m_subtree)));
    refresh();
}

void TopTopicsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void TopTopicsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop(); // nothing is sampled while nobody looks
}

bool TopTopicsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        // The rows keep their places while the mouse is over them, so that a click lands on the row it aimed at.
        if (event->type() == QEvent::Enter)
            m_model->setFrozen(true);
        else if (event->type() == QEvent::Leave)
            m_model->setFrozen(false);
    }
    return QWidget::eventFilter(watched, event);
}

FloodQuery TopTopicsPanel::query(const TopicStore &store) const
{
    FloodQuery query;
    query.windowSeconds = m_window->currentData().toInt();
    query.by = RankBy(m_rankBy->currentData().toInt());
    query.depth = m_depth->value();
    query.count = 50;
    if (!m_subtree.isEmpty()) {
        const auto node = store.find(m_subtree);
        query.subtree = node ? *node : TopicStore::root();
    }
    return query;
}

void TopTopicsPanel::refresh()
{
    if (!isVisible())
        return;
    if (m_ranking.isSampling())
        return; // the sample under way ranks with the query as it is when it completes
    m_sampleMs = IngestPipeline::currentTimeMs();
    sampleSlice();
}

void TopTopicsPanel::sampleSlice()
{
    QList<FloodEntry> entries;
    {
        QMutexLocker lock(&m_tab->pipeline()->storeMutex());
        const TopicStore &store = m_tab->pipeline()->store();
        if (!m_ranking.sampleSome(store, m_sampleMs, FloodRanking::SliceNodes)) {
            lock.unlock();
            // The next slice in the next turn of the event loop: input, painting and the ingest worker come first.
            QTimer::singleShot(0, this, &TopTopicsPanel::sampleSlice);
            return;
        }
        if (!m_subtree.isEmpty() && !store.find(m_subtree)) {
            entries.clear(); // the subtree is gone (cleared): nothing inside it
        } else {
            entries = m_ranking.rank(store, query(store), m_sampleMs);
        }
    }
    m_model->setEntries(entries);
}
