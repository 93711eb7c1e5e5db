// SPDX-License-Identifier: MIT
#include "store/topicstore.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {
// Seeds the level hash with the parent id, so one index maps (parent, level name) to the child.
inline quint32 childHash(NodeId parent, QStringView name)
{
    return quint32(TopicHash::hash(name, quint64(parent) * 0x9e3779b97f4a7c15ULL + 1));
}

// Whether a PUBLISH carries properties. Only these may appear in a PUBLISH (MQTT 5.0 section 3.3.2.3; the codec
// rejects the others), so checking them field by field is enough, and much cheaper on the hot path than comparing
// the whole Properties struct with an empty one.
bool hasProperties(const Mqtt::Properties &p)
{
    return p.payloadFormatIndicator || p.messageExpiryInterval || p.contentType || p.responseTopic || p.correlationData
        || !p.subscriptionIdentifiers.isEmpty() || p.topicAlias || !p.userProperties.isEmpty();
}

constexpr size_t PayloadOverhead = 32; // QArrayData header and allocator rounding of a held payload, estimated
} // namespace

TopicStore::TopicStore()
{
    reset();
}

TopicStore::~TopicStore() = default;

void TopicStore::reset()
{
    static_assert(sizeof(void *) != 8 || sizeof(Node) <= 104, "a node grew: re-measure memory per topic");
    m_chunks.clear();
    m_chunks.push_back(std::make_unique<Node[]>(ChunkSize));
    m_nodeCount = 1; // the root
    Node &root = node(0);
    root.level = m_strings.intern(QStringView());
    m_childLists.clear();
    m_own.clear();
    m_childListBytes = 0;
    m_childIndex.clear();
    m_dirty.clear();
    m_newParents.clear();
    m_truncated = 0;
    m_lastPayloadBytes = 0;
}

void TopicStore::clear()
{
    m_history.clear(); // releases extras of history entries
    m_chunks.clear(); // releases the last payloads
    m_extras.clear();
    m_strings.clear();
    reset();
    m_dirty.shrink_to_fit();
    m_newParents.shrink_to_fit();
    m_resetPending = true;
    ++m_generation;
}

void TopicStore::setHistoryDepth(int messagesPerTopic)
{
    m_historyDepth = std::max(1, messagesPerTopic);
    m_history.setMaximumPerRing(m_historyDepth - 1);
}

void TopicStore::setHistoryBudget(qint64 bytes)
{
    m_history.setBudgetBytes(bytes);
}

void TopicStore::setPayloadLimit(qint64 bytes)
{
    m_payloadLimit = std::max<qint64>(0, bytes);
}

// ---- tree

std::optional<NodeId> TopicStore::findChild(NodeId parent, QStringView name) const
{
    const NodeId id = m_childIndex.find(childHash(parent, name), [&](NodeId candidate) {
        const Node &n = node(candidate);
        return n.parent == parent && m_strings.view(n.level) == name;
    });
    return id ? std::optional<NodeId>(id) : std::nullopt;
}

qsizetype TopicStore::childrenWithPrefix(NodeId parent, QStringView prefix, qsizetype from, qsizetype maxScanned,
    qsizetype maxResults, QList<NodeId> *found, NodeId skip) const
{
    const std::span<const NodeId> kids = children(parent);
    const qsizetype size = qsizetype(kids.size());
    qsizetype row = std::clamp<qsizetype>(from, 0, size);
    const qsizetype end = std::min(size, row + std::max<qsizetype>(maxScanned, 0));
    for (; row < end && found->size() < maxResults; ++row) {
        const NodeId id = kids[size_t(row)];
        if (id != skip && nameView(id).startsWith(prefix))
            found->append(id);
    }
    return row;
}

NodeId TopicStore::childFor(NodeId parent, QStringView name)
{
    const quint32 hash = childHash(parent, name);
    const NodeId id = m_childIndex.find(hash, [&](NodeId candidate) {
        const Node &n = node(candidate);
        return n.parent == parent && m_strings.view(n.level) == name;
    });
    return id ? id : createNode(parent, name, hash);
}

