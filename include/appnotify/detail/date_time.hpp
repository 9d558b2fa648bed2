// SPDX-License-Identifier: MIT
// ISO 8601 date-times with an offset, as OData's Edm.DateTimeOffset writes them:
// 2019-10-30T23:59:00.000Z, 2019-10-30T23:59:00+02:00.
#ifndef APPNOTIFY_DETAIL_DATE_TIME_HPP
#define APPNOTIFY_DETAIL_DATE_TIME_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace appnotify::detail {

enum class date_time_problem : std::uint8_t {
    none,
    syntax,       // not the shape YYYY-MM-DDThh:mm[:ss[.fff]]offset; `expected` says what was due
    out_of_range, // a field is outside its range (month 13, February 30, hour 24...)
    no_offset,    // a local time: Z or +hh:mm is missing
};

struct date_time_check {
    date_time_problem problem = date_time_problem::none;
    std::size_t at = 0;             // the offending character (the end for no_offset)
    std::string_view expected;      // what belongs at `at`, or the field out of range
};

constexpr bool is_leap_year(unsigned year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr unsigned days_in_month(unsigned year, unsigned month) noexcept {
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

/// Checks `text` as an ISO 8601 date-time with an offset.
constexpr date_time_check check_date_time(std::string_view text) noexcept {
    std::size_t i = 0;
    unsigned value = 0;
    // Reads exactly `n` digits at i into `value`.
    auto digits = [&](std::size_t n) {
        value = 0;
        for (std::size_t k = 0; k < n; ++k, ++i) {
            if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
            value = value * 10 + static_cast<unsigned>(text[i] - '0');
        }
        return true;
    };
    auto expect = [&](char c) {
        if (i < text.size() && text[i] == c) {
            ++i;
            return true;
        }
        return false;
    };
    auto syntax = [&](std::string_view what) { return date_time_check{date_time_problem::syntax, i, what}; };
    auto range = [](std::size_t at, std::string_view what) {
        return date_time_check{date_time_problem::out_of_range, at, what};
    };

    if (!digits(4)) return syntax("a four-digit year");
    const unsigned year = value;
    if (!expect('-')) return syntax("'-'");
    std::size_t field = i;
    if (!digits(2)) return syntax("a two-digit month");
    const unsigned month = value;
    if (month < 1 || month > 12) return range(field, "the month (01 to 12)");
    if (!expect('-')) return syntax("'-'");
    field = i;
    if (!digits(2)) return syntax("a two-digit day");
    if (value < 1 || value > days_in_month(year, month)) return range(field, "the day of the month");
    if (!expect('T')) return syntax("'T' between the date and the time");
    field = i;
    if (!digits(2)) return syntax("a two-digit hour");
    if (value > 23) return range(field, "the hour (00 to 23)");
    if (!expect(':')) return syntax("':'");
    field = i;
    if (!digits(2)) return syntax("two-digit minutes");
    if (value > 59) return range(field, "the minutes (00 to 59)");
    if (expect(':')) {
        field = i;
        if (!digits(2)) return syntax("two-digit seconds");
        if (value > 59) return range(field, "the seconds (00 to 59)");
        if (expect('.')) {
            const std::size_t first = i;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
            if (i == first) return syntax("the digits of a fraction of a second");
        }
    }
    if (i == text.size()) return {date_time_problem::no_offset, i, "Z or an offset such as +02:00"};
    if (expect('Z')) {
        if (i != text.size()) return syntax("the end of the date-time");
        return {};
    }
    if (!(expect('+') || expect('-'))) return syntax("Z or an offset such as +02:00");
    field = i;
    if (!digits(2)) return syntax("a two-digit offset hour");
    if (value > 14) return range(field, "the offset's hours (00 to 14)");
    if (!expect(':')) return syntax("':' in the offset");
    field = i;
    if (!digits(2)) return syntax("two-digit offset minutes");
    if (value > 59) return range(field, "the offset's minutes (00 to 59)");
    if (i != text.size()) return syntax("the end of the date-time");
    return {};
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_DATE_TIME_HPP
