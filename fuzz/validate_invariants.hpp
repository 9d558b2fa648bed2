// SPDX-License-Identifier: MIT
// What every validation must satisfy, shared by the validation harnesses (fuzz_validate,
// fuzz_validate_dialects): positions inside the input and consistent with each other, JSON
// Pointer paths, messages, a verdict that agrees with the diagnostics and with is_valid, the
// strict scanner and the simdjson walk agreeing on well-formedness, and reuse changing nothing.
#ifndef APPNOTIFY_FUZZ_VALIDATE_INVARIANTS_HPP
#define APPNOTIFY_FUZZ_VALIDATE_INVARIANTS_HPP

#include <appnotify/appnotify.hpp>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

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
        if (d.code != appnotify::diagnostic_code::input_too_large &&
            d.code != appnotify::diagnostic_code::too_many_diagnostics) {
            std::size_t line = 0, column = 0;
            reference_position(input, d.offset, line, column);
            if (line != d.line || column != d.column) fail("line/column disagree with the offset");
        }
        if (d.path.empty() == false && d.path.front() != '/') fail("path is not a JSON Pointer");
        if (d.message.empty()) fail("empty message");
        errors += d.is_error();
        // Syntax errors of the JSON held by a string (a record's data) have that string's path.
        syntax_reported = syntax_reported || (is_json_syntax_code(d.code) && d.path.empty());
    }
    if (result.valid() != (result.error_count() == 0)) fail("valid() disagrees with error_count()");
    if (result.valid() && errors != 0) fail("valid verdict with error diagnostics");
    if (appnotify::is_valid(input, options) != result.valid()) fail("is_valid disagrees with validate");

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

/// Checks that `reused`, validated again with `input`, agrees with `result`.
inline void check_reuse(std::string_view input, const appnotify::validation_result& result,
                        appnotify::validation_result& reused, const appnotify::validate_options& options) {
    appnotify::validate(input, reused, options);
    if (reused.diagnostics().size() != result.diagnostics().size() || reused.valid() != result.valid() ||
        reused.dialect() != result.dialect())
        fail("a reused result disagrees");
    for (std::size_t i = 0; i < result.diagnostics().size(); ++i) {
        const auto& a = result.diagnostics()[i];
        const auto& b = reused.diagnostics()[i];
        if (a.code != b.code || a.offset != b.offset || a.path != b.path || a.message != b.message)
            fail("a reused result disagrees");
    }
}

} // namespace fuzz

#endif // APPNOTIFY_FUZZ_VALIDATE_INVARIANTS_HPP