NodeId TopicStore::createNode(NodeId parentId, QStringView name, quint32 hash)
{
    const NodeId id = m_nodeCount;
    if ((id >> ChunkShift) >= m_chunks.size())
        m_chunks.push_back(std::make_unique<Node[]>(ChunkSize));
    ++m_nodeCount;

    Node &n = node(id);
    n.parent = parentId;
    n.level = m_strings.intern(name);
    n.flags = New;
    Node &parent = node(parentId);
    if (!parent.children && (parent.flags & HasMessage)) { // its figures stop being its subtree's
        m_own.push_back(OwnStats { parent.subtreeMessages, parent.subtreeBytes, parent.subtreeRate });
        parent.own = quint32(m_own.size());
    }
    if (!parent.children) {
        m_childLists.emplace_back();
        parent.children = quint32(m_childLists.size());
    }
    std::vector<NodeId> &siblings = m_childLists[parent.children - 1];
    n.row = quint32(siblings.size());
    const size_t capacity = siblings.capacity();
    siblings.push_back(id);
    m_childListBytes += (siblings.capacity() - capacity) * sizeof(NodeId);
    if (!(parent.flags & NewChildren)) {
        parent.flags |= NewChildren;
        m_newParents.push_back(parentId);
    }
    m_childIndex.insert(hash, id);
    return id;
}

std::optional<NodeId> TopicStore::find(QStringView topic) const
{
    NodeId id = root();
    qsizetype start = 0;
    for (;;) {
        const qsizetype slash = topic.indexOf(u'/', start);
        const qsizetype end = slash < 0 ? topic.size() : slash;
        const std::optional<NodeId> next = findChild(id, topic.sliced(start, end - start));
        if (!next)
            return std::nullopt;
        id = *next;
        if (slash < 0)
            return id;
        start = slash + 1;
    }
}

int TopicStore::depth(NodeId id) const
{
    int d = 0;
    for (; id != root(); id = node(id).parent)
        ++d;
    return d;
}

QString TopicStore::topic(NodeId id) const
{
    QVarLengthArray<NodeId, 32> levels; // deepest first
    qsizetype length = -1;
    for (NodeId at = id; at != root(); at = node(at).parent) {
        length += 1 + m_strings.view(node(at).level).size();
        levels.append(at);
    }
    QString result;
    if (levels.isEmpty())
        return result;
    result.reserve(length);
    for (qsizetype i = levels.size() - 1; i >= 0; --i) {
        result.append(m_strings.view(node(levels[i]).level));
        if (i)
            result.append(u'/');
    }
    return result;
}

// ---- ingest

void TopicStore::ingest(const QList<Mqtt::Publish> &batch, qint64 nowMs)
{
    ingest(batch, 0, nowMs, [] { return false; });
}

qsizetype TopicStore::ingest(
    const QList<Mqtt::Publish> &batch, qsizetype from, qint64 nowMs, const std::function<bool()> &shouldStop)
{
    static_assert(StopCheckInterval % PrefetchGroup == 0, "a stop check falls between two groups");
    qsizetype at = std::max<qsizetype>(0, from);
    NodeId ids[PrefetchGroup];
    while (at < batch.size()) {
        const qsizetype group = std::min(PrefetchGroup, batch.size() - at);
        // Nodes are found (and created) in message order, as one message at a time would.
        for (qsizetype i = 0; i < group; ++i)
            ids[i] = nodeFor(batch.at(at + i).topic);
        for (qsizetype i = 0; i < group; ++i)
            prefetchFor(ids[i]);
        for (qsizetype i = 0; i < group; ++i)
            ingestAt(ids[i], batch.at(at + i), nowMs);
        at += group;
        if ((at - from) % StopCheckInterval == 0 && at < batch.size() && shouldStop())
            break;
    }
    return at;
}

NodeId TopicStore::ingest(const Mqtt::Publish &message, qint64 nowMs)
{
    const NodeId id = nodeFor(message.topic);
    ingestAt(id, message, nowMs);
    return id;
}

