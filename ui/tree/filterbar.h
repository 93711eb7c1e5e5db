// SPDX-License-Identifier: MIT
#pragma once

// The filter bar above the topic tree: the text, how to match it (contains, MQTT wildcard, regular expression) and
// whether to search payloads instead of topics. Typing is debounced; a spec the model cannot use (an invalid regular
// expression) is explained in one sentence next to the field.

#include "store/topicfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

class FilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int DebounceMs = 150;

    explicit FilterBar(QWidget *parent = nullptr);

    TopicFilterSpec spec() const;
    // Puts the cursor in the text with all of it selected, so that typing replaces it (Edit › Filter, Ctrl+F).
    void focusText();
    // Shows why the last spec could not be used; an empty text hides the message.
    void setError(const QString &sentence);
    QString error() const;

Q_SIGNALS:
    void filterChanged(const TopicFilterSpec &spec);

private:
    void scheduleChange(int delayMs);
    void updatePlaceholder();

    QLineEdit *m_text = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_payloads = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_debounce = nullptr;
};
