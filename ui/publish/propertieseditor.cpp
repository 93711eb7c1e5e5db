// SPDX-License-Identifier: MIT
#include "publish/propertieseditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

PropertiesEditor::PropertiesEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"publishProperties"_s);
    m_contentType = new QLineEdit(this);
    m_contentType->setObjectName(u"publishContentType"_s);
    m_contentType->setPlaceholderText(tr("e.g. application/json"));
    m_payloadFormat = new QComboBox(this);
    m_payloadFormat->setObjectName(u"publishPayloadFormatIndicator"_s);
    m_payloadFormat->addItem(tr("Not set"), -1);
    m_payloadFormat->addItem(tr("0 – unspecified bytes"), 0);
    m_payloadFormat->addItem(tr("1 – UTF-8 text"), 1);
    m_expiry = new QSpinBox(this);
    m_expiry->setObjectName(u"publishMessageExpiry"_s);
    m_expiry->setRange(-1, std::numeric_limits<int>::max());
    m_expiry->setSpecialValueText(tr("Never"));
    m_expiry->setValue(-1);
    m_expiry->setSuffix(tr(" s"));
    m_expiry->setToolTip(tr("Message Expiry Interval: the broker drops the message if it cannot deliver it within "
                            "this many seconds"));
    m_responseTopic = new QLineEdit(this);
    m_responseTopic->setObjectName(u"publishResponseTopic"_s);
    m_responseTopic->setPlaceholderText(tr("replies come here; Canopy pairs them with this request"));
    m_correlation = new QLineEdit(this);
    m_correlation->setObjectName(u"publishCorrelationData"_s);
    m_correlationFormat = new QComboBox(this);
    m_correlationFormat->setObjectName(u"publishCorrelationFormat"_s);
    m_correlationFormat->addItem(tr("Text"), int(CorrelationKind::Text));
    m_correlationFormat->addItem(tr("Hex"), int(CorrelationKind::Hex));
    auto *correlationRow = new QHBoxLayout;
    correlationRow->setContentsMargins(0, 0, 0, 0);
    correlationRow->addWidget(m_correlation, 1);
    correlationRow->addWidget(m_correlationFormat);

    m_userProperties = new QTableWidget(0, 2, this);
    m_userProperties->setObjectName(u"publishUserProperties"_s);
    m_userProperties->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_userProperties->horizontalHeader()->setStretchLastSection(true);
    m_userProperties->verticalHeader()->hide();
    m_userProperties->setMinimumSize(120, 70); // narrower than its size hint: the dock may be narrow
    m_userProperties->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_userProperties->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addUserProperty = new QPushButton(tr("Add"), this);
    m_addUserProperty->setObjectName(u"publishAddUserProperty"_s);
    m_removeUserProperty = new QPushButton(tr("Remove"), this);
    m_removeUserProperty->setObjectName(u"publishRemoveUserProperty"_s);
    auto *userButtons = new QVBoxLayout;
    userButtons->addWidget(m_addUserProperty);
    userButtons->addWidget(m_removeUserProperty);
    userButtons->addStretch(1);
    auto *userRow = new QHBoxLayout;
    userRow->setContentsMargins(0, 0, 0, 0);
    userRow->addWidget(m_userProperties, 1);
    userRow->addLayout(userButtons);

    m_topicAlias = new QSpinBox(this);
    m_topicAlias->setObjectName(u"publishTopicAlias"_s);
    m_topicAlias->setRange(0, 65535);
    m_topicAlias->setSpecialValueText(tr("None"));
    m_aliasNote = new QLabel(this);
    m_aliasNote->setObjectName(u"publishTopicAliasNote"_s);
    m_aliasNote->setTextFormat(Qt::PlainText);
    auto *aliasRow = new QHBoxLayout;
    aliasRow->setContentsMargins(0, 0, 0, 0);
    aliasRow->addWidget(m_topicAlias);
    aliasRow->addWidget(m_aliasNote, 1);
    setTopicAliasMaximum(-1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Content type:"), m_contentType);
    form->addRow(tr("Payload format:"), m_payloadFormat);
    form->addRow(tr("Expires after:"), m_expiry);
    form->addRow(tr("Response topic:"), m_responseTopic);
    form->addRow(tr("Correlation data:"), correlationRow);
    form->addRow(tr("User properties:"), userRow);
    form->addRow(tr("Topic alias:"), aliasRow);

    const auto changedSignal = [this] { Q_EMIT changed(); };
    connect(m_contentType, &QLineEdit::textChanged, this, changedSignal);
    connect(m_payloadFormat, &QComboBox::currentIndexChanged, this, changedSignal);
    connect(m_expiry, &QSpinBox::valueChanged, this, changedSignal);
    connect(m_responseTopic, &QLineEdit::textChanged, this, changedSignal);
    connect(m_correlation, &QLineEdit::textChanged, this, changedSignal);
    connect(m_correlationFormat, &QComboBox::currentIndexChanged, this, changedSignal);
    connect(m_userProperties, &QTableWidget::itemChanged, this, changedSignal);
    connect(m_topicAlias, &QSpinBox::valueChanged, this, changedSignal);
    connect(m_addUserProperty, &QPushButton::clicked, this, [this] {
        addUserProperty();
        m_userProperties->setCurrentCell(m_userProperties->rowCount() - 1, 0);
        m_userProperties->editItem(m_userProperties->item(m_userProperties->rowCount() - 1, 0));
        Q_EMIT changed();
    });
    connect(m_removeUserProperty, &QPushButton::clicked, this, [this] {
        const int row = m_userProperties->currentRow();
        if (row < 0)
            return;
        m_userProperties->removeRow(row);
        Q_EMIT changed();
    });
}

