// SPDX-License-Identifier: MIT
#pragma once

// The number a payload carries for a chart (pure: no I/O; runs in the ingest worker thread).
//   - the whole payload (path $ or empty): a plain number ("21.5", "-3e2", " 7 "), or true/false/on/off as 1/0;
//   - a path into JSON, CBOR or MessagePack (NumericPath, the inspector's syntax): numbers, booleans as 1/0, and
//     strings that read as a plain number or a boolean word; on a Sparkplug B topic, a path into the payload as the
//     inspector shows it ($.metrics[0].value: the metrics in the order the payload lists them).
// NaN and Infinity (JSON as Python writes it, CBOR floats, "nan" as text) come out as numbers; the chart shows them
// as gaps. Anything else is NotNumber (a string, an object, null) or NoMatch (the path names nothing in this
// payload): never zero. The structured formats are read by core/payload's decoders, not by a parser of our own.

#include "charts/numericpath.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

class PayloadTree;

class NumericExtractor {
public:
    enum class Format : quint8 { Auto, Json, Cbor, MessagePack, SparkplugB };
    // The format a topic's payloads are read in: Sparkplug B on a Sparkplug topic, else Auto.
    static Format formatForTopic(QStringView topic);
    enum class Outcome : quint8 {
        Number, // value holds it (possibly NaN or an infinity)
        NotNumber, // the value is there but is not a number
        NoMatch, // the path names nothing in this payload
        Undecodable, // a path was given and the payload is none of the structured formats
    };
    struct Result {
        Outcome outcome = Outcome::NotNumber;
        double value = 0;
        bool isNumber() const { return outcome == Outcome::Number; }
    };

    static Result extract(const QByteArray &payload, const NumericPath &path, Format format = Format::Auto);

    // A plain number or a boolean word (true/false/on/off, any case), white space around it allowed.
    static std::optional<double> parsePlain(QByteArrayView text);
    // The decoded tree of payload in the given format (Auto: JSON when it looks like JSON, else CBOR, else
    // MessagePack); null when it decodes as none of them.
    static std::shared_ptr<const PayloadTree> decode(const QByteArray &payload, Format format);
    // The node path names in tree, or PayloadTree::NoNode; CBOR tags are looked through.
    static quint32 find(const PayloadTree &tree, const NumericPath &path);
    static Result valueOf(const PayloadTree &tree, quint32 node);
    // Every path of payload whose value is a number or a boolean, in document order (at most limit of them), for
    // "Chart all numeric fields".
    static QStringList numericPaths(const QByteArray &payload, int limit = 64, Format format = Format::Auto);
};
