// SPDX-License-Identifier: MIT
#include "publish/publishcollection.h"

#include "publish/publishfile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QString FormatName = u"canopy-publish-collection"_s;
}

QByteArray PublishCollection::toJson() const
{
    QJsonArray list;
    for (const PublishMessage &message : messages)
        list.append(message.toJson());
    QJsonObject object;
    object.insert(u"name"_s, name);
    object.insert(u"delayMs"_s, delayMs);
    object.insert(u"messages"_s, list);
    return PublishFile::write(FormatName, object);
}

std::optional<PublishCollection> PublishCollection::fromJson(const QByteArray &bytes, InputError *error)
{
    QString text;
    const std::optional<QJsonObject> object
        = PublishFile::parse(bytes, FormatName, tr("Canopy publish collection"), error, &text);
    if (!object)
        return std::nullopt;
    PublishCollection collection;
    const QJsonValue name = object->value(u"name"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        *error = PublishFile::locate(text, object->contains(u"name"_s) ? JsonPath { u"name"_s } : JsonPath {},
            tr("A collection needs a \"name\" that is not empty."));
        return std::nullopt;
    }
    collection.name = name.toString();
    const QJsonValue delay = object->value(u"delayMs"_s);
    if (!delay.isUndefined()) {
        const double ms = delay.toDouble(-1);
        if (!delay.isDouble() || ms < 0 || ms > MaximumDelayMs || ms != double(qint64(ms))) {
            *error = PublishFile::locate(text, { u"delayMs"_s },
                tr("\"delayMs\" must be a whole number of milliseconds from 0 to %1.").arg(MaximumDelayMs));
            return std::nullopt;
        }
        collection.delayMs = int(ms);
    }
    const QJsonValue messages = object->value(u"messages"_s);
    if (!messages.isArray()) {
        *error = PublishFile::locate(text, object->contains(u"messages"_s) ? JsonPath { u"messages"_s } : JsonPath {},
            tr("A collection needs a \"messages\" array."));
        return std::nullopt;
    }
    const QJsonArray list = messages.toArray();
    collection.messages.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString why;
        JsonPath where;
        const std::optional<PublishMessage> message = PublishMessage::fromJson(list.at(i), &why, &where);
        if (!message) {
            JsonPath path { u"messages"_s, i };
            path.append(where);
            *error = PublishFile::locate(text, path, tr("Message %1: %2").arg(i + 1).arg(why));
            return std::nullopt;
        }
        collection.messages.append(*message);
    }
    return collection;
}
