// SPDX-License-Identifier: MIT
#include "session/mqttserverlimits.h"

#include "codec/mqtttopic.h"
#include "common/pluralcount.h"

using namespace Qt::StringLiterals;

namespace Mqtt {

namespace {

constexpr qint64 MaximumRemainingLength = 268435455; // 1.5.5: a four-byte Variable Byte Integer
constexpr qint64 MaximumPacketLength = MaximumRemainingLength + 5; // plus the header byte and the length itself
constexpr quint32 MaximumSubscriptionIdentifier = 268435455;

bool hasWildcard(QStringView filter)
{
    return filter.contains(u'+') || filter.contains(u'#');
}

QString byteCount(qint64 bytes)
{
    return ServerLimits::tr("%1 byte(s)", nullptr, Canopy::pluralCount(quint64(bytes))).arg(bytes);
}

} // namespace

ServerLimits ServerLimits::fromConnAck(const ConnAck &connAck, QString *error)
{
    const Properties &p = connAck.properties;
    if (p.receiveMaximum && *p.receiveMaximum == 0) {
        *error = tr("The broker announced a Receive Maximum of 0, which the protocol forbids.");
        return {};
    }
    if (p.maximumPacketSize && *p.maximumPacketSize == 0) {
        *error = tr("The broker announced a Maximum Packet Size of 0, which the protocol forbids.");
        return {};
    }
    ServerLimits limits;
    limits.receiveMaximum = p.receiveMaximum.value_or(65535);
    limits.maximumQoS = std::min<quint8>(p.maximumQoS.value_or(2), 2);
    limits.retainAvailable = p.retainAvailable.value_or(1) != 0;
    limits.maximumPacketSize = p.maximumPacketSize.value_or(0);
    limits.serverKeepAlive = p.serverKeepAlive;
    limits.assignedClientIdentifier = p.assignedClientIdentifier;
    limits.topicAliasMaximum = p.topicAliasMaximum.value_or(0);
    limits.wildcardSubscriptionAvailable = p.wildcardSubscriptionAvailable.value_or(1) != 0;
    limits.sharedSubscriptionAvailable = p.sharedSubscriptionAvailable.value_or(1) != 0;
    limits.subscriptionIdentifierAvailable = p.subscriptionIdentifierAvailable.value_or(1) != 0;
    return limits;
}

QString ServerLimits::checkPublish(const Publish &message, ProtocolVersion version, quint8 *reasonCode) const
{
    if (message.qos > 2) {
        *reasonCode = ReasonCode::QoSNotSupported;
        return tr("QoS %1 does not exist; use QoS 0, 1 or 2.").arg(int(message.qos));
    }
    if (message.qos > maximumQoS) {
        *reasonCode = ReasonCode::QoSNotSupported;
        return tr("The broker accepts messages up to QoS %1 only, so this QoS %2 message was not sent.")
            .arg(int(maximumQoS))
            .arg(int(message.qos));
    }
    if (message.retain && !retainAvailable) {
        *reasonCode = ReasonCode::RetainNotSupported;
        return tr("The broker does not support retained messages, so this retained message was not sent.");
    }
    if (const QString why = topicNameError(message.topic); !why.isEmpty()) { // [MQTT-4.7.3-1..3], [MQTT-3.3.2-2]
        *reasonCode = ReasonCode::TopicNameInvalid;
        return why;
    }
    if (version == ProtocolVersion::V5 && message.properties.topicAlias == quint16(0)) {
        *reasonCode = ReasonCode::TopicAliasInvalid;
        return tr("Topic alias 0 does not exist; topic aliases start at 1 [MQTT-3.3.2-8].");
    }
    return {};
}

QString ServerLimits::checkTopicAlias(quint16 alias, quint8 *reasonCode) const
{
    if (alias != 0 && alias <= topicAliasMaximum)
        return {};
    *reasonCode = ReasonCode::TopicAliasInvalid;
    if (topicAliasMaximum == 0)
        return tr("The broker accepts no topic aliases, so the message with topic alias %1 was not sent.").arg(alias);
    return tr("The broker accepts topic aliases 1 to %1, so the message with topic alias %2 was not sent.")
        .arg(topicAliasMaximum)
        .arg(alias);
}

QString ServerLimits::checkPacketSize(qint64 encodedSize, PacketType type, quint8 *reasonCode) const
{
    if (fits(encodedSize))
        return {};
    *reasonCode = ReasonCode::PacketTooLarge;
    if (encodedSize > MaximumPacketLength) {
        switch (type) {
        case PacketType::Subscribe:
            return tr("The subscribe request would need a packet of %1, more than the %2 MQTT allows.")
                .arg(byteCount(encodedSize), byteCount(MaximumPacketLength));
        case PacketType::Unsubscribe:
            return tr("The unsubscribe request would need a packet of %1, more than the %2 MQTT allows.")
                .arg(byteCount(encodedSize), byteCount(MaximumPacketLength));
        default:
            return tr("The message would need a packet of %1, more than the %2 MQTT allows.")
                .arg(byteCount(encodedSize), byteCount(MaximumPacketLength));
        }
    }
    switch (type) {
    case PacketType::Subscribe:
        return tr("The subscribe request would need a packet of %1, but the broker accepts at most %2; "
                  "subscribe to fewer or shorter topic filters at a time.")
            .arg(byteCount(encodedSize), byteCount(maximumPacketSize));
    case PacketType::Unsubscribe:
        return tr("The unsubscribe request would need a packet of %1, but the broker accepts at most %2; "
                  "unsubscribe from fewer or shorter topic filters at a time.")
            .arg(byteCount(encodedSize), byteCount(maximumPacketSize));
    default:
        return tr("The message would need a packet of %1, but the broker accepts at most %2.")
            .arg(byteCount(encodedSize), byteCount(maximumPacketSize));
    }
}

bool ServerLimits::fits(qint64 encodedSize) const
{
    return encodedSize <= MaximumPacketLength && (maximumPacketSize == 0 || encodedSize <= qint64(maximumPacketSize));
}

QString ServerLimits::checkSubscribe(const Subscribe &subscribe, ProtocolVersion version, quint8 *reasonCode) const
{
    const bool v5 = version == ProtocolVersion::V5;
    if (subscribe.subscriptions.isEmpty()) {
        *reasonCode = ReasonCode::ProtocolError;
        return tr("A subscribe request needs at least one topic filter [MQTT-3.8.3-2].");
    }
    for (const Subscription &subscription : subscribe.subscriptions) {
        const QString &filter = subscription.filter;
        *reasonCode = ReasonCode::TopicFilterInvalid;
        if (filter.isEmpty())
            return tr("A topic filter must not be empty [MQTT-4.7.3-1].");
        if (!isValidTopicFilter(filter))
            return tr("\"%1\" is not a valid topic filter: + must fill a whole level and # must be the last level.")
                .arg(filter);
        if (subscription.options.maximumQoS > 2) {
            *reasonCode = ReasonCode::ProtocolError;
            return tr("QoS %1 does not exist; subscribe with QoS 0, 1 or 2.").arg(int(subscription.options.maximumQoS));
        }
        if (v5 && subscription.options.retainHandling > 2) {
            *reasonCode = ReasonCode::ProtocolError;
            return tr("Retain handling %1 does not exist; use 0, 1 or 2.")
                .arg(int(subscription.options.retainHandling));
        }
        QStringView matched = filter;
        if (filter.startsWith(u"$share/")) {
            // 4.8.2: $share/{ShareName}/{filter}, the share name non-empty and without wildcards or '/'.
            const QStringView rest = QStringView(filter).sliced(7);
            const qsizetype slash = rest.indexOf(u'/');
            if (slash <= 0 || slash + 1 >= rest.size() || hasWildcard(rest.first(slash)))
                return tr("\"%1\" is not a valid shared subscription; use $share/group/filter.").arg(filter);
            matched = rest.sliced(slash + 1);
            if (!sharedSubscriptionAvailable) {
                *reasonCode = ReasonCode::SharedSubscriptionsNotSupported;
                return tr("The broker does not support shared subscriptions, so \"%1\" was not subscribed.")
                    .arg(filter);
            }
            if (v5 && subscription.options.noLocal) {
                *reasonCode = ReasonCode::ProtocolError;
                return tr("The shared subscription \"%1\" cannot use No Local [MQTT-3.8.3-4].").arg(filter);
            }
        }
        if (!wildcardSubscriptionAvailable && hasWildcard(matched)) {
            *reasonCode = ReasonCode::WildcardSubscriptionsNotSupported;
            return tr("The broker does not support wildcard subscriptions, so \"%1\" was not subscribed.").arg(filter);
        }
    }
    if (v5 && !subscribe.properties.subscriptionIdentifiers.isEmpty()) {
        *reasonCode = ReasonCode::ProtocolError;
        if (subscribe.properties.subscriptionIdentifiers.size() > 1)
            return tr("A subscribe request can carry only one subscription identifier.");
        const quint32 id = subscribe.properties.subscriptionIdentifiers.constFirst();
        if (id == 0 || id > MaximumSubscriptionIdentifier)
            return tr("Subscription identifier %1 is out of range; use 1 to %2.")
                .arg(id)
                .arg(MaximumSubscriptionIdentifier);
        if (!subscriptionIdentifierAvailable) {
            *reasonCode = ReasonCode::SubscriptionIdentifiersNotSupported;
            return tr("The broker does not support subscription identifiers, so the subscription was not sent.");
        }
    }
    *reasonCode = ReasonCode::Success;
    return {};
}

QString ServerLimits::checkUnsubscribe(const Unsubscribe &unsubscribe, quint8 *reasonCode) const
{
    *reasonCode = ReasonCode::TopicFilterInvalid;
    if (unsubscribe.filters.isEmpty()) {
        *reasonCode = ReasonCode::ProtocolError;
        return tr("An unsubscribe request needs at least one topic filter [MQTT-3.10.3-2].");
    }
    for (const QString &filter : unsubscribe.filters) {
        if (filter.isEmpty())
            return tr("A topic filter must not be empty [MQTT-4.7.3-1].");
        if (!isValidTopicFilter(filter))
            return tr("\"%1\" is not a valid topic filter: + must fill a whole level and # must be the last level.")
                .arg(filter);
    }
    *reasonCode = ReasonCode::Success;
    return {};
}

} // namespace Mqtt
