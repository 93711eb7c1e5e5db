// SPDX-License-Identifier: MIT
#pragma once

// Filtering the topic tree: by topic (case-insensitive substring, MQTT wildcard filter, or regular expression) and/or
// by text in the last payload. The result names the matching topics and, for a tree view, their ancestors.

#include "topicmessage.h"

#include <QBitArray>
#include <QList>
#include <QString>

class TopicStore;

struct TopicFilterSpec {
    enum class TopicMode : quint8 {
        Any, // no topic criterion
        Substring, // the topic contains `topic`
        Wildcard, // the topic matches the MQTT topic filter `topic` ('+' one level, '#' the rest, MQTT-4.7)
        RegularExpression, // the topic matches the Perl-compatible regular expression `topic` somewhere
    };
    TopicMode topicMode = TopicMode::Any;
    QString topic;
    QString payload; // text the last payload contains (compared as UTF-8 bytes); empty: no payload criterion
    // For substring, regular expression and payload. Case-insensitive payload search folds ASCII letters only.
    // Wildcard filters always compare exactly, as a broker does.
    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;
};

struct FilterResult {
    QString error; // one sentence on why the spec cannot be used (e.g. an invalid regular expression); else empty
    QList<NodeId> matches; // ascending: topics (nodes with a message) meeting every criterion of the spec
    QBitArray matched; // one bit per node id: is a match
    QBitArray visible; // one bit per node id: is a match or an ancestor of one (the root included when any matches)

    bool isMatch(NodeId id) const { return qsizetype(id) < matched.size() && matched.testBit(qsizetype(id)); }
    bool isVisible(NodeId id) const { return qsizetype(id) < visible.size() && visible.testBit(qsizetype(id)); }
};

class TopicFilter {
public:
    static FilterResult run(const TopicStore &store, const TopicFilterSpec &spec);
};
