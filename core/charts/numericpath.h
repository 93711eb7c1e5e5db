// SPDX-License-Identifier: MIT
#pragma once

// A path to one value inside a structured payload, in the syntax the inspector's JSON tree shows
// (PayloadTree::path()): $, $.sensors[0].temp, $['a b'].x, $[1] (an array index, or a map key 1 in CBOR and
// MessagePack). Parsed once per series, so that extraction per message walks a few steps.

#include <QCoreApplication>
#include <QList>
#include <QString>

class NumericPath {
    Q_DECLARE_TR_FUNCTIONS(NumericPath)
public:
    struct Step {
        QString key; // a member's key, or for an index step its digits (a map key that is a number)
        qint64 index = -1; // >= 0: an index step ([3])
    };

    NumericPath() = default; // the whole payload
    // Parses text; an empty text or "$" is the whole payload. On a syntax error, isValid() is false and error() says
    // what is wrong in a sentence.
    static NumericPath parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool isRoot() const { return m_steps.isEmpty(); }
    const QList<Step> &steps() const { return m_steps; }
    const QString &text() const { return m_text; }

private:
    QString m_text;
    QList<Step> m_steps;
    QString m_error;
};
