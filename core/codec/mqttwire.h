// SPDX-License-Identifier: MIT
#pragma once

// Internal to the codec: the MQTT data representations (spec 1.5) as raw readers and writers.
// Nothing here allocates except the QString / QByteArray a caller asks for.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <cstring>

namespace Mqtt::Wire {

inline constexpr quint32 MaximumVariableByteInteger = 268435455; // 0xFF 0xFF 0xFF 0x7F
inline constexpr qsizetype MaximumStringBytes = 65535;

inline constexpr int variableByteIntegerSize(quint32 value)
{
    return value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value <= MaximumVariableByteInteger ? 4 : 5;
}

// The outcome of checking bytes against the rules for an MQTT UTF-8 Encoded String (MQTT-1.5.4-1..3).
enum class Utf8Status { Valid, Ill, Null, Surrogate };

// Validates well-formed UTF-8 (RFC 3629: no overlong forms, nothing above U+10FFFF), no encoded surrogates and no
// U+0000. Sets ascii to whether every byte was below 0x80, so the caller can take the cheap Latin-1 conversion.
inline Utf8Status validateUtf8(const uchar *p, qsizetype n, bool &ascii)
{
    const uchar *const end = p + n;
    ascii = true;
    // Eight bytes at a time while they are all in 0x01..0x7F.
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        const quint64 zeroByte = (word - ones) & ~word & highs;
        if ((word & highs) | zeroByte)
            break;
        p += 8;
    }
    while (p < end) {
        const uchar c = *p;
        if (c != 0 && c < 0x80) {
            ++p;
            continue;
        }
        if (c == 0)
            return Utf8Status::Null;
        ascii = false;
        auto cont
            = [end](const uchar *q, uchar low = 0x80, uchar high = 0xBF) { return q < end && *q >= low && *q <= high; };
        if (c >= 0xC2 && c <= 0xDF) {
            if (!cont(p + 1))
                return Utf8Status::Ill;
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            uchar low = 0x80;
            uchar high = 0xBF;
            if (c == 0xE0)
                low = 0xA0;
            if (c == 0xED) {
                // ED A0..BF xx would encode U+D800..U+DFFF.
                if (p + 1 < end && p[1] >= 0xA0 && p[1] <= 0xBF && cont(p + 2))
                    return Utf8Status::Surrogate;
                high = 0x9F;
            }
            if (!cont(p + 1, low, high) || !cont(p + 2))
                return Utf8Status::Ill;
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            const uchar low = c == 0xF0 ? 0x90 : 0x80;
            const uchar high = c == 0xF4 ? 0x8F : 0xBF;
            if (!cont(p + 1, low, high) || !cont(p + 2) || !cont(p + 3))
                return Utf8Status::Ill;
            p += 4;
        } else {
            return Utf8Status::Ill;
        }
    }
    return Utf8Status::Valid;
}

// The number of UTF-8 bytes text takes, cut at the last whole code point that fits in limit bytes.
// Unpaired surrogates count as U+FFFD, as utf8Encode writes them.
inline qsizetype utf8Length(QStringView text, qsizetype limit = MaximumStringBytes)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    if (text.size() <= limit) {
        // Common case first: all ASCII (a loop the compiler vectorises).
        char16_t any = 0;
        for (const char16_t *q = p; q < end; ++q)
            any |= *q;
        if (any < 0x80)
            return text.size();
    }
    qsizetype length = 0;
    while (p < end) {
        const char16_t c = *p;
        int bytes;
        int units = 1;
        if (c < 0x80) {
            bytes = 1;
        } else if (c < 0x800) {
            bytes = 2;
        } else if (QChar::isHighSurrogate(c) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            bytes = 4;
            units = 2;
        } else {
            bytes = 3;
        }
        if (length + bytes > limit)
            break;
        length += bytes;
        p += units;
    }
    return length;
}

// Writes text as UTF-8 to out, exactly the first `bytes` bytes utf8Length() counted.
inline uchar *utf8Encode(QStringView text, uchar *out, qsizetype bytes)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    uchar *const stop = out + bytes;
    if (bytes == text.size()) {
        // As many bytes as UTF-16 units: usually because every character is ASCII (a cut long string can also
        // come out even, hence the check).
        char16_t any = 0;
        for (qsizetype i = 0; i < bytes; ++i)
            any |= p[i];
        if (any < 0x80) {
            for (qsizetype i = 0; i < bytes; ++i)
                out[i] = uchar(p[i]);
            return stop;
        }
    }
    while (out < stop) {
        const char16_t c = *p++;
        if (c < 0x80) {
            *out++ = uchar(c);
        } else if (c < 0x800) {
            *out++ = uchar(0xC0 | (c >> 6));
            *out++ = uchar(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t ucs = QChar::surrogateToUcs4(c, *p++);
            *out++ = uchar(0xF0 | (ucs >> 18));
            *out++ = uchar(0x80 | ((ucs >> 12) & 0x3F));
            *out++ = uchar(0x80 | ((ucs >> 6) & 0x3F));
            *out++ = uchar(0x80 | (ucs & 0x3F));
        } else {
            const char16_t unit = QChar::isSurrogate(c) ? char16_t(0xFFFD) : c;
            *out++ = uchar(0xE0 | (unit >> 12));
            *out++ = uchar(0x80 | ((unit >> 6) & 0x3F));
            *out++ = uchar(0x80 | (unit & 0x3F));
        }
    }
    return out;
}

