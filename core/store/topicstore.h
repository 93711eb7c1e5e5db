// SPDX-License-Identifier: MIT
#pragma once

// The topic tree of everything received: one node per topic level, the last message and statistics of every topic
// and subtree, a bounded history of recent messages, change tracking for a GUI model, flood ranking and filtering.
//
// Pure and single-threaded: messages come in batches with their receive time (no clock, timer or thread inside).
// Built to ingest at a broker's full rate on one core and to stay small: level strings are interned, nodes live in
// fixed-size chunks, last payloads share the received QByteArray, and history entries are packed into per-topic
// byte rings under a global budget (see TopicHistory). Read accessors are const and cheap; a GUI reads the store
// under a lock held by the thread that ingests. So that no single ingest() holds that lock for long, nothing here
// grows in one go: tables of nodes and topics grow in chunks (ChunkedVector) and the hash indexes in steps
// (HashIndex). The one exception is a parent's list of children, a contiguous array that doubles (copying 4 bytes
// per child: about a millisecond for a parent of a million).

#include "codec/mqttpacket.h"
#include "store/chunkedvector.h"
#include "store/hashindex.h"
#include "store/ratewindow.h"
#include "store/topichistory.h"
#include "store/topicmessage.h"
#include "store/topicstringpool.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

enum class RankBy : quint8 {
    MessagesPerSecond,
    BytesPerSecond,
};

struct RankedTopic {
    NodeId node = 0;
    QString topic;
    double messagesPerSecond = 0;
    double bytesPerSecond = 0;
};

// A topic's history by message number: every message received on the topic since the last clear has one, from 0 on,
// so a view can name a message that later messages push along or evict. The kept messages are the newest ones:
// numbers firstKept() .. received - 1, the last message included.
struct HistoryInfo {
    quint64 received = 0;
    quint64 kept = 0;
    quint64 evicted = 0; // older messages dropped to keep all history within the budget
    quint64 firstKept() const { return received - kept; }
    quint64 notKept() const { return received - kept; } // evicted, or over the per-topic depth
    quint64 overDepth() const { return notKept() - std::min(notKept(), evicted); }
};

struct NodeStats {
    quint64 messages = 0; // received on this very topic
    quint64 bytes = 0; // payload bytes as received (before any truncation)
    double messagesPerSecond = 0;
    double bytesPerSecond = 0;
    quint32 subtreeTopics = 0; // nodes with at least one message, this one included
    quint64 subtreeMessages = 0;
    quint64 subtreeBytes = 0;
    double subtreeMessagesPerSecond = 0;
    double subtreeBytesPerSecond = 0;
};

// What changed since the last takeChanges().
struct ChangeSet {
    // New children of parent at rows first..last. Children are only ever appended, so this is the end of the list.
    struct InsertedRows {
        NodeId parent = 0;
        int first = 0;
        int last = 0;
        bool operator==(const InsertedRows &) const = default;
    };
    // The store was cleared: forget everything read before. The lists below then describe only what came after.
    bool reset = false;
    // Ascending by parent id, so a range inside a new node comes after the range that inserts the node itself.
    // Ranges inside new nodes are listed too: a model that reads a node's child count from the store when the node
    // is inserted has seen those children already and skips ranges whose parent it inserted in this same set.
    QList<InsertedRows> inserted;
    // Ascending, each once: nodes that existed before this change set whose values or subtree figures changed.
    QList<NodeId> changed;

    bool isEmpty() const { return !reset && inserted.isEmpty() && changed.isEmpty(); }
};

class TopicStore {
public:
    TopicStore();
    ~TopicStore();
    TopicStore(const TopicStore &) = delete;
    TopicStore &operator=(const TopicStore &) = delete;

