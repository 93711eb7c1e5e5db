// SPDX-License-Identifier: MIT
#include "publish/publisheditor.h"

#include "common/displaytext.h"
#include "common/pluralcount.h"
#include "payload/payloadformat.h"
#include "publish/jsontext.h"
#include "publish/payloadtemplate.h"
#include "publish/propertieseditor.h"
#include "publish/topiccompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTimer>
#include <QUtf8StringView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The bytes as the editor shows them in format; nullopt when that format cannot show them (text that is not UTF-8).
std::optional<QString> rendered(const QByteArray &bytes, PayloadKind format)
{
    switch (format) {
    case PayloadKind::Text:
    case PayloadKind::Json:
        if (!QUtf8StringView(bytes).isValidUtf8())
            return std::nullopt;
        return QString::fromUtf8(bytes);
    case PayloadKind::Hex:
        return PayloadEncoding::toHex(bytes);
    case PayloadKind::Base64:
        return QString::fromLatin1(bytes.toBase64());
    case PayloadKind::File:
        break;
    }
    return std::nullopt;
}
} // namespace

PublishEditor::PublishEditor(const TopicStore *store, QMutex *mutex, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"publishEditor"_s);
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(u"publishTopic"_s);
    m_topic->setPlaceholderText(tr("Topic, e.g. home/kitchen/light/set"));
    m_topic->setClearButtonEnabled(true);
    m_topic->setMaxLength(1'000'000); // room for the longest topic MQTT allows (65,535 bytes), and for one too long
    if (store && mutex)
        m_completer = new TopicCompleter(m_topic, *store, *mutex, this);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"publishFormat"_s);
    m_format->addItem(tr("Text"), int(PayloadKind::Text));
    m_format->addItem(tr("JSON"), int(PayloadKind::Json));
    m_format->addItem(tr("Hex"), int(PayloadKind::Hex));
    m_format->addItem(tr("Base64"), int(PayloadKind::Base64));
    m_format->addItem(tr("File"), int(PayloadKind::File));
    m_format->setToolTip(tr("How the payload is written; switching converts what is there when it can"));
    m_substitute = new QCheckBox(tr("{{…}}"), this);
    m_substitute->setObjectName(u"publishSubstitute"_s);
    m_substitute->setToolTip(tr("Replace placeholders in text and JSON payloads: {{counter}}, {{timestamp}} "
                                "(milliseconds), {{timestamp:iso}}, {{random:min:max}}"));
    m_pretty = new QPushButton(tr("Pretty"), this);
    m_pretty->setObjectName(u"publishPrettyJson"_s);
    m_pretty->setToolTip(tr("Indent the JSON, one member per line (values and order stay as typed)"));
    m_compact = new QPushButton(tr("Compact"), this);
    m_compact->setObjectName(u"publishCompactJson"_s);
    m_compact->setToolTip(tr("Remove the spaces and line breaks between JSON values"));

    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(u"publishPayload"_s);
    m_payload->setPlaceholderText(tr("Payload (empty is allowed: an empty retained message deletes the retained one)"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setTabChangesFocus(true);
    m_payload->setMinimumHeight(80);
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"publishFile"_s);
    m_file->setPlaceholderText(tr("The file whose bytes are the payload"));
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(u"publishChooseFile"_s);
    auto *fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(m_browse);
    auto *filePage = new QWidget(this);
    auto *filePageLayout = new QVBoxLayout(filePage);
    filePageLayout->setContentsMargins(0, 0, 0, 0);
    filePageLayout->addWidget(fileRow);
    filePageLayout->addStretch(1);
    m_payloadStack = new QStackedWidget(this);
    m_payloadStack->addWidget(m_payload);
    m_payloadStack->addWidget(filePage);
    m_payloadStatus = new QLabel(this);
    m_payloadStatus->setObjectName(u"publishPayloadStatus"_s);
    m_payloadStatus->setTextFormat(Qt::PlainText);
    m_payloadStatus->setWordWrap(true);

    m_qos = new QComboBox(this);
    m_qos->setObjectName(u"publishQos"_s);
    m_qos->addItem(tr("QoS 0 – at most once"), 0);
    m_qos->addItem(tr("QoS 1 – at least once"), 1);
    m_qos->addItem(tr("QoS 2 – exactly once"), 2);
    m_retain = new QCheckBox(tr("Retain"), this);
    m_retain->setObjectName(u"publishRetain"_s);
    m_retain->setToolTip(tr("The broker keeps the message and gives it to every new subscriber"));

    m_properties = new PropertiesEditor(this); // hidden until the owner places it (see properties())
    m_properties->hide();
    m_limits = new QLabel(this);
    m_limits->setObjectName(u"publishLimits"_s);
    m_limits->setTextFormat(Qt::PlainText);
    m_limits->setWordWrap(true);
    m_limits->setEnabled(false); // a quiet, grey line

    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_substitute);
    formatRow->addStretch(1);
    formatRow->addWidget(m_pretty);
    formatRow->addWidget(m_compact);
    auto *deliveryRow = new QHBoxLayout;
    deliveryRow->addWidget(m_qos);
    deliveryRow->addWidget(m_retain);
    deliveryRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Topic:"), m_topic);
    form->addRow(tr("Payload:"), formatRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_payloadStack, 1);
    layout->addWidget(m_payloadStatus);
    layout->addLayout(deliveryRow);
    layout->addWidget(m_limits);

    m_validation = new QTimer(this);
    m_validation->setSingleShot(true);
    connect(m_validation, &QTimer::timeout, this, &PublishEditor::validatePayload);
    const auto edited = [this] {
        m_validation->start(ValidationDelayMs);
        Q_EMIT changed();
    };
    connect(m_topic, &QLineEdit::textChanged, this, [this] { Q_EMIT changed(); });
    connect(m_payload, &QPlainTextEdit::textChanged, this, [this, edited] {
        if (!m_settingText)
            m_conversionNote.clear();
        edited();
    });
    connect(m_file, &QLineEdit::textChanged, this, edited);
    connect(m_substitute, &QCheckBox::toggled, this, edited);
    connect(m_format, &QComboBox::currentIndexChanged, this, &PublishEditor::onFormatChanged);
    connect(m_qos, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(); });
    connect(m_retain, &QCheckBox::toggled, this, [this] { Q_EMIT changed(); });
    connect(m_properties, &PropertiesEditor::changed, this, [this] { Q_EMIT changed(); });
    connect(m_pretty, &QPushButton::clicked, this, [this] {
        const QString pretty = JsonText::pretty(m_payload->toPlainText(), m_substitute->isChecked());
        if (pretty != m_payload->toPlainText())
            m_payload->setPlainText(pretty);
    });
    connect(m_compact, &QPushButton::clicked, this, [this] {
        const QString compact = JsonText::compact(m_payload->toPlainText(), m_substitute->isChecked());
        if (compact != m_payload->toPlainText())
            m_payload->setPlainText(compact);
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Payload from a file"), m_file->text());
        if (!path.isEmpty())
            m_file->setText(path);
    });
    onFormatChanged();
    setServerLimits(false, {}, Mqtt::ProtocolVersion::V5);
}

