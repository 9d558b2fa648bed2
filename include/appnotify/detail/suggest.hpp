// SPDX-License-Identifier: MIT
// "Did you mean" for near misses: case, stray spaces and small typos.
#ifndef APPNOTIFY_DETAIL_SUGGEST_HPP
#define APPNOTIFY_DETAIL_SUGGEST_HPP

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace appnotify::detail {

constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

constexpr std::string_view trim_spaces(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

/// Case-insensitive optimal string alignment distance, or `limit + 1` once it exceeds `limit`.
/// Only short words are compared, so the quadratic table stays tiny whatever the input.
constexpr std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) noexcept {
    constexpr std::size_t max_len = 40;
    if (a.size() > max_len || b.size() > max_len) return limit + 1;
    const std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (diff > limit) return limit + 1;
    std::size_t prev2[max_len + 1]{}, prev[max_len + 1]{}, cur[max_len + 1]{};
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const bool same = ascii_lower(a[i - 1]) == ascii_lower(b[j - 1]);
            std::size_t best = prev[j - 1] + (same ? 0 : 1);
            if (prev[j] + 1 < best) best = prev[j] + 1;
            if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ascii_lower(a[i - 1]) == ascii_lower(b[j - 2]) &&
                ascii_lower(a[i - 2]) == ascii_lower(b[j - 1]) && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
            if (best < row_min) row_min = best;
        }
        if (row_min > limit) return limit + 1;
        for (std::size_t j = 0; j <= b.size(); ++j) {
            prev2[j] = prev[j];
            prev[j] = cur[j];
        }
    }
    return prev[b.size()] <= limit ? prev[b.size()] : limit + 1;
}

/// The candidate `input` most plausibly meant, or an empty view. Exact matches are not
/// suggestions: callers only ask about values they already rejected.
template <typename Candidates>
constexpr std::string_view suggest(std::string_view input, const Candidates& candidates) noexcept {
    const std::string_view trimmed = trim_spaces(input);
    for (const std::string_view c : candidates)
        if (equals_ignoring_case(trimmed, c)) return c;
    const std::size_t limit = trimmed.size() <= 4 ? 1 : trimmed.size() <= 10 ? 2 : 3;
    std::string_view best;
    std::size_t best_distance = limit + 1;
    for (const std::string_view c : candidates) {
        const std::size_t d = edit_distance(trimmed, c, limit);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

constexpr std::string_view suggest(std::string_view input, std::initializer_list<std::string_view> candidates) noexcept {
    return suggest<std::initializer_list<std::string_view>>(input, candidates);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_SUGGEST_HPP
