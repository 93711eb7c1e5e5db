// SPDX-License-Identifier: MIT
// The --help text of canopy-cli (declared in clioptions.h).
#include "clioptions.h"

#include <QCoreApplication>

namespace Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("canopy-cli", text);
}
} // namespace

QString usage(std::optional<Command> command)
{
    const QString connection = tr(
        "Connection (as mosquitto_sub / mosquitto_pub):\n"
        "  -h HOST            broker host (default localhost)\n"
        "  -p PORT            port (default 1883, or 8883 with TLS options)\n"
        "  -L, --url URL      mqtt://, mqtts://, ws:// or wss://[user[:password]@]host[:port][/topic or /ws-path]\n"
        "  -V VERSION         mqttv31, mqttv311 (default) or mqttv5 (also 31, 311, 5)\n"
        "  -i ID, -I PREFIX   client id, or a prefix for a generated one\n"
        "  -k SECONDS         keep alive (default 60, 0 = off)\n"
        "  -c                 persistent session (clean session / clean start off)\n"
        "  -x SECONDS         MQTT 5 session expiry interval (-1 = never expires)\n"
        "  -u USER, -P PASS   credentials\n"
        "  --cafile FILE      CA certificate (PEM) to verify the broker; enables TLS\n"
        "  --cert FILE, --key FILE  client certificate and key (PEM)\n"
        "  --insecure         do not verify the broker's certificate (unsafe)\n"
        "  --will-topic T, --will-payload P, --will-qos Q, --will-retain\n"
        "  -D CMD PROP VALUE  MQTT 5 property (implies -V mqttv5), e.g. -D publish user-property key value;\n"
        "                     CMD: connect, publish (pub), subscribe (sub), unsubscribe (sub -U), disconnect,\n"
        "                     will (with --will-topic); the properties of mosquitto_pub/mosquitto_sub 2.0\n"
        "  -A ADDRESS         connect from this local address (TCP and TLS)\n"
        "  --nodelay          disable Nagle's algorithm (canopy always does)\n"
        "  -q QOS             quality of service 0, 1 or 2\n"
        "  -d                 debug: print packets on stderr\n");
    const QString pub
        = tr("canopy-cli pub: publish messages\n"
             "  -t TOPIC           topic\n"
             "  -m MESSAGE | -f FILE | -l (one message per stdin line) | -n (empty) | -s (all of stdin)\n"
             "  -r                 retain\n"
             "  --repeat N, --repeat-delay SECONDS\n"
             "  -M COUNT           at most COUNT QoS 1/2 messages awaiting acknowledgement (0 = no limit)\n");
    const QString sub
        = tr("canopy-cli sub: print messages\n"
             "  -t FILTER          topic filter, repeatable\n"
             "  -T FILTER          leave out topics that match, repeatable\n"
             "  -v                 print 'topic payload'\n"
             "  -N                 no newline after the payload\n"
             "  -C COUNT           exit after COUNT messages\n"
             "  -W SECONDS         exit (status 27) if nothing finished within SECONDS\n"
             "  -R                 skip retained messages; --retained-only: only those\n"
             "  -E                 exit once subscribed; -U FILTER: unsubscribe\n"
             "  --json             one JSON object per message (payload as UTF-8 text or base64)\n"
             "  -F FORMAT          print as mosquitto_sub -F: %t topic, %p payload, %x/%X hex, %l length,\n"
             "                     %q QoS, %r retained, %m packet id, %A %C %D %E %F %P %R %S properties\n"
             "                     (alias, content type, correlation data, expiry, format, user, response\n"
             "                     topic, subscription id), %I ISO-8601 time, %U Unix time, %j/%J JSON,\n"
             "                     %%; flags - and 0, width, .precision; @X strftime %X, @N ns, @@;\n"
             "                     escapes \\\\ \\0 \\a \\e \\n \\r \\t \\v. --pretty: %j/%J on several lines\n"
             "  --remove-retained  clear each retained message received (also with -R)\n"
             "  --random-filter P  print P percent of the messages (0.1 to 100), chosen at random\n");
    const QString simulate = tr("canopy-cli simulate: publish realistic demo telemetry\n"
                                "  --rate N           messages per second in all (default 20)\n"
                                "  --duration SECONDS stop after SECONDS (default: until interrupted)\n"
                                "  --prefix TOPIC     root of the simulated topics (default demo)\n");
    const QString bench = tr("canopy-cli bench ingest: subscribe and ingest into the topic store as fast as possible\n"
                             "  -t FILTER -C COUNT; prints received=N seconds=S rate=R cpu_s=C rss_mb=M\n"
                             "  --trace            trace every packet as an open packet timeline does\n");
    const QString top = tr("canopy-cli top: the busiest topics, live (like top for a broker)\n"
                           "  -t FILTER          what to watch (default #; repeat for more)\n"
                           "  --window 1|10|60   seconds the rates are averaged over (default 10)\n"
                           "  --by msg|bytes     rank by messages or bytes per second (default msg)\n"
                           "  --depth N          rank subtrees at level N instead of topics\n"
                           "  --limit N          rows shown (default 20)\n"
                           "  --refresh SECONDS  live table period (default 1)\n"
                           "  --once             measure for --for SECONDS (default 5), print once, exit\n"
                           "  --json             with --once: one JSON object for scripts\n");
    const QString head = tr("Usage: canopy-cli pub|sub|simulate|top|bench ingest [options]\n\n");
    if (!command)
        return head + pub + u'\n' + sub + u'\n' + simulate + u'\n' + top + u'\n' + bench + u'\n' + connection;
    switch (*command) {
    case Command::Pub:
        return pub + u'\n' + connection;
    case Command::Sub:
        return sub + u'\n' + connection;
    case Command::Simulate:
        return simulate + u'\n' + connection;
    case Command::BenchIngest:
        return bench + u'\n' + connection;
    case Command::Top:
        return top + u'\n' + connection;
    }
    return head;
}

} // namespace Cli
