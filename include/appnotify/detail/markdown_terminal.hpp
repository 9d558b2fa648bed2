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
#include "format.hpp"
#include "markdown_chars.hpp"
#include "markdown_render.hpp"
#include "utf8.hpp"

namespace appnotify::detail::md {

struct terminal_settings {
    bool ansi = false;         // SGR bold/italic and OSC 8 hyperlinks
    bool hyperlinks = true;    // ANSI: OSC 8 (otherwise "text <URL>")
    std::size_t wrap_width = 0; // 0: no wrapping
};

/// What a character of the input becomes on a terminal.
enum class terminal_char : std::uint8_t { keep, space, tab, line_break, drop, replace, picture };

/// The terminal policy for one code point (`valid` false for NUL and invalid UTF-8).
constexpr terminal_char classify_for_terminal(char32_t cp, bool valid) noexcept {
    if (!valid || cp == 0) return terminal_char::replace;
    if (cp == ' ') return terminal_char::space;
    if (cp == '\t') return terminal_char::tab;
    if (cp == '\n' || cp == 0x2028 || cp == 0x2029) return terminal_char::line_break;
    if (cp < 0x20 || cp == 0x7F) return terminal_char::picture;            // C0 and DEL: visible pictures
    if (cp >= 0x80 && cp <= 0x9F) return terminal_char::replace;           // C1
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) // bidi embeddings, overrides, isolates
        return terminal_char::replace;
    if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E || (cp >= 0xE0000 && cp <= 0xE007F))
        return terminal_char::drop; // invisible: zero-width spaces, word joiner, tag characters
    return terminal_char::keep;
}

struct terminal_scratch {
    struct list_state {
        bool ordered;
        bool tight;
        char marker;
        bool first_item;
        std::uint32_t next;
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
    std::string piece;
};

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

    std::size_t size() const noexcept { return out_.size() - start_ + s_.word.size() + s_.markers.size(); }

    /// Writes what is still buffered.
    void finish() {
        flush_word();
        trim_line();
    }

    void list_open(bool ordered, std::uint32_t start, char marker, bool tight) {
        block_start();
        s_.lists.push_back({ordered, tight, marker, true, start});
    }
    void list_close(bool) { s_.lists.pop_back(); }

    void item_open() {
        terminal_scratch::list_state& list = s_.lists.back();
        if (!list.first_item) request_break(list.tight ? 1 : 2);
        list.first_item = false;
        if (s_.markers.empty()) markers_indent_ = indent_;
        const std::size_t before = s_.markers.size();
        if (list.ordered) {
            append_all(s_.markers, list.next);
            s_.markers.push_back(list.marker);
            ++list.next;
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

    void paragraph_open(bool) { block_start(); }
    void paragraph_close(bool) { flush_word(); }

    void text(std::string_view text) {
        std::size_t i = 0;
        while (i < text.size()) {
            const auto b = static_cast<unsigned char>(text[i]);
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

    void softbreak() {
        if (settings_.wrap_width != 0) add_space();
        else new_line();
    }
    void hardbreak() { new_line(); }

    void emphasis_open(bool strong) {
        if (!settings_.ansi) return;
        if (strong ? bold_++ == 0 : italic_++ == 0) s_.word.append(strong ? "\x1b[1m" : "\x1b[3m");
    }
    void emphasis_close(bool strong) {
        if (!settings_.ansi) return;
        if (strong ? --bold_ == 0 : --italic_ == 0) s_.word.append(strong ? "\x1b[22m" : "\x1b[23m");
    }

    void link_open(const link_event& link) {
        s_.url.clear();
        append_href_escaped(s_.url, link.href, false);
        raw_url_ = link.href;
        s_.link_text.clear();
        in_link_ = true;
        if (osc8()) {
            s_.word.append("\x1b]8;;");
            s_.word.append(s_.url);
            s_.word.append("\x1b\\");
        }
    }
    void link_close() {
        in_link_ = false;
        if (osc8()) {
            s_.word.append("\x1b]8;;\x1b\\");
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

private:
    bool osc8() const noexcept { return settings_.ansi && settings_.hyperlinks; }

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
        trim_line();
        out_.push_back('\n');
        column_ = 0;
        line_started_ = false;
        spaces_ = 0;
    }

    void add_char(std::string_view bytes, std::size_t width) {
        if (in_link_) s_.link_text.append(bytes);
        s_.word.append(bytes);
        word_width_ += width;
    }

    void add_space() {
        if (in_link_) s_.link_text.push_back(' ');
        flush_word();
        ++spaces_;
    }

    void flush_word() {
        if (s_.word.empty()) return;
        begin_content();
        if (word_width_ == 0) {
            out_.append(s_.word); // escape sequences only
            s_.word.clear();
            return;
        }
        const std::size_t width = settings_.wrap_width;
        std::size_t spaces = spaces_;
        const bool at_start = column_ == content_start();
        if (width != 0) {
            spaces = (spaces != 0 && !at_start) ? 1 : 0;
            if (!at_start && column_ + spaces + word_width_ > width) {
                break_line();
                spaces = 0;
            }
        }
        out_.append(spaces, ' ');
        column_ += spaces;
        spaces_ = 0;
        if (width != 0 && column_ + word_width_ > width) write_split();
        else {
            out_.append(s_.word);
            column_ += word_width_;
        }
        s_.word.clear();
        word_width_ = 0;
    }

    std::size_t content_start() const noexcept { return indent_; }

    void break_line() {
        trim_line();
        out_.push_back('\n');
        out_.append(indent_, ' ');
        column_ = indent_;
    }

    /// Writes a word longer than the line, cut between characters (escape sequences stay whole).
    void write_split() {
        const std::string& word = s_.word;
        std::size_t i = 0;
        while (i < word.size()) {
            std::size_t length = 1, w = 0;
            if (word[i] == '\x1b') {
                const bool osc = i + 1 < word.size() && word[i + 1] == ']';
                length = 2;
                while (i + length < word.size()) {
                    const char c = word[i + length];
                    ++length;
                    if (osc ? (c == '\\' && word[i + length - 2] == '\x1b') : (c >= '@' && c <= '~')) break;
                }
            } else {
                const utf8_decoded d = decode_utf8(word, i);
                length = d.length;
                w = display_width(d.code_point);
            }
            if (w != 0 && column_ > content_start() && column_ + w > settings_.wrap_width) break_line();
            out_.append(word, i, length);
            column_ += w;
            i += length;
        }
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
    bool any_output_ = false;
    bool line_started_ = false;
    bool document_has_blocks_ = false;
    bool in_link_ = false;
};

} // namespace appnotify::detail::md

#endif // APPNOTIFY_DETAIL_MARKDOWN_TERMINAL_HPP
