// SPDX-License-Identifier: MIT
// The span a diagnostic concerns when its check gives only where it starts: the JSON token
// there (a string literal with its quotes, a number, a literal), or inside a string the word
// there (a GUID, a parameter name or value), read through the string's escapes.
#ifndef APPNOTIFY_DETAIL_TEXT_SPAN_HPP
#define APPNOTIFY_DETAIL_TEXT_SPAN_HPP

#include <cstddef>
#include <string_view>

#include "json_string.hpp"
#include "swar.hpp"
#include "text_position.hpp"
#include "utf8.hpp"

namespace appnotify::detail {

/// How to read the text a diagnostic's offset indexes: JSON (a payload), or plain text (a link,
/// markdown), where only the word rule applies.
enum class text_kind : unsigned char { plain, json };

/// Characters that make up a word: letters and digits of any script and the punctuation found
/// inside GUIDs, numbers, e-mail addresses, percent escapes and dates. Quotes, brackets,
/// whitespace and the separators of URLs and queries end it.
constexpr bool is_word_byte(unsigned char c) noexcept {
    if (c >= 0x80) return true;
    if (c <= 0x20 || c == 0x7F) return false;
    switch (c) {
    case '"': case '\'': case '&': case '#': case '=': case '?': case '/': case '\\': case '(': case ')':
    case '<': case '>': case '[': case ']': case '{': case '}': case ',': case ';': case '|': case '`':
    case '*': return false;
    default: return true;
    }
}

/// Derives the ends of spans at non-decreasing offsets of one text, in one forward walk: the
/// JSON string state is carried from one offset to the next, and a word or token already
/// measured is not measured again for an offset inside it. So n offsets cost O(text + n)
/// whatever their number and however long the tokens.
class span_deriver {
public:
    constexpr span_deriver(std::string_view text, text_kind kind) noexcept : text_(text), kind_(kind) {}

    /// The end (exclusive) of the span that starts at `offset` (<= the text's size).
    constexpr std::size_t end_at(std::size_t offset) noexcept {
        if (offset >= text_.size()) return text_.size();
        if (offset == last_offset_) return last_end_;
        last_offset_ = offset;
        last_end_ = derive(offset);
        return last_end_;
    }

private:
    constexpr std::size_t derive(std::size_t offset) noexcept {
        if (offset >= measured_begin_ && offset < measured_end_ && inside_measured(offset)) return measured_end_;
        if (kind_ == text_kind::plain) return remember(offset, word_end(offset, false), kind_word);
        advance_to(offset);
        if (in_string_) return remember(offset, word_end(offset, true), kind_string_word);
        // Outside strings (or at the opening quote of one): the JSON token there.
        const char c = text_[offset];
        if (c == '"' || c == '\'') return string_literal_end(offset); // '...': a string JSON refuses
        if (c == '-' || (c >= '0' && c <= '9')) return remember(offset, run_end(offset, is_number_char), kind_number);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
            return remember(offset, run_end(offset, is_name_char), kind_name);
        if (c == '/' && offset + 1 < text_.size() && (text_[offset + 1] == '/' || text_[offset + 1] == '*'))
            return comment_end(offset);
        return one_character(offset);
    }

    enum measured_kind : unsigned char { kind_none, kind_word, kind_string_word, kind_number, kind_name };

    std::string_view text_;
    text_kind kind_;
    // The JSON string state at `here_`: inside a string (after its opening quote) or not.
    std::size_t here_ = 0;
    bool in_string_ = false;
    // The first quote at or after `here_`, once searched for (npos: none).
    std::size_t next_quote_ = 0;
    bool quote_known_ = false;
    // The last run measured: every offset in [begin, end) of the same kind ends where it does.
    std::size_t measured_begin_ = 0;
    std::size_t measured_end_ = 0;
    measured_kind measured_ = kind_none;
    // The last offset asked about, and its answer.
    std::size_t last_offset_ = std::size_t(-1);
    std::size_t last_end_ = 0;

