// SPDX-License-Identifier: MIT
#pragma once

// Diff of two binary payloads as hex dump rows (offset, 16 bytes, ASCII): aligned through dtl, so an inserted byte
// shows as one added byte rather than as every byte after it changed. Payloads whose differing middle is larger
// than maximumMiddle bytes are compared byte by byte at the same offsets instead, and the result says so. Long runs
// of equal bytes shrink to a Skipped row. Pure.

#include "diff/diffresult.h"

#include <QByteArrayView>
#include <QCoreApplication>

class HexDiff {
    Q_DECLARE_TR_FUNCTIONS(HexDiff)
public:
    static constexpr qsizetype DefaultMaximumMiddle = 64 * 1024;
    static constexpr int ContextRows = 2;
    static DiffResult compute(
        QByteArrayView older, QByteArrayView newer, qsizetype maximumMiddle = DefaultMaximumMiddle);
};
