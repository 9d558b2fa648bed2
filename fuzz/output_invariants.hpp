// SPDX-License-Identifier: MIT
// What every output written for a person or a tool must satisfy (issue 11, classes 1, 2 and 8),
// shared by the harnesses: no character of the input that could drive a terminal or hide or
// reorder what it shows, and a size bounded by a constant. Written apart from the library's
// table (detail/foreign_characters.hpp), from the ranges docs/hardening.md lists.
#ifndef APPNOTIFY_FUZZ_OUTPUT_INVARIANTS_HPP
#define APPNOTIFY_FUZZ_OUTPUT_INVARIANTS_HPP

#include <appnotify/appnotify.hpp>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace fuzz {

/// The most bytes one diagnostic takes, as text (without the input's name) or as JSON.
inline constexpr std::size_t max_diagnostic_bytes = 8192;

/// The most bytes a conversion of an input of `input` bytes writes (without an app context):
/// escapes take at most three times the bytes of a character, the record's data string escapes
/// its JSON once more, and the target adds its own members.
constexpr std::size_t max_converted_bytes(std::size_t input) noexcept { return 8 * input + 4096; }

/// A character that diagnostics and JSON must escape: controls, line separators, bidi controls
/// and marks, joiners and invisible format characters.
constexpr bool is_foreign(char32_t cp) noexcept {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xAD || cp == 0x061C || cp == 0x180E ||
           (cp >= 0x200B && cp <= 0x200F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F) || cp == 0xFEFF ||
           (cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xE0000 && cp <= 0xE007F);
}

/// Aborts, saying `what`, when `out` is not valid UTF-8 or holds a foreign character (but
/// newlines, when `lines`).
inline void check_no_foreign(std::string_view out, bool lines, const char* what) {
    for (std::size_t i = 0; i < out.size();) {
        const auto b = static_cast<unsigned char>(out[i]);
        if (b == '\n' && lines) {
            ++i;
            continue;
        }
        const appnotify::detail::utf8_decoded d = appnotify::detail::decode_utf8(out, i);
        if (d.error != appnotify::detail::utf8_error::none || is_foreign(d.code_point)) {
            std::fprintf(stderr, "invariant broken: %s holds byte 0x%02X at %zu, not escaped\n", what, b, i);
            std::abort();
        }
        i += d.length;
    }
}

} // namespace fuzz

#endif // APPNOTIFY_FUZZ_OUTPUT_INVARIANTS_HPP