PayloadKind PublishEditor::format() const
{
    return PayloadKind(m_format->currentData().toInt());
}

PublishMessage PublishEditor::message() const
{
    PublishMessage message;
    message.topic = m_topic->text();
    message.format = format();
    message.payload = message.format == PayloadKind::File ? m_file->text() : m_payload->toPlainText();
    message.substitute = m_substitute->isChecked();
    message.qos = quint8(m_qos->currentData().toInt());
    message.retain = m_retain->isChecked();
    m_properties->fillMessage(&message);
    return message;
}

void PublishEditor::setMessage(const PublishMessage &message)
{
    {
        const QSignalBlocker formatBlocker(m_format);
        m_format->setCurrentIndex(m_format->findData(int(message.format)));
    }
    m_shownFormat = message.format;
    m_topic->setText(message.topic);
    m_prefilledTopic.clear();
    if (message.format == PayloadKind::File)
        m_file->setText(message.payload);
    else
        m_payload->setPlainText(message.payload);
    m_substitute->setChecked(message.substitute);
    m_qos->setCurrentIndex(m_qos->findData(int(message.qos)));
    m_retain->setChecked(message.retain);
    m_properties->setMessage(message);
    onFormatChanged();
    validatePayload();
    Q_EMIT changed();
}

void PublishEditor::prefillTopic(const QString &topic)
{
    if (topic.isEmpty())
        return;
    if (!m_topic->text().isEmpty() && m_topic->text() != m_prefilledTopic)
        return; // the user's own topic stays
    m_topic->setText(topic);
    m_prefilledTopic = topic;
}

