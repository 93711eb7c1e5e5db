// SPDX-License-Identifier: MIT
#include "preferences/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    QSet<QString> seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        if (shortcuts.isEmpty() || action->isSeparator())
            continue;
        const QString key = action->objectName().isEmpty() ? action->text() : action->objectName();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        QStringList keys;
        for (const QKeySequence &sequence : shortcuts)
            keys.append(sequence.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(u'&').remove(u'…');
        entries.append({ text.trimmed(), keys.join(u", "_s), action->objectName() });
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<Entry> entries = collect(window);
    m_table = new QTableWidget(int(entries.size()), 2, this);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries.at(row).action));
        m_table->setItem(row, 1, new QTableWidgetItem(entries.at(row).keys));
        m_table->item(row, 0)->setData(Qt::UserRole, entries.at(row).objectName);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *note = new QLabel(
        tr("In the topic tree, Ctrl+C copies the topic; in the publish panel, Ctrl+Enter publishes. In a chart, the "
           "Left and Right keys scroll through time, + and - zoom, and Home follows the newest values again; "
           "Shift with the wheel scrolls."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"shortcutsButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 30);
}
