// SPDX-License-Identifier: MIT
#include "inspector/messageview.h"

#include "common/displaytext.h"
#include "common/pluralcount.h"
#include "export/historyformat.h"
#include "inspector/inspectornames.h"
#include "inspector/messageheader.h"
#include "inspector/payloadpane.h"
#include "payload/payloadformat.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MessageView::MessageView(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(prefix)
{
    const auto name = [&prefix](const QString &base) { return InspectorNames::childName(prefix, base); };
    m_pages = new QStackedWidget(this);
    m_placeholder = new QLabel(m_pages);
    m_placeholder->setObjectName(name(u"messagePlaceholder"_s));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_inner = new QLabel(m_pages);
    m_inner->setObjectName(name(u"messageInnerNode"_s));
    m_inner->setTextFormat(Qt::PlainText);
    m_inner->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_inner->setWordWrap(true);
    m_inner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inner->setMargin(6);

    m_messagePage = new QWidget(m_pages);
    m_header = new MessageHeader(prefix, m_messagePage);
    m_payload = new PayloadPane(prefix, m_messagePage);
    m_copyPayload = new QToolButton(m_messagePage);
    m_copyPayload->setObjectName(name(u"copyPayloadButton"_s));
    m_copyPayload->setText(tr("Copy payload"));
    m_copyPayload->setToolTip(tr("Copy the payload: as text when it is text, otherwise as hex (and the raw bytes for "
                                 "programs that take them)"));
    m_copyCommand = new QToolButton(m_messagePage);
    m_copyCommand->setObjectName(name(u"copyCommandButton"_s));
    m_copyCommand->setText(tr("Copy as mosquitto_pub"));
    m_copyCommand->setToolTip(tr("Copy a mosquitto_pub command line that publishes this message again (safe to paste "
                                 "into a shell; credentials are not included)"));
    m_save = new QToolButton(m_messagePage);
    m_save->setObjectName(name(u"savePayloadButton"_s));
    m_save->setText(tr("Save payload…"));
    m_save->setToolTip(tr("Save the payload's bytes to a file"));
    connect(m_copyPayload, &QToolButton::clicked, this, &MessageView::copyPayload);
    connect(m_copyCommand, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(publishCommand());
        Q_EMIT note(tr("Copied a mosquitto_pub command line for “%1”.").arg(Canopy::visibleText(m_topic)));
    });
    connect(m_save, &QToolButton::clicked, this, &MessageView::askAndSave);
    connect(
        m_payload, &PayloadPane::choiceChanged, this, [this](int choice) { Q_EMIT choiceChanged(m_topic, choice); });

    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_copyPayload);
    actions->addWidget(m_copyCommand);
    actions->addWidget(m_save);
    actions->addStretch(1);
    auto *pageLayout = new QVBoxLayout(m_messagePage);
    pageLayout->setContentsMargins(4, 4, 4, 4);
    pageLayout->setSpacing(4);
    pageLayout->addWidget(m_header);
    pageLayout->addLayout(actions);
    pageLayout->addWidget(m_payload, 1);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_inner);
    m_pages->addWidget(m_messagePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showNothing();
}

void MessageView::showMessage(quint32 node, const QString &topic, const StoredMessage &message, int choice)
{
    const bool same = node == m_node && m_hasMessage && topic == m_topic;
    m_node = node;
    m_topic = topic;
    m_message = message;
    m_hasMessage = true;
    m_header->setMessage(topic, message);
    m_payload->setMessage(message, choice, same, topic);
    m_pages->setCurrentWidget(m_messagePage);
}

void MessageView::showInnerNode(quint32 node, const QString &topic, quint32 topics, quint64 messages)
{
    m_node = node;
    m_topic = topic;
    m_hasMessage = false;
    m_message = StoredMessage {};
    m_payload->clear();
    const QLocale locale;
    const QString topicCount
        = tr("%1 topic(s)", "below a topic", Canopy::pluralCount(topics)).arg(locale.toString(topics));
    const QString messageCount
        = tr("%1 message(s)", "below a topic", Canopy::pluralCount(messages)).arg(locale.toString(messages));
    m_inner->setText(tr("Topic: %1").arg(Canopy::visibleText(topic)) + u"\n\n"_s
        + tr("No message was received on this topic itself. Below it: %1 with %2.",
            "%1 is a number of topics, %2 a number of messages")
              .arg(topicCount, messageCount));
    m_pages->setCurrentWidget(m_inner);
}

void MessageView::showNothing(const QString &placeholder)
{
    m_node = 0;
    m_hasMessage = false;
    m_topic.clear();
    m_message = StoredMessage {};
    m_payload->clear();
    m_header->clear();
    m_placeholder->setText(placeholder.isEmpty() ? tr("Select a topic to see its last message.") : placeholder);
    m_pages->setCurrentWidget(m_placeholder);
}

QString MessageView::innerNodeText() const
{
    return m_pages->currentWidget() == m_inner ? m_inner->text() : QString();
}

QString MessageView::publishCommand() const
{
    return m_hasMessage ? PublishCommand::mosquittoPub(m_topic, m_message, m_broker) : QString();
}

void MessageView::copyPayload() const
{
    if (!m_hasMessage)
        return;
    auto *data = new QMimeData;
    const QByteArray &payload = m_message.payload;
    if (HistoryFormat::writtenAsText(payload)) {
        data->setText(QString::fromUtf8(payload));
    } else {
        data->setText(QString::fromLatin1(payload.toHex(' ')));
        data->setData(u"application/octet-stream"_s, payload);
    }
    QApplication::clipboard()->setMimeData(data);
}

bool MessageView::savePayload(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_message.payload) != m_message.payload.size()
        || !file.commit()) {
        if (error)
            *error = tr("“%1” cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void MessageView::askAndSave()
{
    if (!m_hasMessage)
        return;
    QFileDialog dialog(this, tr("Save Payload"));
    dialog.setObjectName(InspectorNames::childName(m_prefix, u"savePayloadDialog"_s));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    QString base = m_topic.section(u'/', -1);
    base.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    dialog.selectFile(base.isEmpty() ? u"payload.bin"_s : base + u".bin"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString fileName = dialog.selectedFiles().constFirst();
    QString error;
    if (!savePayload(fileName, &error)) {
        Q_EMIT note(error);
        return;
    }
    QString sentence = tr("Saved %1 to “%2”.")
                           .arg(PayloadFormat::dataSize(m_message.payload.size()), QFileInfo(fileName).fileName());
    if (m_message.truncated)
        sentence += u' '
            + tr("The payload was truncated: the file holds the first %1 of %2.")
                  .arg(PayloadFormat::dataSize(m_message.payload.size()),
                      PayloadFormat::dataSize(m_message.originalSize));
    Q_EMIT note(sentence);
}
