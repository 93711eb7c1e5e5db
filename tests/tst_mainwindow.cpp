// SPDX-License-Identifier: MIT
// Offscreen smoke test: the real main window opens, renders something, and the executable answers --help/--version.
#include "common/version.h"
#include "window/mainwindow.h"

#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    static QString canopyExecutable() { return qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        // Building this test builds the program too (add_dependencies); without it, every process test below would
        // only say that waitForFinished() returned false.
        QVERIFY2(QFileInfo(canopyExecutable()).isExecutable(),
            qPrintable(u"canopy was not built at %1 (build the canopy target, or set CANOPY_BINARY_DIR)"_s.arg(
                canopyExecutable())));
    }

    void windowRendersSomething()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QTreeView *>(u"topicTree"_s));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"mainwindow.png"_s);
        QVERIFY(window.grab().save(file, "PNG"));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640 && image.height() >= 400);
        // Not blank: a rendered window has text, frames and a toolbar, so many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(u"only %1 colours"_s.arg(colours.size())));
    }

    void urlFieldHidesCredentials()
    {
        MainWindow window;
        window.setBrokerUrl(QUrl(u"mqtt://alice:secret@broker.example:1883"_s));
        auto *edit = window.findChild<QLineEdit *>(u"brokerUrl"_s);
        QVERIFY(edit);
        QVERIFY(!edit->text().contains(u"secret"_s));
        QCOMPARE(window.brokerUrl().host(), u"broker.example"_s);
    }

    void versionOption()
    {
        QProcess process;
        process.start(canopyExecutable(), { u"--version"_s });
        QVERIFY2(process.waitForFinished(10000), qPrintable(process.errorString()));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(Canopy::versionString()));
    }

    void helpOptionListsUrl()
    {
        QProcess process;
        process.start(canopyExecutable(), { u"--help"_s });
        QVERIFY2(process.waitForFinished(10000), qPrintable(process.errorString()));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"--url"_s));
    }

    void badUrlIsRejectedWithAMessage()
    {
        QProcess process;
        process.start(canopyExecutable(), { u"--url"_s, u"not a url"_s });
        QVERIFY2(process.waitForFinished(10000), qPrintable(process.errorString()));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"mqtt://host:port"_s));
    }

    void screenshotOptionWritesPng()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"shot.png"_s);
        QProcess process;
        process.start(canopyExecutable(), { u"--screenshot"_s, file, u"--screenshot-delay"_s, u"200"_s });
        QVERIFY2(process.waitForFinished(20000), qPrintable(process.errorString()));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!QImage(file).isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
