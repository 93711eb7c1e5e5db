// SPDX-License-Identifier: MIT
#pragma once

// Completion of a topic field from the live topic tree, fast at a million topics: each keystroke asks the store, under
// its lock, for the children of the typed parent whose name begins with the typed last level (a bounded query, see
// TopicStore::childrenWithPrefix()); no list of all topics is ever built. Suggestions are whole topics; a level that
// only has levels below it ends with '/', so choosing it goes on to the next level.

#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QMutex;
class QStringListModel;
class TopicStore;

class TopicCompleter : public QObject {
    Q_OBJECT
public:
    static constexpr int MaximumSuggestions = 50;
    // Children looked at per keystroke: bounds the time under a parent of a million children (see
    // docs/PERFORMANCE.md); an exact level name is found through the index whatever this says.
    static constexpr qsizetype MaximumScanned = 200'000;

    // The store must outlive this object and is read only under mutex.
    TopicCompleter(QLineEdit *field, const TopicStore &store, QMutex &mutex, QObject *parent = nullptr);

    // Recomputes the suggestions for the field's text and shows them (or hides the popup when there are none).
    // Called on every edit of the field.
    void update();
    QStringList suggestions() const;
    // Whether the suggestions are every match (false: more than MaximumSuggestions, or the scan limit was reached).
    bool isComplete() const { return m_complete; }
    QCompleter *completer() const { return m_completer; }

private:
    void accept(const QString &topic);

    QLineEdit *m_field;
    const TopicStore &m_store;
    QMutex &m_mutex;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
    bool m_complete = true;
};
