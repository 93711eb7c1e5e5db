// SPDX-License-Identifier: MIT
// Build-time tool: renders an SVG into square PNGs for the hicolor icon theme (packaging/CMakeLists.txt runs it), so
// that the PNG sizes always match the SVG and nothing rendered is committed.
//   canopy-render-icon <in.svg> <out-dir> <name> <size>...  writes <out-dir>/<size>x<size>/apps/<name>.png

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: canopy-render-icon <in.svg> <out-dir> <name> <size>...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "canopy-render-icon: %s is not an SVG image it can read\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            std::fprintf(stderr, "canopy-render-icon: '%s' is not a size in pixels\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = args.at(2) + u"/%1x%1/apps"_s.arg(size);
        const QString file = dir + u'/' + args.at(3) + u".png"_s;
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "canopy-render-icon: could not write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
