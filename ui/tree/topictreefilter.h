// SPDX-License-Identifier: MIT
#pragma once

// Which nodes the filtered topic tree shows: the matches of a TopicFilterSpec and their ancestors, kept per node id.
// build() takes the store's own filter run; update() then matches what arrived since, so that the shown set only
// grows while the filter stays (a topic that stops matching keeps its row until the filter changes).
// Every call that takes the store needs the store's lock.

#include "store/topicfilter.h"
#include "store/topicmatcher.h"
#include "store/topicstore.h"

#include <QList>
#include <QString>

#include <vector>

class TopicTreeFilter {
public:
    bool isActive() const { return m_active; }
    const TopicFilterSpec &spec() const { return m_spec; }

    // Filters store by spec. On an unusable spec returns false with one sentence in *error and changes nothing.
    bool build(const TopicStore &store, const TopicFilterSpec &spec, QString *error);
    void clear(); // no filter
    void forgetNodes(); // the store was cleared: nothing shown, nothing matched yet; the spec stays

    bool isVisible(NodeId id) const { return id < m_flags.size() && (m_flags[id] & Visible); }
    bool hasVisibleChild(NodeId id) const { return id < m_flags.size() && (m_flags[id] & HasVisibleChild); }

    // Matches the nodes created since the last look and the changed ones not shown yet (an inner node's first
    // message, new payload text). Returns the nodes that became visible, ascending (parents before children).
    std::vector<NodeId> update(const TopicStore &store, const QList<NodeId> &changed);

private:
    enum Flag : quint8 { Visible = 1, HasVisibleChild = 2 };
    void markVisible(const TopicStore &store, NodeId id, std::vector<NodeId> &newlyVisible);

    bool m_active = false;
    TopicFilterSpec m_spec;
    TopicMatcher m_matcher;
    std::vector<quint8> m_flags; // Flag bits per node id
    NodeId m_scanned = 0; // nodes below this id were looked at
};
