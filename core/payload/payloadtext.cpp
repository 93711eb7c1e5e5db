// SPDX-License-Identifier: MIT
#include "payload/payloadtext.h"

#include "common/displaytext.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace {
// Not inside a character: back up over continuation bytes (at most 3).
qsizetype characterBoundary(QByteArrayView bytes, qsizetype start, qsizetype end)
{
    for (int k = 0; k < 3 && end > start + 1 && end < bytes.size() && (uchar(bytes[end]) & 0xC0) == 0x80; ++k)
        --end;
    return end;
}

qsizetype pageEnd(QByteArrayView bytes, qsizetype start, qsizetype maxBytes, qsizetype granularity)
{
    const qsizetype windowEnd = std::min(bytes.size(), start + std::max<qsizetype>(maxBytes, granularity));
    if (granularity > 1)
        return windowEnd >= bytes.size() ? bytes.size() : start + (windowEnd - start) / granularity * granularity;
    // Whole lines, and no line longer than LongLineBytes: a text view lays out a long line as a whole, and a
    // 128 KiB line takes it a second (a 16 KiB one a few milliseconds).
    constexpr qsizetype LongLine = PayloadText::LongLineBytes;
    qsizetype lineStart = start;
    qsizetype lastLineEnd = -1;
    while (lineStart < windowEnd) {
        const qsizetype found = bytes.sliced(lineStart, windowEnd - lineStart).indexOf('\n');
        const qsizetype lineEnd = found < 0 ? windowEnd : lineStart + found; // the line's '\n', or the window's end
        if (lineEnd - lineStart > LongLine) // a long line: it goes on pages of its own, LongLine bytes each
            return lineStart > start ? lineStart : characterBoundary(bytes, start, start + LongLine);
        if (found < 0)
            break;
        lastLineEnd = lineEnd + 1;
        lineStart = lineEnd + 1;
    }
    if (windowEnd >= bytes.size())
        return bytes.size();
    if (lastLineEnd > start)
        return lastLineEnd;
    return characterBoundary(bytes, start, windowEnd);
}
} // namespace

int PayloadText::sequenceLength(QByteArrayView bytes, qsizetype at)
{
    const auto c = uchar(bytes[at]);
    if (c < 0x80)
        return 1;
    int extra = 0;
    uint minimum = 0;
    uint code = 0;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        minimum = 0x80;
        code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        minimum = 0x800;
        code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        minimum = 0x10000;
        code = c & 0x07;
    } else {
        return 0;
    }
    if (at + extra >= bytes.size())
        return 0;
    for (int k = 1; k <= extra; ++k) {
        const auto b = uchar(bytes[at + k]);
        if ((b & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (b & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return extra + 1;
}

PayloadText::Page PayloadText::textPage(QByteArrayView bytes, qsizetype start, qsizetype maxBytes)
{
    start = std::clamp<qsizetype>(start, 0, bytes.size());
    return decodeRange(bytes, start, pageEnd(bytes, start, maxBytes, 1));
}

PayloadText::Page PayloadText::decodeRange(QByteArrayView bytes, qsizetype start, qsizetype end)
{
    Page page;
    page.sourceSize = bytes.size();
    page.start = start;
    page.end = end;
    const QByteArrayView slice = bytes.sliced(page.start, page.end - page.start);
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            page.text += Canopy::visibleText(
                QString::fromUtf8(slice.sliced(runStart, end - runStart)), Canopy::TextView::MultiLine);
    };
    qsizetype i = 0;
    while (i < slice.size()) {
        if (uchar(slice[i]) < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(slice, i);
        if (length > 0) {
            i += length;
            continue;
        }
        flush(i);
        const QString marker = u'⟨' + QString::number(uchar(slice[i]), 16).toUpper().rightJustified(2, u'0') + u'⟩';
        page.invalid.append(Mark { page.text.size(), marker.size() });
        page.text += marker;
        ++i;
        runStart = i;
    }
    flush(slice.size());
    return page;
}

qsizetype PayloadText::nextTextPage(QByteArrayView bytes, qsizetype start, qsizetype maxBytes)
{
    return pageEnd(bytes, std::clamp<qsizetype>(start, 0, bytes.size()), maxBytes, 1);
}

PayloadText::Page PayloadText::base64Page(QByteArrayView bytes, qsizetype start, qsizetype maxBytes)
{
    Page page;
    page.sourceSize = bytes.size();
    page.start = std::clamp<qsizetype>(start, 0, bytes.size());
    // Whole lines of source: 57 bytes make one 76-character line.
    constexpr qsizetype LineBytes = Base64LineLength / 4 * 3;
    page.end = pageEnd(bytes, page.start, maxBytes, LineBytes);
    const QByteArray encoded = bytes.sliced(page.start, page.end - page.start).toByteArray().toBase64();
    page.text.reserve(encoded.size() + encoded.size() / Base64LineLength + 1);
    for (qsizetype at = 0; at < encoded.size(); at += Base64LineLength) {
        page.text
            += QString::fromLatin1(encoded.sliced(at, std::min<qsizetype>(Base64LineLength, encoded.size() - at)));
        page.text += u'\n';
    }
    return page;
}

PayloadText::Page PayloadText::decode(QByteArrayView bytes)
{
    return decodeRange(bytes, 0, bytes.size());
}

qsizetype PayloadText::invalidUtf8Bytes(QByteArrayView bytes)
{
    qsizetype invalid = 0;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const int length = sequenceLength(bytes, i);
        if (length == 0) {
            ++invalid;
            ++i;
        } else {
            i += length;
        }
    }
    return invalid;
}
