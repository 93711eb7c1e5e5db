// SPDX-License-Identifier: MIT
// ConnectionOptions: broker URLs to options and back (schemes, default ports, IPv6 literals, WebSocket paths) and
// the one-sentence messages for addresses that cannot be used.

#include "transport/connectionoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Mqtt::ConnectionOptions;
using Scheme = Mqtt::ConnectionOptions::Scheme;

class TestConnectionOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromUrl_data();
    void fromUrl();
    void fromUrlErrors_data();
    void fromUrlErrors();
    void fromUserInput_data();
    void fromUserInput();
    void toUrl_data();
    void toUrl();
    void roundTrip_data();
    void roundTrip();
    void credentialsStayInTheUrl();
    void endpointAndTls();
};

void TestConnectionOptions::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("webSocketPath");

    const QString defaultPath = u"/mqtt"_s;
    QTest::newRow("mqtt:// defaults to port 1883")
        << u"mqtt://broker.example.com"_s << Scheme::Mqtt << u"broker.example.com"_s << 1883 << defaultPath;
    QTest::newRow("mqtt:// explicit port")
        << u"mqtt://broker.example.com:1884"_s << Scheme::Mqtt << u"broker.example.com"_s << 1884 << defaultPath;
    QTest::newRow("tcp:// is mqtt") << u"tcp://10.0.0.5:1885"_s << Scheme::Mqtt << u"10.0.0.5"_s << 1885 << defaultPath;
    QTest::newRow("mqtts:// defaults to port 8883")
        << u"mqtts://broker.example.com"_s << Scheme::Mqtts << u"broker.example.com"_s << 8883 << defaultPath;
    QTest::newRow("ssl:// is mqtts") << u"ssl://h:9883"_s << Scheme::Mqtts << u"h"_s << 9883 << defaultPath;
    QTest::newRow("tls:// is mqtts") << u"tls://h"_s << Scheme::Mqtts << u"h"_s << 8883 << defaultPath;
    QTest::newRow("ws:// defaults to port 80") << u"ws://h/mqtt"_s << Scheme::Ws << u"h"_s << 80 << defaultPath;
    QTest::newRow("wss:// defaults to port 443") << u"wss://h/mqtt"_s << Scheme::Wss << u"h"_s << 443 << defaultPath;
    QTest::newRow("ws:// without a path uses /mqtt") << u"ws://h:8080"_s << Scheme::Ws << u"h"_s << 8080 << defaultPath;
    QTest::newRow("ws:// keeps its path") << u"ws://h:8080/ws"_s << Scheme::Ws << u"h"_s << 8080 << u"/ws"_s;
    QTest::newRow("ws:// keeps the root path") << u"ws://h/"_s << Scheme::Ws << u"h"_s << 80 << u"/"_s;
    QTest::newRow("wss:// keeps a query, percent-encoded")
        << u"wss://h/mqtt%20x?token=a%2Fb"_s << Scheme::Wss << u"h"_s << 443 << u"/mqtt%20x?token=a%2Fb"_s;
    QTest::newRow("scheme and host are case-insensitive")
        << u"MQTTS://Broker.Example.COM"_s << Scheme::Mqtts << u"broker.example.com"_s << 8883 << defaultPath;
    QTest::newRow("IPv6 literal host") << u"mqtt://[::1]:1884"_s << Scheme::Mqtt << u"::1"_s << 1884 << defaultPath;
    QTest::newRow("IPv6 literal host, default port")
        << u"wss://[2001:db8::7]/mqtt"_s << Scheme::Wss << u"2001:db8::7"_s << 443 << defaultPath;
    QTest::newRow("user info is not part of the options")
        << u"mqtt://alice:secret@h:1883"_s << Scheme::Mqtt << u"h"_s << 1883 << defaultPath;
    QTest::newRow("a trailing slash on mqtt:// is harmless")
        << u"mqtt://h/"_s << Scheme::Mqtt << u"h"_s << 1883 << defaultPath;
    QTest::newRow("highest port") << u"mqtt://h:65535"_s << Scheme::Mqtt << u"h"_s << 65535 << defaultPath;
}

