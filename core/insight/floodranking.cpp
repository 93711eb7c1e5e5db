// SPDX-License-Identifier: MIT
#include "insight/floodranking.h"

#include <algorithm>
#include <limits>

namespace {
constexpr int ShortWindowSeconds = 10;
} // namespace

void FloodRanking::add(Counts &sum, const Counts &delta)
{
    sum.ownMessages += delta.ownMessages;
    sum.ownBytes += delta.ownBytes;
    sum.subtreeMessages += delta.subtreeMessages;
    sum.subtreeBytes += delta.subtreeBytes;
}

void FloodRanking::subtract(Counts &sum, const Counts &delta)
{
    sum.ownMessages -= delta.ownMessages;
    sum.ownBytes -= delta.ownBytes;
    sum.subtreeMessages -= delta.subtreeMessages;
    sum.subtreeBytes -= delta.subtreeBytes;
}

void FloodRanking::clear()
{
    m_previous.clear();
    m_depth.clear();
    m_depthKnown = 0;
    m_sum10.clear();
    m_sum60.clear();
    m_seconds.clear();
    m_lastSecond = -1;
    m_firstSampleMs = -1;
    m_previousTotal = 0;
    m_sampling = false;
    m_pending = Second {};
}

void FloodRanking::sample(const TopicStore &store, qint64 nowMs)
{
    while (!sampleSome(store, nowMs, std::numeric_limits<size_t>::max())) { }
}

bool FloodRanking::sampleSome(const TopicStore &store, qint64 nowMs, size_t maxNodes)
{
    const size_t nodes = size_t(store.nodeCount());
    if (nodes < m_previous.size() || store.totalMessages() < m_previousTotal) {
        clear(); // the store was cleared: its node ids start again (and a sample under way with them)
        m_sampling = false;
    }
    if (!m_sampling) {
        if (nowMs / 1000 <= m_lastSecond)
            return true; // at most one sample per second of time
        m_sampling = true;
        m_samplingFirst = m_firstSampleMs < 0;
        m_cursor = 0;
        m_pending = Second {};
        m_pending.ms = nowMs;
    }
    const NodeId end = NodeId(std::min<size_t>(nodes, size_t(m_cursor) + std::min(maxNodes, nodes)));
    // Reserved whole (cheap: the pages come when touched), grown a slice at a time: zeroing the per-node tables of
    // a million topics at once took the first slice 40 ms.
    const size_t size = std::max(m_previous.size(), size_t(end));
    for (auto *table : { &m_previous, &m_sum10, &m_sum60 }) {
        table->reserve(nodes);
        table->resize(size);
    }
    m_depth.reserve(nodes);
    m_depth.resize(size);

    for (NodeId id = m_cursor; id < end; ++id) {
        // A node never moves: its depth is its parent's plus one, and a parent is created (numbered) before its
        // children, so it was set in this slice or an earlier one. Read with the counts: the same node, in cache.
        if (id >= m_depthKnown)
            m_depth[id] = id == TopicStore::root() ? 0 : quint8(std::min(255, m_depth[store.parent(id)] + 1));
        const TopicStore::Counts counts = store.counts(id);
        const Counts now { counts.messages, counts.bytes, counts.subtreeMessages, counts.subtreeBytes };
        Counts &previous = m_previous[id];
        if (now.subtreeMessages == previous.subtreeMessages && now.ownMessages == previous.ownMessages)
            continue;
        // The first sample only sets the baseline: what came before it has no time span to be a rate over.
        if (!m_samplingFirst) {
            Counts delta = now;
            subtract(delta, previous);
            m_pending.deltas.push_back({ id, delta });
            add(m_sum10[id], delta);
            add(m_sum60[id], delta);
        }
        previous = now;
    }
    m_cursor = end;
    m_depthKnown = std::max(m_depthKnown, end);
    if (size_t(m_cursor) < nodes)
        return false;

    m_sampling = false;
    const qint64 sampledMs = m_pending.ms;
    if (m_samplingFirst)
        m_firstSampleMs = sampledMs;
    else
        m_seconds.push_back(std::move(m_pending));
    m_pending = Second {};
    m_lastSecond = sampledMs / 1000;
    m_previousTotal = store.totalMessages();
    expire(sampledMs);
    return true;
}

void FloodRanking::expire(qint64 nowMs)
{
    // A sample covers the time since the one before it: it leaves a window once that whole span is older than it.
    for (Second &second : m_seconds) {
        if (!second.inShortWindow)
            continue;
        if (second.ms > nowMs - ShortWindowSeconds * 1000)
            break;
        for (const Delta &delta : second.deltas)
            subtract(m_sum10[delta.node], delta.counts);
        second.inShortWindow = false;
    }
    while (!m_seconds.empty() && m_seconds.front().ms <= nowMs - LongestWindowSeconds * 1000) {
        for (const Delta &delta : m_seconds.front().deltas)
            subtract(m_sum60[delta.node], delta.counts);
        m_seconds.pop_front();
    }
}

