// SPDX-License-Identifier: MIT
#pragma once

// One topic (and its last payload) against a TopicFilterSpec, with the same meaning as TopicFilter::run(): the
// tree model uses it for topics that arrive while a filter is active, after the store's filter ran over the rest.

#include "topicfilter.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

class TopicMatcher {
public:
    TopicMatcher() = default;
    explicit TopicMatcher(const TopicFilterSpec &spec);

    // Whether spec asks for anything at all (a topic criterion or payload text).
    static bool isActive(const TopicFilterSpec &spec);
    // A topic (a node with a message) meets every criterion of the spec.
    bool matches(QStringView topic, const QByteArray &payload) const;

private:
    TopicFilterSpec m_spec;
    QRegularExpression m_regularExpression;
    QByteArray m_payloadNeedle; // lower-cased (ASCII) when case-insensitive
};
