// SPDX-License-Identifier: MIT
#include "payload/msgpackdecoder.h"

// msgpack-cxx without Boost (its Debian package pulls Boost in only for optional adaptors). Its headers compile
// cleanly with -Wall -Wextra -Werror under g++ 12 and clang 14, so they need no warning pragmas.
#define MSGPACK_NO_BOOST 1
#include <QDateTime>
#include <QLocale>

#include <charconv>
#include <cstring>
#include <msgpack.hpp>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Type = PayloadTree::Type;

template<typename F>
QString shortest(F value)
{
    if (value != value)
        return u"NaN"_s;
    if (value == std::numeric_limits<F>::infinity())
        return u"Infinity"_s;
    if (value == -std::numeric_limits<F>::infinity())
        return u"-Infinity"_s;
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value);
    QString s = QString::fromLatin1(buffer, error == std::errc() ? end - buffer : 0);
    if (!s.contains(u'.') && !s.contains(u'e'))
        s += u".0"_s;
    return s;
}

QString quoted(QByteArrayView utf8)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + text + u'"';
}

// The timestamp extension (type -1): 4 bytes of seconds, 8 bytes of 30-bit nanoseconds and 34-bit seconds, or 4
// bytes of nanoseconds and 8 of signed seconds; big-endian.
QString timestamp(QByteArrayView data)
{
    auto be = [&](qsizetype at, int bytes) {
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | uchar(data[at + i]);
        return v;
    };
    qint64 seconds = 0;
    quint32 nanoseconds = 0;
    if (data.size() == 4) {
        seconds = qint64(be(0, 4));
    } else if (data.size() == 8) {
        const quint64 v = be(0, 8);
        nanoseconds = quint32(v >> 34);
        seconds = qint64(v & 0x3ffffffffULL);
    } else if (data.size() == 12) {
        nanoseconds = quint32(be(0, 4));
        seconds = qint64(be(4, 8));
    } else {
        return {};
    }
    if (nanoseconds > 999'999'999 || seconds < -62135596800LL || seconds > 253402300799LL) // years 1 to 9999
        return {};
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    QString text = time.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    if (nanoseconds)
        text += u'.' + QString::number(nanoseconds).rightJustified(9, u'0');
    return text + u'Z';
}

class Visitor : public msgpack::null_visitor {
    Q_DECLARE_TR_FUNCTIONS(MsgPackDecoder)
public:
    Visitor(const QByteArray &bytes, bool build, const std::atomic<bool> *cancel, quint32 maxNodes)
        : m_base(bytes.constData())
        , m_cancel(cancel)
    {
        if (build) {
            m_tree = std::make_shared<PayloadTree>(bytes);
            m_tree->setMaximumNodes(maxNodes);
        }
    }

    bool visit_nil() { return scalar(Type::Null, "null"); }
    bool visit_boolean(bool v) { return scalar(Type::Bool, v ? "true" : "false"); }
    bool visit_positive_integer(uint64_t v) { return scalar(Type::Number, QByteArray::number(quint64(v))); }
    bool visit_negative_integer(int64_t v) { return scalar(Type::Number, QByteArray::number(qint64(v))); }
    bool visit_float32(float v) { return scalar(Type::Number, shortest(v).toLatin1()); }
    bool visit_float64(double v) { return scalar(Type::Number, shortest(v).toLatin1()); }
    bool visit_str(const char *v, uint32_t size)
    {
        if (!tick())
            return false;
        const QByteArrayView text(v, size);
        if (inKey()) {
            if (directKey()) {
                m_keyIsString = true;
                m_keyString = QString::fromUtf8(text);
            }
            m_keyText += quoted(text);
            return true;
        }
        const quint32 node = addNode(Type::String);
        if (node != PayloadTree::NoNode)
            m_tree->setValueRange(node, v - m_base, size, false);
        return true;
    }
    bool visit_bin(const char *v, uint32_t size)
    {
        if (!tick())
            return false;
        if (inKey()) {
            m_keyText += u"h'"_s + QString::fromLatin1(QByteArrayView(v, size).toByteArray().toHex()) + u'\'';
            return true;
        }
        const quint32 node = addNode(Type::Bytes);
        if (node != PayloadTree::NoNode)
            m_tree->setValueRange(node, v - m_base, size, false);
        return true;
    }
    bool visit_ext(const char *v, uint32_t size)
    {
        if (size == 0)
            return scalar(Type::Extension, "ext()");
        const int type = qint8(v[0]);
        const QByteArrayView data(v + 1, size - 1);
        QString text;
        if (type == -1)
            text = timestamp(data);
        if (text.isEmpty())
            text = u"ext("_s + QString::number(type) + u", h'"_s + QString::fromLatin1(data.toByteArray().toHex())
                + u"')"_s;
        return scalar(Type::Extension, text.toUtf8());
    }
    bool start_array(uint32_t) { return open(Type::Array); }
    bool start_array_item()
    {
        if (inKey() && m_frames.back().items > 0)
            m_keyText += u", "_s;
        return true;
    }
    bool end_array_item()
    {
        ++m_frames.back().items;
        return true;
    }
    bool end_array() { return close(u"]"); }
    bool start_map(uint32_t) { return open(Type::Object); }
    bool start_map_key()
    {
        if (inKey()) {
            if (m_frames.back().items > 0)
                m_keyText += u", "_s;
            return true;
        }
        m_keyLevel = int(m_frames.size()) - 1;
        m_keyText.clear();
        m_keyString.clear();
        m_keyIsString = false;
        return true;
    }
    bool end_map_key()
    {
        if (m_keyLevel == int(m_frames.size()) - 1) {
            m_keyLevel = -1;
            m_hasKey = true;
            m_key = m_keyIsString ? m_keyString : m_keyText;
            m_pendingKeyIsString = m_keyIsString;
        } else {
            m_keyText += u": "_s;
        }
        return true;
    }
    bool end_map_value()
    {
        ++m_frames.back().items;
        return true;
    }
    bool end_map() { return close(u"}"); }
    void parse_error(size_t parsed, size_t)
    {
        if (m_error.isEmpty())
            m_error = tr("Not valid MessagePack: a type byte that MessagePack does not define at byte %1.")
                          .arg(QLocale().toString(quint64(parsed)));
    }
    void insufficient_bytes(size_t parsed, size_t)
    {
        if (m_error.isEmpty())
            m_error = tr("Not valid MessagePack: the data ends before the object is complete (at byte %1).")
                          .arg(QLocale().toString(quint64(parsed)));
    }

