// SPDX-License-Identifier: MIT
#pragma once

// Readable one-line descriptions of packets for logs and test failure output, e.g.
// PUBLISH(topic "a/b", qos 1, id 7, payload 5 bytes "hello"). Passwords and authentication data are shown as
// their size only.

#include "codec/mqttpacket.h"

#include <QDebug>

namespace Mqtt {

QDebug operator<<(QDebug debug, const Properties &properties);
QDebug operator<<(QDebug debug, const Packet &packet);

} // namespace Mqtt
