// SPDX-License-Identifier: MIT
#pragma once

// Edit → Preferences (Ctrl+,): history budget and messages per topic, payload display limit, chart points per
// series, theme, language and reopening tabs at start. OK is refused, with the reason under the fields, while a
// value cannot be saved (Preferences::errors()). The theme applies at once (and comes back on Cancel); the language
// at the next start.

#include "preferences/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void setPreferences(const Preferences &preferences);
    Preferences preferences() const; // as the fields show them
    void setRestoreTabs(bool restore);
    bool restoreTabs() const;

    void accept() override;
    void reject() override;

private:
    void validate();

    QSpinBox *m_messagesPerTopic = nullptr;
    QSpinBox *m_budgetMiB = nullptr;
    QSpinBox *m_payloadLimitKiB = nullptr;
    QSpinBox *m_chartPoints = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QCheckBox *m_restoreTabs = nullptr;
    QLabel *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Theme::Mode m_themeBefore = Theme::Mode::System;
    QString m_languageBefore;
};
