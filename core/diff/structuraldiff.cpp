// SPDX-License-Identifier: MIT
#include "diff/structuraldiff.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Type = PayloadTree::Type;

bool isInteger(QByteArrayView number)
{
    for (char c : number) {
        if (c == '.' || c == 'e' || c == 'E' || c == 'N' || c == 'I')
            return false;
    }
    return true;
}

bool equalScalars(const PayloadTree &a, quint32 x, const PayloadTree &b, quint32 y)
{
    if (a.type(x) != b.type(y))
        return false;
    // Compared as stored when neither has escapes left (the common case: no copy).
    const bool raw = !a.valueEscaped(x) && !b.valueEscaped(y);
    const QByteArray leftCopy = raw ? QByteArray() : a.valueBytes(x);
    const QByteArray rightCopy = raw ? QByteArray() : b.valueBytes(y);
    const QByteArrayView left = raw ? a.valueRaw(x) : QByteArrayView(leftCopy);
    const QByteArrayView right = raw ? b.valueRaw(y) : QByteArrayView(rightCopy);
    if (left == right)
        return true;
    if (a.type(x) != Type::Number || (isInteger(left) && isInteger(right)))
        return false; // two integers compare digit by digit: no rounding of 64-bit ids
    bool okLeft = false;
    bool okRight = false;
    const double l = left.toDouble(&okLeft);
    const double r = right.toDouble(&okRight);
    return okLeft && okRight && l == r;
}

QString shown(const PayloadTree &tree, quint32 node)
{
    return tree.subtreeText(node, StructuralDiff::ValueCharacters);
}

// The members of an object sorted by key (then by position), without copying keys that have no escapes. Reused
// from object to object so that comparing a document allocates next to nothing per object.
class Members {
public:
    struct Member {
        QByteArrayView key;
        quint32 node;
        int row;
        bool last; // the last member with this key: the one that counts
    };
    void read(const PayloadTree &tree, quint32 object)
    {
        m_members.clear();
        m_unescaped.clear();
        const int count = tree.childCount(object);
        m_unescaped.reserve(size_t(count));
        for (int r = 0; r < count; ++r) {
            const quint32 kid = tree.child(object, r);
            QByteArrayView key = tree.keyRaw(kid);
            if (tree.keyEscaped(kid)) {
                m_unescaped.push_back(PayloadTree::unescapeJson(key).toUtf8());
                key = m_unescaped.back();
            }
            m_members.push_back({ key, kid, r, false });
        }
        std::sort(m_members.begin(), m_members.end(), [](const Member &l, const Member &r) {
            const int c = l.key.compare(r.key);
            return c != 0 ? c < 0 : l.row < r.row;
        });
        for (size_t i = 0; i < m_members.size(); ++i)
            m_members[i].last = i + 1 == m_members.size() || m_members[i + 1].key != m_members[i].key;
        m_byRow.assign(size_t(count), 0);
        for (size_t i = 0; i < m_members.size(); ++i)
            m_byRow[size_t(m_members[i].row)] = quint32(i);
    }
    // The member that counts for key; nullptr if none.
    const Member *find(QByteArrayView key) const
    {
        auto it = std::lower_bound(m_members.begin(), m_members.end(), key,
            [](const Member &m, QByteArrayView k) { return m.key.compare(k) < 0; });
        const Member *found = nullptr;
        for (; it != m_members.end() && it->key == key; ++it)
            found = &*it;
        return found;
    }
    const Member &atRow(int row) const { return m_members[m_byRow[size_t(row)]]; }

private:
    std::vector<Member> m_members;
    std::vector<QByteArray> m_unescaped;
    std::vector<quint32> m_byRow;
};

} // namespace

DiffResult StructuralDiff::compute(const PayloadTree &older, const PayloadTree &newer)
{
    DiffResult result;
    result.mode = DiffResult::Mode::Structural;
    if (older.isEmpty() || newer.isEmpty())
        return result;
    auto added = [&](quint32 node) {
        result.lines.append({ DiffLine::Kind::Added, -1, -1, newer.path(node) + u": "_s + shown(newer, node), {} });
        ++result.added;
    };
    auto removed = [&](quint32 node) {
        result.lines.append({ DiffLine::Kind::Removed, -1, -1, older.path(node) + u": "_s + shown(older, node), {} });
        ++result.removed;
    };
    auto changed = [&](quint32 x, quint32 y) {
        result.lines.append({ DiffLine::Kind::Changed, -1, -1,
            newer.path(y) + u": "_s + shown(older, x) + u" → "_s + shown(newer, y), {} });
        ++result.changed;
    };

    // Depth-first in the newer document's order, without recursion.
    std::vector<std::pair<quint32, quint32>> stack { { 0, 0 } };
    std::vector<std::pair<quint32, quint32>> pairs;
    Members left;
    Members right;
    while (!stack.empty()) {
        const auto [x, y] = stack.back();
        stack.pop_back();
        const Type tx = older.type(x);
        const Type ty = newer.type(y);
        if (tx != ty) {
            changed(x, y);
            continue;
        }
        switch (tx) {
        case Type::Object: {
            left.read(older, x);
            right.read(newer, y);
            // Pushed in reverse so that they come out in order: the newer document's members, then removed ones.
            pairs.clear();
            for (int r = 0; r < newer.childCount(y); ++r) {
                const Members::Member &member = right.atRow(r);
                if (!member.last)
                    continue; // an earlier instance of a repeated key
                const Members::Member *match = left.find(member.key);
                pairs.push_back({ match ? match->node : PayloadTree::NoNode, member.node });
            }
            for (int r = 0; r < older.childCount(x); ++r) {
                const Members::Member &member = left.atRow(r);
                if (member.last && !right.find(member.key))
                    pairs.push_back({ member.node, PayloadTree::NoNode });
            }
            for (auto it = pairs.rbegin(); it != pairs.rend(); ++it)
                stack.push_back(*it);
            break;
        }
        case Type::Array: {
            const int n = older.childCount(x);
            const int m = newer.childCount(y);
            for (int r = std::max(n, m) - 1; r >= 0; --r) {
                const quint32 left = r < n ? older.child(x, r) : PayloadTree::NoNode;
                const quint32 right = r < m ? newer.child(y, r) : PayloadTree::NoNode;
                stack.push_back({ left, right });
            }
            break;
        }
        case Type::Tag:
            if (older.valueBytes(x) != newer.valueBytes(y) || older.childCount(x) != newer.childCount(y)) {
                changed(x, y);
            } else if (older.childCount(x) == 1) {
                stack.push_back({ older.child(x, 0), newer.child(y, 0) });
            }
            break;
        default:
            if (!equalScalars(older, x, newer, y))
                changed(x, y);
        }
        // One-sided pairs are reported when they come off the stack.
        while (!stack.empty()
            && (stack.back().first == PayloadTree::NoNode || stack.back().second == PayloadTree::NoNode)) {
            const auto [left, right] = stack.back();
            stack.pop_back();
            if (left == PayloadTree::NoNode)
                added(right);
            else
                removed(left);
        }
    }
    if (!older.isComplete() || !newer.isComplete())
        result.note = tr("A document has more values than the tree holds: only its first values are compared.");
    return result;
}
