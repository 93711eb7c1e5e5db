// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include "messageformat.h"
#include "propertyoptions.h"

#include <QCoreApplication>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("canopy-cli", text);
}

// ---- argument scanning ---------------------------------------------------------------------------------------

class Scanner {
public:
    explicit Scanner(const QStringList &arguments, qsizetype start)
        : m_arguments(arguments)
        , m_index(start)
    {
    }
    bool atEnd() const { return m_index >= m_arguments.size(); }
    QString next() { return m_arguments.at(m_index++); }
    bool value(const QString &option, QString *out, QString *error)
    {
        if (atEnd()) {
            *error = tr("Option %1 needs a value.").arg(option);
            return false;
        }
        *out = next();
        return true;
    }

private:
    const QStringList &m_arguments;
    qsizetype m_index;
};

bool toInt(const QString &option, const QString &text, int minimum, int maximum, int *out, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = tr("Option %1 takes a whole number from %2 to %3, not '%4'.")
                     .arg(option)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return false;
    }
    *out = value;
    return true;
}

bool parseVersion(const QString &text, Mqtt::ProtocolVersion *version)
{
    if (text == "mqttv31"_L1 || text == "31"_L1)
        *version = Mqtt::ProtocolVersion::V31;
    else if (text == "mqttv311"_L1 || text == "311"_L1)
        *version = Mqtt::ProtocolVersion::V311;
    else if (text == "mqttv5"_L1 || text == "5"_L1)
        *version = Mqtt::ProtocolVersion::V5;
    else
        return false;
    return true;
}

