// SPDX-License-Identifier: MIT
#include "publish/topiccompleter.h"

#include "store/topicstore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QMutexLocker>
#include <QStringListModel>

#include <algorithm>

using namespace Qt::StringLiterals;

TopicCompleter::TopicCompleter(QLineEdit *field, const TopicStore &store, QMutex &mutex, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_store(store)
    , m_mutex(mutex)
{
    m_model = new QStringListModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setObjectName(u"topicCompleter"_s);
    // The store already chose the matches: the popup shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(field);
    m_completer->popup()->setObjectName(u"topicCompletions"_s);
    connect(field, &QLineEdit::textEdited, this, &TopicCompleter::update);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TopicCompleter::accept);
}

QStringList TopicCompleter::suggestions() const
{
    return m_model->stringList();
}

void TopicCompleter::update()
{
    const QString text = m_field->text();
    const qsizetype slash = text.lastIndexOf(u'/');
    const QStringView parentTopic = slash < 0 ? QStringView() : QStringView(text).first(slash);
    const QStringView prefix = QStringView(text).sliced(slash + 1);
    const QString base = slash < 0 ? QString() : parentTopic.toString() + u'/';

    struct Found {
        QString name;
        bool inner = false; // has children and no message: completes with '/'
    };
    QList<Found> found;
    bool complete = true;
    {
        QMutexLocker lock(&m_mutex);
        std::optional<NodeId> parent = TopicStore::root();
        if (slash >= 0)
            parent = m_store.find(parentTopic);
        if (parent) {
            const QList<NodeId> ids
                = m_store.childrenWithPrefix(*parent, prefix, MaximumSuggestions, MaximumScanned, &complete);
            found.reserve(ids.size());
            for (const NodeId id : ids)
                found.append(Found { m_store.name(id), m_store.childCount(id) > 0 && !m_store.hasMessage(id) });
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.name < b.name; });
    QStringList list;
    list.reserve(found.size());
    for (const Found &f : std::as_const(found))
        list.append(base + f.name + (f.inner ? u"/"_s : QString()));
    // Nothing to offer when the only suggestion is what is typed already.
    if (list.size() == 1 && list.constFirst() == text)
        list.clear();
    m_complete = complete;
    m_model->setStringList(list);
    if (list.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TopicCompleter::accept(const QString &topic)
{
    m_field->setText(topic);
    Q_EMIT m_field->textEdited(topic); // as if typed: the field's owner and the next level's completion follow
}
