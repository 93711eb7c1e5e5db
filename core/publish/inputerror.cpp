// SPDX-License-Identifier: MIT
#include "publish/inputerror.h"

#include <QCoreApplication>

#include <algorithm>

InputError InputError::at(QStringView text, qsizetype offset, const QString &sentence)
{
    InputError error;
    error.sentence = sentence;
    error.offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QStringView before = text.first(error.offset);
    const qsizetype lastBreak = before.lastIndexOf(u'\n');
    error.line = int(before.count(u'\n')) + 1;
    error.column = int(error.offset - (lastBreak + 1)) + 1;
    return error;
}

QString InputError::placeText(int line, int column)
{
    return QCoreApplication::translate("InputError", "line %1, column %2").arg(line).arg(column);
}
