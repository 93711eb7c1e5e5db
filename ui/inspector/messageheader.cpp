// SPDX-License-Identifier: MIT
#include "inspector/messageheader.h"

#include "common/displaytext.h"
#include "inspector/inspectornames.h"
#include "payload/payloadformat.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringList>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

MessageHeader::MessageHeader(const QString &prefix, QWidget *parent)
    : QWidget(parent)
{
    const auto name = [&prefix](const QString &base) { return InspectorNames::childName(prefix, base); };
    m_topicEdit = new QLineEdit(this);
    m_topicEdit->setObjectName(name(u"messageTopic"_s));
    m_topicEdit->setReadOnly(true);
    m_topicEdit->setFrame(false);
    QFont bold = m_topicEdit->font();
    bold.setBold(true);
    m_topicEdit->setFont(bold);
    m_copyTopic = new QToolButton(this);
    m_copyTopic->setObjectName(name(u"copyTopicButton"_s));
    m_copyTopic->setText(tr("Copy"));
    m_copyTopic->setToolTip(tr("Copy the topic"));
    connect(m_copyTopic, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_topic); });

    m_qos = plainLabel(this, name(u"messageQos"_s));
    m_retain = plainLabel(this, name(u"messageRetain"_s));
    m_time = plainLabel(this, name(u"messageTime"_s));
    m_size = plainLabel(this, name(u"messageSize"_s));

    m_properties = new QWidget(this);
    m_properties->setObjectName(name(u"messageProperties"_s));
    m_form = new QFormLayout(m_properties);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(1);
    m_contentType = addRow(prefix, u"messageContentType"_s, tr("Content type:"));
    m_payloadFormat = addRow(prefix, u"messagePayloadFormat"_s, tr("Payload format:"));
    m_expiry = addRow(prefix, u"messageExpiry"_s, tr("Message expiry:"));
    m_responseTopic = addRow(prefix, u"messageResponseTopic"_s, tr("Response topic:"));
    m_correlation = addRow(prefix, u"messageCorrelationData"_s, tr("Correlation data:"));
    m_correlation->setWordWrap(true);
    m_subscriptionIds = addRow(prefix, u"messageSubscriptionIds"_s, tr("Subscription identifiers:"));
    m_userProperties = new QTableWidget(0, 2, m_properties);
    m_userProperties->setObjectName(name(u"messageUserProperties"_s));
    m_userProperties->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_userProperties->horizontalHeader()->setStretchLastSection(true);
    m_userProperties->verticalHeader()->hide();
    m_userProperties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_userProperties->setMaximumHeight(m_userProperties->fontMetrics().height() * 8);
    m_form->addRow(tr("User properties:"), m_userProperties);

    auto *topicRow = new QHBoxLayout;
    topicRow->setContentsMargins(0, 0, 0, 0);
    topicRow->addWidget(m_topicEdit, 1);
    topicRow->addWidget(m_copyTopic);
    auto *facts = new QHBoxLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setSpacing(12);
    for (QLabel *label : { m_time, m_qos, m_retain, m_size })
        facts->addWidget(label);
    facts->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(topicRow);
    layout->addLayout(facts);
    layout->addWidget(m_properties);
    clear();
}

QLabel *MessageHeader::addRow(const QString &prefix, const QString &name, const QString &label)
{
    QLabel *value = plainLabel(m_properties, InspectorNames::childName(prefix, name));
    m_form->addRow(label, value);
    return value;
}

void MessageHeader::clear()
{
    m_topic.clear();
    m_topicEdit->clear();
    for (QLabel *label : { m_qos, m_retain, m_time, m_size })
        label->clear();
    m_copyTopic->setEnabled(false);
    m_properties->hide();
}

void MessageHeader::setMessage(const QString &topic, const StoredMessage &m)
{
    m_topic = topic;
    m_topicEdit->setText(Canopy::visibleText(topic));
    m_topicEdit->setCursorPosition(0);
    m_copyTopic->setEnabled(true);
    const QLocale locale;
    m_qos->setText(tr("QoS %1").arg(m.qos));
    m_retain->setText(m.retain ? tr("retained") : tr("not retained"));
    m_time->setText(QDateTime::fromMSecsSinceEpoch(m.timeMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    m_time->setToolTip(tr("Received (local time, to the millisecond)"));
    if (m.truncated)
        m_size->setText(tr("%1, cut to %2")
                            .arg(PayloadFormat::dataSize(m.originalSize), PayloadFormat::dataSize(m.payload.size())));
    else
        m_size->setText(PayloadFormat::dataSize(m.originalSize));

    const Mqtt::Properties none;
    const Mqtt::Properties &p = m.properties ? *m.properties : none;
    auto show = [this](QLabel *label, bool present, const QString &text) {
        label->setText(present ? text : QString());
        m_form->setRowVisible(label, present);
    };
    show(m_contentType, p.contentType.has_value(), p.contentType ? Canopy::visibleText(*p.contentType) : QString());
    show(m_payloadFormat, p.payloadFormatIndicator.has_value(),
        p.payloadFormatIndicator
            ? (*p.payloadFormatIndicator == 1 ? tr("1 (UTF-8 text)")
                                              : tr("%1 (unspecified bytes)").arg(*p.payloadFormatIndicator))
            : QString());
    show(m_expiry, p.messageExpiryInterval.has_value(),
        p.messageExpiryInterval ? tr("%1 s").arg(locale.toString(*p.messageExpiryInterval)) : QString());
    show(m_responseTopic, p.responseTopic.has_value(),
        p.responseTopic ? Canopy::visibleText(*p.responseTopic) : QString());
    QString correlation;
    if (p.correlationData) {
        const QByteArray &data = *p.correlationData;
        const QString text
            = PayloadFormat::looksBinary(data) ? tr("(not text)") : Canopy::visibleText(QString::fromUtf8(data));
        correlation = tr("%1 · hex %2").arg(text, QString::fromLatin1(data.toHex(' ')));
    }
    show(m_correlation, p.correlationData.has_value(), correlation);
    QStringList ids;
    for (quint32 id : p.subscriptionIdentifiers)
        ids << locale.toString(id);
    show(m_subscriptionIds, !ids.isEmpty(), ids.join(u", "_s));
    m_userProperties->setRowCount(int(p.userProperties.size()));
    for (int row = 0; row < p.userProperties.size(); ++row) {
        // QTableWidgetItem text is plain text.
        m_userProperties->setItem(row, 0, new QTableWidgetItem(Canopy::visibleText(p.userProperties[row].name)));
        m_userProperties->setItem(row, 1, new QTableWidgetItem(Canopy::visibleText(p.userProperties[row].value)));
    }
    m_form->setRowVisible(m_userProperties, !p.userProperties.isEmpty());
    const bool any = p.contentType || p.payloadFormatIndicator || p.messageExpiryInterval || p.responseTopic
        || p.correlationData || !p.subscriptionIdentifiers.isEmpty() || !p.userProperties.isEmpty();
    m_properties->setVisible(any);
}
