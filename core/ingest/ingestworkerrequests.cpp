// SPDX-License-Identifier: MIT
// IngestWorker, continued: what the owner asks the broker for (plain publishes, the publish panel's requests with
// their outcomes, retained deletions, subscriptions and response topics) and the broker's answers to it. The
// message path (connect, ingest, change sets) is in ingestworker.cpp.
#include "codec/mqtttopic.h"
#include "ingest/ingestworker.h"

#include <QTimer>

void IngestWorker::publish(const Mqtt::Publish &message)
{
    if (!m_client || m_client->state() == Mqtt::Client::State::Disconnected) {
        Q_EMIT errorOccurred(tr("Not connected: connect to a broker before publishing."));
        return;
    }
    const Mqtt::RequestHandle handle = m_client->publish(message);
    // A request the session refused at once has already reported its failure through publishFinished.
    if (message.qos > 0 && !handle.isFinished()) {
        m_unconfirmed.insert(handle.token());
        updateUnconfirmed();
    }
}

void IngestWorker::updateUnconfirmed()
{
    // Plain publishes, the publish panel's requests and retained deletions.
    m_shared.unconfirmedPublishes.store(
        int(m_unconfirmed.size() + m_publishes.size() + m_deletes.size()), std::memory_order_relaxed);
}

void IngestWorker::publishRequest(quint64 id, const Mqtt::Publish &message)
{
    PublishOutcome failed;
    failed.requestId = id;
    failed.qos = message.qos;
    failed.kind = PublishOutcome::Kind::Failed;
    if (!m_client || m_client->state() == Mqtt::Client::State::Disconnected
        || m_client->state() == Mqtt::Client::State::Disconnecting) {
        failed.sentence = tr("Not connected: connect to the broker before publishing.");
        report(failed);
        return;
    }
    failed.version = m_client->protocolVersion();
    const bool connected = m_client->state() == Mqtt::Client::State::Connected;
    if (!connected && message.qos == 0) {
        failed.sentence = tr("Not connected (the connection is being re-established): QoS 0 messages are not "
                             "queued, so it was not sent.");
        report(failed);
        return;
    }
    if (!connected && !m_options.keepsSession()) {
        failed.sentence = tr("Not connected (the connection is being re-established): this connection does not "
                             "keep a session (clean start), so the message was not queued for the reconnect.");
        report(failed);
        return;
    }
    m_inPublishRequest = true;
    const Mqtt::RequestHandle handle = m_client->publish(message);
    m_inPublishRequest = false;
    if (handle.isFinished()) { // refused at once (a limit) or, for QoS 0, already written
        report(outcomeOf(id, message.qos, handle));
        return;
    }
    m_publishes.insert(handle.token(), PendingPublish { id, message.qos, handle });
    updateUnconfirmed();
    if (!connected) {
        PublishOutcome queued;
        queued.requestId = id;
        queued.qos = message.qos;
        queued.version = failed.version;
        queued.kind = PublishOutcome::Kind::Queued;
        queued.sentence = tr("not connected now; this connection keeps its session, so the message waits for the "
                             "reconnect.");
        report(queued);
    }
}

PublishOutcome IngestWorker::outcomeOf(quint64 id, quint8 qos, const Mqtt::RequestHandle &handle) const
{
    PublishOutcome outcome;
    outcome.requestId = id;
    outcome.qos = qos;
    outcome.version = m_client ? m_client->protocolVersion() : m_options.session.connect.version;
    outcome.reasonCode = handle.reasonCode();
    outcome.reasonString = handle.reasonString();
    if (handle.isSuccess()) {
        outcome.kind = qos == 0 ? PublishOutcome::Kind::Sent
            : qos == 1          ? PublishOutcome::Kind::Acknowledged
                                : PublishOutcome::Kind::Completed;
    } else if (handle.brokerAnswered()) {
        outcome.kind = PublishOutcome::Kind::Refused;
    } else {
        outcome.kind = PublishOutcome::Kind::Failed;
        outcome.reasonCode = 0;
        outcome.sentence = handle.errorString();
    }
    return outcome;
}

void IngestWorker::report(const PublishOutcome &outcome)
{
    m_outcomes.append(outcome);
    if (!m_outcomeTimer->isActive())
        m_outcomeTimer->start(0);
}

void IngestWorker::failPendingPublishes(const QString &sentence)
{
    for (auto it = m_publishes.cbegin(); it != m_publishes.cend(); ++it) {
        PublishOutcome outcome;
        outcome.requestId = it->id;
        outcome.qos = it->qos;
        outcome.kind = PublishOutcome::Kind::Failed;
        outcome.sentence = sentence;
        report(outcome);
    }
    m_publishes.clear();
    updateUnconfirmed();
}

