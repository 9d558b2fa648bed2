// SPDX-License-Identifier: MIT
// UTF-8 decoding and measuring, strict per RFC 3629 (no overlongs, no surrogates, <= U+10FFFF).
#ifndef APPNOTIFY_DETAIL_UTF8_HPP
#define APPNOTIFY_DETAIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "swar.hpp"

namespace appnotify::detail {

enum class utf8_error : std::uint8_t {
    none,
    unexpected_continuation, // 0x80..0xBF where a sequence should start
    invalid_lead,            // 0xC0, 0xC1, 0xF5..0xFF
    truncated,               // lead byte without enough continuation bytes
    overlong,                // a shorter sequence exists for the same code point
    surrogate,               // U+D800..U+DFFF encoded directly
    too_large,               // beyond U+10FFFF
};

constexpr std::string_view describe(utf8_error error) noexcept {
    switch (error) {
    case utf8_error::none: return "valid";
    case utf8_error::unexpected_continuation: return "a continuation byte with no lead byte";
    case utf8_error::invalid_lead: return "a byte that never occurs in UTF-8";
    case utf8_error::truncated: return "a truncated multi-byte sequence";
    case utf8_error::overlong: return "an overlong encoding";
    case utf8_error::surrogate: return "an encoded UTF-16 surrogate";
    case utf8_error::too_large: return "a code point beyond U+10FFFF";
    }
    return "invalid";
}

struct utf8_decoded {
    char32_t code_point = 0;
    std::uint8_t length = 0; // bytes consumed; at least 1 even on error
    utf8_error error = utf8_error::none;
};

/// Decodes the sequence starting at `text[at]`. On error, `length` is the number of bytes that
/// form the broken sequence, so a caller can resynchronise after it.
constexpr utf8_decoded decode_utf8(std::string_view text, std::size_t at) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return {lead, 1, utf8_error::none};
    if (lead < 0xC0) return {0, 1, utf8_error::unexpected_continuation};
    if (lead < 0xC2 || lead > 0xF4) {
        // 0xC0/0xC1 can only start overlong two-byte sequences.
        if (lead == 0xC0 || lead == 0xC1) {
            const bool has_tail = at + 1 < text.size() && (byte(at + 1) & 0xC0) == 0x80;
            return {0, static_cast<std::uint8_t>(has_tail ? 2 : 1), utf8_error::overlong};
        }
        return {0, 1, utf8_error::invalid_lead};
    }
    const std::size_t need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = lead & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
    std::size_t got = 1;
    for (; got < need; ++got) {
        if (at + got >= text.size() || (byte(at + got) & 0xC0) != 0x80)
            return {0, static_cast<std::uint8_t>(got), utf8_error::truncated};
        cp = (cp << 6) | (byte(at + got) & 0x3F);
    }
    const auto len = static_cast<std::uint8_t>(need);
    if ((need == 3 && cp < 0x800) || (need == 4 && cp < 0x10000)) return {0, len, utf8_error::overlong};
    if (cp >= 0xD800 && cp <= 0xDFFF) return {0, len, utf8_error::surrogate};
    if (cp > 0x10FFFF) return {0, len, utf8_error::too_large};
    return {cp, len, utf8_error::none};
}

/// Offset of the first invalid sequence, or npos when `text` is valid UTF-8.
constexpr std::size_t find_invalid_utf8(std::string_view text, utf8_error* error = nullptr) noexcept {
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        if (d.error != utf8_error::none) {
            if (error) *error = d.error;
            return i;
        }
        i += d.length;
    }
    return std::string_view::npos;
}

/// Length in UTF-16 code units, the unit Dataverse measures string columns in.
/// Eight bytes at a time (swar.hpp): every title, body and text with a limit is measured, and
/// the bodies are long.
inline std::size_t utf16_length(std::string_view valid_utf8) noexcept {
    using namespace swar;
    std::size_t units = 0;
    std::size_t i = 0;
    const char* p = valid_utf8.data();
    for (; i + 8 <= valid_utf8.size(); i += 8) {
        const word w = load(p + i);
        const word four_byte_leads = w & (w << 1) & (w << 2) & (w << 3) & high_bits; // 11110xxx and above
        units += 8 - count(continuation_bytes(w)) + count(four_byte_leads);
    }
    for (const char c : valid_utf8.substr(i)) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80) ++units;  // one unit per code point...
        if (b >= 0xF0) ++units;           // ...and a second for those beyond the BMP
    }
    return units;
}

/// Number of code points (each invalid byte counts as one).
constexpr std::size_t count_code_points(std::string_view text) noexcept {
    std::size_t n = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

/// Appends the UTF-8 encoding of a valid scalar value.
template <typename String>
void append_utf8(String& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_UTF8_HPP
