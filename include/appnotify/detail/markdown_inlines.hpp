// SPDX-License-Identifier: MIT
// Markdown inline structure of one paragraph: emphasis, links, autolinks, line breaks, escapes
// and character references, by cmark-gfm's algorithm (a delimiter stack and a bracket stack)
// with CommonMark 0.31.2's definitions. Code spans, raw HTML and images are recognised, so that
// they take precedence as the spec says, and kept as their literal source text. The result is
// a flat list of inline items; emphasis matches are recorded on the delimiter runs.
//
// Every step is amortised O(1) per input byte: the openers_bottom bounds of the emphasis
// algorithm, a single deactivation mark for link openers, memos for unclosed code spans and
// raw HTML, and cmark's limit of 32 nested parentheses in a link destination.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_INLINES_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_INLINES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "markdown_chars.hpp"
#include "swar.hpp"

namespace appnotify::detail::md {

inline constexpr std::size_t no_index = static_cast<std::size_t>(-1);

/// Items, matches, delimiters and links are numbered with 32 bits, which keeps an item small
/// (the engine refuses inputs of 4 GiB and more).
using slot = std::uint32_t;
inline constexpr slot no_slot = static_cast<slot>(-1);

// Plain text has no item: it is what lies between the items (see the gaps below), so that the
// inline pass records only the paragraph's structure and the output copies runs of the source.
enum class inline_kind : std::uint8_t {
    text,      // source [begin, end) as it is: a '[' or '![' that opened no link or image
    escaped,   // the ASCII punctuation character at begin (after a backslash)
    reference, // the character reference [begin, end)
    softbreak, // [line ending, first character of the next line); count: the line's final spaces
    hardbreak, // the same, or a backslash and the line ending (count 0)
    delimiter, // a run of count '*' or '_' characters at begin; matches below
    link_open, // link: index into links
    link_close,
    autolink,  // the URL [begin, end) between < and >; email: a mailto: link
    literal,   // code span, raw HTML or image: source [begin, end) shown as written; for an
               // image, skip_to is the item after its last one
};

struct inline_item {
    inline_kind kind = inline_kind::text;
    char delimiter = 0;
    bool email = false;
    std::uint32_t begin = 0; // offsets into the text (under 4 GiB)
    std::uint32_t end = 0;
    slot count = 0;   // delimiter: characters left as text; line breaks: spaces before them
    slot link = 0;    // link_open, link_close
    slot skip_to = 0; // literal image
    // Emphasis matches of a delimiter run: closers in the order they were made, openers from
    // the outermost to the innermost (lists through inline_scratch::matches).
    slot first_close = no_slot, last_close = no_slot, first_open = no_slot;
};

struct emphasis_match {
    bool strong = false;
    slot next = no_slot;
};

struct link_span {
    std::size_t begin = 0, end = 0;             // '[' to after ')'
    std::size_t dest_begin = 0, dest_end = 0;   // destination, without < >
    std::size_t title_begin = 0, title_end = 0; // title, without its quotes; empty when none
    slot close_item = 0;                        // index of the link_close item
};

/// Where the plain text before `item` ends: the text of a paragraph is the source between the end
/// of one item (text_after) and the start of the next (text_before), and after the last item up to
/// the paragraph's end (inline_parser::run's result). Text items are part of that text.
constexpr std::size_t text_before(const inline_item& item) noexcept {
    switch (item.kind) {
    case inline_kind::escaped:
    case inline_kind::autolink: return item.begin - 1; // the backslash, the '<'
    case inline_kind::softbreak:
    case inline_kind::hardbreak: return item.begin - item.count; // a line's final spaces are not text
    default: return item.begin;
    }
}
/// Where the plain text after `item` starts.
constexpr std::size_t text_after(const inline_item& item) noexcept {
    return item.kind == inline_kind::autolink ? item.end + 1 : item.end; // after the '>'
}

struct inline_scratch {
    struct delimiter_record {
        slot item;
        slot previous, next;
        slot length; // the run's original length
        char ch;
        bool can_open, can_close;
    };
    struct bracket_record {
        slot item;
        slot previous_delimiter;
        bool image;
    };
    std::vector<inline_item> items;
    std::vector<emphasis_match> matches;
    std::vector<link_span> links;
    std::vector<delimiter_record> delimiters;
    std::vector<bracket_record> brackets;
};

class inline_parser {
public:
    inline_parser(std::string_view text, inline_scratch& scratch, const cmark_029_quirks& quirks = {}) noexcept
        : text_(text), s_(scratch), quirks_(quirks) {}

