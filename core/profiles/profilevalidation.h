// SPDX-License-Identifier: MIT
#pragma once

// Everything a profile must satisfy before Canopy connects with it, field by field, so that a form can put each
// sentence next to its field: the name, host, port, WebSocket path, client id, the TLS files (readable, a
// certificate, a key that belongs to it), the last will and the subscriptions (each filter with the rule of the
// MQTT specification it breaks).

#include "profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

enum class ProfileField {
    Name,
    Host,
    Port,
    WebSocketPath,
    ClientId,
    Password,
    KeepAlive,
    SessionExpiry,
    ConnectTimeout,
    CaFile,
    ClientCertificate,
    ClientKey,
    KeyPassphrase,
    ServerName,
    Alpn,
    WillTopic,
    WillQos,
    WillProperties,
    Subscriptions,
};

struct ProfileProblem {
    ProfileField field = ProfileField::Name;
    QString sentence;
    int subscription = -1; // the row, for ProfileField::Subscriptions
    friend bool operator==(const ProfileProblem &, const ProfileProblem &) = default;
};

class ProfileValidation {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidation)
public:
    enum class Files { Check, Skip }; // Skip: for imports and settings, where files may not exist yet

    // Every problem of the profile (empty: it may connect). otherNames: the names of the other profiles, which this
    // one must not repeat.
    static QList<ProfileProblem> validate(const ConnectionProfile &profile, const ProfileSecrets &secrets,
        const QStringList &otherNames = {}, Files files = Files::Check);

    static QString nameProblem(const QString &name, const QStringList &otherNames);
    static QString hostProblem(const QString &host);
    static QString portProblem(int port);
    // The rule of MQTT 3.1.1 / 5.0 section 4.7 (or 4.8.2 for shared subscriptions) that filter breaks; empty when it
    // is a valid topic filter.
    static QString topicFilterProblem(QStringView filter);
    static QString topicNameProblem(QStringView topic); // for the will topic
    // The filter's problem, or the options' (QoS, retain handling, subscription identifier).
    static QString subscriptionProblem(const ProfileSubscription &subscription);
};
