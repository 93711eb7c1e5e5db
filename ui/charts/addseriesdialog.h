// SPDX-License-Identifier: MIT
#pragma once

// "Add series": a topic filter (a topic, or + and # for one series per matching topic, including topics that appear
// later) and an optional path into JSON, CBOR or MessagePack. Says what is wrong with either before it accepts.

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

class AddSeriesDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddSeriesDialog(QWidget *parent = nullptr);

    void setTopicFilter(const QString &filter);
    void setPath(const QString &path);
    QString topicFilter() const;
    QString path() const;
    // Why the entries cannot be used (one sentence), or empty.
    QString problem() const;

    void accept() override;

private:
    void validate();

    QLineEdit *m_filter = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
