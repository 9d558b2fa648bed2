// SPDX-License-Identifier: MIT
// appnotify: diagnostics as GitHub Actions workflow commands (`::error file=...::message`), which
// the runner turns into annotations on the pull request's files.
#ifndef APPNOTIFY_GITHUB_ACTIONS_HPP
#define APPNOTIFY_GITHUB_ACTIONS_HPP

#include <cstddef>
#include <string_view>

#include "detail/format.hpp"
#include "detail/foreign_characters.hpp"
#include "detail/utf8.hpp"
#include "diagnostic.hpp"
#include "output.hpp"
#include "report.hpp"

namespace appnotify {

namespace detail {

/// Appends `text` as the runner reads a workflow command's message (`property == false`) or a
/// property value (`property == true`): '%', CR and LF as %25, %0D and %0A, which the runner
/// decodes back, and in a property ':' and ',' as %3A and %2C too, so that no text can end the
/// property or the command, or start another command on a line of its own. Other characters
/// that could drive the log viewer (the foreign characters of detail/foreign_characters.hpp:
/// controls, bidi controls, invisible format characters) are shown as \uXXXX and invalid UTF-8
/// as \xHH, as in the text format.
template <typename Out>
void write_workflow_command_text(Out& out, std::string_view text, bool property) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const auto b = static_cast<unsigned char>(c);
        if (c == '%' || c == '\r' || c == '\n' || (property && (c == ':' || c == ','))) {
            const char escape[3] = {'%', hex[b >> 4], hex[b & 0xF]};
            out.append(std::string_view(escape, sizeof escape));
            ++i;
            continue;
        }
        if (b >= 0x20 && b < 0x7F) {
            out.push_back(c);
            ++i;
            continue;
        }
        const utf8_decoded d = decode_utf8(text, i);
        if (d.error != utf8_error::none) {
            for (std::size_t k = 0; k < d.length; ++k) {
                const auto byte = static_cast<unsigned char>(text[i + k]);
                const char escape[4] = {'\\', 'x', hex[byte >> 4], hex[byte & 0xF]};
                out.append(std::string_view(escape, sizeof escape));
            }
        } else if (is_foreign_character(d.code_point)) {
            out.append("\\u");
            char digits[6];
            int n = 0;
            for (char32_t cp = d.code_point; cp != 0 || n < 4; cp >>= 4) digits[n++] = hex[cp & 0xF];
            while (n != 0) out.push_back(digits[--n]);
        } else {
            out.append(text.substr(i, d.length));
        }
        i += d.length;
    }
}

} // namespace detail

/// Appends one GitHub Actions workflow command for `d`, found in the file `file_name` (the path
/// as given, relative to the repository's root for the annotation to appear on the file), and a
/// newline:
///
///     ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=CODE::message (at /json/pointer)
///
/// `::warning` for a warning. col and endColumn are the diagnostic's columns (characters; the
/// end just past the span) and are left out when the span covers several lines, as GitHub
/// places columns on one line only. `record_line`, when not 0, is the line of an NDJSON file
/// that held the payload: the annotation is on that line. The file name and the message are
/// escaped as the runner requires (see detail::write_workflow_command_text), so no payload, file
/// name or member name can inject a workflow command.
inline void format_github_annotation(output out, const diagnostic& d, std::string_view file_name,
                                     std::size_t record_line = 0) {
    detail::write_to(out, [&](auto& o) {
        const std::size_t line = record_line != 0 ? record_line : d.line;
        const std::size_t end_line = d.end_line > d.line ? line + (d.end_line - d.line) : line;
        o.append(d.is_error() ? "::error file=" : "::warning file=");
        detail::write_workflow_command_text(o, file_name, true);
        o.append(",line=");
        detail::write_decimal(o, line);
        if (end_line == line) {
            o.append(",col=");
            detail::write_decimal(o, d.column);
        }
        o.append(",endLine=");
        detail::write_decimal(o, end_line);
        if (end_line == line) {
            o.append(",endColumn=");
            detail::write_decimal(o, d.end_column > d.column ? d.end_column : d.column);
        }
        o.append(",title=");
        detail::write_workflow_command_text(o, to_string(d.code), true);
        o.append("::");
        detail::write_workflow_command_text(o, d.message, false);
        if (!d.path.empty()) {
            o.append(" (at ");
            detail::write_workflow_command_text(o, d.path, false);
            o.push_back(')');
        }
        o.push_back('\n');
    });
}

} // namespace appnotify

#endif // APPNOTIFY_GITHUB_ACTIONS_HPP