    /// Parses the paragraph text [begin, end); returns the end of its text (final spaces are
    /// trimmed here).
    std::size_t run(std::size_t begin, std::size_t end) {
        s_.items.clear();
        s_.matches.clear();
        s_.links.clear();
        s_.delimiters.clear();
        s_.brackets.clear();
        while (end > begin && is_whitespace(text_[end - 1])) --end;
        begin_ = begin;
        end_ = end;
        pos_ = begin;
        after_special_ = begin;
        last_delimiter_ = no_slot;
        inactive_below_ = 0;
        backticks_scanned_ = false;
        backticks_cleared_ = false;
        no_html_close_from_[0] = no_html_close_from_[1] = no_html_close_from_[2] = no_html_close_from_[3] = no_index;
        while (pos_ < end_) parse_one();
        process_emphasis(no_slot);
        return end_;
    }

private:
    using delimiter_record = inline_scratch::delimiter_record;
    static constexpr std::size_t max_backticks = 80;

    char at(std::size_t i) const noexcept { return i < end_ ? text_[i] : '\0'; }

    slot add(inline_kind kind, std::size_t begin, std::size_t end) {
        inline_item item;
        item.kind = kind;
        item.begin = static_cast<std::uint32_t>(begin);
        item.end = static_cast<std::uint32_t>(end);
        s_.items.push_back(item);
        return static_cast<slot>(s_.items.size() - 1);
    }

    static constexpr bool is_special(char c) noexcept {
        return c == '\n' || c == '\r' || c == '!' || c == '&' || c == '*' || c == '<' || c == '[' || c == '\\' ||
               c == ']' || c == '_' || c == '`';
    }

    /// A superset of the special characters, 8 at a time (is_special decides): line endings and
    /// the control characters below them, '&', '!', '*', '<', and '[' to '`'.
    static constexpr swar::word special_flags(swar::word w) noexcept {
        return swar::less(w, '\r' + 1) | swar::equal_any(w, '&', '!', '*', '<') | swar::between(w, '[', '`');
    }

    /// Handles the special character or the run of plain text at pos_ (plain text, and a special
    /// character that turns out to be text, add no item).
#if APPNOTIFY_SIMD_SSE2
    /// The same 16 at a time.
    static unsigned special_mask16(swar::sse2::block v) noexcept {
        namespace sse2 = swar::sse2;
        return sse2::mask(_mm_or_si128(sse2::equal_any(v, '\n', '\r', '!', '&', '*', '<'), sse2::between(v, '[', '`')));
    }
#else
    static unsigned special_mask16(int) noexcept { return 0; }
#endif

    void parse_one() {
        const char c = text_[pos_];
        switch (c) {
        case '\r':
        case '\n': newline(); break;
        case '`': backticks(); break;
        case '\\': backslash(); break;
        case '&': reference(); break;
        case '<': pointy(); break;
        case '*':
        case '_': delimiter_run(c); break;
        case '[':
            push_bracket(false, add(inline_kind::text, pos_, pos_ + 1));
            ++pos_;
            break;
        case ']': close_bracket(); break;
        case '!':
            if (at(pos_ + 1) == '[' && !(quirks_.bang_caret_is_not_an_image && at(pos_ + 2) == '^')) {
                push_bracket(true, add(inline_kind::text, pos_, pos_ + 2));
                pos_ += 2;
            } else {
                ++pos_;
            }
            break;
        default:
            pos_ = swar::find_wide(text_.data(), pos_ + 1, end_, text_.size(), special_mask16, special_flags, is_special);
            return;
        }
        after_special_ = pos_;
    }

    void newline() {
        const std::size_t at_newline = pos_;
        // The line's final spaces and tabs are not text; they follow the last special character.
        std::size_t trimmed = at_newline;
        while (trimmed > after_special_ && is_whitespace(text_[trimmed - 1])) --trimmed;
        if (text_[pos_] == '\r') ++pos_;
        if (pos_ < end_ && text_[pos_] == '\n') ++pos_;
        while (pos_ < end_ && is_space_or_tab(text_[pos_])) ++pos_;
        const bool hard = at_newline - begin_ > 1 && text_[at_newline - 1] == ' ' && text_[at_newline - 2] == ' ';
        const slot item = add(hard ? inline_kind::hardbreak : inline_kind::softbreak, at_newline, pos_);
        s_.items[item].count = static_cast<slot>(at_newline - trimmed);
    }

