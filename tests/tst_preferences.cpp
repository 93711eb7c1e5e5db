// SPDX-License-Identifier: MIT
// Preferences: the QSettings keys (defaults, round trip, nonsense read as the nearest bound), the sentences that
// refuse a value, the dialog (OK refused while a value is wrong; the theme shows at once in every window and goes
// back on Cancel), Edit → Preferences on the window applying to open tabs, the "follow the system" heuristic, the
// action icons recoloured for the palette and rendered at the device pixel ratio.

#include "common/translations.h"
#include "connections/profilelauncher.h"
#include "ingest/ingestpipeline.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preferences/theme.h"
#include "preferences/themedicon.h"
#include "profiles/profilerepository.h"
#include "store/topicstore.h"
#include "window/mainwindow.h"
#include "windowtestutil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace WindowTest;

namespace {
// The share of the pixmap's visible pixels that are dark (lightness < 128).
double darkShare(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int visible = 0;
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() < 128)
                continue;
            ++visible;
            dark += colour.lightness() < 128 ? 1 : 0;
        }
    }
    return visible == 0 ? -1 : double(dark) / visible;
}
} // namespace

class TestPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsWithoutSettings();
    void roundTrip();
    void nonsenseReadsAsTheNearestBound();
    void errors_data();
    void errors();
    void dialogRefusesWrongValuesWithTheReason();
    void themeAppliesLiveToEveryWindowAndCancelRestores();
    void windowAppliesPreferencesToOpenTabs();
    void systemThemeHeuristic_data();
    void systemThemeHeuristic();
    void iconsFollowThePalette();
    void iconsRenderAtTheDevicePixelRatio();
    void languageChoiceAndSystemLocale();

private:
    QTemporaryDir m_dir;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
    QVERIFY(m_dir.isValid());
}

void TestPreferences::init()
{
    QSettings().clear();
    Theme::apply(Theme::Mode::Light);
}

void TestPreferences::defaultsWithoutSettings()
{
    QSettings settings(m_dir.filePath(u"empty.ini"_s), QSettings::IniFormat);
    const Preferences loaded = Preferences::load(settings);
    QCOMPARE(loaded, Preferences());
    QCOMPARE(loaded.chartPointsPerSeries, 1'000'000);
    QCOMPARE(loaded.payloadLimitKiB, 1024);
    QCOMPARE(loaded.theme, Theme::Mode::System);
    QVERIFY(loaded.language.isEmpty());
    QVERIFY(loaded.errors().isEmpty());
}

