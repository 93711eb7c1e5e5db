// SPDX-License-Identifier: MIT
#pragma once

// When to try again after a connection ended: exponential back-off with "equal jitter" (half of each delay fixed,
// half random, so that many clients that lost the same broker do not all come back in the same millisecond).
//
// The delay keeps growing while connections end soon after they were made: a broker that accepts a connection and
// drops it at once (a full broker, a bad ACL, a proxy in front of a dead broker) must not be hammered every
// second. It starts over only once a connection has stayed up for stableAfterMs. Pure: the time and the random
// part are passed in, so the schedule can be tested without a clock.

#include <QtGlobal>

namespace Mqtt {

class ReconnectBackoff {
public:
    struct Settings {
        qint64 initialDelayMs = 1000; // the ceiling of the first delay
        qint64 maximumDelayMs = 60000; // no ceiling grows past this
        qint64 stableAfterMs = 30000; // a connection up this long resets the back-off when it ends
    };

    ReconnectBackoff() = default;
    explicit ReconnectBackoff(const Settings &settings)
        : m_settings(settings)
    {
    }

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // A new start (connectToBroker()): the next delay is a first one again.
    void reset();
    // The broker accepted a connection at nowMs.
    void connectionEstablished(qint64 nowMs);
    // A connection (or an attempt to make one) ended at nowMs: counts the next attempt and returns the delay
    // before it. jitter, in [0, 1], picks the random half of the delay.
    qint64 connectionEnded(qint64 nowMs, double jitter);

    // The attempt the last connectionEnded() scheduled: 1 for the first reconnect after a stable connection.
    int attempt() const { return m_attempt; }
    // The longest delay of attempt n (1, 2, ...): initialDelayMs doubled for each attempt, up to maximumDelayMs.
    qint64 ceilingMs(int attempt) const;

private:
    Settings m_settings;
    int m_attempt = 0;
    qint64 m_connectedAtMs = -1; // when the current connection was accepted; -1 while there is none
};

} // namespace Mqtt
