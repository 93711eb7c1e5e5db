// SPDX-License-Identifier: MIT
#pragma once

// What fuzz_decoder checks for one input, as a function, so that tests/tst_fuzzcorpus.cpp replays the corpus and
// every regression input through the same code in every build. The input is decoded in both roles and all three
// versions (and against a small Maximum Packet Size taken from its last byte); whatever decodes must re-encode to
// bytes that decode to an equal packet, and re-encoding that packet must give the same bytes again.

#include <QByteArrayView>
#include <QString>

namespace Fuzz {

// Empty when every invariant held; otherwise what broke, with the packet in words.
QString runDecoderCase(QByteArrayView input);

} // namespace Fuzz
