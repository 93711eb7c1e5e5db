// SPDX-License-Identifier: MIT
#pragma once

// The charts' data of one connection: series definitions (a topic filter and a path), the series they make (one
// per matching topic, including topics that appear later), and each series' points in a SeriesBuffer.
//
// Feeding: the ingest worker hands every message to consume() (MessageSink), in its thread, with the store mutex
// held; extraction (NumericExtractor) happens there, never in the GUI thread. The GUI thread reads decimated copies
// (decimated()) and statistics (series()) at its own pace under this feed's own mutex, which the worker holds only
// for the messages of one batch slice.
//
// Lock order: the store mutex, then the feed's. addDefinition() is called with the store mutex held, so that the
// back-fill from the stored history and the live feed meet without a gap or a message counted twice.

#include "charts/decimator.h"
#include "charts/numericextractor.h"
#include "charts/numericpath.h"
#include "charts/seriesbuffer.h"
#include "ingest/messagesink.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class TopicStore;

struct SeriesDefinition {
    QString topicFilter; // a topic, or an MQTT filter with + and #
    QString path; // empty or "$": the whole payload; else a path into JSON, CBOR or MessagePack
    bool operator==(const SeriesDefinition &) const = default;
};

struct SeriesInfo {
    int id = 0;
    int definition = 0;
    QString topic;
    QString path;
    SeriesStats stats;
    qsizetype points = 0; // kept
    quint64 dropped = 0; // pushed out of the ring
    quint64 notNumbers = 0; // messages whose value is not a number (skipped)
    quint64 noMatch = 0; // messages in which the path names nothing
    quint64 undecodable = 0; // messages that are none of JSON, CBOR, MessagePack (with a path)
    double rate = 0; // values per second over the last 10 s
    qsizetype memoryBytes = 0;
};

class ChartFeed : public MessageSink {
public:
    explicit ChartFeed(qsizetype capacity = SeriesBuffer::DefaultCapacity);
    ~ChartFeed() override;

    // Call with the store mutex held (store may be null: nothing to back-fill). Returns the definition's id, > 0.
    // An invalid filter or path still makes a definition (the chart says what is wrong), which matches nothing.
    int addDefinition(const SeriesDefinition &definition, const TopicStore *store);
    // Removes the definition and its series; their memory is freed.
    void removeDefinition(int id);
    bool hasDefinitions() const;
    std::optional<SeriesDefinition> definition(int id) const;
    QString definitionError(int id) const; // why the filter or path cannot be used; empty if it can

    void setCapacity(qsizetype pointsPerSeries); // applies to existing series too
    qsizetype capacity() const;

    // MessageSink, in the worker thread.
    void consume(const QList<Mqtt::Publish> &batch, qsizetype from, qsizetype to, qint64 nowMs) override;

    // Changes whenever a series appears or disappears, so a view knows to rebuild its list.
    quint64 structureVersion() const;
    QList<SeriesInfo> series(int definition, qint64 nowMs) const; // in creation order
    std::optional<SeriesInfo> seriesInfo(int id, qint64 nowMs) const;
    DecimatedSeries decimated(int seriesId, qint64 fromMs, qint64 toMs, int columns) const;
    // The kept points in [fromMs, toMs] (NaN included), for export.
    std::vector<std::pair<qint64, double>> points(int seriesId, qint64 fromMs, qint64 toMs) const;
    // The last point at or before timeMs (for the crosshair); none if there is none.
    std::optional<std::pair<qint64, double>> pointAt(int seriesId, qint64 timeMs) const;
    // Time of the oldest and newest kept point over every series; none when there are no points.
    std::optional<std::pair<qint64, qint64>> timeRange() const;
    std::optional<std::pair<qint64, qint64>> timeRange(const QList<int> &seriesIds) const; // of these series
    qsizetype memoryBytes() const;
    quint64 consumedMessages() const; // messages consume() looked at

private:
    struct Definition {
        int id = 0;
        SeriesDefinition spec;
        NumericPath path;
        QString error;
        bool exact = false; // the filter has no wildcard
    };
    struct Series {
        int id = 0;
        int definition = 0;
        QString topic;
        SeriesBuffer buffer;
        quint64 notNumbers = 0;
        quint64 noMatch = 0;
        quint64 undecodable = 0;
    };
    const QList<Series *> &seriesForTopic(const QString &topic); // under m_mutex, the cache filled as needed
    Series *createSeries(const Definition &definition, const QString &topic);
    void add(Series &series, const QByteArray &payload, qint64 timeMs, std::shared_ptr<const PayloadTree> &tree,
        bool &decoded);
    SeriesInfo infoOf(const Series &series, qint64 nowMs) const;

    mutable QMutex m_mutex;
    qsizetype m_capacity = SeriesBuffer::DefaultCapacity;
    int m_nextDefinition = 1;
    int m_nextSeries = 1;
    quint64 m_version = 0;
    quint64 m_consumed = 0;
    std::map<int, Definition> m_definitions;
    std::map<int, std::unique_ptr<Series>> m_series;
    // topic -> its series (an empty list: the topic matches no definition). Cleared when definitions change, and
    // when it grows past a bound (a store of a million topics must not cost a million entries here).
    QHash<QString, QList<Series *>> m_topicCache;
    // What a topic must start with to match any definition (the filter up to its first wildcard; a whole topic for
    // an exact one, with exactLength set): most messages of a busy connection are turned away by a few compares,
    // before any hashing.
    struct Prefix {
        QString text;
        qsizetype exactLength = -1;
    };
    QList<Prefix> m_prefixes;
    void updatePrefixes();
};
