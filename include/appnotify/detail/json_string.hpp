// Positions inside JSON strings: from an index into the unescaped text back to the byte of the
// raw JSON that produced it, so a diagnostic can point at the exact character even after
// escapes such as \u0026, \n or surrogate pairs.
#ifndef APPNOTIFY_DETAIL_JSON_STRING_HPP
#define APPNOTIFY_DETAIL_JSON_STRING_HPP

#include <cstddef>
#include <string_view>

#include "guid.hpp"

namespace appnotify::detail {

constexpr unsigned hex4_value(std::string_view s) noexcept {
    unsigned v = 0;
    for (const char c : s) v = v * 16 + static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    return v;
}

/// `raw` starts at the opening quote of a valid JSON string. Returns the offset within `raw` of
/// the source of unescaped byte `index` (the closing quote's offset for index == length).
constexpr std::size_t raw_offset_in_string(std::string_view raw, std::size_t index) noexcept {
    std::size_t r = 1; // after the opening quote
    std::size_t decoded = 0;
    while (r < raw.size() && raw[r] != '"') {
        std::size_t raw_len = 1;
        std::size_t out_len = 1;
        if (raw[r] == '\\' && r + 1 < raw.size()) {
            raw_len = 2;
            if (raw[r + 1] == 'u' && r + 6 <= raw.size()) {
                const unsigned unit = hex4_value(raw.substr(r + 2, 4));
                raw_len = 6;
                if (unit >= 0xD800 && unit <= 0xDBFF && r + 12 <= raw.size() && raw[r + 6] == '\\') {
                    raw_len = 12;
                    out_len = 4;
                } else {
                    out_len = unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
                }
            }
        }
        if (index < decoded + out_len) return r;
        decoded += out_len;
        r += raw_len;
    }
    return r;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_STRING_HPP
