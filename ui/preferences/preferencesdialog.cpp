// SPDX-License-Identifier: MIT
#include "preferences/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QSpinBox *spinBox(const QString &name, qint64 minimum, qint64 maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    // The spin box takes a little more than the allowed range, so that a value out of range is explained rather
    // than silently not typed.
    box->setRange(int(std::max<qint64>(0, minimum - 1)), int(std::min<qint64>(maximum + 1, INT_MAX)));
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    return box;
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    auto *data = new QGroupBox(tr("Messages"), this);
    auto *dataForm = new QFormLayout(data);
    m_messagesPerTopic = spinBox(u"messagesPerTopicSpin"_s, 1, HistorySettings::MaximumMessagesPerTopic, {}, data);
    m_messagesPerTopic->setToolTip(tr("How many messages of each topic the history keeps, the last one included"));
    dataForm->addRow(tr("&History per topic:"), m_messagesPerTopic);
    m_budgetMiB = spinBox(u"historyBudgetSpin"_s, 1, HistorySettings::MaximumBudgetMiB, tr(" MiB"), data);
    m_budgetMiB->setToolTip(tr("Memory for the history of all topics of a connection; the oldest messages go first"));
    dataForm->addRow(tr("History &budget:"), m_budgetMiB);
    m_payloadLimitKiB = spinBox(u"payloadLimitSpin"_s, Preferences::MinimumPayloadLimitKiB,
        Preferences::MaximumPayloadLimitKiB, tr(" KiB"), data);
    m_payloadLimitKiB->setToolTip(
        tr("Payloads longer than this are kept and shown cut to it, and marked as truncated"));
    dataForm->addRow(tr("&Payload display limit:"), m_payloadLimitKiB);
    m_chartPoints
        = spinBox(u"chartPointsSpin"_s, Preferences::MinimumChartPoints, Preferences::MaximumChartPoints, {}, data);
    m_chartPoints->setToolTip(tr("Points a chart keeps per series; the oldest go first"));
    dataForm->addRow(tr("&Chart points per series:"), m_chartPoints);

    auto *look = new QGroupBox(tr("Appearance and start"), this);
    auto *lookForm = new QFormLayout(look);
    m_theme = new QComboBox(look);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->addItem(tr("Follow the system"), Theme::modeKey(Theme::Mode::System));
    m_theme->addItem(tr("Light"), Theme::modeKey(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), Theme::modeKey(Theme::Mode::Dark));
    lookForm->addRow(tr("&Theme:"), m_theme);
    m_language = new QComboBox(look);
    m_language->setObjectName(u"languageCombo"_s);
    for (const auto &[code, name] : Preferences::languages())
        m_language->addItem(name, code);
    lookForm->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("The new language applies the next time Canopy starts."), look);
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    lookForm->addRow(QString(), m_languageNote);
    m_restoreTabs = new QCheckBox(tr("&Reopen the saved connections that are open when Canopy closes"), look);
    m_restoreTabs->setObjectName(u"restoreTabsCheck"_s);
    lookForm->addRow(tr("At start:"), m_restoreTabs);

    m_errors = new QLabel(this);
    m_errors->setObjectName(u"preferencesErrors"_s);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setWordWrap(true);
    m_errors->setForegroundRole(QPalette::BrightText);
    m_errors->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"preferencesButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(data);
    layout->addWidget(look);
    layout->addWidget(m_errors);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QSpinBox *box : { m_messagesPerTopic, m_budgetMiB, m_payloadLimitKiB, m_chartPoints })
        connect(box, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    // The theme shows at once, in every window.
    connect(m_theme, &QComboBox::currentIndexChanged, this,
        [this] { Theme::apply(Theme::modeFromKey(m_theme->currentData().toString())); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { m_languageNote->setVisible(m_language->currentData().toString() != m_languageBefore); });
    setPreferences(Preferences());
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_themeBefore = preferences.theme;
    m_languageBefore = preferences.language;
    m_messagesPerTopic->setValue(preferences.history.messagesPerTopic);
    m_budgetMiB->setValue(int(std::min<qint64>(preferences.history.budgetMiB, INT_MAX)));
    m_payloadLimitKiB->setValue(int(preferences.payloadLimitKiB));
    m_chartPoints->setValue(int(preferences.chartPointsPerSeries));
    {
        const QSignalBlocker blocker(m_theme); // showing the saved theme applies nothing
        m_theme->setCurrentIndex(std::max(0, m_theme->findData(Theme::modeKey(preferences.theme))));
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_languageNote->setVisible(false);
    validate();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.history.messagesPerTopic = m_messagesPerTopic->value();
    preferences.history.budgetMiB = m_budgetMiB->value();
    preferences.payloadLimitKiB = m_payloadLimitKiB->value();
    preferences.chartPointsPerSeries = m_chartPoints->value();
    preferences.theme = Theme::modeFromKey(m_theme->currentData().toString());
    preferences.language = m_language->currentData().toString();
    return preferences;
}

void PreferencesDialog::setRestoreTabs(bool restore)
{
    m_restoreTabs->setChecked(restore);
}

bool PreferencesDialog::restoreTabs() const
{
    return m_restoreTabs->isChecked();
}

void PreferencesDialog::validate()
{
    const QStringList errors = preferences().errors();
    m_errors->setText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

void PreferencesDialog::accept()
{
    if (!preferences().errors().isEmpty())
        return; // OK is disabled; Enter in a field must not get round it
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    if (Theme::appliedMode() != m_themeBefore)
        Theme::apply(m_themeBefore); // what was tried goes back
    QDialog::reject();
}
