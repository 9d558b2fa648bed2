// SPDX-License-Identifier: MIT
// What every validation must satisfy, shared by the validation harnesses (fuzz_validate,
// fuzz_validate_dialects): positions inside the input and consistent with each other, JSON
// Pointer paths, messages, spans inside the input whose ends' lines and columns agree with their
// offsets, a verdict that agrees with the diagnostics and with is_valid, the strict scanner and
// the simdjson walk agreeing on well-formedness, a policy obeyed, every output target given the
// same bytes, text and JSON free of foreign characters with every diagnostic bounded
// (output_invariants.hpp), an owned copy rendering as the original, and reuse changing nothing.
#ifndef APPNOTIFY_FUZZ_VALIDATE_INVARIANTS_HPP
#define APPNOTIFY_FUZZ_VALIDATE_INVARIANTS_HPP

#include <appnotify/appnotify.hpp>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "output_invariants.hpp"

namespace fuzz {

[[noreturn]] inline void fail(const char* what) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

inline bool is_json_syntax_code(appnotify::diagnostic_code code) {
    using appnotify::diagnostic_code;
    switch (code) {
    case diagnostic_code::json_invalid_utf8:
    case diagnostic_code::json_comment:
    case diagnostic_code::json_trailing_comma:
    case diagnostic_code::json_trailing_content:
    case diagnostic_code::json_control_character:
    case diagnostic_code::json_invalid_escape:
    case diagnostic_code::json_lone_surrogate:
    case diagnostic_code::json_invalid_number:
    case diagnostic_code::json_invalid_literal:
    case diagnostic_code::json_unterminated_string:
    case diagnostic_code::json_unexpected_end:
    case diagnostic_code::json_syntax:
    case diagnostic_code::json_empty:
        return true;
    default:
        return false;
    }
}

/// Line and column of `offset`, computed the slow, obvious way.
inline void reference_position(std::string_view text, std::size_t offset, std::size_t& line, std::size_t& column) {
    line = 1;
    column = 1;
    std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    for (; i < offset && i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            column = 1;
        } else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column;
        }
    }
    if (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80 && column > 1) --column;
}

/// Checks the invariants of `result`, the validation of `input` with `options`.
inline void check_validation(std::string_view input, const appnotify::validation_result& result,
                             const appnotify::validate_options& options) {
    std::size_t errors = 0;
    bool syntax_reported = false;
    for (const appnotify::diagnostic& d : result.diagnostics()) {
        if (d.offset > input.size()) fail("offset outside the input");
        if (d.end_offset < d.offset || d.end_offset > input.size()) fail("span outside the input");
        if (d.length() != d.end_offset - d.offset) fail("length disagrees with the span");
        if (d.code != appnotify::diagnostic_code::input_too_large &&
            d.code != appnotify::diagnostic_code::too_many_diagnostics) {
            std::size_t line = 0, column = 0;
            reference_position(input, d.offset, line, column);
            if (line != d.line || column != d.column) fail("line/column disagree with the offset");
            reference_position(input, d.end_offset, line, column);
            if (line != d.end_line || column != d.end_column) fail("end line/column disagree with the end offset");
        }
        if (d.path.empty() == false && d.path.front() != '/') fail("path is not a JSON Pointer");
        if (d.message.empty()) fail("empty message");
        errors += d.is_error();
        // Syntax errors of the JSON held by a string (a record's data) have that string's path.
        syntax_reported = syntax_reported || (is_json_syntax_code(d.code) && d.path.empty());
    }
    if (result.ok() != (result.error_count() == 0)) fail("valid() disagrees with error_count()");
    if (result.ok() && errors != 0) fail("valid verdict with error diagnostics");
    if (appnotify::is_valid(input, options) != result.ok()) fail("is_valid disagrees with validate");

    // The strict scanner decides whether the JSON is well-formed; the walk must agree.
    if (input.size() <= options.max_input_bytes) {
        std::string message;
        std::string_view body = input;
        if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
        const auto syntax = appnotify::detail::find_json_syntax_error(body, appnotify::detail::depth_limit(options), message);
        const bool too_deep = syntax && syntax->code == appnotify::diagnostic_code::json_nesting_too_deep;
        if (syntax && !too_deep && !syntax_reported) {
            // A root that is not an object is reported as such, before its syntax is read.
            const std::size_t first = body.find_first_not_of(" \t\r\n");
            const bool object_root = first != std::string_view::npos && body[first] == '{';
            if (object_root) fail("malformed JSON without a syntax diagnostic");
        }
        if (!syntax && syntax_reported) fail("a syntax diagnostic for well-formed JSON");
    }
}

