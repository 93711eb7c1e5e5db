// SPDX-License-Identifier: MIT
#pragma once

// Completion of a topic field from the live topic tree, fast at a million topics: each keystroke asks the store,
// under its lock, for the children of the typed parent whose name begins with the typed last level. The exact level
// is found through the store's index at once; the other children are scanned a slice at a time (SliceChildren per
// turn of the event loop, so that the lock is never held long and a level of a million children still answers the
// keystroke at once; later slices add what they find). No list of all topics is ever built. Suggestions are whole
// topics, sorted; a level that only has levels below it ends with '/', so choosing it goes on to the next level.

#include "store/topicmessage.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QMutex;
class QStringListModel;
class QTimer;
class TopicStore;

class TopicCompleter : public QObject {
    Q_OBJECT
public:
    static constexpr int MaximumSuggestions = 50;
    // Children looked at under the lock at a time (under 2 ms even on a loaded machine; see docs/PERFORMANCE.md).
    static constexpr qsizetype SliceChildren = 4096;

    // The store must outlive this object and is read only under mutex.
    TopicCompleter(QLineEdit *field, const TopicStore &store, QMutex &mutex, QObject *parent = nullptr);

    // Recomputes the suggestions for the field's text from the first slice and shows them (or hides the popup when
    // there are none); the next slices follow from the event loop. Called on every edit of the field.
    void update();
    QStringList suggestions() const;
    // Whether the suggestions are final: every child looked at, or MaximumSuggestions found.
    bool isComplete() const { return m_complete; }
    QCompleter *completer() const { return m_completer; }

private:
    struct Found {
        QString name;
        bool inner = false; // has children and no message: completes with '/'
    };
    // One slice under the lock; false when the parent is gone (the store was cleared) or the scan is done.
    void scanSlice(bool first);
    void show();
    void accept(const QString &topic);

    QLineEdit *m_field;
    const TopicStore &m_store;
    QMutex &m_mutex;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
    QTimer *m_nextSlice = nullptr;

    // The scan in progress.
    QString m_typed;
    QString m_parentTopic; // what the parent node must still be (empty: the root)
    QString m_prefix;
    NodeId m_parent = 0;
    NodeId m_exact = 0; // the child named exactly m_prefix, shown first; 0 when none
    qsizetype m_row = 0;
    QList<Found> m_found;
    bool m_complete = true;
};
