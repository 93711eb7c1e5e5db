// SPDX-License-Identifier: MIT
#pragma once

// Writes the kept history of a topic, or of every topic of a subtree, to a CSV or JSON Lines file (HistoryFormat)
// in a thread of its own, with progress and cancel: a GUI starts it and stays responsive however large the
// history. It reads the store in short holds of its lock (a few hundred messages at a time), so the ingest thread
// and the GUI never wait long for it; messages evicted between two holds are counted and said, never silently
// missing. Topics follow in tree order, each topic's messages oldest first; messages that arrive after the start
// are not included.
//
// The file is written through QSaveFile: until the export completes, an existing file of that name stays as it
// was, and a cancelled or failed export leaves nothing behind.

#include "export/historyformat.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QMutex;
class QThread;
class TopicStore;

class HistoryExport : public QObject {
    Q_OBJECT
public:
    static constexpr int MessagesPerHold = 256;
    static constexpr int NodesPerHold = 20000;

    // The store is read only with storeMutex held, from the export's thread.
    HistoryExport(QMutex &storeMutex, const TopicStore &store, QObject *parent = nullptr);
    ~HistoryExport() override; // cancels a running export and waits for its thread

    // Starts the export; false (and nothing starts) while one runs. finished() follows in any case.
    bool start(const QString &topic, bool subtree, const QString &fileName, HistoryFormat::Format format);
    void cancel(); // thread-safe
    bool isRunning() const;
    // How often progress() comes at most (default 100 ms; 0: after every hold of the lock).
    void setProgressInterval(int ms) { m_progressIntervalMs = ms; }

Q_SIGNALS:
    // Both are emitted from the export's thread: connected receivers in other threads get them queued.
    void progress(qint64 done, qint64 total); // messages written so far and in all
    // ok: the file is complete. sentence says what happened in words (how many messages, or why not).
    void finished(bool ok, const QString &sentence);

private:
    struct Job;
    void run(const std::shared_ptr<Job> &job);

    QMutex &m_mutex;
    const TopicStore &m_store;
    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    int m_progressIntervalMs = 100;
};
