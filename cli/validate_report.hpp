// SPDX-License-Identifier: MIT
// `appnotify validate`'s reporting, shared by the sequential and the parallel paths: the
// settings, the counts the summary adds up, the findings of one input as bytes, and the
// progress bar.
#ifndef APPNOTIFY_CLI_VALIDATE_REPORT_HPP
#define APPNOTIFY_CLI_VALIDATE_REPORT_HPP

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>

#include <appnotify/appnotify.hpp>

namespace cli {

enum class report_format { text, json, sarif, github };

struct validate_settings {
    report_format format = report_format::text;
    bool json = false; // format == json
    appnotify::sarif_writer* sarif = nullptr; // the log of format == sarif
    bool ndjson = false;
    bool color = false;
    unsigned jobs = 1; // threads that validate NDJSON records
    appnotify::validate_options limits;
};

/// What the summary counts of some inputs: a batch's, kept by the thread that validated it and
/// added to the run's totals in input order.
struct record_counts {
    std::size_t inputs = 0, valid = 0, invalid = 0, errors = 0, warnings = 0;
    std::array<std::size_t, appnotify::diagnostic_code_count> by_code{};

    void count(const appnotify::validation_result& r) {
        ++inputs;
        (r.ok() ? valid : invalid) += 1;
        errors += r.error_count();
        warnings += r.warning_count();
        for (const auto& d : r.diagnostics()) ++by_code[static_cast<std::size_t>(d.code)];
    }
    void clear() { *this = record_counts(); }
};

/// The run's totals, which the summary prints.
struct tally {
    std::size_t inputs = 0, valid = 0, invalid = 0, errors = 0, warnings = 0;
    bool io_error = false;
    std::map<std::string_view, std::size_t> by_code; // by name, as the summary lists them

    void count(const appnotify::validation_result& r) {
        ++inputs;
        (r.ok() ? valid : invalid) += 1;
        errors += r.error_count();
        warnings += r.warning_count();
        for (const auto& d : r.diagnostics()) ++by_code[appnotify::to_string(d.code)];
    }
    void add(const record_counts& c) {
        inputs += c.inputs;
        valid += c.valid;
        invalid += c.invalid;
        errors += c.errors;
        warnings += c.warnings;
        for (std::size_t i = 0; i < c.by_code.size(); ++i)
            if (c.by_code[i] != 0) by_code[appnotify::to_string(static_cast<appnotify::diagnostic_code>(i))] += c.by_code[i];
    }
};

inline void write(std::string_view text, std::FILE* stream = stdout) { std::fwrite(text.data(), 1, text.size(), stream); }

/// Appends the findings about one input to `out`, as the format shows them. `line_number` is
/// nonzero for an NDJSON record, whose diagnostics are placed on that line of the file. SARIF
/// results are appended each after a comma (the separator of the log's results array): the one
/// who joins them into the log drops the comma before the log's first result.
inline void append_result(const validate_settings& settings, const std::string& file_name, std::size_t line_number,
                          const appnotify::validation_result& result, std::string& out) {
    if (settings.format == report_format::sarif) {
        for (const appnotify::diagnostic& d : result.diagnostics()) {
            out.push_back(',');
            appnotify::detail::write_sarif_result(out, d, file_name, line_number);
        }
    } else if (settings.format == report_format::github) {
        for (const appnotify::diagnostic& d : result.diagnostics())
            appnotify::format_github_annotation(out, d, file_name, line_number);
    } else if (settings.json) {
        const std::string name = line_number ? file_name + ":" + std::to_string(line_number) : file_name;
        appnotify::format_result_json(out, result, name);
        out.push_back('\n');
    } else {
        for (appnotify::diagnostic d : result.diagnostics()) {
            if (line_number) {
                d.end_line = line_number + (d.end_line - d.line);
                d.line = line_number;
            }
            appnotify::format_diagnostic(out, d, file_name, result.input(), {settings.color, true});
        }
    }
}

/// A progress bar on standard error, shown once a run has taken a second.
class progress_bar {
public:
    progress_bar(bool enabled, std::size_t total_bytes) : enabled_(enabled), total_(total_bytes) {}
    ~progress_bar() { clear(); }
    progress_bar(const progress_bar&) = delete;
    progress_bar& operator=(const progress_bar&) = delete;

    void update(std::size_t bytes_done, std::size_t records) {
        if (!enabled_) return;
        const auto now = std::chrono::steady_clock::now();
        if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        shown_ = true;
        constexpr int width = 30;
        const int filled = total_ ? static_cast<int>(width * (bytes_done > total_ ? total_ : bytes_done) / total_) : 0;
        std::fprintf(stderr, "\r[%.*s%.*s] %3d%% %zu payloads", filled, "==============================",
                     width - filled, "                              ",
                     total_ ? static_cast<int>(100 * (bytes_done > total_ ? total_ : bytes_done) / total_) : 0, records);
        std::fflush(stderr);
    }
    void clear() {
        if (shown_) std::fputs("\r\x1b[K", stderr);
        shown_ = false;
    }

private:
    bool enabled_;
    std::size_t total_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_ = start_;
};

/// Says that `name` cannot be read (on standard error, and in the SARIF log).
void report_unreadable(const validate_settings& settings, const std::string& name, const std::string& error,
                       tally& totals);

/// The size of the regular file at `path`, or 0 (standard input, a pipe, a device).
std::size_t file_size(const std::string& path);

} // namespace cli

#endif // APPNOTIFY_CLI_VALIDATE_REPORT_HPP