/// Checks that a policy is obeyed: the first non-fatal code reported, ignored, is gone, and
/// made an error, is an error wherever it is reported and fails the payload; is_valid agrees
/// with validate under both policies.
inline void check_policy(std::string_view input, const appnotify::validation_result& result,
                         appnotify::validate_options options) {
    for (const appnotify::diagnostic& d : result.diagnostics()) {
        if (appnotify::is_fatal(d.code) || d.code == appnotify::diagnostic_code::too_many_diagnostics) continue;
        if (!options.policy.ignore(d.code)) fail("a non-fatal code cannot be ignored");
        const appnotify::validation_result ignored = appnotify::validate(input, options);
        for (const appnotify::diagnostic& e : ignored.diagnostics())
            if (e.code == d.code) fail("an ignored code is reported");
        if (appnotify::is_valid(input, options) != ignored.ok()) fail("is_valid disagrees with validate under a policy");
        if (!options.policy.set_severity(d.code, appnotify::severity::error)) fail("a code cannot be made an error");
        const appnotify::validation_result promoted = appnotify::validate(input, options);
        bool seen = false;
        for (const appnotify::diagnostic& e : promoted.diagnostics()) {
            if (e.code == d.code && !e.is_error()) fail("a code made an error is reported as a warning");
            seen = seen || e.code == d.code;
        }
        if (appnotify::is_valid(input, options) != promoted.ok()) fail("is_valid disagrees with validate under a policy");
        if (seen && promoted.ok()) fail("an error made by the policy passes");
        return;
    }
}

/// Checks that the formatters give a fixed buffer and a callback the bytes a string gets, and
/// that an owned copy of the notification renders as the result's own model.
inline void check_outputs(const appnotify::validation_result& result) {
    std::string expected;
    for (const appnotify::diagnostic& d : result.diagnostics()) {
        appnotify::format_diagnostic(expected, d, "in", result.input());
        appnotify::format_diagnostic_json(expected, d);
    }
    appnotify::format_result_json(expected, result, "in");
    std::string received;
    auto collect = [&received](std::string_view bytes) { received.append(bytes); };
    static char array[4096];
    appnotify::fixed_buffer buffer(array);
    for (const appnotify::output out : {appnotify::output::to_callback(collect), appnotify::output(buffer)}) {
        for (const appnotify::diagnostic& d : result.diagnostics()) {
            appnotify::format_diagnostic(out, d, "in", result.input());
            appnotify::format_diagnostic_json(out, d);
        }
        appnotify::format_result_json(out, result, "in");
    }
    if (received != expected) fail("a callback output received other bytes");
    // Nothing of the input reaches text or JSON unescaped, and every diagnostic is bounded.
    for (const appnotify::diagnostic& d : result.diagnostics()) {
        std::string text, json;
        appnotify::format_diagnostic(text, d, "in", result.input());
        appnotify::format_diagnostic_json(json, d);
        check_no_foreign(text, true, "a text diagnostic");
        check_no_foreign(json, false, "a JSON diagnostic");
        if (text.size() > max_diagnostic_bytes || json.size() > max_diagnostic_bytes) fail("a diagnostic is not bounded");
    }
    std::string line;
    appnotify::format_result_json(line, result, "in");
    check_no_foreign(line, false, "a JSON result");
    if (buffer.wanted() != expected.size() || expected.compare(0, buffer.size(), buffer.view()) != 0)
        fail("a fixed buffer received other bytes");

    std::string original, copied;
    appnotify::notification_renderer renderer;
    renderer.render_text(result.notification(), original);
    const appnotify::owned_notification kept(result.notification());
    const appnotify::owned_notification moved = appnotify::owned_notification(kept);
    renderer.render_text(moved.notification(), copied);
    if (copied != original) fail("an owned copy renders otherwise");
}

/// Checks that `reused`, validated again with `input`, agrees with `result`.
inline void check_reuse(std::string_view input, const appnotify::validation_result& result,
                        appnotify::validation_result& reused, const appnotify::validate_options& options) {
    appnotify::validate(input, reused, options);
    if (reused.diagnostics().size() != result.diagnostics().size() || reused.ok() != result.ok() ||
        reused.dialect() != result.dialect())
        fail("a reused result disagrees");
    for (std::size_t i = 0; i < result.diagnostics().size(); ++i) {
        const auto& a = result.diagnostics()[i];
        const auto& b = reused.diagnostics()[i];
        if (a.code != b.code || a.offset != b.offset || a.end_offset != b.end_offset || a.path != b.path ||
            a.message != b.message)
            fail("a reused result disagrees");
    }
}

} // namespace fuzz

#endif // APPNOTIFY_FUZZ_VALIDATE_INVARIANTS_HPP
