// SPDX-License-Identifier: MIT
#include "publish/publishcontroller.h"

#include "common/pluralcount.h"
#include "ingest/ingestpipeline.h"
#include "payload/payloadformat.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRunnable>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// The largest payload a PUBLISH can frame (1.5.5), so larger files are refused before they are read.
constexpr qint64 MaximumFileBytes = 268'435'455;

// Reads one file in the thread pool and reports back with a queued signal; it lives in the GUI thread, the
// receiver's connection goes when the receiver does.
class FileReadReport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void done(const QByteArray &bytes, const QString &error, qint64 size, qint64 modifiedMs);
};
} // namespace

PublishController::PublishController(IngestPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_root(PublishLibrary::defaultRoot())
    , m_library(m_root, QString())
{
    m_historySave = new QTimer(this);
    m_historySave->setSingleShot(true);
    connect(m_historySave, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveHistory(&error))
            Q_EMIT note(error);
    });
    m_responseTimer = new QTimer(this);
    m_responseTimer->setSingleShot(true);
    connect(m_responseTimer, &QTimer::timeout, this, &PublishController::expireResponses);
    connect(pipeline, &IngestPipeline::publishAnswered, this, &PublishController::onAnswered);
    connect(pipeline, &IngestPipeline::responsesReceived, this, &PublishController::onResponses);
}

PublishController::~PublishController()
{
    QString error;
    saveHistory(&error);
}

qint64 PublishController::steadyMs()
{
    return IngestPipeline::steadyNs() / 1'000'000;
}

void PublishController::setLibraryRoot(const QString &root)
{
    QString error;
    saveHistory(&error);
    m_root = root;
    m_library = PublishLibrary(m_root, m_library.profileId());
    loadHistory();
}

void PublishController::setProfileId(const QString &profileId)
{
    if (profileId == m_library.profileId())
        return;
    QString error;
    if (!saveHistory(&error))
        Q_EMIT note(error);
    m_library = PublishLibrary(m_root, profileId);
    loadHistory();
}

void PublishController::loadHistory()
{
    QString problem;
    m_history = m_library.loadHistory(&problem);
    m_historyDirty = false;
    Q_EMIT historyChanged();
    if (!problem.isEmpty())
        Q_EMIT note(problem);
}

bool PublishController::saveHistory(QString *error)
{
    m_historySave->stop();
    if (!m_historyDirty)
        return true;
    if (!m_library.saveHistory(m_history, error))
        return false;
    m_historyDirty = false;
    return true;
}

void PublishController::scheduleHistorySave()
{
    m_historyDirty = true;
    if (!m_historySave->isActive())
        m_historySave->start(HistorySaveDelayMs);
}

quint64 PublishController::send(const PublishMessage &message, quint64 counter)
{
    const quint64 ticket = m_nextTicket++;
    if (message.format == PayloadKind::File)
        readFile(ticket, message, counter);
    else
        prepareAndSend(ticket, message, counter, {});
    return ticket;
}

void PublishController::emitRefused(quint64 ticket, const PreparedPublish &prepared)
{
    // Queued: the caller of send() learns the ticket before anything is said about it.
    QMetaObject::invokeMethod(
        this, [this, ticket, prepared] { Q_EMIT refused(ticket, prepared); }, Qt::QueuedConnection);
}

void PublishController::readFile(quint64 ticket, const PublishMessage &message, quint64 counter)
{
    const QString path = message.payload;
    const QFileInfo info(path);
    PreparedPublish refusal;
    refusal.errorField = PreparedPublish::Field::Payload;
    if (path.isEmpty() || !info.isFile()) {
        refusal.error.sentence = path.isEmpty() ? tr("Choose the file whose bytes are the payload.")
                                                : tr("There is no file %1.").arg(path);
        emitRefused(ticket, refusal);
        return;
    }
    if (info.size() > MaximumFileBytes) {
        refusal.error.sentence
            = tr("%1 is %2; an MQTT message can carry at most %3.")
                  .arg(path, PayloadFormat::dataSize(info.size()), PayloadFormat::dataSize(MaximumFileBytes));
        emitRefused(ticket, refusal);
        return;
    }
    const qint64 modifiedMs = info.lastModified().toMSecsSinceEpoch();
    if (path == m_cachedPath && info.size() == m_cachedSize && modifiedMs == m_cachedModifiedMs) {
        prepareAndSend(ticket, message, counter, m_cachedBytes);
        return;
    }
    auto *report = new FileReadReport; // deleted by the reading task when it is done
    m_reading.insert(ticket, 0);
    connect(report, &FileReadReport::done, this,
        [this, ticket, message, counter, path](
            const QByteArray &bytes, const QString &error, qint64 size, qint64 modified) {
            m_reading.remove(ticket);
            if (!error.isEmpty()) {
                PreparedPublish failed;
                failed.errorField = PreparedPublish::Field::Payload;
                failed.error.sentence = error;
                Q_EMIT refused(ticket, failed);
                return;
            }
            m_cachedPath = path;
            m_cachedSize = size;
            m_cachedModifiedMs = modified;
            m_cachedBytes = bytes;
            prepareAndSend(ticket, message, counter, bytes);
        });
    QThreadPool::globalInstance()->start([report, path] {
        QFile file(path);
        QByteArray bytes;
        QString error;
        const QFileInfo before(path);
        if (!file.open(QIODevice::ReadOnly))
            error = PublishController::tr("Could not read %1: %2.").arg(path, file.errorString());
        else
            bytes = file.readAll();
        if (error.isEmpty() && file.error() != QFileDevice::NoError)
            error = PublishController::tr("Could not read %1: %2.").arg(path, file.errorString());
        Q_EMIT report->done(bytes, error, bytes.size(), before.lastModified().toMSecsSinceEpoch());
        report->deleteLater();
    });
}

