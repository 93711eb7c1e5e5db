// SPDX-License-Identifier: MIT
// libFuzzer target for the inspector's payload decoders, diffs and export formats (fuzz/payloadfuzzcase.cpp). Any
// broken invariant aborts, which libFuzzer reports as a crash.

#include "payloadfuzzcase.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString failure = Fuzz::runPayloadCase(QByteArrayView(data, qsizetype(size)));
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "fuzz_payload: %s\n", qPrintable(failure));
        std::abort();
    }
    return 0;
}
