// SPDX-License-Identifier: MIT
#include "insight/sysdashboardpanel.h"

#include "common/displaytext.h"
#include "ingest/ingestpipeline.h"
#include "insight/sparkline.h"
#include "insight/sysrawmodel.h"
#include "window/connectiontab.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMutexLocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <vector>

using namespace Qt::StringLiterals;

SysDashboardPanel::SysDashboardPanel(ConnectionTab *tab)
    : QWidget(tab)
    , m_tab(tab)
{
    setObjectName(u"sysDashboardPanel"_s);
    m_broker = new QLabel(this);
    m_broker->setObjectName(u"sysBrokerLabel"_s);
    m_broker->setTextFormat(Qt::PlainText);
    m_note = new QLabel(this);
    m_note->setObjectName(u"sysEmptyNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setText(tr("This broker has published no $SYS topics to this connection (yet). Brokers publish them "
                       "every few seconds, or not at all: for mosquitto, add \"sys_interval 10\" to mosquitto.conf "
                       "and restart it; EMQX and HiveMQ allow $SYS to local clients or with their $SYS extension "
                       "only."));

    auto *grid = new QGridLayout;
    for (int i = 0; i < SysMetricCount; ++i) {
        const auto metric = SysMetric(i);
        auto *name = new QLabel(metricName(metric), this);
        auto *value = new QLabel(tr("–"), this);
        value->setObjectName(u"sysValue_"_s + metricKey(metric));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(name, i, 0);
        grid->addWidget(value, i, 1);
        m_values[size_t(i)] = value;
        if (metric != SysMetric::Version) {
            auto *trend = new Sparkline(this);
            trend->setObjectName(u"sysTrend_"_s + metricKey(metric));
            grid->addWidget(trend, i, 2);
            m_trends[size_t(i)] = trend;
        }
    }
    grid->setColumnStretch(2, 1);

    m_rawModel = new SysRawModel(this);
    m_rawView = new QTableView(this);
    m_rawView->setObjectName(u"sysRawView"_s);
    m_rawView->setModel(m_rawModel);
    m_rawView->verticalHeader()->hide();
    m_rawView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_rawView->setWordWrap(false);
    m_rawView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rawView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_broker);
    layout->addWidget(m_note);
    layout->addLayout(grid);
    layout->addWidget(new QLabel(tr("Other $SYS topics"), this));
    layout->addWidget(m_rawView, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SysDashboardPanel::refresh);
    // A new connection starts with its own subscriptions; a reconnect of the same one keeps "$SYS/#" (the client
    // restores it).
    connect(m_tab->pipeline(), &IngestPipeline::connectRequested, this, [this] { m_subscribed = false; });
    connect(m_tab->pipeline(), &IngestPipeline::connected, this, [this] {
        if (isVisible())
            subscribe();
    });
    connect(m_tab->pipeline(), &IngestPipeline::changesReady, this, [this](const ChangeSet &changes) {
        if (changes.reset) {
            m_dashboard.clear();
            m_seen.clear();
        }
    });
    refresh();
}

QString SysDashboardPanel::metricName(SysMetric metric)
{
    switch (metric) {
    case SysMetric::Version:
        return tr("Version");
    case SysMetric::Uptime:
        return tr("Uptime");
    case SysMetric::ClientsConnected:
        return tr("Clients connected");
    case SysMetric::ClientsMaximum:
        return tr("Clients maximum");
    case SysMetric::MessagesInPerSecond:
        return tr("Messages in /s");
    case SysMetric::MessagesOutPerSecond:
        return tr("Messages out /s");
    case SysMetric::BytesInPerSecond:
        return tr("Bytes in /s");
    case SysMetric::BytesOutPerSecond:
        return tr("Bytes out /s");
    case SysMetric::Retained:
        return tr("Retained messages");
    case SysMetric::Subscriptions:
        return tr("Subscriptions");
    case SysMetric::Dropped:
        return tr("Dropped messages");
    }
    return {};
}

