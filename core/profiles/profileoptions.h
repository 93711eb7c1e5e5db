// SPDX-License-Identifier: MIT
#pragma once

// A profile (and its secrets) as the client's options and the subscriptions to make: what connecting with a profile
// means, in one place, for the window and canopy-cli alike.

#include "profiles/connectionprofile.h"

#include <QList>

#include <utility>

class ProfileOptions {
public:
    // suffix: the random number of this connection, for profiles with a random client id suffix (8 hex digits).
    static Mqtt::ClientOptions clientOptions(
        const ConnectionProfile &profile, const ProfileSecrets &secrets, quint32 suffix);
    static QString clientId(const ConnectionProfile &profile, quint32 suffix);
    // The subscriptions grouped by subscription identifier (one SUBSCRIBE carries one): the group without an
    // identifier first (identifier 0), then one per identifier, in the order of the list.
    static QList<std::pair<quint32, QList<Mqtt::Subscription>>> subscriptionGroups(
        const QList<ProfileSubscription> &subscriptions);
};
