// SPDX-License-Identifier: MIT
#pragma once

// A payload read for a view that shows a binary format as a tree: CBOR, MessagePack, Protocol Buffers (raw) or
// Sparkplug B. One place for the call each decoder needs, so that the inspector and the diff read a payload alike.
// Pure: no I/O; may run in any thread, and stops early when *cancel becomes true.

#include "payload/payloaddetector.h"
#include "payload/payloadtree.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

class TreeViewDecoder {
public:
    struct Result {
        bool valid = false;
        bool cancelled = false;
        QString error; // the decoder's sentence, with the byte; empty when valid
        std::shared_ptr<const PayloadTree> tree;
    };

    // CborTree, MsgPackTree, Protobuf and SparkplugB.
    static bool reads(PayloadView view);
    // bytes decoded for view, which must be one that reads() says it reads.
    static Result decode(const QByteArray &bytes, PayloadView view, const std::atomic<bool> *cancel = nullptr);
    // The format's name, the same in every language ("MessagePack"); empty for a view it does not read.
    static QString formatName(PayloadView view);
};
