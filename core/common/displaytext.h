// SPDX-License-Identifier: MIT
#pragma once

// Broker text as every view shows it: characters that are invisible or that move other text around appear as
// "<U+202E>", so that `rtl-<U+202E>exe.txt` cannot pass for `rtl-txt.exe` and `a/b` and `a/<U+200B>b` look
// different. Views call this on the way to the screen; everything that acts (publish, delete retained, copy, filter)
// keeps the real text. canopy-cli does not use it: its output stays byte-exact like mosquitto_sub's.
//
// Shown as <U+XXXX>:
//  - C0 and C1 controls and DEL; a multi-line view keeps tab, line feed and CR LF (a lone CR is shown);
//  - the line and paragraph separators U+2028 and U+2029 (Qt views break lines at them);
//  - every bidi control: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;
//  - the other default-ignorable code points of Unicode (drawn as nothing when a font does not know them): soft
//    hyphen, U+034F, U+115F, U+1160, U+17B4, U+17B5, U+180E, U+200B, U+2060–U+206F, U+3164, U+FEFF, U+FFA0,
//    U+FFF0–U+FFF8, U+1BCA0–U+1BCA3, U+1D173–U+1D17A, U+E0000–U+E0FFF;
//  - U+FFF9–U+FFFC (annotation marks, object replacement), noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF; Qt's
//    text documents use some of them internally) and lone surrogates.
// Kept where they change what is drawn, shown everywhere else:
//  - ZWNJ and ZWJ (U+200C, U+200D) between emoji, or between letters of scripts that join (Arabic, Persian, Indic);
//  - variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF, Mongolian U+180B–U+180D, U+180F) right after such a
//    character, and U+FE0F in a keycap ("1️⃣");
//  - tag characters in an emoji flag (🏴 + tags + U+E007F, England, Scotland, Wales).
// Next to ASCII, Latin, Greek or Cyrillic they only hide differences, so there they are shown. Real text stays text:
// Arabic, Hebrew, emoji, combining accents, U+FFFD, spaces and private-use characters are not touched.

#include <QString>
#include <QStringView>

namespace Canopy {

enum class TextView {
    OneLine, // tree cells, previews, status bar, dialogs: line breaks and tabs are shown too
    MultiLine, // the message panel: tab, line feed and CR LF stay
};

QString visibleText(QStringView text, TextView view = TextView::OneLine);
// The same; returns text itself (sharing its data) when there is nothing to show, which is the common case.
QString visibleText(const QString &text, TextView view = TextView::OneLine);

} // namespace Canopy
