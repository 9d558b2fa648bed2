// SPDX-License-Identifier: MIT
// Markdown block structure: paragraphs and (nested) lists, as CommonMark 0.31.2 and cmark-gfm
// build them, line by line in one pass. Every other block construct (headings, block quotes,
// code blocks, thematic breaks, HTML blocks, tables) is not recognised: its lines are paragraph
// text, rendered as written. The result is a flat list of block events in document order.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_BLOCKS_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_BLOCKS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "markdown_chars.hpp"
#include "swar.hpp"

namespace appnotify::detail::md {

enum class block_type : std::uint8_t { list_open, list_close, item_open, item_close, paragraph };

struct block_event {
    block_type type{};
    bool ordered = false;   // list_open, list_close
    bool tight = true;      // list_open, list_close: set when the list is closed
    char marker = 0;        // list_open: '-', '+', '*' or the ordered delimiter '.' or ')'
    std::uint32_t start = 1; // list_open of an ordered list: the first number
    std::size_t begin = 0;   // paragraph: its text; list_open, item_open: the (first) item's marker
    std::size_t end = 0;
};

/// The block parser's reusable state.
///
/// Tight or loose: cmark-gfm decides when a list closes, from each node's "last line blank" flag
/// and whether a node "ends with a blank line" (its flag, or its last child's, down the tree).
/// Here the tree is never built: each open container keeps what its closed children said.
struct block_scratch {
    struct container {
        bool is_list = false;
        bool llb = false; // the last line it took was blank (cmark's last_line_blank)
        // a list
        bool ordered = false;
        char marker = 0;
        bool loose = false;
        bool has_item = false;         // the last item is closed; its flags follow
        bool item_llb = false;         // its last line was blank
        bool item_child_ewb = false;   // its last child ends with a blank line
        bool item_inner_blank = false; // a child before its last ends with a blank line
        std::size_t event = 0;         // index of the list_open event
        // an item
        std::size_t marker_offset = 0; // columns before the marker
        std::size_t padding = 0;       // marker and spaces: content starts at marker_offset + padding
        std::size_t start_line = 0;
        bool has_children = false;
        bool child_ewb = false;   // the last child ends with a blank line
        bool inner_blank = false; // a child before the last one ends with a blank line
    };
    std::vector<container> stack;
    std::vector<block_event> events;
    std::vector<std::size_t> lazy_lines; // starts of lazy continuation lines, when asked for
};

class block_parser {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    block_parser(std::string_view text, block_scratch& scratch, std::size_t max_list_depth,
                 bool record_lazy_lines = false) noexcept
        : text_(text), s_(scratch), max_list_depth_(max_list_depth), record_lazy_lines_(record_lazy_lines) {}

    /// Parses the whole text into scratch.events. Returns the offset of the first list marker
    /// that was not opened because of the nesting limit, or npos.
    std::size_t run() {
        s_.stack.clear();
        s_.events.clear();
        s_.lazy_lines.clear();
        // Room for the events from the input's size, so that the vector is not copied as it grows:
        // prose with lists has about one event per 30 bytes (the benchmark's 1 MB document: 33).
        // Denser inputs (a list of one-word items) grow it by doubling, as before; pages reserved
        // and never written cost no memory.
        s_.events.reserve(text_.size() / 24 + 16);
        std::size_t at = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        while (at < text_.size()) {
            const std::size_t end =
                swar::find_wide(text_.data(), at, text_.size(), text_.size(), line_end_mask16, line_end_flags, is_line_end);
            std::size_t next = end;
            if (next < text_.size()) next += (text_[next] == '\r' && next + 1 < text_.size() && text_[next + 1] == '\n') ? 2 : 1;
            process_line(at, end);
            at = next;
        }
        close_paragraph();
        close_to(0);
        return too_deep_at_;
    }

private:
    using container = block_scratch::container;

    /// Line feed and carriage return, and the control characters below them (is_line_end decides).
    static constexpr swar::word line_end_flags(swar::word w) noexcept { return swar::less(w, '\r' + 1); }
#if APPNOTIFY_SIMD_SSE2
    /// Line feed and carriage return, 16 at a time.
    static unsigned line_end_mask16(swar::sse2::block v) noexcept { return swar::sse2::mask(swar::sse2::equal_any(v, '\n', '\r')); }
#else
    static unsigned line_end_mask16(int) noexcept { return 0; }
#endif

