// SPDX-License-Identifier: MIT
// libFuzzer target for what the publish panel reads from the user and from files: JSON as typed (validation,
// pretty/compact), collection and history files, hex, base64 and placeholders. Nothing may crash, and:
//   - valid JSON stays valid when re-spaced, and compacting the pretty form gives the compact form;
//   - a collection or history that reads writes back to bytes that read as the same thing.
// Any broken invariant aborts, which libFuzzer reports as a crash.

#include "publish/jsontext.h"
#include "publish/payloadencoding.h"
#include "publish/payloadtemplate.h"
#include "publish/publishcollection.h"
#include "publish/publishhistory.h"

#include <cstdio>
#include <cstdlib>

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_publishfile: %s\n", what);
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    const InputError json = JsonText::validate(text);
    check(!json.isError() || (json.line >= 1 && json.column >= 1 && json.offset <= text.size()), "error place");
    if (!json.isError()) {
        const QString pretty = JsonText::pretty(text);
        const QString compact = JsonText::compact(text);
        check(!JsonText::validate(pretty).isError(), "pretty JSON is invalid");
        check(!JsonText::validate(compact).isError(), "compact JSON is invalid");
        check(JsonText::compact(pretty) == compact, "compact(pretty) != compact");
    }
    (void)JsonText::pretty(text, true);
    (void)JsonText::valueOffset(text, { QStringLiteral("messages"), qsizetype(0), QStringLiteral("qos") });

    InputError error;
    if (const std::optional<PublishCollection> collection = PublishCollection::fromJson(bytes, &error)) {
        InputError again;
        const std::optional<PublishCollection> back = PublishCollection::fromJson(collection->toJson(), &again);
        check(back.has_value(), "a collection written back does not read");
        check(*back == *collection, "a collection written back reads differently");
    } else {
        check(error.isError(), "a refused collection without a sentence");
    }
    PublishHistory history;
    if (history.readJson(bytes, &error)) {
        PublishHistory back;
        check(back.readJson(history.toJson(), &error), "a history written back does not read");
        check(back.size() == history.size(), "a history written back has another size");
    }

    (void)PayloadEncoding::fromHex(text, &error);
    (void)PayloadEncoding::fromBase64(text, &error);
    TemplateContext context;
    context.random = [] { return 0.5; };
    (void)PayloadTemplate::substitute(text, context, &error);
    return 0;
}