void TestConnectionOptions::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(Scheme, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, webSocketPath);

    QString error = u"untouched"_s;
    const auto options = ConnectionOptions::fromUrl(QUrl(url), &error);
    QVERIFY2(options.has_value(), qPrintable(error));
    QCOMPARE(options->scheme, scheme);
    QCOMPARE(options->host, host);
    QCOMPARE(int(options->port), port);
    QCOMPARE(options->webSocketPath, webSocketPath);
    // What the URL does not say keeps its default.
    QCOMPARE(options->connectTimeoutMs, ConnectionOptions().connectTimeoutMs);
    QCOMPARE(options->tls, Mqtt::TlsOptions());
}

void TestConnectionOptions::fromUrlErrors_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("empty address") << QUrl() << QStringList { u"No broker address"_s, u"mqtt://"_s };
    QTest::newRow("unknown scheme http") << QUrl(u"http://h"_s)
                                         << QStringList { u"'http://h'"_s, u"unknown scheme 'http'"_s, u"mqtts://"_s };
    QTest::newRow("host:port without scheme reads as an unknown scheme")
        << QUrl(u"localhost:1883"_s) << QStringList { u"unknown scheme 'localhost'"_s };
    QTest::newRow("no scheme at all") << QUrl(u"localhost"_s) << QStringList { u"'localhost'"_s, u"no scheme"_s };
    QTest::newRow("missing host") << QUrl(u"mqtt://"_s) << QStringList { u"no host name"_s, u"mqtt://host:port"_s };
    QTest::newRow("missing host with port") << QUrl(u"mqtts://:8883"_s) << QStringList { u"no host name"_s };
    QTest::newRow("port out of range") << QUrl(u"mqtt://h:99999"_s)
                                       << QStringList { u"'mqtt://h:99999'"_s, u"port"_s, u"1 to 65535"_s };
    QTest::newRow("port 0") << QUrl(u"mqtt://h:0"_s) << QStringList { u"port"_s, u"1 to 65535"_s };
    QTest::newRow("port not a number") << QUrl(u"mqtt://h:abc"_s)
                                       << QStringList { u"'mqtt://h:abc'"_s, u"1 to 65535"_s };
    QTest::newRow("negative port") << QUrl(u"ws://h:-1/mqtt"_s) << QStringList { u"1 to 65535"_s };
    QTest::newRow("path on mqtt://") << QUrl(u"mqtt://h/sensors"_s)
                                     << QStringList { u"'/sensors'"_s, u"only ws:// and wss://"_s };
    QTest::newRow("path on mqtts://") << QUrl(u"mqtts://h:8883/x"_s) << QStringList { u"'/x'"_s };
}

void TestConnectionOptions::fromUrlErrors()
{
    QFETCH(QUrl, url);
    QFETCH(QStringList, mentions);

    QString error;
    QVERIFY(!ConnectionOptions::fromUrl(url, &error).has_value());
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(u"'%1' does not mention '%2'"_s.arg(error, mention)));
    // One sentence: it ends with a full stop and does not run over several lines.
    QVERIFY2(error.endsWith(u'.'), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    // A null errorMessage pointer is allowed.
    QVERIFY(!ConnectionOptions::fromUrl(url, nullptr).has_value());
}

void TestConnectionOptions::fromUserInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("bare host name means mqtt://")
        << u"broker.example.com"_s << true << Scheme::Mqtt << u"broker.example.com"_s << 1883;
    QTest::newRow("host:port means mqtt://") << u"localhost:1884"_s << true << Scheme::Mqtt << u"localhost"_s << 1884;
    QTest::newRow("bracketed IPv6 with port") << u"[::1]:1885"_s << true << Scheme::Mqtt << u"::1"_s << 1885;
    QTest::newRow("spaces around a full URL") << u"  wss://h:8443/mqtt  "_s << true << Scheme::Wss << u"h"_s << 8443;
    QTest::newRow("empty text") << u"   "_s << false << Scheme::Mqtt << QString() << 0;
    QTest::newRow("bad port") << u"h:70000"_s << false << Scheme::Mqtt << QString() << 0;
    QTest::newRow("unknown scheme") << u"ftp://h"_s << false << Scheme::Mqtt << QString() << 0;
}

