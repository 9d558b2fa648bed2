// SPDX-License-Identifier: MIT
// Compile-time probe: a typical program. It validates a payload, prints its diagnostics, and
// renders the notification card as HTML.
#include <appnotify/render.hpp>
#include <appnotify/report.hpp>
#include <appnotify/validate.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    const std::string json = argc > 1 ? argv[1] : "{}";
    appnotify::validation_result result;
    appnotify::validate(json, result);
    std::string out;
    for (const appnotify::diagnostic& d : result.diagnostics())
        appnotify::format_diagnostic(out, d, "payload.json", result.input());
    if (result.ok()) appnotify::render_card_html(result.notification(), out);
    std::fputs(out.c_str(), stdout);
    return result.ok() ? 0 : 1;
}
