// SPDX-License-Identifier: MIT
#include "session/mqttinflight.h"

#include <algorithm>

namespace Mqtt {

InFlightPublish *InFlightTable::find(quint16 packetId)
{
    auto it = m_entries.find(packetId);
    return it == m_entries.end() ? nullptr : &it.value();
}

void InFlightTable::insert(Token token, Publish message)
{
    InFlightPublish entry;
    entry.token = token;
    entry.stage = message.qos >= 2 ? InFlightPublish::Stage::AwaitingPubRec : InFlightPublish::Stage::AwaitingPubAck;
    entry.order = m_nextOrder++;
    const quint16 id = message.packetId;
    entry.message = std::move(message);
    m_entries.insert(id, std::move(entry));
}

void InFlightTable::markReleased(quint16 packetId)
{
    if (InFlightPublish *entry = find(packetId)) {
        // A PUBREC for a message not yet sent again on this connection: the broker has it, so its PUBLISH must not
        // follow the PUBREL (the broker would take it for a new message).
        setResendPending(entry, false);
        entry->stage = InFlightPublish::Stage::AwaitingPubComp;
        entry->order = m_nextOrder++;
    }
}

bool InFlightTable::take(quint16 packetId, InFlightPublish *entry)
{
    auto it = m_entries.find(packetId);
    if (it == m_entries.end())
        return false;
    if (it.value().resendPending)
        --m_resendPending;
    *entry = std::move(it.value());
    m_entries.erase(it);
    return true;
}

void InFlightTable::setResendPending(InFlightPublish *entry, bool pending)
{
    if (entry->resendPending == pending)
        return;
    entry->resendPending = pending;
    m_resendPending += pending ? 1 : -1;
}

std::vector<InFlightPublish *> InFlightTable::inOrder()
{
    std::vector<InFlightPublish *> result;
    result.reserve(m_entries.size());
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        result.push_back(&it.value());
    std::sort(result.begin(), result.end(),
        [](const InFlightPublish *a, const InFlightPublish *b) { return a->order < b->order; });
    return result;
}

std::vector<InFlightPublish> InFlightTable::takeAll()
{
    std::vector<InFlightPublish> result;
    result.reserve(m_entries.size());
    for (InFlightPublish *entry : inOrder())
        result.push_back(std::move(*entry));
    m_entries.clear();
    m_resendPending = 0;
    return result;
}

} // namespace Mqtt
