// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Canopy {
// The version CMake stamped into the build (project(VERSION ...)).
inline QString versionString()
{
    return QStringLiteral(CANOPY_VERSION_STRING);
}
} // namespace Canopy
