// SPDX-License-Identifier: MIT
#include "charts/chartfeed.h"

#include "codec/mqtttopic.h"
#include "payload/payloadtree.h"
#include "store/topicstore.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype TopicCacheLimit = 100'000;
constexpr int BackfillChunk = 4096; // messages read from the history per call
} // namespace

ChartFeed::ChartFeed(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

ChartFeed::~ChartFeed() = default;

int ChartFeed::addDefinition(const SeriesDefinition &spec, const TopicStore *store)
{
    QMutexLocker lock(&m_mutex);
    Definition definition;
    definition.id = m_nextDefinition++;
    definition.spec = spec;
    definition.spec.topicFilter = spec.topicFilter.trimmed();
    definition.spec.path = spec.path.trimmed();
    definition.path = NumericPath::parse(definition.spec.path);
    const QString filter = definition.spec.topicFilter; // a copy: definition moves into the map below
    if (!Mqtt::isValidTopicFilter(filter))
        definition.error = QCoreApplication::translate("ChartFeed",
            "\"%1\" is not a topic or topic filter: use levels separated by '/', '+' for one level, '#' at the end.")
                               .arg(filter);
    else if (!definition.path.isValid())
        definition.error = definition.path.error();
    definition.exact = !filter.contains(u'+') && !filter.contains(u'#');
    const auto inserted = m_definitions.emplace(definition.id, std::move(definition));
    const Definition &added = inserted.first->second;
    m_topicCache.clear();
    updatePrefixes();
    ++m_version;
    if (!added.error.isEmpty() || !store)
        return added.id;

    // Back-fill every matching topic that the store knows, from its kept history.
    QList<NodeId> nodes;
    if (added.exact) {
        if (const std::optional<NodeId> node = store->find(filter); node && store->hasMessage(*node))
            nodes.append(*node);
    } else {
        for (NodeId id = 1; id < NodeId(store->nodeCount()); ++id) {
            if (store->hasMessage(id) && Mqtt::topicMatches(filter, store->topic(id)))
                nodes.append(id);
        }
    }
    QList<StoredMessage> messages;
    for (const NodeId node : nodes) {
        Series *series = createSeries(added, store->topic(node));
        const HistoryInfo info = store->historyInfo(node);
        if (info.kept == 0) {
            const StoredMessage last = store->lastMessage(node);
            std::shared_ptr<const PayloadTree> tree;
            bool decoded = false;
            add(*series, last.payload, last.timeMs, tree, decoded);
            continue;
        }
        for (quint64 next = info.firstKept(); next < info.received;) {
            messages.clear();
            const int read = store->readHistory(node, next, BackfillChunk, messages);
            if (read <= 0)
                break;
            for (const StoredMessage &message : std::as_const(messages)) {
                std::shared_ptr<const PayloadTree> tree;
                bool decoded = false;
                add(*series, message.payload, message.timeMs, tree, decoded);
            }
            next += quint64(read);
        }
    }
    return added.id;
}

void ChartFeed::removeDefinition(int id)
{
    QMutexLocker lock(&m_mutex);
    m_definitions.erase(id);
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (it->second->definition == id)
            it = m_series.erase(it);
        else
            ++it;
    }
    m_topicCache.clear();
    updatePrefixes();
    ++m_version;
}

void ChartFeed::updatePrefixes()
{
    m_prefixes.clear();
    for (const auto &[id, definition] : m_definitions) {
        if (!definition.error.isEmpty())
            continue;
        const QString &filter = definition.spec.topicFilter;
        if (definition.exact) {
            m_prefixes.append(Prefix { filter, filter.size() });
            continue;
        }
        // "a/b/+/c" -> "a/b/"; "a/#" -> "a" (a/# matches "a" itself too); "+/x" or "#" -> "" (everything).
        const qsizetype plus = filter.indexOf(u'+');
        const qsizetype hash = filter.indexOf(u'#');
        qsizetype cut = plus < 0 ? hash : (hash < 0 ? plus : std::min(plus, hash));
        if (cut == hash && cut > 0)
            --cut; // drop the '/' before '#'
        m_prefixes.append(Prefix { filter.left(std::max<qsizetype>(0, cut)), -1 });
    }
}

bool ChartFeed::hasDefinitions() const
{
    QMutexLocker lock(&m_mutex);
    return !m_definitions.empty();
}