    // Configuration
    // Messages kept per topic, the last one included (default 100; 1 keeps only the last message).
    void setHistoryDepth(int messagesPerTopic);
    int historyDepth() const { return m_historyDepth; }
    // Bytes all history may take, payload plus per-entry overhead (default 256 MiB); the oldest go first.
    void setHistoryBudget(qint64 bytes);
    qint64 historyBudget() const { return m_history.budgetBytes(); }
    // Payloads longer than this are stored cut to it and flagged truncated with their original size (default 1 MiB).
    void setPayloadLimit(qint64 bytes);
    qint64 payloadLimit() const { return m_payloadLimit; }
    // Whether retain flags arrive as their publishers set them (the default), which decides what deletes a retained
    // mark; see isRetained(). True for MQTT 5 subscriptions with Retain As Published; false under MQTT 3.1.1 (and
    // MQTT 5 without it), where the broker clears the flag on every message it forwards live [MQTT-3.3.1-9] and
    // sets it only on the retained messages a new subscription receives.
    void setRetainFlagsAsPublished(bool asPublished) { m_retainFlagsAsPublished = asPublished; }
    bool retainFlagsAsPublished() const { return m_retainFlagsAsPublished; }

    // Ingest. Returns the node of the message's topic. The topic is split on '/'; every level, empty ones too, is a
    // node (an empty topic, which the session never passes on, would be one empty level).
    NodeId ingest(const Mqtt::Publish &message, qint64 nowMs);
    void ingest(const QList<Mqtt::Publish> &batch, qint64 nowMs);
    // Ingests batch[from], batch[from + 1], ... in order, asking shouldStop() after every StopCheckInterval messages
    // (never after the last one) whether to stop there. Returns the index after the last message ingested:
    // batch.size() when all are in. For a caller that holds a lock and must let go of it now and then.
    qsizetype ingest(
        const QList<Mqtt::Publish> &batch, qsizetype from, qint64 nowMs, const std::function<bool()> &shouldStop);
    static constexpr qsizetype StopCheckInterval = 64;
    // A batch goes in groups of this many messages: first their nodes are found and what ingesting them touches
    // is fetched into the cache, all at once, then they are ingested. A topic's history ring was last touched a
    // thousand topics ago; fetched one message at a time, its bytes were a third of the ingest's time.
    static constexpr qsizetype PrefetchGroup = 8;
    // Forgets everything; ids start again from 1. The next change set says reset.
    void clear();
    // Counts the clear() calls: a reader that lets go of the lock between reads (an export, a history view) sees
    // whether the node ids it holds still mean the same topics.
    quint64 generation() const { return m_generation; }

    // Tree
    static constexpr NodeId root() { return 0; }
    qsizetype nodeCount() const { return qsizetype(m_nodeCount); } // the root included
    NodeId parent(NodeId id) const { return node(id).parent; }
    int childCount(NodeId id) const { return int(children(id).size()); }
    NodeId child(NodeId id, int row) const { return children(id)[size_t(row)]; }
    std::span<const NodeId> children(NodeId id) const
    {
        const quint32 list = node(id).children;
        return list ? std::span<const NodeId>(m_childLists[list - 1]) : std::span<const NodeId>();
    }
    int row(NodeId id) const { return int(node(id).row); }
    QStringView nameView(NodeId id) const { return m_strings.view(node(id).level); } // valid until clear()
    QString name(NodeId id) const { return nameView(id).toString(); }
    QString topic(NodeId id) const; // the full topic name; empty for the root
    int depth(NodeId id) const; // 0 for the root
    std::optional<NodeId> find(QStringView topic) const;
    std::optional<NodeId> findChild(NodeId parent, QStringView name) const;
    // Completion, in slices: looks at the children of parent from row `from` on, at most maxScanned of them, and
    // appends to *found those whose level name begins with prefix (case-sensitive, as topics are; except the node
    // `skip`) until *found holds maxResults. Returns the row to go on from: childCount(parent) when every child has
    // been looked at. A caller holding a lock scans a parent of a million children a slice at a time, unlocking in
    // between; it never builds a list of all topics. (findChild() finds a whole level name at once.)
    qsizetype childrenWithPrefix(NodeId parent, QStringView prefix, qsizetype from, qsizetype maxScanned,
        qsizetype maxResults, QList<NodeId> *found, NodeId skip = 0) const;

