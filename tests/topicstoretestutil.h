// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the topic store tests.

#include "store/topicstore.h"

#include <QStringList>

#include <algorithm>

namespace TopicStoreTest {

inline Mqtt::Publish publish(
    const QString &topic, const QByteArray &payload = QByteArray(), quint8 qos = 0, bool retain = false)
{
    Mqtt::Publish p;
    p.topic = topic;
    p.payload = payload;
    p.qos = qos;
    p.retain = retain;
    return p;
}

// "<root>" for the root, otherwise the full topic.
inline QString label(const TopicStore &store, NodeId id)
{
    return id == TopicStore::root() ? QStringLiteral("<root>") : store.topic(id);
}

inline QStringList labels(const TopicStore &store, const QList<NodeId> &ids)
{
    QStringList out;
    for (NodeId id : ids)
        out.append(label(store, id));
    return out;
}

inline QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// The tree depth-first in row order, one line per node below the root: two spaces per level, then the name in
// brackets (so that empty names show).
inline QStringList dump(const TopicStore &store)
{
    QStringList lines;
    struct Walk {
        const TopicStore &store;
        QStringList &lines;
        void operator()(NodeId id, int depth) const
        {
            for (int row = 0; row < store.childCount(id); ++row) {
                const NodeId kid = store.child(id, row);
                lines.append(QString(depth * 2, u' ') + u'[' + store.name(kid) + u']');
                (*this)(kid, depth + 1);
            }
        }
    };
    Walk { store, lines }(TopicStore::root(), 0);
    return lines;
}

} // namespace TopicStoreTest
