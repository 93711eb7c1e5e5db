// SPDX-License-Identifier: MIT
#include "topcommand.h"

#include "clientconfig.h"
#include "codec/mqtttopic.h"
#include "ingest/ingestpipeline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {
void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QByteArray padLeft(const QByteArray &text, int width)
{
    return text.size() >= width ? text : QByteArray(width - text.size(), ' ') + text;
}

QByteArray humanBytes(double bytes)
{
    const char *units[] = { "B", "KiB", "MiB", "GiB" };
    int unit = 0;
    while (bytes >= 1024 && unit < 3) {
        bytes /= 1024;
        ++unit;
    }
    return QByteArray::number(bytes, 'f', unit == 0 ? 0 : 1) + ' ' + units[unit];
}
} // namespace

TopCommand::TopCommand(Options options, std::FILE *out, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
{
}

TopCommand::~TopCommand() = default;

bool TopCommand::start()
{
    QString error;
    const auto clientOptions = Cli::clientOptions(m_options, &error);
    if (!clientOptions) {
        write(m_err, (u"Error: "_s + error + u'\n').toLocal8Bit());
        return false;
    }
    QList<Mqtt::Subscription> subscriptions;
    for (const QString &filter : std::as_const(m_options.topics)) {
        if (!Mqtt::isValidTopicFilter(filter)) {
            write(m_err,
                (QCoreApplication::translate("canopy-cli", "Error: '%1' is not a valid topic filter.").arg(filter)
                    + u'\n')
                    .toLocal8Bit());
            return false;
        }
        Mqtt::Subscription subscription;
        subscription.filter = filter;
        subscription.options.maximumQoS = quint8(m_options.qos);
        subscriptions.append(subscription);
    }
    m_pipeline = new IngestPipeline(this);
    // Only the counts matter here: one message of history per topic keeps the store small under a flood.
    m_pipeline->setHistoryDepth(1);
    connect(m_pipeline, &IngestPipeline::errorOccurred, this, [this](const QString &sentence) {
        if (m_status < 0)
            write(m_err, (u"Error: "_s + sentence + u'\n').toLocal8Bit());
    });
    connect(m_pipeline, &IngestPipeline::stateChanged, this, [this](Mqtt::Client::State state) {
        if (state == Mqtt::Client::State::Connected)
            m_connected = true;
        if (state == Mqtt::Client::State::Disconnected && m_status < 0)
            finish(1); // refused or lost: errorOccurred() said why
    });
    connect(m_pipeline, &IngestPipeline::subscribed, this, [this] {
        if (m_options.debug)
            write(m_err, u"Subscribed to %1\n"_s.arg(m_options.topics.join(u", "_s)).toLocal8Bit());
    });
    m_pipeline->setClientOptions(*clientOptions);
    m_pipeline->connectToBroker(subscriptions);

    m_startMs = IngestPipeline::currentTimeMs();
    m_timer = new QTimer(this);
    // Sampled every second whatever the refresh: the ranking's windows are built of one-second samples.
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TopCommand::tick);
    m_timer->start();
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        m_ranking.sample(m_pipeline->store(), m_startMs);
    }
    if (m_options.timeoutSeconds > 0) {
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] {
            if (m_status >= 0)
                return;
            write(m_err, (QCoreApplication::translate("canopy-cli", "Timed out") + u'\n').toLocal8Bit());
            finish(27);
        });
    }
    return true;
}

void TopCommand::tick()
{
    if (m_status >= 0)
        return;
    const qint64 now = IngestPipeline::currentTimeMs();
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        m_ranking.sample(m_pipeline->store(), now);
    }
    if (m_options.once) {
        if (now - m_startMs >= qint64(m_options.topForSeconds) * 1000 - 100) {
            print(false);
            finish(0);
        }
        return;
    }
    if (now - m_lastPrintMs >= qint64(m_options.topRefreshSeconds) * 1000 - 100) {
        m_lastPrintMs = now;
        print(true);
    }
}

void TopCommand::print(bool clearScreen)
{
    const qint64 now = IngestPipeline::currentTimeMs();
    FloodQuery query;
    query.windowSeconds = m_options.topWindowSeconds;
    query.by = m_options.topByBytes ? RankBy::BytesPerSecond : RankBy::MessagesPerSecond;
    query.depth = m_options.topDepth;
    query.count = m_options.topLimit;
    QList<FloodEntry> entries;
    quint64 total = 0;
    quint32 topics = 0;
    {
        QMutexLocker lock(&m_pipeline->storeMutex());
        entries = m_ranking.rank(m_pipeline->store(), query, now);
        total = m_pipeline->store().totalMessages();
        topics = m_pipeline->store().topicCount();
    }
    const double covered = std::min(double(query.windowSeconds), m_ranking.coveredSeconds());
    if (m_options.topJson) {
        QJsonArray rows;
        for (const FloodEntry &entry : std::as_const(entries)) {
            rows.append(QJsonObject { { u"topic"_s, entry.topic },
                { u"messages_per_second"_s, entry.messagesPerSecond }, { u"bytes_per_second"_s, entry.bytesPerSecond },
                { u"messages"_s, qint64(entry.messages) }, { u"bytes"_s, qint64(entry.bytes) } });
        }
        const QJsonObject object { { u"window_s"_s, query.windowSeconds },
            { u"by"_s, m_options.topByBytes ? u"bytes"_s : u"msg"_s }, { u"depth"_s, query.depth },
            { u"covered_s"_s, covered }, { u"total_messages"_s, qint64(total) }, { u"topics"_s, rows } };
        write(m_out, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        return;
    }
    QByteArray text;
    if (clearScreen)
        text += "\x1b[H\x1b[2J";
    const QByteArray endpoint
        = (m_options.url.isEmpty() ? m_options.host + u':' + QString::number(m_options.port.value_or(1883))
                                   : m_options.url)
              .toUtf8();
    text += "canopy-cli top - " + endpoint + (m_connected ? "" : " (connecting)") + " - " + QByteArray::number(topics)
        + " topics, " + QByteArray::number(total) + " messages - last " + QByteArray::number(query.windowSeconds)
        + " s, by " + (m_options.topByBytes ? "bytes/s" : "msg/s")
        + (query.depth > 0 ? ", subtrees at level " + QByteArray::number(query.depth) : QByteArray()) + '\n';
    text += padLeft("MSG/S", 10) + padLeft("BYTES/S", 13) + padLeft("MESSAGES", 11) + "  TOPIC\n";
    for (const FloodEntry &entry : std::as_const(entries)) {
        text += padLeft(QByteArray::number(entry.messagesPerSecond, 'f', 1), 10)
            + padLeft(humanBytes(entry.bytesPerSecond), 13) + padLeft(QByteArray::number(entry.messages), 11) + "  "
            + entry.topic.toUtf8() + '\n';
    }
    if (entries.isEmpty())
        text += "(no traffic in the window)\n";
    write(m_out, text);
}

void TopCommand::finish(int status)
{
    if (m_status >= 0)
        return;
    m_status = status;
    m_timer->stop();
    QCoreApplication::exit(status);
}

} // namespace Cli
