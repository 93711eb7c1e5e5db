// SPDX-License-Identifier: MIT
#pragma once

// Saved collections in the publish panel: named, ordered lists of messages, kept for this connection's profile or for
// all of them (PublishLibrary files). Create, rename (edit the name in place), duplicate, delete, move between the
// two scopes, import and export a collection file; add the message being composed, reorder, remove, load one into
// the editor; send one, or all in order with a delay between them. Every change is saved at once. Deleting and
// replacing a collection on import ask first.

#include "publish/publishlibrary.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

class CollectionsView : public QWidget {
    Q_OBJECT
public:
    explicit CollectionsView(QWidget *parent = nullptr);

    // Reads the collections of this library (another profile's, when the connection's profile changes).
    void setLibrary(const PublishLibrary &library);
    void reload();
    QList<PublishLibrary::StoredCollection> collections() const { return m_collections; }
    int currentCollection() const; // -1 when none
    void setCurrentCollection(int index);

    // The actions of the buttons, for the panel and for tests. False with a sentence (note()) when they cannot.
    bool createCollection(const QString &name);
    bool renameCollection(int index, const QString &name);
    bool duplicateCollection(int index);
    bool deleteCollection(int index, bool ask = true);
    bool setCollectionScope(int index, PublishLibrary::Scope scope);
    // Import: when a collection of the same name exists, asks whether to replace it or keep both (ask false:
    // keep both).
    bool importFrom(const QString &path, bool ask = true);
    bool exportTo(int index, const QString &path);
    bool addMessage(const PublishMessage &message); // to the current collection (a new one when there is none)
    bool moveMessage(int from, int to);
    bool removeMessage(int row);
    void setDelay(int ms);

    // While a run of this view's messages goes on: Stop is enabled, the send buttons are not.
    void setRunning(bool running);
    // A sentence for the status line (what went wrong, or what progress a run makes).
    void setStatus(const QString &text);
    QString status() const;

Q_SIGNALS:
    void addCurrentRequested(); // "Add current": the panel answers with addMessage()
    void loadRequested(const PublishMessage &message);
    // Send these messages in order, delayMs apart (one message: Send selected).
    void sendRequested(const QList<PublishMessage> &messages, int delayMs);
    void stopRequested();
    void note(const QString &sentence);

private:
    bool save(int index);
    void fillCollections(int select);
    void fillMessages();
    void updateButtons();
    QString uniqueName(const QString &wanted, PublishLibrary::Scope scope, int except = -1) const;
    int indexOfName(const QString &name, PublishLibrary::Scope scope, int except = -1) const;
    PublishLibrary::Scope defaultScope() const;

    PublishLibrary m_library;
    QList<PublishLibrary::StoredCollection> m_collections;
    bool m_filling = false;
    bool m_running = false;

    QListWidget *m_list = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QListWidget *m_messages = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QSpinBox *m_delay = nullptr;
    QPushButton *m_sendOne = nullptr;
    QPushButton *m_sendAll = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
};