void TestConnectionOptions::fromUserInput()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(Scheme, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);

    QString error;
    const auto options = ConnectionOptions::fromUserInput(text, &error);
    QCOMPARE(options.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(options->scheme, scheme);
    QCOMPARE(options->host, host);
    QCOMPARE(int(options->port), port);
}

void TestConnectionOptions::toUrl_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("webSocketPath");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default port is left out") << Scheme::Mqtt << u"h"_s << 1883 << u"/mqtt"_s << u"mqtt://h"_s;
    QTest::newRow("other port is written") << Scheme::Mqtts << u"h"_s << 8884 << u"/mqtt"_s << u"mqtts://h:8884"_s;
    QTest::newRow("mqtt:// has no path") << Scheme::Mqtt << u"h"_s << 1884 << u"/ws"_s << u"mqtt://h:1884"_s;
    QTest::newRow("ws:// has the path") << Scheme::Ws << u"h"_s << 80 << u"/mqtt"_s << u"ws://h/mqtt"_s;
    QTest::newRow("wss:// keeps path and query")
        << Scheme::Wss << u"h"_s << 8443 << u"/a%20b?t=1"_s << u"wss://h:8443/a%20b?t=1"_s;
    QTest::newRow("IPv6 host gets brackets")
        << Scheme::Mqtt << u"::1"_s << 1884 << u"/mqtt"_s << u"mqtt://[::1]:1884"_s;
}

void TestConnectionOptions::toUrl()
{
    QFETCH(Scheme, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, webSocketPath);
    QFETCH(QString, expected);

    ConnectionOptions options;
    options.scheme = scheme;
    options.host = host;
    options.port = quint16(port);
    options.webSocketPath = webSocketPath;
    QCOMPARE(options.toUrl().toString(QUrl::FullyEncoded), expected);
}

void TestConnectionOptions::roundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("mqtt") << u"mqtt://broker.example.com:1884"_s;
    QTest::newRow("mqtts default port") << u"mqtts://broker.example.com"_s;
    QTest::newRow("ws with query") << u"ws://h:9001/mqtt?x=1"_s;
    QTest::newRow("wss IPv6") << u"wss://[fe80::1]:8443/ws"_s;
}

void TestConnectionOptions::roundTrip()
{
    QFETCH(QString, url);
    QString error;
    const auto options = ConnectionOptions::fromUrl(QUrl(url), &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->toUrl().toString(QUrl::FullyEncoded), url);
    const auto again = ConnectionOptions::fromUrl(options->toUrl(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *options);
}

void TestConnectionOptions::credentialsStayInTheUrl()
{
    const QUrl url(u"mqtts://alice:s3cret@broker.example.com"_s);
    QString error;
    const auto options = ConnectionOptions::fromUrl(url, &error);
    QVERIFY2(options, qPrintable(error));
    const QString written = options->toUrl().toString();
    QVERIFY2(!written.contains(u"alice"_s) && !written.contains(u"s3cret"_s), qPrintable(written));
    // The caller reads the credentials from the URL itself.
    QCOMPARE(url.userName(), u"alice"_s);
    QCOMPARE(url.password(), u"s3cret"_s);
}

void TestConnectionOptions::endpointAndTls()
{
    ConnectionOptions options;
    QCOMPARE(options.endpoint(), u"localhost:1883"_s);
    QVERIFY(!options.usesTls());
    options.host = u"::1"_s;
    QCOMPARE(options.endpoint(), u"[::1]:1883"_s);

    const QList<std::pair<Scheme, bool>> tls { { Scheme::Mqtt, false }, { Scheme::Mqtts, true }, { Scheme::Ws, false },
        { Scheme::Wss, true } };
    for (const auto &[scheme, usesTls] : tls) {
        options.scheme = scheme;
        QCOMPARE(options.usesTls(), usesTls);
        QCOMPARE(options.usesWebSocket(), scheme == Scheme::Ws || scheme == Scheme::Wss);
    }
    QCOMPARE(ConnectionOptions::schemeName(Scheme::Wss), u"wss"_s);
    QCOMPARE(ConnectionOptions::defaultPort(Scheme::Ws), quint16(80));
}

QTEST_GUILESS_MAIN(TestConnectionOptions)
#include "tst_connectionoptions.moc"
