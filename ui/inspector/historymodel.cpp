// SPDX-License-Identifier: MIT
#include "inspector/historymodel.h"

#include "payload/payloadformat.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr int SearchChunk = 256;
constexpr quint64 RefreshSearchLimit = 2000; // new messages searched at once on refresh; more restart the search

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

struct LowerHash {
    size_t operator()(char c) const { return std::hash<char>()(lower(c)); }
};
struct LowerEqual {
    bool operator()(char a, char b) const { return lower(a) == lower(b); }
};
} // namespace

HistoryModel::HistoryModel(QMutex &mutex, const TopicStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mutex(mutex)
    , m_store(store)
{
    m_searchTimer = new QTimer(this);
    m_searchTimer->setInterval(0);
    connect(m_searchTimer, &QTimer::timeout, this, &HistoryModel::searchSlice);
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setNode(NodeId node)
{
    beginResetModel();
    stopSearch();
    m_pages.clear();
    m_matches.clear();
    m_node = node;
    m_info = HistoryInfo {};
    if (node != 0) {
        QMutexLocker lock(&m_mutex);
        m_generation = m_store.generation();
        if (qsizetype(node) < m_store.nodeCount())
            m_info = m_store.historyInfo(node);
    }
    m_first = m_info.firstKept();
    m_end = m_info.received;
    if (!m_filter.isEmpty() && m_node != 0) {
        m_searchFrom = m_searchCursor = m_end;
        m_searchTimer->start();
    }
    endResetModel();
}

quint64 HistoryModel::newerThanRows() const
{
    if (m_node == 0)
        return 0;
    QMutexLocker lock(&m_mutex);
    if (m_store.generation() != m_generation)
        return 0;
    const quint64 received = m_store.historyInfo(m_node).received;
    return received > m_end ? received - m_end : 0;
}

bool HistoryModel::refresh()
{
    if (m_node == 0)
        return true;
    HistoryInfo info;
    {
        QMutexLocker lock(&m_mutex);
        if (m_store.generation() != m_generation) {
            lock.unlock();
            setNode(0);
            return false;
        }
        info = m_store.historyInfo(m_node);
    }
    m_info = info;
    const quint64 newFirst = info.firstKept();
    const quint64 newEnd = info.received;
    // Pages read before these messages arrived hold them as not kept.
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if ((it.key() + 1) * PageRows > m_end)
            it = m_pages.erase(it);
        else
            ++it;
    }
    if (m_filter.isEmpty()) {
        if (newFirst > m_first) {
            const quint64 gone = std::min(newFirst, m_end) - m_first;
            if (gone > 0) {
                const int rows = rowCount();
                beginRemoveRows({}, rows - int(gone), rows - 1);
                m_first += gone;
                endRemoveRows();
            }
            if (m_first == m_end)
                m_first = m_end = std::max(newFirst, m_end);
        }
        if (newEnd > m_end) {
            beginInsertRows({}, 0, int(newEnd - m_end) - 1);
            m_end = newEnd;
            endInsertRows();
        }
        return true;
    }

    // Filtered: matches that were evicted leave from the bottom, new messages are searched now.
    qsizetype gone = 0;
    while (gone < qsizetype(m_matches.size()) && m_matches[m_matches.size() - 1 - size_t(gone)] < newFirst)
        ++gone;
    if (gone > 0) {
        const int rows = int(m_matches.size());
        beginRemoveRows({}, rows - int(gone), rows - 1);
        m_matches.resize(m_matches.size() - size_t(gone));
        endRemoveRows();
    }
    m_first = std::max(m_first, newFirst);
    if (m_searchCursor < m_first)
        m_searchCursor = m_first;
    if (newEnd <= m_end)
        return true;
    if (newEnd - m_end > RefreshSearchLimit) {
        setNode(m_node); // a burst: search again from the newest
        return true;
    }
    std::vector<quint64> found;
    QList<StoredMessage> messages;
    quint64 firstRead = m_end;
    {
        QMutexLocker lock(&m_mutex);
        firstRead = std::max(m_end, m_store.historyInfo(m_node).firstKept());
        m_store.readHistory(m_node, firstRead, int(newEnd - firstRead), messages);
    }
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        if (matches(messages[i].payload))
            found.push_back(firstRead + quint64(i));
    }
    m_end = newEnd;
    if (!found.empty()) {
        beginInsertRows({}, 0, int(found.size()) - 1);
        m_matches.insert(m_matches.begin(), found.begin(), found.end());
        endInsertRows();
    }
    return true;
}

quint64 HistoryModel::number(int row) const
{
    if (!m_filter.isEmpty())
        return row >= 0 && size_t(row) < m_matches.size() ? m_matches[size_t(row)] : 0;
    return m_end - 1 - quint64(row);
}

int HistoryModel::rowOf(quint64 n) const
{
    if (!m_filter.isEmpty()) {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), n, std::greater<quint64>());
        return it != m_matches.cend() && *it == n ? int(it - m_matches.cbegin()) : -1;
    }
    if (n < m_first || n >= m_end)
        return -1;
    return int(m_end - 1 - n);
}

bool HistoryModel::message(int row, StoredMessage &out) const
{
    if (row < 0 || row >= rowCount() || m_node == 0)
        return false;
    const quint64 n = number(row);
    QList<StoredMessage> one;
    QMutexLocker lock(&m_mutex);
    if (m_store.generation() != m_generation || m_store.historyInfo(m_node).firstKept() > n)
        return false;
    if (m_store.readHistory(m_node, n, 1, one) != 1)
        return false;
    out = one.first();
    return true;
}

