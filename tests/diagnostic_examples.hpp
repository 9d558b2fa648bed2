// SPDX-License-Identifier: MIT
// The catalogue of diagnostics (tests/data/diagnostic_examples.json): one example input per
// code. The test suite checks that each example produces its code and that every code has an
// example; tools/diagnostics_doc.cpp turns the catalogue into docs/diagnostics.md.
#ifndef APPNOTIFY_TEST_DIAGNOSTIC_EXAMPLES_HPP
#define APPNOTIFY_TEST_DIAGNOSTIC_EXAMPLES_HPP

#include <appnotify/appnotify.hpp>

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace catalogue {

struct example {
    std::string code;
    std::string kind; // what the input is: "payload" (a notification payload, of `dialect` or of the dialect recognized),
                      // "markdown" (rendered as HTML), "link" (one link, checked in `context`) or "context" (an app
                      // context, given by `context` alone)
    std::string dialect; // of a "payload" example: "action", "record", "push" or "graph"; empty: recognized
    std::string input;
    std::string about;
    appnotify::validate_options options;
    appnotify::markdown_limits markdown_limits; // of a "markdown" example
    std::string org_url, app_id, app_name; // the app context of a "link" or "context" example

    appnotify::app_context context() const { return {org_url, app_id, app_name}; }
};

/// A diagnostic with its text copied out of the result that produced it.
struct produced {
    std::string code;
    std::string severity;
    std::string path;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
    /// The source line with the span underlined, as format_diagnostic shows it (empty when the
    /// diagnostic is not in the text).
    std::string excerpt;
};

inline std::string from_hex(std::string_view hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
    return out;
}

/// Reads the catalogue; an empty vector when it cannot be read.
inline std::vector<example> load(const std::string& path) {
    std::vector<example> out;
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.load(path).get(root) != simdjson::SUCCESS) return out;
    simdjson::dom::array entries;
    if (root.get(entries) != simdjson::SUCCESS) return out;
    for (simdjson::dom::element entry : entries) {
        example e;
        std::string_view text;
        if (entry["code"].get(text) == simdjson::SUCCESS) e.code = text;
        if (entry["kind"].get(text) == simdjson::SUCCESS) e.kind = text;
        if (entry["about"].get(text) == simdjson::SUCCESS) e.about = text;
        if (entry["input"].get(text) == simdjson::SUCCESS) e.input = text;
        if (entry["dialect"].get(text) == simdjson::SUCCESS) {
            e.dialect = text;
            e.options.dialect = appnotify::parse_dialect(text);
        }
        if (entry["input_hex"].get(text) == simdjson::SUCCESS) e.input = from_hex(text);
        std::uint64_t n = 0;
        if (entry["options"]["max_input_bytes"].get(n) == simdjson::SUCCESS) e.options.max_input_bytes = n;
        if (entry["options"]["max_diagnostics"].get(n) == simdjson::SUCCESS) e.options.max_diagnostics = n;
        if (entry["options"]["max_depth"].get(n) == simdjson::SUCCESS) e.options.max_depth = n;
        if (entry["options"]["max_input_bytes"].get(n) == simdjson::SUCCESS) e.markdown_limits.max_input_bytes = n;
        if (entry["options"]["max_nesting"].get(n) == simdjson::SUCCESS) e.markdown_limits.max_nesting = n;
        if (entry["options"]["max_output_bytes"].get(n) == simdjson::SUCCESS) e.markdown_limits.max_output_bytes = n;
        if (entry["context"]["org_url"].get(text) == simdjson::SUCCESS) e.org_url = text;
        if (entry["context"]["app_id"].get(text) == simdjson::SUCCESS) e.app_id = text;
        if (entry["context"]["app_name"].get(text) == simdjson::SUCCESS) e.app_name = text;
        out.push_back(std::move(e));
    }
    return out;
}

/// Every code the library defines.
inline std::vector<std::string_view> all_codes() {
    return {
#define APPNOTIFY_X(id, name) name,
        APPNOTIFY_DIAGNOSTIC_CODES(APPNOTIFY_X)
#undef APPNOTIFY_X
    };
}

template <typename Diagnostics>
void copy_diagnostics(const Diagnostics& diagnostics, std::string_view text, std::vector<produced>& out) {
    for (const appnotify::diagnostic& d : diagnostics) {
        std::string shown;
        appnotify::format_diagnostic(shown, d, "", text);
        out.push_back({std::string(appnotify::to_string(d.code)), std::string(appnotify::to_string(d.severity)),
                       std::string(d.path), d.line, d.column, std::string(d.message), shown.substr(shown.find('\n') + 1)});
    }
}

/// Runs an example through the part of the library its kind names. `known` is false for a kind
/// this catalogue does not know.
inline std::vector<produced> run(const example& e, bool& known) {
    std::vector<produced> out;
    known = true;
    if (e.kind == "payload") {
        const appnotify::validation_result r = appnotify::validate(e.input, e.options);
        copy_diagnostics(r.diagnostics(), r.input(), out);
        return out;
    }
    if (e.kind == "link") {
        const appnotify::link_report r = appnotify::check_app_link(e.input, e.context());
        copy_diagnostics(r.diagnostics(), e.input, out);
        return out;
    }
    if (e.kind == "context") {
        appnotify::link_report r;
        appnotify::check_app_context(e.context(), r);
        copy_diagnostics(r.diagnostics(), {}, out);
        return out;
    }
    if (e.kind == "markdown") {
        appnotify::markdown_options options;
        options.limits = e.markdown_limits;
        std::string html;
        const appnotify::markdown_report r = appnotify::render_markdown_html(e.input, html, options);
        copy_diagnostics(r.diagnostics(), e.input, out);
        return out;
    }
    known = false;
    return out;
}

} // namespace catalogue

#endif // APPNOTIFY_TEST_DIAGNOSTIC_EXAMPLES_HPP
