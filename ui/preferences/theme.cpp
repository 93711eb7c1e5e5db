// SPDX-License-Identifier: MIT
#include "preferences/theme.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Theme {
namespace {
struct State {
    bool captured = false;
    QPalette platform;
    Mode mode = Mode::System;
    bool dark = false;
};
State &state()
{
    static State s;
    return s;
}

bool namesDark(const QString &name)
{
    return name.contains(u"dark"_s, Qt::CaseInsensitive);
}

QString gsettings(const QString &key)
{
    const QString program = QStandardPaths::findExecutable(u"gsettings"_s);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, { u"get"_s, u"org.gnome.desktop.interface"_s, key });
    if (!process.waitForFinished(1000) || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(200);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}
} // namespace

QString modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

Mode modeFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == u"light"_s)
        return Mode::Light;
    if (key == u"dark"_s)
        return Mode::Dark;
    if (ok)
        *ok = key == u"system"_s;
    return Mode::System;
}

bool systemPrefersDark(const SystemHints &hints)
{
    if (namesDark(hints.gtkThemeEnv))
        return true;
    if (hints.gnomeColorScheme.contains(u"prefer-dark"_s))
        return true;
    if (hints.gnomeColorScheme.contains(u"prefer-light"_s))
        return false;
    if (namesDark(hints.gnomeGtkTheme) || namesDark(hints.kdeColorScheme))
        return true;
    return hints.platformWindowLightness < 128;
}

SystemHints readSystemHints(const QPalette &platformPalette)
{
    SystemHints hints;
    hints.gtkThemeEnv = qEnvironmentVariable("GTK_THEME");
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    // gsettings answers on any desktop with GNOME's schemas; only ask where a session bus exists.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || desktop.contains(u"GNOME"_s)) {
        hints.gnomeColorScheme = gsettings(u"color-scheme"_s);
        if (!hints.gnomeColorScheme.contains(u"prefer-"_s))
            hints.gnomeGtkTheme = gsettings(u"gtk-theme"_s);
    }
    const QString kdeglobals
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/kdeglobals"_s;
    if (QFileInfo::exists(kdeglobals))
        hints.kdeColorScheme = QSettings(kdeglobals, QSettings::IniFormat).value(u"General/ColorScheme"_s).toString();
    hints.platformWindowLightness = platformPalette.color(QPalette::Window).lightness();
    return hints;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x80, 0x55); // Canopy's green, readable under white text
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x47, 0x4a));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
}

void apply(Mode mode)
{
    State &s = state();
    if (!s.captured) {
        s.platform = QGuiApplication::palette();
        s.captured = true;
    }
    if (!QApplication::style() || QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(u"Fusion"_s);
    s.mode = mode;
    s.dark = mode == Mode::Dark || (mode == Mode::System && systemPrefersDark(readSystemHints(s.platform)));
    QApplication::setPalette(s.dark ? darkPalette() : lightPalette());
}

Mode appliedMode()
{
    return state().mode;
}

bool isDark()
{
    return state().dark;
}

} // namespace Theme