NodeId TopicStore::nodeFor(QStringView topic)
{
    // Traffic on known topics also moves a growing index along, so that its old table goes soon.
    m_childIndex.step();
    m_strings.step();

    // Walk down the levels, creating what is missing.
    NodeId id = root();
    qsizetype start = 0;
    for (;;) {
        const qsizetype slash = topic.indexOf(u'/', start);
        const qsizetype end = slash < 0 ? topic.size() : slash;
        id = childFor(id, topic.sliced(start, end - start));
        if (slash < 0)
            break;
        start = slash + 1;
    }
    return id;
}

void TopicStore::prefetchFor(NodeId id) const
{
    const Node &n = node(id);
    if (n.ring && m_historyDepth > 1)
        m_history.prefetch(n.ring);
    // The last payload is released (its reference count) when the new one takes its place. (Qt 6.4 has no const
    // data_ptr(); reading the pointer changes nothing.)
    if (const QArrayData *d = const_cast<QByteArray &>(n.payload).data_ptr().d_ptr())
        __builtin_prefetch(d, 1);
}

void TopicStore::ingestAt(NodeId id, const Mqtt::Publish &message, qint64 nowMs)
{
    const quint64 size = quint64(message.payload.size());
    const quint32 second = RateWindow::secondOf(nowMs);
    Node &n = node(id);
    if (n.children) {
        if (!n.own) {
            m_own.emplace_back();
            n.own = quint32(m_own.size());
        }
        OwnStats &own = m_own[n.own - 1];
        ++own.messages;
        own.bytes += size;
        own.rate.add(second, size);
    }
    const bool first = !(n.flags & HasMessage);
    n.flags |= HasMessage;

    // Count the message in the subtree of the topic and of every ancestor.
    for (NodeId at = id;; at = node(at).parent) {
        Node &a = node(at);
        ++a.subtreeMessages;
        a.subtreeBytes += size;
        a.subtreeRate.add(second, size);
        a.subtreeTopics += first;
        markDirty(a, at);
        if (at == root())
            break;
    }
    storeMessage(n, message, nowMs, first);
}

void TopicStore::storeMessage(Node &n, const Mqtt::Publish &message, qint64 nowMs, bool first)
{
    std::shared_ptr<const Mqtt::Properties> previousProperties;
    if (n.extra)
        previousProperties = m_extras.at(n.extra).properties;

    // The last message moves into the history (copied compactly), or is dropped when no history is kept.
    if (!first) {
        if (m_historyDepth > 1) {
            if (!n.ring)
                n.ring = m_history.createRing();
            TopicHistory::Entry entry;
            entry.timeMs = n.timeMs;
            entry.qos = quint8(n.flags & QosMask);
            entry.retain = n.flags & LastRetain;
            entry.truncated = n.flags & Truncated;
            entry.extra = n.extra; // the history takes the reference over
            m_history.push(n.ring, entry, n.payload);
        } else if (n.extra) {
            m_extras.release(n.extra);
        }
        n.extra = 0;
        m_lastPayloadBytes -= quint64(n.payload.size());
    }

    const qint64 size = message.payload.size();
    const bool truncated = size > m_payloadLimit;
    if (truncated) {
        n.payload = message.payload.first(m_payloadLimit);
        ++m_truncated;
    } else {
        n.payload = message.payload;
    }
    m_lastPayloadBytes += quint64(n.payload.size());
    n.timeMs = nowMs;

    quint16 flags = quint16(n.flags & ~(QosMask | LastRetain | Truncated));
    flags |= quint16(message.qos & QosMask);
    if (message.retain) {
        flags |= LastRetain;
        if (message.payload.isEmpty())
            flags &= ~Retained;
        else
            flags |= Retained;
    } else if (!m_retainFlagsAsPublished && message.payload.isEmpty()) {
        flags &= ~Retained; // how a deletion arrives under 3.1.1 (see isRetained())
    }
    if (truncated)
        flags |= Truncated;
    n.flags = flags;

    const bool properties = hasProperties(message.properties);
    if (truncated || properties) {
        MessageExtra extra;
        extra.originalSize = size;
        if (properties) {
            if (previousProperties && *previousProperties == message.properties)
                extra.properties = std::move(previousProperties); // a stream repeating its properties shares them
            else
                extra.properties = std::make_shared<const Mqtt::Properties>(message.properties);
        }
        n.extra = m_extras.add(std::move(extra));
    }
}