// Options common to every command. Returns 1 when handled, 0 when not an option of this group, -1 on error.
int parseCommonOption(const QString &arg, Scanner &in, Options &o, QString *error)
{
    QString v;
    auto take = [&](QString *out) { return in.value(arg, out, error); };
    if (arg == "-h"_L1 || arg == "--host"_L1) {
        if (!take(&o.host))
            return -1;
    } else if (arg == "-p"_L1 || arg == "--port"_L1) {
        int port = 0;
        if (!take(&v) || !toInt(arg, v, 1, 65535, &port, error))
            return -1;
        o.port = quint16(port);
    } else if (arg == "-L"_L1 || arg == "--url"_L1) {
        if (!take(&o.url))
            return -1;
    } else if (arg == "-V"_L1 || arg == "--protocol-version"_L1) {
        if (!take(&v))
            return -1;
        if (!parseVersion(v, &o.version)) {
            *error = tr("Option -V takes mqttv31, mqttv311 or mqttv5 (or 31, 311, 5), not '%1'.").arg(v);
            return -1;
        }
    } else if (arg == "-i"_L1 || arg == "--id"_L1) {
        if (!take(&o.clientId))
            return -1;
    } else if (arg == "-I"_L1 || arg == "--id-prefix"_L1) {
        if (!take(&o.clientIdPrefix))
            return -1;
    } else if (arg == "-k"_L1 || arg == "--keepalive"_L1) {
        if (!take(&v) || !toInt(arg, v, 0, 65535, &o.keepAliveSeconds, error))
            return -1;
    } else if (arg == "-c"_L1 || arg == "--disable-clean-session"_L1) {
        o.cleanSession = false;
    } else if (arg == "-x"_L1) {
        if (!take(&v))
            return -1;
        bool ok = false;
        const qint64 seconds = v == "-1"_L1 ? 0xFFFFFFFFLL : v.toLongLong(&ok);
        if ((!ok && v != "-1"_L1) || seconds < 0 || seconds > 0xFFFFFFFFLL) {
            *error = tr("Option -x takes a session expiry interval in seconds (or -1 for never), not '%1'.").arg(v);
            return -1;
        }
        o.sessionExpiryInterval = quint32(seconds);
    } else if (arg == "-u"_L1 || arg == "--username"_L1) {
        if (!take(&o.userName))
            return -1;
    } else if (arg == "-P"_L1 || arg == "--pw"_L1) {
        if (!take(&v))
            return -1;
        o.password = v.toUtf8();
    } else if (arg == "--cafile"_L1) {
        if (!take(&o.tls.caCertificateFile))
            return -1;
        o.tlsRequested = true;
    } else if (arg == "--capath"_L1) {
        if (!take(&o.caPath))
            return -1;
        o.tlsRequested = true;
    } else if (arg == "--cert"_L1) {
        if (!take(&o.tls.clientCertificateFile))
            return -1;
        o.tlsRequested = true;
    } else if (arg == "--key"_L1) {
        if (!take(&o.tls.clientKeyFile))
            return -1;
    } else if (arg == "--insecure"_L1) {
        o.tls.insecure = true;
    } else if (arg == "--tls-use-os-certs"_L1) {
        o.tlsRequested = true;
    } else if (arg == "--tls-alpn"_L1) {
        if (!take(&v))
            return -1;
        o.tls.alpn.append(v);
    } else if (arg == "--will-topic"_L1) {
        if (!take(&o.willTopic))
            return -1;
    } else if (arg == "--will-payload"_L1) {
        if (!take(&v))
            return -1;
        o.willPayload = v.toUtf8();
    } else if (arg == "--will-qos"_L1) {
        if (!take(&v) || !toInt(arg, v, 0, 2, &o.willQos, error))
            return -1;
    } else if (arg == "--will-retain"_L1) {
        o.willRetain = true;
    } else if (arg == "-D"_L1 || arg == "--property"_L1) {
        PropertyOption p;
        if (!take(&p.command) || !take(&p.identifier) || !take(&p.value))
            return -1;
        // mosquitto_pub and mosquitto_sub take the names in any case.
        p.command = p.command.toLower();
        p.identifier = p.identifier.toLower();
        if (p.identifier == "user-property"_L1 && !take(&p.value2))
            return -1;
        o.properties.append(p);
        o.version = Mqtt::ProtocolVersion::V5; // as with mosquitto: -D makes an MQTT 5 client (a later -V may not)
    } else if (arg == "-A"_L1) {
        if (!take(&o.bindAddress))
            return -1;
    } else if (arg == "--nodelay"_L1) {
        o.noDelay = true;
    } else if (arg == "-d"_L1 || arg == "--debug"_L1) {
        o.debug = true;
    } else if (arg == "--quiet"_L1) {
        o.quiet = true;
    } else if (arg == "-q"_L1 || arg == "--qos"_L1) {
        if (!take(&v) || !toInt(arg, v, 0, 2, &o.qos, error))
            return -1;
    } else if (arg == "-t"_L1 || arg == "--topic"_L1) {
        if (!take(&v))
            return -1;
        o.topics.append(v);
    } else if (arg == "-C"_L1) {
        if (!take(&v) || !toInt(arg, v, 1, std::numeric_limits<int>::max(), &o.messageCount, error))
            return -1;
    } else {
        return 0;
    }
    return 1;
}

int parsePubOption(const QString &arg, Scanner &in, Options &o, QString *error)
{
    QString v;
    auto setSource = [&](MessageSource source) {
        if (o.messageSource != MessageSource::None) {
            *error = tr("Only one of -m, -f, -l, -n and -s may be given.");
            return false;
        }
        o.messageSource = source;
        return true;
    };
    if (arg == "-m"_L1 || arg == "--message"_L1) {
        if (!setSource(MessageSource::Argument) || !in.value(arg, &v, error))
            return -1;
        o.message = v.toUtf8();
    } else if (arg == "-f"_L1 || arg == "--file"_L1) {
        if (!setSource(MessageSource::File) || !in.value(arg, &o.messageFile, error))
            return -1;
    } else if (arg == "-l"_L1 || arg == "--stdin-line"_L1) {
        if (!setSource(MessageSource::Lines))
            return -1;
    } else if (arg == "-n"_L1 || arg == "--null-message"_L1) {
        if (!setSource(MessageSource::Null))
            return -1;
    } else if (arg == "-s"_L1 || arg == "--stdin-file"_L1) {
        if (!setSource(MessageSource::Stdin))
            return -1;
    } else if (arg == "-r"_L1 || arg == "--retain"_L1) {
        o.retain = true;
    } else if (arg == "--repeat"_L1) {
        if (!in.value(arg, &v, error) || !toInt(arg, v, 1, std::numeric_limits<int>::max(), &o.repeatCount, error))
            return -1;
    } else if (arg == "-M"_L1) {
        int maximum = 0;
        if (!in.value(arg, &v, error) || !toInt(arg, v, 0, 65535, &maximum, error))
            return -1;
        o.maxInflight = maximum;
    } else if (arg == "--repeat-delay"_L1) {
        if (!in.value(arg, &v, error))
            return -1;
        bool ok = false;
        o.repeatDelaySeconds = v.toDouble(&ok);
        if (!ok || o.repeatDelaySeconds < 0) {
            *error = tr("Option --repeat-delay takes a number of seconds, not '%1'.").arg(v);
            return -1;
        }
    } else {
        return 0;
    }
    return 1;
}

