// SPDX-License-Identifier: MIT
#pragma once

// Canopy's translations, compiled from translations/*.ts and embedded in canopy_core under ":/i18n".
//
// English is the source language, but counts need it as a translation too: tr("%Ln topic(s)", nullptr, n) reads
// "2 topic(s)" unless a translator supplies "1 topic" / "2 topics". canopy_en.ts holds only those plural forms
// (lupdate -pluralonly, Qt's way for the source language). Every program on the core installs it first, so that a
// translation installed on top of it falls back to correct English for anything it does not translate.

#include <QLocale>

class QCoreApplication;

namespace Canopy {

// Installs the English plural forms (owned by app). The GUI, canopy-cli and tests call this once, after creating
// the application. False if they are missing from the build.
bool installEnglishPlurals(QCoreApplication *app);
// Installs Canopy's translation for locale's UI languages on top of the English plural forms (the GUI does this;
// canopy-cli speaks English). False if there is none for that locale, or English comes first in it.
bool installTranslation(QCoreApplication *app, const QLocale &locale);

} // namespace Canopy
