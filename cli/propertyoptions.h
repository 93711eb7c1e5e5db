// SPDX-License-Identifier: MIT
#pragma once

// -D COMMAND PROPERTY VALUE [VALUE]: the MQTT 5 properties a user adds to canopy-cli's packets. The commands and
// properties are the ones mosquitto_pub and mosquitto_sub 2.0 accept (names in any case), and each one either takes
// effect in the packet it names or is refused with a sentence, never dropped in silence:
//   connect      session-expiry-interval, authentication-method, authentication-data, request-problem-information,
//                request-response-information, receive-maximum, topic-alias-maximum, maximum-packet-size,
//                user-property                                                                   (CONNECT)
//   publish      payload-format-indicator, message-expiry-interval, content-type, response-topic,
//                correlation-data, topic-alias, user-property                             (pub's PUBLISH)
//   subscribe    subscription-identifier, user-property                                  (sub's SUBSCRIBE)
//   unsubscribe  user-property                                                    (sub's UNSUBSCRIBE for -U)
//   disconnect   session-expiry-interval, reason-string, server-reference, user-property (DISCONNECT)
//   will         payload-format-indicator, message-expiry-interval, content-type, response-topic,
//                correlation-data, will-delay-interval, user-property           (the will, with --will-topic)
// Refused where mosquitto would send what a broker must reject (reason-string in a will, a value the
// specification forbids, a property given twice, a DISCONNECT Session Expiry Interval after a CONNECT of 0) or
// would drop it (a packet the command never sends, a will without --will-topic, -V 3.1.1 after -D).

#include "clioptions.h"

#include <QString>

namespace Cli {

// Checks every -D option against the command being run and the other options. False with one sentence.
bool validateProperties(const Options &options, QString *error);

// Adds the -D options for `command` ("connect", "publish", "subscribe", "unsubscribe", "disconnect" or "will") to
// properties. False with a sentence on an option validateProperties() would refuse.
bool applyProperties(
    const QList<PropertyOption> &options, const QString &command, Mqtt::Properties &properties, QString *error);

// The CONNECT's Session Expiry Interval that the options ask for (-x, -D connect session-expiry-interval, or -c
// under MQTT 5, which means never), or nullopt for none (the session ends with the connection).
std::optional<quint32> sessionExpiryInterval(const Options &options);

} // namespace Cli
