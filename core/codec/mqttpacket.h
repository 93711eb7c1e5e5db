// SPDX-License-Identifier: MIT
#pragma once

// Value types for every MQTT 3.1, 3.1.1 and 5.0 control packet. Pure data: no I/O, no Qt objects.
// The codec (mqttcodec.h) turns bytes into these and back; the session (mqttsession.h) reasons on them.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Mqtt {

// The protocol level byte of CONNECT. V31 uses the protocol name "MQIsdp"; the others "MQTT".
enum class ProtocolVersion : quint8 {
    V31 = 3,
    V311 = 4,
    V5 = 5,
};

enum class PacketType : quint8 {
    Reserved = 0,
    Connect = 1,
    ConnAck = 2,
    Publish = 3,
    PubAck = 4,
    PubRec = 5,
    PubRel = 6,
    PubComp = 7,
    Subscribe = 8,
    SubAck = 9,
    Unsubscribe = 10,
    UnsubAck = 11,
    PingReq = 12,
    PingResp = 13,
    Disconnect = 14,
    Auth = 15,
};

// MQTT 5 reason codes (spec 2.4). 3.1.1 CONNACK return codes (0..5) are carried in the same byte.
namespace ReasonCode {
enum : quint8 {
    Success = 0x00,
    NormalDisconnection = 0x00,
    GrantedQoS0 = 0x00,
    GrantedQoS1 = 0x01,
    GrantedQoS2 = 0x02,
    DisconnectWithWillMessage = 0x04,
    NoMatchingSubscribers = 0x10,
    NoSubscriptionExisted = 0x11,
    ContinueAuthentication = 0x18,
    ReAuthenticate = 0x19,
    UnspecifiedError = 0x80,
    MalformedPacket = 0x81,
    ProtocolError = 0x82,
    ImplementationSpecificError = 0x83,
    UnsupportedProtocolVersion = 0x84,
    ClientIdentifierNotValid = 0x85,
    BadUserNameOrPassword = 0x86,
    NotAuthorized = 0x87,
    ServerUnavailable = 0x88,
    ServerBusy = 0x89,
    Banned = 0x8A,
    ServerShuttingDown = 0x8B,
    BadAuthenticationMethod = 0x8C,
    KeepAliveTimeout = 0x8D,
    SessionTakenOver = 0x8E,
    TopicFilterInvalid = 0x8F,
    TopicNameInvalid = 0x90,
    PacketIdentifierInUse = 0x91,
    PacketIdentifierNotFound = 0x92,
    ReceiveMaximumExceeded = 0x93,
    TopicAliasInvalid = 0x94,
    PacketTooLarge = 0x95,
    MessageRateTooHigh = 0x96,
    QuotaExceeded = 0x97,
    AdministrativeAction = 0x98,
    PayloadFormatInvalid = 0x99,
    RetainNotSupported = 0x9A,
    QoSNotSupported = 0x9B,
    UseAnotherServer = 0x9C,
    ServerMoved = 0x9D,
    SharedSubscriptionsNotSupported = 0x9E,
    ConnectionRateExceeded = 0x9F,
    MaximumConnectTime = 0xA0,
    SubscriptionIdentifiersNotSupported = 0xA1,
    WildcardSubscriptionsNotSupported = 0xA2,
};
} // namespace ReasonCode

// MQTT 5 property identifiers (spec 2.2.2.2).
namespace PropertyId {
enum : quint8 {
    PayloadFormatIndicator = 0x01,
    MessageExpiryInterval = 0x02,
    ContentType = 0x03,
    ResponseTopic = 0x08,
    CorrelationData = 0x09,
    SubscriptionIdentifier = 0x0B,
    SessionExpiryInterval = 0x11,
    AssignedClientIdentifier = 0x12,
    ServerKeepAlive = 0x13,
    AuthenticationMethod = 0x15,
    AuthenticationData = 0x16,
    RequestProblemInformation = 0x17,
    WillDelayInterval = 0x18,
    RequestResponseInformation = 0x19,
    ResponseInformation = 0x1A,
    ServerReference = 0x1C,
    ReasonString = 0x1F,
    ReceiveMaximum = 0x21,
    TopicAliasMaximum = 0x22,
    TopicAlias = 0x23,
    MaximumQoS = 0x24,
    RetainAvailable = 0x25,
    UserProperty = 0x26,
    MaximumPacketSize = 0x27,
    WildcardSubscriptionAvailable = 0x28,
    SubscriptionIdentifierAvailable = 0x29,
    SharedSubscriptionAvailable = 0x2A,
};
} // namespace PropertyId

// The identifiers of a property list in the order they arrived, one byte each, repeats included. Recorded only when
// the decoder is asked to (Decoder::setRecordPropertyOrder), for printers that show properties as they came, like
// mosquitto_sub's -F %j. MQTT gives the order no meaning, so it is not part of the value: equality ignores it.
struct PropertyOrder {
    QByteArray ids;
    bool operator==(const PropertyOrder &) const { return true; }
};

struct UserProperty {
    QString name;
    QString value;
    bool operator==(const UserProperty &) const = default;
};

