// SPDX-License-Identifier: MIT
#include "connections/willeditor.h"

#include "connections/fielderror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStringDecoder>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
bool isText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar(0));
}
} // namespace

WillEditor::WillEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"willEditor"_s);
    m_will = new QGroupBox(tr("Send a last will when the connection ends unexpectedly"), this);
    m_will->setObjectName(u"profileWill"_s);
    m_will->setCheckable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_will);
    layout->addStretch();
    auto *form = new QFormLayout(m_will);

    m_topic = new QLineEdit(m_will);
    m_topic->setObjectName(u"profileWillTopic"_s);
    auto *topicError = new FieldError(u"profileWillTopicError"_s, m_will);
    form->addRow(tr("T&opic:"), FieldError::withError(m_topic, topicError));
    m_errors.insert(ProfileField::WillTopic, topicError);
    m_payload = new QPlainTextEdit(m_will);
    m_payload->setObjectName(u"profileWillPayload"_s);
    m_payload->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Payload:"), m_payload);
    m_qos = new QComboBox(m_will);
    m_qos->setObjectName(u"profileWillQos"_s);
    m_qos->addItems({ u"0"_s, u"1"_s, u"2"_s });
    form->addRow(tr("&QoS:"), m_qos);
    m_retain = new QCheckBox(tr("Retain"), m_will);
    m_retain->setObjectName(u"profileWillRetain"_s);
    form->addRow(QString(), m_retain);
    form->addRow(new QLabel(tr("MQTT 5 will properties:"), m_will));
    m_delay = new QSpinBox(m_will);
    m_delay->setObjectName(u"profileWillDelay"_s);
    m_delay->setRange(0, std::numeric_limits<int>::max());
    m_delay->setSpecialValueText(tr("none"));
    form->addRow(tr("&Will delay (s):"), m_delay);
    m_expiry = new QLineEdit(m_will);
    m_expiry->setObjectName(u"profileWillExpiry"_s);
    m_expiry->setPlaceholderText(tr("empty: never expires"));
    form->addRow(tr("Message &expiry (s):"), m_expiry);
    m_utf8 = new QCheckBox(tr("The payload is UTF-8 text"), m_will);
    m_utf8->setObjectName(u"profileWillUtf8"_s);
    form->addRow(QString(), m_utf8);
    m_contentType = new QLineEdit(m_will);
    m_contentType->setObjectName(u"profileWillContentType"_s);
    form->addRow(tr("Content t&ype:"), m_contentType);
    m_responseTopic = new QLineEdit(m_will);
    m_responseTopic->setObjectName(u"profileWillResponseTopic"_s);
    form->addRow(tr("&Response topic:"), m_responseTopic);
    m_correlation = new QLineEdit(m_will);
    m_correlation->setObjectName(u"profileWillCorrelation"_s);
    form->addRow(tr("Correlation d&ata:"), m_correlation);
    m_userProperties = new QPlainTextEdit(m_will);
    m_userProperties->setObjectName(u"profileWillUserProperties"_s);
    m_userProperties->setPlaceholderText(tr("one name=value per line"));
    m_userProperties->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    auto *propertiesError = new FieldError(u"profileWillUserPropertiesError"_s, m_will);
    form->addRow(tr("&User properties:"), FieldError::withError(m_userProperties, propertiesError));
    m_errors.insert(ProfileField::WillProperties, propertiesError);

    const auto changed = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    connect(m_will, &QGroupBox::toggled, this, changed);
    connect(m_payload, &QPlainTextEdit::textChanged, this, [this, changed] {
        if (!m_filling)
            m_payloadEdited = true;
        changed();
    });
    connect(m_correlation, &QLineEdit::textEdited, this, [this, changed] {
        m_correlationEdited = true;
        changed();
    });
    connect(m_userProperties, &QPlainTextEdit::textChanged, this, changed);
    for (QLineEdit *edit : { m_topic, m_expiry, m_contentType, m_responseTopic })
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QCheckBox *check : { m_retain, m_utf8 })
        connect(check, &QCheckBox::toggled, this, changed);
    connect(m_qos, &QComboBox::currentIndexChanged, this, changed);
    connect(m_delay, &QSpinBox::valueChanged, this, changed);
}

void WillEditor::setWill(const ProfileWill &will)
{
    m_filling = true;
    m_will->setChecked(will.enabled);
    m_topic->setText(will.topic);
    m_payloadBytes = will.payload;
    m_payloadEdited = false;
    m_payload->setPlainText(isText(will.payload)
            ? QString::fromUtf8(will.payload)
            : tr("(%n byte(s) that are not text: kept unless you edit this)", nullptr, int(will.payload.size())));
    m_qos->setCurrentIndex(std::clamp(will.qos, 0, 2));
    m_retain->setChecked(will.retain);
    m_delay->setValue(int(std::min<quint32>(will.delayInterval, quint32(std::numeric_limits<int>::max()))));
    m_expiry->setText(will.messageExpiryInterval ? QString::number(*will.messageExpiryInterval) : QString());
    m_utf8->setChecked(will.payloadIsUtf8);
    m_contentType->setText(will.contentType);
    m_responseTopic->setText(will.responseTopic);
    m_correlationBytes = will.correlationData;
    m_correlationEdited = false;
    m_correlation->setText(isText(will.correlationData) ? QString::fromUtf8(will.correlationData)
                                                        : QString::fromLatin1(will.correlationData.toHex(' ')));
    QStringList properties;
    for (const Mqtt::UserProperty &property : will.userProperties)
        properties.append(property.name + u'=' + property.value);
    m_userProperties->setPlainText(properties.join(u'\n'));
    m_filling = false;
}

ProfileWill WillEditor::will() const
{
    ProfileWill will;
    will.enabled = m_will->isChecked();
    will.topic = m_topic->text();
    will.payload = m_payloadEdited ? m_payload->toPlainText().toUtf8() : m_payloadBytes;
    will.qos = m_qos->currentIndex();
    will.retain = m_retain->isChecked();
    will.delayInterval = quint32(m_delay->value());
    bool expiryOk = false;
    const quint32 expiry = m_expiry->text().trimmed().toUInt(&expiryOk);
    if (expiryOk)
        will.messageExpiryInterval = expiry;
    will.payloadIsUtf8 = m_utf8->isChecked();
    will.contentType = m_contentType->text();
    will.responseTopic = m_responseTopic->text();
    will.correlationData = m_correlationEdited ? m_correlation->text().toUtf8() : m_correlationBytes;
    const QStringList lines = m_userProperties->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype equals = line.indexOf(u'=');
        will.userProperties.append(equals < 0
                ? Mqtt::UserProperty { line.trimmed(), QString() }
                : Mqtt::UserProperty { line.left(equals).trimmed(), line.mid(equals + 1) });
    }
    return will;
}

QList<ProfileProblem> WillEditor::inputProblems() const
{
    const QString expiry = m_expiry->text().trimmed();
    bool ok = true;
    if (m_will->isChecked() && !expiry.isEmpty())
        expiry.toUInt(&ok);
    if (ok)
        return {};
    return { { ProfileField::WillProperties,
        tr("The will's message expiry is a number of seconds, or empty for never.") } };
}
