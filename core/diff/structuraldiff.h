// SPDX-License-Identifier: MIT
#pragma once

// Structural diff of two decoded documents (JSON, also CBOR and MessagePack trees): the paths added, removed and
// changed, in document order, key order ignored. Objects are matched by key (the last of repeated keys counts, as
// JSON parsers do), arrays by position; numbers compare by value ("1" and "1.0" are equal, two 20-digit integers
// are compared digit by digit), strings by their unescaped text. Iterative: deep documents cost no stack. Pure.

#include "diff/diffresult.h"
#include "payload/payloadtree.h"

#include <QCoreApplication>

class StructuralDiff {
    Q_DECLARE_TR_FUNCTIONS(StructuralDiff)
public:
    static constexpr qsizetype ValueCharacters = 200; // values in rows are cut after this many characters
    static DiffResult compute(const PayloadTree &older, const PayloadTree &newer);
};
