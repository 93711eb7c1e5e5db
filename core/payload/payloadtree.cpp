// SPDX-License-Identifier: MIT
#include "payload/payloadtree.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int hex4(QByteArrayView s, qsizetype at)
{
    if (at + 4 > s.size())
        return -1;
    int v = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const int d = hexValue(s[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

bool isIdentifier(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

void appendJsonString(QString &out, const QString &text)
{
    out += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
}
} // namespace

PayloadTree::PayloadTree(QByteArray source)
    : m_source(std::move(source))
{
}

int PayloadTree::depth(quint32 node) const
{
    int d = 0;
    for (quint32 at = parent(node); at != NoNode; at = parent(at))
        ++d;
    return d;
}

QByteArrayView PayloadTree::keyView(const Node &n) const
{
    const QByteArray &from = (n.flags & KeyInPool) ? m_pool : m_source;
    return QByteArrayView(from).sliced(n.keyOffset, n.keyLength);
}

QByteArrayView PayloadTree::valueView(const Node &n) const
{
    const QByteArray &from = (n.flags & ValueInPool) ? m_pool : m_source;
    return QByteArrayView(from).sliced(n.valueOffset, n.valueLength);
}

QString PayloadTree::key(quint32 node) const
{
    const Node &n = m_nodes[node];
    if (!(n.flags & HasKey))
        return {};
    const QByteArrayView bytes = keyView(n);
    return (n.flags & KeyEscaped) ? unescapeJson(bytes) : QString::fromUtf8(bytes);
}

QByteArray PayloadTree::valueBytes(quint32 node) const
{
    const Node &n = m_nodes[node];
    const QByteArrayView bytes = valueView(n);
    if (n.flags & ValueEscaped)
        return unescapeJson(bytes).toUtf8();
    return bytes.toByteArray();
}

QString PayloadTree::valueText(quint32 node) const
{
    const Node &n = m_nodes[node];
    switch (n.type) {
    case Type::Object:
        return u'{' + QLocale().toString(n.childCount) + u'}';
    case Type::Array:
        return u'[' + QLocale().toString(n.childCount) + u']';
    case Type::Bytes: {
        const QByteArrayView bytes = valueView(n);
        QString text = u"h'"_s
            + QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), BytesShown)).toByteArray().toHex())
            + u'\'';
        if (bytes.size() > BytesShown)
            text += tr("… (%Ln byte(s))", nullptr, int(std::min<qsizetype>(bytes.size(), INT_MAX)));
        return text;
    }
    case Type::String:
        return (n.flags & ValueEscaped) ? unescapeJson(valueView(n)) : QString::fromUtf8(valueView(n));
    default:
        return QString::fromUtf8(valueView(n));
    }
}

QString PayloadTree::typeName(Type type)
{
    switch (type) {
    case Type::Object:
        return tr("object");
    case Type::Array:
        return tr("array");
    case Type::String:
        return tr("string");
    case Type::Number:
        return tr("number");
    case Type::Bool:
        return tr("boolean");
    case Type::Null:
        return tr("null");
    case Type::Bytes:
        return tr("bytes");
    case Type::Tag:
        return tr("tag");
    case Type::Undefined:
        return tr("undefined");
    case Type::Simple:
        return tr("simple value");
    case Type::Extension:
        return tr("extension");
    }
    return {};
}

QString PayloadTree::pathStep(const QString &key, bool isString)
{
    if (!isString)
        return u'[' + key + u']';
    if (isIdentifier(key))
        return u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u"['"_s + quoted + u"']"_s;
}

QString PayloadTree::path(quint32 node) const
{
    QStringList steps;
    for (quint32 at = node; at != NoNode && parent(at) != NoNode; at = parent(at)) {
        const quint32 up = parent(at);
        if (type(up) == Type::Array)
            steps.append(u'[' + QString::number(row(at)) + u']');
        else if (type(up) == Type::Object)
            steps.append(pathStep(key(at), keyIsString(at)));
        // the value of a tag has the tag's path
    }
    QString result = u"$"_s;
    for (auto it = steps.crbegin(); it != steps.crend(); ++it)
        result += *it;
    return result;
}

QString PayloadTree::subtreeText(quint32 node, qsizetype maxChars) const
{
    QString out;
    // Depth-first without recursion: each frame is a container and the next child to write.
    struct Frame {
        quint32 node;
        int next;
    };
    std::vector<Frame> stack;
    auto writeScalar = [&](quint32 at) {
        switch (type(at)) {
        case Type::String:
            appendJsonString(out, valueText(at));
            break;
        case Type::Bytes:
            out += u"h'"_s + QString::fromLatin1(valueBytes(at).toHex()) + u'\'';
            break;
        default:
            out += valueText(at);
        }
    };
    auto open = [&](quint32 at) {
        if (!isContainer(at)) {
            writeScalar(at);
            return;
        }
        switch (type(at)) {
        case Type::Object:
            out += u'{';
            break;
        case Type::Array:
            out += u'[';
            break;
        default:
            out += valueText(at) + u'(';
        }
        stack.push_back({ at, 0 });
    };
    open(node);
    while (!stack.empty() && out.size() <= maxChars) {
        Frame &top = stack.back();
        if (top.next == childCount(top.node)) {
            const Type t = type(top.node);
            out += t == Type::Object ? u'}' : t == Type::Array ? u']' : u')';
            stack.pop_back();
            continue;
        }
        const quint32 kid = child(top.node, top.next);
        if (top.next++ > 0)
            out += u", "_s;
        if (type(top.node) == Type::Object) {
            if (keyIsString(kid))
                appendJsonString(out, key(kid));
            else
                out += key(kid);
            out += u": "_s;
        }
        open(kid);
    }
    if (out.size() > maxChars) {
        out.truncate(maxChars);
        out += u'…';
    }
    return out;
}

