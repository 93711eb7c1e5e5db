// SPDX-License-Identifier: MIT
#include "payload/cbordecoder.h"

#include <QCborStreamReader>
#include <QLocale>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Type = PayloadTree::Type;

constexpr qsizetype KeyTextLimit = 4096;
constexpr int MaximumIndentDepth = 40;

QString formatDouble(double d)
{
    if (std::isnan(d))
        return u"NaN"_s;
    if (std::isinf(d))
        return d > 0 ? u"Infinity"_s : u"-Infinity"_s;
    QString s = QString::number(d, 'g', QLocale::FloatingPointShortest);
    if (!s.contains(u'.') && !s.contains(u'e'))
        s += u".0"_s;
    return s;
}

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
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
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += u"\\u"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

class Decoder {
    Q_DECLARE_TR_FUNCTIONS(CborDecoder)
public:
    Decoder(const QByteArray &bytes, const CborDecoder::Options &options)
        : m_bytes(bytes)
        , m_reader(bytes)
        , m_options(options)
    {
        if (options.tree) {
            m_tree = std::make_shared<PayloadTree>(bytes);
            m_tree->setMaximumNodes(options.maxNodes);
        }
    }
    CborDecoder::Result run();

private:
    enum class Kind : quint8 { Array, Map, Tag };
    struct Frame {
        quint32 node;
        Kind kind;
        bool expectKey = false;
        quint64 items = 0;
    };

    bool compact() const { return m_options.compact || m_keyLevel >= 0; }
    void write(QStringView text)
    {
        if (m_options.diagnostic && !m_result.diagnosticTruncated) {
            if (m_result.diagnostic.size() + text.size() > m_options.diagnosticLimit) {
                m_result.diagnosticTruncated = true;
            } else {
                m_result.diagnostic += text;
            }
        }
        if (m_keyLevel >= 0 && m_keyText.size() < KeyTextLimit)
            m_keyText += text;
    }
    void newlineIndent(int depth)
    {
        if (!m_options.diagnostic || m_result.diagnosticTruncated)
            return;
        write(u"\n");
        write(QString(std::min(depth, MaximumIndentDepth) * 2, u' ')); // as JsonFormatter, indentation stops growing
    }
    bool failed()
    {
        const QCborError error = m_reader.lastError();
        if (error == QCborError::NoError)
            return false;
        fail(error.toString());
        return true;
    }
    void fail(const QString &what)
    {
        if (m_result.error.isEmpty())
            m_result.error
                = tr("Not valid CBOR: %1 at byte %2.").arg(what, QLocale().toString(qint64(m_reader.currentOffset())));
    }
    quint32 parentNode() const { return m_frames.empty() ? PayloadTree::NoNode : m_frames.back().node; }
    quint32 addNode(Type type)
    {
        if (!m_tree || m_keyLevel >= 0 || !m_building)
            return PayloadTree::NoNode;
        const quint32 parent = parentNode();
        if (!m_frames.empty() && parent == PayloadTree::NoNode)
            return PayloadTree::NoNode;
        const quint32 node = m_tree->add(type, parent);
        if (node == PayloadTree::NoNode) {
            m_building = false;
            return node;
        }
        if (m_hasKey) {
            m_tree->setKeyText(node, m_key.toUtf8(), m_keyIsString);
            m_hasKey = false;
        }
        return node;
    }
    void scalar(Type type, const QString &diagnostic, QByteArrayView value)
    {
        const quint32 node = addNode(type);
        if (node != PayloadTree::NoNode)
            m_tree->setValueText(node, value);
        write(diagnostic);
    }
    void beforeItem(QCborStreamReader::Type type);
    void itemDone();

    const QByteArray &m_bytes;
    QCborStreamReader m_reader;
    const CborDecoder::Options &m_options;
    std::shared_ptr<PayloadTree> m_tree;
    bool m_building = true;
    std::vector<Frame> m_frames;
    int m_containerDepth = 0; // arrays and maps open (tags do not indent)
    // A map key in progress: the frame of its map, what it reads as, whether it is a text string.
    int m_keyLevel = -1;
    QString m_keyText;
    QString m_keyString;
    bool m_keyStartsAsString = false;
    // The key of the next node.
    bool m_hasKey = false;
    QString m_key;
    bool m_keyIsString = false;
    bool m_done = false;
    CborDecoder::Result m_result;
};

