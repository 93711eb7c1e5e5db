// SPDX-License-Identifier: MIT
#include "transport/connectionoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mqtt {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Mqtt::ConnectionOptions)
};

std::optional<ConnectionOptions> failWith(QString *errorMessage, const QString &sentence)
{
    if (errorMessage)
        *errorMessage = sentence;
    return std::nullopt;
}

// The text the person wrote, for quoting it in a message. An invalid QUrl no longer has it except inside
// errorString(), as 'source was "..."'.
QString sourceText(const QUrl &url)
{
    if (url.isValid())
        return url.toDisplayString(QUrl::RemoveUserInfo);
    static const QRegularExpression source(uR"re(source was "(.*?)"(?:;|$))re"_s);
    const auto match = source.match(url.errorString());
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<ConnectionOptions::Scheme> schemeFromName(const QString &name)
{
    using Scheme = ConnectionOptions::Scheme;
    const QString lower = name.toLower();
    if (lower == "mqtt"_L1 || lower == "tcp"_L1)
        return Scheme::Mqtt;
    if (lower == "mqtts"_L1 || lower == "ssl"_L1 || lower == "tls"_L1)
        return Scheme::Mqtts;
    if (lower == "ws"_L1)
        return Scheme::Ws;
    if (lower == "wss"_L1)
        return Scheme::Wss;
    return std::nullopt;
}

} // namespace

QString ConnectionOptions::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Mqtt:
        return u"mqtt"_s;
    case Scheme::Mqtts:
        return u"mqtts"_s;
    case Scheme::Ws:
        return u"ws"_s;
    case Scheme::Wss:
        return u"wss"_s;
    }
    return {};
}

quint16 ConnectionOptions::defaultPort(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Mqtt:
        return 1883;
    case Scheme::Mqtts:
        return 8883;
    case Scheme::Ws:
        return 80;
    case Scheme::Wss:
        return 443;
    }
    return 0;
}

std::optional<ConnectionOptions> ConnectionOptions::fromUrl(const QUrl &url, QString *errorMessage)
{
    if (url.isEmpty())
        return failWith(
            errorMessage, Text::tr("No broker address was given: write one such as mqtt://localhost:1883."));
    if (!url.isValid()) {
        const QString source = sourceText(url);
        if (url.errorString().contains("port"_L1, Qt::CaseInsensitive))
            return failWith(errorMessage,
                Text::tr("The port in the broker address '%1' is not a number from 1 to 65535.").arg(source));
        return failWith(errorMessage,
            Text::tr("The broker address '%1' is not a valid URL: write it as mqtt://host:port.").arg(source));
    }
    const QString source = sourceText(url);
    if (url.scheme().isEmpty())
        return failWith(errorMessage,
            Text::tr("The broker address '%1' has no scheme: start it with mqtt://, mqtts://, ws:// or wss://.")
                .arg(source));
    const auto scheme = schemeFromName(url.scheme());
    if (!scheme)
        return failWith(errorMessage,
            Text::tr("The broker address '%1' uses the unknown scheme '%2': use mqtt://, mqtts://, ws:// or "
                     "wss://.")
                .arg(source, url.scheme()));
    if (url.host().isEmpty())
        return failWith(errorMessage,
            Text::tr("The broker address '%1' has no host name: write it as %2://host:port.")
                .arg(source, url.scheme()));
    const int port = url.port(-1);
    if (port == 0)
        return failWith(
            errorMessage, Text::tr("The port in the broker address '%1' is not a number from 1 to 65535.").arg(source));

    ConnectionOptions options;
    options.scheme = *scheme;
    options.host = url.host();
    options.port = port > 0 ? quint16(port) : defaultPort(*scheme);

    const QString path = url.path(QUrl::FullyEncoded);
    if (options.usesWebSocket()) {
        options.webSocketPath = path.isEmpty() ? u"/mqtt"_s : path;
        if (url.hasQuery())
            options.webSocketPath += u'?' + url.query(QUrl::FullyEncoded);
    } else if (!path.isEmpty() && path != "/"_L1) {
        return failWith(errorMessage,
            Text::tr("The broker address '%1' has the path '%2', but only ws:// and wss:// addresses use a "
                     "path: remove it or use a WebSocket address.")
                .arg(source, url.path()));
    }
    return options;
}

std::optional<ConnectionOptions> ConnectionOptions::fromUserInput(const QString &text, QString *errorMessage)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fromUrl(QUrl(), errorMessage);
    if (!trimmed.contains("://"_L1))
        return fromUrl(QUrl(u"mqtt://"_s + trimmed), errorMessage);
    return fromUrl(QUrl(trimmed), errorMessage);
}

QUrl ConnectionOptions::toUrl() const
{
    QUrl url;
    url.setScheme(schemeName(scheme));
    url.setHost(host);
    if (port != defaultPort(scheme))
        url.setPort(port);
    if (usesWebSocket()) {
        const qsizetype question = webSocketPath.indexOf(u'?');
        url.setPath(webSocketPath.left(question), QUrl::TolerantMode);
        if (question >= 0)
            url.setQuery(webSocketPath.mid(question + 1), QUrl::TolerantMode);
    }
    return url;
}

QString ConnectionOptions::endpoint() const
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return shownHost + u':' + QString::number(port);
}

} // namespace Mqtt