bool IngestWorker::coveredBySubscriptions(const QString &topic) const
{
    return std::any_of(m_subscriptionFilters.cbegin(), m_subscriptionFilters.cend(),
        [&topic](const QString &filter) { return Mqtt::topicMatches(filter, topic); });
}

void IngestWorker::subscribeForResponses(const QString &topic)
{
    if (!m_client || coveredBySubscriptions(topic) || m_responseSubscriptions.contains(topic))
        return;
    Mqtt::Subscription subscription;
    subscription.filter = topic;
    subscription.options.maximumQoS = 2;
    subscription.options.retainHandling = 2; // a retained message is no reply to a request sent now
    m_client->subscribe({ subscription });
    m_responseSubscriptions.insert(topic);
}

void IngestWorker::setResponseTopicWatched(const QString &topic, bool watched)
{
    if (watched) {
        m_watchedTopics.insert(topic);
        subscribeForResponses(topic);
        return;
    }
    m_watchedTopics.remove(topic);
    if (m_responseSubscriptions.remove(topic) && m_client)
        m_client->unsubscribe({ topic });
}

void IngestWorker::onPublishFinished(Mqtt::Token token, bool success, const QString &error)
{
    if (m_unconfirmed.remove(token))
        updateUnconfirmed();
    if (const auto request = m_publishes.find(token); request != m_publishes.end()) {
        const PendingPublish pending = *request;
        m_publishes.erase(request);
        updateUnconfirmed();
        report(outcomeOf(pending.id, pending.qos, pending.handle));
        return;
    }
    if (m_inPublishRequest)
        return; // publishRequest() reports it from the handle
    const auto it = m_deletes.find(token);
    if (it == m_deletes.end()) {
        if (!success)
            Q_EMIT errorOccurred(error.isEmpty() ? tr("The broker refused the message.") : error);
        return;
    }
    m_deletes.erase(it);
    updateUnconfirmed();
    ++m_deleteDone;
    if (!success) {
        ++m_deleteFailed;
        if (m_deleteError.isEmpty())
            m_deleteError = error;
    }
    reportDeleteProgress(false);
}

void IngestWorker::deleteRetained(const QStringList &topics)
{
    if (topics.isEmpty() || m_shuttingDown)
        return;
    m_deleteTotal += int(topics.size());
    if (!m_client || m_client->state() != Mqtt::Client::State::Connected) {
        m_deleteDone += int(topics.size());
        m_deleteFailed += int(topics.size());
        if (m_deleteError.isEmpty())
            m_deleteError = tr("not connected to a broker");
        reportDeleteProgress(true);
        return;
    }
    for (const QString &topic : topics) {
        Mqtt::Publish message;
        message.topic = topic;
        message.qos = 1; // so that progress means the broker has it
        message.retain = true; // an empty retained message deletes the retained one (MQTT-3.3.1-10/-11)
        const Mqtt::RequestHandle handle = m_client->publish(message);
        if (handle.isFinished()) { // refused at once (e.g. an invalid topic): publishFinished came before the token
            ++m_deleteDone;
            if (!handle.isSuccess()) {
                ++m_deleteFailed;
                if (m_deleteError.isEmpty())
                    m_deleteError = handle.errorString();
            }
            continue;
        }
        m_deletes.insert(handle.token(), topic);
    }
    updateUnconfirmed();
    reportDeleteProgress(true);
}

void IngestWorker::failPendingDeletes(const QString &sentence)
{
    if (m_deletes.isEmpty())
        return;
    m_deleteDone += int(m_deletes.size());
    m_deleteFailed += int(m_deletes.size());
    if (m_deleteError.isEmpty())
        m_deleteError = sentence;
    m_deletes.clear();
    updateUnconfirmed();
    reportDeleteProgress(true);
}

