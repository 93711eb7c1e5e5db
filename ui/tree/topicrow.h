// SPDX-License-Identifier: MIT
#pragma once

// One row of the topic tree as the user sees it: the figures of a node read from the store in one go (under the
// store's lock, once per change set at most), and the texts of its cells and tooltips, all plain text, with broker
// text passed through Canopy::visibleText() (a topic with U+202E shows "<U+202E>"). topic() stays the real topic,
// for everything that acts on it.

#include "store/topicstore.h"

#include <QCoreApplication>
#include <QString>

class TopicRow {
    Q_DECLARE_TR_FUNCTIONS(TopicRow)
public:
    // Reads node id of store at nowMs. Call with the store's lock held; previews the payload only in
    // finishOutsideLock(), so that the lock is held for copying figures, not for decoding text.
    static TopicRow read(const TopicStore &store, NodeId id, qint64 nowMs);
    void finishOutsideLock();

    QString nameText() const; // the level name as shown ("⟨empty level⟩" for an empty one)
    QString valueText() const { return m_preview; } // PayloadFormat::preview() of the last payload
    QString messagesText() const; // the subtree's count for inner nodes, the topic's own for leaves
    QString rateText() const; // messages per second in the subtree; empty when none
    QString lastUpdateText() const; // time of the topic's last message (with the date if not today)

    QString nameToolTip() const;
    QString valueToolTip() const;
    QString messagesToolTip() const;
    QString rateToolTip() const;
    QString lastUpdateToolTip() const;

    const QString &topic() const { return m_topic; } // the real topic, not its display form
    bool hasMessage() const { return m_hasMessage; }
    bool isRetained() const { return m_retained; }
    bool isMoving() const { return m_rate > 0 || m_ownRate > 0; } // its rate decays with time alone

    // Tooltips take text that looks like HTML as rich text; this makes any topic or payload show literally.
    static QString plainToolTip(const QString &text);

private:
    QString m_name; // as shown, after finishOutsideLock()
    QString m_topic;
    QString m_preview;
    QByteArray m_payload; // until finishOutsideLock()
    qint64 m_originalSize = 0;
    quint64 m_messages = 0;
    quint64 m_subtreeMessages = 0;
    quint32 m_subtreeTopics = 0;
    double m_rate = 0;
    double m_ownRate = 0;
    qint64 m_timeMs = 0;
    int m_children = 0;
    bool m_hasMessage = false;
    bool m_retained = false;
    bool m_truncated = false;
};