int parseSubOption(const QString &arg, Scanner &in, Options &o, QString *error)
{
    QString v;
    if (arg == "-W"_L1) {
        if (!in.value(arg, &v, error) || !toInt(arg, v, 1, 3600 * 24 * 365, &o.timeoutSeconds, error))
            return -1;
    } else if (arg == "-v"_L1 || arg == "--verbose"_L1) {
        o.verbose = true;
    } else if (arg == "-N"_L1) {
        o.noNewline = true;
    } else if (arg == "-R"_L1) {
        o.skipRetained = true;
    } else if (arg == "--retained-only"_L1) {
        o.retainedOnly = true;
    } else if (arg == "-E"_L1) {
        o.exitAfterSubscribe = true;
    } else if (arg == "-T"_L1 || arg == "--filter-out"_L1) {
        if (!in.value(arg, &v, error))
            return -1;
        o.filterOutTopics.append(v);
    } else if (arg == "-U"_L1 || arg == "--unsubscribe"_L1) {
        if (!in.value(arg, &v, error))
            return -1;
        o.unsubscribeTopics.append(v);
    } else if (arg == "--json"_L1) {
        o.json = true;
    } else if (arg == "-F"_L1) {
        if (!in.value(arg, &v, error))
            return -1;
        o.format = v.toLocal8Bit();
        if (!MessageFormat::check(*o.format, error))
            return -1;
    } else if (arg == "--pretty"_L1) {
        o.pretty = true;
    } else if (arg == "--remove-retained"_L1) {
        o.removeRetained = true;
    } else if (arg == "--random-filter"_L1) {
        if (!in.value(arg, &v, error))
            return -1;
        bool ok = false;
        const double chance = v.toDouble(&ok);
        // The manual's meaning: the percentage of messages printed, 0.1 to 100.
        if (!ok || chance < 0.1 || chance > 100) {
            *error = tr("Option --random-filter takes the percentage of messages to print, from 0.1 to 100, not "
                        "'%1'.")
                         .arg(v);
            return -1;
        }
        o.randomFilter = qRound(chance * 100);
    } else {
        return 0;
    }
    return 1;
}

int parseSimulateOption(const QString &arg, Scanner &in, Options &o, QString *error)
{
    QString v;
    if (arg == "--rate"_L1) {
        if (!in.value(arg, &v, error))
            return -1;
        bool ok = false;
        o.rate = v.toDouble(&ok);
        if (!ok || o.rate <= 0 || o.rate > 1e7) {
            *error = tr("Option --rate takes messages per second (more than 0), not '%1'.").arg(v);
            return -1;
        }
    } else if (arg == "--duration"_L1) {
        if (!in.value(arg, &v, error) || !toInt(arg, v, 1, 3600 * 24 * 365, &o.durationSeconds, error))
            return -1;
    } else if (arg == "--prefix"_L1) {
        if (!in.value(arg, &o.topicPrefix, error))
            return -1;
    } else {
        return 0;
    }
    return 1;
}

