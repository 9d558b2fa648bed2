// SPDX-License-Identifier: MIT
// The terminal sinks of the markdown renderer: ANSI (bold, italic, OSC 8 hyperlinks) and plain
// text. Both lay out paragraphs and lists the same way, can wrap at a display width, and never
// let a control character of the input reach the output.
#ifndef APPNOTIFY_DETAIL_MARKDOWN_TERMINAL_HPP
#define APPNOTIFY_DETAIL_MARKDOWN_TERMINAL_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "display_width.hpp"
#include "foreign_characters.hpp"
#include "format.hpp"
#include "markdown_chars.hpp"
#include "../markdown_events.hpp"
#include "utf8.hpp"

namespace appnotify::detail::md {

struct terminal_settings {
    bool ansi = false;         // SGR bold/italic and OSC 8 hyperlinks
    bool hyperlinks = true;    // ANSI: OSC 8 (otherwise "text <URL>")
    std::size_t wrap_width = 0; // 0: no wrapping
};

/// What a character of the input becomes on a terminal.
enum class terminal_char : std::uint8_t { keep, space, tab, line_break, drop, replace, picture };

/// The terminal policy for one code point (`valid` false for NUL and invalid UTF-8), by its class
/// in the one table of foreign characters: controls are shown as pictures (C0, DEL) or U+FFFD
/// (C1), bidi controls as U+FFFD, invisible characters are dropped; bidi marks and joiners stay,
/// since right-to-left text, scripts and emoji sequences need them.
constexpr terminal_char classify_for_terminal(char32_t cp, bool valid) noexcept {
    if (!valid || cp == 0) return terminal_char::replace;
    if (cp == ' ') return terminal_char::space;
    if (cp == '\t') return terminal_char::tab;
    if (cp == '\n') return terminal_char::line_break;
    switch (classify_foreign(cp)) {
    case foreign_class::control: return cp < 0x20 || cp == 0x7F ? terminal_char::picture : terminal_char::replace;
    case foreign_class::line_separator: return terminal_char::line_break;
    case foreign_class::bidi_control: return terminal_char::replace;
    case foreign_class::invisible: return terminal_char::drop;
    case foreign_class::bidi_mark:
    case foreign_class::joiner:
    case foreign_class::none: break;
    }
    return terminal_char::keep;
}

struct terminal_scratch {
    struct list_state {
        bool ordered;
        bool tight;
        bool first_item;
    };
    struct item_state {
        std::size_t width; // marker and the space after it
        bool has_blocks;
    };
    std::vector<list_state> lists;
    std::vector<item_state> items;
    std::string word;      // the word being built (with any escape sequences inside it)
    std::string markers;   // list markers waiting for the first content of their items
    std::string link_text; // the visible text of the current link
    std::string url;       // its URL, percent-encoded
    std::string line_url;  // the URL of the OSC 8 hyperlink open at the end of the output
    std::string piece;
};

inline constexpr std::string_view osc8_close = "\x1b]8;;\x1b\\";

/// The length of the escape sequence the renderer wrote at `text[at]` (an ESC): CSI (SGR) or OSC
/// ended by ST.
inline std::size_t escape_sequence_length(std::string_view text, std::size_t at) noexcept {
    const bool osc = at + 1 < text.size() && text[at + 1] == ']';
    std::size_t length = 2;
    while (at + length < text.size()) {
        const char c = text[at + length];
        ++length;
        if (osc ? (c == '\\' && text[at + length - 2] == '\x1b') : (c >= '@' && c <= '~')) break;
    }
    return length;
}

/// The ANSI and plain-text outputs, handlers of the event interface (markdown_events.hpp).
///
/// Wrapping breaks lines at spaces, and around East Asian wide characters: a word (and so a
/// URL, written as one word) is never cut, and one wider than the line stands on a line of its
/// own. A hyperlink whose text is wrapped is closed at the end of each line and opened again
/// after the next line's indentation, so that every line holds whole OSC 8 hyperlinks and no
/// indentation is a link.
class terminal_sink {
public:
    terminal_sink(std::string& out, const terminal_settings& settings, terminal_scratch& scratch) noexcept
        : out_(out), start_(out.size()), settings_(settings), s_(scratch) {
        s_.lists.clear();
        s_.items.clear();
        s_.word.clear();
        s_.markers.clear();
        s_.link_text.clear();
    }

