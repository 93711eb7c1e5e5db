// SPDX-License-Identifier: MIT
#pragma once

// What fuzz_session checks for one input, as a function, so that tests/tst_fuzzcorpus.cpp replays the corpus and
// every regression input through the same code in every build.
//
// The session is fed bytes as a transport would. The first input byte picks the version and our limits; the rest
// is cut into chunks, each chunk's first byte giving its length and what the client does before it (publish,
// subscribe, unsubscribe, let time pass, reconnect, disconnect). The oracle knows what each network connection
// allows from the CONNACK the session accepted on it, and checks that nothing crashes, every failure and every
// failed request comes with a sentence, every request finishes at most once, and everything written is a valid
// client packet for that connection: CONNECT first, nothing else before CONNACK but DISCONNECT, within the
// CONNACK's Maximum Packet Size [MQTT-3.2.2-15], and Topic Aliases within its Topic Alias Maximum and only used
// alone once set on the same connection (MQTT 5.0 3.3.2.3.4).

#include <QByteArrayView>
#include <QString>

namespace Fuzz {

struct SessionCaseResult {
    QString failure; // empty when every invariant held; otherwise what broke
    // What the input exercised, so that a regression test can tell it still reaches the code it was made for.
    int connections = 0; // network connections opened
    int connAcks = 0; // CONNACKs the session accepted
    int packetsSent = 0;
    int aliasedPublishes = 0; // PUBLISH packets sent with a Topic Alias
    int requestsFailed = 0; // publish, subscribe and unsubscribe requests that ended in failure
};

SessionCaseResult runSessionCase(QByteArrayView input);

} // namespace Fuzz
