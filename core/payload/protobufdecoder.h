// SPDX-License-Identifier: MIT
#pragma once

// Protocol Buffers payloads as a tree, without a schema: what `protoc --decode_raw` shows, as the same PayloadTree
// the JSON, CBOR and MessagePack views use (so the tree view, paths and the structural diff work on it). And Sparkplug
// B payloads (Eclipse Sparkplug 3.0, topics spBv1.0/...), whose schema is known: named fields, metrics with their
// data type in words and their value as the right number, text or bytes.
//
// Without a schema the wire format leaves some things open, decided this way:
// - a field is keyed by its number; a number that repeats becomes an array, in order;
// - a varint is an unsigned number, read as a signed one when it is above the int64 range (a negative int32/int64);
// - a 32-bit field reads as a float and a 64-bit one as a double (the common case for sensor values), with the raw
//   value in hex beside it when the float is not finite;
// - a length-delimited field is a nested message when all of it parses as one, else text when it is valid UTF-8
//   without control characters, else bytes.
// Anything that does not parse (a varint running past the end, a length beyond the payload, wire types 6 and 7,
// field number 0, groups that do not close) is an error in words, with the byte offset.
//
// Pure: no I/O; may run in any thread, and stops early when *cancel becomes true. Nesting is limited to MaximumDepth,
// as protobuf's own parsers limit it.

#include "payload/payloadtree.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

class ProtobufDecoder {
    Q_DECLARE_TR_FUNCTIONS(ProtobufDecoder)
public:
    static constexpr int MaximumDepth = 100;
    enum class Schema : quint8 { Raw, SparkplugB };

    struct Result {
        bool valid = false;
        QString error; // "Not valid Protocol Buffers: ... at byte 7."; empty when valid
        bool cancelled = false;
        std::shared_ptr<const PayloadTree> tree; // when asked for and valid
    };

    static Result decode(const QByteArray &bytes, Schema schema = Schema::Raw, bool buildTree = true,
        const std::atomic<bool> *cancel = nullptr, quint32 maxNodes = PayloadTree::DefaultMaximumNodes);
    // A topic whose payloads are Sparkplug B: spBv1.0/group/message type/edge node[/device]. Not the host
    // application's spBv1.0/STATE/... topics, whose payload is JSON or text.
    static bool isSparkplugTopic(QStringView topic);
    // A Sparkplug B data type in words ("Double"); the number for types the specification does not name.
    static QString sparkplugTypeName(quint32 type);
};
