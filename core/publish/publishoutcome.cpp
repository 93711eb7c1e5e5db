// SPDX-License-Identifier: MIT
#include "publish/publishoutcome.h"

#include "codec/mqttreason.h"

using namespace Qt::StringLiterals;

namespace {
QString hexCode(quint8 code)
{
    return u"0x"_s + QString::number(code, 16).toUpper().rightJustified(2, u'0');
}
} // namespace

QString PublishOutcome::text() const
{
    QString words;
    const Mqtt::PacketType ack = qos == 2 ? Mqtt::PacketType::PubRec : Mqtt::PacketType::PubAck;
    switch (kind) {
    case Kind::Queued:
        return tr("queued: %1").arg(sentence);
    case Kind::Failed:
        return sentence;
    case Kind::Sent:
        words = tr("sent");
        break;
    case Kind::Acknowledged:
        words = tr("acknowledged (PUBACK)");
        break;
    case Kind::Completed:
        words = tr("completed (PUBCOMP)");
        break;
    case Kind::Refused:
        words = tr("%1 (%2)").arg(Mqtt::reasonCodeText(reasonCode, ack, version), hexCode(reasonCode));
        break;
    }
    if (kind != Kind::Refused && reasonCode != 0) // e.g. 0x10 no matching subscribers
        words += u": "_s + tr("%1 (%2)").arg(Mqtt::reasonCodeText(reasonCode, ack, version), hexCode(reasonCode));
    if (!reasonString.isEmpty())
        words += u": “"_s + reasonString + u'”';
    return words;
}
