// SPDX-License-Identifier: MIT
#pragma once

// The stored messages of one topic for a table view, newest first: time, QoS, retain, size, preview. The model holds
// no messages: a row is a message number (TopicStore's HistoryInfo), and data() reads the store a page of PageRows
// rows at a time, keeping at most CachedPages pages, so its memory follows the rows on screen, not the messages
// stored (a million on one topic scroll like a hundred). The store is read under its mutex, one short hold per
// page; the lock is never held while a signal is emitted.
//
// The rows are a snapshot: refresh() takes in what arrived since (new rows at the top) and what the store evicted
// (rows at the bottom go). Until then an evicted row reads "(evicted)".
//
// A filter keeps the messages whose payload contains a text (ASCII letters in any case). The search runs on the
// GUI thread in slices of a few milliseconds, newest first, and matching rows appear at the bottom as they are
// found, so nothing already shown moves.

#include "store/topicstore.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>

#include <vector>

class QMutex;
class QTimer;

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, QosColumn, RetainColumn, SizeColumn, PreviewColumn, ColumnCount };
    enum Role {
        NumberRole = Qt::UserRole + 1, // quint64: the message's number on its topic
    };
    static constexpr int PageRows = 32;
    static constexpr int CachedPages = 32;
    static constexpr int FilterSliceMs = 8;

    // store and mutex must outlive the model; the store is read only while mutex is held.
    HistoryModel(QMutex &mutex, const TopicStore &store, QObject *parent = nullptr);
    ~HistoryModel() override;

    // The topic whose history the rows are (0: none); resets the rows.
    void setNode(NodeId node);
    NodeId node() const { return m_node; }
    // Takes in new messages (rows at the top) and evictions (rows at the bottom). False when the store was
    // cleared since (the model then shows nothing: set a node again).
    bool refresh();
    // What the store says now, without changing the rows: messages newer than the rows.
    quint64 newerThanRows() const;
    HistoryInfo info() const { return m_info; } // as of the last setNode() / refresh()

    quint64 number(int row) const;
    int rowOf(quint64 number) const; // -1 when no row has it
    // The message of a row, read from the store; false when it is no longer kept.
    bool message(int row, StoredMessage &out) const;

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    bool isSearching() const;
    qint64 searched() const { return qint64(m_searchFrom - m_searchCursor); } // messages looked at so far
    qint64 toSearch() const { return qint64(m_searchFrom - m_first); }

    // Rows whose text is held right now (for tests and the memory benchmark).
    qsizetype cachedRows() const;
    size_t memoryUsage() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void searchProgress(qint64 searched, qint64 total);
    void searchFinished();

private:
    struct Row {
        qint64 timeMs = 0;
        qint64 size = 0;
        quint8 qos = 0;
        bool retain = false;
        bool truncated = false;
        bool kept = false;
        QString preview;
    };
    struct Page {
        std::vector<Row> rows; // numbers page * PageRows ...
        quint64 used = 0; // when last read (m_clock)
    };
    const Row *rowData(quint64 number) const;
    void searchSlice();
    bool matches(const QByteArray &payload) const;
    void stopSearch();

    QMutex &m_mutex;
    const TopicStore &m_store;
    NodeId m_node = 0;
    quint64 m_generation = 0;
    HistoryInfo m_info;
    quint64 m_first = 0; // rows are numbers m_first .. m_end - 1 (unfiltered)
    quint64 m_end = 0;
    mutable QHash<quint64, Page> m_pages;
    mutable quint64 m_clock = 0;
    // Filter
    QString m_filter;
    QByteArray m_needle; // lower-case UTF-8
    std::vector<quint64> m_matches; // newest first
    quint64 m_searchFrom = 0; // the search covers numbers below this, down to m_first
    quint64 m_searchCursor = 0; // next number to look at is m_searchCursor - 1
    QTimer *m_searchTimer = nullptr;
};
