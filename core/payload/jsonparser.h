// SPDX-License-Identifier: MIT
#pragma once

// A JSON parser for payloads: iterative (a document nested 10,000 or 1,000,000 levels deep costs no stack; Qt's
// QJsonDocument stops at 1,024 levels), keeps member order and repeated keys as the payload has them, numbers as
// written (no rounding of 64-bit ids), and says what is wrong in words with a line and column. It accepts NaN,
// Infinity and -Infinity, which some producers (Python's json module) write, with a warning that they are not
// JSON. It validates the whole document even past the tree's node limit.
//
// Pure: no I/O; may run in any thread, and stops early when *cancel becomes true.

#include "payload/payloadtree.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

class JsonParser {
    Q_DECLARE_TR_FUNCTIONS(JsonParser)
public:
    static constexpr int MaximumDepth = 1'000'000;

    struct Result {
        bool valid = false;
        QString error; // "Not valid JSON: expected ':' after the object key at line 3, column 14."; empty if valid
        qsizetype errorOffset = -1; // byte offset of the error
        QString warning; // valid, but not strict JSON (NaN, Infinity)
        bool cancelled = false;
        std::shared_ptr<const PayloadTree> tree; // when asked for and valid
    };

    // Parses bytes as one JSON document (a UTF-8 byte order mark is skipped). With buildTree, the result holds the
    // document as a tree of at most maxNodes nodes.
    static Result parse(const QByteArray &bytes, bool buildTree, const std::atomic<bool> *cancel = nullptr,
        quint32 maxNodes = PayloadTree::DefaultMaximumNodes);
    // Whether the first character other than white space opens an object or an array: cheap, for detection.
    static bool looksLikeJson(QByteArrayView bytes);
    // Line and column (1-based, in characters) of a byte offset.
    static std::pair<qsizetype, qsizetype> lineAndColumn(QByteArrayView bytes, qsizetype offset);
};
