// SPDX-License-Identifier: MIT
#pragma once

// The sentence under a form field that says what is wrong with it: plain text (it may quote what the user typed or
// a file name), wrapped, in the error colour, hidden while there is nothing to say.

#include <QLabel>

class FieldError : public QLabel {
    Q_OBJECT
public:
    explicit FieldError(const QString &objectName, QWidget *parent = nullptr);
    void setError(const QString &sentence); // empty hides it
    // Adds to the sentence shown (several problems of one field).
    void addError(const QString &sentence);
    // The field with its error line under it, as one widget for a form row: a hidden error takes no room.
    static QWidget *withError(QWidget *field, FieldError *error);
};
