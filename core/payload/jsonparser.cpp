// SPDX-License-Identifier: MIT
#include "payload/jsonparser.h"

#include "payload/payloadtext.h"

#include <QLocale>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Type = PayloadTree::Type;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

class Parser {
    Q_DECLARE_TR_FUNCTIONS(JsonParser)
public:
    Parser(const QByteArray &bytes, bool build, const std::atomic<bool> *cancel, quint32 maxNodes)
        : m_bytes(bytes)
        , m_p(bytes.constData())
        , m_n(bytes.size())
        , m_cancel(cancel)
    {
        if (build) {
            m_tree = std::make_shared<PayloadTree>(bytes);
            m_tree->setMaximumNodes(maxNodes);
        }
    }

    JsonParser::Result run();

private:
    enum class Expect { Value, KeyOrEnd, Key, ValueOrEnd, CommaOrEnd };

    bool fail(qsizetype at, const QString &what)
    {
        if (m_result.error.isEmpty()) {
            const auto [line, column] = JsonParser::lineAndColumn(m_bytes, at);
            m_result.error = tr("Not valid JSON: %1 at line %2, column %3.")
                                 .arg(what, QLocale().toString(line), QLocale().toString(column));
            m_result.errorOffset = at;
        }
        return false;
    }
    void warn(qsizetype at, const QString &token)
    {
        if (!m_result.warning.isEmpty())
            return;
        const auto [line, column] = JsonParser::lineAndColumn(m_bytes, at);
        m_result.warning = tr("Not strict JSON: %1 at line %2, column %3 is not a JSON value (shown as written).")
                               .arg(token, QLocale().toString(line), QLocale().toString(column));
    }
    void skipSpace()
    {
        while (m_pos < m_n && isSpace(m_p[m_pos]))
            ++m_pos;
    }
    // A string starting at the quote at m_pos; on success m_pos is after the closing quote.
    bool scanString(qsizetype &start, qsizetype &length, bool &escaped);
    bool scanNumber();
    bool scanLiteral(const char *word, qsizetype size)
    {
        if (m_n - m_pos < size || QByteArrayView(m_p + m_pos, size) != QByteArrayView(word, size))
            return false;
        m_pos += size;
        return true;
    }
    bool value(); // one value at m_pos; containers are opened, not finished
    quint32 parentNode() const { return m_nodes.empty() ? PayloadTree::NoNode : m_nodes.back(); }
    quint32 addNode(Type type)
    {
        if (!m_tree || !m_building)
            return PayloadTree::NoNode;
        const quint32 parent = parentNode();
        if (!m_nodes.empty() && parent == PayloadTree::NoNode)
            return PayloadTree::NoNode; // below a container the full tree had no room for
        const quint32 node = m_tree->add(type, parent);
        if (node == PayloadTree::NoNode) {
            m_building = false; // the tree is full: validate the rest only
            return node;
        }
        if (m_hasKey)
            m_tree->setKeyRange(node, m_keyStart, m_keyLength, m_keyEscaped);
        return node;
    }

    const QByteArray &m_bytes;
    const char *m_p;
    const qsizetype m_n;
    const std::atomic<bool> *m_cancel;
    qsizetype m_pos = 0;
    std::shared_ptr<PayloadTree> m_tree;
    bool m_building = true;
    std::vector<quint8> m_open; // open containers: 1 object, 0 array
    std::vector<quint32> m_nodes; // their nodes, while building
    bool m_hasKey = false;
    qsizetype m_keyStart = 0;
    qsizetype m_keyLength = 0;
    bool m_keyEscaped = false;
    JsonParser::Result m_result;
};

