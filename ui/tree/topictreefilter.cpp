// SPDX-License-Identifier: MIT
#include "tree/topictreefilter.h"

#include <algorithm>

bool TopicTreeFilter::build(const TopicStore &store, const TopicFilterSpec &spec, QString *error)
{
    const FilterResult result = TopicFilter::run(store, spec);
    if (!result.error.isEmpty()) {
        if (error)
            *error = result.error;
        return false;
    }
    const NodeId count = NodeId(store.nodeCount());
    std::vector<quint8> flags(count, 0);
    const qsizetype bits = std::min<qsizetype>(result.visible.size(), count);
    for (qsizetype id = 0; id < bits; ++id) {
        if (!result.visible.testBit(id))
            continue;
        flags[size_t(id)] |= Visible;
        if (id != TopicStore::root())
            flags[store.parent(NodeId(id))] |= HasVisibleChild;
    }
    m_active = true;
    m_spec = spec;
    m_matcher = TopicMatcher(spec);
    m_flags = std::move(flags);
    m_scanned = count;
    return true;
}

void TopicTreeFilter::clear()
{
    m_active = false;
    m_spec = TopicFilterSpec {};
    m_matcher = TopicMatcher {};
    forgetNodes();
}

void TopicTreeFilter::forgetNodes()
{
    m_flags.clear();
    m_scanned = 0;
}

void TopicTreeFilter::markVisible(const TopicStore &store, NodeId id, std::vector<NodeId> &newlyVisible)
{
    NodeId at = id;
    while (at != TopicStore::root() && !(m_flags[at] & Visible)) {
        m_flags[at] |= Visible;
        newlyVisible.push_back(at);
        const NodeId parent = store.parent(at);
        m_flags[parent] |= HasVisibleChild;
        at = parent;
    }
    m_flags[TopicStore::root()] |= Visible;
}

std::vector<NodeId> TopicTreeFilter::update(const TopicStore &store, const QList<NodeId> &changed)
{
    std::vector<NodeId> newlyVisible;
    if (!m_active)
        return newlyVisible;
    const NodeId count = NodeId(store.nodeCount());
    if (m_flags.size() < count)
        m_flags.resize(count, 0);
    auto consider = [&](NodeId id) {
        if (!(m_flags[id] & Visible) && store.hasMessage(id) && m_matcher.matches(store.topic(id), store.payload(id)))
            markVisible(store, id, newlyVisible);
    };
    for (NodeId id = std::max<NodeId>(m_scanned, 1); id < count; ++id)
        consider(id);
    for (NodeId id : changed) {
        if (id != TopicStore::root() && id < m_scanned)
            consider(id);
    }
    m_scanned = count;
    std::sort(newlyVisible.begin(), newlyVisible.end());
    return newlyVisible;
}
