// SPDX-License-Identifier: MIT
#pragma once

// canopy-cli sub -F FORMAT: one received message printed by a format string in mosquitto_sub 2.0's language, byte
// for byte as mosquitto_sub prints it (see its manual, OUTPUT FORMAT):
//   %t topic, %p payload, %x / %X payload in hex, %l payload length, %q QoS, %r retained flag, %m packet identifier,
//   %A topic alias, %C content type, %D correlation data, %E message expiry interval, %F payload format indicator,
//   %P user properties (name:value ...), %R response topic, %S subscription identifier, %I ISO-8601 local time,
//   %U Unix time with nanoseconds, %j / %J the message as JSON (payload quoted, or as JSON itself), %% a '%';
//   flags '-' (left-align) and '0' (zero padding), a field width and a .precision where mosquitto_sub takes them;
//   @X the strftime(3) conversion %X of the local time (C locale), @N its nanoseconds, @@ an '@';
//   \\ \0 \a \e \n \r \t \v escapes. A newline follows each message unless -N.
// mosquitto_sub's quirks are kept, since scripts see them: a payload field width also cuts the payload (and halves
// it for %x), %-p pads with one space per byte, %R prints nothing when absent, %E and %S print as signed ints, the
// %j topic-alias member, %J error text. Pure: the time comes from the clock it is given.

#include "codec/mqttpacket.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Cli {

struct FormatTime {
    qint64 seconds = 0; // since the Unix epoch
    qint64 nanoseconds = 0; // 0 to 999,999,999
};

class MessageFormat {
public:
    using Clock = std::function<FormatTime()>;

    // format: the -F argument's bytes. pretty: --pretty, for %j and %J. newline: false with -N. clock: asked once per
    // %I, %U, %j and %J and once per message for all @ conversions, as mosquitto_sub reads the time.
    explicit MessageFormat(QByteArray format, bool pretty = false, bool newline = true, Clock clock = systemClock);

    // Appends the message as the format says to out, and what mosquitto_sub would write to stderr for it (a %J
    // payload that is not JSON) to errors.
    void append(const Mqtt::Publish &message, QByteArray &out, QByteArray &errors) const;

    static FormatTime systemClock(); // CLOCK_REALTIME

    // mosquitto_sub's check of a -F argument before it connects: every % ends in a known conversion (with one flag,
    // a width and a precision at most), no @ or \ ends the format, and every \ escape is known. False with one
    // sentence.
    static bool check(const QByteArray &format, QString *error);

private:
    struct Field {
        char align = 0; // '-' or 0
        char pad = ' '; // ' ' or '0'
        int width = 0;
        int precision = -1; // -1: none
    };
    void appendPercent(
        char conversion, const Field &field, const Mqtt::Publish &message, QByteArray &out, QByteArray &errors) const;

    QByteArray m_format;
    bool m_pretty = false;
    bool m_newline = true;
    Clock m_clock;
};

} // namespace Cli
