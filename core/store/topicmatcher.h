// SPDX-License-Identifier: MIT
#pragma once

// What a topic filter asks for (TopicFilterSpec) and the one decision of whether a topic and its last payload meet
// it (TopicMatcher). TopicFilter walks the whole store with the same matcher; the tree model asks it about topics
// that arrive while a filter is active. Both therefore agree by construction.

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

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

class TopicMatcher {
public:
    TopicMatcher() = default;
    explicit TopicMatcher(const TopicFilterSpec &spec);

    // Whether spec asks for anything at all (a topic criterion or payload text).
    static bool isActive(const TopicFilterSpec &spec);

    const TopicFilterSpec &spec() const { return m_spec; }
    // One sentence on why the spec cannot be used (an invalid regular expression or wildcard filter); else empty.
    // An unusable spec matches nothing.
    const QString &error() const { return m_error; }

    // A topic (a node with a message) meets every criterion of the spec.
    bool matches(QStringView topic, const QByteArray &payload) const
    {
        return matchesTopic(topic) && matchesPayload(payload);
    }
    // The topic criterion alone. topicIsValidUtf16 lets the regular expression skip its UTF-16 check (topics from the
    // wire are well-formed).
    bool matchesTopic(QStringView topic, bool topicIsValidUtf16 = false) const;
    // The payload criterion alone.
    bool matchesPayload(const QByteArray &payload) const;

    // For walks that build case-folded paths: the topic text folded the way case-insensitive substring search folds.
    static void appendFolded(std::u16string &out, QStringView text);

private:
    TopicFilterSpec m_spec;
    QString m_error;
    QRegularExpression m_regularExpression;
    QByteArray m_payloadNeedle; // lower-cased (ASCII) when case-insensitive
    bool m_payloadFolds = false; // case-insensitive and the needle has letters
};