    // The last message and figures of a node
    bool hasMessage(NodeId id) const { return node(id).flags & HasMessage; }
    const QByteArray &payload(NodeId id) const { return node(id).payload; }
    qint64 lastTimeMs(NodeId id) const { return node(id).timeMs; }
    StoredMessage lastMessage(NodeId id) const;
    // The retained mark: set by a retained message, cleared by a deletion. A retained message is deleted by
    // publishing an empty retained message [MQTT-3.3.1-10]; how the deletion reaches a subscriber depends on the
    // retain flags (setRetainFlagsAsPublished()):
    // - as published (MQTT 5, Retain As Published): it arrives empty with retain=1 and clears the mark; an empty
    //   message with retain=0 is an ordinary message and leaves the mark alone.
    // - not as published (MQTT 3.1.1): it arrives empty with retain=0 [MQTT-3.3.1-9], so every empty message
    //   clears the mark. An empty message published without retain looks the same and does not delete the
    //   broker's retained message; that rare case loses the mark early, the lesser error than a mark that outlives
    //   every deletion.
    // Non-empty messages without retain never clear it: the broker still holds the retained one.
    bool isRetained(NodeId id) const { return node(id).flags & Retained; }
    quint64 messageCount(NodeId id) const { return ownStats(node(id)).messages; }
    quint64 subtreeMessageCount(NodeId id) const { return node(id).subtreeMessages; }
    quint32 subtreeTopicCount(NodeId id) const { return node(id).subtreeTopics; }
    NodeStats stats(NodeId id, qint64 nowMs) const;
    // The counts of stats() without the rates: what a pass over every node (the flood ranking's sample) needs.
    struct Counts {
        quint64 messages = 0;
        quint64 bytes = 0;
        quint64 subtreeMessages = 0;
        quint64 subtreeBytes = 0;
    };
    Counts counts(NodeId id) const
    {
        const Node &n = node(id);
        if (n.own) {
            const OwnStats &own = m_own[n.own - 1];
            return { own.messages, own.bytes, n.subtreeMessages, n.subtreeBytes };
        }
        if (n.children)
            return { 0, 0, n.subtreeMessages, n.subtreeBytes };
        return { n.subtreeMessages, n.subtreeBytes, n.subtreeMessages, n.subtreeBytes };
    }
    // Recent messages, oldest first, the last message included.
    QList<StoredMessage> history(NodeId id) const;
    int historyCount(NodeId id) const;
    HistoryInfo historyInfo(NodeId id) const;
    // The kept messages numbered first, first + 1, ... (see HistoryInfo), at most count of them, oldest first,
    // appended to out; returns how many. Reading starts at the oldest kept message if first is below it. Costs what
    // it reads plus, for a long history, at most TopicHistory::IndexStride message headers: a view reads the rows it
    // shows.
    int readHistory(NodeId id, quint64 first, int count, QList<StoredMessage> &out) const;

    ChangeSet takeChanges();
    // The topics in subtree with the highest current rate, highest first (ties: older node first); topics without
    // traffic in the last second are left out.
    QList<RankedTopic> topTopics(NodeId subtree, int count, RankBy by, qint64 nowMs) const;
    // Topics in subtree (itself included) that carry the retained mark, in tree order.
    QStringList retainedTopics(NodeId subtree) const;