// ---- reading

StoredMessage TopicStore::lastMessage(NodeId id) const
{
    const Node &n = node(id);
    StoredMessage m;
    if (!(n.flags & HasMessage))
        return m;
    m.payload = n.payload;
    m.timeMs = n.timeMs;
    m.qos = quint8(n.flags & QosMask);
    m.retain = n.flags & LastRetain;
    m.truncated = n.flags & Truncated;
    m.originalSize = n.payload.size();
    if (n.extra) {
        const MessageExtra &extra = m_extras.at(n.extra);
        m.properties = extra.properties;
        if (m.truncated)
            m.originalSize = extra.originalSize;
    }
    return m;
}

NodeStats TopicStore::stats(NodeId id, qint64 nowMs) const
{
    const Node &n = node(id);
    const OwnStats own = ownStats(n);
    NodeStats s;
    s.messages = own.messages;
    s.bytes = own.bytes;
    s.messagesPerSecond = own.rate.messagesPerSecond(nowMs);
    s.bytesPerSecond = own.rate.bytesPerSecond(nowMs);
    s.subtreeTopics = n.subtreeTopics;
    s.subtreeMessages = n.subtreeMessages;
    s.subtreeBytes = n.subtreeBytes;
    s.subtreeMessagesPerSecond = n.subtreeRate.messagesPerSecond(nowMs);
    s.subtreeBytesPerSecond = n.subtreeRate.bytesPerSecond(nowMs);
    return s;
}

QList<StoredMessage> TopicStore::history(NodeId id) const
{
    QList<StoredMessage> result;
    const Node &n = node(id);
    if (!(n.flags & HasMessage))
        return result;
    m_history.read(n.ring, result);
    result.append(lastMessage(id));
    return result;
}

int TopicStore::historyCount(NodeId id) const
{
    const Node &n = node(id);
    return (n.flags & HasMessage) ? m_history.count(n.ring) + 1 : 0;
}

HistoryInfo TopicStore::historyInfo(NodeId id) const
{
    const Node &n = node(id);
    HistoryInfo info;
    if (!(n.flags & HasMessage))
        return info;
    info.received = ownStats(n).messages;
    info.kept = quint64(m_history.count(n.ring)) + 1;
    info.evicted = m_history.evictedCount(n.ring);
    return info;
}

int TopicStore::readHistory(NodeId id, quint64 first, int count, QList<StoredMessage> &out) const
{
    const HistoryInfo info = historyInfo(id);
    if (count <= 0 || info.kept == 0 || first >= info.received)
        return 0;
    const quint64 from = std::max(first, info.firstKept()) - info.firstKept(); // position among the kept
    const quint64 inRing = info.kept - 1;
    int read = 0;
    if (from < inRing)
        read = m_history.read(node(id).ring, int(from), count, out);
    if (read < count && from + quint64(read) == inRing) {
        out.append(lastMessage(id));
        ++read;
    }
    return read;
}

size_t TopicStore::memoryUsage() const
{
    const size_t topics = node(0).subtreeTopics;
    return m_chunks.size() * (ChunkSize * sizeof(Node)) + m_chunks.capacity() * sizeof(void *)
        + m_childLists.memoryUsage() + m_childListBytes + m_own.memoryUsage() + m_childIndex.memoryUsage()
        + m_strings.memoryUsage() + m_extras.memoryUsage() + m_history.memoryUsage()
        + (m_dirty.capacity() + m_newParents.capacity()) * sizeof(NodeId) + m_lastPayloadBytes
        + topics * PayloadOverhead;
}

// ---- change tracking

