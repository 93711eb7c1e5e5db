// SPDX-License-Identifier: MIT
#include "codec/mqttreason.h"

#include <QCoreApplication>

namespace Mqtt {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Mqtt", text);
}

QString hexByte(quint8 code)
{
    return QString::number(code, 16).toUpper().rightJustified(2, u'0');
}

QString grantedQoS(quint8 code)
{
    return translated(QT_TRANSLATE_NOOP("Mqtt", "granted QoS %1")).arg(code);
}

QString v3Text(quint8 code, PacketType context)
{
    if (context == PacketType::ConnAck) {
        switch (code) {
        case 0:
            return translated(QT_TRANSLATE_NOOP("Mqtt", "connection accepted"));
        case 1:
            return translated(QT_TRANSLATE_NOOP("Mqtt", "unacceptable protocol version"));
        case 2:
            return translated(QT_TRANSLATE_NOOP("Mqtt", "identifier rejected"));
        case 3:
            return translated(QT_TRANSLATE_NOOP("Mqtt", "server unavailable"));
        case 4:
            return translated(QT_TRANSLATE_NOOP("Mqtt", "bad user name or password"));
        case 5:
            return translated(QT_TRANSLATE_NOOP("Mqtt", "not authorized"));
        default:
            break;
        }
    } else if (context == PacketType::SubAck) {
        if (code <= 2)
            return grantedQoS(code);
        if (code == 0x80)
            return translated(QT_TRANSLATE_NOOP("Mqtt", "failure"));
    } else if (code == 0) {
        return translated(QT_TRANSLATE_NOOP("Mqtt", "success"));
    }
    return translated(QT_TRANSLATE_NOOP("Mqtt", "unknown return code %1")).arg(code);
}

const char *v5Text(quint8 code)
{
    switch (code) {
    case 0x04:
        return QT_TRANSLATE_NOOP("Mqtt", "disconnect with will message");
    case 0x10:
        return QT_TRANSLATE_NOOP("Mqtt", "no matching subscribers");
    case 0x11:
        return QT_TRANSLATE_NOOP("Mqtt", "no subscription existed");
    case 0x18:
        return QT_TRANSLATE_NOOP("Mqtt", "continue authentication");
    case 0x19:
        return QT_TRANSLATE_NOOP("Mqtt", "re-authenticate");
    case 0x80:
        return QT_TRANSLATE_NOOP("Mqtt", "unspecified error");
    case 0x81:
        return QT_TRANSLATE_NOOP("Mqtt", "malformed packet");
    case 0x82:
        return QT_TRANSLATE_NOOP("Mqtt", "protocol error");
    case 0x83:
        return QT_TRANSLATE_NOOP("Mqtt", "implementation specific error");
    case 0x84:
        return QT_TRANSLATE_NOOP("Mqtt", "unsupported protocol version");
    case 0x85:
        return QT_TRANSLATE_NOOP("Mqtt", "client identifier not valid");
    case 0x86:
        return QT_TRANSLATE_NOOP("Mqtt", "bad user name or password");
    case 0x87:
        return QT_TRANSLATE_NOOP("Mqtt", "not authorized");
    case 0x88:
        return QT_TRANSLATE_NOOP("Mqtt", "server unavailable");
    case 0x89:
        return QT_TRANSLATE_NOOP("Mqtt", "server busy");
    case 0x8A:
        return QT_TRANSLATE_NOOP("Mqtt", "banned");
    case 0x8B:
        return QT_TRANSLATE_NOOP("Mqtt", "server shutting down");
    case 0x8C:
        return QT_TRANSLATE_NOOP("Mqtt", "bad authentication method");
    case 0x8D:
        return QT_TRANSLATE_NOOP("Mqtt", "keep alive timeout");
    case 0x8E:
        return QT_TRANSLATE_NOOP("Mqtt", "session taken over");
    case 0x8F:
        return QT_TRANSLATE_NOOP("Mqtt", "topic filter invalid");
    case 0x90:
        return QT_TRANSLATE_NOOP("Mqtt", "topic name invalid");
    case 0x91:
        return QT_TRANSLATE_NOOP("Mqtt", "packet identifier in use");
    case 0x92:
        return QT_TRANSLATE_NOOP("Mqtt", "packet identifier not found");
    case 0x93:
        return QT_TRANSLATE_NOOP("Mqtt", "receive maximum exceeded");
    case 0x94:
        return QT_TRANSLATE_NOOP("Mqtt", "topic alias invalid");
    case 0x95:
        return QT_TRANSLATE_NOOP("Mqtt", "packet too large");
    case 0x96:
        return QT_TRANSLATE_NOOP("Mqtt", "message rate too high");
    case 0x97:
        return QT_TRANSLATE_NOOP("Mqtt", "quota exceeded");
    case 0x98:
        return QT_TRANSLATE_NOOP("Mqtt", "administrative action");
    case 0x99:
        return QT_TRANSLATE_NOOP("Mqtt", "payload format invalid");
    case 0x9A:
        return QT_TRANSLATE_NOOP("Mqtt", "retain not supported");
    case 0x9B:
        return QT_TRANSLATE_NOOP("Mqtt", "QoS not supported");
    case 0x9C:
        return QT_TRANSLATE_NOOP("Mqtt", "use another server");
    case 0x9D:
        return QT_TRANSLATE_NOOP("Mqtt", "server moved");
    case 0x9E:
        return QT_TRANSLATE_NOOP("Mqtt", "shared subscriptions not supported");
    case 0x9F:
        return QT_TRANSLATE_NOOP("Mqtt", "connection rate exceeded");
    case 0xA0:
        return QT_TRANSLATE_NOOP("Mqtt", "maximum connect time");
    case 0xA1:
        return QT_TRANSLATE_NOOP("Mqtt", "subscription identifiers not supported");
    case 0xA2:
        return QT_TRANSLATE_NOOP("Mqtt", "wildcard subscriptions not supported");
    default:
        return nullptr;
    }
}

} // namespace

QString reasonCodeText(quint8 code, PacketType context, ProtocolVersion version)
{
    if (version != ProtocolVersion::V5)
        return v3Text(code, context);
    if (context == PacketType::SubAck && code <= 2)
        return grantedQoS(code);
    if (code == 0)
        return context == PacketType::Disconnect ? translated(QT_TRANSLATE_NOOP("Mqtt", "normal disconnection"))
                                                 : translated(QT_TRANSLATE_NOOP("Mqtt", "success"));
    if (const char *text = v5Text(code))
        return translated(text);
    return translated(QT_TRANSLATE_NOOP("Mqtt", "unknown reason code 0x%1")).arg(hexByte(code));
}

} // namespace Mqtt
