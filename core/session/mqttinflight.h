// SPDX-License-Identifier: MIT
#pragma once

// Our QoS 1 and QoS 2 publishes that the broker has not finished acknowledging, keyed by packet identifier.
// They belong to the session, not to one connection: after a reconnect they are resent in the order their
// PUBLISH (or, once PUBREC arrived, their PUBREL) was sent.

#include "codec/mqttpacket.h"
#include "session/mqttsessionevents.h"

#include <QHash>

#include <vector>

namespace Mqtt {

struct InFlightPublish {
    enum class Stage : quint8 {
        AwaitingPubAck, // QoS 1, PUBLISH sent
        AwaitingPubRec, // QoS 2, PUBLISH sent
        AwaitingPubComp, // QoS 2, PUBREC received and PUBREL sent
    };
    Token token = 0;
    Publish message; // the full topic (never an alias), the packet identifier and the DUP flag last sent
    Stage stage = Stage::AwaitingPubAck;
    quint64 order = 0; // when the packet now awaiting an answer was sent
    // On a resumed session: not sent again yet on this connection, because the broker's Receive Maximum is full.
    bool resendPending = false;
};

class InFlightTable {
public:
    InFlightPublish *find(quint16 packetId);
    // Adds a message just sent (message.packetId set, stage from its QoS) at the end of the order.
    void insert(Token token, Publish message);
    // PUBREC arrived and PUBREL was sent: the entry now waits for PUBCOMP and moves to the end of the order.
    void markReleased(quint16 packetId);
    // Removes and returns the entry; false if there is none.
    bool take(quint16 packetId, InFlightPublish *entry);
    // Removes and returns all entries in resend order.
    std::vector<InFlightPublish> takeAll();
    // All entries in resend order (pointers stay valid until the table changes).
    std::vector<InFlightPublish *> inOrder();
    qsizetype count() const { return m_entries.size(); }
    // Entries waiting to be sent again (resendPending); take() and takeAll() keep the count.
    void setResendPending(InFlightPublish *entry, bool pending);
    qsizetype resendPendingCount() const { return m_resendPending; }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QHash<quint16, InFlightPublish> m_entries;
    quint64 m_nextOrder = 1;
    qsizetype m_resendPending = 0;
};

} // namespace Mqtt
