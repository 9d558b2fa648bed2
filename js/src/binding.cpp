// SPDX-License-Identifier: MIT
// The WebAssembly module of the npm package and the playground: appnotify's validator, markdown
// and card renderers, link resolver and converter behind a small C interface that js/src/core.js
// calls. This file is the only one that names the C++ API: when the API changes, only it does.
//
// Calling convention. JavaScript writes a call's strings one after another into the input
// buffer (`an_input`) and their byte lengths into the length table (`an_lengths`), then calls a
// function with the numbers. Each function leaves two results, valid until the next call:
//   the output (`an_output_data`, `an_output_size`): the rendered HTML or text, the converted
//     payload or the resolved URL, exactly the bytes the command-line tool prints;
//   the report (`an_report_data`, `an_report_size`): a JSON object with "valid", "dialect" and the
//     "diagnostics" as `appnotify validate --format json` writes them, plus what the call adds
//     ("error" and "losses" for a conversion).
// Every buffer and renderer lives as long as the module and is reused, so that a steady stream
// of calls allocates nothing new (the package's tests measure it).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <malloc.h>

#include <appnotify/appnotify.hpp>

// simdjson's single-file build, in this translation unit: one compiler run builds the module.
#include APPNOTIFY_WASM_SIMDJSON_CPP

#define APPNOTIFY_EXPORT(name) extern "C" __attribute__((export_name(#name), used))

namespace {

/// The most strings a call passes: the fixed ones and a conversion's push recipients.
constexpr std::size_t max_strings = 1024;

/// Numbers JavaScript passes for an output format and a dialect.
enum class format : int { html = 0, text = 1, ansi = 2 };

struct module_state {
    std::string input;
    std::uint32_t lengths[max_strings] = {};
    std::string_view strings[max_strings];
    std::string output;
    std::string report;
    appnotify::validation_result result;
    appnotify::validation_result written; // a conversion's output, validated as its dialect
    appnotify::markdown_renderer markdown;
    appnotify::notification_renderer card;
    appnotify::notification_converter converter;
    appnotify::link_report links;
    std::vector<std::string_view> push_recipients;
    std::string error; // why a conversion's output is withheld
};

module_state& state() {
    static module_state s;
    return s;
}

/// Cuts the input buffer into the `count` strings of the length table; false when the lengths
/// do not add up to the buffer (a caller's bug: nothing is run).
bool split_strings(module_state& s, std::size_t count) {
    if (count > max_strings) return false;
    std::size_t at = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t n = s.lengths[i];
        if (n > s.input.size() - at) return false;
        s.strings[i] = std::string_view(s.input).substr(at, n);
        at += n;
    }
    return at == s.input.size();
}

std::optional<appnotify::dialect> dialect_of(int number) {
    if (number < 0 || number >= static_cast<int>(appnotify::dialect_count)) return std::nullopt;
    return appnotify::all_dialects[number];
}

/// The dialect a validation names in its report: the one checked as, or "unknown" when the
/// payload's members resemble no dialect's.
std::string_view dialect_name(const appnotify::validation_result& result) {
    return result.detection().how == appnotify::dialect_verdict::fit::unknown ? std::string_view("unknown")
                                                                             : appnotify::to_string(result.dialect());
}

template <typename Diagnostics>
void append_diagnostics(std::string& out, const Diagnostics& diagnostics) {
    out.append("\"diagnostics\":[");
    bool first = true;
    for (const appnotify::diagnostic& d : diagnostics) {
        if (!first) out.push_back(',');
        first = false;
        appnotify::format_diagnostic_json(out, d);
    }
    out.push_back(']');
}

/// Starts a report: {"valid":...,"dialect":"..." (when given),
void begin_report(std::string& report, bool valid, std::string_view dialect = {}) {
    report.clear();
    report.append(valid ? "{\"valid\":true" : "{\"valid\":false");
    if (!dialect.empty()) {
        report.append(",\"dialect\":");
        appnotify::append_json_string(report, dialect);
    }
    report.push_back(',');
}

/// Checks the organization and app: when they are unusable, the report says why and the call
/// stops (the command-line tool refuses such options the same way, before reading any input).
bool usable_context(module_state& s, const appnotify::app_context& context) {
    appnotify::check_app_context(context, s.links);
    if (s.links.ok()) return true;
    begin_report(s.report, false);
    append_diagnostics(s.report, s.links.diagnostics());
    s.report.push_back('}');
    return false;
}

