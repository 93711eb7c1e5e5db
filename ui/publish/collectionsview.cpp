// SPDX-License-Identifier: MIT
#include "publish/collectionsview.h"

#include "common/displaytext.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QPushButton *button(const QString &text, const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(toolTip);
    return b;
}
} // namespace

CollectionsView::CollectionsView(QWidget *parent)
    : QWidget(parent)
    , m_library(QString(), QString())
{
    setObjectName(u"publishCollections"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"collectionList"_s);
    m_list->setToolTip(tr("Double-click a name to rename the collection"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"collectionScope"_s);
    m_scope->addItem(tr("Kept for this connection"), int(PublishLibrary::Scope::Profile));
    m_scope->addItem(tr("Kept for all connections"), int(PublishLibrary::Scope::Global));
    m_new = button(tr("New"), u"collectionNew"_s, tr("A new, empty collection"), this);
    m_duplicate = button(tr("Duplicate"), u"collectionDuplicate"_s, tr("A copy of this collection"), this);
    m_delete = button(tr("Delete…"), u"collectionDelete"_s, tr("Delete this collection and its file"), this);
    m_import = button(tr("Import…"), u"collectionImport"_s, tr("Add a collection from a file"), this);
    m_export = button(tr("Export…"), u"collectionExport"_s, tr("Write this collection to a file"), this);

    m_messages = new QListWidget(this);
    m_messages->setObjectName(u"collectionMessages"_s);
    m_messages->setToolTip(tr("Double-click a message to load it into the editor"));
    m_add = button(tr("Add current"), u"collectionAddCurrent"_s, tr("Add the message in the editor"), this);
    m_load = button(tr("Load"), u"collectionLoad"_s, tr("Load the selected message into the editor"), this);
    m_up = button(tr("Up"), u"collectionUp"_s, tr("Send the selected message earlier"), this);
    m_down = button(tr("Down"), u"collectionDown"_s, tr("Send the selected message later"), this);
    m_remove = button(tr("Remove"), u"collectionRemove"_s, tr("Remove the selected message"), this);
    m_delay = new QSpinBox(this);
    m_delay->setObjectName(u"collectionDelay"_s);
    m_delay->setRange(0, PublishCollection::MaximumDelayMs);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setToolTip(tr("Pause between two messages when the whole collection is sent"));
    m_sendOne = button(tr("Send selected"), u"collectionSendSelected"_s, tr("Publish the selected message"), this);
    m_sendAll = button(tr("Send all"), u"collectionSendAll"_s, tr("Publish every message, in order"), this);
    m_stop = button(tr("Stop"), u"collectionStop"_s, tr("Stop sending this collection"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"collectionStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *collectionButtons = new QHBoxLayout;
    for (QPushButton *b : { m_new, m_duplicate, m_delete, m_import, m_export })
        collectionButtons->addWidget(b);
    collectionButtons->addStretch(1);
    auto *messageButtons = new QHBoxLayout;
    for (QPushButton *b : { m_add, m_load, m_up, m_down, m_remove })
        messageButtons->addWidget(b);
    messageButtons->addStretch(1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(new QLabel(tr("Delay:"), this));
    sendRow->addWidget(m_delay);
    sendRow->addStretch(1);
    sendRow->addWidget(m_sendOne);
    sendRow->addWidget(m_sendAll);
    sendRow->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_scope);
    layout->addLayout(collectionButtons);
    layout->addWidget(m_messages, 3);
    layout->addLayout(messageButtons);
    layout->addLayout(sendRow);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            fillMessages();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const int index = m_list->row(item);
        if (!renameCollection(index, item->text())) {
            const QSignalBlocker blocker(m_list);
            item->setText(m_collections.at(index).collection.name);
        }
    });
    connect(m_scope, &QComboBox::activated, this,
        [this] { setCollectionScope(currentCollection(), PublishLibrary::Scope(m_scope->currentData().toInt())); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (createCollection(tr("New collection")))
            m_list->editItem(m_list->currentItem());
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateCollection(currentCollection()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCollection(currentCollection()); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a collection"), QString(), tr("Canopy collections (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const int index = currentCollection();
        if (index < 0)
            return;
        QString name = m_collections.at(index).collection.name;
        name.replace(QRegularExpression(u"[^\\w\\- ]"_s), u"_"_s);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export a collection"),
            QDir::home().filePath(name + u".json"_s), tr("Canopy collections (*.json)"));
        if (!path.isEmpty())
            exportTo(index, path);
    });
    connect(m_add, &QPushButton::clicked, this, &CollectionsView::addCurrentRequested);
    const auto load = [this] {
        const int index = currentCollection();
        const int row = m_messages->currentRow();
        if (index >= 0 && row >= 0)
            Q_EMIT loadRequested(m_collections.at(index).collection.messages.at(row));
    };
    connect(m_load, &QPushButton::clicked, this, load);
    connect(m_messages, &QListWidget::itemDoubleClicked, this, load);
    connect(m_messages, &QListWidget::currentRowChanged, this, &CollectionsView::updateButtons);
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = m_messages->currentRow();
        moveMessage(row, row - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = m_messages->currentRow();
        moveMessage(row, row + 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeMessage(m_messages->currentRow()); });
    connect(m_delay, &QSpinBox::editingFinished, this, [this] { setDelay(m_delay->value()); });
    connect(m_sendOne, &QPushButton::clicked, this, [this] {
        const int index = currentCollection();
        const int row = m_messages->currentRow();
        if (index >= 0 && row >= 0)
            Q_EMIT sendRequested({ m_collections.at(index).collection.messages.at(row) }, 0);
    });
    connect(m_sendAll, &QPushButton::clicked, this, [this] {
        const int index = currentCollection();
        if (index < 0)
            return;
        setDelay(m_delay->value());
        const PublishCollection &collection = m_collections.at(index).collection;
        if (!collection.messages.isEmpty())
            Q_EMIT sendRequested(collection.messages, collection.delayMs);
    });
    connect(m_stop, &QPushButton::clicked, this, &CollectionsView::stopRequested);
    updateButtons();
}

void CollectionsView::setLibrary(const PublishLibrary &library)
{
    m_library = library;
    reload();
}

void CollectionsView::reload()
{
    QStringList problems;
    m_collections
        = m_library.root().isEmpty() ? QList<PublishLibrary::StoredCollection>() : m_library.collections(&problems);
    fillCollections(m_collections.isEmpty() ? -1 : 0);
    setStatus(problems.join(u'\n'));
    for (const QString &problem : std::as_const(problems))
        Q_EMIT note(problem);
}

int CollectionsView::currentCollection() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_collections.size() ? row : -1;
}

void CollectionsView::setCurrentCollection(int index)
{
    m_list->setCurrentRow(index);
}

PublishLibrary::Scope CollectionsView::defaultScope() const
{
    return m_library.hasProfile() ? PublishLibrary::Scope::Profile : PublishLibrary::Scope::Global;
}

int CollectionsView::indexOfName(const QString &name, PublishLibrary::Scope scope, int except) const
{
    for (int i = 0; i < m_collections.size(); ++i) {
        if (i != except && m_collections.at(i).scope == scope && m_collections.at(i).collection.name == name)
            return i;
    }
    return -1;
}

QString CollectionsView::uniqueName(const QString &wanted, PublishLibrary::Scope scope, int except) const
{
    QString name = wanted;
    for (int n = 2; indexOfName(name, scope, except) >= 0; ++n)
        name = tr("%1 (%2)").arg(wanted).arg(n);
    return name;
}

bool CollectionsView::save(int index)
{
    QString error;
    if (!m_library.save(&m_collections[index], &error)) {
        setStatus(error);
        Q_EMIT note(error);
        return false;
    }
    return true;
}

bool CollectionsView::createCollection(const QString &name)
{
    PublishLibrary::StoredCollection stored;
    stored.scope = defaultScope();
    stored.collection.name = uniqueName(name, stored.scope);
    m_collections.append(stored);
    if (!save(int(m_collections.size()) - 1)) {
        m_collections.removeLast();
        return false;
    }
    fillCollections(int(m_collections.size()) - 1);
    setStatus(QString());
    return true;
}

bool CollectionsView::renameCollection(int index, const QString &name)
{
    if (index < 0 || index >= m_collections.size())
        return false;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setStatus(tr("A collection needs a name."));
        return false;
    }
    if (indexOfName(trimmed, m_collections.at(index).scope, index) >= 0) {
        setStatus(tr("There is a collection named “%1” already; choose another name.").arg(trimmed));
        return false;
    }
    const PublishLibrary::StoredCollection before = m_collections.at(index);
    m_collections[index].collection.name = trimmed;
    if (!save(index)) {
        m_collections[index] = before;
        return false;
    }
    // The item in place (an editor of it may be closing): the list is sorted again on the next reload.
    if (QListWidgetItem *item = m_list->item(index); item && item->text() != trimmed) {
        const QSignalBlocker blocker(m_list);
        item->setText(trimmed);
    }
    setStatus(QString());
    return true;
}

