// SPDX-License-Identifier: MIT
#include "version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("canopy-cli"));
    QCoreApplication::setApplicationVersion(Canopy::versionString());
    QTextStream(stdout) << QCoreApplication::applicationName() << u' ' << Canopy::versionString() << u'\n';
    return 0;
}
