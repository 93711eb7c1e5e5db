// SPDX-License-Identifier: MIT
#include "common/displaytext.h"

#include <QChar>

namespace Canopy {
namespace {
constexpr char32_t LineFeed = 0x0A;
constexpr char32_t CarriageReturn = 0x0D;
constexpr char32_t Tab = 0x09;
constexpr char32_t Zwnj = 0x200C;
constexpr char32_t Zwj = 0x200D;
constexpr char32_t EmojiVariation = 0xFE0F;
constexpr char32_t CombiningKeycap = 0x20E3;
constexpr char32_t WavingBlackFlag = 0x1F3F4;
constexpr char32_t CancelTag = 0xE007F;
constexpr int MaxFlagTags = 7; // subdivision codes such as "gbeng" (UTS #51 emoji_tag_sequence)
constexpr char32_t None = 0xFFFFFFFF; // before the start, after the end

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x180B && c <= 0x180D)
        || c == 0x180F;
}

bool isTag(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007F;
}

// Shown wherever it stands (see the header for the list and why).
bool alwaysShown(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if (c < 0xAD)
        return false;
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x034F: // combining grapheme joiner
    case 0x061C: // Arabic letter mark
    case 0x115F: // Hangul choseong filler
    case 0x1160: // Hangul jungseong filler
    case 0x17B4: // Khmer inherent vowels
    case 0x17B5:
    case 0x180E: // Mongolian vowel separator
    case 0x200B: // zero width space
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x3164: // Hangul filler
    case 0xFEFF: // zero width no-break space, byte order mark
    case 0xFFA0: // halfwidth Hangul filler
        return true;
    default:
        break;
    }
    return (c >= 0x202A && c <= 0x202E) // embeddings and overrides
        || (c >= 0x2060 && c <= 0x206F) // word joiner, invisible operators, isolates, deprecated format characters
        || (c >= 0xD800 && c <= 0xDFFF) // a lone surrogate (pairs arrive here decoded)
        || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE // noncharacters
        || (c >= 0xFFF0 && c <= 0xFFFC) // default ignorable, annotation marks, object replacement character
        || (c >= 0x1BCA0 && c <= 0x1BCA3) // shorthand format controls
        || (c >= 0x1D173 && c <= 0x1D17A) // musical symbol format characters
        || (c >= 0xE0000 && c <= 0xE0FFF && !isTag(c) && !isVariationSelector(c));
}

// A visible character that a joiner or a variation selector can change: emoji and other symbols, letters and marks
// outside ASCII, except in the scripts that look like ASCII (where they would only hide a difference).
bool shapesWith(char32_t c)
{
    if (c < 0x80 || c == None || alwaysShown(c) || isVariationSelector(c) || isTag(c) || c == Zwj || c == Zwnj)
        return false;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        break;
    default:
        return false;
    }
    const QChar::Script script = QChar::script(c);
    return script != QChar::Script_Latin && script != QChar::Script_Greek && script != QChar::Script_Cyrillic;
}

bool isKeycapBase(char32_t c)
{
    return (c >= u'0' && c <= u'9') || c == u'#' || c == u'*';
}

// The code point at `at` (a lone surrogate as itself); None at the end.
char32_t codePointAt(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return None;
    const QChar c = text[at];
    if (c.isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[at + 1]);
    return c.unicode();
}

