// SPDX-License-Identifier: MIT
#include "tree/topictreemodel.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QMutexLocker>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int RateRefreshMs = 1000;
// How long a repaint waits for the store before it shows the values it read last time, and when it looks again.
constexpr int BusyWaitMs = 2;
constexpr int StaleRetryMs = 25;
constexpr qsizetype RowCacheLimit = 50000;
constexpr int IconSize = 16;

QIcon retainedIcon()
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1e, 0x88, 0x7e));
    painter.drawEllipse(QRectF(1, 1, IconSize - 2, IconSize - 2));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(10);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, IconSize, IconSize), Qt::AlignCenter, u"R"_s);
    return QIcon(pixmap);
}

QIcon blankIcon()
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}
} // namespace

TopicTreeModel::TopicTreeModel(const TopicStore &store, QMutex &mutex, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_mutex(mutex)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    resetState();
    populateRootSilently();
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_retainedIcon = retainedIcon();
        m_blankIcon = blankIcon();
    }
    m_rateTimer = new QTimer(this);
    m_rateTimer->setInterval(RateRefreshMs);
    connect(m_rateTimer, &QTimer::timeout, this, &TopicTreeModel::refreshRates);
    m_rateTimer->start();
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(StaleRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, &TopicTreeModel::retryStaleRows);
}

TopicTreeModel::~TopicTreeModel() = default;

// ---- structure

int TopicTreeModel::shownChildCount(NodeId id) const
{
    if (!isKnown(id))
        return 0;
    const qint32 list = m_entries[id].list;
    return list >= 0 ? int(m_lists[size_t(list)].size()) : 0;
}

NodeId TopicTreeModel::shownChild(NodeId parent, int row) const
{
    return m_lists[size_t(m_entries[parent].list)][size_t(row)];
}

QModelIndex TopicTreeModel::indexOf(NodeId id, int column) const
{
    if (id == TopicStore::root() || !isKnown(id))
        return {};
    return createIndex(int(m_entries[id].row), column, quintptr(id));
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const NodeId parentId = nodeId(parent);
    if (row >= shownChildCount(parentId))
        return {};
    return createIndex(row, column, quintptr(shownChild(parentId, row)));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const NodeId id = nodeId(child);
    return isKnown(id) ? indexOf(m_entries[id].parent, 0) : QModelIndex();
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return shownChildCount(nodeId(parent));
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TopicTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const NodeId id = nodeId(parent);
    if (!isKnown(id))
        return false;
    // An unpopulated node had something to show when it became a row, and children are never taken away.
    const qint32 list = m_entries[id].list;
    return list == Unpopulated || (list >= 0 && !m_lists[size_t(list)].empty());
}

bool TopicTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (m_changing || (parent.isValid() && parent.column() != 0))
        return false;
    const NodeId id = nodeId(parent);
    return isKnown(id) && m_entries[id].list == Unpopulated;
}

void TopicTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        populate(nodeId(parent));
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

void TopicTreeModel::resetState()
{
    m_entries.clear();
    m_entries[0] = Entry { TopicStore::root(), 0, 0, true };
    m_lists.clear();
    m_lists.emplace_back();
    m_rows.clear();
    m_staleRows.clear();
    m_missedChanges = false;
}

std::vector<TopicTreeModel::NewRow> TopicTreeModel::childrenToShow(NodeId parent, int from, int to) const
{
    std::vector<NewRow> rows;
    const std::span<const NodeId> children = m_store.children(parent);
    to = std::min(to, int(children.size()) - 1);
    for (int row = std::max(from, 0); row <= to; ++row) {
        const NodeId kid = children[size_t(row)];
        if (!m_filter.isActive())
            rows.push_back({ kid, m_store.childCount(kid) > 0 });
        else if (m_filter.isVisible(kid))
            rows.push_back({ kid, m_filter.hasVisibleChild(kid) });
    }
    return rows;
}

void TopicTreeModel::populateRootSilently()
{
    std::vector<NewRow> rows;
    {
        QMutexLocker lock(&m_mutex);
        rows = childrenToShow(TopicStore::root(), 0, INT_MAX);
    }
    std::vector<NodeId> &list = m_lists[0];
    for (const NewRow &row : rows) {
        m_entries[row.id]
            = Entry { TopicStore::root(), quint32(list.size()), row.hasChildren ? Unpopulated : EmptyList, true };
        list.push_back(row.id);
    }
}

