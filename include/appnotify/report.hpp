// SPDX-License-Identifier: MIT
// appnotify: writing diagnostics for people (compiler-style text) and for tools (JSON).
#ifndef APPNOTIFY_REPORT_HPP
#define APPNOTIFY_REPORT_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "detail/format.hpp"
#include "detail/text_position.hpp"
#include "detail/utf8.hpp"
#include "diagnostic.hpp"

namespace appnotify {

struct text_report_options {
    /// ANSI colours, for terminals.
    bool color = false;
    /// Show the source line and a caret under the spot.
    bool show_source = true;
};

namespace detail {

inline constexpr std::size_t source_window = 100; // characters of a long line shown around the spot

inline void append_sgr(std::string& out, bool color, std::string_view code) {
    if (!color) return;
    out.append("\x1b[");
    out.append(code);
    out.push_back('m');
}

/// Appends `line` for a terminal, with controls shown as '?' so input cannot drive the terminal,
/// and returns how many characters precede `column` in what was written.
inline std::size_t append_source_excerpt(std::string& out, std::string_view line, std::size_t column) {
    // Choose a window of characters around the column.
    std::size_t first = column > source_window / 2 ? column - source_window / 2 : 1;
    std::size_t index = 1, i = 0, caret = 0;
    if (first > 1) {
        out.append("...");
        caret = 3;
    }
    while (i < line.size()) {
        const utf8_decoded d = decode_utf8(line, i);
        if (index >= first + source_window) {
            out.append("...");
            break;
        }
        if (index >= first) {
            if (d.error != utf8_error::none || must_escape_in_message(d.code_point))
                out.push_back(d.code_point == '\t' ? ' ' : '?');
            else
                out.append(line.substr(i, d.length));
            if (index < column) ++caret;
        }
        i += d.length;
        ++index;
    }
    return caret;
}

} // namespace detail

/// Appends `name:line:column: error[code]: message`, and unless disabled the source line of
/// `input` with a caret under the column. `input` is the text the diagnostic was found in.
inline void format_diagnostic(std::string& out, const diagnostic& d, std::string_view name, std::string_view input,
                              const text_report_options& options = {}) {
    const bool color = options.color;
    detail::append_sgr(out, color, "1");
    detail::append_all(out, name, ':', d.line, ':', d.column, ": ");
    detail::append_sgr(out, color, d.is_error() ? "1;31" : "1;35");
    out.append(to_string(d.severity));
    detail::append_sgr(out, color, "0");
    detail::append_sgr(out, color, "1");
    detail::append_all(out, '[', to_string(d.code), "]: ");
    detail::append_sgr(out, color, "0");
    out.append(d.message);
    if (!d.path.empty()) detail::append_all(out, " (at ", d.path, ')');
    out.push_back('\n');
    if (!options.show_source || d.offset > input.size() || input.empty()) return;
    const std::string_view line = detail::line_at(input, d.offset);
    out.append("  ");
    const std::size_t caret = detail::append_source_excerpt(out, line, d.column);
    out.append("\n  ");
    out.append(caret, ' ');
    detail::append_sgr(out, color, "1;32");
    out.push_back('^');
    detail::append_sgr(out, color, "0");
    out.push_back('\n');
}

/// Appends `text` as a JSON string literal. Invalid UTF-8 becomes U+FFFD so the output is
/// always valid JSON; U+2028 and U+2029 are escaped for JavaScript consumers.
inline void append_json_string(std::string& out, std::string_view text) {
    out.push_back('"');
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 0x80) {
            const detail::utf8_decoded d = detail::decode_utf8(text, i);
            if (d.error != detail::utf8_error::none) out.append("\xEF\xBF\xBD");
            else if (d.code_point == 0x2028 || d.code_point == 0x2029) {
                out.append("\\u");
                detail::append_hex(out, d.code_point, 4);
            } else out.append(text.substr(i, d.length));
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
            if (b < 0x20 || b == 0x7F) {
                out.append("\\u");
                detail::append_hex(out, b, 4);
            } else {
                out.push_back(static_cast<char>(b));
            }
        }
        ++i;
    }
    out.push_back('"');
}

/// Appends one diagnostic as a JSON object:
/// {"severity", "code", "path", "offset", "line", "column", "message"}.
inline void format_diagnostic_json(std::string& out, const diagnostic& d) {
    out.append("{\"severity\":");
    append_json_string(out, to_string(d.severity));
    out.append(",\"code\":");
    append_json_string(out, to_string(d.code));
    out.append(",\"path\":");
    append_json_string(out, d.path);
    detail::append_all(out, ",\"offset\":", d.offset, ",\"line\":", d.line, ",\"column\":", d.column);
    out.append(",\"message\":");
    append_json_string(out, d.message);
    out.push_back('}');
}

/// Appends the JSON line the command-line tool prints per input:
/// {"input": ..., "dialect": ..., "valid": bool, "diagnostics": [...]}, without a newline.
template <typename Diagnostics>
void format_result_json(std::string& out, std::string_view input_name, std::string_view dialect, bool valid,
                        const Diagnostics& diagnostics) {
    out.append("{\"input\":");
    append_json_string(out, input_name);
    out.append(",\"dialect\":");
    append_json_string(out, dialect);
    out.append(valid ? ",\"valid\":true" : ",\"valid\":false");
    out.append(",\"diagnostics\":[");
    bool first = true;
    for (const diagnostic& d : diagnostics) {
        if (!first) out.push_back(',');
        first = false;
        format_diagnostic_json(out, d);
    }
    out.append("]}");
}

} // namespace appnotify

#endif // APPNOTIFY_REPORT_HPP
