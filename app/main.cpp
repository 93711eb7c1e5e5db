// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "version.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Canopy"));
    QApplication::setApplicationVersion(Canopy::versionString());
    MainWindow window;
    window.show();
    return app.exec();
}
