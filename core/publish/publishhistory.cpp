// SPDX-License-Identifier: MIT
#include "publish/publishhistory.h"

#include "publish/publishfile.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
const QString FormatName = u"canopy-publish-history"_s;
}

quint64 PublishHistory::add(const PublishMessage &message, qint64 timeMs)
{
    if (!m_entries.isEmpty() && m_entries.constFirst().message == message) {
        PublishHistoryEntry &newest = m_entries.first();
        newest.timeMs = timeMs;
        if (newest.count < std::numeric_limits<quint32>::max())
            ++newest.count;
        newest.outcome.clear();
        return newest.id;
    }
    PublishHistoryEntry entry;
    entry.id = m_nextId++;
    entry.message = message;
    entry.timeMs = timeMs;
    m_entries.prepend(entry);
    if (m_entries.size() > Capacity)
        m_entries.resize(Capacity);
    return entry.id;
}

bool PublishHistory::setOutcome(quint64 id, const QString &outcome)
{
    for (PublishHistoryEntry &entry : m_entries) {
        if (entry.id == id) {
            entry.outcome = outcome;
            return true;
        }
    }
    return false;
}

const PublishHistoryEntry *PublishHistory::find(quint64 id) const
{
    for (const PublishHistoryEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QByteArray PublishHistory::toJson() const
{
    QJsonArray list;
    for (const PublishHistoryEntry &entry : m_entries) {
        QJsonObject object;
        object.insert(u"timeMs"_s, entry.timeMs);
        object.insert(u"count"_s, qint64(entry.count));
        object.insert(u"outcome"_s, entry.outcome);
        object.insert(u"message"_s, entry.message.toJson());
        list.append(object);
    }
    return PublishFile::write(FormatName, QJsonObject { { u"entries"_s, list } });
}

bool PublishHistory::readJson(const QByteArray &bytes, InputError *error)
{
    QString text;
    const std::optional<QJsonObject> object
        = PublishFile::parse(bytes, FormatName, tr("Canopy publish history"), error, &text);
    if (!object)
        return false;
    const QJsonValue entries = object->value(u"entries"_s);
    if (!entries.isArray()) {
        *error = PublishFile::locate(text, object->contains(u"entries"_s) ? JsonPath { u"entries"_s } : JsonPath {},
            tr("The history needs an \"entries\" array."));
        return false;
    }
    const QJsonArray list = entries.toArray();
    QList<PublishHistoryEntry> read;
    quint64 nextId = m_nextId;
    for (qsizetype i = 0; i < list.size() && read.size() < Capacity; ++i) {
        const QJsonObject object = list.at(i).toObject();
        const JsonPath at { u"entries"_s, i };
        const double time = object.value(u"timeMs"_s).toDouble(-1);
        const double count = object.value(u"count"_s).toDouble(1);
        if (!list.at(i).isObject() || time < 0 || count < 1 || count > double(std::numeric_limits<quint32>::max())) {
            *error = PublishFile::locate(
                text, at, tr("Entry %1 needs a \"timeMs\" time and a \"count\" of 1 or more.").arg(i + 1));
            return false;
        }
        QString why;
        JsonPath where;
        const std::optional<PublishMessage> message
            = PublishMessage::fromJson(object.value(u"message"_s), &why, &where);
        if (!message) {
            JsonPath path = at;
            if (object.contains(u"message"_s)) {
                path.append(u"message"_s);
                path.append(where);
            }
            *error = PublishFile::locate(text, path, tr("Entry %1: %2").arg(i + 1).arg(why));
            return false;
        }
        PublishHistoryEntry entry;
        entry.id = nextId++;
        entry.message = *message;
        entry.timeMs = qint64(time);
        entry.count = quint32(count);
        entry.outcome = object.value(u"outcome"_s).toString();
        read.append(entry);
    }
    m_entries = read;
    m_nextId = nextId;
    *error = {};
    return true;
}