std::optional<SeriesDefinition> ChartFeed::definition(int id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_definitions.find(id);
    if (it == m_definitions.end())
        return std::nullopt;
    return it->second.spec;
}

QString ChartFeed::definitionError(int id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_definitions.find(id);
    return it == m_definitions.end() ? QString() : it->second.error;
}

void ChartFeed::setCapacity(qsizetype pointsPerSeries)
{
    QMutexLocker lock(&m_mutex);
    m_capacity = std::max<qsizetype>(1, pointsPerSeries);
    for (auto &entry : m_series)
        entry.second->buffer.setCapacity(m_capacity);
}

qsizetype ChartFeed::capacity() const
{
    QMutexLocker lock(&m_mutex);
    return m_capacity;
}

ChartFeed::Series *ChartFeed::createSeries(const Definition &definition, const QString &topic)
{
    auto series = std::make_unique<Series>();
    series->id = m_nextSeries++;
    series->definition = definition.id;
    series->topic = topic;
    series->buffer = SeriesBuffer(m_capacity);
    Series *raw = series.get();
    m_series.emplace(raw->id, std::move(series));
    ++m_version;
    return raw;
}

const QList<ChartFeed::Series *> &ChartFeed::seriesForTopic(const QString &topic)
{
    auto it = m_topicCache.constFind(topic);
    if (it != m_topicCache.cend())
        return it.value();
    if (m_topicCache.size() >= TopicCacheLimit)
        m_topicCache.clear();
    QList<Series *> list;
    for (const auto &[id, definition] : m_definitions) {
        if (!definition.error.isEmpty())
            continue;
        if (definition.exact ? definition.spec.topicFilter != topic
                             : !Mqtt::topicMatches(definition.spec.topicFilter, topic))
            continue;
        Series *found = nullptr;
        for (const auto &entry : m_series) {
            if (entry.second->definition == id && entry.second->topic == topic) {
                found = entry.second.get();
                break;
            }
        }
        list.append(found ? found : createSeries(definition, topic));
    }
    return m_topicCache.insert(topic, list).value();
}

void ChartFeed::add(
    Series &series, const QByteArray &payload, qint64 timeMs, std::shared_ptr<const PayloadTree> &tree, bool &decoded)
{
    const Definition &definition = m_definitions.at(series.definition);
    NumericExtractor::Result result;
    if (definition.path.isRoot()) {
        result = NumericExtractor::extract(payload, definition.path);
    } else {
        // Several series on one topic (all numeric fields of a document) share one decode of each payload.
        if (!decoded) {
            tree = NumericExtractor::decode(payload, NumericExtractor::formatForTopic(series.topic));
            decoded = true;
        }
        if (!tree) {
            result.outcome = NumericExtractor::Outcome::Undecodable;
        } else {
            const quint32 node = NumericExtractor::find(*tree, definition.path);
            result = node == PayloadTree::NoNode ? NumericExtractor::Result { NumericExtractor::Outcome::NoMatch, 0 }
                                                 : NumericExtractor::valueOf(*tree, node);
        }
    }
    switch (result.outcome) {
    case NumericExtractor::Outcome::Number:
        series.buffer.append(timeMs, result.value);
        break;
    case NumericExtractor::Outcome::NotNumber:
        ++series.notNumbers;
        break;
    case NumericExtractor::Outcome::NoMatch:
        ++series.noMatch;
        break;
    case NumericExtractor::Outcome::Undecodable:
        ++series.undecodable;
        break;
    }
}

void ChartFeed::consume(const QList<Mqtt::Publish> &batch, qsizetype from, qsizetype to, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    m_consumed += quint64(std::max<qsizetype>(0, to - from));
    if (m_definitions.empty())
        return;
    for (qsizetype i = from; i < to; ++i) {
        const Mqtt::Publish &message = batch.at(i);
        if (message.topic.isEmpty())
            continue;
        const bool maybe = std::any_of(m_prefixes.cbegin(), m_prefixes.cend(), [&message](const Prefix &prefix) {
            return (prefix.exactLength < 0 || prefix.exactLength == message.topic.size())
                && message.topic.startsWith(prefix.text);
        });
        if (!maybe)
            continue;
        const QList<Series *> &list = seriesForTopic(message.topic);
        if (list.isEmpty())
            continue;
        std::shared_ptr<const PayloadTree> tree;
        bool decoded = false;
        for (Series *series : list)
            add(*series, message.payload, nowMs, tree, decoded);
    }
}