void TestPreferences::roundTrip()
{
    Preferences chosen;
    chosen.history.messagesPerTopic = 250;
    chosen.history.budgetMiB = 512;
    chosen.payloadLimitKiB = 64;
    chosen.chartPointsPerSeries = 50'000;
    chosen.theme = Theme::Mode::Dark;
    chosen.language = u"zh_CN"_s;
    {
        QSettings settings(m_dir.filePath(u"roundtrip.ini"_s), QSettings::IniFormat);
        chosen.save(settings);
    }
    QSettings settings(m_dir.filePath(u"roundtrip.ini"_s), QSettings::IniFormat);
    QCOMPARE(Preferences::load(settings), chosen);
    // The documented keys, which other panels read (charts).
    QCOMPARE(settings.value(u"charts/maxPointsPerSeries"_s).toLongLong(), 50'000);
    QCOMPARE(settings.value(u"payload/displayLimitKiB"_s).toLongLong(), 64);
    QCOMPARE(settings.value(u"appearance/theme"_s).toString(), u"dark"_s);
    QCOMPARE(settings.value(u"appearance/language"_s).toString(), u"zh_CN"_s);
    QCOMPARE(settings.value(u"history/messagesPerTopic"_s).toInt(), 250);
}

void TestPreferences::nonsenseReadsAsTheNearestBound()
{
    QSettings settings(m_dir.filePath(u"nonsense.ini"_s), QSettings::IniFormat);
    settings.setValue(u"charts/maxPointsPerSeries"_s, -5);
    settings.setValue(u"payload/displayLimitKiB"_s, u"lots"_s);
    settings.setValue(u"appearance/theme"_s, u"purple"_s);
    settings.setValue(u"appearance/language"_s, u"tlh"_s);
    const Preferences loaded = Preferences::load(settings);
    QCOMPARE(loaded.chartPointsPerSeries, Preferences::MinimumChartPoints);
    QCOMPARE(loaded.payloadLimitKiB, Preferences::DefaultPayloadLimitKiB);
    QCOMPARE(loaded.theme, Theme::Mode::System);
    QVERIFY(loaded.language.isEmpty());
}

void TestPreferences::errors_data()
{
    QTest::addColumn<int>("messagesPerTopic");
    QTest::addColumn<qint64>("budgetMiB");
    QTest::addColumn<qint64>("payloadKiB");
    QTest::addColumn<qint64>("chartPoints");
    QTest::addColumn<QString>("sentence"); // a part of the one expected sentence; empty: no error
    QTest::newRow("defaults") << 100 << qint64(256) << qint64(1024) << qint64(1'000'000) << QString();
    QTest::newRow("no history per topic")
        << 0 << qint64(256) << qint64(1024) << qint64(1'000'000) << u"Keep between 1 and"_s;
    QTest::newRow("no budget") << 100 << qint64(0) << qint64(1) << qint64(1'000'000) << u"history budget must be"_s;
    QTest::newRow("payload limit over the budget")
        << 100 << qint64(1) << qint64(2048) << qint64(1'000'000) << u"is larger than the whole history budget"_s;
    QTest::newRow("payload limit zero") << 100 << qint64(256) << qint64(0) << qint64(1'000'000)
                                        << u"payload limit must be between"_s;
    QTest::newRow("too few chart points")
        << 100 << qint64(256) << qint64(1024) << qint64(10) << u"A chart keeps between"_s;
}

void TestPreferences::errors()
{
    QFETCH(int, messagesPerTopic);
    QFETCH(qint64, budgetMiB);
    QFETCH(qint64, payloadKiB);
    QFETCH(qint64, chartPoints);
    QFETCH(QString, sentence);
    Preferences preferences;
    preferences.history.messagesPerTopic = messagesPerTopic;
    preferences.history.budgetMiB = budgetMiB;
    preferences.payloadLimitKiB = payloadKiB;
    preferences.chartPointsPerSeries = chartPoints;
    const QStringList errors = preferences.errors();
    if (sentence.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(sentence), qPrintable(errors.constFirst()));
}

void TestPreferences::dialogRefusesWrongValuesWithTheReason()
{
    PreferencesDialog dialog;
    dialog.setPreferences(Preferences());
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>(u"preferencesButtons"_s)->button(QDialogButtonBox::Ok);
    auto *errors = dialog.findChild<QLabel *>(u"preferencesErrors"_s);
    auto *budget = dialog.findChild<QSpinBox *>(u"historyBudgetSpin"_s);
    auto *payload = dialog.findChild<QSpinBox *>(u"payloadLimitSpin"_s);
    auto *points = dialog.findChild<QSpinBox *>(u"chartPointsSpin"_s);
    QVERIFY(ok && errors && budget && payload && points);
    QVERIFY(ok->isEnabled());
    QVERIFY(errors->isHidden());

    // Typed as a user does: a 1 MiB budget cannot hold a 2 MiB payload.
    budget->selectAll();
    QTest::keyClicks(budget, u"1"_s);
    payload->selectAll();
    QTest::keyClicks(payload, u"2048"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(u"larger than the whole history budget"_s), qPrintable(errors->text()));
    QTest::keyClick(&dialog, Qt::Key_Return); // Enter does not get round a disabled OK
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    payload->selectAll();
    QTest::keyClicks(payload, u"512"_s);
    points->selectAll();
    QTest::keyClicks(points, u"20000"_s);
    QVERIFY2(ok->isEnabled(), qPrintable(errors->text()));
    QVERIFY(errors->isHidden());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.preferences().history.budgetMiB, 1);
    QCOMPARE(dialog.preferences().payloadLimitKiB, 512);
    QCOMPARE(dialog.preferences().chartPointsPerSeries, 20'000);
}

void TestPreferences::themeAppliesLiveToEveryWindowAndCancelRestores()
{
    QWidget other; // another open window
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QVERIFY(other.palette().color(QPalette::Window).lightness() > 128);
    QVERIFY(!Theme::isDark());

    PreferencesDialog dialog;
    Preferences light;
    light.theme = Theme::Mode::Light;
    dialog.setPreferences(light);
    dialog.show();
    auto *theme = dialog.findChild<QComboBox *>(u"themeCombo"_s);
    QVERIFY(theme);
    theme->setCurrentIndex(theme->findData(u"dark"_s));
    QVERIFY(Theme::isDark());
    QTRY_VERIFY(other.palette().color(QPalette::Window).lightness() < 128); // no restart, no reopening
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 128);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);

    dialog.reject(); // Cancel: the theme tried goes back
    QVERIFY(!Theme::isDark());
    QTRY_VERIFY(other.palette().color(QPalette::Window).lightness() > 128);
}

