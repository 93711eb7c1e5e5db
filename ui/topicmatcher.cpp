// SPDX-License-Identifier: MIT
#include "topicmatcher.h"

#include "mqtttopic.h"

namespace {
char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool containsFolded(const QByteArray &haystack, const QByteArray &lowerNeedle)
{
    const qsizetype n = lowerNeedle.size();
    const qsizetype last = haystack.size() - n;
    for (qsizetype i = 0; i <= last; ++i) {
        qsizetype j = 0;
        while (j < n && lowerAscii(haystack[i + j]) == lowerNeedle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}
} // namespace

TopicMatcher::TopicMatcher(const TopicFilterSpec &spec)
    : m_spec(spec)
{
    if (spec.topicMode == TopicFilterSpec::TopicMode::RegularExpression) {
        QRegularExpression::PatternOptions options = QRegularExpression::DontCaptureOption;
        if (spec.caseSensitivity == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        m_regularExpression = QRegularExpression(spec.topic, options);
    }
    m_payloadNeedle = spec.payload.toUtf8();
    if (spec.caseSensitivity == Qt::CaseInsensitive)
        m_payloadNeedle = m_payloadNeedle.toLower();
}

bool TopicMatcher::isActive(const TopicFilterSpec &spec)
{
    const bool topicCriterion = spec.topicMode != TopicFilterSpec::TopicMode::Any
        && !(spec.topicMode == TopicFilterSpec::TopicMode::Substring && spec.topic.isEmpty());
    return topicCriterion || !spec.payload.isEmpty();
}

bool TopicMatcher::matches(QStringView topic, const QByteArray &payload) const
{
    switch (m_spec.topicMode) {
    case TopicFilterSpec::TopicMode::Any:
        break;
    case TopicFilterSpec::TopicMode::Substring:
        if (!topic.contains(m_spec.topic, m_spec.caseSensitivity))
            return false;
        break;
    case TopicFilterSpec::TopicMode::Wildcard:
        if (!Mqtt::topicMatches(m_spec.topic, topic))
            return false;
        break;
    case TopicFilterSpec::TopicMode::RegularExpression:
        if (!m_regularExpression.isValid() || !m_regularExpression.match(topic).hasMatch())
            return false;
        break;
    }
    if (m_payloadNeedle.isEmpty())
        return true;
    if (m_spec.caseSensitivity == Qt::CaseSensitive)
        return QByteArrayView(payload).indexOf(QByteArrayView(m_payloadNeedle)) >= 0;
    return containsFolded(payload, m_payloadNeedle);
}
