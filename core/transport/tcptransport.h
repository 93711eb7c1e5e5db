// SPDX-License-Identifier: MIT
#pragma once

// mqtt:// — MQTT over a plain TCP connection (QTcpSocket). Also the base of SslTransport, which only changes how
// the socket is made, connected and how its errors are worded.

#include "transport/transport.h"
#include "transport/transporterrors.h"

#include <QAbstractSocket>

class QTcpSocket;

namespace Mqtt {

class TcpTransport : public Transport {
    Q_OBJECT
public:
    explicit TcpTransport(const ConnectionOptions &options, QObject *parent = nullptr);
    ~TcpTransport() override;

    void open() override;
    void close() override;
    void abort() override;
    qint64 write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    bool isOpen() const override;
    qint64 bytesToWrite() const override;

protected:
    // Makes the socket of one connection attempt, parented to this; nullptr and a sentence if it cannot be made.
    virtual QTcpSocket *createSocket(QString *errorMessage);
    // Starts connecting the socket made by createSocket().
    virtual void connectSocket();
    // The TCP connection is up. Plain TCP is open now; TLS starts its handshake.
    virtual void onSocketConnected();
    // The sentence for a socket error; TLS adds certificate problems and alerts.
    virtual QString errorSentence(QAbstractSocket::SocketError error) const;

    QTcpSocket *socket() const { return m_socket; }
    TransportErrors::Step step() const { return m_step; }
    void setStep(TransportErrors::Step step) { m_step = step; }

    void dropConnection() override;
    QString timeoutSentence() const override;

private:
    void onSocketError(QAbstractSocket::SocketError error);
    void onSocketDisconnected();

    QTcpSocket *m_socket = nullptr;
    QByteArray m_unread; // what the last socket still held when it was dropped
    TransportErrors::Step m_step = TransportErrors::Step::Connect;
};

} // namespace Mqtt
