// SPDX-License-Identifier: MIT
#include "messageformat.h"

#include "cjson.h"

#include <QCoreApplication>

#include <algorithm>
#include <ctime>
#include <locale.h>
#include <optional>
#include <string_view>

namespace Cli {

namespace {

// mosquitto_sub formats times in the C locale (it never calls setlocale()); canopy-cli runs in the user's.
locale_t cLocale()
{
    static const locale_t locale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    return locale;
}

struct LocalTime {
    struct tm tm { };
    qint64 nanoseconds = 0;
};

LocalTime localTime(const FormatTime &time)
{
    LocalTime local;
    const auto seconds = time_t(time.seconds);
    localtime_r(&seconds, &local.tm);
    local.nanoseconds = time.nanoseconds;
    return local;
}

// strftime into mosquitto_sub's 100-byte buffer: nothing when the result is empty or does not fit.
QByteArray formatTime(const char *format, const struct tm &tm)
{
    char buffer[100];
    const size_t length = strftime_l(buffer, sizeof buffer, format, &tm, cLocale());
    return QByteArray(buffer, qsizetype(length));
}

QByteArray nanoseconds(qint64 ns)
{
    return QByteArray::number(ns).rightJustified(9, '0');
}

// "2020-05-06T21:48:00.123456Z+0100": mosquitto_sub writes the microseconds over "000000" in
// "%Y-%m-%dT%H:%M:%S.000000Z%z" at a fixed offset, so a 'Z' stays between them and the zone.
QByteArray jsonTimestamp(const LocalTime &time)
{
    char buffer[100] = {};
    strftime_l(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S.000000Z%z", &time.tm, cLocale());
    std::snprintf(&buffer[20], 9, "%06d", int(time.nanoseconds / 1000));
    buffer[26] = 'Z';
    return QByteArray(buffer);
}

// The order of a message's properties: as they arrived when recorded, else the order canopy writes them in.
QByteArray propertyOrder(const Mqtt::Properties &p)
{
    if (!p.arrivalOrder.ids.isEmpty())
        return p.arrivalOrder.ids;
    using namespace Mqtt::PropertyId;
    QByteArray order;
    if (p.payloadFormatIndicator)
        order += char(PayloadFormatIndicator);
    if (p.messageExpiryInterval)
        order += char(MessageExpiryInterval);
    if (p.contentType)
        order += char(ContentType);
    if (p.responseTopic)
        order += char(ResponseTopic);
    if (p.correlationData)
        order += char(CorrelationData);
    order += QByteArray(p.subscriptionIdentifiers.size(), char(SubscriptionIdentifier));
    if (p.topicAlias)
        order += char(TopicAlias);
    order += QByteArray(p.userProperties.size(), char(UserProperty));
    return order;
}

CJson::Value propertiesJson(const Mqtt::Properties &p)
{
    using CJson::Value;
    using namespace Mqtt::PropertyId;
    Value object = Value::object();
    std::size_t userProperties = 0; // the index of the "user-properties" member plus one; 0: none yet
    qsizetype nextIdentifier = 0;
    qsizetype nextUser = 0;
    // mosquitto_sub reads the topic alias into the variable that last held the correlation data's length (with the
    // wrong identifier, so the read fails) and prints that: 0, or the length of a Correlation Data before it.
    quint16 lastTwoByteValue = 0;
    for (const char id : propertyOrder(p)) {
        switch (quint8(id)) {
        case PayloadFormatIndicator:
            object.add("payload-format-indicator", Value::fromNumber(p.payloadFormatIndicator.value_or(0)));
            break;
        case MessageExpiryInterval:
            object.add("message-expiry-interval", Value::fromNumber(p.messageExpiryInterval.value_or(0)));
            break;
        case ContentType:
            object.add("content-type", Value::fromString(p.contentType.value_or(QString()).toUtf8()));
            break;
        case ResponseTopic:
            object.add("response-topic", Value::fromString(p.responseTopic.value_or(QString()).toUtf8()));
            break;
        case CorrelationData: {
            const QByteArray data = p.correlationData.value_or(QByteArray());
            lastTwoByteValue = quint16(data.size());
            object.add("correlation-data", Value::fromString(data));
            break;
        }
        case SubscriptionIdentifier:
            if (nextIdentifier < p.subscriptionIdentifiers.size())
                object.add(
                    "subscription-identifier", Value::fromNumber(p.subscriptionIdentifiers.at(nextIdentifier++)));
            break;
        case TopicAlias:
            object.add("topic-alias", Value::fromNumber(lastTwoByteValue));
            break;
        case UserProperty:
            if (nextUser >= p.userProperties.size())
                break;
            // All user properties go into one object, where the first one came.
            if (userProperties == 0) {
                object.add("user-properties", Value::object());
                userProperties = object.children.size();
            }
            object.children[userProperties - 1].add(p.userProperties.at(nextUser).name.toUtf8(),
                Value::fromString(p.userProperties.at(nextUser).value.toUtf8()));
            ++nextUser;
            break;
        default:
            break;
        }
    }
    return object;
}

// mosquitto_sub's write_payload(): a field width also cuts the payload, and for hex counts digits, so the bytes
// shown are halved; left alignment pads with printf("%*s"), which pads a negative width too.
void appendPayload(const QByteArray &payload, int hex, char align, char pad, int width, QByteArray &out)
{
    qsizetype length = payload.size();
    qsizetype padding = 0;
    if (width > 0) {
        length = std::min<qsizetype>(length, width);
        if (hex > 0) {
            length /= 2;
            padding = width - length * 2;
        } else {
            padding = width - length;
        }
    } else {
        padding = width - length;
    }
    if (align != '-' && padding > 0)
        out += QByteArray(padding, pad);
    const QByteArray shown = payload.first(length);
    if (hex == 0)
        out += shown;
    else
        out += hex == 1 ? shown.toHex() : shown.toHex().toUpper();
    if (align == '-')
        out += QByteArray(std::abs(padding), ' ');
}

void appendInt(qint64 value, char align, char pad, int width, QByteArray &out)
{
    const QByteArray digits = QByteArray::number(value);
    const qsizetype padding = std::max<qsizetype>(0, width - digits.size());
    if (width == 0 || padding == 0)
        out += digits;
    else if (align == '-')
        out += digits + QByteArray(padding, ' ');
    else if (pad == '0' && value < 0)
        out += '-' + QByteArray(padding, '0') + digits.mid(1);
    else
        out += QByteArray(padding, pad == '0' ? '0' : ' ') + digits;
}

void appendBlank(char pad, int width, QByteArray &out)
{
    out += QByteArray(width, pad);
}

// printf("%*.*s"): precision cuts, width pads with spaces.
void appendString(const QByteArray &value, char align, int width, int precision, QByteArray &out)
{
    const QByteArray shown = precision >= 0 ? value.left(precision) : value;
    const QByteArray padding(std::max<qsizetype>(0, width - shown.size()), ' ');
    out += align == '-' ? shown + padding : padding + shown;
}

} // namespace

MessageFormat::MessageFormat(QByteArray format, bool pretty, bool newline, Clock clock)
    : m_format(std::move(format))
    , m_pretty(pretty)
    , m_newline(newline)
    , m_clock(std::move(clock))
{
}

FormatTime MessageFormat::systemClock()
{
    timespec now {};
    clock_gettime(CLOCK_REALTIME, &now);
    return { qint64(now.tv_sec), qint64(now.tv_nsec) };
}

bool MessageFormat::check(const QByteArray &format, QString *error)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("canopy-cli", text); };
    const qsizetype length = format.size();
    const auto incomplete = [&] {
        *error = tr("-F '%1' ends in an incomplete %-specifier; a literal % is written %%.")
                     .arg(QString::fromLocal8Bit(format));
        return false;
    };
    auto isDigit = [&](qsizetype i) { return format.at(i) >= '0' && format.at(i) <= '9'; };
    for (qsizetype i = 0; i < length; ++i) {
        const char c = format.at(i);
        if (c == '%') {
            if (i == length - 1)
                return incomplete();
            if (format.at(i + 1) == '0' || format.at(i + 1) == '-') { // one flag
                if (++i == length - 1)
                    return incomplete();
            }
            while (isDigit(i + 1)) { // field width
                if (++i == length - 1)
                    return incomplete();
            }
            if (format.at(i + 1) == '.') { // precision
                if (++i == length - 1)
                    return incomplete();
                while (isDigit(i + 1)) {
                    if (++i == length - 1)
                        return incomplete();
                }
            }
            const char conversion = format.at(++i);
            if (std::string_view("%ACDEFIJPRSUXjlmpqrtx").find(conversion) == std::string_view::npos) {
                *error = tr("-F: '%%1' is not a format specifier; see canopy-cli sub --help for the list.")
                             .arg(QString::fromLocal8Bit(QByteArray(1, conversion)));
                return false;
            }
        } else if (c == '@') {
            if (i == length - 1) {
                *error = tr("-F '%1' ends in an incomplete @-specifier; a literal @ is written @@.")
                             .arg(QString::fromLocal8Bit(format));
                return false;
            }
            ++i;
        } else if (c == '\\') {
            if (i == length - 1) {
                *error = tr("-F '%1' ends in an incomplete escape; a literal \\ is written \\\\.")
                             .arg(QString::fromLocal8Bit(format));
                return false;
            }
            const char escape = format.at(++i);
            if (std::string_view("\\0aenrtv").find(escape) == std::string_view::npos) {
                *error = tr("-F: '\\%1' is not an escape; use \\\\, \\0, \\a, \\e, \\n, \\r, \\t or \\v.")
                             .arg(QString::fromLocal8Bit(QByteArray(1, escape)));
                return false;
            }
        }
    }
    return true;
}

