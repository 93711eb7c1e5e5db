// SPDX-License-Identifier: MIT
// canopy-bench-displaytext: what Canopy::visibleText() costs on the way to the screen, next to what the view does
// anyway with the same text, measured in the same run: QString::fromUtf8 of the bytes, and the message panel's whole
// text (PayloadFormat::messageText, which includes visibleText; JSON is parsed and pretty-printed):
//   1. a 31-character ASCII topic level (the tree's names: shared, not copied);
//   2. a 1 MB JSON payload, and 1 MB of mixed text (accents, CJK, emoji) that needs no escape;
//   3. 1 MB with a zero width space every 100 characters: the slow path that rebuilds the text.
// Thread CPU time, best of 7. Run it from a Release build.

#include "common/displaytext.h"
#include "payload/payloadformat.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int Rounds = 7;

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Best of Rounds, in ns per call, of `calls` calls of f.
double bestNs(int calls, const std::function<qsizetype()> &f)
{
    double best = 1e300;
    qsizetype sink = 0;
    for (int round = 0; round < Rounds; ++round) {
        const qint64 start = threadCpuNs();
        for (int i = 0; i < calls; ++i)
            sink += f();
        best = std::min(best, double(threadCpuNs() - start) / calls);
    }
    if (sink == 42) // keeps the calls from being optimized away
        std::puts("");
    return best;
}

QByteArray repeatedTo(const QByteArray &unit, qsizetype size)
{
    return unit.repeated(size / unit.size() + 1).left(size);
}

void row(const char *what, const QByteArray &utf8, int calls)
{
    const QString text = QString::fromUtf8(utf8);
    const double decode = bestNs(calls, [&] { return QString::fromUtf8(utf8).size(); });
    const double visible = bestNs(calls, [&] { return Canopy::visibleText(text, Canopy::TextView::MultiLine).size(); });
    StoredMessage message;
    message.payload = utf8;
    message.originalSize = utf8.size();
    const double panel = bestNs(calls, [&] { return PayloadFormat::messageText(u"t"_s, message).size(); });
    std::printf("%-58s %9.3f ms %9.3f ms %9.3f ms %6.0f %%\n", what, visible / 1e6, decode / 1e6, panel / 1e6,
        100 * visible / panel);
}
} // namespace

int main()
{
    std::printf("%-58s %12s %12s %12s %8s\n", "text", "visibleText", "fromUtf8", "panel text", "share");
    const QString level = u"device-000123-temperature-north"_s;
    const double topic = bestNs(1'000'000, [&] { return Canopy::visibleText(level).size(); });
    const QByteArray levelUtf8 = level.toUtf8();
    const double topicDecode = bestNs(1'000'000, [&] { return QString::fromUtf8(levelUtf8).size(); });
    std::printf("%-58s %9.1f ns %9.1f ns\n", "topic level, 31 ASCII characters (shared, no copy)", topic, topicDecode);

    constexpr qsizetype Megabyte = 1024 * 1024;
    QByteArray json = "[" + repeatedTo("{\"temperature\": 21.5, \"unit\": \"C\"},\n", Megabyte - 40) + "{}]";
    row("1 MB JSON payload (ASCII)", json, 10);
    row("1 MB accents, CJK, emoji (nothing to show)", repeatedTo("Grüße 温度 😀 \"ok\"\n", Megabyte), 10);
    QByteArray withSpaces = repeatedTo(QByteArray(99, 'a') + "\u200B", Megabyte);
    row("1 MB, a zero width space every 100 characters (rebuilt)", withSpaces, 10);
    return 0;
}
