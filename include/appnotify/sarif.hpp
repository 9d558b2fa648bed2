// SPDX-License-Identifier: MIT
// appnotify: diagnostics as one SARIF 2.1.0 log (the Static Analysis Results Interchange Format
// that GitHub code scanning, Azure DevOps and IDEs read), written as the results arrive: a run
// of any number of inputs is streamed to any output (output.hpp) and never held.
#ifndef APPNOTIFY_SARIF_HPP
#define APPNOTIFY_SARIF_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "diagnostic.hpp"
#include "diagnostic_catalogue.hpp"
#include "output.hpp"
#include "report.hpp"
#include "version.hpp"

namespace appnotify {

struct sarif_options {
    /// The page that documents the codes: each rule's helpUri is this, '#', and the code (the
    /// headings of docs/diagnostics.md are the codes).
    std::string_view help_uri = "https://github.com/appnotify/appnotify/blob/main/docs/diagnostics.md";
    /// The tool's home page (tool.driver.informationUri).
    std::string_view information_uri = "https://github.com/appnotify/appnotify";
};

namespace detail {

/// Appends a file name as a URI reference (RFC 3986) that names the same file: an absolute path
/// as a file:// URI, a relative one staying relative; every byte outside the unreserved
/// characters, '/' and the sub-delimiters is percent-encoded (':' too, so that no first segment
/// reads as a scheme; '%', '#' and '?', so that none starts an escape, a fragment or a query).
template <typename Out>
void write_file_uri(Out& out, std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    if (!path.empty() && path.front() == '/') out.append("file://");
    for (const char c : path) {
        const auto b = static_cast<unsigned char>(c);
        const bool plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') ||
                           std::string_view("-._~/!$&'()*+,;=@").find(c) != std::string_view::npos;
        if (plain) {
            out.push_back(c);
        } else {
            const char escape[3] = {'%', hex[b >> 4], hex[b & 0xF]};
            out.append(std::string_view(escape, sizeof escape));
        }
    }
}

template <typename Out>
void write_sarif_text(Out& out, std::string_view member, std::string_view text) {
    out.push_back('"');
    out.append(member);
    out.append("\":{\"text\":");
    write_json_string(out, text);
    out.push_back('}');
}

template <typename Out>
void write_sarif_rule(Out& out, diagnostic_code code, const sarif_options& options) {
    const diagnostic_description& about = appnotify::describe(code);
    const std::string_view name = to_string(code);
    out.append("{\"id\":");
    write_json_string(out, name);
    out.push_back(',');
    write_sarif_text(out, "shortDescription", about.summary);
    out.push_back(',');
    write_sarif_text(out, "fullDescription", about.description);
    // help: the description and the example input, as text and as Markdown.
    std::string text;
    text.append(about.description).append("\n\nExample (").append(about.example_kind).append("):\n");
    text.append(about.example);
    out.append(",\"help\":{\"text\":");
    write_json_string(out, text);
    const std::string_view fence = about.example.find("```") == std::string_view::npos ? "```" : "~~~";
    text.clear();
    text.append(about.description).append("\n\nExample (").append(about.example_kind).append("):\n\n");
    text.append(fence).append("\n").append(about.example).append("\n").append(fence).append("\n");
    out.append(",\"markdown\":");
    write_json_string(out, text);
    text.clear();
    text.append(options.help_uri).append("#").append(name);
    out.append("},\"helpUri\":");
    write_json_string(out, text);
    out.append(",\"defaultConfiguration\":{\"level\":");
    write_json_string(out, to_string(about.severity));
    out.append("}}");
}

/// Writes the SARIF result object for `d` (sarif_writer::add), without a separating comma, so that
/// results can be written apart (by several threads, say) and joined in order.
template <typename Out>
void write_sarif_result(Out& o, const diagnostic& d, std::string_view file_name, std::size_t record_line) {
    o.append("{\"ruleId\":");
    detail::write_json_string(o, to_string(d.code));
    o.append(",\"ruleIndex\":");
    detail::write_decimal(o, static_cast<std::size_t>(d.code));
    o.append(d.is_error() ? ",\"level\":\"error\"," : ",\"level\":\"warning\",");
    detail::write_sarif_text(o, "message", d.message);
    o.append(",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"");
    detail::write_file_uri(o, file_name);
    o.append("\"},\"region\":{\"startLine\":");
    const std::size_t line = record_line != 0 ? record_line : d.line;
    const std::size_t end_line = record_line != 0 ? record_line + (d.end_line - d.line) : d.end_line;
    detail::write_decimal(o, line);
    o.append(",\"startColumn\":");
    detail::write_decimal(o, d.column);
    o.append(",\"endLine\":");
    detail::write_decimal(o, end_line < line ? line : end_line);
    o.append(",\"endColumn\":");
    // A span ends after it starts; an empty one is an insertion point.
    detail::write_decimal(o, end_line > line || d.end_column > d.column ? d.end_column : d.column);
    if (record_line == 0) {
        o.append(",\"byteOffset\":");
        detail::write_decimal(o, d.offset);
        o.append(",\"byteLength\":");
        detail::write_decimal(o, d.end_offset > d.offset ? d.length() : 0);
    }
    o.append("}}");
    if (!d.path.empty()) {
        o.append(",\"logicalLocations\":[{\"fullyQualifiedName\":");
        detail::write_json_string(o, d.path);
        o.push_back('}');
        o.push_back(']');
    }
    o.append("}]}");
}

} // namespace detail

/// Writes one SARIF 2.1.0 log with one run, for any number of inputs, result by result:
///
///     appnotify::sarif_writer sarif(out);          // the log's head: the tool and its rules
///     sarif.add(result, "payloads/welcome.json");  // a result per diagnostic
///     sarif.finish();                              // the log's tail
///
/// `tool.driver.rules` has a rule per diagnostic code (id, descriptions and help from the
/// catalogue of docs/diagnostics.md, helpUri to the code's section, default level); results
/// refer to their rule by id and index. Regions count columns in Unicode code points
/// (`columnKind` says so) and carry the byte offset and length of the span; the diagnostic's
/// JSON Pointer is its logical location. Every string is escaped as JSON, so no member name,
/// message or file name can break the log; file names become URI references.
///
/// Nothing is written after `finish()`. The output must outlive the writer.
class sarif_writer {
public:
    /// Writes the log's head to `out`.
    explicit sarif_writer(output out, const sarif_options& options = {}) : out_(out) {
        detail::write_to(out_, [&](auto& o) {
            o.append("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
                     "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"appnotify\",\"version\":");
            detail::write_json_string(o, version_string);
            o.append(",\"semanticVersion\":");
            detail::write_json_string(o, version_string);
            o.append(",\"informationUri\":");
            detail::write_json_string(o, options.information_uri);
            o.append(",\"rules\":[");
            for (std::size_t i = 0; i < diagnostic_code_count; ++i) {
                if (i != 0) o.push_back(',');
                detail::write_sarif_rule(o, static_cast<diagnostic_code>(i), options);
            }
            o.append("]}},\"columnKind\":\"unicodeCodePoints\",\"results\":[");
        });
    }
    sarif_writer(const sarif_writer&) = delete;
    sarif_writer& operator=(const sarif_writer&) = delete;

