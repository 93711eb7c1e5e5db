// SPDX-License-Identifier: MIT
#include "tree/topicrow.h"

#include "common/displaytext.h"
#include "common/pluralcount.h"
#include "payload/payloadformat.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

TopicRow TopicRow::read(const TopicStore &store, NodeId id, qint64 nowMs)
{
    TopicRow row;
    if (qsizetype(id) >= store.nodeCount())
        return row;
    row.m_name = store.name(id);
    row.m_topic = store.topic(id);
    row.m_hasMessage = store.hasMessage(id);
    row.m_retained = store.isRetained(id);
    row.m_children = store.childCount(id);
    const NodeStats stats = store.stats(id, nowMs);
    row.m_messages = stats.messages;
    row.m_subtreeMessages = stats.subtreeMessages;
    row.m_subtreeTopics = stats.subtreeTopics;
    row.m_rate = stats.subtreeMessagesPerSecond;
    row.m_ownRate = stats.messagesPerSecond;
    if (row.m_hasMessage) {
        const StoredMessage message = store.lastMessage(id); // shares the payload bytes
        row.m_timeMs = message.timeMs;
        row.m_payload = message.payload;
        row.m_truncated = message.truncated;
        row.m_originalSize = message.originalSize;
    }
    return row;
}

void TopicRow::finishOutsideLock()
{
    m_name = Canopy::visibleText(m_name); // only shown; topic() keeps the real text
    if (m_hasMessage)
        m_preview = PayloadFormat::preview(m_payload, m_truncated, m_originalSize);
    m_payload = QByteArray(); // a cached row must not keep megabytes alive
}

QString TopicRow::plainToolTip(const QString &text)
{
    return u"<p style='white-space:pre'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

QString TopicRow::nameText() const
{
    return m_name.isEmpty() ? tr("⟨empty level⟩") : m_name;
}

QString TopicRow::messagesText() const
{
    return QLocale().toString(m_children > 0 ? m_subtreeMessages : m_messages);
}

QString TopicRow::rateText() const
{
    if (m_rate <= 0)
        return {};
    return m_rate < 10 ? QLocale().toString(m_rate, 'f', 1) : QLocale().toString(qint64(m_rate + 0.5));
}

QString TopicRow::lastUpdateText() const
{
    if (!m_hasMessage)
        return {};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(m_timeMs);
    if (time.date() == QDate::currentDate())
        return time.toString(u"HH:mm:ss"_s);
    return time.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString TopicRow::nameToolTip() const
{
    QString text = Canopy::visibleText(m_topic);
    if (m_retained)
        text += u'\n' + tr("The broker holds a retained message for this topic.");
    return plainToolTip(text);
}

QString TopicRow::valueToolTip() const
{
    return m_hasMessage ? plainToolTip(m_preview) : QString();
}

QString TopicRow::messagesToolTip() const
{
    const QLocale locale;
    return plainToolTip(tr("Messages in this subtree: %1 (%2 topic(s))", nullptr, Canopy::pluralCount(m_subtreeTopics))
                            .arg(locale.toString(m_subtreeMessages), locale.toString(m_subtreeTopics))
        + u'\n' + tr("Messages on this topic: %1").arg(locale.toString(m_messages)));
}

QString TopicRow::rateToolTip() const
{
    const QLocale locale;
    return plainToolTip(tr("Messages per second in this subtree: %1").arg(locale.toString(m_rate, 'f', 1)) + u'\n'
        + tr("Messages per second on this topic: %1").arg(locale.toString(m_ownRate, 'f', 1)));
}

QString TopicRow::lastUpdateToolTip() const
{
    if (!m_hasMessage)
        return {};
    return plainToolTip(QDateTime::fromMSecsSinceEpoch(m_timeMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
}
