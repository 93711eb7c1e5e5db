// SPDX-License-Identifier: MIT
// libFuzzer target for the MQTT decoder. Every input is decoded in both roles and all three versions; whatever
// decodes must re-encode to bytes that decode to an equal packet, and re-encoding that packet must give the same
// bytes again. Any broken invariant aborts, which libFuzzer reports as a crash.

#include "codec/mqttcodec.h"
#include "codec/mqttdebug.h"

#include <cstdio>
#include <cstdlib>

namespace {

using namespace Mqtt;

[[noreturn]] void broken(const char *what, const Packet *packet = nullptr)
{
    std::fprintf(stderr, "fuzz_decoder: %s\n", what);
    if (packet) {
        QString text;
        QDebug(&text) << *packet;
        std::fprintf(stderr, "  packet: %s\n", qPrintable(text));
    }
    std::abort();
}

void check(bool condition, const char *what, const Packet *packet = nullptr)
{
    if (!condition)
        broken(what, packet);
}

Decoder makeDecoder(Role role, ProtocolVersion version, quint32 maximumPacketSize)
{
    Decoder decoder(role, version);
    decoder.setTopicAliasMaximum(0xFFFF);
    decoder.setMaximumPacketSize(maximumPacketSize);
    return decoder;
}

void roundTrip(Role role, ProtocolVersion version, QByteArrayView bytes, quint32 maximumPacketSize)
{
    const DecodeResult result = makeDecoder(role, version, maximumPacketSize).decode(bytes);
    switch (result.status) {
    case DecodeResult::Status::NeedMore:
        check(result.consumed == 0, "NeedMore consumed bytes");
        return;
    case DecodeResult::Status::Malformed:
        check(result.consumed == 0, "Malformed consumed bytes");
        check(!result.error.isEmpty(), "Malformed without an error sentence");
        check(result.reasonCode >= 0x80, "Malformed with a success reason code");
        return;
    case DecodeResult::Status::Complete:
        break;
    }
    const Packet &packet = result.packet;
    check(result.consumed >= 2 && result.consumed <= bytes.size(), "Complete with an impossible size", &packet);
    check(maximumPacketSize == 0 || result.consumed <= qsizetype(maximumPacketSize), "Complete over the maximum",
        &packet);

    // A CONNECT is decoded by the level it carries; everything else by the decoder's version.
    const ProtocolVersion encodeVersion
        = std::holds_alternative<Connect>(packet) ? std::get<Connect>(packet).version : version;
    const QByteArray again = encode(packet, encodeVersion);
    check(encodedSize(packet, encodeVersion) == again.size(), "encodedSize differs from encode", &packet);

    const DecodeResult second = makeDecoder(role, encodeVersion, 0).decode(again);
    if (second.status != DecodeResult::Status::Complete) {
        std::fprintf(stderr, "  re-decode: %s\n", qPrintable(second.error));
        broken("re-encoded packet does not decode", &packet);
    }
    check(second.consumed == again.size(), "re-encoded packet decodes to a different size", &packet);
    check(second.packet == packet, "re-encoded packet decodes to a different packet", &packet);
    check(encode(second.packet, encodeVersion) == again, "encoding is not stable", &packet);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    // Some inputs also run against a small Maximum Packet Size taken from their last byte.
    const quint32 limit = size > 2 && (data[size - 1] & 1) ? quint32(data[size - 1]) + 2 : 0;
    for (Role role : { Role::Client, Role::Server }) {
        for (ProtocolVersion version : { ProtocolVersion::V31, ProtocolVersion::V311, ProtocolVersion::V5 }) {
            roundTrip(role, version, bytes, 0);
            if (limit)
                roundTrip(role, version, bytes, limit);
        }
    }
    return 0;
}
