// SPDX-License-Identifier: MIT
#pragma once

// A saved collection: a named, ordered list of messages to send one at a time or all in order, with a delay between
// them. Its JSON file (also the import/export format):
//     { "format": "canopy-publish-collection", "version": 1, "name": "Thermostat", "delayMs": 500,
//       "messages": [ { "topic": "home/thermostat/set", "format": "json", "payload": "{\"target\": 21}",
//                       "qos": 1, "retain": false, "properties": { "contentType": "application/json" } } ] }
// Reading refuses a file with anything wrong in it, with the line and the reason; nothing is half-imported.

#include "publish/inputerror.h"
#include "publish/publishmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct PublishCollection {
    Q_DECLARE_TR_FUNCTIONS(PublishCollection)

public:
    static constexpr int MaximumDelayMs = 3'600'000;

    QString name;
    QList<PublishMessage> messages;
    int delayMs = 0; // between two messages when the whole collection is sent

    bool operator==(const PublishCollection &) const = default;

    QByteArray toJson() const;
    static std::optional<PublishCollection> fromJson(const QByteArray &bytes, InputError *error);
};
