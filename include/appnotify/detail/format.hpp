// SPDX-License-Identifier: MIT
// Building diagnostic messages: pieces appended to one buffer, user text quoted safely.
#ifndef APPNOTIFY_DETAIL_FORMAT_HPP
#define APPNOTIFY_DETAIL_FORMAT_HPP

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "foreign_characters.hpp"
#include "utf8.hpp"

namespace appnotify::detail {

/// User text shown inside a message, in double quotes. Messages end up on terminals and in logs,
/// so control, bidi-override and invalid bytes are written as escapes, and long text is cut.
struct quoted {
    std::string_view text;
    std::size_t max_chars = 60;
};

/// A single character shown as 'x', or as U+XXXX when it is not printable ASCII.
struct shown_char {
    std::string_view text;
    std::size_t at;
};

inline void append_hex(std::string& out, std::uint32_t value, int min_digits) {
    constexpr char digits[] = "0123456789ABCDEF";
    char buf[8];
    int n = 0;
    do {
        buf[n++] = digits[value & 0xF];
        value >>= 4;
    } while (value != 0 || n < min_digits);
    while (n != 0) out.push_back(buf[--n]);
}

inline void append_piece(std::string& out, std::string_view text) { out.append(text); }
inline void append_piece(std::string& out, const char* text) { out.append(text); }
inline void append_piece(std::string& out, char c) { out.push_back(c); }

template <typename Integer, typename = std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, char> && !std::is_same_v<Integer, bool>>>
inline void append_piece(std::string& out, Integer value) {
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, static_cast<std::size_t>(result.ptr - buf));
}

inline void append_piece(std::string& out, const quoted& q) {
    out.push_back('"');
    std::size_t shown = 0;
    std::size_t i = 0;
    while (i < q.text.size()) {
        if (shown == q.max_chars) {
            out.append("...");
            break;
        }
        const utf8_decoded d = decode_utf8(q.text, i);
        if (d.error != utf8_error::none) {
            for (std::size_t k = 0; k < d.length; ++k) {
                out.append("\\x");
                append_hex(out, static_cast<unsigned char>(q.text[i + k]), 2);
            }
        } else if (d.code_point == '"' || d.code_point == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(d.code_point));
        } else if (d.code_point == '\n') {
            out.append("\\n");
        } else if (d.code_point == '\t') {
            out.append("\\t");
        } else if (d.code_point == '\r') {
            out.append("\\r");
        } else if (is_foreign_character(d.code_point)) {
            out.append("\\u");
            append_hex(out, d.code_point, 4);
        } else {
            out.append(q.text.substr(i, d.length));
        }
        i += d.length;
        ++shown;
    }
    out.push_back('"');
}

inline void append_piece(std::string& out, const shown_char& c) {
    if (c.at >= c.text.size()) {
        out.append("the end of the input");
        return;
    }
    const utf8_decoded d = decode_utf8(c.text, c.at);
    if (d.error == utf8_error::none && d.code_point > 0x20 && d.code_point < 0x7F) {
        out.push_back('\'');
        out.push_back(static_cast<char>(d.code_point));
        out.push_back('\'');
    } else if (d.error != utf8_error::none) {
        out.append("byte 0x");
        append_hex(out, static_cast<unsigned char>(c.text[c.at]), 2);
    } else {
        out.append("U+");
        append_hex(out, d.code_point, 4);
    }
}

template <typename... Pieces>
void append_all(std::string& out, const Pieces&... pieces) {
    (append_piece(out, pieces), ...);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_FORMAT_HPP
