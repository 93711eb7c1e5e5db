// SPDX-License-Identifier: MIT
#pragma once

// A stored message as a mosquitto_pub command line that publishes it again, safe to paste into a POSIX shell:
// words in single quotes; a payload that is not plain text (binary, control or invisible characters, bidi
// controls) goes through printf with octal escapes into mosquitto_pub -s, so that nothing pasted can reorder what
// the terminal shows or send escape sequences. MQTT 5 properties become -D publish options. Credentials are never
// included. Pure.

#include "store/topicmessage.h"

#include <QCoreApplication>
#include <QString>

class PublishCommand {
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)
public:
    struct Broker {
        QString host = QStringLiteral("localhost");
        quint16 port = 1883;
        bool tls = false;
        bool webSocket = false;
        QString caFile; // --cafile; with TLS and none, --tls-use-os-certs
    };

    // Payloads larger than this are not written into the command: it reads them with -f from a file saved first.
    static constexpr qsizetype InlineLimit = 64 * 1024;
    static constexpr const char *PayloadFileName = "payload.bin";

    static QString mosquittoPub(const QString &topic, const StoredMessage &message, const Broker &broker);
    // One shell word: 'text' (with ' written as '\''), or "$(printf '\033...')" when text has characters that
    // should not reach a terminal raw.
    static QString shellWord(const QString &text);
    // printf's format for these bytes: printable ASCII as is (but \, ' and %), everything else as \ooo.
    static QString printfFormat(const QByteArray &bytes);
    // Whether text is safe to put in single quotes and paste: visibleText() leaves it unchanged (multi-line: tab and
    // line feeds may stay).
    static bool safeInQuotes(const QString &text, bool multiLine);
};