void TopicTreeModel::appendRows(NodeId parent, const std::vector<NewRow> &candidates)
{
    if (!isKnown(parent))
        return;
    // A view (or a model tester) may have fetched some of them already while we were announcing others.
    std::vector<NewRow> rows;
    rows.reserve(candidates.size());
    for (const NewRow &row : candidates) {
        if (!isKnown(row.id))
            rows.push_back(row);
    }
    if (rows.empty())
        return;
    const int first = shownChildCount(parent);
    const int last = first + int(rows.size()) - 1;
    m_changing = true;
    beginInsertRows(indexOf(parent, 0), first, last);
    if (m_entries[parent].list < 0) {
        m_entries[parent].list = qint32(m_lists.size());
        m_lists.emplace_back();
    }
    const size_t listIndex = size_t(m_entries[parent].list);
    for (const NewRow &row : rows) {
        m_entries[row.id]
            = Entry { parent, quint32(m_lists[listIndex].size()), row.hasChildren ? Unpopulated : EmptyList, true };
        m_lists[listIndex].push_back(row.id);
    }
    endInsertRows();
    m_changing = false;
}

void TopicTreeModel::populate(NodeId parent)
{
    if (!isKnown(parent) || m_entries[parent].list != Unpopulated)
        return;
    std::vector<NewRow> rows;
    {
        QMutexLocker lock(&m_mutex);
        rows = childrenToShow(parent, 0, INT_MAX);
    }
    if (rows.empty()) {
        m_entries[parent].list = EmptyList;
        return;
    }
    appendRows(parent, rows);
}

void TopicTreeModel::insertFromStore(NodeId parent, int last)
{
    const int have = shownChildCount(parent);
    if (last < have)
        return;
    std::vector<NewRow> rows;
    {
        QMutexLocker lock(&m_mutex);
        rows = childrenToShow(parent, have, last);
    }
    appendRows(parent, rows);
}

QModelIndex TopicTreeModel::indexForNode(NodeId node)
{
    std::vector<NodeId> path; // node up to (not including) the root
    {
        QMutexLocker lock(&m_mutex);
        if (node == TopicStore::root() || qsizetype(node) >= m_store.nodeCount())
            return {};
        for (NodeId at = node; at != TopicStore::root(); at = m_store.parent(at))
            path.push_back(at);
    }
    // Top down: a node is a row once its parent's children were fetched (and, filtered, if it is visible).
    NodeId parent = TopicStore::root();
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        if (!isKnown(parent))
            return {};
        if (m_entries[parent].list == Unpopulated)
            populate(parent);
        if (!isKnown(*it) || m_entries[*it].parent != parent)
            return {};
        parent = *it;
    }
    return indexOf(node, 0);
}

// Views and model testers may fetch when they hear of a change; not while it is still being announced.
void TopicTreeModel::endReset()
{
    m_changing = true;
    endResetModel();
    m_changing = false;
}

// ---- live updates

void TopicTreeModel::applyChanges(const ChangeSet &changes)
{
    if (changes.reset) {
        if (m_resetExpected) {
            m_resetExpected = false;
        } else {
            beginResetModel();
            resetState();
            m_filter.forgetNodes();
            endReset();
        }
    }
    if (m_paused) {
        m_missedChanges = true;
        return;
    }
    ++m_generation;
    if (m_filter.isActive()) {
        applyFilteredInserts(changes.changed);
    } else {
        for (const ChangeSet::InsertedRows &range : changes.inserted) {
            if (isPopulated(range.parent))
                insertFromStore(range.parent, range.last);
        }
    }
    emitChanged(std::vector<NodeId>(changes.changed.cbegin(), changes.changed.cend()));
}

void TopicTreeModel::emitChanged(const std::vector<NodeId> &ids)
{
    std::vector<std::pair<NodeId, quint32>> rows; // (parent, row) of the changed nodes that are rows
    for (NodeId id : ids) {
        if (id != TopicStore::root() && isKnown(id))
            rows.emplace_back(m_entries[id].parent, m_entries[id].row);
    }
    std::sort(rows.begin(), rows.end());
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1].first == rows[i].first)
            ++j;
        const QModelIndex parent = indexOf(rows[i].first, 0);
        Q_EMIT dataChanged(index(int(rows[i].second), 0, parent), index(int(rows[j].second), ColumnCount - 1, parent));
        i = j + 1;
    }
}

