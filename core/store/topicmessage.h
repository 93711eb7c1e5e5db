// SPDX-License-Identifier: MIT
#pragma once

// Types shared by the topic store, its history and its filter.

#include "codec/mqttpacket.h"
#include "store/chunkedvector.h"

#include <QByteArray>

#include <memory>

// A node of the topic tree. Ids are dense, assigned in creation order (a parent's id is below its children's), and
// stay valid until the store is cleared. The root, the parent of every first topic level, is 0.
using NodeId = quint32;

// A message as the topic store hands it out: the last message of a topic or one of its history.
struct StoredMessage {
    QByteArray payload; // cut to the store's payload limit when truncated
    qint64 timeMs = 0; // receive time
    qint64 originalSize = 0; // payload size as received
    quint8 qos = 0;
    bool retain = false;
    bool truncated = false; // payload holds only the first bytes; originalSize tells how many there were
    std::shared_ptr<const Mqtt::Properties> properties; // MQTT 5 properties; null when the message had none
};

// Side data that few messages have (MQTT 5 properties, the original size of a truncated payload), kept out of line
// so that the common message costs a 4-byte reference (0: none). Shared by the last messages and the history. In
// chunks, as a stream of MQTT 5 messages adds one per message.
struct MessageExtra {
    std::shared_ptr<const Mqtt::Properties> properties;
    qint64 originalSize = 0;
};

class MessageExtraTable {
public:
    quint32 add(MessageExtra extra)
    {
        if (!m_free.empty()) {
            const quint32 ref = m_free.back();
            m_free.pop_back();
            m_items[ref - 1] = std::move(extra);
            return ref;
        }
        m_items.push_back(std::move(extra));
        return quint32(m_items.size());
    }
    const MessageExtra &at(quint32 ref) const { return m_items[ref - 1]; }
    void release(quint32 ref)
    {
        m_items[ref - 1] = MessageExtra {};
        m_free.push_back(ref);
    }
    size_t count() const { return m_items.size() - m_free.size(); }
    size_t memoryUsage() const
    {
        return m_items.memoryUsage() + m_free.memoryUsage() + count() * (sizeof(Mqtt::Properties) + 16);
    }
    void clear()
    {
        m_items.clear();
        m_free.clear();
    }

private:
    ChunkedVector<MessageExtra> m_items;
    ChunkedVector<quint32> m_free;
};