void Decoder::beforeItem(QCborStreamReader::Type type)
{
    if (m_frames.empty())
        return;
    Frame &top = m_frames.back();
    if (top.kind == Kind::Tag)
        return;
    if (top.kind == Kind::Map && !top.expectKey)
        return; // a value: ": " follows its key already
    if (top.items > 0)
        write(u",");
    if (!compact())
        newlineIndent(m_containerDepth);
    else if (top.items > 0)
        write(u" ");
    if (top.kind == Kind::Map && m_keyLevel < 0) {
        m_keyLevel = int(m_frames.size()) - 1;
        m_keyText.clear();
        m_keyString.clear();
        m_keyStartsAsString = type == QCborStreamReader::String;
    }
}

void Decoder::itemDone()
{
    for (;;) {
        if (m_frames.empty()) {
            m_done = true;
            return;
        }
        Frame &top = m_frames.back();
        if (top.kind == Kind::Tag) {
            write(u")");
            m_frames.pop_back();
            continue; // the tag is an item of what holds it
        }
        if (top.kind == Kind::Map && top.expectKey) {
            top.expectKey = false;
            if (m_keyLevel == int(m_frames.size()) - 1) {
                m_keyLevel = -1;
                m_hasKey = true;
                m_keyIsString = m_keyStartsAsString;
                m_key = m_keyIsString ? m_keyString : m_keyText;
            }
            write(u": ");
            return;
        }
        ++top.items;
        if (top.kind == Kind::Map)
            top.expectKey = true;
        return;
    }
}

