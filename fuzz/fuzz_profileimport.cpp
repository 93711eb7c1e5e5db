// SPDX-License-Identifier: MIT
// libFuzzer target for the import of connection files (Canopy's, MQTTX's, MQTT Explorer's) and the line locator.
// Whatever is imported must export as Canopy's JSON and import back to the same profiles; a refusal must have a
// reason and import nothing. Any broken invariant aborts, which libFuzzer reports as a crash.

#include "profiles/jsonlocator.h"
#include "profiles/profilejson.h"

#include <cstdio>
#include <cstdlib>

namespace {
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_profileimport: %s\n", what);
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonLocator locator(bytes); // also on input that is not JSON: it must not crash
    (void)locator.line(QStringLiteral("/connections/0/port"));
    (void)JsonLocator::lineAt(bytes, qsizetype(size) / 2);

    const ProfileImport import = ProfileJson::importProfiles(bytes);
    if (!import.isValid()) {
        check(!import.error.isEmpty(), "a refusal without a reason");
        check(import.profiles.isEmpty() && import.secrets.isEmpty() && import.files.isEmpty(), "half imported");
        check(import.errorLine >= 0, "a negative line");
        return 0;
    }
    check(!import.profiles.isEmpty(), "a valid import without connections");
    check(import.secrets.size() == import.profiles.size(), "secrets do not match the connections");
    for (const ProfileImport::EmbeddedFile &file : import.files)
        check(file.profile >= 0 && file.profile < import.profiles.size(), "an embedded file of no connection");

    const QByteArray exported = ProfileJson::exportProfiles(import.profiles, &import.secrets);
    const ProfileImport again = ProfileJson::importProfiles(exported);
    check(again.isValid(), "Canopy's own export is refused");
    check(again.format == ProfileImport::Format::Canopy, "Canopy's own export is not recognised");
    check(again.profiles == import.profiles, "the export does not import back to the same connections");
    check(again.secrets == import.secrets, "the export does not import back to the same secrets");
    return 0;
}