    // ---- position within the current line (cmark's offset/column/first_nonspace/indent) ----
    void find_first_nonspace() noexcept {
        std::size_t chars_to_tab = 4 - (column_ % 4);
        if (first_nonspace_ <= offset_) {
            first_nonspace_ = offset_;
            first_nonspace_column_ = column_;
            while (first_nonspace_ < line_end_) {
                const char c = text_[first_nonspace_];
                if (c == ' ') {
                    ++first_nonspace_;
                    ++first_nonspace_column_;
                    if (--chars_to_tab == 0) chars_to_tab = 4;
                } else if (c == '\t') {
                    ++first_nonspace_;
                    first_nonspace_column_ += chars_to_tab;
                    chars_to_tab = 4;
                } else {
                    break;
                }
            }
        }
        indent_ = first_nonspace_column_ - column_;
        blank_ = first_nonspace_ == line_end_;
    }

    void advance(std::size_t count, bool columns) noexcept {
        while (count > 0 && offset_ < line_end_) {
            if (text_[offset_] == '\t') {
                const std::size_t chars_to_tab = 4 - (column_ % 4);
                if (columns) {
                    partially_consumed_tab_ = chars_to_tab > count;
                    const std::size_t step = chars_to_tab < count ? chars_to_tab : count;
                    column_ += step;
                    offset_ += partially_consumed_tab_ ? 0 : 1;
                    count -= step;
                } else {
                    partially_consumed_tab_ = false;
                    column_ += chars_to_tab;
                    ++offset_;
                    --count;
                }
            } else {
                partially_consumed_tab_ = false;
                ++offset_;
                ++column_;
                --count;
            }
        }
    }

    // A thematic break (*** --- ___) is never a list item; cmark's kill position keeps the scan
    // linear when a line holds many list markers.
    bool is_thematic_break(std::size_t at) noexcept {
        if (at < thematic_break_kill_) return false;
        const char c = text_[at];
        if (c != '*' && c != '-' && c != '_') {
            thematic_break_kill_ = at;
            return false;
        }
        std::size_t count = 1, i = at + 1;
        for (; i < line_end_; ++i) {
            if (text_[i] == c) ++count;
            else if (text_[i] != ' ' && text_[i] != '\t') break;
        }
        if (count >= 3 && i == line_end_) return true;
        thematic_break_kill_ = i;
        return false;
    }

    struct list_marker {
        std::size_t length = 0;
        bool ordered = false;
        char marker = 0;
        std::uint32_t start = 1;
    };

    list_marker parse_list_marker(std::size_t at, bool interrupts_paragraph) const noexcept {
        list_marker m;
        std::size_t i = at;
        const char c = text_[i];
        if (c == '*' || c == '-' || c == '+') {
            ++i;
            m.marker = c;
        } else if (is_digit(c)) {
            std::uint32_t start = 0;
            std::size_t digits = 0;
            while (i < line_end_ && is_digit(text_[i]) && digits < 9) {
                start = start * 10 + static_cast<std::uint32_t>(text_[i] - '0');
                ++i;
                ++digits;
            }
            if (interrupts_paragraph && start != 1) return m;
            if (i >= line_end_ || (text_[i] != '.' && text_[i] != ')')) return m;
            m.marker = text_[i++];
            m.ordered = true;
            m.start = start;
        } else {
            return m;
        }
        if (i < line_end_ && !is_space_or_tab(text_[i])) return m;
        if (interrupts_paragraph) {
            std::size_t j = i;
            while (j < line_end_ && is_space_or_tab(text_[j])) ++j;
            if (j == line_end_) return m; // an empty item cannot interrupt a paragraph
        }
        m.length = i - at;
        return m;
    }

    // ---- the tree, kept as a stack of open containers plus the open paragraph ----
    /// A new child (paragraph or list) is added to the innermost container.
    void add_child() noexcept {
        if (s_.stack.empty() || s_.stack.back().is_list) return;
        container& item = s_.stack.back();
        if (item.has_children) item.inner_blank = item.inner_blank || item.child_ewb;
        item.has_children = true;
        item.child_ewb = false;
    }

    /// A child of the innermost container was closed; `ewb`: it ends with a blank line.
    void child_closed(bool ewb) noexcept {
        if (s_.stack.empty()) return;
        container& parent = s_.stack.back();
        if (!parent.is_list) parent.child_ewb = ewb;
    }

