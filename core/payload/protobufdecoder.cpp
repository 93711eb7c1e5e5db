// SPDX-License-Identifier: MIT
#include "payload/protobufdecoder.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

enum WireType : quint8 { Varint = 0, Fixed64 = 1, Delimited = 2, GroupStart = 3, GroupEnd = 4, Fixed32 = 5 };

struct Field {
    quint32 number = 0;
    WireType wire = Varint;
    qsizetype offset = 0; // of the tag
    quint64 value = 0; // varint, fixed32, fixed64
    qsizetype begin = 0; // delimited and group: the contents
    qsizetype end = 0;
};

// Reads the message in bytes [begin, end) into fields: a flat list of its own fields (nested messages are left as
// ranges). For a group, `group` is its field number and the parse stops at its end tag, returned in *groupEnd.
class Parser {
public:
    Parser(const QByteArray &bytes, const std::atomic<bool> *cancel)
        : m_data(reinterpret_cast<const uchar *>(bytes.constData()))
        , m_cancel(cancel)
    {
    }

    bool parse(qsizetype begin, qsizetype end, std::vector<Field> &fields, quint32 group = 0,
        qsizetype *groupEnd = nullptr, int depth = 0)
    {
        if (depth > ProtobufDecoder::MaximumDepth)
            return fail(
                begin, ProtobufDecoder::tr("groups nest deeper than %1 levels").arg(ProtobufDecoder::MaximumDepth));
        qsizetype at = begin;
        while (at < end) {
            if (m_cancel && (++m_steps & 0xfff) == 0 && m_cancel->load(std::memory_order_relaxed)) {
                m_cancelled = true;
                return false;
            }
            Field field;
            field.offset = at;
            quint64 tag = 0;
            if (!varint(at, end, tag))
                return false;
            field.wire = WireType(tag & 7);
            if ((tag >> 3) == 0 || (tag >> 3) > 0x1fffffff)
                return fail(field.offset, ProtobufDecoder::tr("field number %1 is not allowed").arg(tag >> 3));
            field.number = quint32(tag >> 3);
            switch (field.wire) {
            case Varint:
                if (!varint(at, end, field.value))
                    return false;
                break;
            case Fixed64:
            case Fixed32: {
                const int size = field.wire == Fixed64 ? 8 : 4;
                if (end - at < size)
                    return fail(field.offset, ProtobufDecoder::tr("a %1-bit value runs past the end").arg(size * 8));
                quint64 value = 0;
                for (int i = size - 1; i >= 0; --i)
                    value = (value << 8) | m_data[at + i]; // little-endian
                field.value = value;
                at += size;
                break;
            }
            case Delimited: {
                quint64 length = 0;
                if (!varint(at, end, length))
                    return false;
                if (length > quint64(end - at))
                    return fail(field.offset,
                        ProtobufDecoder::tr("field %1 says %2 bytes follow, but only %3 do")
                            .arg(field.number)
                            .arg(length)
                            .arg(end - at));
                field.begin = at;
                field.end = at + qsizetype(length);
                at = field.end;
                break;
            }
            case GroupStart: {
                std::vector<Field> inner;
                field.begin = at;
                qsizetype closed = -1;
                if (!parse(at, end, inner, field.number, &closed, depth + 1))
                    return false;
                field.end = closed; // the end tag's offset
                quint64 endTag = 0;
                at = closed;
                varint(at, end, endTag); // read before: cannot fail
                break;
            }
            case GroupEnd:
                if (group == field.number) {
                    *groupEnd = field.offset;
                    return true;
                }
                return fail(
                    field.offset, ProtobufDecoder::tr("a group of field %1 ends that never started").arg(field.number));
            default:
                return fail(field.offset, ProtobufDecoder::tr("wire type %1 does not exist").arg(int(field.wire)));
            }
            fields.push_back(field);
        }
        if (group != 0)
            return fail(end, ProtobufDecoder::tr("the group of field %1 never ends").arg(group));
        return true;
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }
    void clearError() { m_error.clear(); }

private:
    bool varint(qsizetype &at, qsizetype end, quint64 &value)
    {
        value = 0;
        const qsizetype start = at;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= end)
                return fail(start, ProtobufDecoder::tr("a varint runs past the end"));
            const uchar byte = m_data[at++];
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return fail(start, ProtobufDecoder::tr("a varint is longer than 10 bytes"));
    }

    bool fail(qsizetype offset, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = ProtobufDecoder::tr("Not valid Protocol Buffers: %1 at byte %2.").arg(why).arg(offset);
        return false;
    }

    const uchar *m_data;
    const std::atomic<bool> *m_cancel;
    quint32 m_steps = 0;
    bool m_cancelled = false;
    QString m_error;
};

