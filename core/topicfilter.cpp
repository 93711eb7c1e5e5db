// SPDX-License-Identifier: MIT
#include "topicfilter.h"

#include "topicstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Case-folded copy of text appended to out, one UTF-16 code unit at a time (as QString::compare does).
void appendFolded(std::u16string &out, QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) // ASCII: fold without the Unicode tables
            out.push_back(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        else
            out.push_back(c.toCaseFolded().unicode());
    }
}

// Finds needle in payload bytes; case-insensitively folds ASCII letters only.
class PayloadMatcher {
public:
    PayloadMatcher(const QString &text, Qt::CaseSensitivity cs)
        : m_needle(text.toUtf8())
        , m_caseInsensitive(cs == Qt::CaseInsensitive)
    {
        if (m_caseInsensitive) {
            m_needle = m_needle.toLower();
            m_caseInsensitive
                = std::any_of(m_needle.cbegin(), m_needle.cend(), [](char c) { return c >= 'a' && c <= 'z'; });
        }
    }

    bool matches(const QByteArray &payload) const
    {
        const qsizetype n = m_needle.size();
        if (n == 0)
            return true;
        if (!m_caseInsensitive)
            return QByteArrayView(payload).indexOf(QByteArrayView(m_needle)) >= 0;
        const char *hay = payload.constData();
        const qsizetype last = payload.size() - n;
        const char *needle = m_needle.constData();
        const char first = needle[0];
        const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - 32) : first;
        for (qsizetype i = 0; i <= last; ++i) {
            if (hay[i] != first && hay[i] != firstUpper)
                continue;
            qsizetype j = 1;
            while (j < n && lower(hay[i + j]) == needle[j])
                ++j;
            if (j == n)
                return true;
        }
        return false;
    }

private:
    static char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

    QByteArray m_needle;
    bool m_caseInsensitive = false;
};

// The walk over the tree, with the topic of the current node in a reused buffer.
class FilterWalk {
public:
    FilterWalk(const TopicStore &store, const TopicFilterSpec &spec, FilterResult &result)
        : m_store(store)
        , m_spec(spec)
        , m_payload(spec.payload, spec.caseSensitivity)
        , m_result(result)
    {
    }

    bool payloadOk(NodeId id) const { return m_spec.payload.isEmpty() || m_payload.matches(m_store.payload(id)); }

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
                appendFolded(path, name);
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
            appendFolded(needle, m_spec.topic);
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

    bool regularExpression()
    {
        QRegularExpression::PatternOptions options = QRegularExpression::DontCaptureOption;
        if (m_spec.caseSensitivity == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        QRegularExpression re(m_spec.topic, options);
        if (!re.isValid()) {
            m_result.error = QCoreApplication::translate(
                "TopicFilter", "The regular expression is not valid (%1 at position %2); correct it to filter topics.")
                                 .arg(re.errorString())
                                 .arg(re.patternErrorOffset());
            return false;
        }
        re.optimize();
        // Topics from the wire are well-formed; PCRE2 need not check each again (undefined if one were not).
        const QRegularExpression::MatchOptions matchOptions = m_store.topicsAreValidUtf16()
            ? QRegularExpression::DontCheckSubjectStringMatchOption
            : QRegularExpression::NoMatchOption;
        paths(false, [&](NodeId id, QStringView path, quint32, bool) {
            return m_store.hasMessage(id)
                && re.match(path, 0, QRegularExpression::NormalMatch, matchOptions).hasMatch();
        });
        return true;
    }

    bool wildcard()
    {
        const QStringView filter = m_spec.topic;
        const QList<QStringView> levels = filter.split(u'/');
        bool valid = !filter.isEmpty();
        for (qsizetype i = 0; i < levels.size() && valid; ++i) {
            const QStringView level = levels[i];
            if (level.contains(u'#'))
                valid = level.size() == 1 && i == levels.size() - 1;
            else if (level.contains(u'+'))
                valid = level.size() == 1;
        }
        if (!valid) {
            m_result.error = QCoreApplication::translate("TopicFilter",
                "The topic filter is not valid: '#' may only be the whole last level and '+' only a whole level.");
            return false;
        }
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
        return true;
    }

private:
    const TopicStore &m_store;
    const TopicFilterSpec &m_spec;
    PayloadMatcher m_payload;
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
    bool ok = true;
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
        ok = walk.wildcard();
        break;
    case TopicFilterSpec::TopicMode::RegularExpression:
        ok = walk.regularExpression();
        break;
    }
    if (!ok) {
        result.matches.clear();
        result.matched.fill(false);
        return result;
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
