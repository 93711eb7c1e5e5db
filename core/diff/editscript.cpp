// SPDX-License-Identifier: MIT
#include "diff/editscript.h"

// dtl's headers compile cleanly with -Wall -Wextra -Werror (g++ 12, clang 14); only this file includes them.
#include <dtl/dtl.hpp>

namespace {
void append(std::vector<EditScript::Run> &runs, EditScript::Op op, qsizetype count)
{
    if (count <= 0)
        return;
    if (!runs.empty() && runs.back().op == op)
        runs.back().count += count;
    else
        runs.push_back({ op, count });
}
} // namespace

std::vector<EditScript::Run> EditScript::compute(
    const std::vector<quint32> &a, const std::vector<quint32> &b, qsizetype maximumMiddle, bool *aligned)
{
    std::vector<Run> runs;
    if (aligned)
        *aligned = true;
    const size_t n = a.size();
    const size_t m = b.size();
    size_t prefix = 0;
    while (prefix < n && prefix < m && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix])
        ++suffix;
    append(runs, Op::Keep, qsizetype(prefix));
    const size_t middleA = n - prefix - suffix;
    const size_t middleB = m - prefix - suffix;
    if (middleA == 0 || middleB == 0) {
        append(runs, Op::Remove, qsizetype(middleA));
        append(runs, Op::Add, qsizetype(middleB));
    } else if (qsizetype(middleA + middleB) > maximumMiddle) {
        if (aligned)
            *aligned = false;
        append(runs, Op::Remove, qsizetype(middleA));
        append(runs, Op::Add, qsizetype(middleB));
    } else {
        const std::vector<quint32> left(a.begin() + qsizetype(prefix), a.end() - qsizetype(suffix));
        const std::vector<quint32> right(b.begin() + qsizetype(prefix), b.end() - qsizetype(suffix));
        dtl::Diff<quint32, std::vector<quint32>> diff(left, right, true); // removals before additions in a change
        diff.compose();
        for (const auto &element : diff.getSes().getSequence()) {
            switch (element.second.type) {
            case dtl::SES_COMMON:
                append(runs, Op::Keep, 1);
                break;
            case dtl::SES_DELETE:
                append(runs, Op::Remove, 1);
                break;
            case dtl::SES_ADD:
                append(runs, Op::Add, 1);
                break;
            }
        }
    }
    append(runs, Op::Keep, qsizetype(suffix));
    return runs;
}