// Printable UTF-8: what reads as a string rather than a nested message or bytes.
bool isText(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    if (begin == end)
        return true;
    for (qsizetype i = begin; i < end; ++i) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
        if (c == 0x7f)
            return false;
    }
    return QUtf8StringView(bytes.constData() + begin, end - begin).isValidUtf8();
}

QString numberText(quint64 value)
{
    if (value > quint64(std::numeric_limits<qint64>::max()))
        return QString::number(qint64(value)); // a negative int64 (or int32, sign-extended)
    return QString::number(value);
}

// The shortest text that reads back as the same value: 21.5, not 21.500000000000000 or, for a float, 21.5000000.
QString floatText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString floatText(float value)
{
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return QString::fromLatin1(text, end - text);
}

float asFloat(quint64 bits)
{
    const auto raw = quint32(bits);
    float value = 0;
    std::memcpy(&value, &raw, sizeof value);
    return value;
}

double asDouble(quint64 bits)
{
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

class Builder {
public:
    Builder(const QByteArray &bytes, PayloadTree *tree, Parser &parser)
        : m_bytes(bytes)
        , m_tree(tree)
        , m_parser(parser)
    {
    }

    quint32 add(PayloadTree::Type type, quint32 parent, const QString &key)
    {
        if (!m_tree || (parent == PayloadTree::NoNode && m_tree->size() > 0))
            return PayloadTree::NoNode;
        const quint32 node = m_tree->add(type, parent);
        if (node != PayloadTree::NoNode && !key.isNull()) // a field number is a key that is not a string: $[2][0]
            m_tree->setKeyText(node, key.toUtf8(), !key.front().isDigit());
        return node;
    }
    void setText(quint32 node, const QString &text)
    {
        if (node != PayloadTree::NoNode)
            m_tree->setValueText(node, text.toUtf8());
    }
    void setRange(quint32 node, qsizetype begin, qsizetype end)
    {
        if (node != PayloadTree::NoNode)
            m_tree->setValueRange(node, begin, end - begin, false);
    }

    // The message in [begin, end) under node (an object), its fields keyed by number; false when it does not parse.
    bool raw(qsizetype begin, qsizetype end, quint32 node, int depth)
    {
        if (depth > ProtobufDecoder::MaximumDepth)
            return false; // decode() says why: the parser has no error of its own
        std::vector<Field> fields;
        if (!m_parser.parse(begin, end, fields))
            return false;
        // Fields keyed by number, in the order each number first appears; a number that repeats is an array. Grouped
        // through a hash: a message of a hundred thousand field numbers stays linear.
        std::vector<quint32> order;
        QHash<quint32, std::vector<size_t>> byNumber;
        for (size_t i = 0; i < fields.size(); ++i) {
            std::vector<size_t> &indexes = byNumber[fields[i].number];
            if (indexes.empty())
                order.push_back(fields[i].number);
            indexes.push_back(i);
        }
        for (const quint32 number : order) {
            const std::vector<size_t> &indexes = byNumber[number];
            quint32 parent = node;
            QString key = QString::number(number);
            if (indexes.size() > 1) {
                parent = add(PayloadTree::Type::Array, node, key);
                key = QString();
            }
            for (const size_t i : indexes) {
                if (!rawValue(fields[i], parent, key, depth))
                    return false;
            }
        }
        return true;
    }

    // One field's value under parent (with key, or as an array element when key is null).
    bool rawValue(const Field &field, quint32 parent, const QString &key, int depth)
    {
        switch (field.wire) {
        case Varint:
            setText(add(PayloadTree::Type::Number, parent, key), numberText(field.value));
            return true;
        case Fixed32: {
            const float value = asFloat(field.value);
            if (std::isfinite(value))
                setText(add(PayloadTree::Type::Number, parent, key), floatText(value));
            else
                setText(
                    add(PayloadTree::Type::String, parent, key), u"0x%1"_s.arg(field.value, 8, 16, QLatin1Char('0')));
            return true;
        }
        case Fixed64: {
            const double value = asDouble(field.value);
            if (std::isfinite(value))
                setText(add(PayloadTree::Type::Number, parent, key), floatText(value));
            else
                setText(
                    add(PayloadTree::Type::String, parent, key), u"0x%1"_s.arg(field.value, 16, 16, QLatin1Char('0')));
            return true;
        }
        case GroupStart:
            return raw(field.begin, field.end, add(PayloadTree::Type::Object, parent, key), depth + 1);
        case Delimited: {
            if (field.end > field.begin && !isText(m_bytes, field.begin, field.end)) {
                // A nested message if all of it parses as one; else bytes.
                std::vector<Field> probe;
                if (depth < ProtobufDecoder::MaximumDepth && m_parser.parse(field.begin, field.end, probe)) {
                    return raw(field.begin, field.end, add(PayloadTree::Type::Object, parent, key), depth + 1);
                }
                if (m_parser.cancelled())
                    return false;
                m_parser.clearError();
                setRange(add(PayloadTree::Type::Bytes, parent, key), field.begin, field.end);
                return true;
            }
            setRange(add(PayloadTree::Type::String, parent, key), field.begin, field.end);
            return true;
        }
        default:
            return true;
        }
    }

    // A Sparkplug B payload: named fields, metrics with typed values; unknown fields as raw.
    bool sparkplug(qsizetype begin, qsizetype end, QString *error)
    {
        std::vector<Field> fields;
        if (!m_parser.parse(begin, end, fields))
            return false;
        const quint32 root = add(PayloadTree::Type::Object, PayloadTree::NoNode, QString());
        quint32 metrics = PayloadTree::NoNode; // made with the first metric
        bool haveMetrics = false;
        for (const Field &field : fields) {
            const auto expect = [&](WireType wire, const char *name) {
                if (field.wire == wire)
                    return true;
                *error
                    = ProtobufDecoder::tr("Not a Sparkplug B payload: its field %1 (%2) at byte %3 has the wrong type.")
                          .arg(field.number)
                          .arg(QLatin1StringView(name))
                          .arg(field.offset);
                return false;
            };
            switch (field.number) {
            case 1:
                if (!expect(Varint, "timestamp"))
                    return false;
                setText(add(PayloadTree::Type::Number, root, u"timestamp"_s), QString::number(field.value));
                break;
            case 2:
                if (!expect(Delimited, "metrics"))
                    return false;
                if (!std::exchange(haveMetrics, true))
                    metrics = add(PayloadTree::Type::Array, root, u"metrics"_s);
                if (!metric(field, metrics, error))
                    return false;
                break;
            case 3:
                if (!expect(Varint, "seq"))
                    return false;
                setText(add(PayloadTree::Type::Number, root, u"seq"_s), QString::number(field.value));
                break;
            case 4:
                if (!expect(Delimited, "uuid"))
                    return false;
                setRange(add(PayloadTree::Type::String, root, u"uuid"_s), field.begin, field.end);
                break;
            case 5:
                if (!expect(Delimited, "body"))
                    return false;
                setRange(add(PayloadTree::Type::Bytes, root, u"body"_s), field.begin, field.end);
                break;
            default:
                if (!rawValue(field, root, QString::number(field.number), 0))
                    return false;
            }
        }
        return true;
    }

private:
    bool metric(const Field &outer, quint32 metrics, QString *error)
    {
        std::vector<Field> fields;
        if (!m_parser.parse(outer.begin, outer.end, fields)) {
            if (!m_parser.cancelled()) {
                *error = ProtobufDecoder::tr("Not a Sparkplug B payload: the metric at byte %1 is not a message (%2)")
                             .arg(outer.offset)
                             .arg(m_parser.error());
            }
            return false;
        }
        const quint32 node = add(PayloadTree::Type::Object, metrics, QString());
        quint32 type = 0;
        for (const Field &field : fields) {
            if (field.number == 4 && field.wire == Varint)
                type = quint32(field.value);
        }
        static const char *const names[] = { nullptr, "name", "alias", "timestamp", "dataType", "isHistorical",
            "isTransient", "isNull", "metaData", "properties" };
        for (const Field &field : fields) {
            const quint32 n = field.number;
            if (n >= 1 && n <= 9) {
                const QString key = QLatin1StringView(names[n]);
                const bool delimited = n == 1 || n == 8 || n == 9;
                if ((delimited && field.wire != Delimited) || (!delimited && field.wire != Varint)) {
                    *error = ProtobufDecoder::tr(
                        "Not a Sparkplug B payload: field %1 (%2) of the metric at byte %3 has the wrong type.")
                                 .arg(n)
                                 .arg(key)
                                 .arg(field.offset);
                    return false;
                }
                if (n == 1)
                    setRange(add(PayloadTree::Type::String, node, key), field.begin, field.end);
                else if (n == 4)
                    setText(add(PayloadTree::Type::String, node, key), ProtobufDecoder::sparkplugTypeName(type));
                else if (n >= 5 && n <= 7)
                    setText(add(PayloadTree::Type::Bool, node, key), field.value ? u"true"_s : u"false"_s);
                else if (n == 2 || n == 3)
                    setText(add(PayloadTree::Type::Number, node, key), QString::number(field.value));
                else if (!raw(field.begin, field.end, add(PayloadTree::Type::Object, node, key), 1))
                    return false;
                continue;
            }
            if (n >= 10 && n <= 19) {
                if (!value(field, type, node))
                    return false;
                continue;
            }
            if (!rawValue(field, node, QString::number(n), 1))
                return false;
        }
        return true;
    }

    // The metric's value as its data type says (Sparkplug keeps 8-, 16- and 32-bit integers in a uint32).
    bool value(const Field &field, quint32 type, quint32 node)
    {
        const QString key = u"value"_s;
        switch (field.number) {
        case 10: {
            const auto bits = quint32(field.value);
            qint64 number = bits;
            if (type == 1)
                number = qint8(bits);
            else if (type == 2)
                number = qint16(bits);
            else if (type == 3)
                number = qint32(bits);
            setText(add(PayloadTree::Type::Number, node, key), QString::number(number));
            return true;
        }
        case 11:
            setText(add(PayloadTree::Type::Number, node, key),
                type == 4 ? QString::number(qint64(field.value)) : QString::number(field.value));
            return true;
        case 12:
        case 13:
            return rawValue(field, node, key, 1);
        case 14:
            setText(add(PayloadTree::Type::Bool, node, key), field.value ? u"true"_s : u"false"_s);
            return true;
        case 15:
            setRange(add(PayloadTree::Type::String, node, key), field.begin, field.end);
            return true;
        case 16:
            setRange(add(PayloadTree::Type::Bytes, node, key), field.begin, field.end);
            return true;
        default: // data set, template, extension: their fields by number
            return rawValue(field, node, key, 1);
        }
    }

    const QByteArray &m_bytes;
    PayloadTree *m_tree;
    Parser &m_parser;
};

} // namespace