void TestPreferences::windowAppliesPreferencesToOpenTabs()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.newTab();
    QCOMPARE(window.tabs().size(), 2);
    bool wasRestoring = window.profiles()->repository()->restoreTabs();
    whenModal<PreferencesDialog>([wasRestoring](PreferencesDialog *dialog) {
        dialog->findChild<QSpinBox *>(u"payloadLimitSpin"_s)->setValue(64);
        dialog->findChild<QSpinBox *>(u"messagesPerTopicSpin"_s)->setValue(7);
        dialog->findChild<QComboBox *>(u"themeCombo"_s)->setCurrentIndex(2); // Dark
        auto *languages = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        languages->setCurrentIndex(languages->findData(u"de"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"languageNote"_s)->isVisible()); // "at the next start"
        dialog->setRestoreTabs(!wasRestoring);
        dialog->accept();
    });
    QSignalSpy changed(&window, &MainWindow::preferencesChanged);
    window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
    QCOMPARE(changed.size(), 1);
    const Preferences saved = Preferences::load(QSettings());
    QCOMPARE(saved.payloadLimitKiB, 64);
    QCOMPARE(saved.history.messagesPerTopic, 7);
    QCOMPARE(saved.theme, Theme::Mode::Dark);
    QCOMPARE(saved.language, u"de"_s);
    QVERIFY(Theme::isDark());
    QCOMPARE(window.profiles()->repository()->restoreTabs(), !wasRestoring);
    QCOMPARE(window.findChild<QAction *>(u"restoreTabsAction"_s)->isChecked(), !wasRestoring);
    for (ConnectionTab *tab : window.tabs()) { // every open tab, not only the current one
        QMutexLocker lock(&tab->pipeline()->storeMutex());
        QCOMPARE(tab->pipeline()->store().payloadLimit(), 64 * 1024);
    }
    window.profiles()->repository()->setRestoreTabs(wasRestoring);
    // A tab opened afterwards starts with them.
    ConnectionTab *later = window.newTab();
    QMutexLocker lock(&later->pipeline()->storeMutex());
    QCOMPARE(later->pipeline()->store().payloadLimit(), 64 * 1024);
}

void TestPreferences::systemThemeHeuristic_data()
{
    QTest::addColumn<QString>("gtkTheme");
    QTest::addColumn<QString>("gnomeScheme");
    QTest::addColumn<QString>("gnomeGtkTheme");
    QTest::addColumn<QString>("kdeScheme");
    QTest::addColumn<int>("windowLightness");
    QTest::addColumn<bool>("dark");
    QTest::newRow("nothing known, light platform palette")
        << QString() << QString() << QString() << QString() << 239 << false;
    QTest::newRow("nothing known, dark platform palette")
        << QString() << QString() << QString() << QString() << 40 << true;
    QTest::newRow("GTK_THEME Adwaita:dark") << u"Adwaita:dark"_s << QString() << QString() << QString() << 239 << true;
    QTest::newRow("GNOME prefer-dark") << QString() << u"'prefer-dark'"_s << QString() << QString() << 239 << true;
    QTest::newRow("GNOME prefer-light beats a dark gtk-theme")
        << QString() << u"'prefer-light'"_s << u"'Yaru-dark'"_s << QString() << 239 << false;
    QTest::newRow("GNOME default, dark gtk-theme")
        << QString() << u"'default'"_s << u"'Yaru-dark'"_s << QString() << 239 << true;
    QTest::newRow("KDE BreezeDark") << QString() << QString() << QString() << u"BreezeDark"_s << 239 << true;
    QTest::newRow("KDE BreezeLight") << QString() << QString() << QString() << u"BreezeLight"_s << 239 << false;
}

