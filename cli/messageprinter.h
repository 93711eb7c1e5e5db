// SPDX-License-Identifier: MIT
#pragma once

#include "codec/mqttpacket.h"

#include <QByteArray>

namespace Cli {

// Formats received messages the way mosquitto_sub prints them (payload, or "topic payload" with -v, a newline
// unless -N), or as one JSON object per line (--json). Appends to a buffer so a whole batch is written at once.
class MessagePrinter {
public:
    enum class Format { Payload, TopicAndPayload, Json };
    MessagePrinter(Format format, bool newline)
        : m_format(format)
        , m_newline(newline)
    {
    }

    void append(const Mqtt::Publish &message, QByteArray &out) const;

    // The JSON object for one message: topic, payload (UTF-8 text) or payload_base64 (anything else), qos,
    // retain and, when present, MQTT 5 properties.
    static QByteArray toJson(const Mqtt::Publish &message);

private:
    Format m_format;
    bool m_newline;
};

} // namespace Cli