void MessageFormat::append(const Mqtt::Publish &message, QByteArray &out, QByteArray &errors) const
{
    // Read as mosquitto_sub reads it, including where it stops at the end of the string.
    const QByteArray &f = m_format;
    const qsizetype length = f.size();
    auto isDigit = [&](qsizetype i) { return f.at(i) >= '0' && f.at(i) <= '9'; };
    // A width beyond this would only fill memory; mosquitto_sub's int would overflow long before.
    constexpr int MaximumWidth = 1 << 20;
    std::optional<LocalTime> atTime; // one reading of the clock for all @ conversions of this message
    for (qsizetype i = 0; i < length; ++i) {
        const char c = f.at(i);
        if (c == '%') {
            if (i >= length - 1)
                continue;
            ++i;
            Field field;
            if (f.at(i) == '-') {
                field.align = '-';
                if (i < length - 1)
                    ++i;
            }
            if (f.at(i) == '0') {
                field.pad = '0';
                if (i < length - 1)
                    ++i;
            }
            while (i < length - 1 && isDigit(i)) {
                field.width = std::min(MaximumWidth, field.width * 10 + (f.at(i) - '0'));
                ++i;
            }
            if (f.at(i) == '.' && i < length - 1) {
                ++i;
                field.precision = 0;
                while (i < length - 1 && isDigit(i)) {
                    field.precision = std::min(MaximumWidth, field.precision * 10 + (f.at(i) - '0'));
                    ++i;
                }
            }
            appendPercent(f.at(i), field, message, out, errors);
        } else if (c == '@') {
            if (i >= length - 1)
                continue;
            ++i;
            if (f.at(i) == '@') {
                out += '@';
                continue;
            }
            if (!atTime)
                atTime = localTime(m_clock());
            if (f.at(i) == 'N') {
                out += nanoseconds(atTime->nanoseconds);
            } else {
                const char conversion[3] = { '%', f.at(i), '\0' };
                out += formatTime(conversion, atTime->tm);
            }
        } else if (c == '\\') {
            if (i >= length - 1)
                continue;
            ++i;
            switch (f.at(i)) {
            case '\\':
                out += '\\';
                break;
            case '0':
                out += '\0';
                break;
            case 'a':
                out += '\a';
                break;
            case 'e':
                out += '\033';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'v':
                out += '\v';
                break;
            default:
                break; // an unknown escape prints nothing
            }
        } else {
            out += c;
        }
    }
    if (m_newline)
        out += '\n';
}