int parseTopOption(const QString &arg, Scanner &in, Options &o, QString *error)
{
    QString v;
    if (arg == "--once"_L1) {
        o.once = true;
    } else if (arg == "--json"_L1) {
        o.topJson = true;
    } else if (arg == "--window"_L1) {
        if (!in.value(arg, &v, error) || !toInt(arg, v, 1, 60, &o.topWindowSeconds, error))
            return -1;
        if (o.topWindowSeconds != 1 && o.topWindowSeconds != 10 && o.topWindowSeconds != 60) {
            *error = tr("Option --window takes 1, 10 or 60 (seconds), not '%1'.").arg(v);
            return -1;
        }
    } else if (arg == "--by"_L1) {
        if (!in.value(arg, &v, error))
            return -1;
        if (v != "msg"_L1 && v != "messages"_L1 && v != "bytes"_L1) {
            *error = tr("Option --by takes msg or bytes, not '%1'.").arg(v);
            return -1;
        }
        o.topByBytes = v == "bytes"_L1;
    } else if (arg == "--depth"_L1) {
        if (!in.value(arg, &v, error) || !toInt(arg, v, 0, 64, &o.topDepth, error))
            return -1;
    } else if (arg == "--limit"_L1) {
        if (!in.value(arg, &v, error) || !toInt(arg, v, 1, 100000, &o.topLimit, error))
            return -1;
    } else if (arg == "--for"_L1) {
        if (!in.value(arg, &v, error) || !toInt(arg, v, 1, 3600, &o.topForSeconds, error))
            return -1;
    } else if (arg == "--refresh"_L1) {
        if (!in.value(arg, &v, error) || !toInt(arg, v, 1, 3600, &o.topRefreshSeconds, error))
            return -1;
    } else {
        return 0;
    }
    return 1;
}

} // namespace

ParseResult parseArguments(const QStringList &arguments)
{
    ParseResult result;
    Options &o = result.options;
    if (arguments.size() < 2) {
        result.error = tr("No command given: use pub, sub, simulate, top or bench ingest (see canopy-cli --help).");
        return result;
    }
    const QString command = arguments.at(1);
    qsizetype start = 2;
    if (command == "--help"_L1 || command == "help"_L1) {
        result.ok = true;
        result.helpRequested = true;
        return result;
    }
    if (command == "--version"_L1) {
        result.ok = true;
        result.versionRequested = true;
        return result;
    }
    if (command == "pub"_L1) {
        o.command = Command::Pub;
    } else if (command == "sub"_L1) {
        o.command = Command::Sub;
    } else if (command == "simulate"_L1) {
        o.command = Command::Simulate;
    } else if (command == "top"_L1) {
        o.command = Command::Top;
    } else if (command == "bench"_L1 && arguments.size() > 2 && arguments.at(2) == "ingest"_L1) {
        o.command = Command::BenchIngest;
        start = 3;
    } else {
        result.error = tr("'%1' is not a command: use pub, sub, simulate, top or bench ingest.").arg(command);
        return result;
    }

    Scanner in(arguments, start);
    while (!in.atEnd()) {
        const QString arg = in.next();
        if (arg == "--help"_L1) {
            result.ok = true;
            result.helpRequested = true;
            return result;
        }
        int handled = parseCommonOption(arg, in, o, &result.error);
        if (handled == 0 && o.command == Command::Pub)
            handled = parsePubOption(arg, in, o, &result.error);
        if (handled == 0 && o.command == Command::Top)
            handled = parseTopOption(arg, in, o, &result.error);
        if (handled == 0 && o.command == Command::BenchIngest && arg == "--trace"_L1) {
            o.trace = true;
            handled = 1;
        }
        if (handled == 0
            && (o.command == Command::Sub || o.command == Command::BenchIngest || o.command == Command::Top))
            handled = parseSubOption(arg, in, o, &result.error);
        if (handled == 0 && o.command == Command::Simulate)
            handled = parseSimulateOption(arg, in, o, &result.error);
        if (handled < 0)
            return result;
        if (handled == 0) {
            result.error = tr("Unknown option '%1' (see canopy-cli %2 --help).").arg(arg, command);
            return result;
        }
    }

    if (!o.properties.isEmpty() && o.version != Mqtt::ProtocolVersion::V5) {
        // Only a -V after the -D gets here; mosquitto would drop the properties in silence.
        result.error = tr("-D sets MQTT 5 properties, but -V asks for MQTT 3: use -V mqttv5, or remove the -D "
                          "options.");
        return result;
    }
    if (o.sessionExpiryInterval && o.version != Mqtt::ProtocolVersion::V5) {
        result.error = tr("-x sets the MQTT 5 session expiry interval: add -V mqttv5.");
        return result;
    }
    if (o.willTopic.isEmpty() && (!o.willPayload.isEmpty() || o.willRetain || o.willQos != 0)) {
        result.error = tr("Will options need --will-topic.");
        return result;
    }
    if (!o.tls.clientCertificateFile.isEmpty() != !o.tls.clientKeyFile.isEmpty()) {
        result.error = tr("--cert and --key must be given together.");
        return result;
    }
    if (o.userName.isEmpty() && o.password && o.url.isEmpty()) {
        result.error = tr("A password (-P) needs a user name (-u).");
        return result;
    }
    if (o.command == Command::Pub) {
        if (o.topics.size() != 1 && o.url.isEmpty()) {
            result.error = o.topics.isEmpty() ? tr("No topic given: use -t TOPIC.")
                                              : tr("canopy-cli pub publishes to one topic: give -t once.");
            return result;
        }
        if (o.messageSource == MessageSource::None) {
            result.error = tr("No message given: use -m MESSAGE, -f FILE, -l, -n or -s.");
            return result;
        }
    }
    if ((o.command == Command::Sub || o.command == Command::BenchIngest) && o.topics.isEmpty() && o.url.isEmpty()) {
        result.error = tr("No topic given: use -t FILTER (for example -t '#').");
        return result;
    }
    if (o.command == Command::Top && o.topics.isEmpty() && o.url.isEmpty())
        o.topics.append(u"#"_s); // what floods is anywhere: all topics unless told
    if (o.command == Command::Sub && o.skipRetained && o.retainedOnly) {
        result.error = tr("-R and --retained-only exclude each other.");
        return result;
    }
    if (o.format && o.json) {
        result.error = tr("-F and --json both say how to print messages: give one (-F '%j' prints JSON too).");
        return result;
    }
    if (!validateProperties(o, &result.error))
        return result;
    result.ok = true;
    return result;
}