    void backslash() {
        const char next = at(pos_ + 1);
        if (pos_ + 1 < end_ && is_ascii_punctuation(next)) {
            add(inline_kind::escaped, pos_ + 1, pos_ + 2);
            pos_ += 2;
        } else if (pos_ + 1 < end_ && is_line_end(next)) {
            const std::size_t start = pos_;
            ++pos_;
            if (text_[pos_] == '\r') ++pos_;
            if (pos_ < end_ && text_[pos_] == '\n') ++pos_;
            while (pos_ < end_ && is_space_or_tab(text_[pos_])) ++pos_;
            add(inline_kind::hardbreak, start, pos_);
        } else {
            ++pos_; // a backslash before anything else is text
        }
    }

    void reference() {
        const reference_match m = match_reference(text_.substr(0, end_), pos_, quirks_.eight_digit_references);
        if (m.length == 0) { // a '&' that starts no reference is text
            ++pos_;
            return;
        }
        add(inline_kind::reference, pos_, pos_ + m.length);
        pos_ += m.length;
    }

    // ---- code spans: kept literally; cmark's memo of closing runs keeps unclosed ones linear ----
    void backticks() {
        const std::size_t start = pos_;
        while (pos_ < end_ && text_[pos_] == '`') ++pos_;
        const std::size_t length = pos_ - start;
        const std::size_t close = length <= max_backticks ? find_closing_backticks(length) : 0;
        if (close == 0) return; // the run is text
        add(inline_kind::literal, start, close);
        pos_ = close;
    }

    std::size_t find_closing_backticks(std::size_t length) {
        if (backticks_scanned_ && backticks_[length] <= pos_) return 0;
        if (!backticks_cleared_) { // most paragraphs have no backtick: the memo is cleared on first use
            for (std::size_t& b : backticks_) b = 0;
            backticks_cleared_ = true;
        }
        std::size_t i = pos_;
        while (i < end_) {
            while (i < end_ && text_[i] != '`') ++i;
            if (i >= end_) break;
            const std::size_t run = i;
            while (i < end_ && text_[i] == '`') ++i;
            const std::size_t n = i - run;
            if (n <= max_backticks) backticks_[n] = run;
            if (n == length) return i;
        }
        backticks_scanned_ = true;
        return 0;
    }

    // ---- '<': autolinks (links), raw HTML (literal) or a plain '<' ----
    void pointy() {
        const std::size_t start = pos_;
        std::size_t end = scan_uri_autolink(start + 1);
        bool email = false;
        if (end == 0) {
            end = scan_email_autolink(start + 1);
            email = end != 0;
        }
        if (end != 0) {
            const slot item = add(inline_kind::autolink, start + 1, end - 1);
            s_.items[item].email = email;
            pos_ = end;
            return;
        }
        end = scan_html(start);
        if (end != 0) {
            add(inline_kind::literal, start, end);
            pos_ = end;
            return;
        }
        ++pos_; // a '<' that starts neither is text
    }

    std::size_t scheme_length(std::size_t i) const noexcept {
        std::size_t n = 0;
        if (!is_alpha(at(i))) return 0;
        ++n;
        while (n <= 32 && i + n < end_ &&
               (is_alnum(text_[i + n]) || text_[i + n] == '+' || text_[i + n] == '.' || text_[i + n] == '-'))
            ++n;
        return n;
    }

    /// <scheme:...>: the position after '>', or 0.
    std::size_t scan_uri_autolink(std::size_t i) const noexcept {
        const std::size_t n = scheme_length(i);
        if (n < 2 || n > 32 || at(i + n) != ':') return 0;
        for (std::size_t j = i + n + 1; j < end_; ++j) {
            const char c = text_[j];
            if (c == '>') return j + 1;
            if (c == '<' || c == ' ' || is_ascii_control(c)) return 0;
        }
        return 0;
    }

    static constexpr bool is_email_local(char c) noexcept {
        return is_alnum(c) || c == '.' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' ||
               c == '*' || c == '+' || c == '/' || c == '=' || c == '?' || c == '^' || c == '_' || c == '`' ||
               c == '{' || c == '|' || c == '}' || c == '~' || c == '-';
    }