    void close_paragraph() {
        if (!paragraph_open_) return;
        paragraph_open_ = false;
        const bool llb = paragraph_llb_;
        paragraph_llb_ = false;
        block_event e;
        e.type = block_type::paragraph;
        e.begin = paragraph_begin_;
        e.end = paragraph_end_;
        s_.events.push_back(e);
        child_closed(llb);
    }

    void close_top() {
        const container c = s_.stack.back();
        s_.stack.pop_back();
        if (c.is_list) {
            const bool loose = c.loose || (c.has_item && c.item_inner_blank);
            s_.events[c.event].tight = !loose;
            block_event e;
            e.type = block_type::list_close;
            e.ordered = c.ordered;
            e.tight = !loose;
            s_.events.push_back(e);
            child_closed(c.llb || (c.has_item && (c.item_llb || c.item_child_ewb)));
        } else {
            block_event e;
            e.type = block_type::item_close;
            s_.events.push_back(e);
            container& list = s_.stack.back();
            list.has_item = true;
            list.item_llb = c.llb;
            list.item_child_ewb = c.child_ewb;
            list.item_inner_blank = c.inner_blank;
        }
    }

    /// Closes the paragraph and every container at depth >= `depth`.
    void close_to(std::size_t depth) {
        if (paragraph_open_) close_paragraph();
        while (s_.stack.size() > depth) close_top();
    }

    void open_list(const list_marker& m, std::size_t marker_at) {
        add_child();
        container c;
        c.is_list = true;
        c.ordered = m.ordered;
        c.marker = m.marker;
        c.event = s_.events.size();
        s_.stack.push_back(c);
        block_event e;
        e.type = block_type::list_open;
        e.ordered = m.ordered;
        e.marker = m.marker;
        e.start = m.start;
        e.begin = marker_at;
        s_.events.push_back(e);
    }

    void open_item(std::size_t marker_at, std::size_t marker_offset, std::size_t padding) {
        container& list = s_.stack.back();
        if (list.has_item) {
            list.loose = list.loose || list.item_llb || list.item_child_ewb || list.item_inner_blank;
            list.has_item = false;
        }
        container c;
        c.marker_offset = marker_offset;
        c.padding = padding;
        c.start_line = line_number_;
        s_.stack.push_back(c);
        block_event e;
        e.type = block_type::item_open;
        e.begin = marker_at;
        s_.events.push_back(e);
    }

    /// The most common line, the next line of a paragraph outside any list, in short: when no
    /// container is open, a line that is not blank and cannot start a list item or a thematic
    /// break (so the paragraph goes on, whatever its indentation) does nothing else.
    bool continues_paragraph(std::size_t begin, std::size_t end) const noexcept {
        if (!paragraph_open_ || !s_.stack.empty()) return false;
        std::size_t i = begin;
        while (i < end && is_space_or_tab(text_[i])) ++i;
        if (i == end) return false;
        const char c = text_[i];
        return !(c == '*' || c == '-' || c == '+' || c == '_' || is_digit(c));
    }