double FloodRanking::coveredSeconds() const
{
    if (m_firstSampleMs < 0 || m_seconds.empty())
        return 0;
    return std::clamp(double(m_seconds.back().ms - m_firstSampleMs) / 1000.0, 0.0, double(LongestWindowSeconds));
}

bool FloodRanking::inSubtree(const TopicStore &store, NodeId node, NodeId subtree) const
{
    if (subtree == TopicStore::root())
        return true;
    for (NodeId id = node; id != TopicStore::root(); id = store.parent(id)) {
        if (id == subtree)
            return true;
    }
    return false;
}

QList<FloodEntry> FloodRanking::rank(const TopicStore &store, const FloodQuery &query, qint64 nowMs) const
{
    const bool topics = query.depth <= 0;
    const bool byBytes = query.by == RankBy::BytesPerSecond;
    const NodeId nodes = NodeId(store.nodeCount());
    const int window = query.windowSeconds <= 1 ? 1 : (query.windowSeconds <= ShortWindowSeconds ? 10 : 60);
    // The sampled windows average over the time they cover (at least a second), so that the ranking reads as
    // rates from the first seconds on.
    const double span = std::max(1.0, std::min(double(window), coveredSeconds()));
    const size_t keep = size_t(std::max(0, query.count));
    if (keep == 0)
        return {};

    // The best `keep` so far in a heap whose front is the weakest of them: most nodes are turned away by one
    // comparison with it. Higher first; between equals, the older node (the smaller id).
    struct Candidate {
        double key = 0;
        NodeId node = 0;
        FloodEntry entry;
    };
    const auto better
        = [](const Candidate &a, const Candidate &b) { return a.key != b.key ? a.key > b.key : a.node < b.node; };
    std::vector<Candidate> best;
    best.reserve(keep);
    const auto offer = [&](Candidate &&candidate) {
        if (best.size() < keep) {
            best.push_back(std::move(candidate));
            std::push_heap(best.begin(), best.end(), better);
        } else if (better(candidate, best.front())) {
            std::pop_heap(best.begin(), best.end(), better);
            best.back() = std::move(candidate);
            std::push_heap(best.begin(), best.end(), better);
        }
    };

    const std::vector<Counts> &sums = window == 10 ? m_sum10 : m_sum60;
    for (NodeId id = 1; id < nodes; ++id) {
        FloodEntry entry;
        if (window == 1) {
            // The depths the samples cached (below 255, where they are exact); a walk up only for newer nodes.
            const int depth = !topics && id < m_depthKnown && m_depth[id] < 255 ? m_depth[id] : -1;
            if (topics ? !store.hasMessage(id) : (depth >= 0 ? depth : store.depth(id)) != query.depth)
                continue;
            const NodeStats stats = store.stats(id, nowMs);
            entry.messagesPerSecond = topics ? stats.messagesPerSecond : stats.subtreeMessagesPerSecond;
            entry.bytesPerSecond = topics ? stats.bytesPerSecond : stats.subtreeBytesPerSecond;
            entry.messages = quint64(entry.messagesPerSecond + 0.5);
            entry.bytes = quint64(entry.bytesPerSecond + 0.5);
        } else {
            if (size_t(id) >= sums.size())
                break; // created after the last sample (and so are all after it): nothing in the window yet
            // Only a topic has messages of its own, so the topics' ranking needs no look at the store.
            if (!topics && m_depth[id] != query.depth)
                continue;
            const Counts &sum = sums[id];
            entry.messages = topics ? sum.ownMessages : sum.subtreeMessages;
            entry.bytes = topics ? sum.ownBytes : sum.subtreeBytes;
            if (entry.messages == 0 && entry.bytes == 0)
                continue;
            entry.messagesPerSecond = double(entry.messages) / span;
            entry.bytesPerSecond = double(entry.bytes) / span;
        }
        if (entry.messagesPerSecond <= 0 && entry.bytesPerSecond <= 0)
            continue;
        const double key = byBytes ? entry.bytesPerSecond : entry.messagesPerSecond;
        if (best.size() == keep && !better(Candidate { key, id, {} }, best.front()))
            continue; // before the walk up for the subtree
        if (!inSubtree(store, id, query.subtree))
            continue;
        entry.node = id;
        offer(Candidate { key, id, std::move(entry) });
    }
    std::sort_heap(best.begin(), best.end(), better);
    QList<FloodEntry> result;
    result.reserve(qsizetype(best.size()));
    for (Candidate &candidate : best) {
        candidate.entry.topic = store.topic(candidate.node);
        result.append(std::move(candidate.entry));
    }
    return result;
}
