// SPDX-License-Identifier: MIT
#include "inspector/messagepanel.h"

#include "common/displaytext.h"
#include "common/pluralcount.h"
#include "payload/payloadformat.h"

#include <QLocale>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

MessagePanel::MessagePanel(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"messageView"_s);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont fixed = font();
    fixed.setFamilies({ u"monospace"_s });
    fixed.setStyleHint(QFont::TypeWriter);
    setFont(fixed);
    setPlaceholderText(tr("Select a topic to see its last message."));
    m_deferred = new QTimer(this);
    m_deferred->setSingleShot(true);
    connect(m_deferred, &QTimer::timeout, this, [this] { showMessage(m_node, m_pendingTopic, m_pending); });
}

void MessagePanel::showMessage(quint32 node, const QString &topic, const StoredMessage &message)
{
    if (node == m_node && message.timeMs == m_shownTimeMs && message.originalSize == m_shownSize
        && !m_deferred->isActive())
        return; // nothing new
    const bool large = message.payload.size() > LargePayload;
    if (node == m_node && large && m_sinceRender.isValid() && m_sinceRender.elapsed() < LargeRefreshMs) {
        // Keep the newest, render it when the interval is over.
        m_pendingTopic = topic;
        m_pending = message;
        if (!m_deferred->isActive())
            m_deferred->start(int(LargeRefreshMs - m_sinceRender.elapsed()));
        return;
    }
    m_deferred->stop();
    m_pending = StoredMessage {};
    setText(node, PayloadFormat::messageText(topic, message));
    m_shownTimeMs = message.timeMs;
    m_shownSize = message.originalSize;
    m_sinceRender.start();
}

void MessagePanel::showInnerNode(quint32 node, const QString &topic, quint32 topics, quint64 messages)
{
    m_deferred->stop();
    m_shownTimeMs = -1;
    m_shownSize = -1;
    const QLocale locale;
    const QString topicCount
        = tr("%1 topic(s)", "below a topic", Canopy::pluralCount(topics)).arg(locale.toString(topics));
    const QString messageCount
        = tr("%1 message(s)", "below a topic", Canopy::pluralCount(messages)).arg(locale.toString(messages));
    setText(node,
        tr("Topic: %1").arg(Canopy::visibleText(topic)) + u"\n\n"_s
            + tr("No message was received on this topic itself. Below it: %1 with %2.",
                "%1 is a number of topics, %2 a number of messages")
                  .arg(topicCount, messageCount));
}

void MessagePanel::showNothing()
{
    m_deferred->stop();
    m_node = 0;
    m_shownTimeMs = -1;
    m_shownSize = -1;
    clear();
}

void MessagePanel::setText(quint32 node, const QString &text)
{
    const bool same = node == m_node;
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    setPlainText(text);
    if (same) {
        verticalScrollBar()->setValue(vertical);
        horizontalScrollBar()->setValue(horizontal);
    }
    m_node = node;
}
