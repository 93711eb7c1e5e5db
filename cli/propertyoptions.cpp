// SPDX-License-Identifier: MIT
#include "propertyoptions.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("canopy-cli", text);
}

enum class ValueType { Number, VariableByteInteger, String, Binary, Pair };

struct PropertySpec {
    const char *name;
    ValueType type;
    quint32 minimum; // for numbers
    quint32 maximum;
    const char *commands; // space-separated commands that may carry it; empty: only a broker sends it
};

// Every MQTT 5 property by the names mosquitto uses, with the packets a client's -D may put it in.
constexpr std::array propertySpecs {
    PropertySpec { "payload-format-indicator", ValueType::Number, 0, 1, " publish will " },
    PropertySpec { "message-expiry-interval", ValueType::Number, 0, 0xFFFFFFFFu, " publish will " },
    PropertySpec { "content-type", ValueType::String, 0, 0, " publish will " },
    PropertySpec { "response-topic", ValueType::String, 0, 0, " publish will " },
    PropertySpec { "correlation-data", ValueType::Binary, 0, 0, " publish will " },
    PropertySpec { "subscription-identifier", ValueType::VariableByteInteger, 1, 268435455, " subscribe " },
    PropertySpec { "session-expiry-interval", ValueType::Number, 0, 0xFFFFFFFFu, " connect disconnect " },
    PropertySpec { "assigned-client-identifier", ValueType::String, 0, 0, "" },
    PropertySpec { "server-keep-alive", ValueType::Number, 0, 0xFFFF, "" },
    PropertySpec { "authentication-method", ValueType::String, 0, 0, " connect " },
    PropertySpec { "authentication-data", ValueType::Binary, 0, 0, " connect " },
    PropertySpec { "request-problem-information", ValueType::Number, 0, 1, " connect " },
    PropertySpec { "will-delay-interval", ValueType::Number, 0, 0xFFFFFFFFu, " will " },
    PropertySpec { "request-response-information", ValueType::Number, 0, 1, " connect " },
    PropertySpec { "response-information", ValueType::String, 0, 0, "" },
    PropertySpec { "server-reference", ValueType::String, 0, 0, " disconnect " },
    PropertySpec { "reason-string", ValueType::String, 0, 0, " disconnect " },
    PropertySpec { "receive-maximum", ValueType::Number, 1, 0xFFFF, " connect " },
    PropertySpec { "topic-alias-maximum", ValueType::Number, 0, 0xFFFF, " connect " },
    PropertySpec { "topic-alias", ValueType::Number, 1, 0xFFFF, " publish " },
    PropertySpec { "maximum-qos", ValueType::Number, 0, 1, "" },
    PropertySpec { "retain-available", ValueType::Number, 0, 1, "" },
    PropertySpec { "user-property", ValueType::Pair, 0, 0, " connect publish subscribe unsubscribe disconnect will " },
    PropertySpec { "maximum-packet-size", ValueType::Number, 1, 0xFFFFFFFFu, " connect " },
    PropertySpec { "wildcard-subscription-available", ValueType::Number, 0, 1, "" },
    PropertySpec { "subscription-identifier-available", ValueType::Number, 0, 1, "" },
    PropertySpec { "shared-subscription-available", ValueType::Number, 0, 1, "" },
};

constexpr std::array ownCommands { "connect", "publish", "subscribe", "unsubscribe", "disconnect", "will" };
// Packets mosquitto_pub and mosquitto_sub know by name but set no properties on (or that only a broker sends).
constexpr std::array otherCommands { "connack", "puback", "pubrec", "pubrel", "pubcomp", "suback", "unsuback", "auth" };

template<typename List>
bool contains(const List &list, const QString &name)
{
    return std::any_of(list.begin(), list.end(), [&](const char *item) { return name == QLatin1StringView(item); });
}

const PropertySpec *findProperty(const QString &name)
{
    for (const auto &spec : propertySpecs) {
        if (name == QLatin1StringView(spec.name))
            return &spec;
    }
    return nullptr;
}

