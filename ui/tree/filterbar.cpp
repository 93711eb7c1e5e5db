// SPDX-License-Identifier: MIT
#include "tree/filterbar.h"

#include "common/displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"filterBar"_s);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"topicFilter"_s);
    m_text->setClearButtonEnabled(true);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"filterMode"_s);
    m_mode->addItem(tr("Contains"), int(TopicFilterSpec::TopicMode::Substring));
    m_mode->addItem(tr("MQTT wildcard"), int(TopicFilterSpec::TopicMode::Wildcard));
    m_mode->addItem(tr("Regular expression"), int(TopicFilterSpec::TopicMode::RegularExpression));
    m_mode->setToolTip(tr("How the text is matched against topics"));
    m_payloads = new QCheckBox(tr("Search payloads"), this);
    m_payloads->setObjectName(u"payloadSearch"_s);
    m_payloads->setToolTip(tr("Find the text in the last payload of each topic instead of in topic names"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"filterMessage"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b71c1c;"_s);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_mode);
    row->addWidget(m_payloads);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(spec()); });
    connect(m_text, &QLineEdit::textChanged, this, [this] { scheduleChange(DebounceMs); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholder();
        scheduleChange(0);
    });
    connect(m_payloads, &QCheckBox::toggled, this, [this](bool on) {
        m_mode->setEnabled(!on);
        updatePlaceholder();
        scheduleChange(0);
    });
    updatePlaceholder();
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

TopicFilterSpec FilterBar::spec() const
{
    TopicFilterSpec spec;
    const QString text = m_text->text();
    if (text.isEmpty())
        return spec;
    if (m_payloads->isChecked()) {
        spec.payload = text;
        return spec;
    }
    spec.topicMode = TopicFilterSpec::TopicMode(m_mode->currentData().toInt());
    spec.topic = text;
    return spec;
}

void FilterBar::setError(const QString &sentence)
{
    m_error->setText(Canopy::visibleText(sentence)); // it may quote the filter text or a pasted topic
    m_error->setVisible(!sentence.isEmpty());
}

QString FilterBar::error() const
{
    return m_error->text();
}

void FilterBar::scheduleChange(int delayMs)
{
    m_debounce->start(delayMs);
}

void FilterBar::updatePlaceholder()
{
    if (m_payloads->isChecked()) {
        m_text->setPlaceholderText(tr("Filter: text in the last payload"));
        return;
    }
    switch (TopicFilterSpec::TopicMode(m_mode->currentData().toInt())) {
    case TopicFilterSpec::TopicMode::Wildcard:
        m_text->setPlaceholderText(tr("Filter: topic filter such as home/+/temperature or sensors/#"));
        break;
    case TopicFilterSpec::TopicMode::RegularExpression:
        m_text->setPlaceholderText(tr("Filter: regular expression such as ^home/.*/temp"));
        break;
    default:
        m_text->setPlaceholderText(tr("Filter: text the topic contains"));
        break;
    }
}
