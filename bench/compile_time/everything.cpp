// SPDX-License-Identifier: MIT
// Compile-time probe: includes the umbrella header and calls much of what the library offers.
#include <appnotify/appnotify.hpp>

#include <string>

int main(int argc, char** argv) {
    const std::string json = argc > 1 ? argv[1] : "{}";
    appnotify::validation_result result = appnotify::validate(json);
    std::string out;
    for (const auto& d : result.diagnostics()) appnotify::format_diagnostic(out, d, "x", result.input());
    appnotify::format_result_json(out, result, "x");
    appnotify::ndjson_validator lines;
    lines.feed(json, [&](const appnotify::ndjson_record& r) { out += r.result.ok() ? "1" : "0"; });
    lines.finish([&](const appnotify::ndjson_record& r) { out += r.result.ok() ? "1" : "0"; });
    out += appnotify::check_link(json).allowed() ? "1" : "0";
    return static_cast<int>(out.size() + appnotify::is_valid(json));
}