void PublishEditor::setTopic(const QString &topic)
{
    m_topic->setText(topic);
    m_prefilledTopic = topic;
}

void PublishEditor::focusPayload()
{
    if (format() == PayloadKind::File)
        m_file->setFocus(Qt::OtherFocusReason);
    else
        m_payload->setFocus(Qt::OtherFocusReason);
}

void PublishEditor::focusField(PreparedPublish::Field field, qsizetype offset)
{
    switch (field) {
    case PreparedPublish::Field::Topic:
        m_topic->setFocus(Qt::OtherFocusReason);
        break;
    case PreparedPublish::Field::Payload:
        if (format() == PayloadKind::File) {
            m_file->setFocus(Qt::OtherFocusReason);
            break;
        }
        m_payload->setFocus(Qt::OtherFocusReason);
        if (offset >= 0) {
            QTextCursor cursor = m_payload->textCursor();
            cursor.setPosition(int(std::min<qsizetype>(offset, m_payload->document()->characterCount() - 1)));
            m_payload->setTextCursor(cursor);
        }
        break;
    case PreparedPublish::Field::ResponseTopic:
    case PreparedPublish::Field::CorrelationData:
    case PreparedPublish::Field::TopicAlias:
        Q_EMIT propertiesFocusRequested();
        m_properties->focusField(field, offset);
        break;
    case PreparedPublish::Field::None:
    case PreparedPublish::Field::Limits:
        break;
    }
}

void PublishEditor::setServerLimits(bool known, const Mqtt::ServerLimits &limits, Mqtt::ProtocolVersion version)
{
    m_properties->setTopicAliasMaximum(known ? int(limits.topicAliasMaximum) : -1);
    if (!known) {
        m_limits->setText(tr("Not connected: the broker's limits are known once it accepts the connection."));
        return;
    }
    if (version != Mqtt::ProtocolVersion::V5) {
        m_limits->setText(tr("MQTT 3.1.1 connection: message properties are not sent."));
        return;
    }
    QStringList parts;
    parts << (limits.maximumPacketSize == 0
            ? tr("packets of any size")
            : tr("packets up to %1").arg(PayloadFormat::dataSize(qint64(limits.maximumPacketSize))));
    parts << tr("QoS up to %1").arg(limits.maximumQoS);
    parts << (limits.retainAvailable ? tr("retain allowed") : tr("no retained messages"));
    parts << (limits.topicAliasMaximum == 0 ? tr("no topic aliases")
                                            : tr("topic aliases 1 to %1").arg(limits.topicAliasMaximum));
    m_limits->setText(tr("This broker accepts: %1.").arg(parts.join(u", "_s)));
}

QString PublishEditor::payloadStatus() const
{
    return m_payloadStatus->text();
}

