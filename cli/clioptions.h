// SPDX-License-Identifier: MIT
#pragma once

// Command-line options of canopy-cli. The connection and message options mean what they mean for
// mosquitto_sub / mosquitto_pub, so existing scripts carry over (-h is the host, not help).

#include "codec/mqttpacket.h"
#include "transport/connectionoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cli {

enum class Command { Pub, Sub, Simulate, BenchIngest, Top };

// One "-D command identifier value [value2]" option (MQTT 5 properties; see propertyoptions.h).
struct PropertyOption {
    QString command; // connect, publish, subscribe, unsubscribe, disconnect, will (lower case)
    QString identifier; // e.g. user-property, message-expiry-interval (lower case)
    QString value;
    QString value2; // the value of a user-property (value is its name)
};

enum class MessageSource { None, Argument, File, Lines, Null, Stdin };

struct Options {
    Command command = Command::Sub;

    // Connection
    QString host = QStringLiteral("localhost");
    std::optional<quint16> port;
    QString url; // -L / --url
    Mqtt::ProtocolVersion version = Mqtt::ProtocolVersion::V311;
    QString clientId;
    QString clientIdPrefix;
    int keepAliveSeconds = 60;
    bool cleanSession = true;
    std::optional<quint32> sessionExpiryInterval;
    QString userName;
    std::optional<QByteArray> password;
    Mqtt::TlsOptions tls;
    bool tlsRequested = false; // --cafile / --cert / --insecure / --capath without a URL: mqtts
    QString caPath;
    QString willTopic;
    QByteArray willPayload;
    int willQos = 0;
    bool willRetain = false;
    QList<PropertyOption> properties;
    QString bindAddress; // -A: the local address to connect from
    bool noDelay = false; // --nodelay (canopy always disables Nagle's algorithm)
    bool debug = false;
    bool quiet = false;

    // Publish and subscribe
    int qos = 0;
    QStringList topics;
    QStringList filterOutTopics; // -T
    QStringList unsubscribeTopics; // -U

    // pub
    MessageSource messageSource = MessageSource::None;
    QByteArray message;
    QString messageFile;
    bool retain = false;
    int repeatCount = 1;
    double repeatDelaySeconds = 0;
    std::optional<int> maxInflight; // -M: QoS 1/2 messages awaiting acknowledgement at once (0 = no limit)

    // sub
    int messageCount = 0; // -C, 0 = unlimited
    int timeoutSeconds = 0; // -W
    bool verbose = false;
    bool noNewline = false; // -N
    bool skipRetained = false; // -R
    bool retainedOnly = false;
    bool json = false;
    bool exitAfterSubscribe = false; // -E
    std::optional<QByteArray> format; // -F, in mosquitto_sub's format language (messageformat.h)
    bool pretty = false; // --pretty: %j and %J over several lines
    bool removeRetained = false; // --remove-retained
    int randomFilter = 10000; // --random-filter: print this many messages in 10,000 on average

    // top
    bool once = false; // --once: one ranking after --for seconds, then exit
    bool topJson = false; // --json with top: the ranking as one JSON object
    int topWindowSeconds = 10; // --window 1|10|60
    bool topByBytes = false; // --by bytes
    int topDepth = 0; // --depth N: subtrees at level N instead of topics
    int topLimit = 20; // --limit N rows
    int topForSeconds = 5; // --for SECONDS: how long --once measures
    int topRefreshSeconds = 1; // --refresh SECONDS: live table period

    // bench ingest
    bool trace = false; // --trace: the packet timeline's trace hook on, as with the timeline open

    // simulate
    double rate = 20; // messages per second in all
    int durationSeconds = 0; // 0 = until interrupted
    QString topicPrefix = QStringLiteral("demo");
};

struct ParseResult {
    Options options;
    bool ok = false;
    bool helpRequested = false;
    bool versionRequested = false;
    QString error; // one sentence, when !ok
};

// arguments as from QCoreApplication::arguments(): the program, the command (pub, sub, simulate, top, bench ingest),
// options.
ParseResult parseArguments(const QStringList &arguments);
QString usage(std::optional<Command> command = std::nullopt);

// Where to connect, from -h/-p/-L/--url and the TLS options. -L/--url with mqtt(s):// takes a topic from its path
// (as mosquitto's -L does); with ws(s):// the path is the WebSocket path. User and password in the URL fill in
// the options' user name and password unless -u/-P were given.
std::optional<Mqtt::ConnectionOptions> connectionOptions(Options &options, QString *error);

} // namespace Cli
