// SPDX-License-Identifier: MIT
#pragma once

// Builds the QSslConfiguration of a TLS transport (mqtts, wss) from TlsOptions: loads the CA, client certificate
// and key files and says which file is the problem when one cannot be used.

#include "transport/connectionoptions.h"

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace Mqtt::Tls {

// Peer verification is on unless tls.insecure; a CA file replaces the system CA store; the client certificate
// and key go together. Returns nullopt and one sentence naming the file on failure.
std::optional<QSslConfiguration> makeConfiguration(const TlsOptions &tls, QString *errorMessage);

} // namespace Mqtt::Tls
