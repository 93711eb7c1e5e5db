// SPDX-License-Identifier: MIT
#include "profiles/jsonlocator.h"

#include <QJsonDocument>
#include <QList>

using namespace Qt::StringLiterals;

namespace {
struct Frame {
    bool isObject = false;
    bool expectKey = false;
    QString key;
    qsizetype index = 0;
};

QString currentPointer(const QList<Frame> &stack)
{
    QString pointer;
    for (const Frame &frame : stack)
        pointer = frame.isObject ? JsonLocator::child(pointer, frame.key) : JsonLocator::child(pointer, frame.index);
    return pointer;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
} // namespace

JsonLocator::JsonLocator(const QByteArray &json)
{
    QList<Frame> stack;
    int line = 1;
    const qsizetype size = json.size();
    auto record = [&] {
        const QString pointer = currentPointer(stack);
        if (!m_lines.contains(pointer))
            m_lines.insert(pointer, line);
    };
    for (qsizetype i = 0; i < size;) {
        const char c = json[i];
        if (c == '\n') {
            ++line;
            ++i;
            continue;
        }
        if (isSpace(c)) {
            ++i;
            continue;
        }
        switch (c) {
        case '{':
        case '[':
            record();
            stack.append(Frame { c == '{', c == '{', {}, 0 });
            ++i;
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().isObject)
                    stack.last().expectKey = true;
                else
                    ++stack.last().index;
            }
            ++i;
            break;
        case ':':
            if (!stack.isEmpty())
                stack.last().expectKey = false;
            ++i;
            break;
        case '"': {
            qsizetype end = i + 1;
            while (end < size && json[end] != '"') {
                if (json[end] == '\\')
                    ++end;
                else if (json[end] == '\n')
                    ++line; // not valid JSON, but keep counting
                ++end;
            }
            const QByteArray token = json.mid(i, end + 1 - i);
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                // Decoded exactly as QJsonDocument does it.
                const QJsonDocument key = QJsonDocument::fromJson("[" + token + "]");
                stack.last().key = key.array().at(0).toString();
            } else {
                record();
            }
            i = end + 1;
            break;
        }
        default: // a number, true, false or null
            record();
            while (i < size && !isSpace(json[i]) && json[i] != ',' && json[i] != ']' && json[i] != '}')
                ++i;
            break;
        }
    }
}

int JsonLocator::lineAt(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    return int(QByteArrayView(json).first(offset).count('\n')) + 1;
}

QString JsonLocator::child(const QString &pointer, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return pointer + u'/' + escaped;
}

QString JsonLocator::child(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

// ---- JsonFields

JsonFields::JsonFields(const QJsonObject &object, QString pointer, const JsonLocator &locator, JsonError &error)
    : m_object(object)
    , m_pointer(std::move(pointer))
    , m_locator(locator)
    , m_error(error)
{
}

int JsonFields::lineOf(const QString &key) const
{
    const int line = m_locator.line(pointerOf(key));
    return line > 0 ? line : m_locator.line(m_pointer);
}

void JsonFields::fail(const QString &key, const QString &reason)
{
    if (m_error.isSet())
        return;
    m_error.line = lineOf(key);
    m_error.reason = reason;
}

namespace {
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + value.toString().left(60) + u'"';
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return JsonFields::tr("a list");
    case QJsonValue::Object:
        return JsonFields::tr("an object");
    default:
        return u"null"_s;
    }
}
} // namespace

std::optional<QString> JsonFields::string(const QString &key, bool required)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, tr("'%1' is missing.").arg(key));
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(key, tr("'%1' must be text, not %2.").arg(key, shown(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> JsonFields::integer(const QString &key, qint64 minimum, qint64 maximum, bool required)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, tr("'%1' is missing.").arg(key));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < double(minimum) || number > double(maximum)) {
        fail(key,
            tr("'%1' must be a whole number from %2 to %3, not %4.")
                .arg(key)
                .arg(minimum)
                .arg(maximum)
                .arg(shown(value)));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> JsonFields::boolean(const QString &key)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(key, tr("'%1' must be true or false, not %2.").arg(key, shown(value)));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonObject> JsonFields::object(const QString &key)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fail(key, tr("'%1' must be an object ({…}), not %2.").arg(key, shown(value)));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonFields::array(const QString &key)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray()) {
        fail(key, tr("'%1' must be a list ([…]), not %2.").arg(key, shown(value)));
        return std::nullopt;
    }
    return value.toArray();
}

QStringList JsonFields::unread(const QSet<QString> &ignored) const
{
    QStringList keys;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_read.contains(it.key()) || ignored.contains(it.key()))
            continue;
        const QJsonValue value = it.value();
        const bool empty = value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
            || (value.isBool() && !value.toBool()) || (value.isArray() && value.toArray().isEmpty())
            || (value.isObject() && value.toObject().isEmpty());
        if (!empty)
            keys.append(it.key());
    }
    return keys;
}
