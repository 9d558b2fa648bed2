// SPDX-License-Identifier: MIT
// GUID text checking: 8-4-4-4-12 hexadecimal digits, as Dataverse writes record ids.
#ifndef APPNOTIFY_DETAIL_GUID_HPP
#define APPNOTIFY_DETAIL_GUID_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "swar.hpp"

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

/// The 36 characters at `p` as a well-formed GUID, 16 bytes at a time with SSE2, else 8 (swar.hpp): a payload holds
/// a dozen GUIDs and a link or two more, and a byte loop with a branch per character cost a tenth
/// of the validation. Sets `nil` when every digit is '0'. False on any offending character, which
/// the byte loop of check_guid then finds and places.
inline bool is_well_formed_guid(const char* p, bool& nil) noexcept {
#if APPNOTIFY_SIMD_SSE2
    // 16 bytes a step: blocks at bytes 0, 16 and 20 (the last overlaps the second), a bit per
    // byte, and where their hyphens belong (characters 8 and 13; 18 and 23; 23).
    namespace sse2 = swar::sse2;
    constexpr std::size_t starts[3] = {0, 16, 20};
    constexpr unsigned hyphens[3] = {(1u << 8) | (1u << 13), (1u << 2) | (1u << 7), 1u << 3};
    bool ok = true;
    nil = true;
    for (std::size_t k = 0; k < 3; ++k) {
        const sse2::block v = sse2::load(p + starts[k]);
        const sse2::block lower = _mm_or_si128(v, _mm_set1_epi8(0x20)); // as in the words below
        const unsigned hex = sse2::mask(_mm_or_si128(sse2::between(v, '0', '9'), sse2::between(lower, 'a', 'f')));
        const unsigned hyphen = sse2::mask(sse2::equal(v, '-'));
        ok = ok & ((hex | hyphen) == 0xFFFFu) & (hyphen == hyphens[k]);
        // Meaningful when ok: then the hyphens are where they belong, and every other byte is '0'.
        nil = nil & ((sse2::mask(sse2::equal(v, '0')) | hyphens[k]) == 0xFFFFu);
    }
    return ok;
#else
    using namespace swar;
    // Words at bytes 0, 8, 16, 24 and 28 (the last overlaps the fourth), and where their
    // hyphens belong: characters 8 and 13 are bytes 0 and 5 of the second word, 18 and 23 bytes
    // 2 and 7 of the third.
    constexpr std::size_t starts[5] = {0, 8, 16, 24, 28};
    constexpr word hyphens[5] = {0, 0x0000800000000080u, 0x8000000000800000u, 0, 0};
    constexpr word zero_digits = broadcast('0');
    bool ok = true;
    nil = true;
    for (std::size_t k = 0; k < 5; ++k) {
        const word w = load(p + starts[k]);
        const word lower = w | broadcast(0x20); // 'A'-'F' to 'a'-'f'; no other byte lands there
        const word hex = between(w, '0', '9') | between(lower, 'a', 'f');
        const word hyphen = equal(w, '-');
        // Bitwise, not &&: every word is read anyway, and branches on the bytes cost more.
        ok = ok & ((hex | hyphen) == high_bits) & (hyphen == hyphens[k]);
        // A hyphen's high bit is 0x80 and '-' ^ '0' is 0x1D: so the zero pattern has '-' there.
        nil = nil & (w == (zero_digits ^ ((hyphens[k] >> 7) * ('-' ^ '0'))));
    }
    return ok;
#endif
}

/// Checks `text` as a GUID; braces are accepted when `allow_braces` (the client API strips them).
inline guid_check check_guid(std::string_view text, bool allow_braces = true) noexcept {
    guid_check r;
    std::string_view core = text;
    std::size_t base = 0;
    if (allow_braces && text.size() == 38 && text.front() == '{' && text.back() == '}') {
        core = text.substr(1, 36);
        base = 1;
        r.braced = true;
    }
    if (core.size() == 36 && is_well_formed_guid(core.data(), r.nil)) {
        r.digits = core;
        return r;
    }
    r.nil = false;
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

inline bool is_guid(std::string_view text, bool allow_braces = true) noexcept {
    return check_guid(text, allow_braces).problem == guid_problem::none;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_GUID_HPP
