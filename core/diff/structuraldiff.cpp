// SPDX-License-Identifier: MIT
#include "diff/structuraldiff.h"

#include <QHash>

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
    const QByteArray left = a.valueBytes(x);
    const QByteArray right = b.valueBytes(y);
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

// The members of an object by key; the last of a repeated key wins.
QHash<QString, quint32> membersByKey(const PayloadTree &tree, quint32 object)
{
    QHash<QString, quint32> members;
    const int count = tree.childCount(object);
    members.reserve(count);
    for (int r = 0; r < count; ++r) {
        const quint32 kid = tree.child(object, r);
        members.insert(tree.key(kid), kid);
    }
    return members;
}

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
            const QHash<QString, quint32> right = membersByKey(newer, y);
            const QHash<QString, quint32> left = membersByKey(older, x);
            // Pushed in reverse so that they come out in order: the newer document's members, then removed ones.
            std::vector<std::pair<quint32, quint32>> pairs;
            for (int r = 0; r < newer.childCount(y); ++r) {
                const quint32 kid = newer.child(y, r);
                const QString key = newer.key(kid);
                if (right.value(key) != kid)
                    continue; // an earlier instance of a repeated key
                const auto match = left.constFind(key);
                if (match == left.cend())
                    pairs.push_back({ PayloadTree::NoNode, kid });
                else
                    pairs.push_back({ *match, kid });
            }
            for (int r = 0; r < older.childCount(x); ++r) {
                const quint32 kid = older.child(x, r);
                const QString key = older.key(kid);
                if (left.value(key) == kid && !right.contains(key))
                    pairs.push_back({ kid, PayloadTree::NoNode });
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
