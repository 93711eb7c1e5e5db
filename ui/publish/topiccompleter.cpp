// SPDX-License-Identifier: MIT
#include "publish/topiccompleter.h"

#include "store/topicstore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QMutexLocker>
#include <QStringListModel>
#include <QTimer>

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
    m_nextSlice = new QTimer(this);
    m_nextSlice->setSingleShot(true);
    connect(m_nextSlice, &QTimer::timeout, this, [this] { scanSlice(false); });
    connect(field, &QLineEdit::textEdited, this, &TopicCompleter::update);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TopicCompleter::accept);
}

QStringList TopicCompleter::suggestions() const
{
    return m_model->stringList();
}

void TopicCompleter::update()
{
    m_nextSlice->stop();
    m_typed = m_field->text();
    const qsizetype slash = m_typed.lastIndexOf(u'/');
    m_parentTopic = slash < 0 ? QString() : m_typed.first(slash);
    m_prefix = m_typed.sliced(slash + 1);
    m_found.clear();
    m_row = 0;
    m_exact = 0;
    scanSlice(true);
}

void TopicCompleter::scanSlice(bool first)
{
    bool done = false;
    const qsizetype before = m_found.size();
    {
        QMutexLocker lock(&m_mutex);
        if (first) {
            std::optional<NodeId> parent = TopicStore::root();
            if (m_typed.contains(u'/'))
                parent = m_store.find(m_parentTopic);
            m_parent = parent.value_or(0);
            done = !parent;
            if (parent && !m_prefix.isEmpty()) {
                if (const std::optional<NodeId> exact = m_store.findChild(*parent, m_prefix)) {
                    m_exact = *exact;
                    m_found.append(Found {
                        m_store.name(m_exact), m_store.childCount(m_exact) > 0 && !m_store.hasMessage(m_exact) });
                }
            }
        } else if (qsizetype(m_parent) >= m_store.nodeCount()
            || (m_parent != TopicStore::root() && m_store.topic(m_parent) != m_parentTopic)) {
            done = true; // the store was cleared since the last slice
        }
        if (!done) {
            QList<NodeId> ids;
            m_row = m_store.childrenWithPrefix(
                m_parent, m_prefix, m_row, SliceChildren, MaximumSuggestions - m_found.size(), &ids, m_exact);
            for (const NodeId id : std::as_const(ids))
                m_found.append(Found { m_store.name(id), m_store.childCount(id) > 0 && !m_store.hasMessage(id) });
            done = m_found.size() >= MaximumSuggestions || m_row >= m_store.childCount(m_parent);
        }
    }
    m_complete = done;
    if (first || m_found.size() != before)
        show();
    if (!done)
        m_nextSlice->start(0);
}

void TopicCompleter::show()
{
    QList<Found> sorted = m_found;
    std::sort(sorted.begin(), sorted.end(), [](const Found &a, const Found &b) { return a.name < b.name; });
    const QString base = m_typed.contains(u'/') ? m_parentTopic + u'/' : QString();
    QStringList list;
    list.reserve(sorted.size());
    for (const Found &found : std::as_const(sorted))
        list.append(base + found.name + (found.inner ? u"/"_s : QString()));
    // Nothing to offer when the only suggestion is what is typed already.
    if (list.size() == 1 && list.constFirst() == m_typed)
        list.clear();
    if (list == m_model->stringList() && m_completer->popup()->isVisible())
        return;
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
