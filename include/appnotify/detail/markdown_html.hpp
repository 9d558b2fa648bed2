// SPDX-License-Identifier: MIT
// The HTML output of the markdown renderer: cmark-gfm's HTML, byte for byte, for the subset (p,
// em, strong, a, ul, ol, li, br), with the optional link target and CSS classes.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_HTML_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_HTML_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "../markdown_events.hpp"
#include "format.hpp"
#include "markdown_chars.hpp"

namespace appnotify::detail::md {

struct html_settings {
    bool new_window = false;       // target="_blank" rel="noopener noreferrer" on links
    std::string_view class_prefix; // class="<prefix><tag>" on every element when not empty
};

/// Appends to a std::string through a pointer: the string is grown ahead (from the size of the
/// input, then doubling) and cut to what was written when the writer ends. Each piece of markup
/// is then a capacity check and a copy the compiler inlines, instead of a call into
/// std::string::append or push_back, which cost more than the bytes they write.
class string_writer {
public:
    string_writer(std::string& out, std::size_t expected) : out_(out), size_(out.size()) {
        out_.resize(size_ + expected);
    }
    ~string_writer() { out_.resize(size_); }
    string_writer(const string_writer&) = delete;
    string_writer& operator=(const string_writer&) = delete;

    std::size_t size() const noexcept { return size_; }
    char back() const noexcept { return out_[size_ - 1]; }
    void append(const char* data, std::size_t n) {
        if (out_.size() - size_ < n) grow(n);
        std::memcpy(&out_[size_], data, n);
        size_ += n;
    }
    void append(std::string_view text) { append(text.data(), text.size()); }
    void push_back(char c) {
        if (out_.size() == size_) grow(1);
        out_[size_++] = c;
    }

private:
    void grow(std::size_t n) { out_.resize(size_ + n > out_.size() * 2 ? size_ + n : out_.size() * 2); }

    std::string& out_;
    std::size_t size_; // of what was written, the string's size beyond it is room
};

/// The HTML output, a handler of the event interface (markdown_events.hpp). `expected`: the size
/// of the input, from which its output's size is guessed. `out` holds the output once the sink
/// is destroyed (until then it also holds the room ahead).
class html_sink {
public:
    html_sink(std::string& out, const html_settings& settings, std::size_t expected)
        : out_(out, expected + expected / 4 + 64), start_(out_.size()), settings_(settings) {}

    std::size_t output_size() const noexcept { return out_.size() - start_; }

    // The dispatchers stay small, so that each call site inlines them and the producer's
    // constant types pick the branch at compile time.
    void enter_block(const markdown_block& block) {
        if (block.type == markdown_block_type::paragraph) paragraph_open(block.tight);
        else if (block.type == markdown_block_type::list_item) item_open();
        else list_open(block);
    }
    void leave_block(const markdown_block& block) {
        if (block.type == markdown_block_type::paragraph) {
            if (!block.tight) out_.append("</p>\n");
        } else {
            out_.append(block.type == markdown_block_type::list_item      ? std::string_view("</li>\n")
                        : block.type == markdown_block_type::bullet_list ? std::string_view("</ul>\n")
                                                                          : std::string_view("</ol>\n"));
        }
    }
    void text(std::string_view text) { append_html_escaped(out_, text); }
    /// Text that is a piece of the input, which may be read `readable` bytes from its start (the
    /// producer's call for the input's own text: the escaper reads whole blocks past the piece).
    void source_text(std::string_view text, std::size_t readable) { append_html_escaped(out_, text, readable); }
    void soft_break() { out_.push_back('\n'); }
    void hard_break() {
        out_.append("<br");
        class_attribute("br");
        out_.append(" />\n");
    }
    void enter_span(const markdown_span& span) {
        if (span.type == markdown_span_type::link) link_open(span);
        else open_tag(span.type == markdown_span_type::strong ? "strong" : "em");
    }
    void leave_span(const markdown_span& span) {
        out_.append(span.type == markdown_span_type::link     ? std::string_view("</a>")
                    : span.type == markdown_span_type::strong ? std::string_view("</strong>")
                                                              : std::string_view("</em>"));
    }

private:
    void paragraph_open(bool tight) {
        if (tight) return;
        cr();
        open_tag("p");
    }
    void item_open() {
        cr();
        open_tag("li");
    }
    void list_open(const markdown_block& block) {
        cr();
        if (block.type == markdown_block_type::bullet_list) {
            open_tag("ul");
        } else if (block.number == 1) {
            open_tag("ol");
        } else {
            out_.append("<ol start=\"");
            char digits[10]; // the number has at most 9
            std::size_t n = 0;
            for (std::uint32_t number = block.number; n == 0 || number != 0; number /= 10)
                digits[n++] = static_cast<char>('0' + number % 10);
            while (n != 0) out_.push_back(digits[--n]);
            out_.push_back('"');
            class_attribute("ol");
            out_.push_back('>');
        }
        out_.push_back('\n');
    }
    void link_open(const markdown_span& span) {
        out_.append("<a href=\"");
        append_href_escaped(out_, span.href, true);
        out_.push_back('"');
        if (!span.title.empty()) {
            out_.append(" title=\"");
            append_html_escaped(out_, span.title);
            out_.push_back('"');
        }
        if (settings_.new_window) out_.append(" target=\"_blank\" rel=\"noopener noreferrer\"");
        class_attribute("a");
        out_.push_back('>');
    }

    /// A line break unless the output (this rendering's part of it) is empty or ends with one.
    void cr() {
        if (out_.size() > start_ && out_.back() != '\n') out_.push_back('\n');
    }
    void open_tag(std::string_view tag) {
        out_.push_back('<');
        out_.append(tag);
        class_attribute(tag);
        out_.push_back('>');
    }
    void class_attribute(std::string_view tag) {
        if (settings_.class_prefix.empty()) return;
        out_.append(" class=\"");
        append_html_escaped(out_, settings_.class_prefix);
        out_.append(tag);
        out_.push_back('"');
    }

    string_writer out_;
    std::size_t start_;
    const html_settings& settings_;
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_HTML_HPP