void TopicTreeModel::applyFilteredInserts(const QList<NodeId> &changed)
{
    struct Pending {
        NodeId parent;
        NewRow row;
    };
    std::vector<Pending> pending;
    {
        QMutexLocker lock(&m_mutex);
        const std::vector<NodeId> newlyVisible = m_filter.update(m_store, changed);
        pending.reserve(newlyVisible.size());
        for (NodeId id : newlyVisible)
            pending.push_back({ m_store.parent(id), NewRow { id, m_filter.hasVisibleChild(id) } });
    }
    // Parents in ascending id order: a node announced here comes before its own new children, which it then hides
    // until it is expanded.
    std::stable_sort(
        pending.begin(), pending.end(), [](const Pending &a, const Pending &b) { return a.parent < b.parent; });
    for (size_t i = 0; i < pending.size();) {
        std::vector<NewRow> rows;
        size_t j = i;
        for (; j < pending.size() && pending[j].parent == pending[i].parent; ++j)
            rows.push_back(pending[j].row);
        if (isPopulated(pending[i].parent))
            appendRows(pending[i].parent, rows);
        i = j;
    }
}

void TopicTreeModel::clear(const std::function<void()> &clearStore)
{
    beginResetModel();
    clearStore();
    resetState();
    m_filter.forgetNodes();
    m_resetExpected = true;
    endReset();
}

// ---- pause

void TopicTreeModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused && m_missedChanges)
        resync();
    m_missedChanges = false;
}

void TopicTreeModel::resync()
{
    ++m_generation;
    std::vector<NodeId> populated;
    for (NodeId id = 0; id < m_entries.limit(); ++id) {
        if (isKnown(id) && m_entries[id].list != Unpopulated)
            populated.push_back(id);
    }
    if (m_filter.isActive()) {
        applyFilteredInserts({});
    } else {
        std::vector<std::pair<NodeId, std::vector<NewRow>>> plan;
        {
            QMutexLocker lock(&m_mutex);
            for (NodeId id : populated) {
                const int have = shownChildCount(id);
                if (m_store.childCount(id) > have)
                    plan.emplace_back(id, childrenToShow(id, have, INT_MAX));
            }
        }
        for (const auto &[parent, rows] : plan)
            appendRows(parent, rows);
    }
    // Everything shown may have changed while paused.
    for (NodeId id : populated) {
        const int rows = shownChildCount(id);
        if (rows > 0) {
            const QModelIndex parent = indexOf(id, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        }
    }
}

void TopicTreeModel::refreshRates()
{
    if (m_paused || m_rows.isEmpty())
        return;
    std::vector<NodeId> moving;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it->row.isMoving())
            moving.push_back(it.key());
    }
    std::vector<std::pair<NodeId, quint32>> rows;
    for (NodeId id : moving) {
        m_rows[id].generation = 0; // read again at the next repaint
        if (isKnown(id))
            rows.emplace_back(m_entries[id].parent, m_entries[id].row);
    }
    std::sort(rows.begin(), rows.end());
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1].first == rows[i].first)
            ++j;
        const QModelIndex parent = indexOf(rows[i].first, 0);
        Q_EMIT dataChanged(index(int(rows[i].second), RateColumn, parent),
            index(int(rows[j].second), RateColumn, parent), { Qt::DisplayRole, Qt::ToolTipRole });
        i = j + 1;
    }
}

// ---- filter

QString TopicTreeModel::setFilter(const TopicFilterSpec &spec)
{
    if (!TopicMatcher::isActive(spec)) {
        if (!m_filter.isActive())
            return {};
        beginResetModel();
        m_filter.clear();
        resetState();
        populateRootSilently();
        endReset();
        return {};
    }
    TopicTreeFilter filter;
    QString error;
    {
        QMutexLocker lock(&m_mutex);
        if (!filter.build(m_store, spec, &error))
            return error;
    }
    beginResetModel();
    m_filter = std::move(filter);
    resetState();
    populateRootSilently();
    endReset();
    return {};
}