// All MQTT 5 properties. Under 3.1.1 every field stays empty. Which ones a packet may carry is the codec's
// business (it rejects the others as malformed).
struct Properties {
    std::optional<quint8> payloadFormatIndicator;
    std::optional<quint32> messageExpiryInterval;
    std::optional<QString> contentType;
    std::optional<QString> responseTopic;
    std::optional<QByteArray> correlationData;
    QList<quint32> subscriptionIdentifiers; // one in SUBSCRIBE; one or more in a PUBLISH from the server
    std::optional<quint32> sessionExpiryInterval;
    std::optional<QString> assignedClientIdentifier;
    std::optional<quint16> serverKeepAlive;
    std::optional<QString> authenticationMethod;
    std::optional<QByteArray> authenticationData;
    std::optional<quint8> requestProblemInformation;
    std::optional<quint32> willDelayInterval;
    std::optional<quint8> requestResponseInformation;
    std::optional<QString> responseInformation;
    std::optional<QString> serverReference;
    std::optional<QString> reasonString;
    std::optional<quint16> receiveMaximum;
    std::optional<quint16> topicAliasMaximum;
    std::optional<quint16> topicAlias;
    std::optional<quint8> maximumQoS;
    std::optional<quint8> retainAvailable;
    QList<UserProperty> userProperties; // order is significant and names may repeat
    std::optional<quint32> maximumPacketSize;
    std::optional<quint8> wildcardSubscriptionAvailable;
    std::optional<quint8> subscriptionIdentifierAvailable;
    std::optional<quint8> sharedSubscriptionAvailable;
    PropertyOrder arrivalOrder; // empty unless recorded; never encoded

    bool isEmpty() const { return *this == Properties {}; }
    bool operator==(const Properties &) const = default;
};

struct Will {
    QString topic;
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    Properties properties; // will properties (v5): will delay, payload format, expiry, content type, ...
    bool operator==(const Will &) const = default;
};

struct Connect {
    ProtocolVersion version = ProtocolVersion::V311;
    QString clientId;
    bool cleanStart = true; // "clean session" under 3.1/3.1.1
    quint16 keepAliveSeconds = 60;
    std::optional<QString> userName;
    std::optional<QByteArray> password;
    std::optional<Will> will;
    Properties properties;
    bool operator==(const Connect &) const = default;
};

struct ConnAck {
    bool sessionPresent = false;
    quint8 reasonCode = ReasonCode::Success; // 3.1.1: the return code 0..5
    Properties properties;
    bool operator==(const ConnAck &) const = default;
};

struct Publish {
    QString topic; // may be empty in v5 when a topic alias stands in for it
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    bool dup = false;
    quint16 packetId = 0; // only for QoS 1 and 2
    Properties properties;
    bool operator==(const Publish &) const = default;
};

// PUBACK, PUBREC, PUBREL and PUBCOMP share one shape.
struct PublishAck {
    PacketType type = PacketType::PubAck;
    quint16 packetId = 0;
    quint8 reasonCode = ReasonCode::Success;
    Properties properties;
    bool operator==(const PublishAck &) const = default;
};

struct SubscriptionOptions {
    quint8 maximumQoS = 0;
    bool noLocal = false; // v5
    bool retainAsPublished = false; // v5
    quint8 retainHandling = 0; // v5: 0 send retained, 1 only for new subscriptions, 2 never
    bool operator==(const SubscriptionOptions &) const = default;
};

struct Subscription {
    QString filter;
    SubscriptionOptions options;
    bool operator==(const Subscription &) const = default;
};

struct Subscribe {
    quint16 packetId = 0;
    QList<Subscription> subscriptions;
    Properties properties;
    bool operator==(const Subscribe &) const = default;
};

struct SubAck {
    quint16 packetId = 0;
    QList<quint8> reasonCodes; // 3.1.1: 0,1,2 or 0x80
    Properties properties;
    bool operator==(const SubAck &) const = default;
};

struct Unsubscribe {
    quint16 packetId = 0;
    QStringList filters;
    Properties properties;
    bool operator==(const Unsubscribe &) const = default;
};

struct UnsubAck {
    quint16 packetId = 0;
    QList<quint8> reasonCodes; // empty under 3.1.1 (the packet has no payload there)
    Properties properties;
    bool operator==(const UnsubAck &) const = default;
};

struct PingReq {
    bool operator==(const PingReq &) const = default;
};

struct PingResp {
    bool operator==(const PingResp &) const = default;
};

struct Disconnect {
    quint8 reasonCode = ReasonCode::NormalDisconnection;
    Properties properties;
    bool operator==(const Disconnect &) const = default;
};

struct Auth {
    quint8 reasonCode = ReasonCode::Success;
    Properties properties;
    bool operator==(const Auth &) const = default;
};

using Packet = std::variant<Connect, ConnAck, Publish, PublishAck, Subscribe, SubAck, Unsubscribe, UnsubAck, PingReq,
    PingResp, Disconnect, Auth>;

inline PacketType packetType(const Packet &packet)
{
    struct Visitor {
        PacketType operator()(const Connect &) const { return PacketType::Connect; }
        PacketType operator()(const ConnAck &) const { return PacketType::ConnAck; }
        PacketType operator()(const Publish &) const { return PacketType::Publish; }
        PacketType operator()(const PublishAck &ack) const { return ack.type; }
        PacketType operator()(const Subscribe &) const { return PacketType::Subscribe; }
        PacketType operator()(const SubAck &) const { return PacketType::SubAck; }
        PacketType operator()(const Unsubscribe &) const { return PacketType::Unsubscribe; }
        PacketType operator()(const UnsubAck &) const { return PacketType::UnsubAck; }
        PacketType operator()(const PingReq &) const { return PacketType::PingReq; }
        PacketType operator()(const PingResp &) const { return PacketType::PingResp; }
        PacketType operator()(const Disconnect &) const { return PacketType::Disconnect; }
        PacketType operator()(const Auth &) const { return PacketType::Auth; }
    };
    return std::visit(Visitor {}, packet);
}

} // namespace Mqtt
