// SPDX-License-Identifier: MIT
#include "sessionfuzzcase.h"

#include "codec/mqttcodec.h"
#include "session/mqttsession.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Fuzz {

namespace {

using namespace Mqtt;

QLatin1StringView eventName(SessionEvent::Type type)
{
    switch (type) {
    case SessionEvent::Type::Connected:
        return "Connected"_L1;
    case SessionEvent::Type::ConnectionRefused:
        return "ConnectionRefused"_L1;
    case SessionEvent::Type::SubscriptionsLost:
        return "SubscriptionsLost"_L1;
    case SessionEvent::Type::PublishCompleted:
        return "PublishCompleted"_L1;
    case SessionEvent::Type::PublishFailed:
        return "PublishFailed"_L1;
    case SessionEvent::Type::SubscribeCompleted:
        return "SubscribeCompleted"_L1;
    case SessionEvent::Type::SubscribeFailed:
        return "SubscribeFailed"_L1;
    case SessionEvent::Type::UnsubscribeCompleted:
        return "UnsubscribeCompleted"_L1;
    case SessionEvent::Type::UnsubscribeFailed:
        return "UnsubscribeFailed"_L1;
    case SessionEvent::Type::AuthReceived:
        return "AuthReceived"_L1;
    case SessionEvent::Type::ServerDisconnected:
        return "ServerDisconnected"_L1;
    case SessionEvent::Type::ProtocolViolation:
        return "ProtocolViolation"_L1;
    case SessionEvent::Type::KeepAliveTimeout:
        return "KeepAliveTimeout"_L1;
    }
    return "unknown"_L1;
}

// Checks what the session writes and reports against what the broker allowed on the current network connection.
class Oracle {
public:
    Oracle(ProtocolVersion version, SessionCaseResult &result)
        : m_version(version)
        , m_result(result)
    {
    }

    bool failed() const { return !m_result.failure.isEmpty(); }

    // A new network connection: the previous one's limits and aliases are gone.
    void connectionOpened()
    {
        ++m_result.connections;
        m_connection = {};
    }

    void requested(Token token)
    {
        if (token == 0)
            fail(u"a request was given token 0"_s);
        else if (!m_pending.contains(token) && !m_finished.contains(token))
            m_pending.insert(token);
        else
            fail(u"token %1 was handed out twice"_s.arg(token));
    }

    // Drains the session's output; its events first, since a CONNACK in this chunk sets the limits.
    void drain(Session &session)
    {
        for (const SessionEvent &event : session.takeEvents())
            checkEvent(event);
        checkOutgoing(session.takeOutgoing());
        (void)session.takeMessages();
    }

private:
    struct Connection {
        bool connectSent = false;
        bool connAckAccepted = false;
        quint16 topicAliasMaximum = 0; // the CONNACK's; 0 = no aliases [MQTT-3.2.2-18]
        quint32 maximumPacketSize = 0; // the CONNACK's; 0 = no limit beyond the protocol's
        QSet<quint16> aliases; // set by a PUBLISH with a topic on this connection
    };

    void fail(const QString &what)
    {
        if (m_result.failure.isEmpty())
            m_result.failure = what;
    }

    void checkEvent(const SessionEvent &event)
    {
        using Type = SessionEvent::Type;
        switch (event.type) {
        case Type::Connected:
            if (m_connection.connAckAccepted)
                fail(u"two Connected events on one network connection"_s);
            ++m_result.connAcks;
            m_connection.connAckAccepted = true;
            m_connection.topicAliasMaximum = event.connAck.properties.topicAliasMaximum.value_or(0);
            m_connection.maximumPacketSize = event.connAck.properties.maximumPacketSize.value_or(0);
            return;
        case Type::PublishCompleted:
        case Type::PublishFailed:
        case Type::SubscribeCompleted:
        case Type::SubscribeFailed:
        case Type::UnsubscribeCompleted:
        case Type::UnsubscribeFailed:
            if (!m_pending.remove(event.token)) {
                fail(
                    u"%1 for token %2, which %3"_s.arg(eventName(event.type))
                        .arg(event.token)
                        .arg(m_finished.contains(event.token) ? u"had finished already"_s : u"was never handed out"_s));
            }
            m_finished.insert(event.token);
            if (event.type == Type::PublishFailed || event.type == Type::SubscribeFailed
                || event.type == Type::UnsubscribeFailed) {
                ++m_result.requestsFailed;
                if (event.text.isEmpty())
                    fail(u"%1 without a sentence"_s.arg(eventName(event.type)));
            }
            return;
        case Type::ProtocolViolation:
        case Type::ConnectionRefused:
        case Type::KeepAliveTimeout:
        case Type::ServerDisconnected:
            if (event.text.isEmpty())
                fail(u"%1 without a sentence"_s.arg(eventName(event.type)));
            return;
        case Type::SubscriptionsLost:
        case Type::AuthReceived:
            return;
        }
    }

    void checkOutgoing(const QByteArray &bytes)
    {
        Decoder decoder(Role::Server, m_version);
        decoder.setTopicAliasMaximum(m_connection.topicAliasMaximum);
        QByteArrayView rest(bytes);
        while (!rest.isEmpty() && !failed()) {
            const DecodeResult result = decoder.decode(rest);
            if (result.status != DecodeResult::Status::Complete) {
                fail(u"the session wrote bytes that are not a valid client packet on this connection: "_s
                    + (result.error.isEmpty() ? u"an incomplete packet"_s : result.error));
                return;
            }
            checkPacket(result.packet, result.consumed);
            rest = rest.sliced(result.consumed);
        }
    }

