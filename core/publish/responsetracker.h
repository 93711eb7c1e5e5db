// SPDX-License-Identifier: MIT
#pragma once

// MQTT 5 request/response from the requester's side: which requests await a reply, on which response topics, and
// which reply answers which request. A reply pairs with the request whose correlation data it carries; a request
// sent without correlation data takes the next reply on its response topic that carries none (oldest request
// first). Each request is answered once; a request not answered by its deadline expires. The tracker says when a
// response topic starts and stops being needed, so that its owner subscribes for the first request and unsubscribes
// after the last. Pure: time is passed in.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ResponseTracker {
public:
    struct Pairing {
        quint64 requestId = 0;
        qint64 roundTripMs = 0;
    };

    // Records a request. True when responseTopic was not awaited before: subscribe to it now (before the request
    // goes out, so that no fast reply is missed).
    bool add(quint64 requestId, const QString &responseTopic, const std::optional<QByteArray> &correlationData,
        qint64 nowMs, qint64 timeoutMs);
    // The request a message on topic answers, if any; it is then no longer pending.
    std::optional<Pairing> match(const QString &topic, const std::optional<QByteArray> &correlationData, qint64 nowMs);
    // Forgets a request (its message was never sent, say). False when it was not pending.
    bool cancel(quint64 requestId);
    // The requests whose deadline has passed, oldest first; they are no longer pending.
    QList<quint64> expire(qint64 nowMs);
    // Response topics no request awaits any more since the last call: unsubscribe from them.
    QStringList takeReleasedTopics();

    bool isPending(quint64 requestId) const;
    qsizetype pendingCount() const { return m_requests.size(); }
    bool isAwaited(const QString &topic) const;
    qint64 nextDeadline() const; // -1 when nothing is pending

private:
    struct Request {
        quint64 id = 0;
        QString topic;
        std::optional<QByteArray> correlationData;
        qint64 sentMs = 0;
        qint64 deadlineMs = 0;
    };
    void released(const QString &topic);

    QList<Request> m_requests; // in the order sent; few at a time
    QStringList m_released;
};