/// Validates the payload for a render or a conversion; when it has errors, the report lists
/// them and the call stops.
bool validate_payload(module_state& s, std::string_view text, int dialect) {
    appnotify::validate_options options;
    options.dialect = dialect_of(dialect);
    appnotify::validate(text, s.result, options);
    if (s.result.ok()) return true;
    begin_report(s.report, false, dialect_name(s.result));
    append_diagnostics(s.report, s.result.diagnostics());
    s.report.push_back('}');
    return false;
}

/// Ends a report whose call succeeded: the payload's warnings, when there was a payload.
void report_payload_warnings(module_state& s) {
    begin_report(s.report, true, dialect_name(s.result));
    append_diagnostics(s.report, s.result.diagnostics());
    s.report.push_back('}');
}

} // namespace

/// Makes the input buffer `size` bytes long and returns it, for JavaScript to fill.
APPNOTIFY_EXPORT(an_input) char* an_input(std::size_t size) {
    module_state& s = state();
    s.input.resize(size);
    return s.input.data();
}

/// The length table: `max_strings` entries.
APPNOTIFY_EXPORT(an_lengths) std::uint32_t* an_lengths() { return state().lengths; }
APPNOTIFY_EXPORT(an_max_strings) std::size_t an_max_strings() { return max_strings; }

APPNOTIFY_EXPORT(an_output_data) const char* an_output_data() { return state().output.data(); }
APPNOTIFY_EXPORT(an_output_size) std::size_t an_output_size() { return state().output.size(); }
APPNOTIFY_EXPORT(an_report_data) const char* an_report_data() { return state().report.data(); }
APPNOTIFY_EXPORT(an_report_size) std::size_t an_report_size() { return state().report.size(); }

/// Bytes the module's allocator has handed out and not taken back.
APPNOTIFY_EXPORT(an_heap_in_use) std::size_t an_heap_in_use() { return mallinfo().uordblks; }

/// The library's version, such as "0.1.0", as the output.
APPNOTIFY_EXPORT(an_version) void an_version() {
    module_state& s = state();
    s.output.assign(appnotify::version_string);
    s.report.assign("{}");
}

/// The card stylesheet of the preview page (class prefix "an-"), as the output.
APPNOTIFY_EXPORT(an_card_stylesheet) void an_card_stylesheet() {
    module_state& s = state();
    s.output.clear();
    appnotify::render_card_stylesheet(s.output);
    s.report.assign("{}");
}

/// validate(payload): the report is exactly the CLI's `--format json` line, with an empty input
/// name. Strings: the payload.
APPNOTIFY_EXPORT(an_validate) bool an_validate(int dialect) {
    module_state& s = state();
    s.output.clear();
    if (!split_strings(s, 1)) return false;
    appnotify::validate_options options;
    options.dialect = dialect_of(dialect);
    appnotify::validate(s.strings[0], s.result, options);
    s.report.clear();
    appnotify::format_result_json(s.report, s.result, "");
    return true;
}

/// renderMarkdown(markdown): `appnotify markdown --to FORMAT`. Strings: the markdown, the
/// organization URL, the app id, the app name.
APPNOTIFY_EXPORT(an_render_markdown) bool an_render_markdown(int to, std::size_t width, bool hyperlinks) {
    module_state& s = state();
    s.output.clear();
    if (!split_strings(s, 4)) return false;
    const appnotify::app_context context{s.strings[1], s.strings[2], s.strings[3]};
    if (!usable_context(s, context)) return true;
    const appnotify::app_link_resolver resolver(context);
    appnotify::markdown_options options;
    options.rewriter = &resolver;
    options.hyperlinks = hyperlinks;
    options.wrap_width = width;
    const std::string_view text = s.strings[0];
    const appnotify::markdown_report& report = static_cast<format>(to) == format::html ? s.markdown.render_html(text, s.output, options)
                                               : static_cast<format>(to) == format::ansi ? s.markdown.render_ansi(text, s.output, options)
                                                                                           : s.markdown.render_text(text, s.output, options);
    begin_report(s.report, report.ok());
    append_diagnostics(s.report, report.diagnostics());
    s.report.push_back('}');
    return true;
}

