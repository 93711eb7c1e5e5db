// SPDX-License-Identifier: MIT
#pragma once

// SIGINT and SIGTERM as a Qt signal in the main thread, so that a command can end the way mosquitto_sub does (a
// clean DISCONNECT, its output flushed) instead of being killed mid-way. The handler only writes the signal's number
// to a socket pair (the one thing a handler may safely do); a QSocketNotifier reads it in the event loop. Like
// mosquitto_sub, it takes the signals even where the shell had them ignored (a command started in the background).
// One instance at a time; the destructor restores the previous handlers.

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace Cli {

class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber); // SIGINT or SIGTERM

private:
    static void handle(int signalNumber);
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previousInt { };
    struct sigaction m_previousTerm { };
};

} // namespace Cli