// Bounds-checked big-endian reader over one packet's remaining bytes. Every read returns false when the bytes run
// out, leaving the position unchanged; the caller turns that into a Malformed result with its own wording.
class Reader {
public:
    Reader(const uchar *begin, const uchar *end)
        : m_pos(begin)
        , m_end(end)
    {
    }

    qsizetype remaining() const { return m_end - m_pos; }
    bool atEnd() const { return m_pos == m_end; }
    const uchar *position() const { return m_pos; }
    const uchar *end() const { return m_end; }
    void setEnd(const uchar *end) { m_end = end; }

    bool u8(quint8 &value)
    {
        if (m_pos == m_end)
            return false;
        value = *m_pos++;
        return true;
    }
    bool u16(quint16 &value)
    {
        if (remaining() < 2)
            return false;
        value = quint16((m_pos[0] << 8) | m_pos[1]);
        m_pos += 2;
        return true;
    }
    bool u32(quint32 &value)
    {
        if (remaining() < 4)
            return false;
        value = (quint32(m_pos[0]) << 24) | (quint32(m_pos[1]) << 16) | (quint32(m_pos[2]) << 8) | m_pos[3];
        m_pos += 4;
        return true;
    }

    enum class VbiStatus { Ok, Truncated, TooLong, NonMinimal };
    VbiStatus vbi(quint32 &value)
    {
        quint32 result = 0;
        for (int i = 0; i < 4; ++i) {
            if (m_pos + i == m_end)
                return VbiStatus::Truncated;
            const uchar byte = m_pos[i];
            result |= quint32(byte & 0x7F) << (7 * i);
            if (!(byte & 0x80)) {
                if (i > 0 && byte == 0)
                    return VbiStatus::NonMinimal;
                m_pos += i + 1;
                value = result;
                return VbiStatus::Ok;
            }
        }
        return VbiStatus::TooLong;
    }

    // A two-byte length followed by that many bytes (Binary Data and the raw form of a UTF-8 string).
    enum class BlockStatus { Ok, NoLength, Overrun };
    BlockStatus block(const uchar *&data, qsizetype &size)
    {
        quint16 length;
        if (!u16(length))
            return BlockStatus::NoLength;
        if (remaining() < length) {
            m_pos -= 2;
            return BlockStatus::Overrun;
        }
        data = m_pos;
        size = length;
        m_pos += length;
        return BlockStatus::Ok;
    }

    QByteArrayView rest()
    {
        const QByteArrayView view(m_pos, m_end - m_pos);
        m_pos = m_end;
        return view;
    }

private:
    const uchar *m_pos;
    const uchar *m_end;
};

// Encoding runs twice over the same template code: once with a Counter to learn the remaining length, once with a
// Writer into a buffer of exactly that size.
class Counter {
public:
    qsizetype size() const { return m_size; }
    void add(qsizetype bytes) { m_size += bytes; }
    void u8(quint8) { m_size += 1; }
    void u16(quint16) { m_size += 2; }
    void u32(quint32) { m_size += 4; }
    void vbi(quint32 value) { m_size += variableByteIntegerSize(value); }
    void string(QStringView text) { m_size += 2 + utf8Length(text); }
    void binary(QByteArrayView data) { m_size += 2 + qMin(data.size(), MaximumStringBytes); }
    void raw(QByteArrayView data) { m_size += data.size(); }

private:
    qsizetype m_size = 0;
};

class Writer {
public:
    explicit Writer(uchar *out)
        : m_out(out)
    {
    }
    uchar *position() const { return m_out; }
    void u8(quint8 value) { *m_out++ = value; }
    void u16(quint16 value)
    {
        m_out[0] = uchar(value >> 8);
        m_out[1] = uchar(value);
        m_out += 2;
    }
    void u32(quint32 value)
    {
        m_out[0] = uchar(value >> 24);
        m_out[1] = uchar(value >> 16);
        m_out[2] = uchar(value >> 8);
        m_out[3] = uchar(value);
        m_out += 4;
    }
    void vbi(quint32 value)
    {
        do {
            uchar byte = value & 0x7F;
            value >>= 7;
            if (value)
                byte |= 0x80;
            *m_out++ = byte;
        } while (value);
    }
    void string(QStringView text)
    {
        const qsizetype length = utf8Length(text);
        u16(quint16(length));
        m_out = utf8Encode(text, m_out, length);
    }
    void binary(QByteArrayView data)
    {
        const qsizetype length = qMin(data.size(), MaximumStringBytes);
        u16(quint16(length));
        if (length)
            std::memcpy(m_out, data.data(), size_t(length));
        m_out += length;
    }
    void raw(QByteArrayView data)
    {
        if (!data.isEmpty())
            std::memcpy(m_out, data.data(), size_t(data.size()));
        m_out += data.size();
    }

private:
    uchar *m_out;
};

} // namespace Mqtt::Wire
