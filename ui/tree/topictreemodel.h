// SPDX-License-Identifier: MIT
#pragma once

// The topic tree for a QTreeView, over the TopicStore that an ingest thread fills. The store is read under its
// mutex, one short lock per call; the model never holds the lock while it emits a signal.
//
// Live traffic reaches the model only through change sets (applyChanges(), every ~40 ms): one beginInsertRows()/
// endInsertRows() per parent for new children (appended, so rows never move) and one dataChanged(first, last) per
// parent for changed rows. The only resets are clear() (and a reset in a change set), and changing the filter.
//
// Children are announced lazily, as QFileSystemModel does: a node's children become rows when a view expands it
// (canFetchMore()/fetchMore()), and from then on it receives inserts and dataChanged. Subtrees nobody opened cost
// nothing, which is what keeps a flood over a million topics cheap for the GUI thread.
//
// Paused, the model shows a still picture: no inserts, no dataChanged, and data() serves the values it read first
// after pausing; the store keeps counting. Resuming brings every populated node up to date.
//
// Filtered (setFilter()), the tree shows the matching topics and their ancestors only; topics that arrive later
// and match appear (with their ancestors) as they come.

#include "store/topicfilter.h"
#include "store/topicstore.h"
#include "tree/topicrow.h"
#include "tree/topictreefilter.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QMutex;
class QTimer;

class TopicTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TopicColumn, ValueColumn, MessagesColumn, RateColumn, LastUpdateColumn, ColumnCount };
    enum Role {
        NodeIdRole = Qt::UserRole + 1, // NodeId (quint32) of the row's node
        FullTopicRole, // the full topic name (QString)
        RetainedRole, // bool: the broker holds a retained message for this topic
        HasMessageRole, // bool: a message arrived on this very topic
    };

    // store and mutex must outlive the model; the store is read only while mutex is held.
    TopicTreeModel(const TopicStore &store, QMutex &mutex, QObject *parent = nullptr);
    ~TopicTreeModel() override;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Live updates: apply what the store reported (IngestPipeline::changesReady).
    void applyChanges(const ChangeSet &changes);
    // Reads the rows of indexes that are not current (a view calls this with the rows it is about to paint) under
    // one lock of the store, so that data() then serves them without the lock. Under a flood the ingest thread
    // holds the lock much of the time, and a repaint that took it once per row waited once per row. If the store
    // stays locked for longer than BusyWaitMs, nothing is read and data() reads row by row as before.
    void refreshRows(const QModelIndexList &indexes);
    // Resets the model around clearStore(), which must clear the store (under the mutex), e.g. IngestPipeline::clear.
    // The reset the next change set reports is then taken as already done.
    void clear(const std::function<void()> &clearStore);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Shows only the matching topics and their ancestors. An inactive spec (no topic text, no payload text) shows
    // the whole tree again. Returns an empty string, or one sentence on why the spec cannot be used (the tree is
    // then left as it was).
    QString setFilter(const TopicFilterSpec &spec);
    bool isFiltered() const { return m_filter.isActive(); }
    const TopicFilterSpec &filter() const { return m_filter.spec(); }

    NodeId nodeId(const QModelIndex &index) const { return index.isValid() ? NodeId(index.internalId()) : 0; }
    // The index of node (column 0), fetching its ancestors' children as needed; invalid if the node is not shown
    // (filtered out, or unknown).
    QModelIndex indexForNode(NodeId node);
    // Whether the node is currently a row of the model.
    bool isShown(NodeId node) const { return isKnown(node) && node != TopicStore::root(); }

    // The clock for rates (milliseconds since the epoch, the store's receive times). Tests replace it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    // Per node id, what the model has announced. A node is known once it is a row (the root always is). Its
    // children are populated once fetched: list >= 0 indexes m_lists, EmptyList means populated without rows.
    static constexpr qint32 Unpopulated = -1;
    static constexpr qint32 EmptyList = -2;
    struct Entry {
        NodeId parent = 0;
        quint32 row = 0;
        qint32 list = Unpopulated;
        bool known = false;
    };
    // Entries by node id, in chunks allocated when first written: no copying as ids grow into the millions.
    class EntryTable {
    public:
        bool known(NodeId id) const
        {
            const size_t chunk = id >> Shift;
            return chunk < m_chunks.size() && m_chunks[chunk] && m_chunks[chunk][id & Mask].known;
        }
        Entry &operator[](NodeId id)
        {
            const size_t chunk = id >> Shift;
            if (chunk >= m_chunks.size())
                m_chunks.resize(chunk + 1);
            if (!m_chunks[chunk])
                m_chunks[chunk] = std::make_unique<Entry[]>(ChunkSize);
            return m_chunks[chunk][id & Mask];
        }
        const Entry &operator[](NodeId id) const { return m_chunks[id >> Shift][id & Mask]; } // known ids only
        NodeId limit() const { return NodeId(m_chunks.size() * ChunkSize); }
        void clear() { m_chunks.clear(); }

    private:
        static constexpr int Shift = 12;
        static constexpr size_t ChunkSize = size_t(1) << Shift;
        static constexpr NodeId Mask = NodeId(ChunkSize - 1);
        std::vector<std::unique_ptr<Entry[]>> m_chunks;
    };
    // What data() shows for a row, kept until the next change set (or, paused, until resumed).
    struct CachedRow {
        TopicRow row;
        quint64 generation = 0; // m_generation when read; older means stale
    };
    // A child about to become a row: its id and whether it has children of its own to show.
    struct NewRow {
        NodeId id = 0;
        bool hasChildren = false;
    };

    bool isKnown(NodeId id) const { return m_entries.known(id); }
    bool isPopulated(NodeId id) const { return isKnown(id) && m_entries[id].list != Unpopulated; }
    int shownChildCount(NodeId id) const;
    NodeId shownChild(NodeId parent, int row) const;
    QModelIndex indexOf(NodeId id, int column) const;
    const TopicRow &row(NodeId id) const;
    // The row's values from the store. With mayGiveUp, returns nothing when the store stays locked (the ingest
    // thread is busy, e.g. growing an index) for more than BusyWaitMs: the caller then shows the values it has.
    std::optional<TopicRow> readRow(NodeId id, bool mayGiveUp) const;
    void retryStaleRows();

    void endReset(); // endResetModel() without fetches from the signal's receivers
    void resetState(); // no signals; the root is populated and empty
    void populateRootSilently(); // inside a reset: the root's children, under the lock
    std::vector<NewRow> childrenToShow(NodeId parent, int from, int to) const; // under the lock
    void appendRows(NodeId parent, const std::vector<NewRow> &rows);
    void populate(NodeId parent);
    void insertFromStore(NodeId parent, int last);
    void emitChanged(const std::vector<NodeId> &ids);
    void applyFilteredInserts(const QList<NodeId> &changed);
    void resync();
    void refreshRates();

    const TopicStore &m_store;
    QMutex &m_mutex;
    std::function<qint64()> m_clock;
    EntryTable m_entries;
    std::vector<std::vector<NodeId>> m_lists;
    mutable QHash<NodeId, CachedRow> m_rows;
    quint64 m_generation = 1; // bumped by each applied change set: cached rows are read again
    mutable std::vector<NodeId> m_staleRows; // shown with old values because the store was busy
    QTimer *m_retryTimer = nullptr;
    bool m_paused = false;
    bool m_missedChanges = false; // change sets came while paused
    bool m_resetExpected = false; // clear() reset the model; the next change set's reset is that one
    bool m_changing = false; // inside our own begin/end pair: no fetchMore now

    TopicTreeFilter m_filter;

    QTimer *m_rateTimer = nullptr; // rates decay without traffic: refresh the shown ones now and then
    QIcon m_retainedIcon;
    QIcon m_blankIcon;
};
