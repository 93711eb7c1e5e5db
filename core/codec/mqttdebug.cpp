// SPDX-License-Identifier: MIT
#include "codec/mqttdebug.h"

namespace Mqtt {
namespace {

constexpr qsizetype ShownPayloadBytes = 64;

void bytes(QDebug &d, const char *label, const QByteArray &data)
{
    d << ", " << label << ' ' << data.size() << " bytes";
    if (!data.isEmpty())
        d << ' ' << data.left(ShownPayloadBytes) << (data.size() > ShownPayloadBytes ? "..." : "");
}

template<class T>
void optional(QDebug &d, const char *label, const std::optional<T> &value)
{
    if (value)
        d << ", " << label << ' ' << *value;
}

void codes(QDebug &d, const QList<quint8> &list)
{
    d << ", codes";
    for (quint8 code : list)
        d << ' ' << Qt::hex << Qt::showbase << code << Qt::dec << Qt::noshowbase;
}

void properties(QDebug &d, const Properties &p)
{
    if (!p.isEmpty())
        d << ", " << p;
}

struct Describer {
    QDebug &d;
    void operator()(const Connect &c) const
    {
        d << "CONNECT(level " << int(c.version) << ", client id " << c.clientId << ", clean start " << c.cleanStart
          << ", keep alive " << c.keepAliveSeconds;
        optional(d, "user name", c.userName);
        if (c.password)
            d << ", password " << c.password->size() << " bytes";
        if (c.will) {
            d << ", will topic " << c.will->topic << ", will qos " << c.will->qos << ", will retain " << c.will->retain;
            bytes(d, "will payload", c.will->payload);
            if (!c.will->properties.isEmpty())
                d << ", will " << c.will->properties;
        }
        properties(d, c.properties);
    }
    void operator()(const ConnAck &a) const
    {
        d << "CONNACK(session present " << a.sessionPresent << ", code " << Qt::hex << Qt::showbase << a.reasonCode
          << Qt::dec << Qt::noshowbase;
        properties(d, a.properties);
    }
    void operator()(const Publish &p) const
    {
        d << "PUBLISH(topic " << p.topic << ", qos " << p.qos;
        if (p.retain)
            d << ", retain";
        if (p.dup)
            d << ", dup";
        if (p.qos > 0)
            d << ", id " << p.packetId;
        bytes(d, "payload", p.payload);
        properties(d, p.properties);
    }
    void operator()(const PublishAck &a) const
    {
        const char *names[] = { "PUBACK", "PUBREC", "PUBREL", "PUBCOMP" };
        const int index = int(a.type) - int(PacketType::PubAck);
        d << (index >= 0 && index < 4 ? names[index] : "PUBACK?") << "(id " << a.packetId << ", code " << Qt::hex
          << Qt::showbase << a.reasonCode << Qt::dec << Qt::noshowbase;
        properties(d, a.properties);
    }
    void operator()(const Subscribe &s) const
    {
        d << "SUBSCRIBE(id " << s.packetId;
        for (const Subscription &sub : s.subscriptions) {
            const SubscriptionOptions &o = sub.options;
            d << ", " << sub.filter << " qos " << o.maximumQoS;
            if (o.noLocal)
                d << " no local";
            if (o.retainAsPublished)
                d << " retain as published";
            if (o.retainHandling)
                d << " retain handling " << o.retainHandling;
        }
        properties(d, s.properties);
    }
    void operator()(const SubAck &a) const
    {
        d << "SUBACK(id " << a.packetId;
        codes(d, a.reasonCodes);
        properties(d, a.properties);
    }
    void operator()(const Unsubscribe &u) const
    {
        d << "UNSUBSCRIBE(id " << u.packetId << ", " << u.filters;
        properties(d, u.properties);
    }
    void operator()(const UnsubAck &a) const
    {
        d << "UNSUBACK(id " << a.packetId;
        codes(d, a.reasonCodes);
        properties(d, a.properties);
    }
    void operator()(const PingReq &) const { d << "PINGREQ("; }
    void operator()(const PingResp &) const { d << "PINGRESP("; }
    void operator()(const Disconnect &x) const
    {
        d << "DISCONNECT(code " << Qt::hex << Qt::showbase << x.reasonCode << Qt::dec << Qt::noshowbase;
        properties(d, x.properties);
    }
    void operator()(const Auth &a) const
    {
        d << "AUTH(code " << Qt::hex << Qt::showbase << a.reasonCode << Qt::dec << Qt::noshowbase;
        properties(d, a.properties);
    }
};

} // namespace

QDebug operator<<(QDebug debug, const Properties &p)
{
    QString text;
    {
        QDebug d(&text);
        d.nospace();
        optional(d, "payload format", p.payloadFormatIndicator);
        optional(d, "message expiry", p.messageExpiryInterval);
        optional(d, "content type", p.contentType);
        optional(d, "response topic", p.responseTopic);
        optional(d, "correlation data", p.correlationData);
        if (!p.subscriptionIdentifiers.isEmpty())
            d << ", subscription ids " << p.subscriptionIdentifiers;
        optional(d, "session expiry", p.sessionExpiryInterval);
        optional(d, "assigned client id", p.assignedClientIdentifier);
        optional(d, "server keep alive", p.serverKeepAlive);
        optional(d, "auth method", p.authenticationMethod);
        if (p.authenticationData)
            d << ", auth data " << p.authenticationData->size() << " bytes";
        optional(d, "request problem info", p.requestProblemInformation);
        optional(d, "will delay", p.willDelayInterval);
        optional(d, "request response info", p.requestResponseInformation);
        optional(d, "response info", p.responseInformation);
        optional(d, "server reference", p.serverReference);
        optional(d, "reason", p.reasonString);
        optional(d, "receive maximum", p.receiveMaximum);
        optional(d, "topic alias maximum", p.topicAliasMaximum);
        optional(d, "topic alias", p.topicAlias);
        optional(d, "maximum qos", p.maximumQoS);
        optional(d, "retain available", p.retainAvailable);
        for (const UserProperty &user : p.userProperties)
            d << ", user " << user.name << '=' << user.value;
        optional(d, "maximum packet size", p.maximumPacketSize);
        optional(d, "wildcard available", p.wildcardSubscriptionAvailable);
        optional(d, "subscription ids available", p.subscriptionIdentifierAvailable);
        optional(d, "shared available", p.sharedSubscriptionAvailable);
    }
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << "properties{" << QStringView(text).mid(2) << '}';
    return debug;
}

QDebug operator<<(QDebug debug, const Packet &packet)
{
    QDebugStateSaver saver(debug);
    debug.nospace();
    std::visit(Describer { debug }, packet);
    debug << ')';
    return debug;
}

} // namespace Mqtt
