// SPDX-License-Identifier: MIT
#include "connections/fielderror.h"

using namespace Qt::StringLiterals;

FieldError::FieldError(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setStyleSheet(u"color: #b71c1c;"_s);
    hide();
}

void FieldError::setError(const QString &sentence)
{
    setText(sentence);
    setVisible(!sentence.isEmpty());
}

void FieldError::addError(const QString &sentence)
{
    setError(text().isEmpty() ? sentence : text() + u'\n' + sentence);
}
