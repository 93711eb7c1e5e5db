// SPDX-License-Identifier: MIT
#include "connections/subscriptionspanel.h"

#include "connections/subscriptiondialog.h"
#include "connections/subscriptionsmodel.h"
#include "ingest/ingestpipeline.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SubscriptionsPanel::SubscriptionsPanel(IngestPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_model(new SubscriptionsModel(this))
{
    setObjectName(u"subscriptionsPanel"_s);
    m_model->setObjectName(u"subscriptionsModel"_s);
    m_view = new QTableView(this);
    m_view->setObjectName(u"subscriptionsTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SubscriptionsModel::FilterColumn, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { editRow(index.row()); });

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addSubscriptionButton"_s);
    auto *edit = new QPushButton(tr("Ed&it…"), this);
    edit->setObjectName(u"editSubscriptionButton"_s);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(u"removeSubscriptionButton"_s);
    remove->setToolTip(tr("Unsubscribe"));
    m_sysToggle = new QToolButton(this);
    m_sysToggle->setObjectName(u"sysSubscriptionToggle"_s);
    m_sysToggle->setText(sysFilter());
    m_sysToggle->setCheckable(true);
    m_sysToggle->setToolTip(tr("Subscribe to the broker's own statistics ($SYS/#), or stop"));
    connect(add, &QPushButton::clicked, this, [this] { editRow(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editRow(currentRow()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            unsubscribe(m_model->subscription(row).filter);
    });
    connect(m_sysToggle, &QToolButton::clicked, this, [this](bool on) {
        if (on)
            subscribe(ProfileSubscription { sysFilter(), 0, false, true });
        else
            unsubscribe(sysFilter());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_sysToggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(pipeline, &IngestPipeline::connectRequested, m_model, &SubscriptionsModel::clear);
    connect(pipeline, &IngestPipeline::subscriptionsRequested, m_model, &SubscriptionsModel::requested);
    connect(pipeline, &IngestPipeline::subscriptionAnswered, m_model, &SubscriptionsModel::answered);
    connect(pipeline, &IngestPipeline::unsubscriptionRequested, m_model, &SubscriptionsModel::unsubscribing);
    connect(pipeline, &IngestPipeline::unsubscriptionAnswered, m_model, &SubscriptionsModel::unsubscribed);
    connect(pipeline, &IngestPipeline::connected, m_model, &SubscriptionsModel::setProtocolVersion);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SubscriptionsPanel::updateSysToggle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SubscriptionsPanel::updateSysToggle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubscriptionsPanel::updateSysToggle);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SubscriptionsPanel::updateSysToggle);
}

int SubscriptionsPanel::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void SubscriptionsPanel::subscribe(const ProfileSubscription &subscription)
{
    m_pipeline->subscribe({ subscription.toSubscription() }, subscription.subscriptionIdentifier);
}

void SubscriptionsPanel::unsubscribe(const QString &filter)
{
    m_pipeline->unsubscribe({ filter });
}

void SubscriptionsPanel::editRow(int row)
{
    const bool adding = row < 0 || row >= m_model->rowCount();
    QStringList others = m_model->filters();
    ProfileSubscription initial { QString() };
    if (!adding) {
        initial = m_model->subscription(row);
        others.removeAll(initial.filter);
    }
    auto *dialog = new SubscriptionDialog(initial, others, this);
    const QString oldFilter = initial.filter;
    connect(dialog, &SubscriptionDialog::subscriptionAccepted, this,
        [this, adding, oldFilter](const ProfileSubscription &result) {
            if (!adding && result.filter != oldFilter)
                unsubscribe(oldFilter);
            subscribe(result); // the same filter again replaces its options
        });
    dialog->open();
}

void SubscriptionsPanel::updateSysToggle()
{
    const int row = m_model->rowOf(sysFilter());
    m_sysToggle->setChecked(row >= 0 && m_model->state(row) != SubscriptionsModel::State::Unsubscribing);
}
