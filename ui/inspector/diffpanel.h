// SPDX-License-Identifier: MIT
#pragma once

// The Diff tab: two messages of a topic compared (MessageDiff): JSON structurally, text line by line with the
// changed characters highlighted, binary as hex; the mode can be forced. By default the newest message against the
// one before; two rows picked in the History tab replace that pair until the topic changes or "Newest vs previous"
// is clicked. Payloads over SyncLimit are compared on a pool thread, with a notice.

#include "diff/messagediff.h"
#include "store/topicmessage.h"

#include <QWidget>

class DiffModel;
class QComboBox;
class QLabel;
class QPushButton;
class RowView;

class DiffPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr qsizetype SyncLimit = 256 * 1024;

    struct Side {
        quint64 number = 0; // the message's number on its topic (shown 1-based)
        StoredMessage message;
    };

    explicit DiffPanel(QWidget *parent = nullptr);

    // Compares older with newer; pinned: a pair the user chose (the panel says so and offers the newest pair back).
    void compare(const QString &topic, const Side &older, const Side &newer, bool pinned);
    void showNothing(const QString &why);
    bool isPinned() const { return m_pinned; }
    bool isBusy() const { return m_busy; }
    DiffModel *model() const { return m_model; }
    RowView *view() const { return m_view; }
    QString title() const;
    QString summary() const;
    QString note() const;
    quint64 olderNumber() const { return m_older.number; }
    quint64 newerNumber() const { return m_newer.number; }

Q_SIGNALS:
    void newestRequested(); // "Newest vs previous" clicked
    void shown(); // a result is on screen

private:
    void run();
    void showResult(const DiffResult &result);

    QLabel *m_title = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_newest = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_note = nullptr;
    RowView *m_view = nullptr;
    DiffModel *m_model = nullptr;
    QString m_topic;
    Side m_older;
    Side m_newer;
    bool m_has = false;
    bool m_pinned = false;
    bool m_busy = false;
    quint64 m_generation = 0;
};
