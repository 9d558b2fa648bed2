// SPDX-License-Identifier: MIT
// JSON number grammar (RFC 8259 section 6) and exact integer reading, independent of doubles so
// that 1e400, -0 and 9223372036854775808 are classified rather than rounded.
#ifndef APPNOTIFY_DETAIL_NUMBER_HPP
#define APPNOTIFY_DETAIL_NUMBER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace appnotify::detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

enum class number_problem : std::uint8_t {
    none,
    leading_zero,     // 01
    missing_digits,   // "-", "1.", "1e", ".5"
    plus_sign,        // +1
};

struct number_scan {
    std::size_t length = 0; // bytes of the number token; 0 when nothing number-like starts here
    number_problem problem = number_problem::none;
    std::size_t problem_at = 0; // offset of the problem inside the token
    bool is_integer = true;     // no fraction and no exponent
};

/// Scans the longest JSON-number-like token at `text[at]` and says whether it is a valid number.
constexpr number_scan scan_number(std::string_view text, std::size_t at) noexcept {
    number_scan r;
    std::size_t i = at;
    const auto more = [&] { return i < text.size(); };
    if (more() && text[i] == '+') {
        r.problem = number_problem::plus_sign;
        r.problem_at = 0;
        ++i;
    } else if (more() && text[i] == '-') {
        ++i;
    }
    if (more() && text[i] == '0') {
        ++i;
        if (more() && is_digit(text[i]) && r.problem == number_problem::none) {
            r.problem = number_problem::leading_zero;
            r.problem_at = i - 1 - at;
        }
        while (more() && is_digit(text[i])) ++i;
    } else if (more() && is_digit(text[i])) {
        while (more() && is_digit(text[i])) ++i;
    } else if (!(more() && text[i] == '.')) {
        if (r.problem == number_problem::none) {
            r.problem = number_problem::missing_digits;
            r.problem_at = i - at;
        }
        r.length = i - at;
        return r;
    } else if (r.problem == number_problem::none) {
        r.problem = number_problem::missing_digits;
        r.problem_at = i - at;
    }
    if (more() && text[i] == '.') {
        r.is_integer = false;
        ++i;
        if (!(more() && is_digit(text[i])) && r.problem == number_problem::none) {
            r.problem = number_problem::missing_digits;
            r.problem_at = i - at;
        }
        while (more() && is_digit(text[i])) ++i;
    }
    if (more() && (text[i] == 'e' || text[i] == 'E')) {
        r.is_integer = false;
        ++i;
        if (more() && (text[i] == '+' || text[i] == '-')) ++i;
        if (!(more() && is_digit(text[i])) && r.problem == number_problem::none) {
            r.problem = number_problem::missing_digits;
            r.problem_at = i - at;
        }
        while (more() && is_digit(text[i])) ++i;
    }
    r.length = i - at;
    return r;
}

enum class integer_read : std::uint8_t { ok, not_integer, overflow };

/// Reads a valid JSON number token as a 64-bit integer. A fraction or exponent is `not_integer`
/// even when its value is whole (100000000.0, 1e8): the server's integer parameters refuse them.
constexpr integer_read read_integer(std::string_view token, std::int64_t& value) noexcept {
    std::size_t i = 0;
    const bool negative = !token.empty() && token[0] == '-';
    if (negative) ++i;
    std::uint64_t magnitude = 0;
    bool overflow = false;
    for (; i < token.size(); ++i) {
        const char c = token[i];
        if (!is_digit(c)) return integer_read::not_integer;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (magnitude > (UINT64_MAX - digit) / 10) overflow = true;
        else magnitude = magnitude * 10 + digit;
    }
    const std::uint64_t limit = negative ? std::uint64_t(INT64_MAX) + 1 : std::uint64_t(INT64_MAX);
    if (overflow || magnitude > limit) return integer_read::overflow;
    value = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    return integer_read::ok;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_NUMBER_HPP
