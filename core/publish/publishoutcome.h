// SPDX-License-Identifier: MIT
#pragma once

// What became of one message the user published, in words: "sent" (QoS 0, written to the connection),
// "acknowledged (PUBACK)", "completed (PUBCOMP)", the broker's refusal with its reason code and reason string
// ("not authorized (0x87)"), or why it never reached the broker. Plain value: the ingest worker fills it in, the
// publish panel shows it.

#include "codec/mqttpacket.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

struct PublishOutcome {
    Q_DECLARE_TR_FUNCTIONS(PublishOutcome)

public:
    enum class Kind : quint8 {
        Queued, // not connected now; waits in the session for the reconnect (a final outcome follows)
        Sent, // QoS 0: written to the connection (there is no answer to wait for)
        Acknowledged, // QoS 1: PUBACK
        Completed, // QoS 2: PUBCOMP
        Refused, // the broker answered with a reason code of 0x80 or above
        Failed, // not sent, or the connection ended before an answer: sentence says why
    };

    quint64 requestId = 0; // the id the sender gave the request
    Kind kind = Kind::Failed;
    quint8 qos = 0;
    quint8 reasonCode = 0; // the broker's (PUBACK, PUBREC, PUBCOMP); under MQTT 5 also for successes (0x10)
    QString reasonString; // the broker's reason string (MQTT 5), if it sent one
    QString sentence; // Failed, Queued: why, in one sentence
    Mqtt::ProtocolVersion version = Mqtt::ProtocolVersion::V5;

    bool isFinal() const { return kind != Kind::Queued; }
    bool isSuccess() const { return kind == Kind::Sent || kind == Kind::Acknowledged || kind == Kind::Completed; }
    // "acknowledged (PUBACK)", "acknowledged (PUBACK): no matching subscribers (0x10)", "not authorized (0x87):
    // “no access to this topic”", the failure's own sentence,
    // "queued: …". Broker text is quoted as it came.
    QString text() const;
};

Q_DECLARE_METATYPE(PublishOutcome)