CborDecoder::Result Decoder::run()
{
    const QLocale locale;
    quint64 items = 0;
    while (!m_done) {
        if (++items % 4096 == 0 && m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_result.cancelled = true;
            return m_result;
        }
        if (failed())
            return m_result;
        // The end of an array or a map.
        if (!m_frames.empty() && m_frames.back().kind != Kind::Tag && !m_reader.hasNext()) {
            if (failed())
                return m_result;
            const Frame top = m_frames.back();
            if (top.kind == Kind::Map && !top.expectKey) {
                fail(tr("a map ends after a key, without its value"));
                return m_result;
            }
            if (!m_reader.leaveContainer() || failed()) {
                fail(tr("the container does not end properly"));
                return m_result;
            }
            m_frames.pop_back();
            --m_containerDepth;
            if (top.items > 0 && !compact())
                newlineIndent(m_containerDepth);
            write(top.kind == Kind::Map ? u"}" : u"]");
            itemDone();
            continue;
        }
        const QCborStreamReader::Type type = m_reader.type();
        if (type == QCborStreamReader::Invalid) {
            if (!failed())
                fail(tr("the data ends before the item is complete"));
            return m_result;
        }
        beforeItem(type);
        switch (type) {
        case QCborStreamReader::UnsignedInteger: {
            const QString text = QString::number(m_reader.toUnsignedInteger());
            scalar(Type::Number, text, text.toLatin1());
            m_reader.next();
            break;
        }
        case QCborStreamReader::NegativeInteger: {
            // QCborNegativeInteger(n) is -n; n = 0 stands for -2^64.
            const quint64 n = quint64(m_reader.toNegativeInteger());
            const QString text = n == 0 ? u"-18446744073709551616"_s : u'-' + QString::number(n);
            scalar(Type::Number, text, text.toLatin1());
            m_reader.next();
            break;
        }
        case QCborStreamReader::ByteArray: {
            QByteArray bytes;
            auto chunk = m_reader.readByteArray();
            while (chunk.status == QCborStreamReader::Ok) {
                bytes += chunk.data;
                chunk = m_reader.readByteArray();
            }
            if (chunk.status == QCborStreamReader::Error) {
                if (!failed())
                    fail(tr("a byte string ends early"));
                return m_result;
            }
            const quint32 node = addNode(Type::Bytes);
            if (node != PayloadTree::NoNode)
                m_tree->setValueText(node, bytes);
            if ((m_options.diagnostic && !m_result.diagnosticTruncated) || m_keyLevel >= 0)
                write(QString(u"h'"_s + QString::fromLatin1(bytes.toHex()) + u'\''));
            break;
        }
        case QCborStreamReader::String: {
            QString text;
            auto chunk = m_reader.readString();
            while (chunk.status == QCborStreamReader::Ok) {
                text += chunk.data;
                chunk = m_reader.readString();
            }
            if (chunk.status == QCborStreamReader::Error) {
                if (!failed())
                    fail(tr("a text string ends early"));
                return m_result;
            }
            if (m_keyLevel == int(m_frames.size()) - 1 && m_keyStartsAsString)
                m_keyString = text;
            const quint32 node = addNode(Type::String);
            if (node != PayloadTree::NoNode)
                m_tree->setValueText(node, text.toUtf8());
            if ((m_options.diagnostic && !m_result.diagnosticTruncated) || m_keyLevel >= 0)
                write(quoted(text));
            break;
        }
        case QCborStreamReader::Array:
        case QCborStreamReader::Map: {
            if (m_frames.size() >= size_t(CborDecoder::MaximumDepth)) {
                fail(tr("nesting deeper than %1 levels").arg(locale.toString(CborDecoder::MaximumDepth)));
                return m_result;
            }
            const bool map = type == QCborStreamReader::Map;
            const bool indefinite = !m_reader.isLengthKnown();
            const quint32 node = addNode(map ? Type::Object : Type::Array);
            if (!m_reader.enterContainer()) {
                if (!failed())
                    fail(tr("a container cannot be read"));
                return m_result;
            }
            m_frames.push_back(Frame { node, map ? Kind::Map : Kind::Array, map, 0 });
            ++m_containerDepth;
            write(map ? u"{" : u"[");
            if (indefinite)
                write(u"_ ");
            break;
        }
        case QCborStreamReader::Tag: {
            const quint64 tag = quint64(m_reader.toTag());
            m_reader.next();
            const QString text = QString::number(tag);
            const quint32 node = addNode(Type::Tag);
            if (node != PayloadTree::NoNode)
                m_tree->setValueText(node, text.toLatin1());
            m_frames.push_back(Frame { node, Kind::Tag, false, 0 });
            write(QString(text + u'('));
            break;
        }
        case QCborStreamReader::SimpleType: {
            const QCborSimpleType simple = m_reader.toSimpleType();
            switch (simple) {
            case QCborSimpleType::False:
                scalar(Type::Bool, u"false"_s, "false");
                break;
            case QCborSimpleType::True:
                scalar(Type::Bool, u"true"_s, "true");
                break;
            case QCborSimpleType::Null:
                scalar(Type::Null, u"null"_s, "null");
                break;
            case QCborSimpleType::Undefined:
                scalar(Type::Undefined, u"undefined"_s, "undefined");
                break;
            default: {
                const QString text = u"simple("_s + QString::number(int(simple)) + u')';
                scalar(Type::Simple, text, text.toLatin1());
            }
            }
            m_reader.next();
            break;
        }
        case QCborStreamReader::Float16:
        case QCborStreamReader::Float:
        case QCborStreamReader::Double: {
            const double d = type == QCborStreamReader::Float16 ? double(float(m_reader.toFloat16()))
                : type == QCborStreamReader::Float              ? double(m_reader.toFloat())
                                                                : m_reader.toDouble();
            const QString text = formatDouble(d);
            scalar(Type::Number, text, text.toLatin1());
            m_reader.next();
            break;
        }
        default:
            fail(tr("an item of an unknown kind"));
            return m_result;
        }
        if (failed())
            return m_result;
        if (type != QCborStreamReader::Array && type != QCborStreamReader::Map && type != QCborStreamReader::Tag)
            itemDone();
    }
    const qint64 end = m_reader.currentOffset();
    if (end < m_bytes.size()) {
        const qint64 more = m_bytes.size() - end;
        m_result.error = tr("Not valid CBOR: the data item ends at byte %1, and %n more byte(s) follow.", nullptr,
            int(std::min<qint64>(more, INT_MAX)))
                             .arg(locale.toString(end));
        return m_result;
    }
    m_result.valid = true;
    if (m_tree) {
        m_tree->finish();
        m_result.tree = std::move(m_tree);
    }
    return m_result;
}

} // namespace

CborDecoder::Result CborDecoder::decode(const QByteArray &bytes, const Options &options)
{
    if (bytes.isEmpty()) {
        Result result;
        result.error = tr("Not valid CBOR: the payload is empty.");
        return result;
    }
    Decoder decoder(bytes, options);
    return decoder.run();
}

QString CborDecoder::tagName(quint64 tag)
{
    switch (tag) {
    case 0:
        return tr("date/time string");
    case 1:
        return tr("epoch time");
    case 2:
        return tr("positive bignum");
    case 3:
        return tr("negative bignum");
    case 4:
        return tr("decimal fraction");
    case 5:
        return tr("bigfloat");
    case 21:
    case 22:
    case 23:
        return tr("expected encoding");
    case 24:
        return tr("embedded CBOR");
    case 32:
        return tr("URI");
    case 33:
        return tr("base64url text");
    case 34:
        return tr("base64 text");
    case 36:
        return tr("MIME message");
    case 37:
        return tr("UUID");
    case 55799:
        return tr("self-described CBOR");
    default:
        return {};
    }
}