    std::size_t output_size() const noexcept {
        return out_.size() - start_ + s_.word.size() + s_.markers.size();
    }

    /// Writes what is still buffered.
    void finish() {
        flush_word();
        trim_line();
    }

    void enter_block(const markdown_block& block) {
        switch (block.type) {
        case markdown_block_type::paragraph: block_start(); return;
        case markdown_block_type::bullet_list:
        case markdown_block_type::ordered_list:
            block_start();
            s_.lists.push_back({block.type == markdown_block_type::ordered_list, block.tight, true});
            return;
        case markdown_block_type::list_item: item_open(block); return;
        }
    }
    void leave_block(const markdown_block& block) {
        switch (block.type) {
        case markdown_block_type::paragraph: flush_word(); return;
        case markdown_block_type::bullet_list:
        case markdown_block_type::ordered_list: s_.lists.pop_back(); return;
        case markdown_block_type::list_item: item_close(); return;
        }
    }

    void text(std::string_view text) {
        std::size_t i = 0;
        while (i < text.size()) {
            const auto b = static_cast<unsigned char>(text[i]);
            if (b > 0x20 && b < 0x7F) { // a run of printable ASCII, one column each, goes as a whole
                std::size_t end = i + 1;
                while (end < text.size() && static_cast<unsigned char>(text[end]) > 0x20 &&
                       static_cast<unsigned char>(text[end]) < 0x7F)
                    ++end;
                add_narrow_run(text.substr(i, end - i));
                i = end;
                continue;
            }
            char32_t cp = b;
            std::size_t length = 1;
            bool valid = true;
            if (b >= 0x80) {
                const utf8_decoded d = decode_utf8(text, i);
                cp = d.code_point;
                length = d.length;
                valid = d.error == utf8_error::none;
            }
            switch (classify_for_terminal(cp, valid)) {
            case terminal_char::keep: add_char(text.substr(i, length), display_width(cp)); break;
            case terminal_char::space: add_space(); break;
            case terminal_char::tab:
                if (settings_.wrap_width != 0) add_space();
                else add_char("\t", 1);
                break;
            case terminal_char::line_break: new_line(); break;
            case terminal_char::drop: break;
            case terminal_char::replace: add_char(replacement_utf8, 1); break;
            case terminal_char::picture: {
                utf8_buffer picture;
                append_utf8(picture, cp == 0x7F ? char32_t{0x2421} : char32_t{0x2400} + cp);
                add_char(picture.view(), 1);
                break;
            }
            }
            i += length;
        }
    }

    void soft_break() {
        if (settings_.wrap_width != 0) add_space();
        else new_line();
    }
    void hard_break() { new_line(); }

    void enter_span(const markdown_span& span) {
        switch (span.type) {
        case markdown_span_type::emphasis: emphasis_open(false); return;
        case markdown_span_type::strong: emphasis_open(true); return;
        case markdown_span_type::link: link_open(span.href); return;
        }
    }
    void leave_span(const markdown_span& span) {
        switch (span.type) {
        case markdown_span_type::emphasis: emphasis_close(false); return;
        case markdown_span_type::strong: emphasis_close(true); return;
        case markdown_span_type::link: link_close(); return;
        }
    }

private:
    enum class link_change : std::uint8_t { none, opened, closed };

    bool osc8() const noexcept { return settings_.ansi && settings_.hyperlinks; }

