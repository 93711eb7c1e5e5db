// SPDX-License-Identifier: MIT
// Canopy::visibleText: invisible and direction-changing characters in broker text appear as <U+XXXX> in every view,
// while real text (Arabic, Hebrew, emoji, accents) stays text. One row per rule of common/displaytext.h.
#include "common/displaytext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Canopy::TextView;

namespace {
QString fromUcs4(std::initializer_list<char32_t> codePoints)
{
    QString out;
    for (char32_t c : codePoints) {
        if (c > 0xFFFF) {
            out += QChar::highSurrogate(c);
            out += QChar::lowSurrogate(c);
        } else {
            out += QChar(char16_t(c));
        }
    }
    return out;
}
} // namespace

class TestDisplayText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void visibleText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("shown");

        const auto row = [](const char *name, const QString &text, const QString &shown, bool multiLine = false) {
            QTest::newRow(name) << text << multiLine << shown;
        };
        // Plain text passes through.
        row("empty text", QString(), QString());
        row("ASCII topic unchanged", u"home/kitchen/temp"_s, u"home/kitchen/temp"_s);
        row("Latin-1 and accents unchanged", u"température/°C/Größe ¡señor! ¬ ±"_s,
            u"température/°C/Größe ¡señor! ¬ ±"_s);
        row("combining accent unchanged", u"cafe\u0301"_s, u"cafe\u0301"_s);
        row("no-break and ideographic spaces unchanged (visible width)", u"a\u00A0b\u3000c"_s, u"a\u00A0b\u3000c"_s);
        row("replacement character U+FFFD stays", u"bad\uFFFDbyte"_s, u"bad\uFFFDbyte"_s);
        row("private use character stays", u"icon\uE000"_s, u"icon\uE000"_s);
        row("CJK unchanged", u"温度/センサー/온도"_s, u"温度/センサー/온도"_s);
        // Real right-to-left text is text, not a control.
        row("Arabic text unchanged", u"مستشعر/درجة"_s, u"مستشعر/درجة"_s);
        row("Hebrew text unchanged", u"חיישן/טמפרטורה"_s, u"חיישן/טמפרטורה"_s);
        // Bidi controls: every one of them.
        row("issue 7: RLO reorders rtl-exe.txt", u"rtl-\u202Eexe.txt"_s, u"rtl-<U+202E>exe.txt"_s);
        row("bidi LRE RLE PDF LRO RLO", u"\u202A\u202B\u202C\u202D\u202E"_s,
            u"<U+202A><U+202B><U+202C><U+202D><U+202E>"_s);
        row("bidi isolates LRI RLI FSI PDI", u"\u2066a\u2067b\u2068c\u2069"_s,
            u"<U+2066>a<U+2067>b<U+2068>c<U+2069>"_s);
        row("bidi marks LRM RLM ALM", u"\u200E\u200F\u061C"_s, u"<U+200E><U+200F><U+061C>"_s);
        row("RLM inside Hebrew is still shown", u"שלום\u200F!"_s, u"שלום<U+200F>!"_s);
        // Zero-width and other invisible characters.
        row("zero width space", u"a/\u200Bb"_s, u"a/<U+200B>b"_s);
        row("word joiner and invisible operators", u"x\u2060\u2061\u2062\u2063\u2064y"_s,
            u"x<U+2060><U+2061><U+2062><U+2063><U+2064>y"_s);
        row("deprecated format characters U+206A-U+206F", u"\u206A\u206F"_s, u"<U+206A><U+206F>"_s);
        row("byte order mark at the start", u"\uFEFFtopic"_s, u"<U+FEFF>topic"_s);
        row("soft hyphen", u"pass\u00ADword"_s, u"pass<U+00AD>word"_s);
        row("Mongolian vowel separator", u"a\u180Eb"_s, u"a<U+180E>b"_s);
        row("combining grapheme joiner", u"a\u034Fb"_s, u"a<U+034F>b"_s);
        row("Hangul fillers", u"\u3164\uFFA0\u115F\u1160"_s, u"<U+3164><U+FFA0><U+115F><U+1160>"_s);
        row("Khmer inherent vowels", u"\u17B4\u17B5"_s, u"<U+17B4><U+17B5>"_s);
        row("interlinear annotation and object replacement", u"\uFFF9a\uFFFA\uFFFB\uFFFC"_s,
            u"<U+FFF9>a<U+FFFA><U+FFFB><U+FFFC>"_s);
        row("noncharacters (Qt documents use U+FDD0)", u"a\uFDD0\uFDEF\uFFFEb"_s, u"a<U+FDD0><U+FDEF><U+FFFE>b"_s);
        row("supplementary default-ignorables", fromUcs4({ 0x1BCA0, 0x1D173, 0xE0001, 0xE0FFF }),
            u"<U+1BCA0><U+1D173><U+E0001><U+E0FFF>"_s);
        row("supplementary noncharacter", fromUcs4({ 'a', 0x1FFFF }), u"a<U+1FFFF>"_s);
        // Controls.
        row("C0 control BEL", u"ring\u0007"_s, u"ring<U+0007>"_s);
        row("escape sequence", u"\u001B[31mred"_s, u"<U+001B>[31mred"_s);
        row("DEL", u"a\u007Fb"_s, u"a<U+007F>b"_s);
        row("C1 controls NEL and CSI", u"a\u0085b\u009B"_s, u"a<U+0085>b<U+009B>"_s);
        row("one line: line feed, tab, CR shown", u"a\nb\tc\rd"_s, u"a<U+000A>b<U+0009>c<U+000D>d"_s);
        row("multi-line: line feed, tab and CR LF stay", u"a\nb\tc\r\nd"_s, u"a\nb\tc\r\nd"_s, true);
        row("multi-line: lone CR shown (it would overwrite in a terminal)", u"ok\rfake"_s, u"ok<U+000D>fake"_s, true);
        row("multi-line: CR at the very end shown", u"end\r"_s, u"end<U+000D>"_s, true);
        row("multi-line: form feed and vertical tab shown", u"a\fb\u000Bc"_s, u"a<U+000C>b<U+000B>c"_s, true);
        row("multi-line: bidi still shown", u"line\n\u202Eevil"_s, u"line\n<U+202E>evil"_s, true);
        row("line and paragraph separators, even in multi-line", u"a\u2028b\u2029c"_s, u"a<U+2028>b<U+2029>c"_s, true);
        // Lone surrogates (QString can hold them; UTF-8 from the wire cannot).
        row("lone high surrogate", u"a"_s + QChar(0xD800) + u"b"_s, u"a<U+D800>b"_s);
        row("lone low surrogate at the end", u"a"_s + QChar(0xDC00), u"a<U+DC00>"_s);
        // Emoji stay emoji: their joiners, variation selectors and tags are kept.
        row("emoji unchanged", fromUcs4({ 0x1F600, '/', 0x1F321 }), fromUcs4({ 0x1F600, '/', 0x1F321 }));
        row("emoji ZWJ sequence (family) kept", fromUcs4({ 0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467 }),
            fromUcs4({ 0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467 }));
        row("emoji with VS16 then ZWJ (rainbow flag) kept", fromUcs4({ 0x1F3F3, 0xFE0F, 0x200D, 0x1F308 }),
            fromUcs4({ 0x1F3F3, 0xFE0F, 0x200D, 0x1F308 }));
        row("emoji skin tone and ZWJ kept", fromUcs4({ 0x1F469, 0x1F3FD, 0x200D, 0x1F4BB }),
            fromUcs4({ 0x1F469, 0x1F3FD, 0x200D, 0x1F4BB }));
        row("heart with VS16 kept", fromUcs4({ 0x2764, 0xFE0F }), fromUcs4({ 0x2764, 0xFE0F }));
        row("keycap 1 VS16 U+20E3 kept", fromUcs4({ '1', 0xFE0F, 0x20E3 }), fromUcs4({ '1', 0xFE0F, 0x20E3 }));
        row("England flag tag sequence kept",
            fromUcs4({ 0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F }),
            fromUcs4({ 0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F }));
        // ... but not where they only hide a difference.
        row("ZWJ between ASCII letters shown", u"a\u200Db"_s, u"a<U+200D>b"_s);
        row("ZWNJ at the end shown", u"topic\u200C"_s, u"topic<U+200C>"_s);
        row("ZWJ between Cyrillic letters shown", u"а\u200Dб"_s, u"а<U+200D>б"_s);
        row("ZWJ after an emoji but before ASCII shown", fromUcs4({ 0x1F600, 0x200D, 'x' }),
            fromUcs4({ 0x1F600 }) + u"<U+200D>x"_s);
        row("VS16 after an ASCII letter shown", u"a\uFE0F"_s, u"a<U+FE0F>"_s);
        row("VS16 after a digit without keycap shown", u"1\uFE0F"_s, u"1<U+FE0F>"_s);
        row("second variation selector in a row shown", fromUcs4({ 0x2764, 0xFE0F, 0xFE0F }),
            fromUcs4({ 0x2764, 0xFE0F }) + u"<U+FE0F>"_s);
        row("ZWJ after a shown variation selector shown", fromUcs4({ 'a', 0xFE0F, 0x200D, 0x1F600 }),
            u"a<U+FE0F><U+200D>"_s + fromUcs4({ 0x1F600 }));
        row("tags outside a flag shown (ASCII smuggling)", fromUcs4({ 'h', 0xE0068, 0xE0069 }),
            u"h<U+E0068><U+E0069>"_s);
        row("flag tags without cancel tag shown", fromUcs4({ 0x1F3F4, 0xE0067, 0xE0062 }),
            fromUcs4({ 0x1F3F4 }) + u"<U+E0067><U+E0062>"_s);
        row("tags after the flag's cancel tag shown", fromUcs4({ 0x1F3F4, 0xE0067, 0xE007F, 0xE0068 }),
            fromUcs4({ 0x1F3F4, 0xE0067, 0xE007F }) + u"<U+E0068>"_s);
        row("flag with more than seven tags shown",
            fromUcs4({ 0x1F3F4, 0xE0061, 0xE0061, 0xE0061, 0xE0061, 0xE0061, 0xE0061, 0xE0061, 0xE0061, 0xE007F }),
            fromUcs4({ 0x1F3F4 }) + u"<U+E0061>"_s.repeated(8) + u"<U+E007F>"_s);
        row("ideographic variation selector after a Han character kept", fromUcs4({ 0x845B, 0xE0100 }),
            fromUcs4({ 0x845B, 0xE0100 }));
        // Scripts that join letters keep their joiners.
        row("Persian ZWNJ kept", u"می\u200Cخواهم"_s, u"می\u200Cخواهم"_s);
        row("Devanagari virama ZWJ kept", u"क्\u200Dष"_s, u"क्\u200Dष"_s);
        // Escapes name the code point, with more than four digits when needed.
        row("escape of a supplementary code point", fromUcs4({ 0xE0020 }), u"<U+E0020>"_s);
        row("NUL", QString(QChar(0)), u"<U+0000>"_s);
        row("plain runs between several escapes", u"abc\u202Edef\u200Bghi\u0007"_s,
            u"abc<U+202E>def<U+200B>ghi<U+0007>"_s);
    }

    void visibleText()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiLine);
        QFETCH(QString, shown);
        const TextView view = multiLine ? TextView::MultiLine : TextView::OneLine;
        QCOMPARE(Canopy::visibleText(text, view), shown);
        QCOMPARE(Canopy::visibleText(QStringView(text), view), shown);
        // Idempotent: what a view shows is plain text already.
        QCOMPARE(Canopy::visibleText(shown, view), shown);
    }

    // Every code point on its own (so without the company that keeps a joiner, a variation selector or a tag): shown
    // exactly when it is in the set the header lists, written out again here.
    void everyCodePointAlone()
    {
        const auto listed = [](char32_t c) {
            const auto in = [c](char32_t first, char32_t last) { return c >= first && c <= last; };
            return c < 0x20 || in(0x7F, 0x9F) || c == 0xAD || c == 0x34F || c == 0x61C || in(0x115F, 0x1160)
                || in(0x17B4, 0x17B5) || in(0x180B, 0x180F) || in(0x200B, 0x200F) || in(0x2028, 0x202E)
                || in(0x2060, 0x206F) || c == 0x3164 || in(0xFDD0, 0xFDEF) || in(0xFE00, 0xFE0F) || c == 0xFEFF
                || c == 0xFFA0 || in(0xFFF0, 0xFFFC) || (c & 0xFFFE) == 0xFFFE || in(0x1BCA0, 0x1BCA3)
                || in(0x1D173, 0x1D17A) || in(0xE0000, 0xE0FFF);
        };
        int shown = 0;
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue; // lone surrogates have rows of their own
            const QString text = fromUcs4({ c });
            const QString one = Canopy::visibleText(text);
            if (one != text) {
                ++shown;
                const QString escape = u"<U+%1>"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper();
                QVERIFY2(one == escape, qPrintable(u"U+%1 -> %2"_s.arg(uint(c), 4, 16).arg(one)));
            }
            QVERIFY2((one != text) == listed(c), qPrintable(u"U+%1"_s.arg(uint(c), 4, 16)));
            const bool keptInMultiLine = c == 0x09 || c == 0x0A;
            QVERIFY2((Canopy::visibleText(text, TextView::MultiLine) == text) == (keptInMultiLine || !listed(c)),
                qPrintable(u"multi-line U+%1"_s.arg(uint(c), 4, 16)));
        }
        QVERIFY(shown > 4000);
    }

    void unchangedTextIsShared()
    {
        const QString topic = QString::fromUtf8("home/kitchen/temp"); // allocated: literals share no data
        QVERIFY(Canopy::visibleText(topic).isSharedWith(topic));
        const QString changed = QString::fromUtf8("a\u202Eb");
        QVERIFY(!Canopy::visibleText(changed).isSharedWith(changed));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
