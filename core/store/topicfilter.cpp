// SPDX-License-Identifier: MIT
#include "store/topicfilter.h"

#include "store/topicstore.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The walk over the tree, with the topic of the current node in a reused buffer.
class FilterWalk {
public:
    FilterWalk(const TopicStore &store, const TopicFilterSpec &spec, FilterResult &result)
        : m_store(store)
        , m_spec(spec)
        , m_matcher(spec)
        , m_result(result)
    {
    }

    const TopicMatcher &matcher() const { return m_matcher; }

    bool payloadOk(NodeId id) const
    {
        return m_spec.payload.isEmpty() || m_matcher.matchesPayload(m_store.payload(id));
    }

    void match(NodeId id)
    {
        if (m_store.hasMessage(id) && payloadOk(id))
            m_result.matched.setBit(qsizetype(id));
    }

    void all()
    {
        for (NodeId id = 1; id < NodeId(m_store.nodeCount()); ++id)
            match(id);
    }

    // Every topic in the subtree of id (itself included).
    void subtree(NodeId id)
    {
        std::vector<NodeId> stack { id };
        while (!stack.empty()) {
            const NodeId at = stack.back();
            stack.pop_back();
            match(at);
            const std::span<const NodeId> kids = m_store.children(at);
            stack.insert(stack.end(), kids.begin(), kids.end());
        }
    }

    // Depth-first with the path (case-folded when fold) in one buffer. test(id, path, parentLength, parentHit)
    // says whether id's topic matches; a subtree whose topic matched passes parentHit = true down.
    template<class Test>
    void paths(bool fold, Test test)
    {
        struct Frame {
            NodeId id;
            quint32 parentLength;
            bool parentHit;
        };
        std::vector<Frame> stack;
        for (NodeId kid : m_store.children(TopicStore::root()))
            stack.push_back({ kid, 0, false });
        std::u16string path;
        while (!stack.empty()) {
            const Frame frame = stack.back();
            stack.pop_back();
            path.resize(frame.parentLength);
            if (m_store.parent(frame.id) != TopicStore::root())
                path.push_back(u'/');
            const QStringView name = m_store.nameView(frame.id);
            if (fold)
                TopicMatcher::appendFolded(path, name);
            else
                path.append(reinterpret_cast<const char16_t *>(name.utf16()), size_t(name.size()));
            const bool hit
                = test(frame.id, QStringView(path.data(), qsizetype(path.size())), frame.parentLength, frame.parentHit);
            if (hit)
                match(frame.id);
            for (NodeId kid : m_store.children(frame.id))
                stack.push_back({ kid, quint32(path.size()), hit });
        }
    }

    void substring()
    {
        const bool fold = m_spec.caseSensitivity == Qt::CaseInsensitive;
        std::u16string needle;
        if (fold)
            TopicMatcher::appendFolded(needle, m_spec.topic);
        else
            needle.assign(reinterpret_cast<const char16_t *>(m_spec.topic.utf16()), size_t(m_spec.topic.size()));
        const QStringView needleView(needle.data(), qsizetype(needle.size()));
        paths(fold, [&](NodeId, QStringView path, quint32 parentLength, bool parentHit) {
            if (parentHit)
                return true; // the parent's topic, and so this one, contains the needle
            // Only an occurrence that ends in the part just added can be new.
            const qsizetype from = std::max<qsizetype>(0, qsizetype(parentLength) - needleView.size() + 1);
            return path.indexOf(needleView, from) >= 0;
        });
    }

    void regularExpression()
    {
        // Topics from the wire are well-formed; PCRE2 need not check each again (undefined if one were not).
        const bool validUtf16 = m_store.topicsAreValidUtf16();
        paths(false, [&](NodeId id, QStringView path, quint32, bool) {
            return m_store.hasMessage(id) && m_matcher.matchesTopic(path, validUtf16);
        });
    }

    void wildcard()
    {
        const QList<QStringView> levels = QStringView(m_spec.topic).split(u'/');
        // (node, index of the filter level its children are matched against)
        std::vector<std::pair<NodeId, qsizetype>> stack { { TopicStore::root(), 0 } };
        while (!stack.empty()) {
            const auto [id, index] = stack.back();
            stack.pop_back();
            if (index == levels.size()) {
                match(id);
                continue;
            }
            const QStringView level = levels[index];
            const bool top = id == TopicStore::root();
            if (level == u"#") {
                // Matches the parent level too ("a/#" matches "a", MQTT-4.7.1-2), and everything below.
                if (!top)
                    match(id);
                for (NodeId kid : m_store.children(id)) {
                    if (!(top && m_store.nameView(kid).startsWith(u'$'))) // MQTT-4.7.2-1
                        subtree(kid);
                }
            } else if (level == u"+") {
                for (NodeId kid : m_store.children(id)) {
                    if (!(top && m_store.nameView(kid).startsWith(u'$')))
                        stack.push_back({ kid, index + 1 });
                }
            } else if (const std::optional<NodeId> kid = m_store.findChild(id, level)) {
                stack.push_back({ *kid, index + 1 });
            }
        }
    }

private:
    const TopicStore &m_store;
    const TopicFilterSpec &m_spec;
    TopicMatcher m_matcher;
    FilterResult &m_result;
};

} // namespace

FilterResult TopicFilter::run(const TopicStore &store, const TopicFilterSpec &spec)
{
    FilterResult result;
    const qsizetype nodes = store.nodeCount();
    result.matched.resize(nodes);
    result.visible.resize(nodes);
    FilterWalk walk(store, spec, result);
    if (!walk.matcher().error().isEmpty()) {
        result.error = walk.matcher().error();
        return result;
    }
    switch (spec.topicMode) {
    case TopicFilterSpec::TopicMode::Any:
        walk.all();
        break;
    case TopicFilterSpec::TopicMode::Substring:
        if (spec.topic.isEmpty())
            walk.all();
        else
            walk.substring();
        break;
    case TopicFilterSpec::TopicMode::Wildcard:
        walk.wildcard();
        break;
    case TopicFilterSpec::TopicMode::RegularExpression:
        walk.regularExpression();
        break;
    }
    // The match list, ascending, from the bits (cheaper than sorting what the walk found in tree order).
    const uchar *bits = reinterpret_cast<const uchar *>(result.matched.bits());
    const qsizetype bytes = (nodes + 7) / 8;
    for (qsizetype i = 0; i < bytes; ++i) {
        for (uchar byte = bits[i]; byte; byte &= uchar(byte - 1))
            result.matches.append(NodeId(i * 8 + std::countr_zero(byte)));
    }
    for (NodeId id : result.matches) {
        for (NodeId at = id; !result.visible.testBit(qsizetype(at)); at = store.parent(at)) {
            result.visible.setBit(qsizetype(at));
            if (at == TopicStore::root())
                break;
        }
    }
    return result;
}