    void item_open(const markdown_block& item) {
        terminal_scratch::list_state& list = s_.lists.back();
        if (!list.first_item) request_break(list.tight ? 1 : 2);
        list.first_item = false;
        if (s_.markers.empty()) markers_indent_ = indent_;
        const std::size_t before = s_.markers.size();
        if (list.ordered) {
            append_all(s_.markers, item.number);
            s_.markers.push_back(item.marker);
        } else {
            s_.markers.append(settings_.ansi ? "\xE2\x80\xA2" : "-");
        }
        const std::size_t width = display_width(std::string_view(s_.markers).substr(before)) + 1;
        s_.markers.push_back(' ');
        s_.items.push_back({width, false});
        indent_ += width;
    }
    void item_close() {
        if (!s_.markers.empty()) {
            flush_word();
            begin_content();
        }
        indent_ -= s_.items.back().width;
        s_.items.pop_back();
    }

    void emphasis_open(bool strong) {
        if (!settings_.ansi) return;
        if (strong ? bold_++ == 0 : italic_++ == 0) s_.word.append(strong ? "\x1b[1m" : "\x1b[3m");
    }
    void emphasis_close(bool strong) {
        if (!settings_.ansi) return;
        if (strong ? --bold_ == 0 : --italic_ == 0) s_.word.append(strong ? "\x1b[22m" : "\x1b[23m");
    }

    void link_open(std::string_view href) {
        s_.url.clear();
        append_href_escaped(s_.url, href, false);
        raw_url_ = href;
        s_.link_text.clear();
        in_link_ = true;
        if (osc8()) {
            append_osc8_open(s_.word, s_.url);
            word_link_ = link_change::opened;
        }
    }
    void link_close() {
        in_link_ = false;
        if (osc8()) {
            s_.word.append(osc8_close);
            word_link_ = link_change::closed;
            return;
        }
        const std::string_view shown = s_.link_text;
        const std::string_view url = s_.url;
        if (shown == url || shown == raw_url_ || (url.substr(0, 7) == "mailto:" && shown == url.substr(7))) return;
        s_.piece.clear();
        if (!shown.empty()) s_.piece.append(settings_.ansi ? " <" : " (");
        s_.piece.append(url);
        if (!shown.empty()) s_.piece.push_back(settings_.ansi ? '>' : ')');
        text(s_.piece);
    }

    static void append_osc8_open(std::string& out, std::string_view url) {
        out.append("\x1b]8;;");
        out.append(url);
        out.append("\x1b\\");
    }

    void block_start() {
        if (s_.items.empty()) {
            if (document_has_blocks_) request_break(2);
            document_has_blocks_ = true;
            return;
        }
        terminal_scratch::item_state& item = s_.items.back();
        if (item.has_blocks) request_break(s_.lists.back().tight ? 1 : 2);
        item.has_blocks = true;
    }

    void request_break(int lines) {
        flush_word();
        if (any_output_ && lines > pending_break_) pending_break_ = lines;
    }

    void trim_line() {
        while (out_.size() > start_ && out_.back() == ' ') out_.pop_back();
    }

    /// Ends the line; a hyperlink open at its end is closed, to be opened again before the next
    /// visible character.
    void end_line() {
        trim_line();
        if (link_open_now_) {
            out_.append(osc8_close);
            link_open_now_ = false;
            link_suspended_ = true;
        }
        out_.push_back('\n');
    }

    void reopen_link() {
        if (!link_suspended_) return;
        link_suspended_ = false;
        link_open_now_ = true;
        append_osc8_open(out_, s_.line_url);
    }

    /// Called before anything visible: writes the pending line breaks, the indentation and the
    /// list markers waiting for their first content.
    void begin_content() {
        if (pending_break_ != 0) {
            trim_line();
            out_.append(static_cast<std::size_t>(pending_break_), '\n');
            pending_break_ = 0;
            column_ = 0;
            line_started_ = false;
        }
        if (!line_started_) {
            const std::size_t pad = s_.markers.empty() ? indent_ : markers_indent_;
            out_.append(pad, ' ');
            column_ = pad;
            line_started_ = true;
        }
        if (!s_.markers.empty()) {
            out_.append(s_.markers);
            column_ += display_width(std::string_view(s_.markers));
            s_.markers.clear();
        }
        any_output_ = true;
    }

