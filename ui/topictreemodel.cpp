// SPDX-License-Identifier: MIT
#include "topictreemodel.h"

#include "payloadformat.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
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

// Tooltips treat text that looks like HTML as rich text; escaping makes any topic or payload show literally.
QString plainToolTip(const QString &text)
{
    return u"<p style='white-space:pre'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

QString formatRate(double rate)
{
    if (rate <= 0)
        return {};
    return rate < 10 ? QLocale().toString(rate, 'f', 1) : QLocale().toString(qint64(rate + 0.5));
}

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
        if (!m_filtered) {
            rows.push_back({ kid, m_store.childCount(kid) > 0 });
        } else if (kid < m_filterFlags.size() && (m_filterFlags[kid] & Visible)) {
            rows.push_back({ kid, bool(m_filterFlags[kid] & HasVisibleChild) });
        }
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
            m_filterFlags.clear();
            m_scanned = 0;
            endReset();
        }
    }
    if (m_paused) {
        m_missedChanges = true;
        return;
    }
    ++m_generation;
    if (m_filtered) {
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

void TopicTreeModel::markVisible(NodeId id, std::vector<NodeId> &newlyVisible)
{
    NodeId at = id;
    while (at != TopicStore::root() && !(m_filterFlags[at] & Visible)) {
        m_filterFlags[at] |= Visible;
        newlyVisible.push_back(at);
        const NodeId parent = m_store.parent(at);
        m_filterFlags[parent] |= HasVisibleChild;
        at = parent;
    }
    m_filterFlags[TopicStore::root()] |= Visible;
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
        const NodeId count = NodeId(m_store.nodeCount());
        if (m_filterFlags.size() < count)
            m_filterFlags.resize(count, 0);
        std::vector<NodeId> newlyVisible;
        auto consider = [&](NodeId id) {
            if (!(m_filterFlags[id] & Visible) && m_store.hasMessage(id)
                && m_matcher.matches(m_store.topic(id), m_store.payload(id)))
                markVisible(id, newlyVisible);
        };
        // Topics that arrived since the last look, and older ones whose message changed (first message of an inner
        // node, new payload text).
        for (NodeId id = std::max<NodeId>(m_scanned, 1); id < count; ++id)
            consider(id);
        for (NodeId id : changed) {
            if (id != TopicStore::root() && id < m_scanned)
                consider(id);
        }
        m_scanned = count;
        std::sort(newlyVisible.begin(), newlyVisible.end());
        pending.reserve(newlyVisible.size());
        for (NodeId id : newlyVisible)
            pending.push_back({ m_store.parent(id), NewRow { id, bool(m_filterFlags[id] & HasVisibleChild) } });
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
    m_filterFlags.clear();
    m_scanned = 0;
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
    if (m_filtered) {
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
        if (it->rate > 0 || it->ownRate > 0)
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
        if (!m_filtered)
            return {};
        beginResetModel();
        m_filtered = false;
        m_filterSpec = TopicFilterSpec {};
        m_matcher = TopicMatcher {};
        m_filterFlags.clear();
        m_scanned = 0;
        resetState();
        populateRootSilently();
        endReset();
        return {};
    }
    std::vector<quint8> flags;
    NodeId scanned = 0;
    {
        QMutexLocker lock(&m_mutex);
        const FilterResult result = m_store.filter(spec);
        if (!result.error.isEmpty())
            return result.error;
        scanned = NodeId(m_store.nodeCount());
        flags.assign(scanned, 0);
        const qsizetype bits = std::min<qsizetype>(result.visible.size(), scanned);
        for (qsizetype id = 0; id < bits; ++id) {
            if (!result.visible.testBit(id))
                continue;
            flags[size_t(id)] |= Visible;
            if (id != TopicStore::root())
                flags[m_store.parent(NodeId(id))] |= HasVisibleChild;
        }
    }
    beginResetModel();
    m_filtered = true;
    m_filterSpec = spec;
    m_matcher = TopicMatcher(spec);
    m_filterFlags = std::move(flags);
    m_scanned = scanned;
    resetState();
    populateRootSilently();
    endReset();
    return {};
}

// ---- data

std::optional<TopicTreeModel::RowData> TopicTreeModel::readRow(NodeId id, bool mayGiveUp) const
{
    RowData row;
    const qint64 now = m_clock();
    StoredMessage message;
    if (mayGiveUp) {
        if (!m_mutex.tryLock(BusyWaitMs))
            return std::nullopt;
    } else {
        m_mutex.lock();
    }
    if (qsizetype(id) < m_store.nodeCount()) {
        row.name = m_store.name(id);
        row.topic = m_store.topic(id);
        row.hasMessage = m_store.hasMessage(id);
        row.retained = m_store.isRetained(id);
        row.children = m_store.childCount(id);
        const NodeStats stats = m_store.stats(id, now);
        row.messages = stats.messages;
        row.subtreeMessages = stats.subtreeMessages;
        row.subtreeTopics = stats.subtreeTopics;
        row.rate = stats.subtreeMessagesPerSecond;
        row.ownRate = stats.messagesPerSecond;
        if (row.hasMessage) {
            row.timeMs = m_store.lastTimeMs(id);
            message = m_store.lastMessage(id); // shares the payload bytes
        }
    }
    m_mutex.unlock();
    if (row.hasMessage)
        row.preview = PayloadFormat::preview(message.payload, message.truncated, message.originalSize);
    return row;
}

const TopicTreeModel::RowData &TopicTreeModel::rowData(NodeId id) const
{
    const auto it = m_rows.find(id);
    const bool cached = it != m_rows.end();
    if (cached && (m_paused || it->generation == m_generation))
        return *it;
    // A row shown before can wait for fresh values; a row's first values cannot.
    std::optional<RowData> row = readRow(id, cached);
    if (!row) {
        m_staleRows.push_back(id);
        if (!m_retryTimer->isActive())
            m_retryTimer->start();
        return *it;
    }
    if (!m_paused && m_rows.size() >= RowCacheLimit)
        m_rows.clear();
    row->generation = m_generation;
    return *m_rows.insert(id, std::move(*row));
}

void TopicTreeModel::retryStaleRows()
{
    std::vector<NodeId> ids = std::exchange(m_staleRows, {});
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    emitChanged(ids);
}

QVariant TopicTreeModel::displayData(const RowData &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case TopicColumn:
        return row.name.isEmpty() ? tr("⟨empty level⟩") : row.name;
    case ValueColumn:
        return row.preview;
    case MessagesColumn:
        return locale.toString(row.children > 0 ? row.subtreeMessages : row.messages);
    case RateColumn:
        return formatRate(row.rate);
    case LastUpdateColumn: {
        if (!row.hasMessage)
            return QString();
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(row.timeMs);
        if (time.date() == QDate::currentDate())
            return time.toString(u"HH:mm:ss"_s);
        return time.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    default:
        return {};
    }
}

QVariant TopicTreeModel::toolTip(const RowData &row, int column) const
{
    const QLocale locale;
    QString text;
    switch (column) {
    case TopicColumn:
        text = row.topic;
        if (row.retained)
            text += u'\n' + tr("The broker holds a retained message for this topic.");
        break;
    case ValueColumn:
        if (!row.hasMessage)
            return {};
        text = row.preview;
        break;
    case MessagesColumn:
        text = tr("Messages in this subtree: %1 (%2 topics)")
                   .arg(locale.toString(row.subtreeMessages), locale.toString(row.subtreeTopics))
            + u'\n' + tr("Messages on this topic: %1").arg(locale.toString(row.messages));
        break;
    case RateColumn:
        text = tr("Messages per second in this subtree: %1").arg(locale.toString(row.rate, 'f', 1)) + u'\n'
            + tr("Messages per second on this topic: %1").arg(locale.toString(row.ownRate, 'f', 1));
        break;
    case LastUpdateColumn:
        if (!row.hasMessage)
            return {};
        text = QDateTime::fromMSecsSinceEpoch(row.timeMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        break;
    default:
        return {};
    }
    return plainToolTip(text);
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
        return displayData(rowData(id), index.column());
    case Qt::ToolTipRole:
        return toolTip(rowData(id), index.column());
    case Qt::DecorationRole:
        if (index.column() != TopicColumn || m_blankIcon.isNull())
            return {};
        return rowData(id).retained ? m_retainedIcon : m_blankIcon;
    case Qt::TextAlignmentRole:
        if (index.column() == MessagesColumn || index.column() == RateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FullTopicRole:
        return rowData(id).topic;
    case RetainedRole:
        return rowData(id).retained;
    case HasMessageRole:
        return rowData(id).hasMessage;
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
