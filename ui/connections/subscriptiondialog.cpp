// SPDX-License-Identifier: MIT
#include "connections/subscriptiondialog.h"

#include "connections/fielderror.h"
#include "profiles/profilevalidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SubscriptionDialog::SubscriptionDialog(
    const ProfileSubscription &subscription, const QStringList &otherFilters, QWidget *parent)
    : QDialog(parent)
    , m_otherFilters(otherFilters)
{
    setObjectName(u"subscriptionDialog"_s);
    setWindowTitle(subscription.filter.isEmpty() ? tr("Add Subscription") : tr("Edit Subscription"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    m_filter = new QLineEdit(subscription.filter, this);
    m_filter->setObjectName(u"subscriptionFilter"_s);
    m_filter->setPlaceholderText(tr("e.g. sensors/+/temperature or plant/#"));
    m_filterError = new FieldError(u"subscriptionFilterError"_s, this);
    m_qos = new QComboBox(this);
    m_qos->setObjectName(u"subscriptionQos"_s);
    m_qos->addItems({ tr("0: at most once"), tr("1: at least once"), tr("2: exactly once") });
    m_qos->setCurrentIndex(std::clamp(subscription.qos, 0, 2));
    m_noLocal = new QCheckBox(tr("No local: not my own messages"), this);
    m_noLocal->setObjectName(u"subscriptionNoLocal"_s);
    m_noLocal->setChecked(subscription.noLocal);
    m_retainAsPublished = new QCheckBox(tr("Retain as published"), this);
    m_retainAsPublished->setObjectName(u"subscriptionRetainAsPublished"_s);
    m_retainAsPublished->setChecked(subscription.retainAsPublished);
    m_retainHandling = new QComboBox(this);
    m_retainHandling->setObjectName(u"subscriptionRetainHandling"_s);
    m_retainHandling->addItems({ tr("0: send retained messages"), tr("1: only for a new subscription"),
        tr("2: never send retained messages") });
    m_retainHandling->setCurrentIndex(std::clamp(subscription.retainHandling, 0, 2));
    m_identifier = new QSpinBox(this);
    m_identifier->setObjectName(u"subscriptionIdentifier"_s);
    m_identifier->setRange(0, 268435455);
    m_identifier->setSpecialValueText(tr("none"));
    m_identifier->setValue(int(subscription.subscriptionIdentifier));

    auto *form = new QFormLayout;
    form->addRow(tr("&Filter:"), FieldError::withError(m_filter, m_filterError));
    form->addRow(tr("&QoS:"), m_qos);
    auto *v5 = new QLabel(tr("MQTT 5 only:"), this);
    form->addRow(v5);
    form->addRow(QString(), m_noLocal);
    form->addRow(QString(), m_retainAsPublished);
    form->addRow(tr("Retain &handling:"), m_retainHandling);
    form->addRow(tr("Subscription &identifier:"), m_identifier);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"subscriptionOk"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"subscriptionCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubscriptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubscriptionDialog::reject);
    connect(m_filter, &QLineEdit::textEdited, m_filterError, [this] { m_filterError->setError({}); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ProfileSubscription SubscriptionDialog::subscription() const
{
    ProfileSubscription subscription;
    subscription.filter = m_filter->text();
    subscription.qos = m_qos->currentIndex();
    subscription.noLocal = m_noLocal->isChecked();
    subscription.retainAsPublished = m_retainAsPublished->isChecked();
    subscription.retainHandling = m_retainHandling->currentIndex();
    subscription.subscriptionIdentifier = quint32(m_identifier->value());
    return subscription;
}

void SubscriptionDialog::accept()
{
    const ProfileSubscription result = subscription();
    QString problem = ProfileValidation::subscriptionProblem(result);
    if (problem.isEmpty() && m_otherFilters.contains(result.filter))
        problem = tr("'%1' is already in the list.").arg(result.filter);
    if (!problem.isEmpty()) {
        m_filterError->setError(problem);
        m_filter->setFocus(Qt::OtherFocusReason);
        return;
    }
    Q_EMIT subscriptionAccepted(result);
    QDialog::accept();
}
