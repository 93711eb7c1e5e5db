// SPDX-License-Identifier: MIT
#pragma once

// Adds or edits one subscription: the filter, its QoS and the MQTT 5 options (no local, retain as published, retain
// handling, subscription identifier). A filter that breaks a rule of the specification is refused with the rule,
// next to the field; so is a filter that is already in the list. Window-modal but not blocking: accepted() carries
// the result.

#include "profiles/connectionprofile.h"

#include <QDialog>
#include <QStringList>

class FieldError;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

class SubscriptionDialog : public QDialog {
    Q_OBJECT
public:
    // otherFilters: those already in the list (the edited one excluded), which the filter must not repeat.
    SubscriptionDialog(const ProfileSubscription &subscription, const QStringList &otherFilters, QWidget *parent);

    ProfileSubscription subscription() const;
    void accept() override; // only with a valid subscription

Q_SIGNALS:
    void subscriptionAccepted(const ProfileSubscription &subscription);

private:
    QLineEdit *m_filter = nullptr;
    FieldError *m_filterError = nullptr;
    QComboBox *m_qos = nullptr;
    QCheckBox *m_noLocal = nullptr;
    QCheckBox *m_retainAsPublished = nullptr;
    QComboBox *m_retainHandling = nullptr;
    QSpinBox *m_identifier = nullptr;
    QStringList m_otherFilters;
};
