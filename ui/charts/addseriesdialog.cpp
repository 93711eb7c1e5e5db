// SPDX-License-Identifier: MIT
#include "charts/addseriesdialog.h"

#include "charts/numericpath.h"
#include "codec/mqtttopic.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AddSeriesDialog::AddSeriesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"addSeriesDialog"_s);
    setWindowTitle(tr("Add Series"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"seriesTopicFilter"_s);
    m_filter->setPlaceholderText(tr("home/+/temperature"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"seriesPath"_s);
    m_path->setPlaceholderText(tr("empty for the whole payload, or $.sensors[0].temp"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"seriesProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *help = new QLabel(tr("One series per matching topic, including topics that appear later. The path picks a "
                               "number in JSON, CBOR or MessagePack; true/false and on/off count as 1 and 0."),
        this);
    help->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"seriesButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddSeriesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &AddSeriesDialog::validate);
    connect(m_path, &QLineEdit::textChanged, this, &AddSeriesDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("&Topic filter:"), m_filter);
    form->addRow(tr("&Path:"), m_path);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
}

void AddSeriesDialog::setTopicFilter(const QString &filter)
{
    m_filter->setText(filter);
}

void AddSeriesDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString AddSeriesDialog::topicFilter() const
{
    return m_filter->text().trimmed();
}

QString AddSeriesDialog::path() const
{
    return m_path->text().trimmed();
}

QString AddSeriesDialog::problem() const
{
    if (topicFilter().isEmpty())
        return tr("Enter a topic, or a filter such as home/+/temperature.");
    if (!Mqtt::isValidTopicFilter(topicFilter()))
        return tr("\"%1\" is not a topic filter: '+' must be a whole level and '#' the whole last level.")
            .arg(topicFilter());
    const NumericPath parsed = NumericPath::parse(path());
    if (!parsed.isValid())
        return parsed.error();
    return {};
}

void AddSeriesDialog::validate()
{
    const QString sentence = problem();
    m_problem->setText(sentence);
    m_problem->setVisible(!sentence.isEmpty() && !topicFilter().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(sentence.isEmpty());
}

void AddSeriesDialog::accept()
{
    if (!problem().isEmpty()) {
        validate();
        return;
    }
    QDialog::accept();
}
