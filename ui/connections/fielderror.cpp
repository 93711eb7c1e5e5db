// SPDX-License-Identifier: MIT
#include "connections/fielderror.h"

#include <QVBoxLayout>

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

QWidget *FieldError::withError(QWidget *field, FieldError *error)
{
    auto *box = new QWidget(field->parentWidget());
    box->setObjectName(field->objectName() + u"Box"_s);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    box->setFocusProxy(field); // the row's label (and its mnemonic) leads to the field
    return box;
}
