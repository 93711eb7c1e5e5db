// SPDX-License-Identifier: MIT
// canopy-insight-shots: the screenshots of the broker insight docs (docs/screenshot-insight-*.png). Opens the real
// window on a broker, shows one insight dock at a time while traffic flows (publish your own, e.g. canopy-cli simulate;
// the tool adds a few QoS 1 and 2 publishes of its own so that the timeline has handshakes), and saves a PNG of the
// window for each.
//
//   canopy-insight-shots -h HOST -p PORT -o DIR [-w SECONDS_PER_VIEW]
#include "common/translations.h"
#include "ingest/ingestpipeline.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Canopy"_s);
    QApplication::setOrganizationName(u"CanopyShots"_s); // its own settings, never the user's
    Canopy::installEnglishPlurals(&app);
    QCommandLineParser parser;
    const QCommandLineOption host(u"h"_s, u"broker host"_s, u"host"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"p"_s, u"broker port"_s, u"port"_s, u"1883"_s);
    const QCommandLineOption out(u"o"_s, u"directory of the PNG files"_s, u"dir"_s, u"."_s);
    const QCommandLineOption wait(u"w"_s, u"seconds of traffic before each screenshot"_s, u"seconds"_s, u"6"_s);
    parser.addOptions({ host, port, out, wait });
    parser.process(app);

    MainWindow window;
    window.resize(1500, 900);
    window.setAutoExpandDepth(2);
    window.show();
    Mqtt::ClientOptions options;
    options.connection.host = parser.value(host);
    options.connection.port = quint16(parser.value(port).toUInt());
    options.setProtocol(Mqtt::ProtocolChoice::V5);
    window.connectToBroker(options, MainWindow::defaultSubscriptions());
    ConnectionTab *tab = window.currentTab();

    // Handshakes for the timeline: a QoS 1 and a QoS 2 publish every 300 ms.
    int n = 0;
    QTimer publisher;
    QObject::connect(&publisher, &QTimer::timeout, &window, [&] {
        ++n;
        tab->pipeline()->publish(
            Mqtt::Publish { u"canopy/shots/qos1"_s, QByteArray::number(n), 1, false, false, 0, {} });
        tab->pipeline()->publish(
            Mqtt::Publish { u"canopy/shots/qos2"_s, QByteArray::number(n), 2, false, false, 0, {} });
    });
    publisher.start(300);

    const struct {
        QString dock;
        QString file;
    } shots[]
        = { { u"topTopicsDock"_s, u"screenshot-insight-top.png"_s }, { u"sysDock"_s, u"screenshot-insight-sys.png"_s },
              { u"timelineDock"_s, u"screenshot-insight-timeline.png"_s } };
    const int waitMs = parser.value(wait).toInt() * 1000;
    int status = 0;
    for (const auto &shot : shots) {
        for (const char *name : { "topTopicsDock", "sysDock", "timelineDock" })
            tab->panelDock(QString::fromLatin1(name))->setVisible(QLatin1StringView(name) == shot.dock);
        QDockWidget *dock = tab->panelDock(shot.dock);
        if (shot.dock == u"timelineDock"_s) {
            tab->resizeDocks({ dock }, { 520 }, Qt::Vertical);
            // The tool's own handshakes, among the flood of QoS 0 messages received.
            if (auto *topic = dock->findChild<QLineEdit *>(u"timelineTopicFilter"_s))
                topic->setText(u"canopy/shots"_s);
        } else
            tab->resizeDocks({ dock }, { 640 }, Qt::Horizontal);
        // A local loop: QApplication::quit() would close the window (Qt 6), and the next docks would never show.
        QEventLoop loop;
        QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
        loop.exec();
        const QString file = QDir(parser.value(out)).filePath(shot.file);
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            status = 1;
        } else {
            std::fprintf(stdout, "%s\n", qPrintable(file));
        }
    }
    return status;
}