bool Parser::scanString(qsizetype &start, qsizetype &length, bool &escaped)
{
    const qsizetype quote = m_pos;
    ++m_pos;
    start = m_pos;
    escaped = false;
    const auto *u = reinterpret_cast<const uchar *>(m_p);
    while (m_pos < m_n) {
        const uchar c = u[m_pos];
        if (c == '"') {
            length = m_pos - start;
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            escaped = true;
            if (m_pos + 1 >= m_n)
                break;
            const char e = m_p[m_pos + 1];
            if (e == 'u') {
                for (int k = 2; k < 6; ++k) {
                    const qsizetype at = m_pos + k;
                    if (at >= m_n || !std::isxdigit(uchar(m_p[at])))
                        return fail(m_pos, tr("invalid \\u escape in a string"));
                }
                m_pos += 6;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
                return fail(m_pos, tr("invalid escape sequence in a string"));
            m_pos += 2;
            continue;
        }
        if (c < 0x20)
            return fail(m_pos, tr("a control character in a string (it must be escaped)"));
        if (c >= 0x80) {
            const int sequence = PayloadText::sequenceLength(m_bytes, m_pos);
            if (sequence == 0)
                return fail(m_pos, tr("invalid UTF-8 in a string"));
            m_pos += sequence;
            continue;
        }
        ++m_pos;
    }
    return fail(quote, tr("a string without its closing quote"));
}

bool Parser::scanNumber()
{
    const qsizetype start = m_pos;
    if (m_p[m_pos] == '-') {
        ++m_pos;
        if (scanLiteral("Infinity", 8)) {
            warn(start, u"-Infinity"_s);
            return true;
        }
    }
    if (m_pos >= m_n || !isDigit(m_p[m_pos]))
        return fail(start, tr("an invalid number"));
    if (m_p[m_pos] == '0') {
        ++m_pos;
    } else {
        while (m_pos < m_n && isDigit(m_p[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_n && m_p[m_pos] == '.') {
        ++m_pos;
        if (m_pos >= m_n || !isDigit(m_p[m_pos]))
            return fail(start, tr("an invalid number"));
        while (m_pos < m_n && isDigit(m_p[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_n && (m_p[m_pos] == 'e' || m_p[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_n && (m_p[m_pos] == '+' || m_p[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= m_n || !isDigit(m_p[m_pos]))
            return fail(start, tr("an invalid number"));
        while (m_pos < m_n && isDigit(m_p[m_pos]))
            ++m_pos;
    }
    return true;
}

bool Parser::value()
{
    if (m_pos >= m_n)
        return fail(m_pos, tr("a value is missing (the document ends here)"));
    const qsizetype start = m_pos;
    const char c = m_p[m_pos];
    switch (c) {
    case '{':
    case '[': {
        if (m_open.size() >= size_t(JsonParser::MaximumDepth))
            return fail(m_pos, tr("nesting deeper than %1 levels").arg(QLocale().toString(JsonParser::MaximumDepth)));
        const quint32 node = addNode(c == '{' ? Type::Object : Type::Array);
        ++m_pos;
        m_open.push_back(c == '{' ? 1 : 0);
        if (m_tree)
            m_nodes.push_back(node);
        m_hasKey = false;
        return true;
    }
    case '"': {
        qsizetype s = 0;
        qsizetype length = 0;
        bool escaped = false;
        if (!scanString(s, length, escaped))
            return false;
        const quint32 node = addNode(Type::String);
        if (node != PayloadTree::NoNode)
            m_tree->setValueRange(node, s, length, escaped);
        break;
    }
    case 't':
    case 'f':
    case 'n': {
        const bool ok = c == 't' ? scanLiteral("true", 4) : c == 'f' ? scanLiteral("false", 5) : scanLiteral("null", 4);
        if (!ok)
            return fail(start, tr("an unknown word (a string needs quotes)"));
        const quint32 node = addNode(c == 'n' ? Type::Null : Type::Bool);
        if (node != PayloadTree::NoNode)
            m_tree->setValueRange(node, start, m_pos - start, false);
        break;
    }
    case 'N':
    case 'I': {
        const bool ok = c == 'N' ? scanLiteral("NaN", 3) : scanLiteral("Infinity", 8);
        if (!ok)
            return fail(start, tr("an unknown word (a string needs quotes)"));
        warn(start, c == 'N' ? u"NaN"_s : u"Infinity"_s);
        const quint32 node = addNode(Type::Number);
        if (node != PayloadTree::NoNode)
            m_tree->setValueRange(node, start, m_pos - start, false);
        break;
    }
    default:
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return fail(start, tr("an unknown word (a string needs quotes)"));
        if (c != '-' && !isDigit(c))
            return fail(start, tr("expected a value"));
        if (!scanNumber())
            return false;
        const quint32 node = addNode(Type::Number);
        if (node != PayloadTree::NoNode)
            m_tree->setValueRange(node, start, m_pos - start, false);
    }
    m_hasKey = false;
    return true;
}

JsonParser::Result Parser::run()
{
    if (m_n >= 3 && QByteArrayView(m_p, 3) == QByteArrayView("\xEF\xBB\xBF", 3))
        m_pos = 3;
    skipSpace();
    if (m_pos >= m_n) {
        fail(m_pos, tr("the document is empty"));
        return m_result;
    }
    Expect expect = Expect::Value;
    qsizetype nextCancelCheck = 1 << 16;
    for (;;) {
        if (m_pos > nextCancelCheck) {
            nextCancelCheck = m_pos + (1 << 16);
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                m_result.cancelled = true;
                return m_result;
            }
        }
        skipSpace();
        switch (expect) {
        case Expect::Value: {
            const bool container = m_pos < m_n && (m_p[m_pos] == '{' || m_p[m_pos] == '[');
            if (!value())
                return m_result;
            if (container)
                expect = m_open.back() ? Expect::KeyOrEnd : Expect::ValueOrEnd;
            else
                expect = Expect::CommaOrEnd;
            break;
        }
        case Expect::KeyOrEnd:
        case Expect::Key:
            if (expect == Expect::KeyOrEnd && m_pos < m_n && m_p[m_pos] == '}') {
                expect = Expect::CommaOrEnd;
                goto close;
            }
            if (m_pos >= m_n || m_p[m_pos] != '"') {
                fail(m_pos,
                    expect == Expect::KeyOrEnd ? tr("expected a key in quotes or '}'")
                                               : tr("expected a key in quotes"));
                return m_result;
            }
            if (!scanString(m_keyStart, m_keyLength, m_keyEscaped))
                return m_result;
            skipSpace();
            if (m_pos >= m_n || m_p[m_pos] != ':') {
                fail(m_pos, tr("expected ':' after the key"));
                return m_result;
            }
            ++m_pos;
            m_hasKey = true;
            expect = Expect::Value;
            break;
        case Expect::ValueOrEnd:
            if (m_pos < m_n && m_p[m_pos] == ']') {
                expect = Expect::CommaOrEnd;
                goto close;
            }
            expect = Expect::Value;
            break;
        case Expect::CommaOrEnd: {
            if (m_open.empty()) {
                if (m_pos < m_n) {
                    fail(m_pos, tr("more data after the end of the document"));
                    return m_result;
                }
                m_result.valid = true;
                if (m_tree) {
                    m_tree->finish();
                    m_result.tree = std::move(m_tree);
                }
                return m_result;
            }
            const bool object = m_open.back();
            if (m_pos < m_n && m_p[m_pos] == ',') {
                ++m_pos;
                expect = object ? Expect::Key : Expect::Value;
                break;
            }
            if (m_pos < m_n && m_p[m_pos] == (object ? '}' : ']'))
                goto close;
            fail(m_pos,
                object ? tr("expected ',' or '}' after an object member")
                       : tr("expected ',' or ']' after an array element"));
            return m_result;
        }
        }
        continue;
    close:
        ++m_pos;
        m_open.pop_back();
        if (m_tree)
            m_nodes.pop_back();
    }
}

} // namespace

JsonParser::Result JsonParser::parse(
    const QByteArray &bytes, bool buildTree, const std::atomic<bool> *cancel, quint32 maxNodes)
{
    Parser parser(bytes, buildTree, cancel, maxNodes);
    return parser.run();
}

bool JsonParser::looksLikeJson(QByteArrayView bytes)
{
    qsizetype i = 0;
    if (bytes.size() >= 3 && bytes.first(3) == QByteArrayView("\xEF\xBB\xBF", 3))
        i = 3;
    while (i < bytes.size() && isSpace(bytes[i]))
        ++i;
    return i < bytes.size() && (bytes[i] == '{' || bytes[i] == '[');
}

std::pair<qsizetype, qsizetype> JsonParser::lineAndColumn(QByteArrayView bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(bytes[i]) & 0xC0) != 0x80) // count characters, not continuation bytes
            ++column;
    }
    return { line, column };
}
