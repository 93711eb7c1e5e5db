// SPDX-License-Identifier: MIT
// libFuzzer target for the session state machine fed through its byte input, as a transport would. The first
// input byte picks the version and our limits; the rest is cut into chunks (each chunk's first byte gives its
// length and what the client does before it: publish at some QoS, subscribe, let time pass). Invariants: nothing
// crashes, every close comes with a sentence, and everything the session writes decodes as valid client packets.

#include "codec/mqttcodec.h"
#include "session/mqttsession.h"

#include <cstdio>
#include <cstdlib>

using namespace Mqtt;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_session: %s\n", what);
    std::abort();
}

void checkOutgoing(const QByteArray &bytes, ProtocolVersion version)
{
    Decoder decoder(Role::Server, version);
    QByteArrayView rest(bytes);
    while (!rest.isEmpty()) {
        const DecodeResult result = decoder.decode(rest);
        if (result.status != DecodeResult::Status::Complete) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            broken("the session wrote bytes that are not a valid client packet");
        }
        rest = rest.sliced(result.consumed);
    }
}

void drain(Session &session, ProtocolVersion version)
{
    checkOutgoing(session.takeOutgoing(), version);
    for (const SessionEvent &event : session.takeEvents()) {
        const bool failure = event.type == SessionEvent::Type::ProtocolViolation
            || event.type == SessionEvent::Type::ConnectionRefused
            || event.type == SessionEvent::Type::KeepAliveTimeout;
        if (failure && event.text.isEmpty())
            broken("a failure event without a sentence");
    }
    (void)session.takeMessages();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 setup = data[0];
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
    qint64 now = 1000;
    session.connectionOpened(now);
    drain(session, version);

    size_t at = 1;
    int connections = 1;
    while (at < size) {
        const quint8 control = data[at++];
        const size_t wanted = control & 0x1f; // 31 means "all the rest"
        const size_t chunk = wanted == 0x1f ? size - at : std::min(wanted, size - at);
        switch (control >> 5) {
        case 1: {
            Publish message;
            message.topic = u"fuzz/out"_s;
            message.payload = QByteArray(int(control & 7), 'x');
            message.qos = quint8(control % 3);
            session.publish(message, now);
            break;
        }
        case 2:
            session.subscribe({ Subscription { u"fuzz/#"_s, { quint8(control % 3) } } }, {}, now);
            break;
        case 3:
            now += 3000;
            session.tick(now);
            break;
        case 4:
            if (connections < 4) { // a reconnect: the session must resume or restart cleanly
                session.connectionClosed();
                drain(session, version);
                session.connectionOpened(now);
                ++connections;
            }
            break;
        default:
            break;
        }
        session.receiveBytes(QByteArrayView(reinterpret_cast<const char *>(data + at), qsizetype(chunk)), now);
        at += chunk;
        drain(session, version);
        if (session.wantsClose())
            break;
    }
    return 0;
}
