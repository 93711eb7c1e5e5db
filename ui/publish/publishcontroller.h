// SPDX-License-Identifier: MIT
#pragma once

// The publish panel's way to the broker, without widgets: it prepares a composed message (reading a file payload off
// the GUI thread), refuses what cannot be sent, hands the rest to the connection's pipeline and reports the
// broker's answer per message; it keeps the profile's history (saved a moment after each change and on exit) and
// pairs MQTT 5 replies with their requests (subscribing to a response topic while a request awaits its reply).
// Every send gets a ticket; the signals name it, and come from the event loop, after send() has returned it.

#include "publish/publishhistory.h"
#include "publish/publishlibrary.h"
#include "publish/publishoutcome.h"
#include "publish/publishpreparation.h"
#include "publish/responsetracker.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class IngestPipeline;
class QTimer;

class PublishController : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultResponseTimeoutMs = 30'000;
    static constexpr int HistorySaveDelayMs = 1000;

    explicit PublishController(IngestPipeline *pipeline, QObject *parent = nullptr);
    ~PublishController() override; // saves the history

    // The profile whose history and collections apply (empty: none yet; the history is then kept in memory only).
    void setProfileId(const QString &profileId);
    QString profileId() const { return m_library.profileId(); }
    // Where the files are (PublishLibrary::defaultRoot() unless set).
    void setLibraryRoot(const QString &root);
    const PublishLibrary &library() const { return m_library; }
    const PublishHistory &history() const { return m_history; }
    bool saveHistory(QString *error);

    // Sends message; counter is what {{counter}} becomes. Returns the ticket of this send.
    quint64 send(const PublishMessage &message, quint64 counter = 1);
    // Sends still being prepared (a file being read) or awaiting the broker's answer.
    int pendingCount() const { return int(m_reading.size() + m_requests.size()); }
    void setResponseTimeout(int ms) { m_responseTimeoutMs = ms; }
    int responseTimeout() const { return m_responseTimeoutMs; }

Q_SIGNALS:
    // Not sent: why (PreparedPublish::error) and where (errorField, error.offset).
    void refused(quint64 ticket, const PreparedPublish &prepared);
    // Handed to the connection; warnings say what was sent though probably not meant.
    void dispatched(quint64 ticket, const PublishMessage &message, const QStringList &warnings);
    // The broker's answer or why there is none (Queued first, when the message waits for a reconnect).
    void answered(quint64 ticket, const PublishOutcome &outcome);
    void historyChanged();
    // A sentence for the panel: the history could not be read or saved.
    void note(const QString &sentence);
    // Request/response: a request with a response topic went out, was answered, or waited in vain.
    void requestSent(quint64 ticket, const PublishMessage &message, const QByteArray &correlationData, qint64 timeMs);
    void responseReceived(quint64 ticket, const Mqtt::Publish &reply, qint64 roundTripMs);
    void responseTimedOut(quint64 ticket, int timeoutMs);

private:
    struct Request {
        quint64 ticket = 0;
        quint64 historyId = 0;
        bool awaitsResponse = false;
    };
    void prepareAndSend(quint64 ticket, const PublishMessage &message, quint64 counter, const QByteArray &fileBytes);
    void emitRefused(quint64 ticket, const PreparedPublish &prepared);
    void readFile(quint64 ticket, const PublishMessage &message, quint64 counter);
    void onAnswered(const QList<PublishOutcome> &outcomes);
    void onResponses(const QList<Mqtt::Publish> &messages);
    void expireResponses();
    void releaseResponseTopics();
    void armResponseTimer();
    void scheduleHistorySave();
    void loadHistory();
    static qint64 steadyMs();

    QPointer<IngestPipeline> m_pipeline;
    QString m_root;
    PublishLibrary m_library;
    PublishHistory m_history;
    bool m_historyDirty = false;
    QTimer *m_historySave = nullptr;
    QTimer *m_responseTimer = nullptr;
    quint64 m_nextTicket = 1;
    QHash<quint64, Request> m_requests; // by pipeline request id
    QHash<quint64, quint64> m_ticketOfRequest; // pipeline request id -> ticket, while a response is awaited
    QHash<quint64, int> m_reading; // tickets whose file is being read
    ResponseTracker m_responses;
    int m_responseTimeoutMs = DefaultResponseTimeoutMs;

    // The last file read, kept while it does not change (a repeat sends the same file again and again).
    QString m_cachedPath;
    qint64 m_cachedSize = -1;
    qint64 m_cachedModifiedMs = -1;
    QByteArray m_cachedBytes;
};
