// SPDX-License-Identifier: MIT
#include "cjson.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <locale.h>

namespace Cli::CJson {

namespace {

constexpr int NestingLimit = 1000; // CJSON_NESTING_LIMIT

// mosquitto_sub never calls setlocale(), so cJSON reads and writes numbers in the C locale; canopy-cli runs in the
// user's (QCoreApplication sets it), so numbers go through a C locale of their own.
locale_t cLocale()
{
    static const locale_t locale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    return locale;
}

QByteArray untilNul(QByteArrayView bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    return (nul < 0 ? bytes : bytes.first(nul)).toByteArray();
}

// The text being parsed, with the NUL that ends a C string counted in its length, as cJSON's parse buffer.
class Reader {
public:
    explicit Reader(const QByteArray &text)
        : m_data(reinterpret_cast<const uchar *>(text.constData()))
        , m_length(text.size() + 1)
    {
    }

    bool canAccess(qsizetype index) const { return m_offset + index < m_length; }
    bool canRead(qsizetype count) const { return m_offset + count <= m_length; }
    uchar at(qsizetype index = 0) const { return m_data[m_offset + index]; }
    bool startsWith(const char *literal, qsizetype count) const
    {
        return canRead(count)
            && std::equal(literal, literal + count, m_data + m_offset, [](char a, uchar b) { return uchar(a) == b; });
    }
    qsizetype offset() const { return m_offset; }
    qsizetype length() const { return m_length; }
    void advance(qsizetype count) { m_offset += count; }
    void back() { --m_offset; }

    void skipWhitespace()
    {
        if (!canAccess(0))
            return;
        while (canAccess(0) && at() <= 32)
            ++m_offset;
        if (m_offset == m_length) // the terminating NUL counts as whitespace, but the offset stays on it
            --m_offset;
    }
    void skipByteOrderMark()
    {
        if (canAccess(4) && startsWith("\xEF\xBB\xBF", 3))
            m_offset += 3;
    }

    bool value(Value &out);

private:
    bool string(QByteArray &out);
    bool number(Value &out);
    bool array(Value &out);
    bool object(Value &out);

