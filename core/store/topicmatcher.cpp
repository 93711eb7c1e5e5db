// SPDX-License-Identifier: MIT
#include "store/topicmatcher.h"

#include "codec/mqtttopic.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>

namespace {
char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// '#' only as the whole last level, '+' only as a whole level (MQTT-4.7.1-1, MQTT-4.7.1-2).
bool isUsableWildcardFilter(QStringView filter)
{
    if (filter.isEmpty())
        return false;
    const QList<QStringView> levels = filter.split(u'/');
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QStringView level = levels[i];
        if (level.contains(u'#') && !(level.size() == 1 && i == levels.size() - 1))
            return false;
        if (level.contains(u'+') && level.size() != 1)
            return false;
    }
    return true;
}
} // namespace

TopicMatcher::TopicMatcher(const TopicFilterSpec &spec)
    : m_spec(spec)
{
    switch (spec.topicMode) {
    case TopicFilterSpec::TopicMode::RegularExpression: {
        QRegularExpression::PatternOptions options = QRegularExpression::DontCaptureOption;
        if (spec.caseSensitivity == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        m_regularExpression = QRegularExpression(spec.topic, options);
        if (!m_regularExpression.isValid()) {
            m_error = QCoreApplication::translate(
                "TopicFilter", "The regular expression is not valid (%1 at position %2); correct it to filter topics.")
                          .arg(m_regularExpression.errorString())
                          .arg(m_regularExpression.patternErrorOffset());
        } else {
            m_regularExpression.optimize();
        }
        break;
    }
    case TopicFilterSpec::TopicMode::Wildcard:
        if (!isUsableWildcardFilter(spec.topic)) {
            m_error = QCoreApplication::translate("TopicFilter",
                "The topic filter is not valid: '#' may only be the whole last level and '+' only a whole level.");
        }
        break;
    case TopicFilterSpec::TopicMode::Any:
    case TopicFilterSpec::TopicMode::Substring:
        break;
    }
    m_payloadNeedle = spec.payload.toUtf8();
    if (spec.caseSensitivity == Qt::CaseInsensitive) {
        m_payloadNeedle = m_payloadNeedle.toLower();
        m_payloadFolds = std::any_of(
            m_payloadNeedle.cbegin(), m_payloadNeedle.cend(), [](char c) { return c >= 'a' && c <= 'z'; });
    }
}

bool TopicMatcher::isActive(const TopicFilterSpec &spec)
{
    const bool topicCriterion = spec.topicMode != TopicFilterSpec::TopicMode::Any
        && !(spec.topicMode == TopicFilterSpec::TopicMode::Substring && spec.topic.isEmpty());
    return topicCriterion || !spec.payload.isEmpty();
}

void TopicMatcher::appendFolded(std::u16string &out, QStringView text)
{
    // One UTF-16 code unit at a time, as QString::compare(..., Qt::CaseInsensitive) folds.
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) // ASCII: fold without the Unicode tables
            out.push_back(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        else
            out.push_back(c.toCaseFolded().unicode());
    }
}

bool TopicMatcher::matchesTopic(QStringView topic, bool topicIsValidUtf16) const
{
    if (!m_error.isEmpty())
        return false;
    switch (m_spec.topicMode) {
    case TopicFilterSpec::TopicMode::Any:
        return true;
    case TopicFilterSpec::TopicMode::Substring:
        return topic.contains(m_spec.topic, m_spec.caseSensitivity);
    case TopicFilterSpec::TopicMode::Wildcard:
        return Mqtt::topicMatches(m_spec.topic, topic);
    case TopicFilterSpec::TopicMode::RegularExpression: {
        const QRegularExpression::MatchOptions options = topicIsValidUtf16
            ? QRegularExpression::DontCheckSubjectStringMatchOption
            : QRegularExpression::NoMatchOption;
        return m_regularExpression.match(topic, 0, QRegularExpression::NormalMatch, options).hasMatch();
    }
    }
    return false;
}

bool TopicMatcher::matchesPayload(const QByteArray &payload) const
{
    const qsizetype n = m_payloadNeedle.size();
    if (n == 0)
        return true;
    if (!m_payloadFolds)
        return QByteArrayView(payload).indexOf(QByteArrayView(m_payloadNeedle)) >= 0;
    // Case-insensitive: scan for the first byte in either case, then compare the rest folded.
    const char *hay = payload.constData();
    const qsizetype last = payload.size() - n;
    const char *needle = m_payloadNeedle.constData();
    const char first = needle[0];
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - 32) : first;
    for (qsizetype i = 0; i <= last; ++i) {
        if (hay[i] != first && hay[i] != firstUpper)
            continue;
        qsizetype j = 1;
        while (j < n && lowerAscii(hay[i + j]) == needle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}