quint32 PayloadTree::member(quint32 object, QStringView name) const
{
    if (type(object) != Type::Object)
        return NoNode;
    for (int r = childCount(object) - 1; r >= 0; --r) {
        const quint32 kid = child(object, r);
        if (key(kid) == name)
            return kid;
    }
    return NoNode;
}

// ---- building

quint32 PayloadTree::add(Type type, quint32 parentNode)
{
    if (m_nodes.size() >= m_maximum) {
        m_complete = false;
        return NoNode;
    }
    Node n;
    n.type = type;
    n.parent = parentNode;
    if (parentNode != NoNode)
        n.row = m_nodes[parentNode].childCount++;
    m_nodes.push_back(n);
    return quint32(m_nodes.size() - 1);
}

void PayloadTree::setKeyRange(quint32 node, qsizetype offset, qsizetype length, bool jsonEscaped)
{
    Node &n = m_nodes[node];
    n.flags = quint8((n.flags & ~(KeyInPool | KeyEscaped | KeyNotString)) | HasKey | (jsonEscaped ? KeyEscaped : 0));
    n.keyOffset = quint32(offset);
    n.keyLength = quint32(length);
}

void PayloadTree::setKeyText(quint32 node, QByteArrayView utf8, bool isString)
{
    Node &n = m_nodes[node];
    n.flags = quint8((n.flags & ~(KeyEscaped | KeyNotString)) | HasKey | KeyInPool | (isString ? 0 : KeyNotString));
    n.keyOffset = quint32(m_pool.size());
    n.keyLength = quint32(utf8.size());
    m_pool.append(utf8);
}

void PayloadTree::setValueRange(quint32 node, qsizetype offset, qsizetype length, bool jsonEscaped)
{
    Node &n = m_nodes[node];
    n.flags = quint8((n.flags & ~(ValueInPool | ValueEscaped)) | (jsonEscaped ? ValueEscaped : 0));
    n.valueOffset = quint32(offset);
    n.valueLength = quint32(length);
}

void PayloadTree::setValueText(quint32 node, QByteArrayView bytes)
{
    Node &n = m_nodes[node];
    n.flags = quint8((n.flags & ~ValueEscaped) | ValueInPool);
    n.valueOffset = quint32(m_pool.size());
    n.valueLength = quint32(bytes.size());
    m_pool.append(bytes);
}

void PayloadTree::truncate(quint32 newSize)
{
    while (m_nodes.size() > newSize) {
        const Node &n = m_nodes.back();
        if (n.parent != NoNode && n.parent < newSize)
            --m_nodes[n.parent].childCount;
        m_nodes.pop_back();
    }
}

void PayloadTree::finish()
{
    // Children in document order, grouped by parent: each container's run starts where the runs before it end.
    quint32 next = 0;
    for (Node &n : m_nodes) {
        n.childStart = next;
        next += n.childCount;
    }
    m_children.assign(next, NoNode);
    for (quint32 i = 0; i < quint32(m_nodes.size()); ++i) {
        const Node &n = m_nodes[i];
        if (n.parent != NoNode)
            m_children[m_nodes[n.parent].childStart + n.row] = i;
    }
    m_nodes.shrink_to_fit();
    m_pool.squeeze();
}

QString PayloadTree::unescapeJson(QByteArrayView s)
{
    QString out;
    out.reserve(s.size());
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += QString::fromUtf8(s.sliced(runStart, end - runStart));
    };
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        if (i + 1 >= s.size()) {
            i = s.size();
            runStart = i;
            break;
        }
        const char e = s[i + 1];
        i += 2;
        switch (e) {
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'u': {
            int code = hex4(s, i);
            if (code < 0) {
                out += QChar::ReplacementCharacter;
                break;
            }
            i += 4;
            if (QChar::isHighSurrogate(char16_t(code)) && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
                const int low = hex4(s, i + 2);
                if (low >= 0 && QChar::isLowSurrogate(char16_t(low))) {
                    out += QChar(char16_t(code));
                    out += QChar(char16_t(low));
                    i += 6;
                    break;
                }
            }
            if (QChar::isSurrogate(char16_t(code)))
                out += QChar::ReplacementCharacter;
            else
                out += QChar(char16_t(code));
            break;
        }
        default: // \" \\ \/ and anything a lenient producer escaped
            out += QLatin1Char(e);
        }
        runStart = i;
    }
    flush(s.size());
    return out;
}
