// SPDX-License-Identifier: MIT
#pragma once

// What fuzz_payload checks for one input, as a function, so that tests/tst_payloadcorpus.cpp replays the corpus
// through the same code in every build. The input is a payload: detected, decoded as text (pages joined must equal
// the whole), JSON (tree and validation agree; a valid document pretty-prints, a page at a time, to JSON that parses
// to the same tree), CBOR (tree and diagnostic notation agree on validity) and MessagePack; its halves are diffed as
// text, structure and hex; it round-trips through the CSV and JSON Lines history formats; and its mosquitto_pub
// command line holds nothing a terminal would show differently.

#include <QByteArrayView>
#include <QString>

namespace Fuzz {

// Empty when every invariant held; otherwise what broke.
QString runPayloadCase(QByteArrayView input);

} // namespace Fuzz
