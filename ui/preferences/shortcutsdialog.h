// SPDX-License-Identifier: MIT
#pragma once

// Help → Keyboard Shortcuts: every action of the window that has a shortcut, read from the QActions themselves
// (the menus', the toolbar's, each tab's panels'), so that the page cannot drift from what the keys do.

#include <QDialog>
#include <QKeySequence>

class QTableWidget;

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString action; // the action's text without '&' and '…'
        QString keys; // its shortcuts, native text, joined by ", "
        QString objectName;
    };
    // The actions with shortcuts under window (one entry per objectName: each tab has its own panels' actions),
    // sorted by the menu order they were created in.
    static QList<Entry> collect(const QWidget *window);

    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);

private:
    QTableWidget *m_table = nullptr;
};
