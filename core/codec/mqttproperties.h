// SPDX-License-Identifier: MIT
#pragma once

// Internal to the codec: which MQTT 5 property may appear where (spec 2.2.2.2), and how properties are written.
// Decoding lives with the rest of the reading in mqttparser.cpp; both use the table below.

#include "codec/mqttpacket.h"
#include "codec/mqttwire.h"

#include <array>
#include <type_traits>

namespace Mqtt::Detail {

// Where a property list sits. Will properties (in the CONNECT payload) are their own place.
enum PropertyPlace : quint16 {
    InConnect = 1 << 0,
    InConnAck = 1 << 1,
    InPublish = 1 << 2,
    InPublishAck = 1 << 3, // PUBACK, PUBREC, PUBREL, PUBCOMP
    InSubscribe = 1 << 4,
    InSubAck = 1 << 5,
    InUnsubscribe = 1 << 6,
    InUnsubAck = 1 << 7,
    InDisconnect = 1 << 8,
    InAuth = 1 << 9,
    InWill = 1 << 10,
};

enum class PropertyKind : quint8 {
    Unknown,
    Byte,
    TwoByteInteger,
    FourByteInteger,
    VariableByteInteger,
    String,
    Binary,
    StringPair
};

struct PropertyInfo {
    PropertyKind kind = PropertyKind::Unknown;
    bool repeatable = false;
    quint16 places = 0;
    const char *name = nullptr; // the spec's name, for error messages
};

inline constexpr int PropertyTableSize = 0x2B;

inline constexpr std::array<PropertyInfo, PropertyTableSize> makePropertyTable()
{
    using K = PropertyKind;
    std::array<PropertyInfo, PropertyTableSize> t {};
    const quint16 all = InConnect | InConnAck | InPublish | InPublishAck | InSubscribe | InSubAck | InUnsubscribe
        | InUnsubAck | InDisconnect | InAuth | InWill;
    t[PropertyId::PayloadFormatIndicator] = { K::Byte, false, InPublish | InWill, "Payload Format Indicator" };
    t[PropertyId::MessageExpiryInterval] = { K::FourByteInteger, false, InPublish | InWill, "Message Expiry Interval" };
    t[PropertyId::ContentType] = { K::String, false, InPublish | InWill, "Content Type" };
    t[PropertyId::ResponseTopic] = { K::String, false, InPublish | InWill, "Response Topic" };
    t[PropertyId::CorrelationData] = { K::Binary, false, InPublish | InWill, "Correlation Data" };
    t[PropertyId::SubscriptionIdentifier]
        = { K::VariableByteInteger, true, InPublish | InSubscribe, "Subscription Identifier" };
    t[PropertyId::SessionExpiryInterval]
        = { K::FourByteInteger, false, InConnect | InConnAck | InDisconnect, "Session Expiry Interval" };
    t[PropertyId::AssignedClientIdentifier] = { K::String, false, InConnAck, "Assigned Client Identifier" };
    t[PropertyId::ServerKeepAlive] = { K::TwoByteInteger, false, InConnAck, "Server Keep Alive" };
    t[PropertyId::AuthenticationMethod] = { K::String, false, InConnect | InConnAck | InAuth, "Authentication Method" };
    t[PropertyId::AuthenticationData] = { K::Binary, false, InConnect | InConnAck | InAuth, "Authentication Data" };
    t[PropertyId::RequestProblemInformation] = { K::Byte, false, InConnect, "Request Problem Information" };
    t[PropertyId::WillDelayInterval] = { K::FourByteInteger, false, InWill, "Will Delay Interval" };
    t[PropertyId::RequestResponseInformation] = { K::Byte, false, InConnect, "Request Response Information" };
    t[PropertyId::ResponseInformation] = { K::String, false, InConnAck, "Response Information" };
    t[PropertyId::ServerReference] = { K::String, false, InConnAck | InDisconnect, "Server Reference" };
    t[PropertyId::ReasonString] = { K::String, false,
        InConnAck | InPublishAck | InSubAck | InUnsubAck | InDisconnect | InAuth, "Reason String" };
    t[PropertyId::ReceiveMaximum] = { K::TwoByteInteger, false, InConnect | InConnAck, "Receive Maximum" };
    t[PropertyId::TopicAliasMaximum] = { K::TwoByteInteger, false, InConnect | InConnAck, "Topic Alias Maximum" };
    t[PropertyId::TopicAlias] = { K::TwoByteInteger, false, InPublish, "Topic Alias" };
    t[PropertyId::MaximumQoS] = { K::Byte, false, InConnAck, "Maximum QoS" };
    t[PropertyId::RetainAvailable] = { K::Byte, false, InConnAck, "Retain Available" };
    t[PropertyId::UserProperty] = { K::StringPair, true, all, "User Property" };
    t[PropertyId::MaximumPacketSize] = { K::FourByteInteger, false, InConnect | InConnAck, "Maximum Packet Size" };
    t[PropertyId::WildcardSubscriptionAvailable] = { K::Byte, false, InConnAck, "Wildcard Subscription Available" };
    t[PropertyId::SubscriptionIdentifierAvailable] = { K::Byte, false, InConnAck, "Subscription Identifier Available" };
    t[PropertyId::SharedSubscriptionAvailable] = { K::Byte, false, InConnAck, "Shared Subscription Available" };
    return t;
}

inline constexpr std::array<PropertyInfo, PropertyTableSize> PropertyTable = makePropertyTable();

inline const PropertyInfo &propertyInfo(quint32 id)
{
    static constexpr PropertyInfo unknown {};
    return id < quint32(PropertyTableSize) ? PropertyTable[id] : unknown;
}

inline constexpr bool allowedIn(quint8 id, quint16 place)
{
    return PropertyTable[id].places & place;
}

// The place of the property list in the variable header of a packet of this type.
inline PropertyPlace propertyPlace(PacketType type)
{
    switch (type) {
    case PacketType::Connect:
        return InConnect;
    case PacketType::ConnAck:
        return InConnAck;
    case PacketType::Publish:
        return InPublish;
    case PacketType::PubAck:
    case PacketType::PubRec:
    case PacketType::PubRel:
    case PacketType::PubComp:
        return InPublishAck;
    case PacketType::Subscribe:
        return InSubscribe;
    case PacketType::SubAck:
        return InSubAck;
    case PacketType::Unsubscribe:
        return InUnsubscribe;
    case PacketType::UnsubAck:
        return InUnsubAck;
    case PacketType::Disconnect:
        return InDisconnect;
    case PacketType::Auth:
        return InAuth;
    case PacketType::Reserved:
    case PacketType::PingReq:
    case PacketType::PingResp:
        break;
    }
    return PropertyPlace(0);
}

// Writes every set property that may appear in place, in identifier order, without the Property Length.
template<class Sink>
void emitPropertyList(Sink &s, const Properties &p, quint16 place)
{
    auto byteProperty = [&](quint8 id, const std::optional<quint8> &value) {
        if (value && allowedIn(id, place)) {
            s.u8(id);
            s.u8(*value);
        }
    };
    auto twoByteProperty = [&](quint8 id, const std::optional<quint16> &value) {
        if (value && allowedIn(id, place)) {
            s.u8(id);
            s.u16(*value);
        }
    };
    auto fourByteProperty = [&](quint8 id, const std::optional<quint32> &value) {
        if (value && allowedIn(id, place)) {
            s.u8(id);
            s.u32(*value);
        }
    };
    auto stringProperty = [&](quint8 id, const std::optional<QString> &value) {
        if (value && allowedIn(id, place)) {
            s.u8(id);
            s.string(*value);
        }
    };
    auto binaryProperty = [&](quint8 id, const std::optional<QByteArray> &value) {
        if (value && allowedIn(id, place)) {
            s.u8(id);
            s.binary(*value);
        }
    };
    using namespace PropertyId;
    byteProperty(PayloadFormatIndicator, p.payloadFormatIndicator);
    fourByteProperty(MessageExpiryInterval, p.messageExpiryInterval);
    stringProperty(ContentType, p.contentType);
    stringProperty(ResponseTopic, p.responseTopic);
    binaryProperty(CorrelationData, p.correlationData);
    if (allowedIn(SubscriptionIdentifier, place)) {
        for (quint32 id : p.subscriptionIdentifiers) {
            s.u8(SubscriptionIdentifier);
            s.vbi(id);
        }
    }
    fourByteProperty(SessionExpiryInterval, p.sessionExpiryInterval);
    stringProperty(AssignedClientIdentifier, p.assignedClientIdentifier);
    twoByteProperty(ServerKeepAlive, p.serverKeepAlive);
    stringProperty(AuthenticationMethod, p.authenticationMethod);
    binaryProperty(AuthenticationData, p.authenticationData);
    byteProperty(RequestProblemInformation, p.requestProblemInformation);
    fourByteProperty(WillDelayInterval, p.willDelayInterval);
    byteProperty(RequestResponseInformation, p.requestResponseInformation);
    stringProperty(ResponseInformation, p.responseInformation);
    stringProperty(ServerReference, p.serverReference);
    stringProperty(ReasonString, p.reasonString);
    twoByteProperty(ReceiveMaximum, p.receiveMaximum);
    twoByteProperty(TopicAliasMaximum, p.topicAliasMaximum);
    twoByteProperty(TopicAlias, p.topicAlias);
    byteProperty(MaximumQoS, p.maximumQoS);
    byteProperty(RetainAvailable, p.retainAvailable);
    for (const Mqtt::UserProperty &user : p.userProperties) {
        s.u8(PropertyId::UserProperty);
        s.string(user.name);
        s.string(user.value);
    }
    fourByteProperty(MaximumPacketSize, p.maximumPacketSize);
    byteProperty(WildcardSubscriptionAvailable, p.wildcardSubscriptionAvailable);
    byteProperty(SubscriptionIdentifierAvailable, p.subscriptionIdentifierAvailable);
    byteProperty(SharedSubscriptionAvailable, p.sharedSubscriptionAvailable);
}

// The bytes the property list of place takes, without its Property Length.
inline qsizetype propertyListSize(const Properties &p, quint16 place)
{
    Wire::Counter counter;
    emitPropertyList(counter, p, place);
    return counter.size();
}

} // namespace Mqtt::Detail