bool CollectionsView::duplicateCollection(int index)
{
    if (index < 0 || index >= m_collections.size())
        return false;
    PublishLibrary::StoredCollection copy = m_collections.at(index);
    copy.id.clear();
    copy.collection.name = uniqueName(tr("%1 (copy)").arg(copy.collection.name), copy.scope);
    m_collections.append(copy);
    if (!save(int(m_collections.size()) - 1)) {
        m_collections.removeLast();
        return false;
    }
    fillCollections(int(m_collections.size()) - 1);
    return true;
}

bool CollectionsView::deleteCollection(int index, bool ask)
{
    if (index < 0 || index >= m_collections.size())
        return false;
    const PublishCollection &collection = m_collections.at(index).collection;
    if (ask) {
        QMessageBox box(QMessageBox::Warning, tr("Delete collection"),
            tr("Delete the collection “%1” with its %n message(s)? This cannot be undone.", nullptr,
                int(collection.messages.size()))
                .arg(Canopy::visibleText(collection.name)),
            QMessageBox::NoButton, this);
        box.setObjectName(u"collectionDeleteQuestion"_s);
        QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        remove->setObjectName(u"collectionDeleteConfirm"_s);
        QPushButton *keep = box.addButton(QMessageBox::Cancel);
        keep->setObjectName(u"collectionDeleteCancel"_s);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != remove)
            return false;
    }
    QString error;
    if (!m_library.remove(m_collections.at(index), &error)) {
        setStatus(error);
        return false;
    }
    m_collections.removeAt(index);
    fillCollections(std::min(index, int(m_collections.size()) - 1));
    setStatus(QString());
    return true;
}