    /// <local@domain>: the position after '>', or 0.
    std::size_t scan_email_autolink(std::size_t i) const noexcept {
        std::size_t j = i;
        while (j < end_ && is_email_local(text_[j])) ++j;
        if (j == i || at(j) != '@') return 0;
        ++j;
        for (;;) {
            const std::size_t label = j;
            while (j < end_ && j - label < 63 && (is_alnum(text_[j]) || text_[j] == '-')) ++j;
            if (j == label || text_[label] == '-' || text_[j - 1] == '-') return 0;
            if (j < end_ && (is_alnum(text_[j]) || text_[j] == '-')) return 0; // label longer than 63
            if (at(j) == '>') return j + 1;
            if (at(j) != '.') return 0;
            ++j;
        }
    }

    // Raw HTML (CommonMark 0.31.2, 6.6): open and closing tags, comments, processing
    // instructions, declarations, CDATA. Shown as text, but recognised so that it takes
    // precedence over emphasis and links the way the spec says.
    std::size_t skip_whitespace(std::size_t j) const noexcept {
        while (j < end_ && is_scanner_whitespace(text_[j])) ++j;
        return j;
    }

    /// The end of the first `needle` at or after `from`, or 0; memo `slot` remembers where none is left.
    std::size_t find_close(std::size_t from, std::string_view needle, int memo) noexcept {
        if (no_html_close_from_[memo] != no_index && from >= no_html_close_from_[memo]) return 0;
        const std::size_t found = text_.substr(0, end_).find(needle, from);
        if (found == std::string_view::npos) {
            no_html_close_from_[memo] = from;
            return 0;
        }
        return found + needle.size();
    }

    std::size_t scan_html(std::size_t start) noexcept {
        std::size_t j = start + 1;
        const char c = at(j);
        if (c == '!' && quirks_.raw_html_029) return scan_html_029(j);
        if (c == '!') {
            if (text_.substr(j, 3) == "!--" && j + 3 <= end_) {
                if (at(j + 3) == '>') return j + 4;                        // <!-->
                if (at(j + 3) == '-' && at(j + 4) == '>') return j + 5;    // <!--->
                return find_close(j + 3, "-->", 0);
            }
            if (j + 8 <= end_ && text_.substr(j, 8) == "![CDATA[") return find_close(j + 8, "]]>", 1);
            if (is_alpha(at(j + 1))) return find_close(j + 2, ">", 2);
            return 0;
        }
        if (c == '?') return quirks_.raw_html_029 ? scan_processing_instruction_029(j + 1) : find_close(j + 1, "?>", 3);
        const bool closing = c == '/';
        if (closing) ++j;
        if (!is_alpha(at(j))) return 0;
        while (j < end_ && (is_alnum(text_[j]) || text_[j] == '-')) ++j;
        if (closing) {
            j = skip_whitespace(j);
            return at(j) == '>' ? j + 1 : 0;
        }
        for (;;) {
            const std::size_t before = j;
            j = skip_whitespace(j);
            if (at(j) == '>') return j + 1;
            if (at(j) == '/') return at(j + 1) == '>' ? j + 2 : 0;
            if (j == before) return 0; // an attribute needs whitespace before it
            const char first = at(j);
            if (!(is_alpha(first) || first == '_' || first == ':')) return 0;
            ++j;
            while (j < end_ && (is_alnum(text_[j]) || text_[j] == '_' || text_[j] == '.' || text_[j] == ':' || text_[j] == '-'))
                ++j;
            const std::size_t after_name = j;
            j = skip_whitespace(j);
            if (at(j) != '=') {
                j = after_name;
                continue;
            }
            j = skip_whitespace(j + 1);
            const char q = at(j);
            if (q == '"' || q == '\'') {
                const std::size_t close = text_.substr(0, end_).find(q, j + 1);
                if (close == std::string_view::npos) return 0;
                j = close + 1;
            } else {
                const std::size_t value = j;
                while (j < end_ && !is_scanner_whitespace(text_[j]) && text_[j] != '"' && text_[j] != '\'' &&
                       text_[j] != '=' && text_[j] != '<' && text_[j] != '>' && text_[j] != '`')
                    ++j;
                if (j == value) return 0;
            }
        }
    }