QString SysDashboardPanel::metricKey(SysMetric metric)
{
    static const char *const keys[] = { "version", "uptime", "clientsConnected", "clientsMaximum", "messagesIn",
        "messagesOut", "bytesIn", "bytesOut", "retained", "subscriptions", "dropped" };
    return QString::fromLatin1(keys[int(metric)]);
}

void SysDashboardPanel::subscribe()
{
    if (m_subscribed || m_tab->connectionState() != Mqtt::Client::State::Connected)
        return;
    m_subscribed = true;
    m_tab->pipeline()->subscribe({ Mqtt::Subscription { u"$SYS/#"_s, {} } });
}

void SysDashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    subscribe();
    refresh();
    m_timer->start();
}

void SysDashboardPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

QString SysDashboardPanel::valueText(SysMetric metric) const
{
    const SysDashboard::Metric &m = m_dashboard.metric(metric);
    if (!m.present)
        return m_dashboard.hasSys() ? tr("not published") : tr("–");
    const QLocale locale;
    if (!m.value)
        return m.text.isEmpty() ? tr("waiting for a second update") : Canopy::visibleText(m.text);
    const double v = *m.value;
    switch (metric) {
    case SysMetric::Uptime: {
        const qint64 s = qint64(v);
        return tr("%1 d %2 h %3 min %4 s").arg(s / 86400).arg(s / 3600 % 24).arg(s / 60 % 60).arg(s % 60);
    }
    case SysMetric::BytesInPerSecond:
    case SysMetric::BytesOutPerSecond:
        return tr("%1/s").arg(locale.formattedDataSize(qint64(v + 0.5), 1, QLocale::DataSizeTraditionalFormat));
    case SysMetric::MessagesInPerSecond:
    case SysMetric::MessagesOutPerSecond:
        return locale.toString(v, 'f', 1);
    default:
        return locale.toString(qint64(v));
    }
}

void SysDashboardPanel::refresh()
{
    struct Update {
        QString topic;
        QByteArray payload;
        qint64 ms;
    };
    std::vector<Update> updates;
    {
        QMutexLocker lock(&m_tab->pipeline()->storeMutex());
        const TopicStore &store = m_tab->pipeline()->store();
        if (const auto sys = store.findChild(TopicStore::root(), u"$SYS")) {
            std::vector<NodeId> stack { *sys };
            while (!stack.empty()) {
                const NodeId id = stack.back();
                stack.pop_back();
                for (const NodeId kid : store.children(id))
                    stack.push_back(kid);
                if (!store.hasMessage(id))
                    continue;
                const QString topic = store.topic(id);
                const qint64 ms = store.lastTimeMs(id);
                auto seen = m_seen.find(topic);
                if (seen != m_seen.end() && *seen >= ms)
                    continue;
                m_seen.insert(topic, ms);
                updates.push_back({ topic, store.payload(id), ms });
            }
        }
    }
    // In time order, so that counters turn into rates in the order they came.
    std::sort(updates.begin(), updates.end(), [](const Update &a, const Update &b) { return a.ms < b.ms; });
    for (const Update &update : updates)
        m_dashboard.update(update.topic, update.payload, update.ms);

    m_note->setVisible(!m_dashboard.hasSys());
    QString broker;
    switch (m_dashboard.broker()) {
    case SysBroker::Mosquitto:
        broker = tr("Broker: mosquitto");
        break;
    case SysBroker::Emqx:
        broker = tr("Broker: EMQX");
        break;
    case SysBroker::HiveMq:
        broker = tr("Broker: HiveMQ");
        break;
    case SysBroker::Unknown:
        broker = m_dashboard.hasSys() ? tr("Broker: not recognised ($SYS topics listed below)") : QString();
        break;
    }
    m_broker->setText(broker);
    m_broker->setVisible(!broker.isEmpty());
    for (int i = 0; i < SysMetricCount; ++i) {
        const auto metric = SysMetric(i);
        m_values[size_t(i)]->setText(valueText(metric));
        if (Sparkline *trend = m_trends[size_t(i)]) {
            QList<double> values;
            for (const SysDashboard::Point &point : m_dashboard.metric(metric).trend)
                values.append(point.value);
            trend->setValues(values);
        }
    }
    m_rawModel->setTopics(m_dashboard.rawTopics());
}
