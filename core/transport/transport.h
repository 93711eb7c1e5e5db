// SPDX-License-Identifier: MIT
#pragma once

// A byte pipe to a broker: TCP, TLS or WebSocket (plain or TLS). Transports know nothing about MQTT packets;
// the codec and session sit above them. Every failure is reported as one human sentence through
// errorOccurred(), always followed by closed().
//
// Lifecycle: open() -> opened() ... readyRead() ... -> close()/abort() or a failure -> closed(). closed() is
// emitted exactly once for every open(), whether it succeeded or not (and never without an open()). A
// transport can be opened again after closed(). Sockets are created in open(), so a transport moved to a worker
// thread before open() works entirely in that thread. Do not delete a transport from a slot connected to one of
// its signals; use deleteLater().

#include "transport/connectionoptions.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <algorithm>
#include <memory>

class QTimer;

Q_DECLARE_LOGGING_CATEGORY(lcTransport)

namespace Mqtt {

class Transport : public QObject {
    Q_OBJECT
public:
    // The transport for options.scheme. The caller owns it; parent only sets the thread/object tree (if the
    // parent may be destroyed first, release() the pointer or leave parent null).
    static std::unique_ptr<Transport> create(const ConnectionOptions &options, QObject *parent = nullptr);
    ~Transport() override;

    virtual void open() = 0; // asynchronous: emits opened(), or errorOccurred() and closed()
    virtual void close() = 0; // graceful (flushes, closes the TLS/WebSocket session); emits closed()
    virtual void abort() = 0; // immediate; emits closed() if the transport was opening or open
    virtual qint64 write(const QByteArray &bytes) = 0; // -1 when not open
    virtual QByteArray readAll() = 0; // everything received and not yet read
    virtual bool isOpen() const = 0;
    virtual qint64 bytesToWrite() const = 0; // queued but not yet handed to the OS, for back-pressure
    // The most bytes the transport reads from the socket ahead of readAll() (0, the default: all the kernel has).
    // When that much waits, it stops reading: the kernel's receive buffer fills and TCP makes the sender wait, so a
    // reader that falls behind holds a bounded amount instead of everything the socket had. Applies from open(), to
    // TCP and TLS; a WebSocket transport hands on one WebSocket message per readyRead() instead.
    void setReadBufferSize(qint64 bytes) { m_readBufferSize = std::max<qint64>(bytes, 0); }
    qint64 readBufferSize() const { return m_readBufferSize; }

    // True for TLS with peer verification switched off (TlsOptions::insecure): encrypted, but not authenticated.
    bool isInsecure() const;
    const ConnectionOptions &options() const { return m_options; }
    QString lastError() const { return m_lastError; } // the sentence of the last errorOccurred(), or empty

Q_SIGNALS:
    void opened();
    void readyRead();
    void closed();
    void errorOccurred(const QString &sentence);

protected:
    enum class State { Idle, Opening, Open, Closing };

    explicit Transport(const ConnectionOptions &options, QObject *parent);

    State state() const { return m_state; }
    // open(): Idle -> Opening, starts the connect timer, warns about insecure TLS. False if not Idle.
    bool beginOpening();
    // The connection (with TLS and WebSocket handshakes) is up: Opening -> Open, emits opened().
    void finishOpening();
    // close(): Open -> Closing; the closing timer aborts after connectTimeoutMs if the peer does not finish.
    void beginClosing();
    // The connection ended without an error: -> Idle, emits closed(). Does nothing when Idle.
    void finishClosed();
    // -> Idle: drops the connection and emits errorOccurred(sentence), then closed(). Does nothing when Idle.
    void fail(const QString &sentence);
    // fail(), from the event loop: for errors found inside open(), so that open() never emits synchronously.
    void failLater(const QString &sentence);
    // The socket failed or went away: the expected end of a close() while Closing, a failure while Opening or Open
    // (the sentence is only built then), nothing when Idle.
    template<typename SentenceFn>
    void socketEnded(SentenceFn &&sentence)
    {
        if (m_state == State::Closing)
            finishClosed();
        else if (m_state != State::Idle)
            fail(sentence());
    }
    // Drops the socket at once, without emitting anything (the state is already Idle when this is called).
    virtual void dropConnection() = 0;
    // The sentence for a connect timeout; subclasses say which step did not finish.
    virtual QString timeoutSentence() const;

private:
    void onTimeout();

    ConnectionOptions m_options;
    QString m_lastError;
    State m_state = State::Idle;
    quint64 m_attempt = 0; // counts open() calls, so a queued failure never hits a later attempt
    QTimer *m_timer = nullptr; // created in open(), so it lives in the thread that opens
    qint64 m_readBufferSize = 0;
};

} // namespace Mqtt
