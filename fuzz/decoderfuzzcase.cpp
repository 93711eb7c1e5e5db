// SPDX-License-Identifier: MIT
#include "decoderfuzzcase.h"

#include "codec/mqttcodec.h"
#include "codec/mqttdebug.h"

#include <QDebug>

using namespace Qt::StringLiterals;

namespace Fuzz {

namespace {

using namespace Mqtt;

QString broken(const char *what, const Packet *packet = nullptr)
{
    QString text = QString::fromLatin1(what);
    if (packet) {
        QString words;
        QDebug(&words) << *packet;
        text += u"; packet: "_s + words;
    }
    return text;
}

Decoder makeDecoder(Role role, ProtocolVersion version, quint32 maximumPacketSize)
{
    Decoder decoder(role, version);
    decoder.setTopicAliasMaximum(0xFFFF);
    decoder.setMaximumPacketSize(maximumPacketSize);
    return decoder;
}

QString roundTrip(Role role, ProtocolVersion version, QByteArrayView bytes, quint32 maximumPacketSize)
{
    const DecodeResult result = makeDecoder(role, version, maximumPacketSize).decode(bytes);
    switch (result.status) {
    case DecodeResult::Status::NeedMore:
        return result.consumed == 0 ? QString() : broken("NeedMore consumed bytes");
    case DecodeResult::Status::Malformed:
        if (result.consumed != 0)
            return broken("Malformed consumed bytes");
        if (result.error.isEmpty())
            return broken("Malformed without an error sentence");
        if (result.reasonCode < 0x80)
            return broken("Malformed with a success reason code");
        return {};
    case DecodeResult::Status::Complete:
        break;
    }
    const Packet &packet = result.packet;
    if (result.consumed < 2 || result.consumed > bytes.size())
        return broken("Complete with an impossible size", &packet);
    if (maximumPacketSize != 0 && result.consumed > qsizetype(maximumPacketSize))
        return broken("Complete over the maximum", &packet);

    // A CONNECT is decoded by the level it carries; everything else by the decoder's version.
    const ProtocolVersion encodeVersion
        = std::holds_alternative<Connect>(packet) ? std::get<Connect>(packet).version : version;
    const QByteArray again = encode(packet, encodeVersion);
    if (encodedSize(packet, encodeVersion) != again.size())
        return broken("encodedSize differs from encode", &packet);

    const DecodeResult second = makeDecoder(role, encodeVersion, 0).decode(again);
    if (second.status != DecodeResult::Status::Complete)
        return broken("re-encoded packet does not decode", &packet) + u"; re-decode: "_s + second.error;
    if (second.consumed != again.size())
        return broken("re-encoded packet decodes to a different size", &packet);
    if (!(second.packet == packet))
        return broken("re-encoded packet decodes to a different packet", &packet);
    if (encode(second.packet, encodeVersion) != again)
        return broken("encoding is not stable", &packet);
    return {};
}

} // namespace

QString runDecoderCase(QByteArrayView input)
{
    const qsizetype size = input.size();
    // Some inputs also run against a small Maximum Packet Size taken from their last byte.
    const quint8 last = size > 0 ? quint8(input.at(size - 1)) : 0;
    const quint32 limit = size > 2 && (last & 1) ? quint32(last) + 2 : 0;
    for (Role role : { Role::Client, Role::Server }) {
        for (ProtocolVersion version : { ProtocolVersion::V31, ProtocolVersion::V311, ProtocolVersion::V5 }) {
            QString failure = roundTrip(role, version, input, 0);
            if (failure.isEmpty() && limit)
                failure = roundTrip(role, version, input, limit);
            if (!failure.isEmpty())
                return failure;
        }
    }
    return {};
}

} // namespace Fuzz
