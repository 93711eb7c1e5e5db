// SPDX-License-Identifier: MIT
#pragma once

// JSON read and written the way cJSON 1.7 (the library mosquitto_sub 2.0 links) does it, byte for byte. mosquitto_sub
// builds its -F %j and %J output with cJSON, and %J re-prints the payload after parsing it, so canopy-cli's output
// matches only if it accepts the same payloads and writes numbers, strings and layout the same way:
// - whitespace is any byte from 1 to 32; a UTF-8 byte order mark may start the text; nesting stops at 1000 levels;
// - numbers are read by strtod from the longest run of digits, signs, 'e', 'E' and '.', and written as printf's
//   %1.15g writes them (%1.17g when 15 digits do not read back the same), so 27.0 is 27, -0 stays -0 and 1e3 is
//   1000; infinite ones are written as null;
// - strings keep their bytes as they are (no UTF-8 check) but end at the first NUL, as C strings do; on output only
//   '"', '\\' and bytes below 32 are escaped (\b \f \n \r \t, else \u00xx);
// - objects keep their members in order, repeated names included.
// Pure: no I/O.

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace Cli::CJson {

struct Value {
    enum class Type { Null, False, True, Number, String, Array, Object };

    Type type = Type::Null;
    double number = 0; // Number
    QByteArray text; // String: its bytes up to the first NUL
    QByteArray name; // the member name, for the members of an Object (up to its first NUL)
    std::vector<Value> children; // Array elements or Object members, in order

    static Value null() { return {}; }
    static Value fromNumber(double number);
    static Value fromString(QByteArrayView bytes); // cut at the first NUL
    static Value object();
    // Appends a member to an Object; returns it.
    Value &add(QByteArrayView name, Value value);
};

// A whole text as mosquitto_sub's %J parses a payload (cJSON_ParseWithOpts, requiring the text to end after the
// value and its trailing whitespace). nullopt when cJSON would not accept it, which includes any NUL byte in it.
std::optional<Value> parse(QByteArrayView text);

// cJSON_PrintUnformatted (pretty false), or cJSON_Print (pretty true: a tab after each ':', members on their own
// lines indented by tabs, ", " between array elements).
QByteArray print(const Value &value, bool pretty);

} // namespace Cli::CJson
