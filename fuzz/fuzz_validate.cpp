// fuzz_validate: bytes as a SendAppNotification payload.
// Invariants: never crashes; every diagnostic's offset is inside the input and its line and
// column agree with the offset; a valid verdict means no error diagnostics; is_valid agrees with
// validate; the strict JSON scanner and the simdjson-based walk agree on whether the JSON is
// well-formed; a reused result gives the same answer as a fresh one.
#include <appnotify/appnotify.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

bool is_json_syntax_code(appnotify::diagnostic_code code) {
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
void reference_position(std::string_view text, std::size_t offset, std::size_t& line, std::size_t& column) {
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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    appnotify::validate_options options;
    options.max_input_bytes = 1 << 16;
    const appnotify::validation_result result = appnotify::validate(input, options);

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
        syntax_reported = syntax_reported || is_json_syntax_code(d.code);
    }
    if (result.valid() != (result.error_count() == 0)) fail("valid() disagrees with error_count()");
    if (result.valid() && errors != 0) fail("valid verdict with error diagnostics");
    if (appnotify::is_valid(input, options) != result.valid()) fail("is_valid disagrees with validate");

    // The strict scanner decides whether the JSON is well-formed; the walk must agree.
    if (input.size() <= options.max_input_bytes) {
        std::string message;
        std::string_view body = input;
        if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
        const auto syntax = appnotify::detail::find_json_syntax_error(body, options.max_depth, message);
        const bool too_deep = syntax && syntax->code == appnotify::diagnostic_code::json_nesting_too_deep;
        if (syntax && !too_deep && !syntax_reported) {
            // A root that is not an object is reported as such, before its syntax is read.
            const std::size_t first = body.find_first_not_of(" \t\r\n");
            const bool object_root = first != std::string_view::npos && body[first] == '{';
            if (object_root) fail("malformed JSON without a syntax diagnostic");
        }
        if (!syntax && syntax_reported) fail("a syntax diagnostic for well-formed JSON");
    }

    // Reusing a result changes nothing.
    static appnotify::validation_result reused;
    appnotify::validate(input, reused, options);
    if (reused.diagnostics().size() != result.diagnostics().size() || reused.valid() != result.valid())
        fail("a reused result disagrees");
    for (std::size_t i = 0; i < result.diagnostics().size(); ++i) {
        const auto& a = result.diagnostics()[i];
        const auto& b = reused.diagnostics()[i];
        if (a.code != b.code || a.offset != b.offset || a.path != b.path || a.message != b.message)
            fail("a reused result disagrees");
    }
    return 0;
}
