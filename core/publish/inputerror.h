// SPDX-License-Identifier: MIT
#pragma once

// Where a piece of user input (a payload, a collection file) stops making sense: one sentence, and the place as a
// character offset and a line and column, both counted from 1, so that an editor can put the cursor there.

#include <QString>
#include <QStringView>

struct InputError {
    QString sentence; // empty: no error
    qsizetype offset = -1; // in UTF-16 code units of the text that was read; -1 when no place applies
    int line = 0;
    int column = 0;

    bool isError() const { return !sentence.isEmpty(); }
    // An error at offset in text, with its line and column.
    static InputError at(QStringView text, qsizetype offset, const QString &sentence);
    // "line 3, column 7", for sentences.
    static QString placeText(int line, int column);
};
