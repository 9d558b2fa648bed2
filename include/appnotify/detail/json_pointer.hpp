// SPDX-License-Identifier: MIT
// RFC 6901 JSON Pointer building.
#ifndef APPNOTIFY_DETAIL_JSON_POINTER_HPP
#define APPNOTIFY_DETAIL_JSON_POINTER_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace appnotify::detail {

/// Appends "/" and `key` with "~" written as "~0" and "/" as "~1".
inline void append_pointer_segment(std::string& pointer, std::string_view key) {
    pointer.push_back('/');
    for (const char c : key) {
        if (c == '~') pointer.append("~0");
        else if (c == '/') pointer.append("~1");
        else pointer.push_back(c);
    }
}

inline void append_pointer_index(std::string& pointer, std::size_t index) {
    char digits[24];
    std::size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + index % 10);
        index /= 10;
    } while (index != 0);
    pointer.push_back('/');
    while (n != 0) pointer.push_back(digits[--n]);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_JSON_POINTER_HPP