bool CollectionsView::setCollectionScope(int index, PublishLibrary::Scope scope)
{
    if (index < 0 || index >= m_collections.size() || m_collections.at(index).scope == scope)
        return false;
    if (scope == PublishLibrary::Scope::Profile && !m_library.hasProfile()) {
        setStatus(tr("Connect first: collections of a connection are kept under its broker."));
        fillCollections(index);
        return false;
    }
    const PublishLibrary::StoredCollection before = m_collections.at(index);
    m_collections[index].scope = scope;
    m_collections[index].collection.name = uniqueName(before.collection.name, scope, index);
    if (!save(index)) {
        m_collections[index] = before;
        fillCollections(index);
        return false;
    }
    fillCollections(index);
    return true;
}

bool CollectionsView::importFrom(const QString &path, bool ask)
{
    InputError error;
    const std::optional<PublishCollection> imported = PublishLibrary::readFile(path, &error);
    if (!imported) {
        const QString sentence = tr("Nothing was imported: %1").arg(error.sentence);
        setStatus(sentence);
        Q_EMIT note(sentence);
        return false;
    }
    const PublishLibrary::Scope scope = defaultScope();
    const int existing = indexOfName(imported->name, scope);
    int target = -1; // the collection to replace
    if (existing >= 0 && ask) {
        QMessageBox box(QMessageBox::Question, tr("Import collection"),
            tr("There is a collection named “%1” already. Replace its %n message(s) with the imported ones, or keep "
               "both?",
                nullptr, int(m_collections.at(existing).collection.messages.size()))
                .arg(Canopy::visibleText(imported->name)),
            QMessageBox::NoButton, this);
        box.setObjectName(u"collectionImportQuestion"_s);
        QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
        replace->setObjectName(u"collectionImportReplace"_s);
        QPushButton *both = box.addButton(tr("Keep both"), QMessageBox::AcceptRole);
        both->setObjectName(u"collectionImportKeepBoth"_s);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        cancel->setObjectName(u"collectionImportCancel"_s);
        box.setDefaultButton(both);
        box.exec();
        if (box.clickedButton() == replace)
            target = existing;
        else if (box.clickedButton() != both)
            return false;
    }
    if (target >= 0) {
        const PublishLibrary::StoredCollection before = m_collections.at(target);
        m_collections[target].collection = *imported;
        if (!save(target)) {
            m_collections[target] = before;
            return false;
        }
        fillCollections(target);
    } else {
        PublishLibrary::StoredCollection stored;
        stored.scope = scope;
        stored.collection = *imported;
        stored.collection.name = uniqueName(imported->name, scope);
        m_collections.append(stored);
        if (!save(int(m_collections.size()) - 1)) {
            m_collections.removeLast();
            return false;
        }
        fillCollections(int(m_collections.size()) - 1);
    }
    setStatus(tr("Imported “%1” with %n message(s).", nullptr, int(imported->messages.size()))
                  .arg(Canopy::visibleText(imported->name)));
    return true;
}

