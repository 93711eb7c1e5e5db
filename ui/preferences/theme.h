// SPDX-License-Identifier: MIT
#pragma once

// Light, dark or "follow the system": Fusion with a palette of Canopy's, applied to the whole application at once
// (every open window repaints; no restart). Qt 6.4 has no colour-scheme API, so "system" is decided by
// systemPrefersDark() from what the desktop says (SystemHints, read by readSystemHints()):
//   1. GTK_THEME names a dark variant ("Adwaita:dark", "Yaru-dark")          → dark
//   2. GNOME's org.gnome.desktop.interface color-scheme is 'prefer-dark'     → dark ('prefer-light'/'default': 3.)
//      or its gtk-theme names a dark variant                                 → dark
//   3. KDE's kdeglobals [General] ColorScheme names a dark scheme ("BreezeDark") → dark
//   4. otherwise the platform's own palette: a window colour darker than mid-grey → dark; else light.

#include <QPalette>
#include <QString>

namespace Theme {

enum class Mode { System, Light, Dark };

QString modeKey(Mode mode); // "system", "light", "dark": the settings value
Mode modeFromKey(const QString &key, bool *ok = nullptr); // unknown → System, ok false

struct SystemHints {
    QString gtkThemeEnv; // $GTK_THEME
    QString gnomeColorScheme; // gsettings get org.gnome.desktop.interface color-scheme (quoted as printed)
    QString gnomeGtkTheme; // gsettings get org.gnome.desktop.interface gtk-theme
    QString kdeColorScheme; // ~/.config/kdeglobals [General] ColorScheme
    int platformWindowLightness = 255; // QPalette::Window of the platform palette, 0..255
};
bool systemPrefersDark(const SystemHints &hints); // pure: the rules above
SystemHints readSystemHints(const QPalette &platformPalette); // asks the desktop (gsettings, at most ~1 s)

QPalette lightPalette();
QPalette darkPalette();

// Sets Fusion and the palette of mode on the application. The platform's palette is remembered on the first call,
// so that "system" can go back to reading it later.
void apply(Mode mode);
Mode appliedMode(); // as last applied (System resolved: isDark() tells which)
bool isDark(); // the palette in use is dark

} // namespace Theme
