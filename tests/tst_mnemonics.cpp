// SPDX-License-Identifier: MIT
// Alt+letter mnemonics: within what can be on screen at once (a window with its menu bar, a dialog, each page of a
// tabbed form with all it may show), no two buttons, buddied labels, checkable group boxes, tabs or menus may share
// a letter, in English and in every translation. Two of them on one letter make Alt+letter ambiguous: Qt then only
// moves the focus between them instead of acting. The translators found such clashes in the connection manager.

#include "charts/addseriesdialog.h"
#include "common/translations.h"
#include "connections/connectionmanager.h"
#include "connections/profilelauncher.h"
#include "connections/subscriptiondialog.h"
#include "preferences/preferencesdialog.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDebug>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The mnemonic letters of what window shows now, each with the texts that carry it.
std::map<int, QStringList> mnemonics(QWidget *window)
{
    std::map<int, QStringList> found;
    auto add = [&found](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found[key[0].toCombined()].append(text);
    };
    // What a page may show counts, hidden or disabled for now (the TLS fields come with a TLS transport, the will's
    // with the will): only the pages of a tab widget other than the current one are left out.
    auto onCurrentPage = [window](QWidget *widget) {
        for (QWidget *w = widget; w && w != window; w = w->parentWidget()) {
            if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget()); stack && stack->currentWidget() != w)
                return false;
        }
        return true;
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !onCurrentPage(widget))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable())
            add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                add(action->text());
        }
    }
    return found;
}

// "Alt+T: &Test Connection | &Transport:" for every letter used twice, on every page of every tab widget.
QStringList clashes(QWidget *window, const QString &where)
{
    QStringList result;
    auto check = [&](const QString &page) {
        for (const auto &[key, texts] : mnemonics(window)) {
            if (texts.size() > 1)
                result.append(u"%1%2: %3: %4"_s.arg(where, page, QKeySequence(key).toString(), texts.join(u" | "_s)));
        }
    };
    check(QString());
    const QList<QTabWidget *> tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisibleTo(window))
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(u" (page "_s + tabs->tabText(i) + u')');
        }
        tabs->setCurrentIndex(current);
    }
    result.removeDuplicates();
    return result;
}

} // namespace

class TestMnemonics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noClashes_data();
    void noClashes();

private:
    QStringList clashesInEveryWindow();
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMnemonics::noClashes_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("es") << u"es"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
}

QStringList TestMnemonics::clashesInEveryWindow()
{
    QStringList found;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return { u"the window did not show"_s };
    found += clashes(&window, u"main window"_s);

    window.findChild<QAction *>(u"connectionManagerAction"_s)->trigger();
    ConnectionManager *manager = window.profiles()->manager();
    if (!QTest::qWaitFor([manager] { return manager->isVisible(); }, 5000))
        return { u"the connection manager did not show"_s };
    found += clashes(manager, u"connection manager"_s);
    manager->close();

    PreferencesDialog preferences(&window);
    preferences.show();
    found += clashes(&preferences, u"preferences"_s);

    SubscriptionDialog subscription(ProfileSubscription {}, {}, &window);
    subscription.show();
    found += clashes(&subscription, u"subscription dialog"_s);

    AddSeriesDialog series(&window);
    series.show();
    found += clashes(&series, u"add series dialog"_s);
    return found;
}

void TestMnemonics::noClashes()
{
    QFETCH(QString, language);
    std::unique_ptr<QTranslator> translator;
    if (language != u"en"_s) {
        translator = std::make_unique<QTranslator>();
        QVERIFY(translator->load(u":/i18n/canopy_"_s + language + u".qm"_s));
        QVERIFY(QCoreApplication::installTranslator(translator.get()));
    }
    const QStringList found = clashesInEveryWindow();
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    for (const QString &clash : found)
        qInfo().noquote() << clash;
    QVERIFY2(found.isEmpty(), qPrintable(u"%1 clashes, listed above"_s.arg(found.size())));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
