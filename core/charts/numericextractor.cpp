// SPDX-License-Identifier: MIT
#include "charts/numericextractor.h"

#include "payload/cbordecoder.h"
#include "payload/jsonparser.h"
#include "payload/msgpackdecoder.h"
#include "payload/payloadtree.h"
#include "payload/protobufdecoder.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool equalsLower(QByteArrayView text, const char *word)
{
    qsizetype i = 0;
    for (; word[i]; ++i) {
        if (i >= text.size())
            return false;
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return i == text.size();
}

// Structured payloads this large are not decoded per message in the worker thread: a chart of a 10 MB document per
// message would hold the store lock far too long. The value is counted as not a number.
constexpr qsizetype MaximumStructuredBytes = 1024 * 1024;
// Enough nodes for any telemetry document; a bigger one stops decoding early (its later paths read as no match).
constexpr quint32 MaximumNodes = 100'000;

} // namespace

std::optional<double> NumericExtractor::parsePlain(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    QByteArrayView t = text.sliced(begin, end - begin);
    if (t.isEmpty() || t.size() > 64)
        return std::nullopt;
    if (equalsLower(t, "true") || equalsLower(t, "on"))
        return 1.0;
    if (equalsLower(t, "false") || equalsLower(t, "off"))
        return 0.0;
    double sign = 1;
    QByteArrayView unsignedPart = t;
    if (t[0] == '+' || t[0] == '-') {
        sign = t[0] == '-' ? -1 : 1;
        unsignedPart = t.sliced(1);
    }
    if (equalsLower(unsignedPart, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (equalsLower(unsignedPart, "inf") || equalsLower(unsignedPart, "infinity"))
        return sign * std::numeric_limits<double>::infinity();
    if (unsignedPart.isEmpty() || !((unsignedPart[0] >= '0' && unsignedPart[0] <= '9') || unsignedPart[0] == '.'))
        return std::nullopt;
    double value = 0;
    const char *first = unsignedPart.data();
    const char *last = first + unsignedPart.size();
    const auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec != std::errc() || ptr != last)
        return std::nullopt; // "12abc", "0x10", "1,5": not a number
    return sign * value;
}

NumericExtractor::Format NumericExtractor::formatForTopic(QStringView topic)
{
    return ProtobufDecoder::isSparkplugTopic(topic) ? Format::SparkplugB : Format::Auto;
}

std::shared_ptr<const PayloadTree> NumericExtractor::decode(const QByteArray &payload, Format format)
{
    if (payload.size() > MaximumStructuredBytes)
        return nullptr;
    if (format == Format::SparkplugB) {
        ProtobufDecoder::Result result
            = ProtobufDecoder::decode(payload, ProtobufDecoder::Schema::SparkplugB, true, nullptr, MaximumNodes);
        return result.valid ? result.tree : nullptr;
    }
    if (format == Format::Json || (format == Format::Auto && JsonParser::looksLikeJson(payload))) {
        JsonParser::Result result = JsonParser::parse(payload, true, nullptr, MaximumNodes);
        return result.valid ? result.tree : nullptr;
    }
    if (format == Format::Cbor || format == Format::Auto) {
        CborDecoder::Options options;
        options.diagnostic = false;
        options.maxNodes = MaximumNodes;
        CborDecoder::Result result = CborDecoder::decode(payload, options);
        if (result.valid)
            return result.tree;
        if (format == Format::Cbor)
            return nullptr;
    }
    MsgPackDecoder::Result result = MsgPackDecoder::decode(payload, true, nullptr, MaximumNodes);
    return result.valid ? result.tree : nullptr;
}

quint32 NumericExtractor::find(const PayloadTree &tree, const NumericPath &path)
{
    if (tree.isEmpty())
        return PayloadTree::NoNode;
    auto throughTags = [&tree](quint32 node) {
        while (node != PayloadTree::NoNode && tree.type(node) == PayloadTree::Type::Tag && tree.childCount(node) == 1)
            node = tree.child(node, 0);
        return node;
    };
    quint32 node = throughTags(0);
    for (const NumericPath::Step &step : path.steps()) {
        if (node == PayloadTree::NoNode)
            return node;
        const PayloadTree::Type type = tree.type(node);
        if (type == PayloadTree::Type::Array && step.index >= 0) {
            if (step.index >= tree.childCount(node))
                return PayloadTree::NoNode;
            node = tree.child(node, int(step.index));
        } else if (type == PayloadTree::Type::Object) {
            node = tree.member(node, step.key); // [1] on a map: the map key 1 (CBOR, MessagePack)
        } else {
            return PayloadTree::NoNode;
        }
        node = throughTags(node);
    }
    return node;
}

NumericExtractor::Result NumericExtractor::valueOf(const PayloadTree &tree, quint32 node)
{
    switch (tree.type(node)) {
    case PayloadTree::Type::Number:
    case PayloadTree::Type::String: {
        const std::optional<double> value = parsePlain(tree.valueBytes(node));
        if (value)
            return { Outcome::Number, *value };
        return { Outcome::NotNumber, 0 };
    }
    case PayloadTree::Type::Bool:
        return { Outcome::Number, tree.valueText(node) == QLatin1StringView("true") ? 1.0 : 0.0 };
    default:
        return { Outcome::NotNumber, 0 };
    }
}

NumericExtractor::Result NumericExtractor::extract(const QByteArray &payload, const NumericPath &path, Format format)
{
    if (!path.isValid())
        return { Outcome::NoMatch, 0 };
    if (path.isRoot()) {
        if (const std::optional<double> value = parsePlain(payload))
            return { Outcome::Number, *value };
        if (format == Format::Auto)
            return { Outcome::NotNumber, 0 };
    }
    const std::shared_ptr<const PayloadTree> tree = decode(payload, format);
    if (!tree)
        return { Outcome::Undecodable, 0 };
    const quint32 node = find(*tree, path);
    if (node == PayloadTree::NoNode)
        return { Outcome::NoMatch, 0 };
    return valueOf(*tree, node);
}

QStringList NumericExtractor::numericPaths(const QByteArray &payload, int limit, Format format)
{
    QStringList paths;
    const std::shared_ptr<const PayloadTree> tree = decode(payload, format);
    if (!tree)
        return paths;
    // Node ids are in document order (the decoders append as they read).
    for (quint32 node = 0; node < tree->size() && paths.size() < limit; ++node) {
        const PayloadTree::Type type = tree->type(node);
        if (type != PayloadTree::Type::Number && type != PayloadTree::Type::Bool)
            continue;
        // Of a Sparkplug payload, the metrics' values: not its timestamp, sequence number or aliases.
        if (format == Format::SparkplugB && (tree->key(node) != u"value" || tree->depth(node) != 3))
            continue;
        paths.append(tree->path(node));
    }
    return paths;
}