void IngestWorker::reportDeleteProgress(bool force)
{
    if (m_deleteTotal == 0)
        return;
    const qint64 now = steadyMs();
    if (m_deleteDone < m_deleteTotal) {
        // At most one progress signal per change interval: deleting 100,000 topics must not flood the owner.
        if (force || now - m_lastProgressMs >= std::max(m_intervalMs, 1)) {
            m_lastProgressMs = now;
            Q_EMIT deleteRetainedProgress(m_deleteDone, m_deleteTotal);
        }
        return;
    }
    const int total = std::exchange(m_deleteTotal, 0);
    const int failed = std::exchange(m_deleteFailed, 0);
    const QString error = std::exchange(m_deleteError, QString());
    m_deleteDone = 0;
    m_lastProgressMs = now;
    if (failed > 0)
        Q_EMIT errorOccurred(tr("Could not delete %1 of %n retained message(s): %2.", nullptr, total)
                                 .arg(QString::number(failed), error));
    Q_EMIT deleteRetainedProgress(total, total);
}

void IngestWorker::subscribe(const QList<Mqtt::Subscription> &subscriptions, quint32 subscriptionIdentifier)
{
    QStringList filters;
    for (const Mqtt::Subscription &subscription : subscriptions)
        filters.append(subscription.filter);
    if (filters.isEmpty() || m_shuttingDown)
        return;
    if (!m_client || m_client->state() == Mqtt::Client::State::Disconnected) {
        answerSubscribe(filters, false, {}, tr("Not connected: the subscription is made when the tab connects."));
        return;
    }
    Mqtt::Properties properties;
    if (subscriptionIdentifier != 0)
        properties.subscriptionIdentifiers.append(subscriptionIdentifier);
    const Mqtt::RequestHandle handle = m_client->subscribe(subscriptions, properties);
    if (handle.isFinished()) // refused at once (e.g. the broker takes no subscription identifiers)
        answerSubscribe(filters, handle.isSuccess(), handle.reasonCodes(), handle.errorString());
    else
        m_subscribeFilters.insert(handle.token(), filters);
}

void IngestWorker::unsubscribe(const QStringList &filters)
{
    if (filters.isEmpty() || m_shuttingDown)
        return;
    if (!m_client || m_client->state() == Mqtt::Client::State::Disconnected) {
        // Nothing to undo: the next connection subscribes only to what the owner asks for then.
        answerUnsubscribe(filters, true, {}, QString());
        return;
    }
    const Mqtt::RequestHandle handle = m_client->unsubscribe(filters);
    if (handle.isFinished())
        answerUnsubscribe(filters, handle.isSuccess(), handle.reasonCodes(), handle.errorString());
    else
        m_unsubscribeFilters.insert(handle.token(), filters);
}

void IngestWorker::answerSubscribe(
    const QStringList &filters, bool success, const QList<quint8> &reasonCodes, const QString &error)
{
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const int code = i < reasonCodes.size() ? int(reasonCodes.at(i)) : -1;
        const bool granted = code >= 0 && code < 0x80;
        Q_EMIT subscriptionAnswered(filters.at(i), code, granted || (success && code < 0) ? QString() : error);
    }
}

void IngestWorker::answerUnsubscribe(
    const QStringList &filters, bool success, const QList<quint8> &reasonCodes, const QString &error)
{
    for (qsizetype i = 0; i < filters.size(); ++i) {
        // MQTT 3.1.1's UNSUBACK has no reason codes: its arrival is the answer.
        const int code = i < reasonCodes.size() ? int(reasonCodes.at(i)) : (success ? 0 : -1);
        Q_EMIT unsubscriptionAnswered(filters.at(i), code, code >= 0 && code < 0x80 ? QString() : error);
    }
}

void IngestWorker::onUnsubscribeFinished(
    Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error)
{
    const auto it = m_unsubscribeFilters.find(token);
    if (it == m_unsubscribeFilters.end())
        return;
    const QStringList filters = it.value();
    m_unsubscribeFilters.erase(it);
    answerUnsubscribe(filters, success, reasonCodes, error);
}

void IngestWorker::onSubscribeFinished(
    Mqtt::Token token, bool success, const QList<quint8> &reasonCodes, const QString &error)
{
    const auto filters = m_subscribeFilters.find(token);
    if (filters != m_subscribeFilters.end()) {
        const QStringList list = filters.value();
        m_subscribeFilters.erase(filters);
        answerSubscribe(list, success, reasonCodes, error);
    }
    if (token != m_subscribeToken)
        return;
    const bool anyGranted = std::any_of(reasonCodes.cbegin(), reasonCodes.cend(), [](quint8 c) { return c < 0x80; });
    // A subscription lost with the connection is not a failure of its own: the client has said why the connection
    // ended, and subscribes again on the next one.
    if (!success && m_client && m_client->session().isConnected())
        Q_EMIT errorOccurred(error.isEmpty() ? tr("The broker refused the subscription.") : error);
    if (anyGranted)
        Q_EMIT subscribed();
}