    std::shared_ptr<PayloadTree> m_tree;
    QString m_error;
    bool m_cancelled = false;

private:
    struct Frame {
        quint32 node;
        quint64 items = 0;
    };
    bool inKey() const { return m_keyLevel >= 0; }
    bool directKey() const { return m_keyLevel == int(m_frames.size()) - 1; }
    bool tick()
    {
        if (++m_items % 4096 == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return false;
        }
        return true;
    }
    quint32 addNode(Type type)
    {
        if (!m_tree || !m_building)
            return PayloadTree::NoNode;
        const quint32 parent = m_frames.empty() ? PayloadTree::NoNode : m_frames.back().node;
        if (!m_frames.empty() && parent == PayloadTree::NoNode)
            return PayloadTree::NoNode;
        const quint32 node = m_tree->add(type, parent);
        if (node == PayloadTree::NoNode) {
            m_building = false;
            return node;
        }
        if (m_hasKey) {
            m_tree->setKeyText(node, m_key.toUtf8(), m_pendingKeyIsString);
            m_hasKey = false;
        }
        return node;
    }
    bool scalar(Type type, const QByteArray &text)
    {
        if (!tick())
            return false;
        if (inKey()) {
            m_keyText += QString::fromUtf8(text);
            return true;
        }
        const quint32 node = addNode(type);
        if (node != PayloadTree::NoNode)
            m_tree->setValueText(node, text);
        return true;
    }
    bool open(Type type)
    {
        if (!tick())
            return false;
        if (m_frames.size() >= size_t(MsgPackDecoder::MaximumDepth)) {
            m_error = tr("Not valid MessagePack here: nesting deeper than %1 levels.")
                          .arg(QLocale().toString(MsgPackDecoder::MaximumDepth));
            return false;
        }
        quint32 node = PayloadTree::NoNode;
        if (inKey())
            m_keyText += type == Type::Object ? u'{' : u'[';
        else
            node = addNode(type);
        m_frames.push_back(Frame { node, 0 });
        return true;
    }
    bool close(QStringView bracket)
    {
        m_frames.pop_back();
        if (inKey())
            m_keyText += bracket;
        return true;
    }

    const char *m_base;
    const std::atomic<bool> *m_cancel;
    bool m_building = true;
    std::vector<Frame> m_frames;
    quint64 m_items = 0;
    int m_keyLevel = -1;
    QString m_keyText;
    QString m_keyString;
    bool m_keyIsString = false;
    bool m_hasKey = false;
    QString m_key;
    bool m_pendingKeyIsString = false;
};

} // namespace

MsgPackDecoder::Result MsgPackDecoder::decode(
    const QByteArray &bytes, bool buildTree, const std::atomic<bool> *cancel, quint32 maxNodes)
{
    Result result;
    if (bytes.isEmpty()) {
        result.error = tr("Not valid MessagePack: the payload is empty.");
        return result;
    }
    Visitor visitor(bytes, buildTree, cancel, maxNodes);
    std::size_t offset = 0;
    bool ok = false;
    try {
        ok = msgpack::parse(bytes.constData(), size_t(bytes.size()), offset, visitor);
    } catch (const std::exception &e) { // the parser throws on sizes over its limits
        result.error = tr("Not valid MessagePack: %1.").arg(QString::fromLocal8Bit(e.what()));
        return result;
    }
    if (visitor.m_cancelled) {
        result.cancelled = true;
        return result;
    }
    if (!ok) {
        result.error = visitor.m_error.isEmpty() ? tr("Not valid MessagePack.") : visitor.m_error;
        return result;
    }
    if (offset < size_t(bytes.size())) {
        const qint64 more = bytes.size() - qint64(offset);
        result.error = tr("Not valid MessagePack: the object ends at byte %1, and %n more byte(s) follow.", nullptr,
            int(std::min<qint64>(more, INT_MAX)))
                           .arg(QLocale().toString(quint64(offset)));
        return result;
    }
    result.valid = true;
    if (visitor.m_tree) {
        visitor.m_tree->finish();
        result.tree = std::move(visitor.m_tree);
    }
    return result;
}
