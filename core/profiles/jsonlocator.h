// SPDX-License-Identifier: MIT
#pragma once

// Where each value of a JSON document starts (its line), by JSON Pointer ("/profiles/2/port"), so that an import can
// say "line 14: …" about a value QJsonDocument has already parsed. The document must be valid JSON (parse it with
// QJsonDocument first); this only walks its structure.
//
// JsonFields reads the members of one object with the type each must have, and remembers the first thing wrong
// with its line, and which members were read, so that an import can list the ones it had no use for.

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

class JsonLocator {
public:
    explicit JsonLocator(const QByteArray &json);
    // The line (from 1) where the value at pointer starts; 0 when there is none.
    int line(const QString &pointer) const { return m_lines.value(pointer, 0); }
    // The line of a byte offset (QJsonParseError::offset).
    static int lineAt(const QByteArray &json, qsizetype offset);
    static QString child(const QString &pointer, const QString &key); // escapes '~' and '/'
    static QString child(const QString &pointer, qsizetype index);

private:
    QHash<QString, int> m_lines;
};

// The first error of an import: the line and the reason.
struct JsonError {
    int line = 0;
    QString reason;
    bool isSet() const { return !reason.isEmpty(); }
};

class JsonFields {
    Q_DECLARE_TR_FUNCTIONS(JsonFields)
public:
    JsonFields(const QJsonObject &object, QString pointer, const JsonLocator &locator, JsonError &error);

    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }
    // Each returns the value, or nothing (null and missing count as missing) after setting the error when the value
    // has the wrong type or range, or is missing but required.
    std::optional<QString> string(const QString &key, bool required = false);
    std::optional<qint64> integer(const QString &key, qint64 minimum, qint64 maximum, bool required = false);
    std::optional<bool> boolean(const QString &key);
    std::optional<QJsonObject> object(const QString &key);
    std::optional<QJsonArray> array(const QString &key);
    // Marks a member as used without reading it.
    void take(const QString &key) { m_read.insert(key); }

    // Members not read whose value says something (not null, "", false, [] or {}), minus those in ignored.
    QStringList unread(const QSet<QString> &ignored = {}) const;
    QString pointer() const { return m_pointer; }
    QString pointerOf(const QString &key) const { return JsonLocator::child(m_pointer, key); }
    int lineOf(const QString &key) const;
    void fail(const QString &key, const QString &reason);

private:
    QJsonObject m_object;
    QString m_pointer;
    const JsonLocator &m_locator;
    JsonError &m_error;
    QSet<QString> m_read;
};