ProtobufDecoder::Result ProtobufDecoder::decode(
    const QByteArray &bytes, Schema schema, bool buildTree, const std::atomic<bool> *cancel, quint32 maxNodes)
{
    Result result;
    auto tree = std::make_shared<PayloadTree>(bytes);
    tree->setMaximumNodes(maxNodes);
    Parser parser(bytes, cancel);
    // Validating builds nothing; the parse and its checks are the same.
    Builder builder(bytes, buildTree ? tree.get() : nullptr, parser);
    QString schemaError;
    bool ok = false;
    if (schema == Schema::SparkplugB) {
        ok = builder.sparkplug(0, bytes.size(), &schemaError);
    } else {
        const quint32 root = builder.add(PayloadTree::Type::Object, PayloadTree::NoNode, QString());
        ok = builder.raw(0, bytes.size(), root, 0);
    }
    if (parser.cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (!ok) {
        result.error = !schemaError.isEmpty() ? schemaError
            : parser.failed()
            ? parser.error()
            : tr("Not valid Protocol Buffers: messages nest deeper than %1 levels.").arg(MaximumDepth);
        return result;
    }
    result.valid = true;
    if (buildTree) {
        tree->finish();
        result.tree = std::move(tree);
    }
    return result;
}

bool ProtobufDecoder::isSparkplugTopic(QStringView topic)
{
    return topic.startsWith(u"spBv1.0/") && !topic.startsWith(u"spBv1.0/STATE/");
}

QString ProtobufDecoder::sparkplugTypeName(quint32 type)
{
    static const char *const names[] = { "Unknown", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32",
        "UInt64", "Float", "Double", "Boolean", "String", "DateTime", "Text", "UUID", "DataSet", "Bytes", "File",
        "Template", "PropertySet", "PropertySetList", "Int8Array", "Int16Array", "Int32Array", "Int64Array",
        "UInt8Array", "UInt16Array", "UInt32Array", "UInt64Array", "FloatArray", "DoubleArray", "BooleanArray",
        "StringArray", "DateTimeArray" };
    if (type < sizeof names / sizeof names[0])
        return QLatin1StringView(names[type]);
    return QString::number(type);
}
