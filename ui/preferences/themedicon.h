// SPDX-License-Identifier: MIT
#pragma once

// Canopy's action icons: SVGs drawn in `currentColor` (resources/icons/actions/*.svg, embedded under
// ":/icons/actions"), painted in the colour of the palette in use when they are painted: the window text colour,
// the disabled text colour when disabled, the highlighted text colour when selected. A theme change (Theme::apply)
// recolours every icon with the next repaint, and every size is rendered from the SVG (high-DPI: at the device
// pixel ratio), so no pixel size is assumed anywhere.

#include <QIcon>

class QString;

namespace ThemedIcon {
// The icon named name ("connect", "pause", ...); a null QIcon if there is no such SVG.
QIcon icon(const QString &name);
// The names of all action icons (for tests and the icon set's documentation).
QStringList names();
} // namespace ThemedIcon