    /// CommonMark 0.29's comments and declarations (cmark_029_quirks::raw_html_029), from the '!'.
    std::size_t scan_html_029(std::size_t j) noexcept {
        if (j + 3 <= end_ && text_.substr(j, 3) == "!--") {
            const std::size_t text = j + 3;
            if (at(text) == '>' || (at(text) == '-' && at(text + 1) == '>')) return 0;
            const std::size_t dashes = text_.substr(0, end_).find("--", text);
            if (dashes == std::string_view::npos || at(dashes + 2) != '>') return 0;
            return dashes + 3;
        }
        if (j + 8 <= end_ && text_.substr(j, 8) == "![CDATA[") return find_close(j + 8, "]]>", 1);
        std::size_t k = j + 1;
        while (k < end_ && text_[k] >= 'A' && text_[k] <= 'Z') ++k;
        if (k == j + 1 || k >= end_ || !is_scanner_whitespace(text_[k])) return 0;
        const std::size_t close = text_.substr(0, end_).find('>', k);
        return close == std::string_view::npos ? 0 : close + 1;
    }

    /// cmark-gfm 0.29's processing instructions (cmark_029_quirks::raw_html_029): its scanner
    /// reads "?x" in pairs, so "<?a??>" never ends.
    std::size_t scan_processing_instruction_029(std::size_t j) const noexcept {
        while (j < end_) {
            if (text_[j] != '?') ++j;
            else if (at(j + 1) == '>') return j + 2;
            else j += 2;
        }
        return 0;
    }

    // ---- emphasis delimiter runs ----
    void delimiter_run(char c) {
        const std::size_t start = pos_;
        while (pos_ < end_ && text_[pos_] == c) ++pos_;
        const char32_t before = code_point_before(text_, begin_, start);
        const char32_t after = code_point_at(text_, pos_, end_);
        const bool before_space = is_unicode_whitespace(before), after_space = is_unicode_whitespace(after);
        const auto punctuation = quirks_.punctuation != nullptr ? quirks_.punctuation
                                                               : [](char32_t cp) { return is_unicode_punctuation(cp); };
        const bool before_punct = punctuation(before), after_punct = punctuation(after);
        const bool left = !after_space && (!after_punct || before_space || before_punct);
        const bool right = !before_space && (!before_punct || after_space || after_punct);
        bool can_open = left, can_close = right;
        if (c == '_') {
            can_open = left && (!right || before_punct);
            can_close = right && (!left || after_punct);
        }
        const slot item = add(inline_kind::delimiter, start, pos_);
        const auto length = static_cast<slot>(pos_ - start);
        s_.items[item].delimiter = c;
        s_.items[item].count = length;
        if (!can_open && !can_close) return;
        delimiter_record d{item, last_delimiter_, no_slot, length, c, can_open, can_close};
        s_.delimiters.push_back(d);
        const auto index = static_cast<slot>(s_.delimiters.size() - 1);
        if (last_delimiter_ != no_slot) s_.delimiters[last_delimiter_].next = index;
        last_delimiter_ = index;
    }

    void remove_delimiter(slot d) noexcept {
        delimiter_record& r = s_.delimiters[d];
        if (r.next == no_slot) last_delimiter_ = r.previous;
        else s_.delimiters[r.next].previous = r.previous;
        if (r.previous != no_slot) s_.delimiters[r.previous].next = r.next;
    }

    /// CommonMark's "process emphasis" over the delimiters above `stack_bottom`.
    void process_emphasis(slot stack_bottom) {
        // openers_bottom per delimiter character, closer-can-open and closer length mod 3.
        slot openers_bottom[2][2][3];
        for (auto& by_char : openers_bottom)
            for (auto& by_open : by_char)
                for (slot& bottom : by_open) bottom = stack_bottom;

        slot closer = last_delimiter_;
        while (closer != no_slot && s_.delimiters[closer].previous != stack_bottom) closer = s_.delimiters[closer].previous;
        if (closer == stack_bottom) closer = no_slot;
        while (closer != no_slot) {
            const delimiter_record& c = s_.delimiters[closer];
            if (!c.can_close) {
                closer = c.next;
                continue;
            }
            slot& bottom =
                openers_bottom[c.ch == '_'][c.can_open && !quirks_.openers_bottom_by_length_only][c.length % 3];
            slot opener = c.previous;
            bool found = false;
            while (opener != no_slot && opener != stack_bottom && opener != bottom) {
                const delimiter_record& o = s_.delimiters[opener];
                if (o.can_open && o.ch == c.ch &&
                    (!(c.can_open || o.can_close) || c.length % 3 == 0 || (o.length + c.length) % 3 != 0)) {
                    found = true;
                    break;
                }
                opener = o.previous;
            }
            const slot old_closer = closer;
            if (found) {
                closer = insert_emphasis(opener, closer);
            } else {
                bottom = s_.delimiters[old_closer].previous;
                closer = s_.delimiters[old_closer].next;
                if (!s_.delimiters[old_closer].can_open) remove_delimiter(old_closer);
            }
        }
        while (last_delimiter_ != no_slot && last_delimiter_ != stack_bottom) remove_delimiter(last_delimiter_);
    }

