// SPDX-License-Identifier: MIT
#pragma once

// Compares two payloads the way that suits them: two documents of one kind structurally (paths added, removed,
// changed), two texts line by line, anything else binary as hex. A document is JSON, or a binary payload the inspector
// reads as a tree: CBOR, MessagePack, Protocol Buffers (by its content type) or Sparkplug B (on a spBv1.0/ topic). A
// mode can be forced; a structural diff of payloads that are not two such documents falls back to text (or hex) and
// says why. Pure; a view runs it off the GUI thread for large payloads.

#include "codec/mqttpacket.h"
#include "diff/diffresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringView>

class MessageDiff {
    Q_DECLARE_TR_FUNCTIONS(MessageDiff)
public:
    enum class Mode : quint8 { Auto, Text, Structural, Hex };
    static constexpr qsizetype MaximumInput = 4 * 1024 * 1024; // bytes of each payload compared

    // What the payloads came with: their topic and MQTT 5 properties (the content type), which decide how a binary
    // payload reads, as in the inspector.
    struct Context {
        QStringView topic;
        const Mqtt::Properties *olderProperties = nullptr;
        const Mqtt::Properties *newerProperties = nullptr;
    };

    static DiffResult compare(const QByteArray &older, const QByteArray &newer, Mode mode, const Context &context);
    static DiffResult compare(const QByteArray &older, const QByteArray &newer, Mode mode = Mode::Auto)
    {
        return compare(older, newer, mode, Context {});
    }
};