    /// Adds a result for `d`, found in the file `file_name` (a path as given: a relative one
    /// stays relative). `record_line`, when not 0, is the line of an NDJSON file that held the
    /// payload `d` was found in: the region is on that line (the record is the whole line), with
    /// the diagnostic's columns and no byte offset.
    void add(const diagnostic& d, std::string_view file_name, std::size_t record_line = 0) {
        if (finished_) return;
        detail::write_to(out_, [&](auto& o) {
            if (results_ != 0) o.push_back(',');
            detail::write_sarif_result(o, d, file_name, record_line);
        });
        ++results_;
    }

    /// Adds a result for each diagnostic of a validation (or link, or markdown) report.
    template <typename Report>
    void add_all(const Report& report, std::string_view file_name, std::size_t record_line = 0) {
        for (const diagnostic& d : report.diagnostics()) add(d, file_name, record_line);
    }

    /// Records that the file `file_name` could not be checked (it cannot be read): a tool
    /// execution notification of level error, written by `finish()`, which then says the run did
    /// not succeed.
    void add_failure(std::string_view file_name, std::string_view message) {
        if (finished_) return;
        const bool first = failures_.empty();
        detail::write_to(failures_, [&](auto& o) {
            if (!first) o.push_back(',');
            o.append("{\"level\":\"error\",");
            detail::write_sarif_text(o, "message", message);
            o.append(",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"");
            detail::write_file_uri(o, file_name);
            o.append("\"}}}]}");
        });
    }

    /// Writes the log's tail: the invocation, successful unless a file could not be checked.
    void finish() {
        if (finished_) return;
        finished_ = true;
        detail::write_to(out_, [&](auto& o) {
            o.append("],\"invocations\":[{\"executionSuccessful\":");
            o.append(failures_.empty() ? "true" : "false");
            if (!failures_.empty()) {
                o.append(",\"toolExecutionNotifications\":[");
                o.append(failures_);
                o.push_back(']');
            }
            o.append("}]}]}\n");
        });
    }

    /// The results added so far.
    [[nodiscard]] std::size_t result_count() const noexcept { return results_; }

private:
    output out_;
    std::string failures_;
    std::size_t results_ = 0;
    bool finished_ = false;
};

} // namespace appnotify

#endif // APPNOTIFY_SARIF_HPP
