// SPDX-License-Identifier: MIT
// Mqtt::ReconnectBackoff, the pure schedule of reconnect attempts, with the time and the random half passed in:
// delays double up to the maximum while connections keep ending soon after they were made, stay within the jitter
// range, and start over only after a connection stayed up for stableAfterMs.

#include "client/reconnectbackoff.h"

#include <QTest>

using Mqtt::ReconnectBackoff;

class TestReconnectBackoff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void delaysGrowWhileConnectionsDrop_data();
    void delaysGrowWhileConnectionsDrop();
    void jitterStaysWithinHalfTheCeiling_data();
    void jitterStaysWithinHalfTheCeiling();
    void stableConnectionResets_data();
    void stableConnectionResets();
    void resetStartsOver();
    void hugeSettingsDoNotOverflow();
};

namespace {
ReconnectBackoff::Settings settings(qint64 initial, qint64 maximum, qint64 stable)
{
    return { .initialDelayMs = initial, .maximumDelayMs = maximum, .stableAfterMs = stable };
}
} // namespace

void TestReconnectBackoff::delaysGrowWhileConnectionsDrop_data()
{
    QTest::addColumn<bool>("connects"); // each attempt is accepted, then dropped at once; else it fails outright
    QTest::newRow("accepted and dropped at once") << true;
    QTest::newRow("refused outright (no connection at all)") << false;
}

void TestReconnectBackoff::delaysGrowWhileConnectionsDrop()
{
    QFETCH(bool, connects);
    ReconnectBackoff backoff(settings(1000, 60000, 30000));
    const QList<qint64> ceilings { 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000 };
    qint64 now = 0;
    for (int i = 0; i < ceilings.size(); ++i) {
        if (connects)
            backoff.connectionEstablished(now);
        now += 50; // dropped 50 ms after the CONNACK: well under stableAfterMs
        const qint64 delay = backoff.connectionEnded(now, 1.0);
        QCOMPARE(backoff.attempt(), i + 1);
        QCOMPARE(backoff.ceilingMs(i + 1), ceilings.at(i));
        QCOMPARE(delay, ceilings.at(i)); // jitter 1: the whole ceiling
        now += delay;
    }
}

void TestReconnectBackoff::jitterStaysWithinHalfTheCeiling_data()
{
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("firstDelay"); // of a 1000 ms ceiling
    QTest::newRow("jitter 0: half the ceiling") << 0.0 << qint64(500);
    QTest::newRow("jitter 0.5: three quarters") << 0.5 << qint64(750);
    QTest::newRow("jitter 1: the ceiling") << 1.0 << qint64(1000);
    QTest::newRow("jitter out of range is clamped (-1)") << -1.0 << qint64(500);
    QTest::newRow("jitter out of range is clamped (2)") << 2.0 << qint64(1000);
}

void TestReconnectBackoff::jitterStaysWithinHalfTheCeiling()
{
    QFETCH(double, jitter);
    QFETCH(qint64, firstDelay);
    ReconnectBackoff backoff(settings(1000, 60000, 30000));
    QCOMPARE(backoff.connectionEnded(0, jitter), firstDelay);
    // Whatever the jitter, a delay is never shorter than any delay before it while the ceiling doubles: its fixed
    // half is as long as the whole ceiling of the attempt before.
    qint64 longest = firstDelay;
    while (backoff.ceilingMs(backoff.attempt() + 1) < 60000) {
        const qint64 delay = backoff.connectionEnded(0, backoff.attempt() % 2 ? 0.0 : 1.0);
        QVERIFY2(delay >= longest, qPrintable(QString::number(delay)));
        QVERIFY(delay >= backoff.ceilingMs(backoff.attempt()) / 2 && delay <= backoff.ceilingMs(backoff.attempt()));
        longest = std::max(longest, delay);
    }
    QCOMPARE(backoff.attempt(), 6); // 1, 2, 4, 8, 16, 32 s
}

void TestReconnectBackoff::stableConnectionResets_data()
{
    QTest::addColumn<qint64>("upForMs");
    QTest::addColumn<int>("nextAttempt");
    QTest::newRow("up for stableAfterMs: starts over") << qint64(30000) << 1;
    QTest::newRow("up for longer: starts over") << qint64(3600000) << 1;
    QTest::newRow("up 1 ms short of stableAfterMs: keeps growing") << qint64(29999) << 4;
    QTest::newRow("dropped at once: keeps growing") << qint64(0) << 4;
}

void TestReconnectBackoff::stableConnectionResets()
{
    QFETCH(qint64, upForMs);
    QFETCH(int, nextAttempt);
    ReconnectBackoff backoff(settings(1000, 60000, 30000));
    qint64 now = 1000000;
    for (int i = 0; i < 3; ++i) {
        backoff.connectionEstablished(now);
        now += backoff.connectionEnded(now, 0.5);
    }
    QCOMPARE(backoff.attempt(), 3);
    backoff.connectionEstablished(now);
    now += upForMs;
    const qint64 delay = backoff.connectionEnded(now, 1.0);
    QCOMPARE(backoff.attempt(), nextAttempt);
    QCOMPARE(delay, backoff.ceilingMs(nextAttempt));
}

void TestReconnectBackoff::resetStartsOver()
{
    ReconnectBackoff backoff(settings(100, 1000, 500));
    for (int i = 0; i < 5; ++i)
        backoff.connectionEnded(0, 0);
    QCOMPARE(backoff.attempt(), 5);
    backoff.reset();
    QCOMPARE(backoff.attempt(), 0);
    QCOMPARE(backoff.connectionEnded(0, 1.0), qint64(100));
    QCOMPARE(backoff.attempt(), 1);
    // A connection made before the reset does not count after it.
    backoff.connectionEstablished(0);
    backoff.reset();
    QCOMPARE(backoff.connectionEnded(10000, 1.0), qint64(100));
}

void TestReconnectBackoff::hugeSettingsDoNotOverflow()
{
    ReconnectBackoff backoff(settings(std::numeric_limits<qint64>::max() / 2, std::numeric_limits<qint64>::max(), 0));
    const qint64 oneDay = 24 * 3600 * 1000;
    for (int i = 0; i < 100; ++i)
        QCOMPARE(backoff.connectionEnded(0, 1.0), oneDay);
    ReconnectBackoff zero(settings(0, 0, 0));
    QCOMPARE(zero.connectionEnded(0, 1.0), qint64(1));
}

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"
