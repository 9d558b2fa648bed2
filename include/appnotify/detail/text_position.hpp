// SPDX-License-Identifier: MIT
// Byte offset -> (line, column), where columns count characters (code points) and a line ends
// at LF, CR or CRLF.
#ifndef APPNOTIFY_DETAIL_TEXT_POSITION_HPP
#define APPNOTIFY_DETAIL_TEXT_POSITION_HPP

#include <cstddef>
#include <string_view>

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

    constexpr line_column at(std::size_t offset) noexcept {
        if (offset > text_.size()) offset = text_.size();
        if (offset < offset_) {
            *this = position_tracker(text_);
            if (offset < offset_) return here_;
        }
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
};

/// The line that contains `offset`, without its line terminator.
constexpr std::string_view line_at(std::string_view text, std::size_t offset) noexcept {
    if (offset > text.size()) offset = text.size();
    std::size_t begin = offset;
    while (begin > 0 && text[begin - 1] != '\n' && text[begin - 1] != '\r') --begin;
    std::size_t end = offset;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    return text.substr(begin, end - begin);
}

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_TEXT_POSITION_HPP
