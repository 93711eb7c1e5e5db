// SPDX-License-Identifier: MIT
#pragma once

// What a message is, above its payload: the topic (selectable, with a copy button that copies the real topic),
// QoS, retain, receive time to the millisecond, size (and the size as received when truncated), and every MQTT 5
// property a PUBLISH can carry: content type, payload format indicator, message expiry, response topic,
// correlation data (as text and hex), subscription identifiers, user properties as a table. Rows of absent
// properties are hidden. Broker text is shown through Canopy::visibleText() in plain-text widgets only.

#include "store/topicmessage.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class QToolButton;

class MessageHeader : public QWidget {
    Q_OBJECT
public:
    // prefix names the children (see InspectorNames): "" gives messageTopic, messageQos, ...
    explicit MessageHeader(const QString &prefix, QWidget *parent = nullptr);

    void setMessage(const QString &topic, const StoredMessage &message);
    void clear();
    QString topic() const { return m_topic; } // the real topic

    // "QoS 1", "retained", "2026-11-30 07:40:08.123", "1.2 KB (cut from 3.2 MB)": for tests and copying.
    QLabel *qosLabel() const { return m_qos; }
    QLabel *retainLabel() const { return m_retain; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *sizeLabel() const { return m_size; }
    QTableWidget *userProperties() const { return m_userProperties; }

private:
    QLabel *addRow(const QString &prefix, const QString &name, const QString &label);

    QString m_topic;
    QLineEdit *m_topicEdit = nullptr;
    QToolButton *m_copyTopic = nullptr;
    QLabel *m_qos = nullptr;
    QLabel *m_retain = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_size = nullptr;
    QWidget *m_properties = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_contentType = nullptr;
    QLabel *m_payloadFormat = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_responseTopic = nullptr;
    QLabel *m_correlation = nullptr;
    QLabel *m_subscriptionIds = nullptr;
    QTableWidget *m_userProperties = nullptr;
};
