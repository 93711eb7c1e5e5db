// SPDX-License-Identifier: MIT
#include "insight/packettimeline.h"

#include "codec/mqttreason.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <span>

using namespace Qt::StringLiterals;
using Mqtt::PacketType;

bool PacketFilter::matches(const PacketRecord &record) const
{
    if (types != 0 && !(types & (1u << quint32(record.packet.type))))
        return false;
    if (slowerThanUs > 0 && record.flowLatencyUs <= slowerThanUs && record.stepLatencyUs <= slowerThanUs)
        return false;
    if (!topic.isEmpty() && !record.packet.topic.contains(topic, Qt::CaseInsensitive))
        return false;
    return true;
}

PacketTimeline::PacketTimeline(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

void PacketTimeline::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(1, capacity);
    AppendResult ignored;
    trim(ignored);
}

void PacketTimeline::clear()
{
    m_records.clear();
    m_open.clear();
}

const PacketRecord *PacketTimeline::find(quint64 seq) const
{
    if (m_records.empty() || seq < m_records.front().seq || seq > m_records.back().seq)
        return nullptr;
    return &m_records[size_t(seq - m_records.front().seq)]; // seqs are contiguous in the ring
}

PacketRecord *PacketTimeline::findMutable(quint64 seq)
{
    return const_cast<PacketRecord *>(std::as_const(*this).find(seq));
}

quint32 PacketTimeline::flowKey(bool firstOutgoing, PacketType kind, quint16 packetId)
{
    // Packet-id handshakes share one id space per sender; CONNECT and PINGREQ have no id (one at a time).
    const bool withoutId = kind == PacketType::Connect || kind == PacketType::PingReq;
    return (firstOutgoing ? 1u << 24 : 0u) | (withoutId ? (1u << 20) | quint32(kind) : quint32(packetId));
}

void PacketTimeline::link(PacketRecord &record, AppendResult &result)
{
    const Mqtt::TracedPacket &p = record.packet;
    const bool out = p.outgoing;
    auto open = [&](PacketType kind, PacketType expected) {
        OpenFlow flow { record.seq, p.timeUs, p.timeUs, expected, out };
        m_open.insert(flowKey(out, kind, p.packetId), flow); // an id reused without an answer replaces the old one
        record.flow = record.seq;
    };
    // Continues the handshake opened by firstOutgoing; complete: this packet ends it.
    auto step = [&](bool firstOutgoing, PacketType kind, PacketType next, bool complete) {
        const auto it = m_open.find(flowKey(firstOutgoing, kind, p.packetId));
        if (it == m_open.end() || it->expected != p.type)
            return;
        record.flow = it->firstSeq;
        record.stepLatencyUs = std::max<qint64>(0, p.timeUs - it->lastUs);
        if (PacketRecord *first = findMutable(it->firstSeq); first && record.packet.topic.isEmpty())
            record.packet.topic = first->packet.topic; // the acknowledgement's topic is its PUBLISH's
        it->lastUs = p.timeUs;
        it->expected = next;
        if (!complete)
            return;
        const qint64 total = std::max<qint64>(0, p.timeUs - it->firstUs);
        record.flowLatencyUs = total;
        record.flowComplete = true;
        if (PacketRecord *first = findMutable(it->firstSeq)) {
            first->flowLatencyUs = total;
            first->stepLatencyUs = total;
            first->flowComplete = true;
            result.updated.append(first->seq);
        }
        m_open.erase(it);
    };
    const bool failed = p.hasReasonCode && p.reasonCode >= 0x80;
    switch (p.type) {
    case PacketType::Publish:
        if (p.qos == 1)
            open(PacketType::Publish, PacketType::PubAck);
        else if (p.qos == 2)
            open(PacketType::Publish, PacketType::PubRec);
        break;
    case PacketType::PubAck:
        step(!out, PacketType::Publish, PacketType::Reserved, true);
        break;
    case PacketType::PubRec: // a failure code ends the QoS 2 handshake here
        step(!out, PacketType::Publish, PacketType::PubRel, failed);
        break;
    case PacketType::PubRel: // sent by who sent the PUBLISH
        step(out, PacketType::Publish, PacketType::PubComp, false);
        break;
    case PacketType::PubComp:
        step(!out, PacketType::Publish, PacketType::Reserved, true);
        break;
    case PacketType::Subscribe:
        open(PacketType::Subscribe, PacketType::SubAck);
        break;
    case PacketType::SubAck:
        step(!out, PacketType::Subscribe, PacketType::Reserved, true);
        break;
    case PacketType::Unsubscribe:
        open(PacketType::Unsubscribe, PacketType::UnsubAck);
        break;
    case PacketType::UnsubAck:
        step(!out, PacketType::Unsubscribe, PacketType::Reserved, true);
        break;
    case PacketType::Connect:
        open(PacketType::Connect, PacketType::ConnAck);
        break;
    case PacketType::ConnAck:
        step(!out, PacketType::Connect, PacketType::Reserved, true);
        break;
    case PacketType::PingReq:
        open(PacketType::PingReq, PacketType::PingResp);
        break;
    case PacketType::PingResp:
        step(!out, PacketType::PingReq, PacketType::Reserved, true);
        break;
    default:
        break;
    }
}

