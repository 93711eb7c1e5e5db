// SPDX-License-Identifier: MIT
#pragma once

// MessagePack payloads as a tree, through msgpack-cxx's visitor parser (Debian libmsgpack-cxx-dev, header-only, used
// without Boost), which keeps its own stack: no recursion, and this visitor refuses nesting deeper than MaximumDepth.
// Strings and binaries refer to the payload's bytes; the timestamp extension (type -1) reads as a UTC time. Map keys
// of any type are kept as text.
//
// Pure: no I/O; may run in any thread, and stops early when *cancel becomes true.

#include "payload/payloadtree.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

class MsgPackDecoder {
    Q_DECLARE_TR_FUNCTIONS(MsgPackDecoder)
public:
    static constexpr int MaximumDepth = 1'000'000;

    struct Result {
        bool valid = false;
        QString error; // "Not valid MessagePack: ... at byte 7."; empty when valid
        bool cancelled = false;
        std::shared_ptr<const PayloadTree> tree; // when asked for and valid
    };

    // Decodes bytes as exactly one MessagePack object.
    static Result decode(const QByteArray &bytes, bool buildTree = true, const std::atomic<bool> *cancel = nullptr,
        quint32 maxNodes = PayloadTree::DefaultMaximumNodes);
};