    void process_line(std::size_t begin, std::size_t end) {
        ++line_number_;
        if (continues_paragraph(begin, end)) {
            paragraph_end_ = end;
            return;
        }
        offset_ = begin;
        column_ = 0;
        first_nonspace_ = begin;
        first_nonspace_column_ = 0;
        partially_consumed_tab_ = false;
        line_end_ = end;
        thematic_break_kill_ = 0;

        // 1. Which open containers does the line continue? (Lists always do; items when the
        // line is indented enough, or blank in an item that has content.)
        std::size_t matched = 0;
        bool all_matched = true;
        for (; matched < s_.stack.size(); ++matched) {
            const container& c = s_.stack[matched];
            if (c.is_list) continue;
            find_first_nonspace();
            if (indent_ >= c.marker_offset + c.padding) {
                advance(c.marker_offset + c.padding, true);
            } else if (blank_ && c.has_children) {
                advance(first_nonspace_ - offset_, false);
            } else {
                all_matched = false;
                break;
            }
        }
        find_first_nonspace();
        const bool paragraph_matched = all_matched && paragraph_open_ && !blank_;

        // 2. List items (and lists) starting on the line, one inside the other.
        bool opened = false;
        for (;;) {
            find_first_nonspace();
            if (indent_ >= 4 || blank_ || is_thematic_break(first_nonspace_)) break;
            const bool interrupts_paragraph = paragraph_matched && !opened;
            const list_marker m = parse_list_marker(first_nonspace_, interrupts_paragraph);
            if (m.length == 0) break;
            // The container the item goes into: the list it continues, or a new list.
            const bool continues_list = !opened && !paragraph_matched && matched > 0 &&
                                        s_.stack[matched - 1].is_list && s_.stack[matched - 1].ordered == m.ordered &&
                                        s_.stack[matched - 1].marker == m.marker;
            const std::size_t keep = opened ? s_.stack.size() : matched;
            if (!continues_list && lists_kept(keep) >= max_list_depth_) {
                if (too_deep_at_ == npos) too_deep_at_ = first_nonspace_;
                break;
            }
            const std::size_t marker_at = first_nonspace_;
            const std::size_t marker_offset = indent_;
            advance(first_nonspace_ + m.length - offset_, false);
            const std::size_t save_offset = offset_, save_column = column_;
            const bool save_partial = partially_consumed_tab_;
            while (column_ - save_column <= 5 && offset_ < line_end_ && is_space_or_tab(text_[offset_])) advance(1, true);
            const std::size_t spaces = column_ - save_column;
            std::size_t padding = m.length + spaces;
            if (spaces >= 5 || spaces < 1 || offset_ == line_end_) {
                padding = m.length + 1;
                offset_ = save_offset;
                column_ = save_column;
                partially_consumed_tab_ = save_partial;
                if (spaces > 0) advance(1, true);
            }
            close_to(keep);
            if (!continues_list) {
                if (!s_.stack.empty() && s_.stack.back().is_list) close_top();
                open_list(m, marker_at);
            }
            open_item(marker_at, marker_offset, padding);
            opened = true;
        }

        // 3. Blank-line bookkeeping (cmark's last_line_blank), then the text of the line.
        find_first_nonspace();
        const std::size_t depth = opened ? s_.stack.size() : matched; // the innermost container
        if (paragraph_matched && !opened) {
            for (container& c : s_.stack) c.llb = false;
        } else if (depth > 0) {
            container& c = s_.stack[depth - 1];
            if (blank_) {
                // Its last child now ends with a blank line.
                if (depth < s_.stack.size()) s_.stack[depth].llb = true;
                else if (paragraph_open_) paragraph_llb_ = true;
                else if (c.is_list) c.item_llb = c.item_llb || c.has_item;
                else if (c.has_children) c.child_ewb = true;
            }
            c.llb = blank_ && !(!c.is_list && !c.has_children && c.start_line == line_number_);
            for (std::size_t i = 0; i + 1 < depth; ++i) s_.stack[i].llb = false;
        }

        const bool lazy = paragraph_open_ && !paragraph_matched && !opened && !blank_;
        if (lazy && record_lazy_lines_) s_.lazy_lines.push_back(begin);
        if (lazy || (paragraph_matched && !opened)) {
            paragraph_end_ = line_end_;
            return;
        }
        close_to(depth);
        if (blank_) return;
        if (!s_.stack.empty() && s_.stack.back().is_list) close_top();
        add_child();
        paragraph_open_ = true;
        paragraph_llb_ = false;
        paragraph_begin_ = first_nonspace_;
        paragraph_end_ = line_end_;
    }

    /// How many lists stay open when the containers from `keep` on are closed and the top one,
    /// if it is a list, makes way for a new list.
    std::size_t lists_kept(std::size_t keep) const noexcept {
        std::size_t n = 0;
        for (std::size_t i = 0; i < keep; ++i) n += s_.stack[i].is_list ? 1 : 0;
        if (keep > 0 && s_.stack[keep - 1].is_list) --n;
        return n;
    }


    std::string_view text_;
    block_scratch& s_;
    std::size_t max_list_depth_;
    bool record_lazy_lines_;
    std::size_t too_deep_at_ = npos;

    std::size_t line_number_ = 0;
    std::size_t line_end_ = 0;
    std::size_t offset_ = 0, column_ = 0;
    std::size_t first_nonspace_ = 0, first_nonspace_column_ = 0;
    std::size_t indent_ = 0;
    bool blank_ = false;
    bool partially_consumed_tab_ = false;
    std::size_t thematic_break_kill_ = 0;

    bool paragraph_open_ = false;
    bool paragraph_llb_ = false;
    std::size_t paragraph_begin_ = 0, paragraph_end_ = 0;
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_BLOCKS_HPP
