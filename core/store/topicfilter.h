// SPDX-License-Identifier: MIT
#pragma once

// Filtering the topic tree: by topic (case-insensitive substring, MQTT wildcard filter, or regular expression) and/or
// by text in the last payload. The result names the matching topics and, for a tree view, their ancestors.
// Whether one topic matches is TopicMatcher's decision; this walk only avoids asking it about every node (it descends
// a wildcard filter's levels and extends substring matches from parent to child).

#include "store/topicmatcher.h"
#include "store/topicmessage.h"

#include <QBitArray>
#include <QList>
#include <QString>

class TopicStore;

struct FilterResult {
    QString error; // one sentence on why the spec cannot be used (e.g. an invalid regular expression); else empty
    QList<NodeId> matches; // ascending: topics (nodes with a message) meeting every criterion of the spec
    QBitArray matched; // one bit per node id: is a match
    QBitArray visible; // one bit per node id: is a match or an ancestor of one (the root included when any matches)

    bool isMatch(NodeId id) const { return qsizetype(id) < matched.size() && matched.testBit(qsizetype(id)); }
    bool isVisible(NodeId id) const { return qsizetype(id) < visible.size() && visible.testBit(qsizetype(id)); }
};

class TopicFilter {
public:
    static FilterResult run(const TopicStore &store, const TopicFilterSpec &spec);
};
