// SPDX-License-Identifier: MIT
#include "preferences/windowlayout.h"

#include "window/mainwindow.h"

#include <QHeaderView>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace WindowLayout {
namespace {
const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString TabLayoutKey = u"window/tabLayout"_s;
const QString TreeHeaderKey = u"window/treeHeader"_s;
} // namespace

void save(const MainWindow &window, QSettings &settings)
{
    settings.setValue(GeometryKey, window.saveGeometry());
    settings.setValue(StateKey, window.saveState());
    settings.setValue(TabLayoutKey, window.currentTab()->saveLayout());
    settings.setValue(TreeHeaderKey, window.currentTab()->topicTree()->header()->saveState());
}

bool restore(MainWindow &window, const QSettings &settings)
{
    if (!settings.contains(GeometryKey))
        return false;
    bool ok = window.restoreGeometry(settings.value(GeometryKey).toByteArray());
    ok = window.restoreState(settings.value(StateKey).toByteArray()) && ok;
    const QByteArray tabLayout = settings.value(TabLayoutKey).toByteArray();
    const QByteArray treeHeader = settings.value(TreeHeaderKey).toByteArray();
    const QList<ConnectionTab *> tabs = window.tabs();
    for (ConnectionTab *tab : tabs) {
        ok = tab->restoreLayout(tabLayout) && ok;
        ok = tab->topicTree()->header()->restoreState(treeHeader) && ok;
    }
    return ok;
}

} // namespace WindowLayout