void TestPreferences::systemThemeHeuristic()
{
    QFETCH(QString, gtkTheme);
    QFETCH(QString, gnomeScheme);
    QFETCH(QString, gnomeGtkTheme);
    QFETCH(QString, kdeScheme);
    QFETCH(int, windowLightness);
    QFETCH(bool, dark);
    Theme::SystemHints hints;
    hints.gtkThemeEnv = gtkTheme;
    hints.gnomeColorScheme = gnomeScheme;
    hints.gnomeGtkTheme = gnomeGtkTheme;
    hints.kdeColorScheme = kdeScheme;
    hints.platformWindowLightness = windowLightness;
    QCOMPARE(Theme::systemPrefersDark(hints), dark);
}

void TestPreferences::iconsFollowThePalette()
{
    const QStringList names = ThemedIcon::names();
    for (const QString &name : { u"connect"_s, u"disconnect"_s, u"reconnect"_s, u"new-tab"_s, u"pause"_s, u"resume"_s,
             u"clear"_s, u"publish"_s, u"copy"_s, u"delete-retained"_s, u"filter"_s, u"export"_s, u"chart"_s,
             u"settings"_s, u"help"_s })
        QVERIFY2(names.contains(name), qPrintable(name + u" is not among "_s + names.join(u", "_s)));
    for (const QString &name : names) {
        const QIcon icon = ThemedIcon::icon(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        Theme::apply(Theme::Mode::Light);
        const double onLight = darkShare(icon.pixmap(QSize(32, 32)));
        Theme::apply(Theme::Mode::Dark);
        const double onDark = darkShare(icon.pixmap(QSize(32, 32)));
        // Drawn in the text colour: dark strokes on a light theme, light strokes on a dark one.
        QVERIFY2(onLight > 0.9, qPrintable(u"%1 on light: %2"_s.arg(name).arg(onLight)));
        QVERIFY2(onDark >= 0 && onDark < 0.1, qPrintable(u"%1 on dark: %2"_s.arg(name).arg(onDark)));
    }
    QVERIFY(ThemedIcon::icon(u"no-such-icon"_s).isNull());
}

void TestPreferences::iconsRenderAtTheDevicePixelRatio()
{
    const QIcon icon = ThemedIcon::icon(u"publish"_s);
    for (const qreal ratio : { 1.0, 1.5, 2.0, 3.0 }) {
        const QPixmap pixmap = icon.pixmap(QSize(24, 24), ratio);
        QCOMPARE(pixmap.size(), QSize(qRound(24 * ratio), qRound(24 * ratio)));
        QCOMPARE(pixmap.devicePixelRatio(), ratio);
    }
    // Disabled is drawn in the palette's disabled colour, not a greyed copy of a bitmap.
    Theme::apply(Theme::Mode::Light);
    const QImage normal = icon.pixmap(QSize(24, 24), QIcon::Normal).toImage();
    const QImage disabled = icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
    QVERIFY(normal != disabled);
}

void TestPreferences::languageChoiceAndSystemLocale()
{
    Preferences preferences;
    QCOMPARE(preferences.uiLocale(), QLocale::system()); // LANG, LC_ALL, LC_MESSAGES as Qt reads them
    preferences.language = u"de"_s;
    QCOMPARE(preferences.uiLocale().language(), QLocale::German);
    preferences.language = u"zh_CN"_s;
    QCOMPARE(preferences.uiLocale().language(), QLocale::Chinese);
    QCOMPARE(preferences.uiLocale().territory(), QLocale::China);
    QStringList codes;
    for (const auto &[code, name] : Preferences::languages())
        codes.append(code);
    QCOMPARE(codes, (QStringList { QString(), u"en"_s, u"de"_s, u"es"_s, u"zh_CN"_s }));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