quint64 ChartFeed::structureVersion() const
{
    QMutexLocker lock(&m_mutex);
    return m_version;
}

SeriesInfo ChartFeed::infoOf(const Series &series, qint64 nowMs) const
{
    SeriesInfo info;
    info.id = series.id;
    info.definition = series.definition;
    info.topic = series.topic;
    const auto definition = m_definitions.find(series.definition);
    if (definition != m_definitions.end())
        info.path = definition->second.spec.path;
    info.stats = series.buffer.stats();
    info.points = series.buffer.size();
    info.dropped = series.buffer.dropped();
    info.notNumbers = series.notNumbers;
    info.noMatch = series.noMatch;
    info.undecodable = series.undecodable;
    info.rate = series.buffer.rate(nowMs);
    info.memoryBytes = series.buffer.memoryBytes();
    return info;
}

QList<SeriesInfo> ChartFeed::series(int definition, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    QList<SeriesInfo> list;
    for (const auto &entry : m_series) {
        if (entry.second->definition == definition)
            list.append(infoOf(*entry.second, nowMs));
    }
    return list;
}

std::optional<SeriesInfo> ChartFeed::seriesInfo(int id, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_series.find(id);
    if (it == m_series.end())
        return std::nullopt;
    return infoOf(*it->second, nowMs);
}

DecimatedSeries ChartFeed::decimated(int seriesId, qint64 fromMs, qint64 toMs, int columns) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_series.find(seriesId);
    if (it == m_series.end())
        return {};
    return Decimator::decimate(it->second->buffer, fromMs, toMs, columns);
}

std::vector<std::pair<qint64, double>> ChartFeed::points(int seriesId, qint64 fromMs, qint64 toMs) const
{
    QMutexLocker lock(&m_mutex);
    std::vector<std::pair<qint64, double>> out;
    const auto it = m_series.find(seriesId);
    if (it == m_series.end())
        return out;
    const SeriesBuffer &buffer = it->second->buffer;
    const qsizetype first = buffer.lowerBound(fromMs);
    const qsizetype last = buffer.lowerBound(toMs + 1);
    out.reserve(size_t(std::max<qsizetype>(0, last - first)));
    for (qsizetype i = first; i < last; ++i)
        out.emplace_back(buffer.timeAt(i), double(buffer.valueAt(i)));
    return out;
}

std::optional<std::pair<qint64, double>> ChartFeed::pointAt(int seriesId, qint64 timeMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_series.find(seriesId);
    if (it == m_series.end())
        return std::nullopt;
    const SeriesBuffer &buffer = it->second->buffer;
    const qsizetype after = buffer.lowerBound(timeMs + 1);
    if (after == 0)
        return std::nullopt;
    return std::make_pair(buffer.timeAt(after - 1), double(buffer.valueAt(after - 1)));
}

std::optional<std::pair<qint64, qint64>> ChartFeed::timeRange() const
{
    QList<int> ids;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &entry : m_series)
            ids.append(entry.first);
    }
    return timeRange(ids);
}

std::optional<std::pair<qint64, qint64>> ChartFeed::timeRange(const QList<int> &seriesIds) const
{
    QMutexLocker lock(&m_mutex);
    std::optional<std::pair<qint64, qint64>> range;
    for (const int id : seriesIds) {
        const auto it = m_series.find(id);
        if (it == m_series.end())
            continue;
        const SeriesBuffer &buffer = it->second->buffer;
        if (buffer.isEmpty())
            continue;
        const qint64 first = buffer.timeAt(0);
        const qint64 last = buffer.timeAt(buffer.size() - 1);
        if (!range)
            range = std::make_pair(first, last);
        else
            range = std::make_pair(std::min(range->first, first), std::max(range->second, last));
    }
    return range;
}

qsizetype ChartFeed::memoryBytes() const
{
    QMutexLocker lock(&m_mutex);
    qsizetype total = 0;
    for (const auto &entry : m_series)
        total += entry.second->buffer.memoryBytes();
    return total;
}

quint64 ChartFeed::consumedMessages() const
{
    QMutexLocker lock(&m_mutex);
    return m_consumed;
}