    // Totals
    quint64 totalMessages() const { return node(0).subtreeMessages; }
    quint64 totalBytes() const { return node(0).subtreeBytes; }
    quint32 topicCount() const { return node(0).subtreeTopics; }
    quint64 truncatedCount() const { return m_truncated; }
    quint64 evictedCount() const { return m_history.evictedCount(); } // history entries dropped for the budget
    quint64 historyDroppedCount() const { return m_history.droppedCount(); } // dropped by the per-topic depth
    qint64 historyBytes() const { return m_history.usedBytes(); } // what the budget counts
    qsizetype internedStringCount() const { return m_strings.count(); }
    bool topicsAreValidUtf16() const { return m_strings.allValidUtf16(); } // no unpaired surrogate in any topic
    size_t memoryUsage() const; // an estimate of the heap bytes held, last payloads included

private:
    enum Flag : quint16 {
        QosMask = 0x0003,
        LastRetain = 0x0004,
        Retained = 0x0008,
        Truncated = 0x0010,
        HasMessage = 0x0020,
        Dirty = 0x0040,
        New = 0x0080,
        NewChildren = 0x0100,
    };

    // 104 bytes. A topic's own figures equal its subtree's while it has no children; a node with both a message and
    // children keeps its own figures apart, in m_own.
    struct Node {
        QByteArray payload;
        qint64 timeMs = 0;
        quint64 subtreeMessages = 0;
        quint64 subtreeBytes = 0;
        RateWindow subtreeRate;
        NodeId parent = 0;
        quint32 level = 0; // id in m_strings
        quint32 row = 0;
        quint32 children = 0; // 1 + index in m_childLists; 0: no children
        quint32 subtreeTopics = 0;
        quint32 extra = 0; // reference into m_extras for the last message; 0: none
        quint32 ring = 0; // history ring id; 0: none yet
        quint32 own = 0; // 1 + index in m_own; 0: none
        quint16 flags = 0;
    };
    struct OwnStats {
        quint64 messages = 0;
        quint64 bytes = 0;
        RateWindow rate;
    };

    static constexpr int ChunkShift = 11;
    static constexpr quint32 ChunkSize = 1u << ChunkShift;

    Node &node(NodeId id) { return m_chunks[id >> ChunkShift][id & (ChunkSize - 1)]; }
    const Node &node(NodeId id) const { return m_chunks[id >> ChunkShift][id & (ChunkSize - 1)]; }

    // The node's own figures: its subtree's while it has no children, zero without a message.
    OwnStats ownStats(const Node &n) const
    {
        if (n.own)
            return m_own[n.own - 1];
        if (n.children)
            return OwnStats {};
        return OwnStats { n.subtreeMessages, n.subtreeBytes, n.subtreeRate };
    }
    NodeId childFor(NodeId parent, QStringView name);
    NodeId createNode(NodeId parent, QStringView name, quint32 hash);
    NodeId nodeFor(QStringView topic); // walks down the levels, creating what is missing
    void prefetchFor(NodeId id) const; // what ingestAt() will touch first that is likely out of the CPU's cache
    void ingestAt(NodeId id, const Mqtt::Publish &message, qint64 nowMs);
    void markDirty(Node &n, NodeId id)
    {
        if (!(n.flags & Dirty)) {
            n.flags |= Dirty;
            m_dirty.push_back(id);
        }
    }
    void storeMessage(Node &n, const Mqtt::Publish &message, qint64 nowMs, bool first);
    void reset();

    std::vector<std::unique_ptr<Node[]>> m_chunks;
    quint32 m_nodeCount = 0;
    ChunkedVector<std::vector<NodeId>> m_childLists;
    ChunkedVector<OwnStats> m_own;
    size_t m_childListBytes = 0; // capacity of all child lists
    HashIndex m_childIndex; // (parent, level name) -> child; the root, id 0, is nobody's child
    TopicStringPool m_strings;
    MessageExtraTable m_extras;
    TopicHistory m_history { m_extras };
    std::vector<NodeId> m_dirty;
    std::vector<NodeId> m_newParents;
    bool m_resetPending = false;
    int m_historyDepth = 100;
    qint64 m_payloadLimit = 1024 * 1024;
    bool m_retainFlagsAsPublished = true;
    quint64 m_truncated = 0;
    quint64 m_generation = 0;
    quint64 m_lastPayloadBytes = 0; // sizes of the last payloads held
};
