// SPDX-License-Identifier: MIT
#include "profiles/profilevalidation.h"

#include "profiles/certificatecheck.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaximumStringBytes = 65535;
constexpr quint32 MaximumSubscriptionIdentifier = 268435455;

// The rule of section 1.5.4 that text breaks as an MQTT UTF-8 string; empty when it is fine.
QString stringProblem(QStringView text, const QString &what)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0)
            return ProfileValidation::tr("%1 must not contain the null character U+0000 (MQTT 5.0 [MQTT-1.5.4-2]).")
                .arg(what);
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return ProfileValidation::tr("%1 is not valid UTF-8 (MQTT 5.0 [MQTT-1.5.4-1]).").arg(what);
    }
    if (text.toUtf8().size() > MaximumStringBytes)
        return ProfileValidation::tr("%1 is longer than 65,535 bytes in UTF-8, the most an MQTT string can hold (MQTT "
                                     "5.0 section 1.5.4).")
            .arg(what);
    return {};
}

QString plainFilterProblem(QStringView filter)
{
    const qsizetype size = filter.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = filter[i];
        const bool levelStart = i == 0 || filter[i - 1] == u'/';
        if (c == u'#' && (!levelStart || i != size - 1))
            return ProfileValidation::tr("'#' must be the last level of a filter and fill it alone, as in "
                                         "sensors/# (MQTT 5.0 [MQTT-4.7.1-1]).");
        if (c == u'+' && (!levelStart || (i + 1 < size && filter[i + 1] != u'/')))
            return ProfileValidation::tr(
                "'+' must fill a whole level of a filter, as in sensors/+/temperature (MQTT 5.0 "
                "[MQTT-4.7.1-2]).");
    }
    return {};
}

void add(QList<ProfileProblem> &problems, ProfileField field, const QString &sentence, int row = -1)
{
    if (!sentence.isEmpty())
        problems.append(ProfileProblem { field, sentence, row });
}

} // namespace

QString ProfileValidation::nameProblem(const QString &name, const QStringList &otherNames)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the connection a name.");
    if (otherNames.contains(trimmed, Qt::CaseInsensitive))
        return tr("Another connection is already called '%1': choose another name.").arg(trimmed);
    return {};
}

QString ProfileValidation::hostProblem(const QString &host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the broker's host name or IP address, e.g. broker.example.com or 192.168.1.10.");
    if (trimmed.contains("://"_L1))
        return tr("Write the host alone, without a scheme: choose the transport below (or paste the whole URL into "
                  "this field and leave it).");
    if (trimmed.contains(u'/') || trimmed.contains(u' '))
        return tr("'%1' is not a host name: write a name such as broker.example.com or an IP address.").arg(trimmed);
    QUrl url;
    url.setHost(trimmed, QUrl::StrictMode);
    if (url.host().isEmpty())
        return tr("'%1' is not a host name: write a name such as broker.example.com or an IP address.").arg(trimmed);
    return {};
}

QString ProfileValidation::portProblem(int port)
{
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535 (MQTT uses 1883, MQTT over TLS 8883).");
    return {};
}