void PublishController::prepareAndSend(
    quint64 ticket, const PublishMessage &message, quint64 counter, const QByteArray &fileBytes)
{
    if (!m_pipeline)
        return;
    TemplateContext context;
    context.counter = counter;
    context.timestampMs = QDateTime::currentMSecsSinceEpoch();
    context.random = [] { return QRandomGenerator::global()->generateDouble(); };
    PublishPreparation::Connection connection;
    connection.limitsKnown = m_pipeline->serverLimitsKnown();
    connection.version = m_pipeline->protocolVersion();
    if (connection.limitsKnown)
        connection.limits = m_pipeline->serverLimits();
    const PreparedPublish prepared = PublishPreparation::prepare(message, fileBytes, &context, connection);
    if (prepared.isRefused()) {
        emitRefused(ticket, prepared);
        return;
    }

    // Said before the request goes to the connection's thread, so that it comes before the answer.
    const std::optional<QString> responseTopic = prepared.publish.properties.responseTopic;
    const QStringList warnings = prepared.warnings;
    const QByteArray correlation = prepared.publish.properties.correlationData.value_or(QByteArray());
    const qint64 sentMs = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        this,
        [this, ticket, message, warnings, correlation, sentMs, awaitsResponse = responseTopic.has_value()] {
            Q_EMIT dispatched(ticket, message, warnings);
            if (awaitsResponse)
                Q_EMIT requestSent(ticket, message, correlation, sentMs);
        },
        Qt::QueuedConnection);

    // Request/response: subscribe (if needed) before the request goes out, so that a fast reply is not missed.
    if (responseTopic && !m_responses.isAwaited(*responseTopic))
        m_pipeline->setResponseTopicWatched(*responseTopic, true);
    const quint64 requestId = m_pipeline->publishRequest(prepared.publish);
    Request request;
    request.ticket = ticket;
    request.historyId = m_history.add(message, sentMs);
    if (responseTopic) {
        request.awaitsResponse = true;
        m_responses.add(
            requestId, *responseTopic, prepared.publish.properties.correlationData, steadyMs(), m_responseTimeoutMs);
        m_ticketOfRequest.insert(requestId, ticket);
        armResponseTimer();
    }
    m_requests.insert(requestId, request);
    scheduleHistorySave();
    Q_EMIT historyChanged();
}

void PublishController::onAnswered(const QList<PublishOutcome> &outcomes)
{
    bool historyTouched = false;
    for (const PublishOutcome &outcome : outcomes) {
        const auto it = m_requests.find(outcome.requestId);
        if (it == m_requests.end())
            continue;
        const Request request = *it;
        if (outcome.isFinal()) {
            m_requests.erase(it);
            historyTouched = m_history.setOutcome(request.historyId, outcome.text()) || historyTouched;
            // A request that never reached the broker will get no reply.
            if (request.awaitsResponse && !outcome.isSuccess()) {
                m_responses.cancel(outcome.requestId);
                m_ticketOfRequest.remove(outcome.requestId);
                releaseResponseTopics();
            }
        }
        Q_EMIT answered(request.ticket, outcome);
    }
    if (historyTouched) {
        scheduleHistorySave();
        Q_EMIT historyChanged();
    }
}

void PublishController::onResponses(const QList<Mqtt::Publish> &messages)
{
    const qint64 now = steadyMs();
    for (const Mqtt::Publish &message : messages) {
        const std::optional<ResponseTracker::Pairing> pairing
            = m_responses.match(message.topic, message.properties.correlationData, now);
        if (!pairing)
            continue;
        const quint64 ticket = m_ticketOfRequest.take(pairing->requestId);
        Q_EMIT responseReceived(ticket, message, pairing->roundTripMs);
    }
    releaseResponseTopics();
    armResponseTimer();
}

void PublishController::expireResponses()
{
    for (const quint64 requestId : m_responses.expire(steadyMs()))
        Q_EMIT responseTimedOut(m_ticketOfRequest.take(requestId), m_responseTimeoutMs);
    releaseResponseTopics();
    armResponseTimer();
}

void PublishController::releaseResponseTopics()
{
    if (!m_pipeline)
        return;
    for (const QString &topic : m_responses.takeReleasedTopics())
        m_pipeline->setResponseTopicWatched(topic, false);
}

void PublishController::armResponseTimer()
{
    const qint64 deadline = m_responses.nextDeadline();
    if (deadline < 0) {
        m_responseTimer->stop();
        return;
    }
    m_responseTimer->start(int(std::clamp<qint64>(deadline - steadyMs() + 1, 0, 24 * 3600 * 1000)));
}

#include "publishcontroller.moc"
