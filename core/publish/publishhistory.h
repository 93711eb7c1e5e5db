// SPDX-License-Identifier: MIT
#pragma once

// The last messages published from one profile, newest first, at most Capacity of them. The same message sent again
// right after itself (a repeat, a second click) is one entry with a count, so that a repeat of a thousand messages
// does not push everything else out. Its JSON file:
//     { "format": "canopy-publish-history", "version": 1,
//       "entries": [ { "timeMs": 1767225600000, "count": 3, "outcome": "acknowledged (PUBACK)", "message": {…} } ] }
// Pure; PublishLibrary reads and writes the file.

#include "publish/inputerror.h"
#include "publish/publishmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

struct PublishHistoryEntry {
    quint64 id = 0; // unique within this history object (not saved)
    PublishMessage message;
    qint64 timeMs = 0; // of the latest send
    quint32 count = 1; // sends of this message in a row
    QString outcome; // the latest send's answer, in words (PublishOutcome::text()); empty while awaited

    bool operator==(const PublishHistoryEntry &) const = default;
};

class PublishHistory {
    Q_DECLARE_TR_FUNCTIONS(PublishHistory)
public:
    static constexpr qsizetype Capacity = 200;

    const QList<PublishHistoryEntry> &entries() const { return m_entries; } // newest first
    qsizetype size() const { return m_entries.size(); }
    // Records a send; returns the id of its entry (a new one, or the newest one when it holds the same message).
    quint64 add(const PublishMessage &message, qint64 timeMs);
    // The answer to a send recorded as id; false when that entry is gone.
    bool setOutcome(quint64 id, const QString &outcome);
    const PublishHistoryEntry *find(quint64 id) const;
    void clear() { m_entries.clear(); }

    QByteArray toJson() const;
    // Everything or nothing: on error the history is untouched.
    bool readJson(const QByteArray &bytes, InputError *error);

private:
    QList<PublishHistoryEntry> m_entries;
    quint64 m_nextId = 1;
};
