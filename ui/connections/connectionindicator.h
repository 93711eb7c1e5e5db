// SPDX-License-Identifier: MIT
#pragma once

// A connection's state at a glance, for a tab or a list of connections: a small coloured dot whose shape also
// tells the state apart (for those who do not see the colours), and the state in one word for its tooltip.
// Connected: a filled green dot. Connecting: a filled amber dot. Reconnecting: an orange ring with a dot.
// Disconnected: a grey ring. Disconnecting: a grey ring with a dot.

#include "client/mqttclient.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class ConnectionIndicator {
    Q_DECLARE_TR_FUNCTIONS(ConnectionIndicator)
public:
    static QIcon icon(Mqtt::Client::State state);
    static QString stateName(Mqtt::Client::State state);
};
