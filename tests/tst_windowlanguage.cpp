// SPDX-License-Identifier: MIT
// The window speaks the system's language (LANG, LC_ALL) unless Preferences chose one, as the GUI's main decides it
// (Preferences::load, then installLanguage): each case starts a fresh process of this test (the system locale is
// read once per process) with its environment and a settings file of its own, which builds the real MainWindow and
// prints its menu titles. The expected titles are the .ts files' own translations of "&File", "&Edit" and "&Help",
// so a case passes once that translation is in; until then it says which file lacks which text.
// `canopy --version` reads the same in every locale.

#include "preferences/preferences.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
const char *ChildVariable = "CANOPY_TEST_PRINT_MENUS";
const QStringList MenuSources { u"&File"_s, u"&Edit"_s, u"&Help"_s };

// The child: what app/main.cpp does about the language, then the window's menu titles, one a line.
int printMenus(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Canopy"_s);
    QApplication::setOrganizationName(u"Canopy"_s);
    const Preferences preferences = Preferences::load(QSettings());
    preferences.installLanguage(&app);
    MainWindow window;
    for (const QString &name : { u"fileMenu"_s, u"editMenu"_s, u"helpMenu"_s }) {
        const auto *menu = window.menuBar()->findChild<QMenu *>(name);
        std::printf("%s\n", menu ? menu->title().toUtf8().constData() : "(missing)");
    }
    return 0;
}

// The translation of source in context MainWindow of canopy_<language>.ts; empty while unfinished.
QString tsTranslation(const QString &language, const QString &source, QString *problem)
{
    QFile file(TestSupport::sourceDir() + u"/translations/canopy_%1.ts"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.fileName() + u": "_s + file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s && context == u"MainWindow"_s) {
            QString messageSource;
            QString translation;
            bool finished = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source"_s) {
                    messageSource = xml.readElementText();
                } else if (xml.name() == u"translation"_s) {
                    finished = xml.attributes().value(u"type"_s).isEmpty();
                    translation = xml.readElementText();
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (messageSource == source) {
                if (!finished || translation.isEmpty())
                    *problem = u"canopy_%1.ts has no finished translation of \"%2\" (MainWindow) yet"_s.arg(
                        language, source);
                return finished ? translation : QString();
            }
        }
    }
    *problem = u"canopy_%1.ts has no message \"%2\" in MainWindow"_s.arg(language, source);
    return {};
}
} // namespace

class TestWindowLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void menusSpeakTheChosenOrSystemLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("chosen"); // appearance/language; empty: the system's
        QTest::addColumn<QString>("expected"); // the .ts to read; "en": the English sources
        QTest::newRow("LANG=de_DE.UTF-8") << u"de_DE.UTF-8"_s << QString() << QString() << u"de"_s;
        QTest::newRow("LANG=es_ES.UTF-8") << u"es_ES.UTF-8"_s << QString() << QString() << u"es"_s;
        QTest::newRow("LANG=zh_CN.UTF-8") << u"zh_CN.UTF-8"_s << QString() << QString() << u"zh_CN"_s;
        QTest::newRow("LC_ALL beats LANG") << u"de_DE.UTF-8"_s << u"es_ES.UTF-8"_s << QString() << u"es"_s;
        QTest::newRow("LANG=C is English") << u"C"_s << QString() << QString() << u"en"_s;
        QTest::newRow("unknown language is English") << u"sw_KE.UTF-8"_s << QString() << QString() << u"en"_s;
        QTest::newRow("Preferences English beats a German system")
            << u"de_DE.UTF-8"_s << QString() << u"en"_s << u"en"_s;
        QTest::newRow("Preferences Chinese beats a C locale") << u"C"_s << QString() << u"zh_CN"_s << u"zh_CN"_s;
    }

    void menusSpeakTheChosenOrSystemLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, lcAll);
        QFETCH(QString, chosen);
        QFETCH(QString, expected);
        QStringList wanted;
        for (const QString &source : MenuSources) {
            if (expected == u"en"_s) {
                wanted.append(source);
                continue;
            }
            QString problem;
            wanted.append(tsTranslation(expected, source, &problem));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        QTemporaryDir home;
        QVERIFY(home.isValid());
        {
            QSettings settings(home.filePath(u"config/Canopy/Canopy.conf"_s), QSettings::IniFormat);
            settings.setValue(QLatin1StringView(Preferences::LanguageKey), chosen);
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : { u"LANGUAGE"_s, u"LC_MESSAGES"_s, u"LC_ALL"_s, u"LANG"_s })
            environment.remove(name);
        environment.insert(u"LANG"_s, lang);
        if (!lcAll.isEmpty())
            environment.insert(u"LC_ALL"_s, lcAll);
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(QString::fromLatin1(ChildVariable), u"1"_s);
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(child.waitForFinished(30000), "the child window did not finish");
        QCOMPARE(child.exitCode(), 0);
        const QStringList titles = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(titles, wanted);
    }

    void versionInAnyLocale_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &lang : { u"de_DE.UTF-8"_s, u"es_ES.UTF-8"_s, u"zh_CN.UTF-8"_s, u"C"_s, u"tr_TR.UTF-8"_s })
            QTest::newRow(qPrintable(lang)) << lang;
    }

    void versionInAnyLocale()
    {
        QFETCH(QString, lang);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"LC_ALL"_s);
        environment.insert(u"LANG"_s, lang);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess canopy;
        canopy.setProcessEnvironment(environment);
        canopy.start(qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy"_s, { u"--version"_s });
        QVERIFY2(canopy.waitForFinished(30000), "canopy --version did not finish");
        QCOMPARE(canopy.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(canopy.readAllStandardOutput()).trimmed(),
            u"Canopy "_s + QString::fromLatin1(CANOPY_VERSION_STRING));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        return printMenus(argc, argv);
    QApplication app(argc, argv);
    TestWindowLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlanguage.moc"