bool mayCarry(const PropertySpec &spec, const QString &command)
{
    return QLatin1StringView(spec.commands).contains(QString(u' ' + command + u' '));
}

// The option's own rules: a known command and property, one the command may carry, a value in range.
bool checkProperty(const PropertyOption &option, QString *error, const PropertySpec **specOut)
{
    if (!contains(ownCommands, option.command)) {
        *error = contains(otherCommands, option.command)
            ? tr("-D: canopy-cli sets no properties on %1 packets (neither do mosquitto_pub and mosquitto_sub); use "
                 "connect, publish, subscribe, unsubscribe, disconnect or will.")
                  .arg(option.command.toUpper())
            : tr("-D: '%1' is not a command; use connect, publish, subscribe, unsubscribe, disconnect or will.")
                  .arg(option.command);
        return false;
    }
    const PropertySpec *spec = findProperty(option.identifier);
    if (!spec) {
        *error = tr("-D: '%1' is not an MQTT 5 property.").arg(option.identifier);
        return false;
    }
    if (QLatin1StringView(spec->commands).isEmpty()) {
        *error = tr("-D: %1 is a property only a broker sends.").arg(option.identifier);
        return false;
    }
    if (!mayCarry(*spec, option.command)) {
        *error = tr("-D: the %1 packet cannot carry the property %2.").arg(option.command, option.identifier);
        return false;
    }
    if (spec->type == ValueType::Number || spec->type == ValueType::VariableByteInteger) {
        bool ok = false;
        const quint64 number = option.value.toULongLong(&ok);
        if (!ok || number < spec->minimum || number > spec->maximum) {
            *error = tr("-D: '%1' is not a valid value for %2: give a whole number from %3 to %4.")
                         .arg(option.value, option.identifier)
                         .arg(spec->minimum)
                         .arg(spec->maximum);
            return false;
        }
    }
    if (option.identifier == "response-topic"_L1
        && (option.value.isEmpty() || option.value.contains(u'+') || option.value.contains(u'#'))) {
        *error = tr("-D: '%1' is not a valid response-topic: it is a topic name, not empty and without + or #.")
                     .arg(option.value);
        return false;
    }
    *specOut = spec;
    return true;
}

void setProperty(Mqtt::Properties &p, const PropertyOption &option)
{
    const QString &name = option.identifier;
    const quint32 number = option.value.toUInt();
    if (name == "payload-format-indicator"_L1)
        p.payloadFormatIndicator = quint8(number);
    else if (name == "message-expiry-interval"_L1)
        p.messageExpiryInterval = number;
    else if (name == "content-type"_L1)
        p.contentType = option.value;
    else if (name == "response-topic"_L1)
        p.responseTopic = option.value;
    else if (name == "correlation-data"_L1)
        p.correlationData = option.value.toUtf8(); // mosquitto_pub takes binary data as the argument's bytes too
    else if (name == "subscription-identifier"_L1)
        p.subscriptionIdentifiers.append(number);
    else if (name == "session-expiry-interval"_L1)
        p.sessionExpiryInterval = number;
    else if (name == "authentication-method"_L1)
        p.authenticationMethod = option.value;
    else if (name == "authentication-data"_L1)
        p.authenticationData = option.value.toUtf8();
    else if (name == "request-problem-information"_L1)
        p.requestProblemInformation = quint8(number);
    else if (name == "will-delay-interval"_L1)
        p.willDelayInterval = number;
    else if (name == "request-response-information"_L1)
        p.requestResponseInformation = quint8(number);
    else if (name == "server-reference"_L1)
        p.serverReference = option.value;
    else if (name == "reason-string"_L1)
        p.reasonString = option.value;
    else if (name == "receive-maximum"_L1)
        p.receiveMaximum = quint16(number);
    else if (name == "topic-alias-maximum"_L1)
        p.topicAliasMaximum = quint16(number);
    else if (name == "topic-alias"_L1)
        p.topicAlias = quint16(number);
    else if (name == "user-property"_L1)
        p.userProperties.append({ option.value, option.value2 });
    else if (name == "maximum-packet-size"_L1)
        p.maximumPacketSize = number;
}

