// SPDX-License-Identifier: MIT
#include "codec/mqtttopic.h"
#include "common/version.h"
#include "connections/connectionmanager.h"
#include "connections/profilelauncher.h"
#include "preferences/preferences.h"
#include "preferences/theme.h"
#include "preferences/windowlayout.h"
#include "profiles/profilerepository.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// --help and --version only print: they must work without a display too (over SSH, in a package test).
bool printsOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (printsOnly(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Canopy"_s);
    QApplication::setOrganizationName(u"Canopy"_s);
    QApplication::setApplicationVersion(Canopy::versionString());
    QApplication::setWindowIcon(QIcon(u":/icons/canopy.svg"_s));
    QGuiApplication::setDesktopFileName(u"org.canopy.Canopy"_s);
    const Preferences preferences = Preferences::load(QSettings());
    preferences.installLanguage(&app); // the language chosen in Preferences, else the system's

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Canopy, a native MQTT explorer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(u"url"_s,
        QApplication::translate("main",
            "Broker to connect to at start, subscribed to '#', e.g. mqtt://localhost:1883 or mqtts://host:8883. "
            "Give it again for more brokers, each in a tab of its own."),
        QApplication::translate("main", "url"));
    const QCommandLineOption profileOption(u"profile"_s,
        QApplication::translate("main",
            "Saved connection to open at start, by name (see the connection manager, Ctrl+N). Give it again for more, "
            "each in a tab of its own."),
        QApplication::translate("main", "name"));
    const QCommandLineOption preferencesOption(u"preferences"_s,
        QApplication::translate("main", "Open the Preferences dialog at start (with --screenshot: grab it)."));
    const QCommandLineOption managerOption(
        u"manager"_s, QApplication::translate("main", "Open the connection manager at start."));
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QApplication::translate("main", "Save a PNG of the window to <file> after a delay, then quit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption delayOption(u"screenshot-delay"_s,
        QApplication::translate("main", "Milliseconds to wait before --screenshot (default 3000)."),
        QApplication::translate("main", "ms"), u"3000"_s);
    const QCommandLineOption expandOption(u"expand"_s,
        QApplication::translate(
            "main", "Expand the first <levels> levels of the topic tree as they appear (default 1)."),
        QApplication::translate("main", "levels"), u"1"_s);
    const QCommandLineOption selectOption(u"select"_s,
        QApplication::translate("main", "Select <topic> in the tree as soon as it arrives."),
        QApplication::translate("main", "topic"));
    parser.addOptions({ urlOption, profileOption, managerOption, preferencesOption, screenshotOption, delayOption,
        expandOption, selectOption });
    parser.process(app);

    bool levelsOk = false;
    const int levels = parser.value(expandOption).toInt(&levelsOk);
    if (!levelsOk || levels < 0) {
        std::fprintf(stderr, "%s\n",
            qPrintable(
                QApplication::translate("main", "canopy: --expand takes a number of levels (0 or more), not '%1'.")
                    .arg(parser.value(expandOption))));
        return 2;
    }
    if (parser.isSet(selectOption) && !Mqtt::isValidTopicName(parser.value(selectOption))) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate(
                "main", "canopy: --select takes a topic name, without the wildcards + and #, not '%1'.")
                           .arg(parser.value(selectOption))));
        return 2;
    }

    QList<QUrl> urls;
    const QStringList urlValues = parser.values(urlOption);
    for (const QString &value : urlValues) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main",
                    "canopy: '%1' is not a broker URL; write it as mqtt://host:port (or mqtts://, ws://, wss://).")
                               .arg(value)));
            return 2;
        }
        urls.append(url);
    }

    Theme::apply(preferences.theme);
    MainWindow window;
    {
        const QSettings settings;
        WindowLayout::restore(window, settings);
    }
    ProfileLauncher *profiles = window.profiles();
    // A settings file edited into nonsense loads what it can; say what was ignored (never a secret: none is there).
    for (const QString &warning : profiles->loadWarnings())
        std::fprintf(stderr, "canopy: %s\n", qPrintable(warning));
    const QStringList profileNames = parser.values(profileOption);
    for (const QString &name : profileNames) {
        if (!profiles->repository()->profileNamed(name)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main",
                    "canopy: there is no saved connection called '%1'; the connection manager (Ctrl+N) lists them.")
                               .arg(name)));
            return 2;
        }
    }
    window.setAutoExpandDepth(levels);
    if (urls.isEmpty() && parser.isSet(selectOption))
        window.selectTopic(parser.value(selectOption));
    window.show();
    for (qsizetype i = 0; i < profileNames.size(); ++i)
        profiles->openProfile(profileNames.at(i), i == 0); // the first stays in front
    if (urls.isEmpty() && profileNames.isEmpty())
        profiles->restoreSession();
    // Someone without saved connections starts in the connection manager.
    if (parser.isSet(managerOption) || (urls.isEmpty() && profileNames.isEmpty() && profiles->repository()->isEmpty()))
        profiles->showManager();
    // One tab per --url, each connected through the connection bar as if typed; the first stays in front.
    for (qsizetype i = 0; i < urls.size(); ++i) {
        if (i > 0)
            window.newTab();
        window.setBrokerUrl(urls.at(i));
        if (parser.isSet(selectOption))
            window.selectTopic(parser.value(selectOption));
        window.connectToBroker();
    }
    if (!window.tabs().isEmpty())
        window.setCurrentTab(window.tabs().constFirst());

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const bool grabManager = parser.isSet(managerOption);
        const bool grabPreferences = parser.isSet(preferencesOption);
        QTimer::singleShot(parser.value(delayOption).toInt(), &window, [&window, file, grabManager, grabPreferences] {
            if (window.topicTree()->currentIndex().isValid())
                window.topicTree()->scrollTo(window.topicTree()->currentIndex(), QAbstractItemView::PositionAtCenter);
            // The connection manager with --manager, else the window.
            QWidget *shown = grabManager && window.profiles()->isManagerOpen()
                ? static_cast<QWidget *>(window.profiles()->manager())
                : static_cast<QWidget *>(&window);
            if (grabPreferences && QApplication::activeModalWidget())
                shown = QApplication::activeModalWidget();
            const bool saved = shown->grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "%s\n",
                    qPrintable(
                        QApplication::translate("main", "canopy: could not write the screenshot to %1.").arg(file)));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    if (parser.isSet(preferencesOption)) {
        if (QAction *preferences = window.findChild<QAction *>(u"preferencesAction"_s))
            QTimer::singleShot(0, preferences, &QAction::trigger);
    }
    const int status = app.exec();
    if (!parser.isSet(screenshotOption)) { // a screenshot run leaves the user's layout alone
        QSettings settings;
        WindowLayout::save(window, settings);
    }
    return status;
}