char32_t codePointBefore(QStringView text, qsizetype at)
{
    if (at <= 0)
        return None;
    const QChar c = text[at - 1];
    if (c.isLowSurrogate() && at >= 2 && text[at - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[at - 2], c);
    return c.unicode();
}

qsizetype width(char32_t c)
{
    return c > 0xFFFF && c != None ? 2 : 1;
}

// A cheap superset of the code units that need a closer look (surrogates included: their pair is looked at).
bool mayNeedLook(char16_t u)
{
    if (u < 0x7F)
        return u < 0x20;
    if (u < 0xA0)
        return true;
    if (u < 0x034F)
        return u == 0xAD;
    if (u < 0x2000)
        return u == 0x034F || u == 0x061C || u == 0x115F || u == 0x1160 || u == 0x17B4 || u == 0x17B5
            || (u >= 0x180B && u <= 0x180F);
    if (u < 0x2070)
        return (u >= 0x200B && u <= 0x200F) || (u >= 0x2028 && u <= 0x202E) || u >= 0x2060;
    if (u < 0xD800)
        return u == 0x3164;
    if (u < 0xE000)
        return true;
    if (u < 0xFDD0)
        return false;
    return u <= 0xFDEF || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF || u == 0xFFA0 || u >= 0xFFF0;
}

// Where the next code point that is shown, or kept only in some company, starts (text.size() if none).
qsizetype nextSpecial(QStringView text, qsizetype from, TextView view)
{
    const qsizetype size = text.size();
    const QChar *data = text.data();
    for (qsizetype i = from; i < size; ++i) {
        const char16_t u = data[i].unicode();
        if (!mayNeedLook(u))
            continue; // nearly always
        if (view == TextView::MultiLine
            && (u == LineFeed || u == Tab || (u == CarriageReturn && i + 1 < size && data[i + 1] == u'\n')))
            continue;
        const char32_t c = codePointAt(text, i);
        if (alwaysShown(c) || isVariationSelector(c) || isTag(c) || c == Zwj || c == Zwnj)
            return i;
        i += width(c) - 1;
    }
    return size;
}

// At a tag right after U+1F3F4: where the tags end if they make an emoji flag (tag letters or digits, then
// U+E007F), else at.
qsizetype flagTagsEnd(QStringView text, qsizetype start)
{
    qsizetype at = start;
    for (int count = 0; count <= MaxFlagTags; ++count, at += 2) {
        const char32_t c = codePointAt(text, at);
        if (c == CancelTag)
            return count > 0 ? at + 2 : start;
        if (!((c >= 0xE0030 && c <= 0xE0039) || (c >= 0xE0061 && c <= 0xE007A)))
            return start;
    }
    return start;
}

void appendEscape(QString &out, char32_t c)
{
    out += u"<U+";
    out += QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    out += u'>';
}
} // namespace

QString visibleText(QStringView text, TextView view)
{
    qsizetype at = nextSpecial(text, 0, view);
    if (at == text.size())
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    qsizetype copied = 0; // text before this is in out
    qsizetype afterEscape = -1; // where the last escape ended: the character before is then '>' on screen
    qsizetype flagTagsUntil = 0; // the tags of an emoji flag, which stay
    while (at < text.size()) {
        out += text.sliced(copied, at - copied);
        const char32_t c = codePointAt(text, at);
        const qsizetype size = width(c);
        const char32_t previous = at == afterEscape ? char32_t(u'>') : codePointBefore(text, at);
        const char32_t next = codePointAt(text, at + size);
        bool show = true;
        if (c == Zwj || c == Zwnj) {
            show = !((shapesWith(previous) || isVariationSelector(previous)) && shapesWith(next));
        } else if (isVariationSelector(c)) {
            show
                = !(shapesWith(previous) || (c == EmojiVariation && isKeycapBase(previous) && next == CombiningKeycap));
        } else if (isTag(c)) {
            if (previous == WavingBlackFlag)
                flagTagsUntil = flagTagsEnd(text, at);
            show = at >= flagTagsUntil;
        }
        if (show) {
            appendEscape(out, c);
            afterEscape = at + size;
        } else {
            out += text.sliced(at, size);
        }
        at += size;
        copied = at;
        at = nextSpecial(text, at, view);
    }
    out += text.sliced(copied);
    return out;
}

QString visibleText(const QString &text, TextView view)
{
    if (nextSpecial(text, 0, view) == text.size())
        return text;
    return visibleText(QStringView(text), view);
}

} // namespace Canopy
