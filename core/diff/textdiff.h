// SPDX-License-Identifier: MIT
#pragma once

// Line diff of two texts with the characters that changed inside a changed line highlighted (lines and characters
// both go through dtl, see EditScript). Unified order: in a change, the older lines come first, then the newer ones.
// Long runs of unchanged lines shrink to `context` lines on each side of a change and one Skipped row. Pure.

#include "diff/diffresult.h"

#include <QCoreApplication>

class TextDiff {
    Q_DECLARE_TR_FUNCTIONS(TextDiff)
public:
    struct Options {
        int context = 3;
        qsizetype maximumMiddleLines = 20000; // changed region beyond which lines are not aligned
        qsizetype maximumLineLength = 4000; // longer changed lines get no character highlights
    };
    static DiffResult compute(const QString &older, const QString &newer, const Options &options);
    static DiffResult compute(const QString &older, const QString &newer) { return compute(older, newer, Options {}); }
    // Which characters of a changed line differ: ranges in older and in newer (empty when the lines have little in
    // common, so that a rewritten line is not painted character by character).
    static std::pair<QList<DiffRange>, QList<DiffRange>> lineHighlights(QStringView older, QStringView newer);
};
