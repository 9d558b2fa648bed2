// SPDX-License-Identifier: MIT
// appnotify: writing diagnostics for people (compiler-style text) and for tools (JSON), to any
// output (output.hpp): a std::string, a fixed buffer, or a callback.
#ifndef APPNOTIFY_REPORT_HPP
#define APPNOTIFY_REPORT_HPP

#include <charconv>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "config.hpp"
#include "detail/display_width.hpp"
#include "detail/format.hpp"
#include "detail/text_position.hpp"
#include "detail/utf8.hpp"
#include "diagnostic.hpp"
#include "output.hpp"

namespace appnotify {

struct text_report_options {
    /// ANSI colours, for terminals.
    bool color = false;
    /// Show the source line, with the span underlined (`^~~~`).
    bool show_source = true;
};

namespace detail {

inline constexpr std::size_t source_window = 100; // characters of a long line shown around the spot

/// Small writes gathered in a block on the stack and handed to an output in blocks: a formatter
/// writing to a fixed buffer or a callback allocates nothing and calls it rarely.
class block_writer {
public:
    explicit block_writer(output out) noexcept : out_(out) {}
    block_writer(const block_writer&) = delete;
    block_writer& operator=(const block_writer&) = delete;

    void append(std::string_view bytes) {
        if (bytes.size() > sizeof block_ - size_) {
            flush();
            if (bytes.size() >= sizeof block_) {
                out_.append(bytes);
                return;
            }
        }
        std::memcpy(block_ + size_, bytes.data(), bytes.size());
        size_ += bytes.size();
    }
    void append(std::size_t count, char c) {
        for (; count != 0; --count) push_back(c);
    }
    void push_back(char c) {
        if (size_ == sizeof block_) flush();
        block_[size_++] = c;
    }
    /// Hands what is gathered to the output.
    void flush() {
        out_.append({block_, size_});
        size_ = 0;
    }

private:
    output out_;
    char block_[256];
    std::size_t size_ = 0;
};

/// Runs `write(auto& out)`, which appends with append and push_back, for `out`: straight into a
/// std::string target, through a block_writer otherwise.
template <typename Write>
void write_to(output out, Write&& write) {
    if (std::string* target = out.string()) {
        write(*target);
        return;
    }
    block_writer writer(out);
    write(writer);
    writer.flush();
}

template <typename Out>
void write_decimal(Out& out, std::size_t value) {
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(std::string_view(buf, static_cast<std::size_t>(result.ptr - buf)));
}

template <typename Out>
void write_sgr(Out& out, bool color, std::string_view code) {
    if (!color) return;
    out.append("\x1b[");
    out.append(code);
    out.push_back('m');
}

/// Where the underline of a span goes under a source excerpt: the display columns before it,
/// and its width.
struct underline {
    std::size_t indent = 0;
    std::size_t width = 0;
};

/// Appends the source line of `offset` in `input` for a terminal, around the spot (at most
/// source_window characters, from the offset: linear however many excerpts a line has), with
/// controls shown as '?' so input cannot drive the terminal, and says where the characters
/// `column` to `end_column` (exclusive) are in what was written, in display columns (wide
/// characters take two).
template <typename Out>
underline write_source_excerpt(Out& out, std::string_view input, std::size_t offset, std::size_t column,
                               std::size_t end_column) {
    const line_window w = window_at(input, offset, source_window / 2, source_window);
    underline u;
    if (w.cut_before) {
        out.append("...");
        u.indent = 3;
    }
    // Column of the first character shown.
    std::size_t index = column > w.before ? column - w.before : 1;
    // The columns of [first, last) before `column`, and from `column` to `end_column`.
    const auto count_columns = [&](std::size_t first, std::size_t last) {
        const auto overlap = [](std::size_t a, std::size_t b, std::size_t lo, std::size_t hi) -> std::size_t {
            const std::size_t from = a > lo ? a : lo, to = b < hi ? b : hi;
            return to > from ? to - from : 0;
        };
        u.indent += overlap(first, last, 0, column);
        u.width += overlap(first, last, column, end_column);
    };
    for (std::size_t i = 0; i < w.text.size(); ++index) {
        // A run of printable ASCII, in one append: each byte a character of one column, shown as
        // it is (the last one not when a continuation byte follows it: that makes a malformed
        // character of it, written below).
        std::size_t run = i;
        while (run < w.text.size() && w.text[run] >= 0x20 && w.text[run] < 0x7F) ++run;
        if (run < w.text.size() && run > i && is_continuation_byte(w.text[run])) --run;
        if (run > i + 1) {
            --run; // the run's last character goes through the loop's step, which counts it
            out.append(w.text.substr(i, run - i));
            count_columns(index, index + (run - i));
            index += run - i;
            i = run;
        }
        // One character as window_at counts them: a byte and the continuation bytes after it.
        std::size_t length = 1;
        while (length < 4 && i + length < w.text.size() && is_continuation_byte(w.text[i + length])) ++length;
        const std::string_view character = w.text.substr(i, length);
        const utf8_decoded d = decode_utf8(character, 0);
        std::size_t width = 1;
        if (d.error != utf8_error::none || d.length != length || is_foreign_character(d.code_point)) {
            out.push_back(d.error == utf8_error::none && d.code_point == '\t' ? ' ' : '?');
        } else {
            out.append(character);
            width = display_width(d.code_point);
        }
        if (index < column) u.indent += width;
        else if (index < end_column) u.width += width;
        i += length;
    }
    if (w.cut_after) out.append("...");
    return u;
}

/// `\uXXXX` for a code unit.
template <typename Out>
void write_u_escape(Out& out, unsigned value) {
    static constexpr char hex[] = "0123456789ABCDEF";
    const char escape[6] = {'\\', 'u', hex[(value >> 12) & 0xF], hex[(value >> 8) & 0xF], hex[(value >> 4) & 0xF],
                            hex[value & 0xF]};
    out.append(std::string_view(escape, sizeof escape));
}

/// Appends `text` as a JSON string literal. Characters that must not reach a terminal
/// (`is_foreign_character`: controls, bidi controls, invisible characters, U+2028 and U+2029)
/// are written as \uXXXX escapes (a surrogate pair beyond U+FFFF), so JSON output shown on a
/// terminal cannot drive it and still says exactly which characters the input held.
/// `escape_foreign` false writes them as they are, for JSON that is itself put in a string (a
/// record's data), where the outer string escapes them once.
template <typename Out>
void write_json_string(Out& out, std::string_view text, bool escape_foreign = true) {
    out.push_back('"');
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x80) {
            const utf8_decoded d = decode_utf8(text, i);
            if (d.error != utf8_error::none) {
                out.append("\xEF\xBF\xBD");
            } else if (escape_foreign && is_foreign_character(d.code_point)) {
                if (d.code_point > 0xFFFF) {
                    const char32_t v = d.code_point - 0x10000;
                    write_u_escape(out, 0xD800 + static_cast<unsigned>(v >> 10));
                    write_u_escape(out, 0xDC00 + static_cast<unsigned>(v & 0x3FF));
                } else {
                    write_u_escape(out, d.code_point);
                }
            } else {
                out.append(text.substr(i, d.length));
            }
            i += d.length;
            continue;
        }
        switch (b) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (b < 0x20 || b == 0x7F) write_u_escape(out, b);
            else out.push_back(static_cast<char>(b));
        }
        ++i;
    }
    out.push_back('"');
}

