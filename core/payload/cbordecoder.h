// SPDX-License-Identifier: MIT
#pragma once

// CBOR (RFC 8949) payloads, read with Qt's QCborStreamReader in one iterative pass that builds the tree and the
// diagnostic notation (RFC 8949 section 8: {"a": [1, h'00ff', 1("x")]}) together. Iterative, unlike
// QCborValue::fromCbor, which stops at 1,024 levels ("data nesting too deep") and whose notation rounds big
// negative integers to doubles. Map keys of any type are kept as their diagnostic notation.
//
// Pure: no I/O; may run in any thread, and stops early when *cancel becomes true.

#include "payload/payloadtree.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

class CborDecoder {
    Q_DECLARE_TR_FUNCTIONS(CborDecoder)
public:
    static constexpr qsizetype DefaultDiagnosticLimit = 8 * 1024 * 1024; // characters
    static constexpr int MaximumDepth = 1'000'000;

    struct Options {
        bool tree = true;
        bool diagnostic = true;
        bool compact = false; // diagnostic on one line ("[1, 2]"), as QCborValue::toDiagnosticNotation() writes it
        qsizetype diagnosticLimit = DefaultDiagnosticLimit;
        quint32 maxNodes = PayloadTree::DefaultMaximumNodes;
        const std::atomic<bool> *cancel = nullptr;
    };
    struct Result {
        bool valid = false;
        QString error; // "Not valid CBOR: ... at byte 12."; empty when valid
        bool cancelled = false;
        std::shared_ptr<const PayloadTree> tree;
        QString diagnostic; // line-wrapped with two spaces per level unless compact
        bool diagnosticTruncated = false; // longer than the limit: cut there
    };

    // Decodes bytes as exactly one CBOR data item.
    static Result decode(const QByteArray &bytes, const Options &options);
    static Result decode(const QByteArray &bytes) { return decode(bytes, Options {}); }
    // What a tag number means, for the well-known ones ("date/time string", "epoch time", ...); empty otherwise.
    static QString tagName(quint64 tag);
};
