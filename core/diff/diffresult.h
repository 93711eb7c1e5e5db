// SPDX-License-Identifier: MIT
#pragma once

// What a diff hands a view: rows to show in order, each with its kind, where it is on either side and which parts
// of its text changed. The same for text, structural (JSON, CBOR, MessagePack) and hex diffs, so one view shows
// them all. Text in rows is the real text; views pass it through Canopy::visibleText() (and map the highlights).

#include <QList>
#include <QString>

struct DiffRange {
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const DiffRange &) const = default;
};

struct DiffLine {
    enum class Kind : quint8 {
        Same, // in both
        Removed, // only in the older message
        Added, // only in the newer message
        Changed, // structural: a value that differs (text says old → new)
        Skipped, // "… 120 unchanged lines": a run of Same rows left out
    };
    Kind kind = Kind::Same;
    qint64 oldLine = -1; // 1-based line, or byte offset for hex rows; -1 when not on that side
    qint64 newLine = -1;
    QString text;
    QList<DiffRange> highlights; // the characters of text that differ from the other side
    bool operator==(const DiffLine &) const = default;
};

struct DiffResult {
    enum class Mode : quint8 { Text, Structural, Hex };
    Mode mode = Mode::Text;
    QList<DiffLine> lines;
    qint64 added = 0; // lines, paths or bytes
    qint64 removed = 0;
    qint64 changed = 0;
    QString note; // what the diff could not do exactly, in words; empty when nothing
    bool identical() const { return added == 0 && removed == 0 && changed == 0; }
};
