// SPDX-License-Identifier: MIT
#pragma once

// The selected topic's last message as plain text (PayloadFormat::messageText): headers, MQTT 5 properties, then
// the payload as text, pretty-printed JSON or a hex dump. Updated from the tree's change sets, never per message;
// large payloads are re-rendered at most every LargeRefreshMs so that a flooded topic cannot stall the window.

#include "store/topicmessage.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>

class QTimer;

class MessagePanel : public QPlainTextEdit {
    Q_OBJECT
public:
    static constexpr qsizetype LargePayload = 64 * 1024;
    static constexpr int LargeRefreshMs = 500;

    explicit MessagePanel(QWidget *parent = nullptr);

    // node identifies what is shown: the same node keeps its scroll position across updates.
    void showMessage(quint32 node, const QString &topic, const StoredMessage &message);
    // A topic level without a message of its own: what its subtree holds.
    void showInnerNode(quint32 node, const QString &topic, quint32 topics, quint64 messages);
    void showNothing();
    quint32 shownNode() const { return m_node; }

private:
    void setText(quint32 node, const QString &text);

    quint32 m_node = 0;
    qint64 m_shownTimeMs = -1;
    qint64 m_shownSize = -1;
    QElapsedTimer m_sinceRender;
    QTimer *m_deferred = nullptr;
    QString m_pendingTopic;
    StoredMessage m_pending;
};
