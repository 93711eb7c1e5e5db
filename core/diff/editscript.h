// SPDX-License-Identifier: MIT
#pragma once

// The shortest edit script between two sequences of symbols, through dtl (Debian libdtl-dev, header-only: Wu,
// Manber and Myers' O(NP) algorithm), as runs: keep n, remove n, add n. Lines, characters and bytes are diffed as
// sequences of 32-bit symbols (a line is its interned id), so dtl never copies strings.
//
// The common prefix and suffix are taken off first (most messages of a topic differ in a few places). What is left
// goes to dtl if it is no longer than maximumMiddle symbols on both sides together; otherwise the middle is one
// remove and one add, and aligned() says so, so that no diff runs for seconds.

#include <QtGlobal>

#include <vector>

class EditScript {
public:
    enum class Op : quint8 { Keep, Remove, Add };
    struct Run {
        Op op;
        qsizetype count;
        bool operator==(const Run &) const = default;
    };

    static std::vector<Run> compute(
        const std::vector<quint32> &a, const std::vector<quint32> &b, qsizetype maximumMiddle, bool *aligned = nullptr);
};