    void checkPacket(const Packet &packet, qsizetype size)
    {
        ++m_result.packetsSent;
        const PacketType type = packetType(packet);
        if (type == PacketType::Connect) {
            if (m_connection.connectSent)
                fail(u"a second CONNECT on one network connection"_s);
            m_connection.connectSent = true;
            return;
        }
        if (!m_connection.connectSent) {
            fail(u"a packet of type %1 before CONNECT"_s.arg(int(type)));
            return;
        }
        if (!m_connection.connAckAccepted) {
            if (type != PacketType::Disconnect)
                fail(u"a packet of type %1 before the broker accepted the connection"_s.arg(int(type)));
            return;
        }
        if (m_connection.maximumPacketSize != 0 && size > qsizetype(m_connection.maximumPacketSize)) {
            fail(u"a packet of type %1 of %2 bytes, but the broker's Maximum Packet Size is %3 [MQTT-3.2.2-15]"_s
                     .arg(int(type))
                     .arg(size)
                     .arg(m_connection.maximumPacketSize));
            return;
        }
        const auto *publish = std::get_if<Publish>(&packet);
        if (!publish || !publish->properties.topicAlias)
            return;
        ++m_result.aliasedPublishes;
        const quint16 alias = *publish->properties.topicAlias; // the decoder checked 1..Topic Alias Maximum
        if (!publish->topic.isEmpty())
            m_connection.aliases.insert(alias);
        else if (!m_connection.aliases.contains(alias))
            fail(u"a PUBLISH with Topic Alias %1 alone, which was not set on this network connection "
                 "(MQTT 5.0 section 3.3.2.3.4)"_s.arg(alias));
    }

    ProtocolVersion m_version;
    SessionCaseResult &m_result;
    Connection m_connection;
    QSet<Token> m_pending;
    QSet<Token> m_finished;
};

} // namespace

SessionCaseResult runSessionCase(QByteArrayView input)
{
    SessionCaseResult result;
    if (input.isEmpty())
        return result;
    const quint8 setup = quint8(input.at(0));
    const ProtocolVersion version = (setup & 1) ? ProtocolVersion::V5 : ProtocolVersion::V311;
    SessionConfig config;
    config.connect.version = version;
    config.connect.clientId = u"fuzz"_s;
    config.connect.cleanStart = setup & 2;
    config.connect.keepAliveSeconds = (setup & 4) ? 5 : 0;
    if (version == ProtocolVersion::V5) {
        config.receiveMaximum = (setup & 8) ? 2 : 100;
        config.maximumPacketSize = 4096; // never wait for a huge packet that cannot come
        config.topicAliasMaximum = (setup & 16) ? 4 : 0;
        config.outboundTopicAliases = setup & 32;
    }
    Session session(config);
    Oracle oracle(version, result);
    qint64 now = 1000;
    oracle.connectionOpened();
    session.connectionOpened(now);
    oracle.drain(session);

    const qsizetype size = input.size();
    qsizetype at = 1;
    while (at < size && !oracle.failed()) {
        const quint8 control = quint8(input.at(at++));
        const qsizetype wanted = control & 0x1f; // 31 means "all the rest"
        const qsizetype chunk = wanted == 0x1f ? size - at : std::min(wanted, size - at);
        switch (control >> 5) {
        case 1: {
            Publish message;
            message.topic = u"fuzz/out"_s;
            message.payload = QByteArray(int(control & 7), 'x');
            message.qos = quint8(control % 3);
            oracle.requested(session.publish(message, now));
            break;
        }
        case 2:
            oracle.requested(session.subscribe({ Subscription { u"fuzz/#"_s, { quint8(control % 3) } } }, {}, now));
            break;
        case 3:
            now += 3000;
            session.tick(now);
            break;
        case 4:
            if (result.connections < 4) { // a reconnect: the session must resume or restart cleanly
                session.connectionClosed();
                oracle.drain(session);
                oracle.connectionOpened();
                session.connectionOpened(now);
            }
            break;
        case 5:
            oracle.requested(session.unsubscribe({ u"fuzz/#"_s }, {}, now));
            break;
        case 6: {
            // Larger messages, to meet a small Maximum Packet Size and the room a topic alias takes.
            Publish message;
            message.topic = u"fuzz/out/a/much/longer/topic"_s;
            message.payload = QByteArray(int(control & 0x1f) * 8, 'y');
            message.qos = quint8(control % 3);
            oracle.requested(session.publish(message, now));
            break;
        }
        case 7: {
            Disconnect disconnect;
            disconnect.reasonCode = ReasonCode::DisconnectWithWillMessage;
            disconnect.properties.reasonString = u"the fuzzer is done"_s;
            disconnect.properties.userProperties = { UserProperty { u"by"_s, u"fuzz_session"_s } };
            session.disconnect(disconnect);
            break;
        }
        default:
            break;
        }
        session.receiveBytes(input.sliced(at, chunk), now);
        at += chunk;
        oracle.drain(session);
        if (session.wantsClose())
            break;
    }
    return result;
}

} // namespace Fuzz