    const uchar *m_data;
    qsizetype m_length;
    qsizetype m_offset = 0;
    int m_depth = 0;
};

unsigned hex4(const uchar *input)
{
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
        const uchar c = input[i];
        if (c >= '0' && c <= '9')
            value += c - '0';
        else if (c >= 'A' && c <= 'F')
            value += 10 + c - 'A';
        else if (c >= 'a' && c <= 'f')
            value += 10 + c - 'a';
        else
            return 0; // cJSON reads an invalid digit as the code point 0, which then ends the string
        if (i < 3)
            value <<= 4;
    }
    return value;
}

// A \uXXXX escape (two for a surrogate pair) at input, appended as UTF-8; the number of bytes it took, 0 if invalid.
int utf16Escape(const uchar *input, const uchar *end, QByteArray &out)
{
    if (end - input < 6)
        return 0;
    const unsigned first = hex4(input + 2);
    if (first >= 0xDC00 && first <= 0xDFFF)
        return 0;
    unsigned long codePoint = first;
    int length = 6;
    if (first >= 0xD800 && first <= 0xDBFF) {
        const uchar *second = input + 6;
        if (end - second < 6 || second[0] != '\\' || second[1] != 'u')
            return 0;
        const unsigned low = hex4(second + 2);
        if (low < 0xDC00 || low > 0xDFFF)
            return 0;
        codePoint = 0x10000 + (((first & 0x3FF) << 10) | (low & 0x3FF));
        length = 12;
    }
    int utf8Length = 0;
    uchar firstByteMark = 0;
    if (codePoint < 0x80) {
        utf8Length = 1;
    } else if (codePoint < 0x800) {
        utf8Length = 2;
        firstByteMark = 0xC0;
    } else if (codePoint < 0x10000) {
        utf8Length = 3;
        firstByteMark = 0xE0;
    } else {
        utf8Length = 4; // at most 0x10FFFF from a surrogate pair
        firstByteMark = 0xF0;
    }
    char bytes[4];
    for (int position = utf8Length - 1; position > 0; --position) {
        bytes[position] = char((codePoint | 0x80) & 0xBF);
        codePoint >>= 6;
    }
    bytes[0] = utf8Length > 1 ? char((codePoint | firstByteMark) & 0xFF) : char(codePoint & 0x7F);
    out.append(bytes, utf8Length);
    return length;
}

bool Reader::string(QByteArray &out)
{
    if (!canAccess(0) || at() != '"')
        return false;
    // Find the closing quote first, stepping over escaped characters.
    qsizetype end = m_offset + 1;
    while (end < m_length && m_data[end] != '"') {
        if (m_data[end] == '\\') {
            if (end + 1 >= m_length)
                return false;
            ++end;
        }
        ++end;
    }
    if (end >= m_length || m_data[end] != '"')
        return false;
    QByteArray decoded;
    const uchar *input = m_data + m_offset + 1;
    const uchar *const stop = m_data + end;
    while (input < stop) {
        if (*input != '\\') {
            decoded.append(char(*input++));
            continue;
        }
        int length = 2;
        switch (input[1]) {
        case 'b':
            decoded.append('\b');
            break;
        case 'f':
            decoded.append('\f');
            break;
        case 'n':
            decoded.append('\n');
            break;
        case 'r':
            decoded.append('\r');
            break;
        case 't':
            decoded.append('\t');
            break;
        case '"':
        case '\\':
        case '/':
            decoded.append(char(input[1]));
            break;
        case 'u':
            length = utf16Escape(input, stop, decoded);
            if (length == 0)
                return false;
            break;
        default:
            return false;
        }
        input += length;
    }
    out = untilNul(decoded);
    m_offset = end + 1;
    return true;
}

bool Reader::number(Value &out)
{
    // The whole run of the characters a number may hold (the cJSON that Debian 12 ships sets no length limit), then
    // strtod on it: what strtod leaves over is left to the caller, which usually refuses it.
    QByteArray run;
    for (qsizetype i = 0; canAccess(i); ++i) {
        const uchar c = at(i);
        if (!((c >= '0' && c <= '9') || c == '+' || c == '-' || c == 'e' || c == 'E' || c == '.'))
            break;
        run.append(char(c));
    }
    char *after = nullptr;
    const double number = strtod_l(run.constData(), &after, cLocale());
    if (after == run.constData())
        return false;
    out.type = Value::Type::Number;
    out.number = number;
    m_offset += after - run.constData();
    return true;
}

bool Reader::array(Value &out)
{
    if (m_depth >= NestingLimit)
        return false;
    ++m_depth;
    out.type = Value::Type::Array;
    ++m_offset; // '['
    skipWhitespace();
    if (canAccess(0) && at() == ']') {
        --m_depth;
        ++m_offset;
        return true;
    }
    if (!canAccess(0))
        return false;
    back(); // onto the character before the first element, as the loop steps over a ',' each time
    do {
        Value element;
        ++m_offset;
        skipWhitespace();
        if (!value(element))
            return false;
        skipWhitespace();
        out.children.push_back(std::move(element));
    } while (canAccess(0) && at() == ',');
    if (!canAccess(0) || at() != ']')
        return false;
    --m_depth;
    ++m_offset;
    return true;
}

bool Reader::object(Value &out)
{
    if (m_depth >= NestingLimit)
        return false;
    ++m_depth;
    out.type = Value::Type::Object;
    ++m_offset; // '{'
    skipWhitespace();
    if (canAccess(0) && at() == '}') {
        --m_depth;
        ++m_offset;
        return true;
    }
    if (!canAccess(0))
        return false;
    back();
    do {
        Value member;
        ++m_offset;
        skipWhitespace();
        if (!string(member.name))
            return false;
        skipWhitespace();
        if (!canAccess(0) || at() != ':')
            return false;
        ++m_offset;
        skipWhitespace();
        if (!value(member))
            return false;
        skipWhitespace();
        out.children.push_back(std::move(member));
    } while (canAccess(0) && at() == ',');
    if (!canAccess(0) || at() != '}')
        return false;
    --m_depth;
    ++m_offset;
    return true;
}

bool Reader::value(Value &out)
{
    if (startsWith("null", 4)) {
        out.type = Value::Type::Null;
        m_offset += 4;
        return true;
    }
    if (startsWith("false", 5)) {
        out.type = Value::Type::False;
        m_offset += 5;
        return true;
    }
    if (startsWith("true", 4)) {
        out.type = Value::Type::True;
        m_offset += 4;
        return true;
    }
    if (!canAccess(0))
        return false;
    const uchar c = at();
    if (c == '"') {
        out.type = Value::Type::String;
        return string(out.text);
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return number(out);
    if (c == '[')
        return array(out);
    if (c == '{')
        return object(out);
    return false;
}

void printNumber(double number, QByteArray &out)
{
    if (std::isnan(number) || std::isinf(number)) {
        out += "null";
        return;
    }
    // "%1.15g" (so -0 stays "-0" and 1e20 is "1e+20"), or "%1.17g" when 15 digits do not read back as the same number
    // (within DBL_EPSILON).
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer - 1, number, std::chars_format::general, 15);
    *result.ptr = '\0';
    const double readBack = strtod_l(buffer, nullptr, cLocale());
    const double largest = std::max(std::fabs(readBack), std::fabs(number));
    if (!(std::fabs(readBack - number) <= largest * DBL_EPSILON)) {
        result = std::to_chars(buffer, buffer + sizeof buffer - 1, number, std::chars_format::general, 17);
        *result.ptr = '\0';
    }
    out.append(buffer, result.ptr - buffer);
}

void printString(const QByteArray &text, QByteArray &out)
{
    out += '"';
    for (const char byte : text) {
        const auto c = uchar(byte);
        if (c > 31 && c != '"' && c != '\\') {
            out += byte;
            continue;
        }
        out += '\\';
        switch (c) {
        case '\\':
            out += '\\';
            break;
        case '"':
            out += '"';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += 'u';
            out += QByteArray::number(c, 16).rightJustified(4, '0');
            break;
        }
    }
    out += '"';
}

void printValue(const Value &value, bool pretty, int &depth, QByteArray &out)
{
    switch (value.type) {
    case Value::Type::Null:
        out += "null";
        return;
    case Value::Type::False:
        out += "false";
        return;
    case Value::Type::True:
        out += "true";
        return;
    case Value::Type::Number:
        printNumber(value.number, out);
        return;
    case Value::Type::String:
        printString(value.text, out);
        return;
    case Value::Type::Array:
        out += '[';
        ++depth;
        for (std::size_t i = 0; i < value.children.size(); ++i) {
            printValue(value.children[i], pretty, depth, out);
            if (i + 1 < value.children.size())
                out += pretty ? ", " : ",";
        }
        out += ']';
        --depth;
        return;
    case Value::Type::Object:
        out += '{';
        ++depth;
        if (pretty)
            out += '\n';
        for (std::size_t i = 0; i < value.children.size(); ++i) {
            const Value &member = value.children[i];
            if (pretty)
                out += QByteArray(depth, '\t');
            printString(member.name, out);
            out += pretty ? ":\t" : ":";
            printValue(member, pretty, depth, out);
            if (i + 1 < value.children.size())
                out += ',';
            if (pretty)
                out += '\n';
        }
        if (pretty)
            out += QByteArray(depth - 1, '\t');
        out += '}';
        --depth;
        return;
    }
}

} // namespace

Value Value::fromNumber(double number)
{
    Value value;
    value.type = Type::Number;
    value.number = number;
    return value;
}

Value Value::fromString(QByteArrayView bytes)
{
    Value value;
    value.type = Type::String;
    value.text = untilNul(bytes);
    return value;
}

Value Value::object()
{
    Value value;
    value.type = Type::Object;
    return value;
}

Value &Value::add(QByteArrayView memberName, Value value)
{
    value.name = untilNul(memberName);
    children.push_back(std::move(value));
    return children.back();
}

std::optional<Value> parse(QByteArrayView text)
{
    if (text.contains('\0'))
        return std::nullopt; // cJSON would stop there, short of the end mosquitto_sub requires
    const QByteArray bytes = text.toByteArray();
    Reader reader(bytes);
    reader.skipByteOrderMark();
    reader.skipWhitespace();
    Value value;
    if (!reader.value(value))
        return std::nullopt;
    reader.skipWhitespace();
    if (reader.offset() >= reader.length() || reader.at() != '\0')
        return std::nullopt;
    return value;
}

QByteArray print(const Value &value, bool pretty)
{
    QByteArray out;
    int depth = 0;
    printValue(value, pretty, depth, out);
    return out;
}

} // namespace Cli::CJson