    static constexpr bool is_number_char(char c) noexcept {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }
    static constexpr bool is_name_char(char c) noexcept {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /// Whether `offset`, inside the last run measured, is read the same way as the run's start.
    constexpr bool inside_measured(std::size_t offset) noexcept {
        if (measured_ == kind_word) return true;
        advance_to(offset);
        // Inside a number or a name of the JSON, or a word of a string: the string state decides.
        return (measured_ == kind_string_word) == in_string_;
    }

    constexpr std::size_t remember(std::size_t begin, std::size_t end, measured_kind kind) noexcept {
        // Only runs of more than one character are worth remembering: the others cost O(1).
        if (end > begin + 1) {
            measured_begin_ = begin;
            measured_end_ = end;
            measured_ = kind;
        }
        return end;
    }

    /// Walks the JSON string state up to `offset` (exclusive), from quote to quote: each quote
    /// is found once (memchr) and remembered until passed, so offsets inside a long string cost
    /// nothing more. A quote preceded by an odd run of backslashes is escaped. Broken JSON is not
    /// resynchronised: a check reports nothing after a syntax error but the error itself.
    constexpr void advance_to(std::size_t offset) noexcept {
        while (here_ < offset) {
            if (!quote_known_) {
                next_quote_ = text_.find('"', here_);
                quote_known_ = true;
            }
            if (next_quote_ == std::string_view::npos || next_quote_ >= offset) {
                here_ = offset;
                return;
            }
            const std::size_t quote = next_quote_;
            here_ = quote + 1;
            quote_known_ = false;
            if (!in_string_) {
                in_string_ = true;
                continue;
            }
            std::size_t backslashes = 0;
            while (backslashes < quote && text_[quote - 1 - backslashes] == '\\') ++backslashes;
            if (backslashes % 2 == 0) in_string_ = false;
        }
    }

    constexpr std::size_t one_character(std::size_t offset) const noexcept {
        return offset + decode_utf8(text_, offset).length;
    }

    template <typename Predicate>
    constexpr std::size_t run_end(std::size_t offset, Predicate is_part) const noexcept {
        std::size_t end = offset;
        while (end < text_.size() && is_part(text_[end])) ++end;
        return end;
    }

    /// The character at `offset` of a JSON string: how many raw bytes it spans and whether it
    /// belongs to a word once unescaped.
    struct string_char {
        std::size_t raw_length;
        bool word;
    };
    constexpr string_char string_char_at(std::size_t offset) const noexcept {
        const char c = text_[offset];
        if (c != '\\') return {1, is_word_byte(static_cast<unsigned char>(c))};
        const json_string_step step = string_step_at(text_, offset);
        if (step.raw_length < 6) return {step.raw_length, false}; // \n \t \" \\ \/ ...: never in a word
        const unsigned unit = hex4_value(text_.substr(offset + 2, 4));
        return {step.raw_length, unit >= 0x80 || is_word_byte(static_cast<unsigned char>(unit))};
    }

    /// The word at `offset`: from there while the characters belong to a word; a single
    /// character when the one at `offset` does not. In a string (`escapes`), a character may be
    /// an escape, and the string's closing quote ends the word.
    constexpr std::size_t word_end(std::size_t offset, bool escapes) const noexcept {
        std::size_t end = offset;
        while (end < text_.size()) {
            const string_char c = escapes ? string_char_at(end)
                                          : string_char{1, is_word_byte(static_cast<unsigned char>(text_[end]))};
            if (!c.word) {
                if (end == offset) end += escapes ? c.raw_length : one_character(offset) - offset;
                break;
            }
            end += c.raw_length;
        }
        return end < text_.size() ? end : text_.size();
    }

    /// A string literal from its opening quote to the same closing quote (included), through
    /// escapes; a string left open ends at the line's end.
    /// The bytes between are skipped 8 at a time (swar.hpp): a megabyte string costs little.
    std::size_t string_literal_end(std::size_t offset) const noexcept {
        const char quote = text_[offset];
        const auto stops = [quote](swar::word w) { return swar::equal_any(w, quote, '\\', '\n', '\r'); };
        const auto stops_at = [quote](char c) { return c == quote || c == '\\' || is_line_break(c); };
        std::size_t end = offset + 1;
        while (end < text_.size()) {
            end = swar::find(text_.data(), end, text_.size(), stops, stops_at);
            if (end >= text_.size()) break;
            const char c = text_[end];
            if (c == quote) return end + 1;
            if (is_line_break(c)) return end;
            end += 2; // a backslash and the byte it escapes
        }
        return text_.size();
    }

    /// A comment (which JSON does not allow): `//` to the line's end, `/*` to its `*/`.
    constexpr std::size_t comment_end(std::size_t offset) const noexcept {
        if (text_[offset + 1] == '/') {
            std::size_t end = offset;
            while (end < text_.size() && !is_line_break(text_[end])) ++end;
            return end;
        }
        const std::size_t close = text_.find("*/", offset + 2);
        return close == std::string_view::npos ? text_.size() : close + 2;
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_TEXT_SPAN_HPP
