// SPDX-License-Identifier: MIT
#pragma once

// The message being composed in the publish panel: topic (with completion from the topic tree), payload in its
// format (text, JSON with live validation and pretty/compact, hex, base64, or a file with its size), placeholders,
// QoS, retain, and the MQTT 5 properties (a PropertiesEditor the panel places in a tab of its own, so that the
// composer stays short). It edits a PublishMessage; sending is the panel's business.

#include "publish/publishmessage.h"
#include "publish/publishpreparation.h"
#include "session/mqttserverlimits.h"

#include <QWidget>

class PropertiesEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMutex;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class TopicCompleter;
class TopicStore;

class PublishEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int ValidationDelayMs = 150;

    // With a store (read under mutex), the topic field completes from it.
    explicit PublishEditor(const TopicStore *store, QMutex *mutex, QWidget *parent = nullptr);

    PublishMessage message() const;
    void setMessage(const PublishMessage &message);
    // The topic of the tree's selection: taken unless the user has typed a topic of their own since the last one.
    void prefillTopic(const QString &topic);
    void setTopic(const QString &topic); // always (Publish to…)
    void focusPayload();
    // Puts the cursor where a refusal points.
    void focusField(PreparedPublish::Field field, qsizetype offset);
    // What the broker allows (known: from a CONNACK), shown under the properties; the topic alias follows it.
    void setServerLimits(bool known, const Mqtt::ServerLimits &limits, Mqtt::ProtocolVersion version);

    QLineEdit *topicField() const { return m_topic; }
    PropertiesEditor *properties() const { return m_properties; } // to be placed by the owner
    // "MQTT 5 properties" or "MQTT 5 properties (set)": a title for where the properties are shown.
    QString propertiesTitle() const;
    TopicCompleter *topicCompleter() const { return m_completer; }
    // The sentence under the payload (valid JSON, its error, the byte count, the file's size).
    QString payloadStatus() const;

Q_SIGNALS:
    void changed();
    void propertiesFocusRequested(); // a refusal is about a property: show the properties

private:
    void onFormatChanged();
    void validatePayload();
    void setPayloadStatus(const QString &text, int severity); // 0 fine, 1 warning, 2 error
    PayloadKind format() const;

    TopicCompleter *m_completer = nullptr;
    QLineEdit *m_topic = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_substitute = nullptr;
    QPushButton *m_pretty = nullptr;
    QPushButton *m_compact = nullptr;
    QStackedWidget *m_payloadStack = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_payloadStatus = nullptr;
    QComboBox *m_qos = nullptr;
    QCheckBox *m_retain = nullptr;
    PropertiesEditor *m_properties = nullptr;
    QLabel *m_limits = nullptr;
    QTimer *m_validation = nullptr;
    PayloadKind m_shownFormat = PayloadKind::Text;
    QString m_prefilledTopic; // what prefillTopic() put there last
    QString m_conversionNote; // a format switch could not convert the payload (until the next edit)
    bool m_settingText = false; // the editor itself replaces the payload text
};
