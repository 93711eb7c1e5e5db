// SPDX-License-Identifier: MIT
#pragma once

// Compares two payloads the way that suits them: two JSON documents structurally (paths added, removed, changed),
// two texts line by line, anything binary as hex. A mode can be forced; a structural diff of payloads that are not
// both JSON falls back to text (or hex) and says why. Pure; a view runs it off the GUI thread for large payloads.

#include "diff/diffresult.h"

#include <QByteArray>
#include <QCoreApplication>

class MessageDiff {
    Q_DECLARE_TR_FUNCTIONS(MessageDiff)
public:
    enum class Mode : quint8 { Auto, Text, Structural, Hex };
    static constexpr qsizetype MaximumInput = 4 * 1024 * 1024; // bytes of each payload compared

    static DiffResult compare(const QByteArray &older, const QByteArray &newer, Mode mode = Mode::Auto);
};