void PublishEditor::onFormatChanged()
{
    const PayloadKind next = format();
    const PayloadKind previous = std::exchange(m_shownFormat, next);
    // The same bytes in the new format, when what is there reads in the old one.
    if (previous != next && previous != PayloadKind::File && next != PayloadKind::File) {
        const bool textual = [](PayloadKind k) { return k == PayloadKind::Text || k == PayloadKind::Json; }(previous)
            && (next == PayloadKind::Text || next == PayloadKind::Json);
        if (!textual && !m_payload->toPlainText().isEmpty()) {
            InputError error;
            const QByteArray bytes = PayloadEncoding::encode(previous, m_payload->toPlainText(), &error);
            const std::optional<QString> shown = error.isError() ? std::nullopt : rendered(bytes, next);
            if (shown) {
                const QScopedValueRollback<bool> setting(m_settingText, true);
                m_payload->setPlainText(*shown);
            } else {
                // Said until the next edit: the same characters now mean other bytes.
                m_conversionNote = error.isError()
                    ? tr("The payload was left as typed: it was not valid before the switch.")
                    : tr("The payload was left as typed: its bytes are not UTF-8 text.");
            }
        }
    }
    const bool json = next == PayloadKind::Json;
    m_pretty->setVisible(json);
    m_compact->setVisible(json);
    const bool textual = json || next == PayloadKind::Text;
    m_substitute->setEnabled(textual);
    m_payloadStack->setCurrentIndex(next == PayloadKind::File ? 1 : 0);
    validatePayload();
    Q_EMIT changed();
}

void PublishEditor::setPayloadStatus(const QString &text, int severity)
{
    if (!m_conversionNote.isEmpty()) {
        m_payloadStatus->setText(Canopy::visibleText(m_conversionNote + u' ' + text));
        severity = std::max(severity, 1);
    } else {
        m_payloadStatus->setText(Canopy::visibleText(text));
    }
    static const QString colours[] = { u"color: #2e7d32;"_s, u"color: #b26a00;"_s, u"color: #b71c1c;"_s };
    m_payloadStatus->setStyleSheet(colours[std::clamp(severity, 0, 2)]);
}

void PublishEditor::validatePayload()
{
    m_validation->stop();
    const PayloadKind kind = format();
    const QLocale locale;
    if (kind == PayloadKind::File) {
        const QString path = m_file->text();
        const QFileInfo info(path);
        if (path.isEmpty())
            setPayloadStatus(tr("Choose the file whose bytes are the payload."), 1);
        else if (!info.exists())
            setPayloadStatus(tr("There is no file %1.").arg(path), 2);
        else if (!info.isFile() || !info.isReadable())
            setPayloadStatus(tr("%1 is not a file Canopy can read.").arg(path), 2);
        else
            setPayloadStatus(tr("%1 (%2 bytes), read when the message is sent.")
                                 .arg(PayloadFormat::dataSize(info.size()), locale.toString(info.size())),
                0);
        return;
    }
    QString text = m_payload->toPlainText();
    if ((kind == PayloadKind::Text || kind == PayloadKind::Json) && m_substitute->isChecked()) {
        TemplateContext preview; // what the first message of a run would carry
        preview.timestampMs = QDateTime::currentMSecsSinceEpoch();
        InputError error;
        text = PayloadTemplate::substitute(text, preview, &error);
        if (error.isError()) {
            setPayloadStatus(error.sentence, 2);
            return;
        }
    }
    InputError error;
    const QByteArray bytes = PayloadEncoding::encode(kind, text, &error);
    if (error.isError()) {
        setPayloadStatus(error.sentence, 2);
        return;
    }
    const QString size = tr("%1 byte(s)", nullptr, Canopy::pluralCount(quint64(bytes.size())))
                             .arg(locale.toString(qint64(bytes.size())));
    if (kind == PayloadKind::Json) {
        const InputError json = JsonText::validate(text);
        if (json.isError()) {
            setPayloadStatus(tr("Not valid JSON at %1: %2 It can still be sent, as text.")
                                 .arg(InputError::placeText(json.line, json.column), json.sentence),
                1);
            return;
        }
        setPayloadStatus(tr("Valid JSON, %1.").arg(size), 0);
        return;
    }
    setPayloadStatus(size, 0);
}

QString PublishEditor::propertiesTitle() const
{
    return m_properties->hasAny() ? tr("Properties (set)") : tr("Properties");
}
