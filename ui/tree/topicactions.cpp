// SPDX-License-Identifier: MIT
#include "tree/topicactions.h"

#include "common/displaytext.h"
#include "ingest/ingestpipeline.h"
#include "tree/retaineddeletion.h"
#include "tree/topictreemodel.h"
#include "tree/topictreeview.h"

#include <QAction>
#include <QMenu>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

TopicActions::TopicActions(IngestPipeline *pipeline, TopicTreeView *tree, TopicTreeModel *model, QWidget *window)
    : QObject(window)
    , m_pipeline(pipeline)
    , m_tree(tree)
    , m_model(model)
{
    m_retainedDeletion = new RetainedDeletion(m_pipeline, window);
    connect(m_pipeline, &IngestPipeline::stateChanged, this,
        [this](Mqtt::Client::State state) { m_connected = state == Mqtt::Client::State::Connected; });

    m_copyTopic = new QAction(tr("Copy topic"), this);
    m_copyTopic->setObjectName(u"copyTopicAction"_s);
    m_copyTopic->setShortcut(QKeySequence::Copy);
    m_copyTopic->setShortcutContext(Qt::WidgetShortcut); // Ctrl+C in the tree
    m_tree->addAction(m_copyTopic);
    connect(m_copyTopic, &QAction::triggered, m_tree, &TopicTreeView::copyCurrentTopic);

    m_deleteRetained = new QAction(tr("Delete retained message"), this);
    m_deleteRetained->setObjectName(u"deleteRetainedAction"_s);
    connect(m_deleteRetained, &QAction::triggered, this, [this] { deleteRetained(false); });
    m_deleteRetainedBelow = new QAction(tr("Delete retained messages below…"), this);
    m_deleteRetainedBelow->setObjectName(u"deleteRetainedBelowAction"_s);
    connect(m_deleteRetainedBelow, &QAction::triggered, this, [this] { deleteRetained(true); });
}

void TopicActions::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index.siblingAtColumn(0));
    const NodeId node = m_model->nodeId(index);
    bool retained = false;
    qsizetype below = 0;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        retained = m_pipeline->store().isRetained(node);
        below = m_pipeline->store().retainedTopics(node).size();
    }
    m_deleteRetained->setEnabled(retained && m_connected);
    m_deleteRetainedBelow->setEnabled(below > 0 && m_connected);
    m_deleteRetainedBelow->setText(below > 0 ? tr("Delete retained messages below (%Ln topic(s))…", nullptr, int(below))
                                             : tr("Delete retained messages below…"));
    QMenu menu(m_tree);
    menu.setObjectName(u"topicMenu"_s);
    menu.addAction(m_copyTopic);
    menu.addActions(m_menuActions);
    menu.addSeparator();
    menu.addAction(m_deleteRetained);
    menu.addAction(m_deleteRetainedBelow);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void TopicActions::addMenuAction(QAction *action)
{
    m_menuActions.append(action);
    // An action that goes away before this object leaves the menu.
    connect(action, &QObject::destroyed, this, [this, action] { m_menuActions.removeAll(action); });
}

void TopicActions::deleteRetained(bool subtree)
{
    const NodeId node = m_model->nodeId(m_tree->currentIndex());
    if (node == 0)
        return;
    QString topic;
    QStringList topics;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        const TopicStore &store = m_pipeline->store();
        topic = store.topic(node);
        if (subtree)
            topics = store.retainedTopics(node);
        else if (store.isRetained(node))
            topics = QStringList { topic };
    }
    if (topics.isEmpty()) {
        const QString shown = Canopy::visibleText(topic);
        Q_EMIT message(subtree ? tr("There are no retained messages below \"%1\".").arg(shown)
                               : tr("\"%1\" has no retained message.").arg(shown));
        return;
    }
    m_retainedDeletion->confirmAndDelete(topics, topic, subtree);
}