QString ProfileValidation::topicFilterProblem(QStringView filter)
{
    if (filter.isEmpty())
        return tr("A topic filter must not be empty (MQTT 5.0 [MQTT-4.7.3-1]).");
    const QString text = stringProblem(filter, tr("A topic filter"));
    if (!text.isEmpty())
        return text;
    constexpr QStringView SharePrefix = u"$share/";
    if (!filter.startsWith(SharePrefix))
        return plainFilterProblem(filter);
    const QStringView rest = filter.sliced(SharePrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView shareName = slash < 0 ? rest : rest.first(slash);
    if (shareName.isEmpty() || shareName.contains(u'+') || shareName.contains(u'#') || slash < 0
        || slash + 1 == rest.size())
        return tr("A shared subscription is $share/{group}/{filter}: a group name without '/', '+' or '#', then a "
                  "filter (MQTT 5.0 [MQTT-4.8.2-1], [MQTT-4.8.2-2]).");
    return plainFilterProblem(rest.sliced(slash + 1));
}

QString ProfileValidation::topicNameProblem(QStringView topic)
{
    if (topic.isEmpty())
        return tr("A topic must not be empty (MQTT 5.0 [MQTT-4.7.3-1]).");
    if (topic.contains(u'+') || topic.contains(u'#'))
        return tr("A topic to publish to must not contain the wildcards '+' or '#' (MQTT 5.0 [MQTT-3.3.2-2]).");
    return stringProblem(topic, tr("A topic"));
}

QString ProfileValidation::subscriptionProblem(const ProfileSubscription &subscription)
{
    const QString filter = topicFilterProblem(subscription.filter);
    if (!filter.isEmpty())
        return filter;
    if (subscription.qos < 0 || subscription.qos > 2)
        return tr("QoS %1 does not exist: subscribe with QoS 0, 1 or 2.").arg(subscription.qos);
    if (subscription.retainHandling < 0 || subscription.retainHandling > 2)
        return tr("Retain handling %1 does not exist: use 0 (send retained messages), 1 (only for a new "
                  "subscription) or 2 (never).")
            .arg(subscription.retainHandling);
    if (subscription.subscriptionIdentifier > MaximumSubscriptionIdentifier)
        return tr("A subscription identifier goes from 1 to 268,435,455 (0: none).");
    if (subscription.noLocal && subscription.filter.startsWith("$share/"_L1))
        return tr("A shared subscription cannot use No Local (MQTT 5.0 [MQTT-3.8.3-4]).");
    return {};
}

QList<ProfileProblem> ProfileValidation::validate(
    const ConnectionProfile &profile, const ProfileSecrets &secrets, const QStringList &otherNames, Files files)
{
    QList<ProfileProblem> problems;
    add(problems, ProfileField::Name, nameProblem(profile.name, otherNames));
    add(problems, ProfileField::Host, hostProblem(profile.host));
    add(problems, ProfileField::Port, portProblem(profile.port));
    if (profile.usesWebSocket() && !profile.webSocketPath.startsWith(u'/'))
        add(problems, ProfileField::WebSocketPath,
            tr("The WebSocket path starts with '/', e.g. /mqtt (mosquitto accepts any path)."));

    add(problems, ProfileField::ClientId, stringProblem(profile.clientId, tr("The client id")));
    if (profile.clientId.isEmpty() && !profile.randomClientIdSuffix && !profile.cleanStart
        && profile.protocol != Mqtt::ProtocolChoice::V5)
        add(problems, ProfileField::ClientId,
            tr("MQTT 3.1.1 keeps a session only for a client id: enter one, or turn Clean start on (MQTT 3.1.1 "
               "[MQTT-3.1.3-7])."));
    if (!secrets.password.isEmpty() && profile.userName.isEmpty() && profile.protocol != Mqtt::ProtocolChoice::V5)
        add(problems, ProfileField::Password,
            tr("MQTT 3.1.1 sends a password only with a user name: enter the user name too (MQTT 3.1.1 "
               "[MQTT-3.1.2-22])."));
    if (profile.keepAliveSeconds < 0 || profile.keepAliveSeconds > 65535)
        add(problems, ProfileField::KeepAlive, tr("Keep-alive goes from 0 (off) to 65,535 seconds."));
    if (profile.connectTimeoutSeconds < 1 || profile.connectTimeoutSeconds > 600)
        add(problems, ProfileField::ConnectTimeout, tr("The connect timeout goes from 1 to 600 seconds."));

    if (profile.usesTls()) {
        if (files == Files::Check && !profile.caFile.isEmpty())
            add(problems, ProfileField::CaFile, CertificateCheck::caFileProblem(profile.caFile));
        const bool haveCertificate = !profile.clientCertificateFile.isEmpty();
        const bool haveKey = !profile.clientKeyFile.isEmpty();
        if (haveCertificate && !haveKey)
            add(problems, ProfileField::ClientKey,
                tr("The client certificate needs its private key: choose the key file too."));
        if (haveKey && !haveCertificate)
            add(problems, ProfileField::ClientCertificate,
                tr("The client key needs its certificate: choose the certificate file too."));
        if (files == Files::Check && haveCertificate && haveKey) {
            const QString certificate = CertificateCheck::certificateFileProblem(profile.clientCertificateFile);
            add(problems, ProfileField::ClientCertificate, certificate);
            bool passphraseMissing = false;
            const QString key
                = CertificateCheck::keyFileProblem(profile.clientKeyFile, secrets.keyPassphrase, &passphraseMissing);
            add(problems,
                passphraseMissing || (!key.isEmpty() && !secrets.keyPassphrase.isEmpty()) ? ProfileField::KeyPassphrase
                                                                                          : ProfileField::ClientKey,
                key);
            if (certificate.isEmpty() && key.isEmpty())
                add(problems, ProfileField::ClientKey,
                    CertificateCheck::keyMatchProblem(
                        profile.clientCertificateFile, profile.clientKeyFile, secrets.keyPassphrase));
        }
        if (!profile.serverName.isEmpty() && !hostProblem(profile.serverName).isEmpty())
            add(problems, ProfileField::ServerName,
                tr("'%1' is not a host name: the server name is the name in the broker's certificate, e.g. "
                   "broker.example.com.")
                    .arg(profile.serverName));
        for (const QString &protocol : profile.alpn) {
            if (protocol.isEmpty() || protocol.toUtf8().size() > 255) {
                add(problems, ProfileField::Alpn,
                    tr("Each ALPN protocol name has 1 to 255 bytes, e.g. mqtt or x-amzn-mqtt-ca; separate them "
                       "with commas."));
                break;
            }
        }
    }

    if (profile.will.enabled) {
        add(problems, ProfileField::WillTopic, topicNameProblem(profile.will.topic));
        if (profile.will.qos < 0 || profile.will.qos > 2)
            add(problems, ProfileField::WillQos, tr("The will's QoS is 0, 1 or 2."));
        if (!profile.will.responseTopic.isEmpty())
            add(problems, ProfileField::WillProperties, topicNameProblem(profile.will.responseTopic));
        for (const Mqtt::UserProperty &property : profile.will.userProperties) {
            if (property.name.isEmpty()) {
                add(problems, ProfileField::WillProperties, tr("Every user property of the will needs a name."));
                break;
            }
        }
    }

    QSet<QString> filters;
    for (int row = 0; row < profile.subscriptions.size(); ++row) {
        const ProfileSubscription &subscription = profile.subscriptions.at(row);
        QString problem = subscriptionProblem(subscription);
        if (problem.isEmpty() && filters.contains(subscription.filter))
            problem = tr("'%1' is listed twice: remove one of them.").arg(subscription.filter);
        filters.insert(subscription.filter);
        add(problems, ProfileField::Subscriptions, problem, row);
    }
    return problems;
}
