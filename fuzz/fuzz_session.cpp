// SPDX-License-Identifier: MIT
// libFuzzer target for the session state machine fed through its byte input, as a transport would; the input
// format and the oracle are in sessionfuzzcase.cpp. Any broken invariant aborts, which libFuzzer reports as a crash.

#include "sessionfuzzcase.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::SessionCaseResult result = Fuzz::runSessionCase(QByteArrayView(data, qsizetype(size)));
    if (!result.failure.isEmpty()) {
        std::fprintf(stderr, "fuzz_session: %s\n", qPrintable(result.failure));
        std::abort();
    }
    return 0;
}
