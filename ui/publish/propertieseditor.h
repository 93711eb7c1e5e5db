// SPDX-License-Identifier: MIT
#pragma once

// The MQTT 5 properties of a message in the publish panel: content type, payload format indicator, message expiry,
// response topic, correlation data (text or hex), user properties as an editable table (order kept, names may
// repeat), and a topic alias where the broker allows it (its Topic Alias Maximum from CONNACK).

#include "publish/publishmessage.h"
#include "publish/publishpreparation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

class PropertiesEditor : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesEditor(QWidget *parent = nullptr);

    // Writes the properties into message (the other fields are left alone).
    void fillMessage(PublishMessage *message) const;
    void setMessage(const PublishMessage &message);
    // The broker's Topic Alias Maximum (0: none allowed, the alias field is disabled; -1: not known yet).
    void setTopicAliasMaximum(int maximum);
    // Puts the cursor in the field a refusal is about, at offset when there is one.
    void focusField(PreparedPublish::Field field, qsizetype offset);
    // Whether any property is set (for the section's title).
    bool hasAny() const;

Q_SIGNALS:
    void changed();

private:
    void addUserProperty(const QString &name = {}, const QString &value = {});

    QLineEdit *m_contentType = nullptr;
    QComboBox *m_payloadFormat = nullptr;
    QSpinBox *m_expiry = nullptr;
    QLineEdit *m_responseTopic = nullptr;
    QLineEdit *m_correlation = nullptr;
    QComboBox *m_correlationFormat = nullptr;
    QTableWidget *m_userProperties = nullptr;
    QPushButton *m_addUserProperty = nullptr;
    QPushButton *m_removeUserProperty = nullptr;
    QSpinBox *m_topicAlias = nullptr;
    QLabel *m_aliasNote = nullptr;
};