std::optional<Mqtt::ConnectionOptions> connectionOptions(Options &options, QString *error)
{
    Mqtt::ConnectionOptions connection;
    if (!options.url.isEmpty()) {
        const QUrl url(options.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool webSocket = scheme == "ws"_L1 || scheme == "wss"_L1;
        // As mosquitto's -L: for mqtt(s):// the path names the topic, not a part of the address.
        QUrl address = url;
        if (!webSocket)
            address.setPath(QString());
        auto parsed = Mqtt::ConnectionOptions::fromUrl(address, error);
        if (!parsed)
            return std::nullopt;
        connection = *parsed;
        if (!webSocket) {
            const QString topic = url.path(QUrl::FullyDecoded).mid(1);
            if (!topic.isEmpty() && options.topics.isEmpty())
                options.topics.append(topic);
        }
        if (options.userName.isEmpty() && !url.userName().isEmpty())
            options.userName = url.userName(QUrl::FullyDecoded);
        if (!options.password && !url.password().isEmpty())
            options.password = url.password(QUrl::FullyDecoded).toUtf8();
        if (options.port)
            connection.port = *options.port;
    } else {
        connection.scheme
            = options.tlsRequested ? Mqtt::ConnectionOptions::Scheme::Mqtts : Mqtt::ConnectionOptions::Scheme::Mqtt;
        connection.host = options.host;
        connection.port = options.port.value_or(Mqtt::ConnectionOptions::defaultPort(connection.scheme));
    }
    const bool tlsWithoutCa = options.tls.caCertificateFile.isEmpty();
    connection.tls = options.tls;
    if (!options.caPath.isEmpty() && tlsWithoutCa) {
        // --capath: a directory of CA certificates; the transport takes a single file, so name the problem.
        *error = tr("--capath is not supported; give the CA certificate file with --cafile.");
        return std::nullopt;
    }
    return connection;
}

} // namespace Cli