/// renderCard(payload): `appnotify render --to FORMAT`; a payload with errors is not rendered.
/// Strings: the payload, the organization URL, the app id, the app name.
APPNOTIFY_EXPORT(an_render_card) bool an_render_card(int to, int dialect, std::size_t width, bool hyperlinks) {
    module_state& s = state();
    s.output.clear();
    if (!split_strings(s, 4)) return false;
    appnotify::render_options options;
    options.context = {s.strings[1], s.strings[2], s.strings[3]};
    options.hyperlinks = hyperlinks;
    options.wrap_width = width;
    if (!usable_context(s, options.context) || !validate_payload(s, s.strings[0], dialect)) return true;
    const appnotify::notification& n = s.result.notification();
    switch (static_cast<format>(to)) {
    case format::html: s.card.render_html(n, s.output, options); break;
    case format::ansi: s.card.render_ansi(n, s.output, options); break;
    default: s.card.render_text(n, s.output, options); break;
    }
    report_payload_warnings(s);
    return true;
}

/// resolveLink(href): `appnotify link`, without its newline. Strings: the link, the organization
/// URL, the app id, the app name.
APPNOTIFY_EXPORT(an_resolve_link) bool an_resolve_link() {
    module_state& s = state();
    s.output.clear();
    if (!split_strings(s, 4)) return false;
    const appnotify::app_context context{s.strings[1], s.strings[2], s.strings[3]};
    if (!usable_context(s, context)) return true;
    appnotify::check_app_link(s.strings[0], s.links, context);
    const bool valid = s.links.ok() && appnotify::resolve_link(s.strings[0], context, s.output);
    if (!valid) s.output.clear();
    begin_report(s.report, valid);
    append_diagnostics(s.report, s.links.diagnostics());
    s.report.push_back('}');
    return true;
}

/// convert(payload): `appnotify convert --to DIALECT`. Strings: the payload, the organization
/// URL, the app id, the app name, the recipient id, the Graph target host, the Graph
/// appNotificationId, then `push_recipients` push recipients.
APPNOTIFY_EXPORT(an_convert) bool an_convert(int to, int dialect, std::size_t push_recipients) {
    module_state& s = state();
    s.output.clear();
    constexpr std::size_t fixed = 7;
    const std::optional<appnotify::dialect> target = dialect_of(to);
    if (!target || push_recipients > max_strings - fixed || !split_strings(s, fixed + push_recipients)) return false;
    appnotify::convert_options options;
    options.context = {s.strings[1], s.strings[2], s.strings[3]};
    options.recipient_id = s.strings[4];
    options.target_host_name = s.strings[5];
    options.app_notification_id = s.strings[6];
    s.push_recipients.assign(s.strings + fixed, s.strings + fixed + push_recipients);
    options.push_recipients = {s.push_recipients.data(), s.push_recipients.size()};
    if (!usable_context(s, options.context) || !validate_payload(s, s.strings[0], dialect)) return true;
    const appnotify::conversion_report& report = s.converter.convert(s.result.notification(), *target, s.output, options);
    // What is written must be a payload of the target, as `convert` checks before it writes: a
    // value of the options (a recipient, a host name) or the conversion itself could make it one
    // the server refuses. Such an output is withheld, and the error lists the written payload's
    // errors (the CLI's "would not be valid").
    bool written_ok = true;
    if (report.ok()) {
        appnotify::validate_options written_options;
        written_options.dialect = *target;
        if (s.output.size() > written_options.max_input_bytes) written_options.max_input_bytes = s.output.size();
        appnotify::validate(s.output, s.written, written_options);
        written_ok = s.written.ok();
    }
    begin_report(s.report, report.ok() && written_ok, dialect_name(s.result));
    append_diagnostics(s.report, s.result.diagnostics());
    s.report.append(",\"error\":");
    if (written_ok) {
        appnotify::append_json_string(s.report, report.error());
    } else {
        s.output.clear();
        std::string& why = s.error;
        why.assign("the ");
        why.append(appnotify::to_string(*target));
        why.append(" payload written would not be valid: ");
        bool first_error = true;
        for (const appnotify::diagnostic& d : s.written.diagnostics()) {
            if (d.severity != appnotify::severity::error) continue;
            if (!first_error) why.append("; ");
            first_error = false;
            why.append(d.message);
            why.append(" (at ");
            why.append(d.path);
            why.push_back(')');
        }
        appnotify::append_json_string(s.report, why);
    }
    s.report.append(",\"losses\":[");
    bool first = true;
    for (const appnotify::conversion_loss& loss : report.losses()) {
        s.report.append(first ? "{\"what\":" : ",{\"what\":");
        first = false;
        appnotify::append_json_string(s.report, loss.what);
        s.report.append(",\"why\":");
        appnotify::append_json_string(s.report, loss.why);
        s.report.push_back('}');
    }
    s.report.append("]}");
    return true;
}