void MessageFormat::appendPercent(
    char conversion, const Field &field, const Mqtt::Publish &message, QByteArray &out, QByteArray &errors) const
{
    const Mqtt::Properties &p = message.properties;
    const char align = field.align;
    const char pad = field.pad;
    const int width = field.width;
    switch (conversion) {
    case '%':
        out += '%';
        break;
    case 'A':
        if (p.topicAlias)
            appendInt(*p.topicAlias, align, pad, width, out);
        else
            appendBlank(pad, width, out);
        break;
    case 'C':
        if (p.contentType)
            appendString(p.contentType->toUtf8(), align, width, field.precision, out);
        else
            appendBlank(' ', width, out);
        break;
    case 'D':
        if (p.correlationData)
            out += *p.correlationData;
        break;
    case 'E':
        if (p.messageExpiryInterval)
            appendInt(qint32(*p.messageExpiryInterval), align, pad, width, out); // printed as a C int
        else
            appendBlank(pad, width, out);
        break;
    case 'F':
        if (p.payloadFormatIndicator)
            appendInt(*p.payloadFormatIndicator, align, pad, width, out);
        else
            appendBlank(pad, width, out);
        break;
    case 'I': {
        const QByteArray text = formatTime("%FT%T%z", localTime(m_clock()).tm);
        if (!text.isEmpty())
            appendString(text, align, width, field.precision, out);
        else
            appendBlank(' ', width, out);
        break;
    }
    case 'j':
    case 'J': {
        const bool escaped = conversion == 'j';
        using CJson::Value;
        Value root = Value::object();
        root.add("tst", Value::fromString(jsonTimestamp(localTime(m_clock()))));
        root.add("topic", Value::fromString(message.topic.toUtf8()));
        root.add("qos", Value::fromNumber(message.qos));
        root.add("retain", Value::fromNumber(message.retain ? 1 : 0));
        root.add("payloadlen", Value::fromNumber(double(message.payload.size())));
        if (message.qos > 0)
            root.add("mid", Value::fromNumber(message.packetId));
        if (!p.isEmpty())
            root.add("properties", propertiesJson(p));
        if (message.payload.isEmpty()) {
            root.add("payload", Value::null()); // libmosquitto hands on no payload at all
        } else if (escaped) {
            root.add("payload", Value::fromString(message.payload));
        } else if (auto parsed = CJson::parse(message.payload)) {
            root.add("payload", std::move(*parsed));
        } else {
            errors += "Error: Message payload is not valid JSON on topic " + message.topic.toUtf8() + ".\n";
            break;
        }
        out += CJson::print(root, m_pretty);
        break;
    }
    case 'l':
        appendInt(message.payload.size(), align, pad, width, out);
        break;
    case 'm':
        appendInt(message.packetId, align, pad, width, out);
        break;
    case 'P':
        for (qsizetype i = 0; i < p.userProperties.size(); ++i) {
            if (i > 0)
                out += ' ';
            out += p.userProperties.at(i).name.toUtf8() + ':' + p.userProperties.at(i).value.toUtf8();
        }
        break;
    case 'p':
        appendPayload(message.payload, 0, align, pad, width, out);
        break;
    case 'q':
        out += char('0' + message.qos);
        break;
    case 'R':
        if (p.responseTopic)
            appendString(p.responseTopic->toUtf8(), align, width, field.precision, out);
        break;
    case 'r':
        out += message.retain ? '1' : '0';
        break;
    case 'S':
        if (!p.subscriptionIdentifiers.isEmpty())
            appendInt(qint32(p.subscriptionIdentifiers.constFirst()), align, pad, width, out);
        else
            appendBlank(pad, width, out);
        break;
    case 't':
        appendString(message.topic.toUtf8(), align, width, field.precision, out);
        break;
    case 'U': {
        const LocalTime now = localTime(m_clock());
        const QByteArray seconds = formatTime("%s", now.tm);
        if (!seconds.isEmpty())
            out += seconds + '.' + nanoseconds(now.nanoseconds);
        break;
    }
    case 'x':
        appendPayload(message.payload, 1, align, pad, width, out);
        break;
    case 'X':
        appendPayload(message.payload, 2, align, pad, width, out);
        break;
    default:
        break; // an unknown conversion prints nothing
    }
}

} // namespace Cli