// Whether the run sends the packet `command` names at all; otherwise the sentence that says so.
QString whyNotSent(const Options &options, const QString &command)
{
    const bool pub = options.command == Command::Pub;
    const bool sub = options.command == Command::Sub;
    if (command == "will"_L1 && options.willTopic.isEmpty())
        return tr("-D will sets properties of the will: add --will-topic (and --will-payload), or remove it.");
    if (command == "connect"_L1 || command == "will"_L1)
        return {};
    if (!pub && !sub) {
        return tr("-D %1: canopy-cli %2 takes -D connect and -D will only; remove it.")
            .arg(command, options.command == Command::Simulate ? u"simulate"_s : u"bench ingest"_s);
    }
    const QString name = pub ? u"pub"_s : u"sub"_s;
    if (command == "disconnect"_L1 && (pub || sub))
        return {};
    if (command == "publish"_L1 && pub)
        return {};
    if (command == "subscribe"_L1 && sub)
        return {};
    if (command == "unsubscribe"_L1 && sub) {
        if (!options.unsubscribeTopics.isEmpty())
            return {};
        return tr("-D unsubscribe sets properties of the UNSUBSCRIBE that -U sends: add -U FILTER, or remove it.");
    }
    return tr("-D %1: canopy-cli %2 sends no %3 packet, so the property would have no effect; remove it.")
        .arg(command, name, command.toUpper());
}

} // namespace

std::optional<quint32> sessionExpiryInterval(const Options &options)
{
    if (options.version != Mqtt::ProtocolVersion::V5)
        return std::nullopt;
    if (options.sessionExpiryInterval)
        return options.sessionExpiryInterval;
    for (const PropertyOption &option : options.properties) {
        if (option.command == "connect"_L1 && option.identifier == "session-expiry-interval"_L1)
            return option.value.toUInt();
    }
    // -c alone means a session that never expires, as with mosquitto_sub and mosquitto_pub: with the default of 0
    // the broker would drop it, and what it queued, the moment the connection is lost.
    if (!options.cleanSession)
        return 0xFFFFFFFFu;
    return std::nullopt;
}

bool validateProperties(const Options &options, QString *error)
{
    QStringList seen; // "command identifier" of the properties a packet carries once
    for (const PropertyOption &option : options.properties) {
        const PropertySpec *spec = nullptr;
        if (!checkProperty(option, error, &spec))
            return false;
        const QString why = whyNotSent(options, option.command);
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
        const QString key = option.command + u' ' + option.identifier;
        if (spec->type != ValueType::Pair) {
            if (seen.contains(key)) {
                *error = tr("-D %1 is given twice; a packet carries it once.").arg(key);
                return false;
            }
            seen.append(key);
        }
    }
    if (options.sessionExpiryInterval && seen.contains(u"connect session-expiry-interval"_s)) {
        *error = tr("-x and -D connect session-expiry-interval both set the session expiry interval: give one.");
        return false;
    }
    for (const PropertyOption &option : options.properties) {
        if (option.command == "disconnect"_L1 && option.identifier == "session-expiry-interval"_L1
            && option.value.toUInt() != 0 && sessionExpiryInterval(options).value_or(0) == 0) {
            // [MQTT-3.14.2-2]: a session that ends with the connection cannot be kept when disconnecting.
            *error = tr("-D disconnect session-expiry-interval %1 needs a session that outlives the connection: add "
                        "-c or -x, since a session that expires when the connection ends cannot be kept when "
                        "disconnecting.")
                         .arg(option.value);
            return false;
        }
    }
    return true;
}

bool applyProperties(
    const QList<PropertyOption> &options, const QString &command, Mqtt::Properties &properties, QString *error)
{
    for (const PropertyOption &option : options) {
        if (option.command != command)
            continue;
        const PropertySpec *spec = nullptr;
        if (!checkProperty(option, error, &spec))
            return false;
        setProperty(properties, option);
    }
    return true;
}

} // namespace Cli
