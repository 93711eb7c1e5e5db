// SPDX-License-Identifier: MIT
// Offscreen smoke test: the real main window opens, renders something, and the executable answers --help/--version;
// its options reach the window (--expand and --select, read from its --screenshot against a real mosquitto) and
// unusable values are refused with a sentence.
#include "client/mqttclient.h"
#include "common/version.h"
#include "mosquittofixture.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
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

    // Lines of text on the left of a screenshot, where the menu, the bars and the tree's topic names are: runs of
    // pixel rows with dark pixels.
    static int textLines(const QImage &image)
    {
        int lines = 0;
        bool inLine = false;
        for (int y = 0; y < image.height(); ++y) {
            bool dark = false;
            for (int x = 0; x < image.width() * 15 / 100 && !dark; ++x)
                dark = qGray(image.pixel(x, y)) < 128;
            if (dark && !inLine)
                ++lines;
            inLine = dark;
        }
        return lines;
    }

    // Pixels in the colour the style paints selected rows with.
    static int highlighted(const QImage &image)
    {
        const QRgb active = QApplication::palette().color(QPalette::Active, QPalette::Highlight).rgb();
        const QRgb inactive = QApplication::palette().color(QPalette::Inactive, QPalette::Highlight).rgb();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += (image.pixel(x, y) | 0xff000000) == (active | 0xff000000)
                        || (image.pixel(x, y) | 0xff000000) == (inactive | 0xff000000)
                    ? 1
                    : 0;
        return count;
    }

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

    void unusableExpandOrSelectIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("--expand two") << QStringList { u"--expand"_s, u"two"_s }
                                      << u"canopy: --expand takes a number of levels (0 or more), not 'two'."_s;
        QTest::newRow("--expand -1") << QStringList { u"--expand"_s, u"-1"_s }
                                     << u"canopy: --expand takes a number of levels (0 or more), not '-1'."_s;
        QTest::newRow("--select with a wildcard") << QStringList { u"--select"_s,
            u"plant/#"_s } << u"canopy: --select takes a topic name, without the wildcards + and #, not 'plant/#'."_s;
    }

    void unusableExpandOrSelectIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, sentence);
        QProcess process;
        process.start(canopyExecutable(), arguments);
        QVERIFY2(process.waitForFinished(10000), qPrintable(process.errorString()));
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()).trimmed().split(u'\n').constLast(), sentence);
    }

    // canopy --expand and --select, as the program itself applies them: the same broker and window, screenshots
    // taken after the retained messages arrived. The tree holds a/b/c, a/d and e/f; every row it shows is a line of
    // text on the left of the window, so the rows opened by an option are the lines it adds to the run with
    // --expand 0. A selected row is painted in the highlight colour.
    void expandAndSelectReachTheWindow()
    {
        MosquittoFixture broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        {
            Mqtt::Client publisher;
            Mqtt::ClientOptions options;
            options.connection.host = broker.host();
            options.connection.port = broker.port();
            options.session.connect.clientId = u"mainwindow-publisher"_s;
            publisher.setOptions(options);
            publisher.connectToBroker();
            QList<Mqtt::RequestHandle> handles;
            for (const QString &topic : { u"a/b/c"_s, u"a/d"_s, u"e/f"_s }) {
                Mqtt::Publish message;
                message.topic = topic;
                message.payload = topic.toUtf8();
                message.qos = 1;
                message.retain = true;
                handles.append(publisher.publish(message));
            }
            QTRY_VERIFY_WITH_TIMEOUT(handles.constLast().isFinished(), 10000);
            QVERIFY(handles.constLast().isSuccess());
        }
        const QString url = u"mqtt://%1:%2"_s.arg(broker.host()).arg(broker.port());
        QTemporaryDir dir;
        const auto shoot = [&](const QStringList &options) -> QImage {
            const QString file = dir.filePath(options.join(u'_').remove(u'/') + u".png"_s);
            QProcess process;
            process.start(canopyExecutable(),
                QStringList { u"--url"_s, url, u"--screenshot"_s, file, u"--screenshot-delay"_s, u"3000"_s } + options);
            if (!process.waitForFinished(30000) || process.exitCode() != 0)
                qWarning() << "canopy" << options << "failed:" << process.readAllStandardError();
            return QImage(file);
        };
        const QImage none = shoot({ u"--expand"_s, u"0"_s });
        const QImage one = shoot({ u"--expand"_s, u"1"_s });
        const QImage two = shoot({ u"--expand"_s, u"2"_s });
        const QImage selected = shoot({ u"--expand"_s, u"0"_s, u"--select"_s, u"a/b/c"_s });
        QVERIFY(!none.isNull() && !one.isNull() && !two.isNull() && !selected.isNull());
        QCOMPARE(textLines(one) - textLines(none), 3); // b, d under a; f under e
        QCOMPARE(textLines(two) - textLines(none), 4); // and c under b
        QCOMPARE(textLines(selected) - textLines(none), 3); // a and b opened to reveal c: b, c and d
        QCOMPARE(highlighted(none), 0);
        QVERIFY2(highlighted(selected) > 2000, qPrintable(QString::number(highlighted(selected)))); // a whole row
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
