// SPDX-License-Identifier: MIT
#include "publish/responsesview.h"

#include "common/displaytext.h"
#include "payload/payloadformat.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString correlationText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return ResponsesView::tr("none: the next reply pairs");
    return PayloadFormat::looksBinary(bytes) ? u"0x"_s + QString::fromLatin1(bytes.toHex())
                                             : Canopy::visibleText(QString::fromUtf8(bytes));
}
} // namespace

ResponsesView::ResponsesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"publishResponses"_s);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"responseList"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels(
        { tr("Sent"), tr("Request → response topic"), tr("Correlation"), tr("Result"), tr("Reply") });
    m_tree->header()->setStretchLastSection(true);
    m_hint = new QLabel(tr("Set a response topic (MQTT 5 properties) and Canopy subscribes to it for the request and "
                           "pairs each reply with its request by correlation data."),
        this);
    m_hint->setObjectName(u"responseHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);
}

QTreeWidgetItem *ResponsesView::itemOf(quint64 ticket) const
{
    return m_items.value(ticket);
}

void ResponsesView::addRequest(
    quint64 ticket, const PublishMessage &message, const QByteArray &correlationData, qint64 timeMs)
{
    auto *item = new QTreeWidgetItem;
    item->setText(TimeColumn, QLocale().toString(QDateTime::fromMSecsSinceEpoch(timeMs).time(), u"HH:mm:ss.zzz"_s));
    item->setText(
        RequestColumn, Canopy::visibleText(message.topic) + u" → "_s + Canopy::visibleText(message.responseTopic));
    item->setText(CorrelationColumn, correlationText(correlationData));
    item->setText(ResultColumn, tr("waiting for the reply…"));
    m_tree->insertTopLevelItem(0, item);
    m_items.insert(ticket, item);
    while (m_tree->topLevelItemCount() > MaximumRows) {
        QTreeWidgetItem *oldest = m_tree->takeTopLevelItem(m_tree->topLevelItemCount() - 1);
        m_items.remove(m_items.key(oldest));
        delete oldest;
    }
    m_hint->hide();
}

void ResponsesView::setReply(quint64 ticket, const Mqtt::Publish &reply, qint64 roundTripMs)
{
    QTreeWidgetItem *item = itemOf(ticket);
    if (!item)
        return;
    item->setText(ResultColumn, tr("reply after %1 ms").arg(QLocale().toString(roundTripMs)));
    item->setText(ReplyColumn, PayloadFormat::preview(reply.payload, false, reply.payload.size()));
    item->setToolTip(ReplyColumn, PayloadFormat::preview(reply.payload, false, reply.payload.size()));
}

void ResponsesView::setTimedOut(quint64 ticket, int timeoutMs)
{
    if (QTreeWidgetItem *item = itemOf(ticket))
        item->setText(ResultColumn, tr("no reply within %1 s").arg(QLocale().toString(timeoutMs / 1000.0, 'g', 3)));
}

void ResponsesView::setFailed(quint64 ticket, const QString &why)
{
    if (QTreeWidgetItem *item = itemOf(ticket))
        item->setText(ResultColumn, tr("request not delivered: %1").arg(Canopy::visibleText(why)));
}
