// SPDX-License-Identifier: MIT
// The window's layout across restarts (WindowLayout, QSettings): a window arranged by hand (size, tree/inspector
// split, a panel hidden and another moved, the tree's column widths) is saved; a new window restores it and shows
// the same arrangement. Nothing saved, or a layout of nonsense, leaves a new window as it is.

#include "preferences/windowlayout.h"
#include "window/mainwindow.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct Arrangement {
    QSize size;
    QList<int> split;
    bool publishVisible = false;
    bool subscriptionsVisible = false;
    Qt::DockWidgetArea publishArea = Qt::NoDockWidgetArea;
    int topicColumnWidth = 0;
};

Arrangement arrangementOf(MainWindow &window)
{
    ConnectionTab *tab = window.currentTab();
    auto *publish = tab->panelDock(u"publishDock"_s);
    auto *subscriptions = tab->panelDock(u"subscriptionsDock"_s);
    return { window.size(), tab->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), publish->isVisible(),
        subscriptions->isVisible(), tab->dockWidgetArea(publish), tab->topicTree()->header()->sectionSize(0) };
}
} // namespace

class TestWindowLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void savedLayoutComesBackInANewWindow()
    {
        QSettings settings(m_dir.filePath(u"layout.ini"_s), QSettings::IniFormat);
        Arrangement arranged;
        {
            MainWindow window;
            window.resize(1000, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ConnectionTab *tab = window.currentTab();
            auto *splitter = tab->findChild<QSplitter *>(u"mainSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({ 200, 500 });
            tab->panelDock(u"subscriptionsDock"_s)->show(); // hidden by default
            auto *publish = tab->panelDock(u"publishDock"_s);
            tab->addDockWidget(Qt::BottomDockWidgetArea, publish); // moved from the right
            tab->topicTree()->header()->resizeSection(0, 177);
            QCoreApplication::processEvents();
            arranged = arrangementOf(window);
            QCOMPARE(arranged.publishArea, Qt::BottomDockWidgetArea);
            QVERIFY(arranged.subscriptionsVisible);
            QCOMPARE(arranged.topicColumnWidth, 177);
            WindowLayout::save(window, settings);
        }
        settings.sync();

        MainWindow restored;
        const Arrangement fresh = arrangementOf(restored);
        QVERIFY(fresh.publishArea != Qt::BottomDockWidgetArea); // a new window does not look like that by itself
        QVERIFY(fresh.topicColumnWidth != 177);
        QVERIFY(WindowLayout::restore(restored, settings));
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCoreApplication::processEvents();
        const Arrangement again = arrangementOf(restored);
        QCOMPARE(again.size, arranged.size);
        QCOMPARE(again.split, arranged.split);
        QCOMPARE(again.publishVisible, arranged.publishVisible);
        QCOMPARE(again.subscriptionsVisible, arranged.subscriptionsVisible);
        QCOMPARE(again.publishArea, arranged.publishArea);
        QCOMPARE(again.topicColumnWidth, arranged.topicColumnWidth);
    }

    void nothingSavedOrNonsenseChangesNothing()
    {
        QSettings empty(m_dir.filePath(u"empty.ini"_s), QSettings::IniFormat);
        MainWindow window;
        const Arrangement before = arrangementOf(window);
        QVERIFY(!WindowLayout::restore(window, empty));
        QSettings nonsense(m_dir.filePath(u"nonsense.ini"_s), QSettings::IniFormat);
        for (const QString &key :
            { u"window/geometry"_s, u"window/state"_s, u"window/tabLayout"_s, u"window/treeHeader"_s })
            nonsense.setValue(key, QByteArray("not a layout"));
        QVERIFY(!WindowLayout::restore(window, nonsense));
        const Arrangement after = arrangementOf(window);
        QCOMPARE(after.split, before.split);
        QCOMPARE(after.publishArea, before.publishArea);
        QCOMPARE(after.topicColumnWidth, before.topicColumnWidth);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