    slot insert_emphasis(slot opener, slot closer) {
        inline_item& open_item = s_.items[s_.delimiters[opener].item];
        inline_item& close_item = s_.items[s_.delimiters[closer].item];
        const slot use = (open_item.count >= 2 && close_item.count >= 2) ? 2 : 1;
        open_item.count -= use;
        close_item.count -= use;
        // Record the match: the closer's list in order, the opener's from the outside in.
        s_.matches.push_back({use == 2, no_slot});
        const auto m_close = static_cast<slot>(s_.matches.size() - 1);
        if (close_item.last_close == no_slot) close_item.first_close = m_close;
        else s_.matches[close_item.last_close].next = m_close;
        close_item.last_close = m_close;
        s_.matches.push_back({use == 2, open_item.first_open});
        open_item.first_open = static_cast<slot>(s_.matches.size() - 1);

        // Delimiters between the two can no longer match anything.
        slot d = s_.delimiters[closer].previous;
        while (d != no_slot && d != opener) {
            const slot previous = s_.delimiters[d].previous;
            remove_delimiter(d);
            d = previous;
        }
        if (open_item.count == 0) remove_delimiter(opener);
        if (close_item.count == 0) {
            const slot next = s_.delimiters[closer].next;
            remove_delimiter(closer);
            return next;
        }
        return closer;
    }

    // ---- links and images ----
    void push_bracket(bool image, slot item) {
        s_.brackets.push_back({item, last_delimiter_, image});
    }

    void pop_bracket() noexcept {
        s_.brackets.pop_back();
        if (inactive_below_ > s_.brackets.size()) inactive_below_ = s_.brackets.size();
    }

    bool bracket_active(std::size_t b) const noexcept {
        return s_.brackets[b].image || b >= inactive_below_;
    }

    /// cmark's scan of optional whitespace ([ \t\v\f\r\n]*).
    std::size_t spacechars(std::size_t i) const noexcept {
        while (i < end_ && is_scanner_whitespace(text_[i])) ++i;
        return i;
    }

    /// What ends or nests a link destination: a backslash, parentheses, whitespace, control characters.
    static constexpr bool is_destination_special(char c) noexcept {
        return c == '\\' || c == '(' || c == ')' || is_whitespace(c) || is_ascii_control(c);
    }
    /// The same 8 at a time, with NUL too (is_destination_special decides).
    static constexpr swar::word destination_flags(swar::word w) noexcept {
        return swar::less(w, '!') | swar::equal(w, 0x7F) | swar::equal(w, '\\') |
               swar::equal(w | swar::broadcast(1), ')'); // '(' or ')'
    }

    /// A link destination at `i`: the position after it, or no_index.
    std::size_t scan_destination(std::size_t i, std::size_t& dest_begin, std::size_t& dest_end) const noexcept {
        if (at(i) == '<') {
            std::size_t j = i + 1;
            while (j < end_) {
                const char c = text_[j];
                if (c == '>') {
                    dest_begin = i + 1;
                    dest_end = j;
                    return j + 1;
                }
                if (c == '\\') j += (at(j + 1) == '\r' && at(j + 2) == '\n') ? 3 : 2;
                else if (c == '\n' || c == '\r' || c == '<') return no_index;
                else ++j;
            }
            return no_index;
        }
        std::size_t j = i;
        std::size_t parens = 0;
        while ((j = swar::find(text_.data(), j, end_, destination_flags, is_destination_special)) < end_) {
            const char c = text_[j];
            if (c == '\\' && j + 1 < end_ && is_ascii_punctuation(text_[j + 1])) {
                j += 2;
            } else if (c == '(') {
                if (++parens > 32) return no_index;
                ++j;
            } else if (c == ')') {
                if (parens == 0) break;
                --parens;
                ++j;
            } else if (is_whitespace(c) || is_ascii_control(c)) {
                if (j == i) return no_index;
                break;
            } else {
                ++j; // a backslash before anything else
            }
        }
        if (j >= end_ || (parens != 0 && !quirks_.unbalanced_destination_parentheses)) return no_index;
        dest_begin = i;
        dest_end = j;
        return j;
    }