ChangeSet TopicStore::takeChanges()
{
    ChangeSet changes;
    changes.reset = m_resetPending;
    m_resetPending = false;

    changes.changed.reserve(qsizetype(m_dirty.size()));
    for (NodeId id : m_dirty) {
        Node &n = node(id);
        n.flags &= ~Dirty;
        if (!(n.flags & New))
            changes.changed.append(id);
    }
    m_dirty.clear();
    if (m_dirty.capacity() > 65536)
        m_dirty.shrink_to_fit(); // a burst of new topics does not pin its peak
    std::sort(changes.changed.begin(), changes.changed.end());

    // New children are always the trailing ones of their parent's list.
    std::sort(m_newParents.begin(), m_newParents.end());
    changes.inserted.reserve(qsizetype(m_newParents.size()));
    for (NodeId parentId : m_newParents) {
        Node &parent = node(parentId);
        parent.flags &= ~NewChildren;
        const std::vector<NodeId> &siblings = m_childLists[parent.children - 1];
        int first = int(siblings.size());
        while (first > 0 && (node(siblings[size_t(first - 1)]).flags & New))
            --first;
        changes.inserted.append({ parentId, first, int(siblings.size()) - 1 });
    }
    for (NodeId parentId : m_newParents) {
        const std::vector<NodeId> &siblings = m_childLists[node(parentId).children - 1];
        for (auto it = siblings.rbegin(); it != siblings.rend() && (node(*it).flags & New); ++it)
            node(*it).flags &= ~New;
    }
    m_newParents.clear();
    if (m_newParents.capacity() > 65536)
        m_newParents.shrink_to_fit();
    return changes;
}

// ---- flood ranking and retained topics

QList<RankedTopic> TopicStore::topTopics(NodeId subtree, int count, RankBy by, qint64 nowMs) const
{
    struct Candidate {
        double rate;
        NodeId id;
    };
    std::vector<Candidate> candidates;
    auto consider = [&](NodeId id) {
        const Node &n = node(id);
        if (!(n.flags & HasMessage))
            return;
        const RateWindow &window = n.own ? m_own[n.own - 1].rate : n.subtreeRate;
        const double rate
            = by == RankBy::MessagesPerSecond ? window.messagesPerSecond(nowMs) : window.bytesPerSecond(nowMs);
        if (rate > 0)
            candidates.push_back({ rate, id });
    };
    if (subtree == root()) {
        for (NodeId id = 1; id < m_nodeCount; ++id) // every node is in the root's subtree
            consider(id);
    } else {
        std::vector<NodeId> stack { subtree };
        while (!stack.empty()) {
            const NodeId id = stack.back();
            stack.pop_back();
            consider(id);
            const std::span<const NodeId> kids = children(id);
            stack.insert(stack.end(), kids.begin(), kids.end());
        }
    }
    const auto higher
        = [](const Candidate &a, const Candidate &b) { return a.rate != b.rate ? a.rate > b.rate : a.id < b.id; };
    const size_t keep = std::min(candidates.size(), size_t(std::max(0, count)));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(keep), candidates.end(), higher);

    QList<RankedTopic> result;
    result.reserve(qsizetype(keep));
    for (size_t i = 0; i < keep; ++i) {
        const NodeId id = candidates[i].id;
        const RateWindow rate = ownStats(node(id)).rate;
        result.append({ id, topic(id), rate.messagesPerSecond(nowMs), rate.bytesPerSecond(nowMs) });
    }
    return result;
}

QStringList TopicStore::retainedTopics(NodeId subtree) const
{
    QStringList result;
    if (node(subtree).subtreeTopics == 0)
        return result;
    // Depth-first in row order, with the path kept in one buffer.
    struct Frame {
        NodeId id;
        qsizetype pathLength; // of the parent's path
    };
    QString path = subtree == root() ? QString() : topic(subtree);
    std::vector<Frame> stack;
    auto pushChildren = [&](NodeId id) {
        const std::span<const NodeId> kids = children(id);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.push_back({ *it, path.size() });
    };
    if (isRetained(subtree))
        result.append(path);
    pushChildren(subtree);
    while (!stack.empty()) {
        const Frame frame = stack.back();
        stack.pop_back();
        path.truncate(frame.pathLength);
        if (node(frame.id).parent != root())
            path.append(u'/');
        path.append(nameView(frame.id));
        if (isRetained(frame.id))
            result.append(path);
        pushChildren(frame.id);
    }
    return result;
}
