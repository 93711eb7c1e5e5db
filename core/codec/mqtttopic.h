// SPDX-License-Identifier: MIT
#pragma once

// Topic Names and Topic Filters (MQTT 3.1.1 and 5.0 section 4.7).

#include <QString>
#include <QStringView>

namespace Mqtt {

// A name a PUBLISH may carry: non-empty, no wildcard '+' or '#', no U+0000, no unpaired surrogate, at most 65,535
// bytes in UTF-8 (MQTT-4.7.3-1, MQTT-3.3.2-2, MQTT-1.5.4-1..2).
bool isValidTopicName(QStringView topic);

// Why topic cannot be a topic name, as one sentence that names the rule it breaks (empty, a wildcard and where, a
// NUL character and where, an unpaired surrogate, more than 65,535 bytes); empty when it is valid. Exactly the
// rules of isValidTopicName(). Translated in the "Mqtt" context.
QString topicNameError(QStringView topic);

// What is allowed but usually a mistake: an empty level (a leading, trailing or doubled '/'), a space at either end,
// a '$' topic (reserved for the broker). One sentence, empty when there is nothing to say.
QString topicNameWarning(QStringView topic);

// A filter a SUBSCRIBE may carry: non-empty; '#' only as the whole last level; '+' only as a whole level
// (MQTT-4.7.1-1..3). A shared subscription "$share/{ShareName}/{filter}" needs a non-empty ShareName without '/',
// '+' or '#' and a valid filter after it (MQTT 5.0 section 4.8.2).
bool isValidTopicFilter(QStringView filter);

// Whether a message published to topic reaches a subscription to filter (both assumed valid). A shared
// subscription matches as the filter after its share name. Topics starting with '$' are not matched by a filter
// starting with a wildcard (MQTT-4.7.2-1); "a/#" also matches "a" (MQTT-4.7.1-2).
bool topicMatches(QStringView filter, QStringView topic);

// If filter is a shared subscription "$share/{ShareName}/{filter}", its ShareName; otherwise an empty view.
QStringView sharedSubscriptionName(QStringView filter);

} // namespace Mqtt