void PropertiesEditor::addUserProperty(const QString &name, const QString &value)
{
    const int row = m_userProperties->rowCount();
    m_userProperties->insertRow(row);
    m_userProperties->setItem(row, 0, new QTableWidgetItem(name));
    m_userProperties->setItem(row, 1, new QTableWidgetItem(value));
}

void PropertiesEditor::fillMessage(PublishMessage *message) const
{
    message->contentType = m_contentType->text();
    const int indicator = m_payloadFormat->currentData().toInt();
    message->payloadFormatIndicator = indicator < 0 ? std::nullopt : std::optional<quint8>(quint8(indicator));
    message->messageExpirySeconds
        = m_expiry->value() < 0 ? std::nullopt : std::optional<quint32>(quint32(m_expiry->value()));
    message->responseTopic = m_responseTopic->text();
    message->correlationData = m_correlation->text();
    message->correlationFormat = CorrelationKind(m_correlationFormat->currentData().toInt());
    message->userProperties.clear();
    for (int row = 0; row < m_userProperties->rowCount(); ++row) {
        const QString name = m_userProperties->item(row, 0) ? m_userProperties->item(row, 0)->text() : QString();
        const QString value = m_userProperties->item(row, 1) ? m_userProperties->item(row, 1)->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue; // an empty row is one not filled in yet
        message->userProperties.append({ name, value });
    }
    message->topicAlias
        = m_topicAlias->value() == 0 ? std::nullopt : std::optional<quint16>(quint16(m_topicAlias->value()));
}

void PropertiesEditor::setMessage(const PublishMessage &message)
{
    const QSignalBlocker blocker(this);
    m_contentType->setText(message.contentType);
    m_payloadFormat->setCurrentIndex(
        m_payloadFormat->findData(message.payloadFormatIndicator ? int(*message.payloadFormatIndicator) : -1));
    m_expiry->setValue(message.messageExpirySeconds
            ? int(std::min<quint32>(*message.messageExpirySeconds, quint32(std::numeric_limits<int>::max())))
            : -1);
    m_responseTopic->setText(message.responseTopic);
    m_correlation->setText(message.correlationData);
    m_correlationFormat->setCurrentIndex(m_correlationFormat->findData(int(message.correlationFormat)));
    m_userProperties->setRowCount(0);
    for (const Mqtt::UserProperty &user : message.userProperties)
        addUserProperty(user.name, user.value);
    m_topicAlias->setValue(message.topicAlias ? int(*message.topicAlias) : 0);
    Q_EMIT changed();
}

void PropertiesEditor::setTopicAliasMaximum(int maximum)
{
    // A saved alias above the maximum stays visible (the spin box keeps 65535 as its range): sending then says why.
    m_topicAlias->setEnabled(maximum != 0 || m_topicAlias->value() != 0);
    if (maximum < 0)
        m_aliasNote->setText(tr("the broker says how many it allows when connected"));
    else if (maximum == 0)
        m_aliasNote->setText(tr("this broker allows no topic aliases"));
    else
        m_aliasNote->setText(tr("this broker allows 1 to %1").arg(maximum));
}

void PropertiesEditor::focusField(PreparedPublish::Field field, qsizetype offset)
{
    QLineEdit *line = field == PreparedPublish::Field::ResponseTopic ? m_responseTopic
        : field == PreparedPublish::Field::CorrelationData           ? m_correlation
                                                                     : nullptr;
    if (!line) {
        m_topicAlias->setFocus(Qt::OtherFocusReason);
        return;
    }
    line->setFocus(Qt::OtherFocusReason);
    if (offset >= 0)
        line->setCursorPosition(int(offset));
}

bool PropertiesEditor::hasAny() const
{
    PublishMessage message;
    fillMessage(&message);
    return message.hasProperties();
}
