// SPDX-License-Identifier: MIT
#pragma once

// Which topic floods the broker: the busiest topics, or subtrees at a depth, by messages or bytes per second over
// the last second, the last 10 s or the last 60 s, optionally inside one subtree.
//
// Pure: no clock, no thread. The last second is the store's own rate window (TopicStore::stats). The longer windows
// come from the store's running counts, sampled about once a second (sample(), under the store's lock): the
// differences between samples are kept per second, sparsely (only nodes that received something), and summed per
// node as they enter and leave each window, so ranking costs one pass over the nodes and nothing is added to the
// ingest path. Memory: 65 bytes per node plus the differences of the last 60 seconds.
//
// Both passes run under the store's lock in the GUI thread, once a second while Top topics is open, so they read
// as little as they can: sample() only the counts (TopicStore::counts(), no rates), rank() only its own sums and
// depths for the sampled windows, keeping the best `count` in a small heap instead of sorting every candidate
// (canopy-bench-store ranking: a million topics).

#include "store/topicstore.h"

#include <QList>
#include <QString>

#include <deque>
#include <vector>

struct FloodQuery {
    NodeId subtree = TopicStore::root(); // only nodes inside this subtree (itself included)
    int depth = 0; // 0: topics (what each topic received itself); N >= 1: subtrees whose root is at depth N
    int windowSeconds = 10; // 1 (the store's rate window), 10 or 60 (sampled); other values round up to these
    RankBy by = RankBy::MessagesPerSecond;
    int count = 20;
};

struct FloodEntry {
    NodeId node = 0;
    QString topic; // the topic, or the subtree's root topic
    double messagesPerSecond = 0;
    double bytesPerSecond = 0;
    quint64 messages = 0; // received in the window
    quint64 bytes = 0;
    bool operator==(const FloodEntry &) const = default;
};

class FloodRanking {
public:
    static constexpr int LongestWindowSeconds = 60;
    // Nodes a sampleSome() slice reads: about 2-3 ms under the lock on the machines we measured.
    static constexpr size_t SliceNodes = 100'000;

    // Records the store's counts at nowMs. At most one sample per second of time counts; calling more often is
    // harmless. A store that was cleared (fewer nodes or messages than before) starts the ranking over.
    void sample(const TopicStore &store, qint64 nowMs);
    // The same in slices: reads at most maxNodes nodes and returns true once the sample of nowMs is complete.
    // Call it again (taking the store's lock again: the store may change in between) with the same nowMs until it
    // does; rank() reads a sample only once it is complete. A store cleared in between starts the sample over.
    bool sampleSome(const TopicStore &store, qint64 nowMs, size_t maxNodes);
    bool isSampling() const { return m_sampling; }
    // The ranking at nowMs, highest first (ties: the older node first); nodes without traffic in the window are left
    // out. Read the store under the same lock as sample().
    QList<FloodEntry> rank(const TopicStore &store, const FloodQuery &query, qint64 nowMs) const;
    void clear();
    // Seconds of history the ranking has, up to LongestWindowSeconds (a window longer than this is averaged over it).
    double coveredSeconds() const;
    qsizetype sampleCount() const { return qsizetype(m_seconds.size()); }

private:
    struct Counts {
        quint64 ownMessages = 0;
        quint64 ownBytes = 0;
        quint64 subtreeMessages = 0;
        quint64 subtreeBytes = 0;
    };
    struct Delta {
        NodeId node = 0;
        Counts counts;
    };
    struct Second {
        qint64 ms = 0; // when the sample was taken
        std::vector<Delta> deltas;
        bool inShortWindow = true; // still counted in m_sum10
    };
    static void add(Counts &sum, const Counts &delta);
    static void subtract(Counts &sum, const Counts &delta);
    void expire(qint64 nowMs);
    bool inSubtree(const TopicStore &store, NodeId node, NodeId subtree) const;

    std::vector<Counts> m_previous; // per node: its counts at the last sample
    std::vector<quint8> m_depth; // per node: its depth (saturated at 255), kept so that rank() needs no walk up
    NodeId m_depthKnown = 0; // m_depth is set below this id
    std::vector<Counts> m_sum10; // per node: differences of the samples of the last 10 s
    std::vector<Counts> m_sum60; // and of the last 60 s
    std::deque<Second> m_seconds; // newest last
    qint64 m_lastSecond = -1; // of the last sample
    bool m_sampling = false; // a sample in slices is under way
    bool m_samplingFirst = false; // it is the baseline
    NodeId m_cursor = 0; // the next node it reads
    Second m_pending; // its differences so far
    qint64 m_firstSampleMs = -1;
    quint64 m_previousTotal = 0;
};
