// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace TestSupport {
// The directory of the source tree (set by CTest through CANOPY_SOURCE_DIR), for test data files.
inline QString sourceDir()
{
    return qEnvironmentVariable("CANOPY_SOURCE_DIR");
}
} // namespace TestSupport
