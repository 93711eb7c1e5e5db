// SPDX-License-Identifier: MIT
#pragma once

// Request/response (MQTT 5) in the publish panel: every request sent with a response topic, the correlation data it
// carried, and what came of it: the reply paired to it by correlation data with the round-trip time, no reply before
// the deadline, or a request that never reached the broker. The newest request is on top; MaximumRows are kept.

#include "codec/mqttpacket.h"
#include "publish/publishmessage.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

class ResponsesView : public QWidget {
    Q_OBJECT
public:
    enum Column { TimeColumn, RequestColumn, CorrelationColumn, ResultColumn, ReplyColumn, ColumnCount };
    static constexpr int MaximumRows = 200;

    explicit ResponsesView(QWidget *parent = nullptr);

    void addRequest(quint64 ticket, const PublishMessage &message, const QByteArray &correlationData, qint64 timeMs);
    void setReply(quint64 ticket, const Mqtt::Publish &reply, qint64 roundTripMs);
    void setTimedOut(quint64 ticket, int timeoutMs);
    void setFailed(quint64 ticket, const QString &why);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidgetItem *itemOf(quint64 ticket) const;

    QTreeWidget *m_tree = nullptr;
    QLabel *m_hint = nullptr;
    QHash<quint64, QTreeWidgetItem *> m_items;
};
