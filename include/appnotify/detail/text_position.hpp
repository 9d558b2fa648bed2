// SPDX-License-Identifier: MIT
// Byte offset -> (line, column), where columns count characters (code points) and a line ends
// at LF, CR or CRLF.
#ifndef APPNOTIFY_DETAIL_TEXT_POSITION_HPP
#define APPNOTIFY_DETAIL_TEXT_POSITION_HPP

#include <cstddef>
#include <string_view>

#include "swar.hpp"

namespace appnotify::detail {

struct line_column {
    std::size_t line = 1;
    std::size_t column = 1;
};

/// Walks the text once for a series of non-decreasing offsets, so positioning n diagnostics
/// costs O(text + n) rather than O(text * n). An offset smaller than the previous one restarts.
class position_tracker {
public:
    explicit constexpr position_tracker(std::string_view text) noexcept : text_(text) {
        // A byte order mark is invisible in editors: columns start after it.
        if (text.substr(0, 3) == "\xEF\xBB\xBF") offset_ = 3;
    }

    line_column at(std::size_t offset) noexcept {
        if (offset > text_.size()) offset = text_.size();
        if (offset < offset_) {
            *this = position_tracker(text_);
            if (offset < offset_) return here_;
        }
        walk_words(offset);
        while (offset_ < offset) {
            const char c = text_[offset_++];
            if (c == '\n' || (c == '\r' && !(offset_ < text_.size() && text_[offset_] == '\n'))) {
                ++here_.line;
                here_.column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != '\r') {
                ++here_.column;
            }
        }
        // An offset inside a multi-byte character reports that character's column.
        line_column result = here_;
        if (offset_ < text_.size() && (static_cast<unsigned char>(text_[offset_]) & 0xC0) == 0x80 &&
            result.column > 1)
            --result.column;
        return result;
    }

private:
    std::string_view text_;
    std::size_t offset_ = 0;
    line_column here_{};

    /// Counts 8 bytes at a time (swar.hpp) what the byte loop of `at` counts, up to the last
    /// whole word before `offset`: a few diagnostics far into a megabyte cost a few instructions
    /// per word, not per byte. A line ends at LF and at a CR not followed by LF; a column is a
    /// byte that neither continues a UTF-8 sequence nor is a CR.
    void walk_words(std::size_t offset) noexcept {
        using swar::word;
        const char* p = text_.data();
        using swar::count;
        for (; offset_ + 8 <= offset; offset_ += 8) {
            const word w = swar::load(p + offset_);
            const word continuation = swar::continuation_bytes(w);
            if (swar::less(w, '\r' + 1) == 0) { // no line break nor CR (the usual word): a cheap test
                here_.column += (w & swar::high_bits) == 0 ? 8 : count(swar::high_bits & ~continuation);
                continue;
            }
            const word lf = swar::equal(w, '\n');
            const word cr = swar::equal(w, '\r');
            const word counted = swar::high_bits & ~continuation & ~cr;
            if ((lf | cr) == 0) {
                here_.column += count(counted);
                continue;
            }
            // A CR is followed by LF when the next byte is one: the next byte of the word, or
            // after the last, the first of the next word.
            const bool lf_after = offset_ + 8 < text_.size() && text_[offset_ + 8] == '\n';
            const word crlf = cr & ((lf >> 8) | (lf_after ? word(0x80) << 56 : 0));
            const word breaks = lf | (cr & ~crlf);
            if (breaks == 0) { // only the CR of a CRLF, at the word's end
                here_.column += count(counted);
                continue;
            }
            here_.line += count(breaks);
            // The bytes after the last line break start the new line.
            word through_last = breaks;
            through_last |= through_last >> 8;
            through_last |= through_last >> 16;
            through_last |= through_last >> 32;
            here_.column = 1 + count(counted & ~through_last);
        }
    }
};

constexpr bool is_line_break(char c) noexcept { return c == '\n' || c == '\r'; }
constexpr bool is_continuation_byte(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// The part of a line a source excerpt shows around a spot: at most `before` characters before
/// the one at the spot, and `total` in all. Characters are counted as position_tracker counts
/// columns (a byte that does not continue a UTF-8 sequence starts one).
struct line_window {
    std::string_view text;   // the characters shown, without a line terminator
    std::size_t before = 0;  // how many of them come before the spot
    bool cut_before = false; // the line has more characters before them
    bool cut_after = false;  // ... and after them
};

/// The window of the line of `offset` around it. It is found by walking from the offset, never
/// from the line's start, so every excerpt costs O(total) however long the line: showing
/// n diagnostics of a one-line megabyte is linear.
constexpr line_window window_at(std::string_view text, std::size_t offset, std::size_t before,
                                std::size_t total) noexcept {
    if (offset > text.size()) offset = text.size();
    // A byte order mark is not part of the first line: columns start after it.
    const std::size_t line_floor = text.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3 ? 3 : 0;
    // The start of the character at `at` (a character is at most 4 bytes: in invalid UTF-8, a
    // run of continuation bytes counts one character per 4 bytes, so no walk is long).
    const auto character_start = [&](std::size_t at) {
        for (int k = 0; k < 3 && at > line_floor && at < text.size() && is_continuation_byte(text[at]) &&
                        !is_line_break(text[at - 1]);
             ++k)
            --at;
        return at;
    };
    offset = character_start(offset);
    line_window w;
    std::size_t begin = offset;
    while (w.before < before && begin > line_floor && !is_line_break(text[begin - 1])) {
        begin = character_start(begin - 1);
        ++w.before;
    }
    w.cut_before = begin > line_floor && !is_line_break(text[begin - 1]);
    std::size_t end = offset, shown = w.before;
    while (end < text.size() && !is_line_break(text[end]) && shown < total) {
        ++end;
        for (int k = 0; k < 3 && end < text.size() && is_continuation_byte(text[end]); ++k) ++end;
        ++shown;
    }
    w.cut_after = end < text.size() && !is_line_break(text[end]);
    w.text = text.substr(begin, end - begin);
    return w;
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_TEXT_POSITION_HPP
