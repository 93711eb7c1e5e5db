// SPDX-License-Identifier: MIT
#pragma once

// The packet timeline of one connection: the last N control packets sent and received (a ring, default 100,000),
// with their handshakes grouped and timed: PUBLISH → PUBACK, PUBLISH → PUBREC → PUBREL → PUBCOMP in either
// direction, and SUBSCRIBE → SUBACK, UNSUBSCRIBE → UNSUBACK, CONNECT → CONNACK, PINGREQ → PINGRESP. Filters, a
// latency histogram of the acknowledgements and JSON Lines. Pure: packets come in with their times
// (Mqtt::TracedPacket, from the client's trace hook).

#include "session/packettrace.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <deque>
#include <vector>

struct PacketRecord {
    Mqtt::TracedPacket packet;
    quint64 seq = 0; // 1, 2, ... in arrival order, never reused
    quint64 flow = 0; // seq of the packet that opened its handshake (itself for the first); 0: not part of one
    // Time from the packet before it in the handshake; on the first packet, from it to the handshake's last packet
    // once that arrived. -1: none (yet).
    qint64 stepLatencyUs = -1;
    qint64 flowLatencyUs = -1; // first and last packet of a completed handshake: from the first to the last
    bool flowComplete = false; // the last packet of a handshake, or the first of a completed one
};

struct PacketFilter {
    quint32 types = 0; // bit (1 << PacketType) for each type shown; 0: every type
    QString topic; // topics containing this (case-insensitive); empty: every packet
    qint64 slowerThanUs = 0; // only packets of handshakes that took longer than this; 0: off
    bool matches(const PacketRecord &record) const;
    bool isEmpty() const { return types == 0 && topic.isEmpty() && slowerThanUs <= 0; }
};

class PacketTimeline {
public:
    static constexpr qsizetype DefaultCapacity = 100000;
    // Histogram bucket upper bounds in microseconds; the last bucket takes everything above the last bound.
    static constexpr std::array<qint64, 10> HistogramBoundsUs { 100, 300, 1000, 3000, 10000, 30000, 100000, 300000,
        1000000, 3000000 };
    using Histogram = std::array<quint64, HistogramBoundsUs.size() + 1>;

    struct AppendResult {
        qsizetype added = 0;
        qsizetype evicted = 0; // from the front
        QList<quint64> updated; // seqs of earlier records whose latencies changed (handshake starts)
    };

    explicit PacketTimeline(qsizetype capacity = DefaultCapacity);
    void setCapacity(qsizetype capacity); // drops the oldest records beyond it
    qsizetype capacity() const { return m_capacity; }

    AppendResult append(std::vector<Mqtt::TracedPacket> &&packets);
    AppendResult append(const Mqtt::TracedPacket &packet);
    void clear();

    qsizetype size() const { return qsizetype(m_records.size()); }
    const PacketRecord &at(qsizetype index) const { return m_records[size_t(index)]; }
    quint64 firstSeq() const { return m_records.empty() ? m_nextSeq : m_records.front().seq; }
    // The record of a seq still in the ring, or nullptr.
    const PacketRecord *find(quint64 seq) const;
    quint64 evictedCount() const { return m_evicted; }

    // Completed acknowledgement handshakes (PUBACK, PUBCOMP, SUBACK, UNSUBACK) by their whole latency.
    Histogram latencyHistogram(const PacketFilter &filter = {}) const;
    // Handshakes still waiting for their last packet.
    qsizetype pendingCount() const { return m_open.size(); }

    // One JSON object per line for each record the filter shows (UTF-8, "\n" after each).
    QByteArray toJsonLines(const PacketFilter &filter = {}) const;
    static QByteArray toJson(const PacketRecord &record);
    static QString typeName(Mqtt::PacketType type); // "PUBLISH", "PUBACK", ...
    static QString reasonText(const Mqtt::TracedPacket &packet); // in words; empty when the packet has none

private:
    struct OpenFlow {
        quint64 firstSeq = 0;
        qint64 firstUs = 0;
        qint64 lastUs = 0;
        Mqtt::PacketType expected = Mqtt::PacketType::Reserved; // the next packet of the handshake
        bool firstOutgoing = false; // who sent its first packet
    };
    static quint32 flowKey(bool firstOutgoing, Mqtt::PacketType kind, quint16 packetId);
    void link(PacketRecord &record, AppendResult &result);
    PacketRecord *findMutable(quint64 seq);
    void trim(AppendResult &result);

    std::deque<PacketRecord> m_records;
    QHash<quint32, OpenFlow> m_open;
    qsizetype m_capacity = DefaultCapacity;
    quint64 m_nextSeq = 1;
    quint64 m_evicted = 0;
};
