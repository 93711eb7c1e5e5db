// SPDX-License-Identifier: MIT
#pragma once

// The window's arrangement across restarts, in QSettings: its geometry and toolbars (window/geometry,
// window/state), the current tab's docks and tree/inspector split (window/tabLayout, ConnectionTab::saveLayout())
// and the topic tree's column widths (window/treeHeader). Restored into the tabs open at the time; a saved
// connection's tab then takes its own layout (ProfileLauncher) when it opens.

class MainWindow;
class QSettings;

namespace WindowLayout {
void save(const MainWindow &window, QSettings &settings);
// False if nothing was saved or it does not fit (another version's layout): the window stays as it is.
bool restore(MainWindow &window, const QSettings &settings);
} // namespace WindowLayout
