// SPDX-License-Identifier: MIT
// Heuristics over notification text: leftover template placeholders, markdown written where
// only plain text is shown, and characters that do not show as themselves.
#ifndef APPNOTIFY_DETAIL_TEXT_CHECKS_HPP
#define APPNOTIFY_DETAIL_TEXT_CHECKS_HPP

#include <cstddef>
#include <cstring>
#include <string_view>

#include "foreign_characters.hpp"
#include "suggest.hpp"
#include "swar.hpp"
#include "utf8.hpp"

namespace appnotify::detail {

struct text_span {
    std::size_t offset = std::string_view::npos;
    std::size_t length = 0;
    constexpr bool found() const noexcept { return offset != std::string_view::npos; }
};

constexpr bool contains_ignoring_case(std::string_view haystack, std::string_view needle) noexcept {
    if (needle.size() > haystack.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
        if (equals_ignoring_case(haystack.substr(i, needle.size()), needle)) return true;
    return false;
}

/// Where the next `c` is at or after `from`, or `text.size()`. memchr is vectorised, and most
/// text holds none of the characters a placeholder starts with.
inline std::size_t next_of(std::string_view text, std::size_t from, char c) noexcept {
    if (from >= text.size()) return text.size();
    const void* p = std::memchr(text.data() + from, c, text.size() - from);
    return p ? static_cast<std::size_t>(static_cast<const char*>(p) - text.data()) : text.size();
}

/// Finds the first template placeholder: `<GUID of the user>`, `<Task ID>`, `{{name}}`, `${id}`.
/// An angle-bracket span counts when it reads like words (letters, digits, spaces, '-', '_')
/// and either holds a space or names an id, so `<b>` or `<br>` are not mistaken for one.
inline text_span find_placeholder(std::string_view text) noexcept {
    constexpr std::size_t max_inner = 80;
    // The next position of each starting character, advanced only when passed: linear overall.
    std::size_t next_angle = next_of(text, 0, '<');
    std::size_t next_brace = next_of(text, 0, '{');
    std::size_t next_dollar = next_of(text, 0, '$');
    while (true) {
        const std::size_t i = next_angle < next_brace ? (next_angle < next_dollar ? next_angle : next_dollar)
                                                      : (next_brace < next_dollar ? next_brace : next_dollar);
        if (i >= text.size()) return {};
        const char c = text[i];
        std::size_t resume = i + 1;
        if (c == '<') {
            std::size_t j = i + 1;
            bool space = false, word = true;
            while (j < text.size() && j - i <= max_inner && text[j] != '>') {
                const char d = text[j];
                if (d == ' ') space = true;
                else if (!((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') || d == '-' || d == '_'))
                    word = false;
                if (!word) break;
                ++j;
            }
            if (word && j < text.size() && text[j] == '>' && j > i + 1) {
                const std::string_view inner = text.substr(i + 1, j - i - 1);
                const bool letter_first = (inner[0] >= 'a' && inner[0] <= 'z') || (inner[0] >= 'A' && inner[0] <= 'Z');
                if (letter_first && (space || contains_ignoring_case(inner, "id") || contains_ignoring_case(inner, "guid")))
                    return {i, j + 1 - i};
            }
            // Nothing inside the scanned stretch can start a placeholder.
            if (j > resume) resume = j;
        } else if (c == '$' && i + 1 < text.size() && text[i + 1] == '{') {
            const std::size_t close = text.substr(i + 2, max_inner).find('}');
            if (close != std::string_view::npos && close > 0) return {i, close + 3};
        } else if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            const std::size_t close = text.substr(i + 2, max_inner).find("}}");
            if (close != std::string_view::npos && close > 0) return {i, close + 4};
        }
        if (next_angle < resume) next_angle = next_of(text, resume, '<');
        if (next_brace < resume) next_brace = next_of(text, resume, '{');
        if (next_dollar < resume) next_dollar = next_of(text, resume, '$');
    }
}

/// The next character at or after `from` that find_markdown_syntax acts on (a line end, '[',
/// ']', '*' or '_'), or `text.size()`: plain text is passed 16 bytes a step with SSE2 (swar.hpp).
inline std::size_t next_markdown_character(std::string_view text, std::size_t from) noexcept {
#if APPNOTIFY_SIMD_SSE2
    const auto mask16 = [](swar::sse2::block v) {
        return swar::sse2::mask(swar::sse2::equal_any(v, '\n', '\r', '[', ']', '*', '_'));
    };
#else
    const auto mask16 = [](int) { return 0u; };
#endif
    const auto flags = [](swar::word w) { return swar::equal_any(w, '\n', '\r', '[', ']', '*', '_'); };
    const auto acts_on = [](char c) { return c == '\n' || c == '\r' || c == '[' || c == ']' || c == '*' || c == '_'; };
    return swar::find_wide(text.data(), from, text.size(), text.size(), mask16, flags, acts_on);
}

/// Finds markdown syntax the notification center would show literally in a plain Title or Body.
inline text_span find_markdown_syntax(std::string_view text) noexcept {
    // Each search below can fail at most once per kind (a later search covers less text), and
    // the last '[' is tracked while scanning, so the whole check stays linear.
    bool line_start = true;
    bool no_closing_paren = false;
    bool no_closing_run[2] = {false, false};
    std::size_t last_open_bracket = std::string_view::npos;
    // Inside a line, a character next_markdown_character passes over changes nothing.
    for (std::size_t i = 0; i < text.size(); i = line_start ? i + 1 : next_markdown_character(text, i + 1)) {
        const char c = text[i];
        if (line_start) {
            std::size_t j = i;
            while (j < text.size() && text[j] == ' ') ++j;
            if (j + 1 < text.size() && (text[j] == '-' || text[j] == '*' || text[j] == '+') && text[j + 1] == ' ')
                return {j, 2};
            std::size_t k = j;
            while (k < text.size() && k - j < 9 && text[k] >= '0' && text[k] <= '9') ++k;
            if (k > j && k + 1 < text.size() && (text[k] == '.' || text[k] == ')') && text[k + 1] == ' ')
                return {j, k + 2 - j};
        }
        line_start = c == '\n' || c == '\r';
        if (c == '[') last_open_bracket = i;
        if ((c == '*' || c == '_') && i + 2 < text.size() && text[i + 1] == c && text[i + 2] != ' ' &&
            text[i + 2] != c && !no_closing_run[c == '_']) {
            const std::size_t close = text.find(text.substr(i, 2), i + 3);
            if (close != std::string_view::npos) return {i, close + 2 - i};
            no_closing_run[c == '_'] = true;
        }
        if (c == ']' && i + 1 < text.size() && text[i + 1] == '(' && last_open_bracket != std::string_view::npos &&
            !no_closing_paren) {
            const std::size_t close = text.find(')', i + 2);
            if (close != std::string_view::npos) return {last_open_bracket, close + 1 - last_open_bracket};
            no_closing_paren = true;
        }
    }
    return {};
}

/// Characters that do not show as themselves (foreign_characters.hpp): controls (C0, DEL, C1),
/// line separators, and the invisible format characters that reorder text (bidi marks,
/// embeddings, overrides and isolates), join or split it unseen (zero-width characters, the soft
/// hyphen, word joiners, invisible operators), or hide data (interlinear annotations, tags).
constexpr bool is_hidden_character(char32_t cp) noexcept { return is_foreign_character(cp); }

/// The first hidden character of `text` (valid UTF-8), or none.
constexpr text_span find_hidden_character(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x20 && b < 0x7F) {
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        if (d.error == utf8_error::none && is_hidden_character(d.code_point)) return {i, d.length};
        i += d.length;
    }
    return {};
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_TEXT_CHECKS_HPP