/// Appends `text` for a terminal: characters that could drive it or reorder what it shows
/// (controls, bidi overrides) as \uXXXX, invalid UTF-8 as \xHH, everything else as it is. The
/// input's file name and its member names (in paths) are the payload author's to choose.
template <typename Out>
void write_shown_text(Out& out, std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::size_t i = 0, plain = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x20 && b < 0x7F) {
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        if (d.error == utf8_error::none && !is_foreign_character(d.code_point)) {
            i += d.length;
            continue;
        }
        out.append(text.substr(plain, i - plain));
        if (d.error != utf8_error::none) {
            for (std::size_t k = 0; k < d.length; ++k) {
                const auto byte = static_cast<unsigned char>(text[i + k]);
                const char escape[4] = {'\\', 'x', hex[byte >> 4], hex[byte & 0xF]};
                out.append(std::string_view(escape, sizeof escape));
            }
        } else {
            out.append("\\u");
            char digits[6];
            int n = 0;
            for (char32_t cp = d.code_point; cp != 0 || n < 4; cp >>= 4) digits[n++] = hex[cp & 0xF];
            while (n != 0) out.push_back(digits[--n]);
        }
        i += d.length;
        plain = i;
    }
    out.append(text.substr(plain));
}

template <typename Out>
void write_diagnostic(Out& out, const diagnostic& d, std::string_view name, std::string_view input,
                      const text_report_options& options) {
    const bool color = options.color;
    write_sgr(out, color, "1");
    write_shown_text(out, name);
    out.push_back(':');
    write_decimal(out, d.line);
    out.push_back(':');
    write_decimal(out, d.column);
    out.append(": ");
    write_sgr(out, color, d.is_error() ? "1;31" : "1;35");
    out.append(to_string(d.severity));
    write_sgr(out, color, "0");
    write_sgr(out, color, "1");
    out.push_back('[');
    out.append(to_string(d.code));
    out.append("]: ");
    write_sgr(out, color, "0");
    write_shown_text(out, d.message);
    if (!d.path.empty()) {
        out.append(" (at ");
        write_shown_text(out, d.path);
        out.push_back(')');
    }
    out.push_back('\n');
    if (!options.show_source || d.offset > input.size() || input.empty()) return;
    out.append("  ");
    // A span over several lines is underlined to the end of its first.
    const std::size_t end_column = d.end_line == d.line && d.end_column > d.column ? d.end_column
                                   : d.end_line > d.line                          ? std::size_t(-1)
                                                                                  : d.column;
    const underline u = write_source_excerpt(out, input, d.offset, d.column, end_column);
    out.append("\n  ");
    out.append(u.indent, ' ');
    write_sgr(out, color, "1;32");
    out.push_back('^');
    if (u.width > 1) out.append(u.width - 1, '~');
    write_sgr(out, color, "0");
    out.push_back('\n');
}

