// SPDX-License-Identifier: MIT
// libFuzzer target for the MQTT decoder; the checks are in decoderfuzzcase.cpp. Any broken invariant aborts, which
// libFuzzer reports as a crash.

#include "decoderfuzzcase.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString failure = Fuzz::runDecoderCase(QByteArrayView(data, qsizetype(size)));
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "fuzz_decoder: %s\n", qPrintable(failure));
        std::abort();
    }
    return 0;
}
