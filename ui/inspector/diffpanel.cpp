// SPDX-License-Identifier: MIT
#include "inspector/diffpanel.h"

#include "common/displaytext.h"
#include "inspector/diffmodel.h"
#include "inspector/rowview.h"
#include "payload/payloadformat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

DiffPanel::DiffPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"diffTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"diffMode"_s);
    m_mode->addItem(tr("Auto"), int(MessageDiff::Mode::Auto));
    m_mode->addItem(tr("Text, line by line"), int(MessageDiff::Mode::Text));
    m_mode->addItem(tr("Structure"), int(MessageDiff::Mode::Structural));
    m_mode->addItem(tr("Hex"), int(MessageDiff::Mode::Hex));
    m_mode->setToolTip(tr("Auto compares two documents of one kind by structure (key order ignored): JSON, and binary "
                          "CBOR, MessagePack, Protocol Buffers or Sparkplug B as the payload view reads them. Text is "
                          "compared line by line, anything else binary as hex"));
    m_newest = new QPushButton(tr("Newest vs previous"), this);
    m_newest->setObjectName(u"diffNewestButton"_s);
    m_newest->setToolTip(tr("Compare the topic's newest message with the one before it"));
    m_newest->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true); // a narrow panel shows the whole count, not "3 cha…"
    m_note = new QLabel(this);
    m_note->setObjectName(u"diffNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"QLabel { background: #fdf4cf; padding: 3px; }"_s);
    m_note->hide();

    m_model = new DiffModel(this);
    m_view = new RowView(this);
    m_view->setObjectName(u"diffView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DiffDelegate(m_view));
    m_view->setColumnWidth(DiffModel::OldColumn, m_view->fontMetrics().horizontalAdvance(u"0000000"_s) + 12);
    m_view->setColumnWidth(DiffModel::NewColumn, m_view->fontMetrics().horizontalAdvance(u"0000000"_s) + 12);
    m_view->header()->setStretchLastSection(true);
    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setObjectName(u"copyDiffAction"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        QList<int> rows;
        for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
            rows << row.row();
        std::sort(rows.begin(), rows.end());
        if (!rows.isEmpty())
            QApplication::clipboard()->setText(m_model->rowsText(rows));
    });
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title, 1);
    top->addWidget(m_newest);
    top->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_mode, &QComboBox::activated, this, [this] {
        if (m_has)
            run();
    });
    connect(m_newest, &QPushButton::clicked, this, &DiffPanel::newestRequested);
    showNothing(tr("Select a topic with at least two messages, or two rows in the History tab."));
}

QString DiffPanel::title() const
{
    return m_title->text();
}

QString DiffPanel::summary() const
{
    return m_summary->text();
}

QString DiffPanel::note() const
{
    return m_note->text();
}

void DiffPanel::showNothing(const QString &why)
{
    ++m_generation;
    m_has = false;
    m_pinned = false;
    m_busy = false;
    m_topic.clear();
    m_title->setText(why);
    m_summary->clear();
    m_note->clear();
    m_note->hide();
    m_newest->hide();
    m_model->setResult(DiffResult {});
}

void DiffPanel::compare(const QString &topic, const Side &older, const Side &newer, bool pinned)
{
    if (m_has && topic == m_topic && older.number == m_older.number && newer.number == m_newer.number
        && pinned == m_pinned && !m_busy)
        return; // already on screen
    m_topic = topic;
    m_older = older;
    m_newer = newer;
    m_pinned = pinned;
    m_has = true;
    const QLocale locale;
    auto side = [&locale](const Side &s) {
        return tr("#%1 (%2)")
            .arg(locale.toString(s.number + 1),
                QDateTime::fromMSecsSinceEpoch(s.message.timeMs).toString(u"HH:mm:ss.zzz"_s));
    };
    m_title->setText(tr("%1: message %2 → %3").arg(Canopy::visibleText(topic), side(older), side(newer)));
    m_newest->setVisible(pinned);
    run();
}

void DiffPanel::run()
{
    const quint64 generation = ++m_generation;
    const auto mode = MessageDiff::Mode(m_mode->currentData().toInt());
    const QByteArray older = m_older.message.payload;
    const QByteArray newer = m_newer.message.payload;
    // How each payload reads depends on its topic and content type, as in the inspector; kept alive for a worker.
    const QString topic = m_topic;
    const std::shared_ptr<const Mqtt::Properties> olderProperties = m_older.message.properties;
    const std::shared_ptr<const Mqtt::Properties> newerProperties = m_newer.message.properties;
    const auto diff = [older, newer, mode, topic, olderProperties, newerProperties] {
        return MessageDiff::compare(
            older, newer, mode, MessageDiff::Context { topic, olderProperties.get(), newerProperties.get() });
    };
    QStringList notes;
    if (m_older.message.truncated || m_newer.message.truncated)
        notes << tr("A payload was truncated by the store: only its stored bytes are compared.");
    if (older.size() <= SyncLimit && newer.size() <= SyncLimit) {
        DiffResult result = diff();
        if (!notes.isEmpty())
            result.note = notes.join(u' ') + (result.note.isEmpty() ? QString() : u' ' + result.note);
        showResult(result);
        return;
    }
    m_busy = true;
    m_summary->setText(
        tr("Comparing %1 with %2…").arg(PayloadFormat::dataSize(older.size()), PayloadFormat::dataSize(newer.size())));
    m_model->setResult(DiffResult {});
    auto *watcher = new QFutureWatcher<DiffResult>(this);
    connect(watcher, &QFutureWatcher<DiffResult>::finished, this, [this, watcher, generation, notes] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_busy = false;
        DiffResult result = watcher->result();
        if (!notes.isEmpty())
            result.note = notes.join(u' ') + (result.note.isEmpty() ? QString() : u' ' + result.note);
        showResult(result);
    });
    watcher->setFuture(QtConcurrent::run(diff));
}

void DiffPanel::showResult(const DiffResult &result)
{
    m_busy = false;
    m_model->setResult(result);
    // A structural diff has paths, not lines.
    m_view->header()->setSectionHidden(DiffModel::OldColumn, result.mode == DiffResult::Mode::Structural);
    m_view->header()->setSectionHidden(DiffModel::NewColumn, result.mode == DiffResult::Mode::Structural);
    const QLocale locale;
    if (result.identical()) {
        m_summary->setText(tr("The two payloads are identical."));
    } else {
        switch (result.mode) {
        case DiffResult::Mode::Text:
            m_summary->setText(tr("Text, line by line: %1 line(s) added", nullptr, int(result.added))
                                   .arg(locale.toString(result.added))
                + u", "_s + tr("%1 removed").arg(locale.toString(result.removed)));
            break;
        case DiffResult::Mode::Structural:
            m_summary->setText(tr("Structure (key order ignored): %1 path(s) added", nullptr, int(result.added))
                                   .arg(locale.toString(result.added))
                + u", "_s + tr("%1 removed").arg(locale.toString(result.removed)) + u", "_s
                + tr("%1 changed").arg(locale.toString(result.changed)));
            break;
        case DiffResult::Mode::Hex:
            m_summary->setText(
                tr("Bytes: %1 byte(s) added", nullptr, int(result.added)).arg(locale.toString(result.added)) + u", "_s
                + tr("%1 removed").arg(locale.toString(result.removed)) + u", "_s
                + tr("%1 changed").arg(locale.toString(result.changed)));
            break;
        }
    }
    m_note->setText(result.note);
    m_note->setVisible(!result.note.isEmpty());
    Q_EMIT shown();
}
