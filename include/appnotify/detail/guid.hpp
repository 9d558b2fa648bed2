// SPDX-License-Identifier: MIT
// GUID text checking: 8-4-4-4-12 hexadecimal digits, as Dataverse writes record ids.
#ifndef APPNOTIFY_DETAIL_GUID_HPP
#define APPNOTIFY_DETAIL_GUID_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace appnotify::detail {

constexpr bool is_hex_digit(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// For each byte: 1 for a hexadecimal digit, 2 for '-', 0 otherwise (one load per character).
struct guid_char_table {
    unsigned char kind[256] = {};
    constexpr guid_char_table() {
        for (int c = 0; c < 256; ++c) kind[c] = is_hex_digit(static_cast<char>(c)) ? 1 : c == '-' ? 2 : 0;
    }
};
inline constexpr guid_char_table guid_chars{};

enum class guid_problem : std::uint8_t {
    none,
    bad_length,    // not 36 characters (38 with braces)
    bad_character, // a non-hex digit where a digit belongs, or a digit where a hyphen belongs
};

struct guid_check {
    guid_problem problem = guid_problem::none;
    std::size_t at = 0;      // offset of the first offending character
    bool braced = false;     // written as {...}
    bool nil = false;        // all zeros
    std::string_view digits; // the 36 characters without braces
};

/// Checks `text` as a GUID; braces are accepted when `allow_braces` (the client API strips them).
constexpr guid_check check_guid(std::string_view text, bool allow_braces = true) noexcept {
    guid_check r;
    std::string_view core = text;
    std::size_t base = 0;
    if (allow_braces && text.size() == 38 && text.front() == '{' && text.back() == '}') {
        core = text.substr(1, 36);
        base = 1;
        r.braced = true;
    }
    bool nil = true;
    const std::size_t n = core.size() < 36 ? core.size() : 36;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(core[i]);
        const bool hyphen_place = i == 8 || i == 13 || i == 18 || i == 23;
        if (guid_chars.kind[c] != (hyphen_place ? 2 : 1)) {
            r.problem = guid_problem::bad_character;
            r.at = base + i;
            return r;
        }
        nil = nil && (c == '0' || c == '-');
    }
    if (core.size() != 36) {
        r.problem = guid_problem::bad_length;
        r.at = base + n;
        return r;
    }
    r.nil = nil;
    r.digits = core;
    return r;
}

constexpr bool is_guid(std::string_view text, bool allow_braces = true) noexcept {
    return check_guid(text, allow_braces).problem == guid_problem::none;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_GUID_HPP