void PacketTimeline::trim(AppendResult &result)
{
    while (qsizetype(m_records.size()) > m_capacity) {
        m_records.pop_front();
        ++result.evicted;
        ++m_evicted;
    }
}

PacketTimeline::AppendResult PacketTimeline::append(const Mqtt::TracedPacket &packet)
{
    std::vector<Mqtt::TracedPacket> one { packet };
    return append(std::move(one));
}

PacketTimeline::AppendResult PacketTimeline::append(std::vector<Mqtt::TracedPacket> &&packets)
{
    AppendResult result;
    // A batch at least as large as the ring replaces all of it, and its first packets would leave it at once: they
    // only follow their handshakes (link()) and count as evicted, which keeps a flood's batches cheap.
    size_t skip = 0;
    if (qsizetype(packets.size()) >= m_capacity) {
        result.evicted += qsizetype(m_records.size());
        m_evicted += m_records.size();
        m_records.clear();
        skip = packets.size() - size_t(m_capacity);
    }
    for (size_t i = 0; i < skip; ++i) {
        PacketRecord record;
        record.packet = std::move(packets[i]);
        record.seq = m_nextSeq++;
        link(record, result);
        ++result.added;
        ++result.evicted;
        ++m_evicted;
    }
    for (Mqtt::TracedPacket &packet : std::span(packets).subspan(skip)) {
        PacketRecord record;
        record.packet = std::move(packet);
        record.seq = m_nextSeq++;
        m_records.push_back(std::move(record));
        link(m_records.back(), result);
        ++result.added;
        if (qsizetype(m_records.size()) > m_capacity) { // a batch larger than the ring never holds more than it
            m_records.pop_front();
            ++result.evicted;
            ++m_evicted;
        }
    }
    // Updates of records that were evicted in the same call, or added in it, are of no interest to a view.
    const quint64 first = firstSeq();
    const quint64 firstNew = m_nextSeq - quint64(result.added);
    result.updated.removeIf([first, firstNew](quint64 seq) { return seq < first || seq >= firstNew; });
    return result;
}

PacketTimeline::Histogram PacketTimeline::latencyHistogram(const PacketFilter &filter) const
{
    Histogram histogram {};
    for (const PacketRecord &record : m_records) {
        const PacketType type = record.packet.type;
        if (!record.flowComplete || record.flow == record.seq
            || (type != PacketType::PubAck && type != PacketType::PubComp && type != PacketType::SubAck
                && type != PacketType::UnsubAck))
            continue;
        if (!filter.matches(record))
            continue;
        const auto bound = std::lower_bound(HistogramBoundsUs.begin(), HistogramBoundsUs.end(), record.flowLatencyUs);
        ++histogram[size_t(bound - HistogramBoundsUs.begin())];
    }
    return histogram;
}

QString PacketTimeline::typeName(PacketType type)
{
    static const char *const names[] = { "RESERVED", "CONNECT", "CONNACK", "PUBLISH", "PUBACK", "PUBREC", "PUBREL",
        "PUBCOMP", "SUBSCRIBE", "SUBACK", "UNSUBSCRIBE", "UNSUBACK", "PINGREQ", "PINGRESP", "DISCONNECT", "AUTH" };
    return QString::fromLatin1(names[quint8(type) & 0x0F]);
}

QString PacketTimeline::reasonText(const Mqtt::TracedPacket &packet)
{
    if (!packet.hasReasonCode)
        return {};
    return Mqtt::reasonCodeText(packet.reasonCode, packet.type, packet.version);
}

QByteArray PacketTimeline::toJson(const PacketRecord &record)
{
    const Mqtt::TracedPacket &p = record.packet;
    QJsonObject object;
    object.insert(u"seq"_s, qint64(record.seq));
    object.insert(u"time"_s, QDateTime::fromMSecsSinceEpoch(p.timeUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs));
    object.insert(u"time_us"_s, p.timeUs);
    object.insert(u"direction"_s, p.outgoing ? u"out"_s : u"in"_s);
    object.insert(u"type"_s, typeName(p.type));
    if (p.packetId != 0)
        object.insert(u"packet_id"_s, p.packetId);
    if (p.type == PacketType::Publish)
        object.insert(u"qos"_s, p.qos);
    if (!p.topic.isEmpty())
        object.insert(u"topic"_s, p.topic);
    object.insert(u"size"_s, qint64(p.size));
    if (p.hasReasonCode) {
        object.insert(u"reason_code"_s, p.reasonCode);
        object.insert(u"reason"_s, reasonText(p));
    }
    if (record.flow != 0)
        object.insert(u"flow"_s, qint64(record.flow));
    if (record.stepLatencyUs >= 0)
        object.insert(u"step_latency_ms"_s, double(record.stepLatencyUs) / 1000.0);
    if (record.flowLatencyUs >= 0)
        object.insert(u"latency_ms"_s, double(record.flowLatencyUs) / 1000.0);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray PacketTimeline::toJsonLines(const PacketFilter &filter) const
{
    QByteArray lines;
    for (const PacketRecord &record : m_records) {
        if (!filter.matches(record))
            continue;
        lines += toJson(record);
        lines += '\n';
    }
    return lines;
}