    void new_line() {
        flush_word();
        begin_content();
        end_line();
        column_ = 0;
        line_started_ = false;
        spaces_ = 0;
    }

    void add_char(std::string_view bytes, std::size_t width) {
        if (in_link_) s_.link_text.append(bytes);
        // East Asian wide characters are written without spaces, and a line may break before
        // and after each (UAX #14); marks of zero width stay with the character before them.
        if ((width == 2) | after_wide_) {
            if (width != 0) {
                flush_word();
                after_wide_ = width == 2;
            }
        }
        s_.word.append(bytes);
        word_width_ += width;
    }

    /// add_char for characters of one column each, none a mark.
    void add_narrow_run(std::string_view bytes) {
        if (after_wide_) {
            flush_word();
            after_wide_ = false;
        }
        if (in_link_) s_.link_text.append(bytes);
        s_.word.append(bytes);
        word_width_ += bytes.size();
    }

    void add_space() {
        if (in_link_) s_.link_text.push_back(' ');
        flush_word();
        after_wide_ = false;
        ++spaces_;
    }

    /// A hyperlink closed at the end of the last line and closed again before any visible
    /// character of this word needs no reopening: the close goes, and so does the reopening.
    void drop_reopened_close() {
        std::size_t i = 0;
        while (i < s_.word.size() && s_.word[i] == '\x1b') {
            const std::size_t length = escape_sequence_length(s_.word, i);
            if (std::string_view(s_.word).substr(i, length) == osc8_close) {
                s_.word.erase(i, length);
                link_suspended_ = false;
                return;
            }
            i += length;
        }
    }

    void flush_word() {
        if (s_.word.empty()) return;
        begin_content();
        if (word_width_ != 0) {
            std::size_t spaces = spaces_;
            const std::size_t width = settings_.wrap_width;
            if (width != 0) {
                const bool at_start = column_ == indent_;
                spaces = (spaces != 0 && !at_start) ? 1 : 0;
                if (!at_start && column_ + spaces + word_width_ > width) {
                    break_line();
                    spaces = 0;
                }
            }
            out_.append(spaces, ' ');
            column_ += spaces;
            spaces_ = 0;
        }
        if (link_suspended_) {
            drop_reopened_close();
            reopen_link();
        }
        out_.append(s_.word); // whole: a word wider than the line overflows it
        column_ += word_width_;
        if (word_link_ != link_change::none) {
            link_open_now_ = word_link_ == link_change::opened;
            if (link_open_now_) s_.line_url = s_.url;
            word_link_ = link_change::none;
        }
        s_.word.clear();
        word_width_ = 0;
    }

    void break_line() {
        end_line();
        out_.append(indent_, ' ');
        column_ = indent_;
    }

    std::string& out_;
    std::size_t start_;
    const terminal_settings& settings_;
    terminal_scratch& s_;
    std::string_view raw_url_;
    std::size_t indent_ = 0;
    std::size_t markers_indent_ = 0;
    std::size_t column_ = 0;
    std::size_t word_width_ = 0;
    std::size_t spaces_ = 0;
    int pending_break_ = 0;
    int bold_ = 0, italic_ = 0;
    link_change word_link_ = link_change::none;
    bool link_open_now_ = false;  // an OSC 8 hyperlink is open at the end of the output
    bool link_suspended_ = false; // one was closed at the end of a line, to be opened again
    bool any_output_ = false;
    bool line_started_ = false;
    bool document_has_blocks_ = false;
    bool in_link_ = false;
    bool after_wide_ = false; // the last character of the word is East Asian wide
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_TERMINAL_HPP