template <typename Out>
void write_diagnostic_json(Out& out, const diagnostic& d) {
    out.append("{\"severity\":");
    write_json_string(out, to_string(d.severity));
    out.append(",\"code\":");
    write_json_string(out, to_string(d.code));
    out.append(",\"path\":");
    write_json_string(out, d.path);
    out.append(",\"offset\":");
    write_decimal(out, d.offset);
    out.append(",\"line\":");
    write_decimal(out, d.line);
    out.append(",\"column\":");
    write_decimal(out, d.column);
    out.append(",\"message\":");
    write_json_string(out, d.message);
    out.append(",\"end_line\":");
    write_decimal(out, d.end_line);
    out.append(",\"end_column\":");
    write_decimal(out, d.end_column);
    out.append(",\"length\":");
    write_decimal(out, d.length());
    out.push_back('}');
}

} // namespace detail

/// Appends `name:line:column: error[code]: message (at /path)`, and unless disabled the source
/// line of `input` with the span underlined (`^~~~`; a span over several lines to the end of its
/// first). `input` is the text the diagnostic was found in (`validation_result::input()`). No
/// byte of the name, the path or the input can drive a terminal: controls and bidi overrides are
/// written as \uXXXX (in the source line as '?').
inline void format_diagnostic(output out, const diagnostic& d, std::string_view name, std::string_view input,
                              const text_report_options& options = {}) {
    detail::write_to(out, [&](auto& o) { detail::write_diagnostic(o, d, name, input, options); });
}

/// Appends `text` as a JSON string literal. Invalid UTF-8 becomes U+FFFD so the output is
/// always valid JSON; controls, bidi controls, invisible characters, U+2028 and U+2029 are
/// written as \uXXXX escapes, so the JSON is safe to show on a terminal and in JavaScript.
inline void append_json_string(output out, std::string_view text) {
    detail::write_to(out, [&](auto& o) { detail::write_json_string(o, text); });
}

/// Appends `text` for a terminal or a log, as diagnostics show names and paths: characters that
/// could drive a terminal or hide or reorder what it shows (controls, bidi controls, invisible
/// characters) as \uXXXX, invalid UTF-8 as \xHH, everything else as it is.
inline void append_shown_text(output out, std::string_view text) {
    detail::write_to(out, [&](auto& o) { detail::write_shown_text(o, text); });
}

/// Appends one diagnostic as a JSON object: {"severity", "code", "path", "offset", "line",
/// "column", "message", "end_line", "end_column", "length"}.
inline void format_diagnostic_json(output out, const diagnostic& d) {
    detail::write_to(out, [&](auto& o) { detail::write_diagnostic_json(o, d); });
}

class validation_result; // validate.hpp, which defines the function below

/// Appends the JSON line the command-line tool prints per input, without a newline:
/// {"input": input_name, "dialect": the dialect validated as (or "unknown" when it was not
/// recognized), "valid": result.ok(), "diagnostics": [format_diagnostic_json of each]}.
APPNOTIFY_EXTERNAL_LINKAGE void format_result_json(output out, const validation_result& result,
                                              std::string_view input_name);

} // namespace appnotify

#endif // APPNOTIFY_REPORT_HPP
