// SPDX-License-Identifier: MIT
#pragma once

// One message: its header (topic, QoS, retain, time, size, MQTT 5 properties), what can be done with it (copy the
// payload, copy it as a mosquitto_pub command line, save the payload to a file) and its payload in the chosen view.
// The Message tab shows the selected topic's last message in one; the History tab previews the selected row in
// another (its object names carry the "history" prefix).

#include "export/publishcommand.h"
#include "store/topicmessage.h"

#include <QWidget>

class MessageHeader;
class PayloadPane;
class QLabel;
class QStackedWidget;
class QToolButton;

class MessageView : public QWidget {
    Q_OBJECT
public:
    explicit MessageView(const QString &prefix, QWidget *parent = nullptr);

    // node identifies what is shown: the same node keeps its page and scroll position. choice: the view for this
    // topic (PayloadPane::AutoView or a PayloadView).
    void showMessage(quint32 node, const QString &topic, const StoredMessage &message, int choice);
    // A topic level without a message of its own: what its subtree holds.
    void showInnerNode(quint32 node, const QString &topic, quint32 topics, quint64 messages);
    void showNothing(const QString &placeholder = QString());
    quint32 shownNode() const { return m_node; }
    bool hasMessage() const { return m_hasMessage; }
    const StoredMessage &message() const { return m_message; }
    QString topic() const { return m_topic; }

    MessageHeader *header() const { return m_header; }
    PayloadPane *payload() const { return m_payload; }
    QString innerNodeText() const;

    void setBroker(const PublishCommand::Broker &broker) { m_broker = broker; }
    QString publishCommand() const;
    void copyPayload() const;
    // Writes the raw payload (as stored: the first bytes of a truncated one); false with a sentence on failure.
    bool savePayload(const QString &fileName, QString *error) const;

Q_SIGNALS:
    void choiceChanged(const QString &topic, int choice);
    void note(const QString &sentence); // for the status bar

private:
    void askAndSave();

    QString m_prefix;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_inner = nullptr;
    QWidget *m_messagePage = nullptr;
    MessageHeader *m_header = nullptr;
    PayloadPane *m_payload = nullptr;
    QToolButton *m_copyPayload = nullptr;
    QToolButton *m_copyCommand = nullptr;
    QToolButton *m_save = nullptr;
    quint32 m_node = 0;
    bool m_hasMessage = false;
    QString m_topic;
    StoredMessage m_message;
    PublishCommand::Broker m_broker;
};