bool CollectionsView::exportTo(int index, const QString &path)
{
    if (index < 0 || index >= m_collections.size())
        return false;
    QString error;
    if (!PublishLibrary::writeFile(m_collections.at(index).collection, path, &error)) {
        setStatus(error);
        return false;
    }
    setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool CollectionsView::addMessage(const PublishMessage &message)
{
    if (currentCollection() < 0 && !createCollection(tr("New collection")))
        return false;
    const int index = currentCollection();
    m_collections[index].collection.messages.append(message);
    if (!save(index)) {
        m_collections[index].collection.messages.removeLast();
        return false;
    }
    fillMessages();
    m_messages->setCurrentRow(m_messages->count() - 1);
    return true;
}

bool CollectionsView::moveMessage(int from, int to)
{
    const int index = currentCollection();
    if (index < 0)
        return false;
    QList<PublishMessage> &messages = m_collections[index].collection.messages;
    if (from < 0 || to < 0 || from >= messages.size() || to >= messages.size() || from == to)
        return false;
    messages.move(from, to);
    if (!save(index)) {
        messages.move(to, from);
        return false;
    }
    fillMessages();
    m_messages->setCurrentRow(to);
    return true;
}

bool CollectionsView::removeMessage(int row)
{
    const int index = currentCollection();
    if (index < 0 || row < 0 || row >= m_collections.at(index).collection.messages.size())
        return false;
    const PublishMessage removed = m_collections.at(index).collection.messages.at(row);
    m_collections[index].collection.messages.removeAt(row);
    if (!save(index)) {
        m_collections[index].collection.messages.insert(row, removed);
        return false;
    }
    fillMessages();
    m_messages->setCurrentRow(std::min(row, m_messages->count() - 1));
    return true;
}

void CollectionsView::setDelay(int ms)
{
    const int index = currentCollection();
    if (index < 0 || m_collections.at(index).collection.delayMs == ms)
        return;
    const int before = m_collections.at(index).collection.delayMs;
    m_collections[index].collection.delayMs = ms;
    if (!save(index))
        m_collections[index].collection.delayMs = before;
    const QSignalBlocker blocker(m_delay);
    m_delay->setValue(m_collections.at(index).collection.delayMs);
}

void CollectionsView::setRunning(bool running)
{
    m_running = running;
    updateButtons();
}

void CollectionsView::setStatus(const QString &text)
{
    m_status->setText(Canopy::visibleText(text));
    m_status->setVisible(!text.isEmpty());
}

QString CollectionsView::status() const
{
    return m_status->text();
}

void CollectionsView::fillCollections(int select)
{
    m_filling = true;
    m_list->clear();
    for (const PublishLibrary::StoredCollection &stored : std::as_const(m_collections)) {
        auto *item = new QListWidgetItem(stored.collection.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(
            tr("%n message(s), kept for %1", nullptr, int(stored.collection.messages.size()))
                .arg(stored.scope == PublishLibrary::Scope::Global ? tr("all connections") : tr("this connection")));
        if (stored.scope == PublishLibrary::Scope::Global)
            item->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    }
    m_list->setCurrentRow(select);
    m_filling = false;
    fillMessages();
}

void CollectionsView::fillMessages()
{
    const int index = currentCollection();
    m_messages->clear();
    if (index >= 0) {
        const PublishLibrary::StoredCollection &stored = m_collections.at(index);
        for (const PublishMessage &message : stored.collection.messages) {
            auto *item = new QListWidgetItem(Canopy::visibleText(message.summary()), m_messages);
            item->setToolTip(tr("%1 · QoS %2%3")
                                 .arg(Canopy::visibleText(message.topic))
                                 .arg(message.qos)
                                 .arg(message.retain ? tr(" · retained") : QString()));
        }
        const QSignalBlocker scopeBlocker(m_scope);
        m_scope->setCurrentIndex(m_scope->findData(int(stored.scope)));
        const QSignalBlocker delayBlocker(m_delay);
        m_delay->setValue(stored.collection.delayMs);
    }
    updateButtons();
}

void CollectionsView::updateButtons()
{
    const bool collection = currentCollection() >= 0;
    const bool message = collection && m_messages->currentRow() >= 0;
    const bool messages = collection && m_messages->count() > 0;
    m_scope->setEnabled(collection);
    m_duplicate->setEnabled(collection);
    m_delete->setEnabled(collection);
    m_export->setEnabled(collection);
    m_load->setEnabled(message);
    m_up->setEnabled(message && m_messages->currentRow() > 0);
    m_down->setEnabled(message && m_messages->currentRow() < m_messages->count() - 1);
    m_remove->setEnabled(message);
    m_delay->setEnabled(collection);
    m_sendOne->setEnabled(message && !m_running);
    m_sendAll->setEnabled(messages && !m_running);
    m_stop->setEnabled(m_running);
}
