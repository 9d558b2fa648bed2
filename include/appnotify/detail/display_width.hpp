// SPDX-License-Identifier: MIT
// How many terminal columns a character takes: 2 for East Asian wide and fullwidth characters,
// 0 for combining marks and other zero-width characters, 1 for the rest.
#ifndef APPNOTIFY_DETAIL_DISPLAY_WIDTH_HPP
#define APPNOTIFY_DETAIL_DISPLAY_WIDTH_HPP

#include <cstddef>
#include <string_view>

#include "unicode_tables.hpp"
#include "utf8.hpp"

namespace appnotify::detail {

/// Columns taken by `cp` in a terminal (control characters count 0: the renderers never write
/// them as such).
constexpr std::size_t display_width(char32_t cp) noexcept {
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
    if (cp < 0x300) return 1;
    if (in_ranges(unicode_zero_width, cp)) return 0;
    if (in_ranges(unicode_wide, cp)) return 2;
    return 1;
}

/// Columns taken by valid UTF-8 `text` (an invalid byte counts as one column, as U+FFFD would).
constexpr std::size_t display_width(std::string_view text) noexcept {
    std::size_t width = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            width += display_width(static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        width += d.error == utf8_error::none ? display_width(d.code_point) : 1;
        i += d.length;
    }
    return width;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_DISPLAY_WIDTH_HPP