const HistoryModel::Row *HistoryModel::rowData(quint64 n) const
{
    const quint64 key = n / PageRows;
    auto it = m_pages.find(key);
    if (it == m_pages.end()) {
        QList<StoredMessage> messages;
        quint64 firstRead = key * PageRows;
        {
            QMutexLocker lock(&m_mutex);
            if (m_store.generation() != m_generation)
                return nullptr;
            firstRead = std::max(firstRead, m_store.historyInfo(m_node).firstKept());
            if (firstRead < (key + 1) * PageRows)
                m_store.readHistory(m_node, firstRead, int((key + 1) * PageRows - firstRead), messages);
        }
        Page page;
        page.rows.resize(PageRows);
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const StoredMessage &m = messages[i];
            Row &row = page.rows[size_t(firstRead - key * PageRows) + size_t(i)];
            row.timeMs = m.timeMs;
            row.size = m.originalSize;
            row.qos = m.qos;
            row.retain = m.retain;
            row.truncated = m.truncated;
            row.kept = true;
            row.preview = PayloadFormat::preview(m.payload, m.truncated, m.originalSize);
        }
        if (m_pages.size() >= CachedPages) {
            auto oldest = m_pages.begin();
            for (auto p = m_pages.begin(); p != m_pages.end(); ++p) {
                if (p->used < oldest->used)
                    oldest = p;
            }
            m_pages.erase(oldest);
        }
        it = m_pages.insert(key, std::move(page));
    }
    it->used = ++m_clock;
    return &it->rows[size_t(n % PageRows)];
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_node == 0)
        return 0;
    if (!m_filter.isEmpty())
        return int(m_matches.size());
    return int(std::min<quint64>(m_end - m_first, INT_MAX));
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const quint64 n = number(index.row());
    if (role == NumberRole)
        return QVariant::fromValue(n);
    if (role == Qt::TextAlignmentRole && (index.column() == QosColumn || index.column() == SizeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row *row = rowData(n);
    if (!row)
        return {};
    if (!row->kept)
        return index.column() == PreviewColumn ? tr("(evicted)") : QString();
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(row->timeMs);
        if (role == Qt::ToolTipRole || time.date() != QDate::currentDate())
            return time.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        return time.toString(u"HH:mm:ss.zzz"_s);
    }
    case QosColumn:
        return QString::number(row->qos);
    case RetainColumn:
        return row->retain ? tr("retained") : QString();
    case SizeColumn:
        return row->truncated ? tr("%1 (cut)").arg(PayloadFormat::dataSize(row->size))
                              : PayloadFormat::dataSize(row->size);
    case PreviewColumn:
        if (role == Qt::ToolTipRole)
            return {};
        return row->preview;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case QosColumn:
        return tr("QoS");
    case RetainColumn:
        return tr("Retain");
    case SizeColumn:
        return tr("Size");
    case PreviewColumn:
        return tr("Payload");
    default:
        return {};
    }
}

qsizetype HistoryModel::cachedRows() const
{
    return m_pages.size() * PageRows;
}

size_t HistoryModel::memoryUsage() const
{
    size_t bytes = sizeof(*this) + m_matches.capacity() * sizeof(quint64);
    for (const Page &page : m_pages) {
        bytes += sizeof(Page) + page.rows.capacity() * sizeof(Row);
        for (const Row &row : page.rows)
            bytes += size_t(row.preview.capacity()) * 2;
    }
    return bytes;
}

// ---- filter

void HistoryModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    m_needle = text.toUtf8();
    for (char &c : m_needle)
        c = lower(c);
    setNode(m_node);
}

bool HistoryModel::isSearching() const
{
    return m_searchTimer->isActive();
}

void HistoryModel::stopSearch()
{
    m_searchTimer->stop();
    m_searchFrom = m_searchCursor = 0;
}

bool HistoryModel::matches(const QByteArray &payload) const
{
    if (m_needle.isEmpty())
        return true;
    const std::boyer_moore_horspool_searcher searcher(m_needle.cbegin(), m_needle.cend(), LowerHash {}, LowerEqual {});
    return std::search(payload.cbegin(), payload.cend(), searcher) != payload.cend();
}

void HistoryModel::searchSlice()
{
    QElapsedTimer slice;
    slice.start();
    std::vector<quint64> found;
    QList<StoredMessage> messages;
    bool cleared = false;
    while (m_searchCursor > m_first && slice.elapsed() < FilterSliceMs) {
        const quint64 from = std::max(m_first, m_searchCursor > SearchChunk ? m_searchCursor - SearchChunk : 0);
        messages.clear();
        quint64 firstRead = from;
        {
            QMutexLocker lock(&m_mutex);
            if (m_store.generation() != m_generation) {
                cleared = true;
                break;
            }
            firstRead = std::max(from, m_store.historyInfo(m_node).firstKept());
            if (firstRead < m_searchCursor)
                m_store.readHistory(m_node, firstRead, int(m_searchCursor - firstRead), messages);
        }
        for (qsizetype i = messages.size() - 1; i >= 0; --i) {
            if (matches(messages[i].payload))
                found.push_back(firstRead + quint64(i));
        }
        m_searchCursor = from;
    }
    if (cleared) {
        setNode(0);
        return;
    }
    if (!found.empty()) {
        const int rows = int(m_matches.size());
        beginInsertRows({}, rows, rows + int(found.size()) - 1);
        m_matches.insert(m_matches.end(), found.begin(), found.end());
        endInsertRows();
    }
    Q_EMIT searchProgress(searched(), toSearch());
    if (m_searchCursor <= m_first) {
        m_searchTimer->stop();
        Q_EMIT searchFinished();
    }
}
