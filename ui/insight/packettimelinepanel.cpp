// SPDX-License-Identifier: MIT
#include "insight/packettimelinepanel.h"

#include "ingest/ingestpipeline.h"
#include "insight/latencyhistogram.h"
#include "insight/packettimelinemodel.h"
#include "insight/packettracebuffer.h"
#include "window/connectiontab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Mqtt::PacketType;

namespace {
const auto CapacityKey = u"insight/timelineCapacity"_s;

quint32 bit(PacketType type)
{
    return 1u << quint32(type);
}
} // namespace

PacketTimelinePanel::PacketTimelinePanel(ConnectionTab *tab)
    : QWidget(tab)
    , m_tab(tab)
    , m_buffer(std::make_shared<PacketTraceBuffer>())
{
    setObjectName(u"packetTimelinePanel"_s);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"timelineTypeCombo"_s);
    m_type->addItem(tr("All packets"), 0u);
    m_type->addItem(tr("PUBLISH and acknowledgements"),
        bit(PacketType::Publish) | bit(PacketType::PubAck) | bit(PacketType::PubRec) | bit(PacketType::PubRel)
            | bit(PacketType::PubComp));
    m_type->addItem(tr("Acknowledgements"),
        bit(PacketType::PubAck) | bit(PacketType::PubRec) | bit(PacketType::PubRel) | bit(PacketType::PubComp)
            | bit(PacketType::SubAck) | bit(PacketType::UnsubAck));
    m_type->addItem(tr("Connection (CONNECT, PING, DISCONNECT, AUTH)"),
        bit(PacketType::Connect) | bit(PacketType::ConnAck) | bit(PacketType::PingReq) | bit(PacketType::PingResp)
            | bit(PacketType::Disconnect) | bit(PacketType::Auth));
    m_type->addItem(tr("Subscriptions"),
        bit(PacketType::Subscribe) | bit(PacketType::SubAck) | bit(PacketType::Unsubscribe)
            | bit(PacketType::UnsubAck));
    for (int t = int(PacketType::Connect); t <= int(PacketType::Auth); ++t)
        m_type->addItem(PacketTimeline::typeName(PacketType(t)), bit(PacketType(t)));
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(u"timelineTopicFilter"_s);
    m_topic->setPlaceholderText(tr("Topic contains…"));
    m_topic->setClearButtonEnabled(true);
    m_slow = new QCheckBox(tr("Slow, over"), this);
    m_slow->setObjectName(u"timelineSlowCheck"_s);
    m_slowMs = new QSpinBox(this);
    m_slowMs->setObjectName(u"timelineSlowSpin"_s);
    m_slowMs->setRange(1, 600000);
    m_slowMs->setValue(100);
    m_slowMs->setSuffix(tr(" ms"));
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"timelineCapacitySpin"_s);
    m_capacity->setRange(100, 10000000);
    m_capacity->setSingleStep(10000);
    m_capacity->setPrefix(tr("keep "));
    m_capacity->setToolTip(tr("How many packets the timeline keeps; the oldest go first"));
    m_capacity->setValue(QSettings().value(CapacityKey, int(PacketTimeline::DefaultCapacity)).toInt());
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(u"timelineExportButton"_s);
    m_export->setToolTip(tr("Save the packets shown as JSON Lines"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(u"timelineClearButton"_s);

    m_model = new PacketTimelineModel(this);
    m_model->timeline().setCapacity(m_capacity->value());
    m_view = new QTableView(this);
    m_view->setObjectName(u"timelineView"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(PacketTimelineModel::TopicColumn, QHeaderView::Stretch);
    m_histogram = new LatencyHistogram(this);
    m_histogram->setObjectName(u"timelineHistogram"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"timelineStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_topic, 1);
    filters->addWidget(m_slow);
    filters->addWidget(m_slowMs);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_capacity);
    actions->addWidget(m_clear);
    actions->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("Acknowledgement latency"), this));
    layout->addWidget(m_histogram);
    layout->addLayout(actions);

    m_timer = new QTimer(this);
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &PacketTimelinePanel::refresh);
    connect(m_type, &QComboBox::currentIndexChanged, this, &PacketTimelinePanel::applyFilter);
    connect(m_topic, &QLineEdit::textChanged, this, &PacketTimelinePanel::applyFilter);
    connect(m_slow, &QCheckBox::toggled, this, &PacketTimelinePanel::applyFilter);
    connect(m_slowMs, &QSpinBox::valueChanged, this, &PacketTimelinePanel::applyFilter);
    connect(m_capacity, &QSpinBox::valueChanged, this, [this](int capacity) {
        QSettings().setValue(CapacityKey, capacity);
        m_model->setCapacity(capacity);
        updateStatus();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_buffer->take();
        m_model->clear();
        m_histogram->setHistogram({});
        updateStatus();
    });
    connect(m_export, &QPushButton::clicked, this, &PacketTimelinePanel::exportFile);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this](int value) { m_followTail = value == m_view->verticalScrollBar()->maximum(); });
    updateStatus();
}

PacketTimelinePanel::~PacketTimelinePanel()
{
    setTracing(false);
}

void PacketTimelinePanel::setTracing(bool on)
{
    if (on == m_tracing)
        return;
    m_tracing = on;
    m_tab->pipeline()->setPacketTraceSink(on ? m_buffer : nullptr);
}

void PacketTimelinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setTracing(true);
    m_timer->start();
}

void PacketTimelinePanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setTracing(false); // a closed timeline costs nothing
    m_timer->stop();
    refresh(); // what was traced until now
}

void PacketTimelinePanel::applyFilter()
{
    PacketFilter filter;
    filter.types = m_type->currentData().toUInt();
    filter.topic = m_topic->text();
    filter.slowerThanUs = m_slow->isChecked() ? qint64(m_slowMs->value()) * 1000 : 0;
    m_model->setSlowThresholdUs(qint64(m_slowMs->value()) * 1000);
    m_model->setFilter(filter);
    m_histogram->setHistogram(m_model->timeline().latencyHistogram(filter));
    updateStatus();
}

void PacketTimelinePanel::refresh()
{
    m_buffer->take(m_taken);
    if (m_taken.empty())
        return;
    m_model->append(std::move(m_taken));
    m_histogram->setHistogram(m_model->timeline().latencyHistogram(m_model->filter()));
    updateStatus();
    if (m_followTail)
        m_view->scrollToBottom();
}

void PacketTimelinePanel::updateStatus()
{
    const QLocale locale;
    const PacketTimeline &timeline = m_model->timeline();
    m_status->setText(tr("Shown: %1 · kept: %2 · awaiting an answer: %3 · dropped: %4")
                          .arg(locale.toString(m_model->rowCount()), locale.toString(timeline.size()),
                              locale.toString(timeline.pendingCount()),
                              locale.toString(qulonglong(timeline.evictedCount() + m_buffer->droppedCount()))));
}

bool PacketTimelinePanel::exportTo(const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->timeline().toJsonLines(m_model->filter())) < 0
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void PacketTimelinePanel::exportFile()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export packets"), u"packets.jsonl"_s, tr("JSON Lines (*.jsonl);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, &error))
        QMessageBox::warning(this, tr("Export packets"),
            tr("The packets could not be saved to %1: %2. Choose another place.").arg(fileName, error));
}
