// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the transport tests: a hand-written MQTT 3.1.1 CONNECT and the CONNACK that accepts it,
// signal spies for one transport, and sentence checks.

#include "transport/transport.h"

#include <QByteArray>
#include <QHostAddress>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTest>

namespace TransportTest {

using Mqtt::Transport;

// MQTT 3.1.1 CONNECT (spec 3.1): fixed header 0x10 and remaining length, then protocol name "MQTT", level 4,
// flags 0x02 (clean session), keep alive 60 s, and the client identifier as the whole payload.
inline QByteArray connectPacket(const QByteArray &clientId)
{
    const QByteArray variableHeader = QByteArray::fromHex("00044d5154540402003c");
    QByteArray payload;
    payload.append(char(clientId.size() >> 8)).append(char(clientId.size() & 0xff)).append(clientId);
    const qsizetype remaining = variableHeader.size() + payload.size();
    Q_ASSERT(remaining < 128); // one length byte
    return QByteArray(1, char(0x10)) + char(remaining) + variableHeader + payload;
}

// CONNACK (spec 3.2), session present 0, return code 0 (accepted).
inline const QByteArray connAckAccepted = QByteArray::fromHex("20020000");

inline QByteArray clientIdForThisTest()
{
    QByteArray id = "canopy-" + QByteArray(QTest::currentTestFunction()) + '-' + QTest::currentDataTag();
    for (char &c : id) {
        if (!QChar::isLetterOrNumber(uchar(c)) && c != '-')
            c = '-';
    }
    return id.left(60);
}

// A port on 127.0.0.1 that nothing listens on (it was free a moment ago).
inline quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    return server.serverPort();
}

struct Watch {
    explicit Watch(Transport *transport)
        : opened(transport, &Transport::opened)
        , closed(transport, &Transport::closed)
        , errors(transport, &Transport::errorOccurred)
        , readyRead(transport, &Transport::readyRead)
    {
    }
    QString error() const { return errors.isEmpty() ? QString() : errors.first().first().toString(); }

    QSignalSpy opened;
    QSignalSpy closed;
    QSignalSpy errors;
    QSignalSpy readyRead;
};

inline bool mentionsAll(const QString &sentence, const QStringList &mentions, QString *missing)
{
    for (const QString &mention : mentions) {
        if (!sentence.contains(mention)) {
            *missing = mention;
            return false;
        }
    }
    return true;
}

// Options for a server of this test on 127.0.0.1, with a short connect timeout.
inline Mqtt::ConnectionOptions localOptions(Mqtt::ConnectionOptions::Scheme scheme, quint16 port)
{
    Mqtt::ConnectionOptions options;
    options.scheme = scheme;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.connectTimeoutMs = 5000;
    return options;
}

} // namespace TransportTest
