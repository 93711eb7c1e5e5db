// SPDX-License-Identifier: MIT
#include "insight/floodranking.h"

#include <algorithm>

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
    m_sum10.clear();
    m_sum60.clear();
    m_seconds.clear();
    m_lastSecond = -1;
    m_firstSampleMs = -1;
    m_previousTotal = 0;
}

void FloodRanking::sample(const TopicStore &store, qint64 nowMs)
{
    const qint64 second = nowMs / 1000;
    if (second <= m_lastSecond)
        return;
    const size_t nodes = size_t(store.nodeCount());
    if (nodes < m_previous.size() || store.totalMessages() < m_previousTotal)
        clear(); // the store was cleared: its node ids start again
    const bool first = m_firstSampleMs < 0;
    m_previous.resize(nodes);
    m_sum10.resize(nodes);
    m_sum60.resize(nodes);

    Second entry;
    entry.ms = nowMs;
    for (NodeId id = 0; id < NodeId(nodes); ++id) {
        const NodeStats stats = store.stats(id, nowMs);
        const Counts now { stats.messages, stats.bytes, stats.subtreeMessages, stats.subtreeBytes };
        Counts &previous = m_previous[id];
        if (now.subtreeMessages == previous.subtreeMessages && now.ownMessages == previous.ownMessages)
            continue;
        // The first sample only sets the baseline: what came before it has no time span to be a rate over.
        if (!first) {
            Counts delta = now;
            subtract(delta, previous);
            entry.deltas.push_back({ id, delta });
            add(m_sum10[id], delta);
            add(m_sum60[id], delta);
        }
        previous = now;
    }
    if (first)
        m_firstSampleMs = nowMs;
    else
        m_seconds.push_back(std::move(entry));
    m_lastSecond = second;
    m_previousTotal = store.totalMessages();
    expire(nowMs);
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
    const NodeId nodes = NodeId(store.nodeCount());
    std::vector<FloodEntry> candidates;
    const int window = query.windowSeconds <= 1 ? 1 : (query.windowSeconds <= ShortWindowSeconds ? 10 : 60);
    // The sampled windows average over the time they cover (at least a second), so that the ranking reads as
    // rates from the first seconds on.
    const double span = std::max(1.0, std::min(double(window), coveredSeconds()));
    for (NodeId id = 1; id < nodes; ++id) {
        if (topics ? !store.hasMessage(id) : store.depth(id) != query.depth)
            continue;
        FloodEntry entry;
        if (window == 1) {
            const NodeStats stats = store.stats(id, nowMs);
            entry.messagesPerSecond = topics ? stats.messagesPerSecond : stats.subtreeMessagesPerSecond;
            entry.bytesPerSecond = topics ? stats.bytesPerSecond : stats.subtreeBytesPerSecond;
            entry.messages = quint64(entry.messagesPerSecond + 0.5);
            entry.bytes = quint64(entry.bytesPerSecond + 0.5);
        } else {
            if (size_t(id) >= m_sum10.size())
                continue; // created after the last sample: nothing in the window yet
            const Counts &sum = window == 10 ? m_sum10[id] : m_sum60[id];
            entry.messages = topics ? sum.ownMessages : sum.subtreeMessages;
            entry.bytes = topics ? sum.ownBytes : sum.subtreeBytes;
            entry.messagesPerSecond = double(entry.messages) / span;
            entry.bytesPerSecond = double(entry.bytes) / span;
        }
        if (entry.messagesPerSecond <= 0 && entry.bytesPerSecond <= 0)
            continue;
        if (!inSubtree(store, id, query.subtree))
            continue;
        entry.node = id;
        candidates.push_back(std::move(entry));
    }
    const bool byBytes = query.by == RankBy::BytesPerSecond;
    const auto higher = [byBytes](const FloodEntry &a, const FloodEntry &b) {
        const double ra = byBytes ? a.bytesPerSecond : a.messagesPerSecond;
        const double rb = byBytes ? b.bytesPerSecond : b.messagesPerSecond;
        return ra != rb ? ra > rb : a.node < b.node;
    };
    const size_t keep = std::min(candidates.size(), size_t(std::max(0, query.count)));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(keep), candidates.end(), higher);
    QList<FloodEntry> result;
    result.reserve(qsizetype(keep));
    for (size_t i = 0; i < keep; ++i) {
        candidates[i].topic = store.topic(candidates[i].node);
        result.append(std::move(candidates[i]));
    }
    return result;
}
