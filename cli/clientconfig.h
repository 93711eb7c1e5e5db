// SPDX-License-Identifier: MIT
#pragma once

#include "client/mqttclient.h"
#include "clioptions.h"

#include <cstdio>
#include <optional>

namespace Cli {

// The client settings that the command-line options describe: where to connect (-h/-p/-L/--url, TLS), the
// CONNECT packet (-V, -i/-I, -k, -c, -x, -u/-P, will, -D connect ...). False with one sentence on a conflict.
std::optional<Mqtt::ClientOptions> clientOptions(Options &options, QString *error);

// -A: an IP address as given, or the first address a host name resolves to (blocking). nullopt with a sentence.
std::optional<QString> bindAddress(const QString &hostOrAddress, QString *error);

// The process exit status for a failure, as mosquitto_sub / mosquitto_pub use them: the CONNACK code when the
// broker refused the connection, 1 for anything else.
int exitStatusForRefusal(quint8 connAckCode);

// Writes text and a newline to stream (stdout or stderr) in the locale's encoding, and flushes it.
void printLine(std::FILE *stream, const QString &text);

} // namespace Cli
