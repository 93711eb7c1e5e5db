// SPDX-License-Identifier: MIT
#pragma once

// Sends a list of messages one after another with a pause between them: a repeat (one message every N ms, M times
// or until stopped) or a collection (each message once, in order, with its delay). The n-th message sent carries n
// as its {{counter}}. The first goes out at once; progress() follows every send.

#include "publish/publishmessage.h"

#include <QList>
#include <QObject>

class PublishController;
class QTimer;

class PublishRunner : public QObject {
    Q_OBJECT
public:
    explicit PublishRunner(PublishController *controller, QObject *parent = nullptr);

    // Sends messages[i % size] for i = 0 .. count - 1 (count 0: until stopped), intervalMs apart. Stops a run that
    // is going on.
    void start(const QList<PublishMessage> &messages, qint64 count, int intervalMs);
    void stop();
    bool isRunning() const;
    qint64 sent() const { return m_sent; }
    qint64 count() const { return m_count; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 count); // count 0: until stopped
    void finished(qint64 sent, bool stopped); // stopped: by stop(), not because all were sent
    void messageSent(quint64 ticket); // the controller's ticket of each send

private:
    void sendNext();

    PublishController *m_controller;
    QTimer *m_timer = nullptr;
    QList<PublishMessage> m_messages;
    qint64 m_count = 0;
    qint64 m_sent = 0;
    bool m_running = false;
};