// ---- data

std::optional<TopicRow> TopicTreeModel::readRow(NodeId id, bool mayGiveUp) const
{
    const qint64 now = m_clock();
    if (mayGiveUp) {
        if (!m_mutex.tryLock(BusyWaitMs))
            return std::nullopt;
    } else {
        m_mutex.lock();
    }
    TopicRow row = TopicRow::read(m_store, id, now);
    m_mutex.unlock();
    row.finishOutsideLock();
    return row;
}

void TopicTreeModel::refreshRows(const QModelIndexList &indexes)
{
    std::vector<NodeId> ids;
    for (const QModelIndex &index : indexes) {
        const NodeId id = nodeId(index);
        if (index.model() != this || !isShown(id) || std::find(ids.cbegin(), ids.cend(), id) != ids.cend())
            continue;
        const auto it = m_rows.constFind(id);
        if (it == m_rows.cend() || (!m_paused && it->generation != m_generation))
            ids.push_back(id);
    }
    if (ids.empty())
        return;
    const qint64 now = m_clock();
    std::vector<TopicRow> rows;
    rows.reserve(ids.size());
    if (!m_mutex.tryLock(BusyWaitMs))
        return;
    for (NodeId id : ids)
        rows.push_back(TopicRow::read(m_store, id, now));
    m_mutex.unlock();
    if (!m_paused && m_rows.size() + qsizetype(ids.size()) >= RowCacheLimit)
        m_rows.clear();
    for (size_t i = 0; i < ids.size(); ++i) {
        rows[i].finishOutsideLock();
        m_rows.insert(ids[i], CachedRow { std::move(rows[i]), m_generation });
    }
}

const TopicRow &TopicTreeModel::row(NodeId id) const
{
    const auto it = m_rows.find(id);
    const bool cached = it != m_rows.end();
    if (cached && (m_paused || it->generation == m_generation))
        return it->row;
    // A row shown before can wait for fresh values; a row's first values cannot.
    std::optional<TopicRow> fresh = readRow(id, cached);
    if (!fresh) {
        m_staleRows.push_back(id);
        if (!m_retryTimer->isActive())
            m_retryTimer->start();
        return it->row;
    }
    if (!m_paused && m_rows.size() >= RowCacheLimit)
        m_rows.clear();
    return m_rows.insert(id, CachedRow { std::move(*fresh), m_generation })->row;
}

void TopicTreeModel::retryStaleRows()
{
    std::vector<NodeId> ids = std::exchange(m_staleRows, {});
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    emitChanged(ids);
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const NodeId id = nodeId(index);
    switch (role) {
    case NodeIdRole:
        return QVariant::fromValue<quint32>(id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TopicColumn:
            return row(id).nameText();
        case ValueColumn:
            return row(id).valueText();
        case MessagesColumn:
            return row(id).messagesText();
        case RateColumn:
            return row(id).rateText();
        case LastUpdateColumn:
            return row(id).lastUpdateText();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip;
        switch (index.column()) {
        case TopicColumn:
            tip = row(id).nameToolTip();
            break;
        case ValueColumn:
            tip = row(id).valueToolTip();
            break;
        case MessagesColumn:
            tip = row(id).messagesToolTip();
            break;
        case RateColumn:
            tip = row(id).rateToolTip();
            break;
        case LastUpdateColumn:
            tip = row(id).lastUpdateToolTip();
            break;
        default:
            break;
        }
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole:
        if (index.column() != TopicColumn || m_blankIcon.isNull())
            return {};
        return row(id).isRetained() ? m_retainedIcon : m_blankIcon;
    case Qt::TextAlignmentRole:
        if (index.column() == MessagesColumn || index.column() == RateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FullTopicRole:
        return row(id).topic();
    case RetainedRole:
        return row(id).isRetained();
    case HasMessageRole:
        return row(id).hasMessage();
    default:
        return {};
    }
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TopicColumn:
            return tr("Topic");
        case ValueColumn:
            return tr("Value");
        case MessagesColumn:
            return tr("Messages");
        case RateColumn:
            return tr("Msgs/s");
        case LastUpdateColumn:
            return tr("Last update");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (section == MessagesColumn || section == RateColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
