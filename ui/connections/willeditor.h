// SPDX-License-Identifier: MIT
#pragma once

// The last will of a profile (a page of ProfileForm): topic, payload, QoS, retain, and the MQTT 5 will properties
// (will delay, message expiry, payload format, content type, response topic, correlation data, user properties).
// Bytes that are not text (from an import) are kept as they are until their field is edited.

#include "profiles/connectionprofile.h"
#include "profiles/profilevalidation.h"

#include <QHash>
#include <QWidget>

class FieldError;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

class WillEditor : public QWidget {
    Q_OBJECT
public:
    explicit WillEditor(QWidget *parent = nullptr);

    void setWill(const ProfileWill &will);
    ProfileWill will() const;
    // Fields whose text is not a value at all (a message expiry that is not a number).
    QList<ProfileProblem> inputProblems() const;
    // The error lines of its fields (WillTopic, WillProperties), for ProfileForm::showProblems().
    QHash<ProfileField, FieldError *> errors() const { return m_errors; }

Q_SIGNALS:
    void edited();

private:
    QGroupBox *m_will = nullptr;
    QLineEdit *m_topic = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QComboBox *m_qos = nullptr;
    QCheckBox *m_retain = nullptr;
    QSpinBox *m_delay = nullptr;
    QLineEdit *m_expiry = nullptr;
    QCheckBox *m_utf8 = nullptr;
    QLineEdit *m_contentType = nullptr;
    QLineEdit *m_responseTopic = nullptr;
    QLineEdit *m_correlation = nullptr;
    QPlainTextEdit *m_userProperties = nullptr;
    QHash<ProfileField, FieldError *> m_errors;

    QByteArray m_payloadBytes;
    bool m_payloadEdited = false;
    QByteArray m_correlationBytes;
    bool m_correlationEdited = false;
    bool m_filling = false;
};