    /// A link title at `i` ("...", '...' or (...)): the position after it, or `i`. Like cmark's
    /// scanner, this takes the longest match: a quote preceded by a backslash may stay inside the
    /// title or close it, whichever makes the title longer.
    std::size_t scan_title(std::size_t i) const noexcept {
        const char open = at(i);
        if (open != '"' && open != '\'' && open != '(') return i;
        const char close = open == '(' ? ')' : open;
        std::size_t longest = i;
        for (std::size_t j = i + 1; j < end_; ++j) {
            const char c = text_[j];
            if (c != close && !(open == '(' && c == '(')) continue;
            const bool escaped = text_[j - 1] == '\\' && j - 1 > i;
            if (!escaped) return c == close ? j + 1 : longest;
            if (c == close) longest = j + 1;
        }
        return longest;
    }

    void close_bracket() {
        const std::size_t after = pos_ + 1;
        if (s_.brackets.empty()) {
            pos_ = after; // a ']' that closes nothing is text
            return;
        }
        const std::size_t b = s_.brackets.size() - 1;
        if (!bracket_active(b)) {
            pop_bracket();
            pos_ = after; // a ']' that closes nothing is text
            return;
        }
        link_span link;
        std::size_t end = no_index;
        if (at(after) == '(') {
            const std::size_t dest_at = spacechars(after + 1);
            link.dest_begin = link.dest_end = dest_at;
            const std::size_t end_dest = scan_destination(dest_at, link.dest_begin, link.dest_end);
            if (end_dest != no_index) {
                const std::size_t title_at = spacechars(end_dest);
                const std::size_t end_title = title_at == end_dest ? title_at : scan_title(title_at);
                if (end_title != title_at) {
                    link.title_begin = title_at + 1;
                    link.title_end = end_title - 1;
                }
                const std::size_t close = spacechars(end_title);
                if (at(close) == ')') end = close + 1;
            }
        }
        if (end == no_index) {
            pop_bracket();
            pos_ = after; // a ']' that closes nothing is text
            return;
        }
        const auto bracket = s_.brackets[b];
        inline_item& open = s_.items[bracket.item];
        link.begin = open.begin;
        link.end = end;
        if (bracket.image) {
            open.kind = inline_kind::literal;
            open.end = static_cast<std::uint32_t>(end);
        } else {
            open.kind = inline_kind::link_open;
            open.link = static_cast<slot>(s_.links.size());
        }
        // The link's close item spans "](destination)", so that the text after it starts at `end`.
        const slot close_item = add(bracket.image ? inline_kind::text : inline_kind::link_close, pos_, end);
        if (bracket.image) {
            s_.items[bracket.item].skip_to = close_item + 1;
        } else {
            s_.items[close_item].link = static_cast<slot>(s_.links.size());
            link.close_item = close_item;
            s_.links.push_back(link);
        }
        pos_ = end;
        process_emphasis(bracket.previous_delimiter);
        pop_bracket();
        // Links may not contain links: every earlier '[' is inactive now.
        if (!bracket.image) inactive_below_ = s_.brackets.size();
    }

    std::string_view text_;
    inline_scratch& s_;
    cmark_029_quirks quirks_;
    std::size_t begin_ = 0, end_ = 0, pos_ = 0;
    std::size_t after_special_ = 0; // the end of the last special character's construct
    slot last_delimiter_ = no_slot;
    std::size_t inactive_below_ = 0;
    bool backticks_scanned_ = false;
    bool backticks_cleared_ = false;
    std::size_t backticks_[max_backticks + 1]; // cleared when the first backtick run is scanned
    std::size_t no_html_close_from_[4] = {no_index, no_index, no_index, no_index};
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_INLINES_HPP
