// SPDX-License-Identifier: MIT
#pragma once

// Counts in sentences go through tr() with a plural form: tr("%Ln topic(s)", nullptr, n) when the count is an int,
// and, for 64-bit counts (messages received, dropped, truncated), which tr() cannot take:
//
//     tr("%1 message(s)", nullptr, Canopy::pluralCount(count)).arg(QLocale().toString(count))
//
// English reads "1 message" / "2 messages" through translations/canopy_en.ts (see common/translations.h).

#include <QtGlobal>

#include <climits>

namespace Canopy {

// The int that picks the same plural form as count in every language Qt knows: Qt's plural rules look at n itself
// (compared with small numbers), n % 10, n % 100 and n's leading group of three digits, which this keeps.
constexpr int pluralCount(quint64 count)
{
    if (count <= quint64(INT_MAX))
        return int(count);
    quint64 lead = count;
    while (lead >= 1000)
        lead /= 1000;
    return int(lead * 1'000'000 + count % 1000);
}

} // namespace Canopy
