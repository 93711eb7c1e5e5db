// SPDX-License-Identifier: MIT
#pragma once

// A decoded structured payload (JSON, CBOR, MessagePack) as one flat table of nodes, the same for the three formats,
// so that one tree model, one path syntax and one structural diff serve them all. The decoders build it iteratively:
// 10,000 levels of nesting cost 10,000 rows of the table, never 10,000 stack frames. Node 0 is the document's root.
//
// Scalars keep their bytes by reference into the payload where the format allows (JSON strings and numbers as
// written), or in a side pool (decoded CBOR and MessagePack values), so a 10 MB document costs 40 bytes per value
// and no QString per value. Text comes out as the real text (for copying, comparing, acting on); views pass it
// through Canopy::visibleText().
//
// A tree has at most maximumNodes() nodes; a decoder that reaches it stops building (isComplete() is false) and the
// views say the tree shows only the first values.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

class PayloadTree {
    Q_DECLARE_TR_FUNCTIONS(PayloadTree)
public:
    enum class Type : quint8 {
        Object, // JSON object, CBOR map, MessagePack map: children have keys
        Array,
        String,
        Number, // as written (JSON) or formatted from the binary value
        Bool,
        Null,
        Bytes, // CBOR byte string, MessagePack bin
        Tag, // CBOR tag: one child, the tagged value; valueText() is the tag number
        Undefined, // CBOR
        Simple, // CBOR simple value other than false, true, null, undefined
        Extension, // MessagePack ext: valueText() says its type and bytes
    };
    static constexpr quint32 NoNode = 0xffffffffu;
    static constexpr quint32 DefaultMaximumNodes = 4'000'000;
    static constexpr int BytesShown = 64; // a byte string's value text shows its first bytes in hex

    explicit PayloadTree(QByteArray source = QByteArray());

    bool isEmpty() const { return m_nodes.empty(); }
    quint32 size() const { return quint32(m_nodes.size()); }
    bool isComplete() const { return m_complete; }
    static quint32 maximumNodes() { return DefaultMaximumNodes; }
    const QByteArray &source() const { return m_source; }

    Type type(quint32 node) const { return m_nodes[node].type; }
    bool isContainer(quint32 node) const { return isContainerType(type(node)); }
    static bool isContainerType(Type t) { return t == Type::Object || t == Type::Array || t == Type::Tag; }
    quint32 parent(quint32 node) const { return m_nodes[node].parent; }
    int childCount(quint32 node) const { return int(m_nodes[node].childCount); }
    quint32 child(quint32 node, int row) const { return m_children[m_nodes[node].childStart + quint32(row)]; }
    int row(quint32 node) const { return int(m_nodes[node].row); }
    int depth(quint32 node) const;

    // A member's key as text (map keys that are not strings in their notation, e.g. "1" or "h'00'"); empty for
    // array elements and the root.
    QString key(quint32 node) const;
    bool hasKey(quint32 node) const { return m_nodes[node].flags & HasKey; }
    bool keyIsString(quint32 node) const
    {
        return (m_nodes[node].flags & HasKey) && !(m_nodes[node].flags & KeyNotString);
    }
    // A scalar's value as text: strings unquoted, numbers as written, "true", "null", byte strings as hex (the first
    // BytesShown bytes and their count); "{3}" / "[12]" for containers; the tag number of a tag.
    QString valueText(quint32 node) const;
    // The bytes of a scalar: a string's UTF-8 (unescaped), a byte string's bytes, a number's text.
    QByteArray valueBytes(quint32 node) const;
    // The stored bytes of a key or a scalar without copying: JSON text between its quotes when escaped() (escapes
    // still in it), else the key's or value's bytes as valueBytes() gives them. For comparing many keys and values
    // cheaply (the structural diff).
    QByteArrayView keyRaw(quint32 node) const { return keyView(m_nodes[node]); }
    bool keyEscaped(quint32 node) const { return m_nodes[node].flags & KeyEscaped; }
    QByteArrayView valueRaw(quint32 node) const { return valueView(m_nodes[node]); }
    bool valueEscaped(quint32 node) const { return m_nodes[node].flags & ValueEscaped; }
    // "object", "array", "string", "number", ... in words for the tree's type column.
    static QString typeName(Type type);
    // The path of node from the root in JSONPath notation: $, $.sensors[0].temp, $['a b'], $[1] for a map key 1.
    QString path(quint32 node) const;
    // The value of node and everything below it as compact JSON-like text (CBOR diagnostic notation for CBOR-only
    // values), iteratively; at most maxChars characters, then "…". For copying a subtree.
    QString subtreeText(quint32 node, qsizetype maxChars = 1 << 20) const;
    // The child of an object with this key, the last one when a key repeats (as JSON parsers do); NoNode if none.
    // Linear in the object's size; the structural diff builds its own index instead.
    quint32 member(quint32 object, QStringView key) const;

    // ---- building, for the decoders
    // Appends a node under parent (NoNode for the root). Returns NoNode, and marks the tree incomplete, when the
    // tree is full.
    quint32 add(Type type, quint32 parent);
    // Key and value bytes: a range of the source, or text appended to the pool. JSON-escaped ranges are unescaped
    // when read.
    void setKeyRange(quint32 node, qsizetype offset, qsizetype length, bool jsonEscaped);
    void setKeyText(quint32 node, QByteArrayView utf8, bool isString);
    void setValueRange(quint32 node, qsizetype offset, qsizetype length, bool jsonEscaped);
    void setValueText(quint32 node, QByteArrayView bytes);
    // Drops nodes from index `size` on (a subtree that turned out to be a map key).
    void truncate(quint32 size);
    void setIncomplete() { m_complete = false; }
    void setMaximumNodes(quint32 maximum) { m_maximum = maximum; }
    // Indexes the children; call once after the last add().
    void finish();

    // JSON string escapes undone (\n, \u00e9, surrogate pairs); an unpaired \uD800 becomes U+FFFD.
    static QString unescapeJson(QByteArrayView escaped);
    // A key as a path step: .name for identifiers, ['a b'] otherwise, [1] for keys that are not strings.
    static QString pathStep(const QString &key, bool isString);

private:
    enum Flag : quint8 {
        HasKey = 0x01,
        KeyInPool = 0x02,
        KeyEscaped = 0x04,
        KeyNotString = 0x08,
        ValueInPool = 0x10,
        ValueEscaped = 0x20,
    };
    struct Node {
        quint32 parent = NoNode;
        quint32 row = 0;
        quint32 childCount = 0;
        quint32 childStart = 0;
        quint32 keyOffset = 0;
        quint32 keyLength = 0;
        quint32 valueOffset = 0;
        quint32 valueLength = 0;
        Type type = Type::Null;
        quint8 flags = 0;
    };
    QByteArrayView keyView(const Node &n) const;
    QByteArrayView valueView(const Node &n) const;

    QByteArray m_source;
    QByteArray m_pool;
    std::vector<Node> m_nodes;
    std::vector<quint32> m_children;
    quint32 m_maximum = DefaultMaximumNodes;
    bool m_complete = true;
};
