// SPDX-License-Identifier: MIT
// `appnotify validate`: check payload files and report every problem.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <sys/stat.h>

#include <appnotify/appnotify.hpp>

#include "arguments.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "terminal.hpp"
#include "validate_jobs.hpp"
#include "validate_report.hpp"

namespace cli {

const char* const validate_help = R"(usage: appnotify validate [OPTIONS] [FILE...]

Checks notification payloads (JSON) and reports every problem, errors and warnings, with the
exact place. No FILE, or "-", reads standard input.

Options:
  --dialect auto|action|record|push|graph
                          the payloads' dialect: action (a SendAppNotification request body),
                          record (an appnotification table record), push (a Power Apps push
                          notification) or graph (a Microsoft Graph notification); auto (the
                          default) recognizes each payload's from its members
  --format text|json|sarif|github
                          text (default): compiler-style "file:line:column: error[code]: message"
                          with the source line and the span underlined (^~~~); json: one JSON
                          object per input per line: {"input", "dialect", "valid", "diagnostics":
                          [{"severity", "code", "path", "offset", "line", "column", "message",
                          "end_line", "end_column", "length"}]}; "dialect" is the one the payload
                          was checked as, or "unknown"; the span concerned ends before
                          end_line:end_column and is length bytes long; sarif: one SARIF 2.1.0
                          log for all inputs (for code scanning); github: GitHub Actions
                          workflow commands, "::error file=F,line=L,col=C,...::message", which
                          annotate the files (see docs/ci.md)
  --ndjson                every line of every file is a payload (input is named "file:line");
                          streams in constant memory and ends with a summary on standard error
  --jobs N                validate NDJSON records with N threads (1 to 256; default: one per
                          core); the output is the same, in input order, for every N, and
                          memory grows with N, not with the input; --jobs 1 uses no thread
  --color auto|always|never
                          colour the text output; auto colours a terminal unless NO_COLOR is
                          set (FORCE_COLOR forces colour)
)" APPNOTIFY_CLI_POLICY_HELP R"(  -h, --help              show this help

Exit status: 0 when every input is valid (warnings allowed), 1 when any input has an error,
2 for usage or I/O errors. The diagnostics shown, counted and judged are those after --ignore and
--error.

Examples:
  appnotify validate examples/seed000/*.json
  appnotify validate --format json payload.json
  appnotify validate --format sarif payloads/*.json > appnotify.sarif
  appnotify validate --ndjson export.ndjson
  appnotify validate --ndjson --jobs 4 --format json export.ndjson > findings.ndjson
  appnotify validate --ignore ignored-field --error odata-type-missing payload.json
)";

namespace {

/// Prints the findings about one input (see append_result); SARIF results go to the log.
void print_result(const validate_settings& settings, const std::string& file_name, std::size_t line_number,
                  const appnotify::validation_result& result, std::string& out) {
    out.clear();
    if (settings.sarif != nullptr) {
        settings.sarif->add_all(result, file_name, line_number);
        return;
    }
    append_result(settings, file_name, line_number, result, out);
    write(out);
}

} // namespace

void report_unreadable(const validate_settings& settings, const std::string& name, const std::string& error,
                       tally& totals) {
    std::fflush(stdout);
    std::fprintf(stderr, "appnotify: cannot read %s: %s\n", shown(name).c_str(), error.c_str());
    if (settings.sarif != nullptr) settings.sarif->add_failure(name, "cannot read " + name + ": " + error);
    totals.io_error = true;
}

std::size_t file_size(const std::string& path) {
    struct stat st {};
    if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    return static_cast<std::size_t>(st.st_size);
}

namespace {

void validate_whole(const validate_settings& settings, const std::string& path, tally& totals) {
    input_file file(path);
    input_bytes text;
    if (!file.ok() || !file.read_all(text, settings.limits.max_input_bytes + 1)) {
        report_unreadable(settings, file.name(), file.error(), totals);
        return;
    }
    const appnotify::validation_result result = appnotify::validate(text.view(), settings.limits);
    totals.count(result);
    std::string out;
    print_result(settings, file.name(), 0, result, out);
}

void validate_lines(const validate_settings& settings, const std::string& path, tally& totals) {
    input_file file(path);
    if (!file.ok()) {
        report_unreadable(settings, file.name(), file.error(), totals);
        return;
    }
    const std::string name = file.name();
    appnotify::ndjson_validator validator(settings.limits);
    progress_bar progress(is_terminal(2), file_size(path));
    std::string out;
    std::size_t bytes = 0;
    const auto on_record = [&](const appnotify::ndjson_record& record) {
        totals.count(record.result);
        if (settings.json || record.result.diagnostics().size() != 0) {
            progress.clear();
            print_result(settings, name, record.line_number, record.result, out);
        }
    };
    std::vector<char> chunk(std::size_t(1) << 20);
    while (true) {
        const std::size_t n = file.read(chunk.data(), chunk.size());
        if (n == 0) break;
        bytes += n;
        validator.feed(std::string_view(chunk.data(), n), on_record);
        progress.update(bytes, totals.inputs);
        if (validator.line_too_large()) break; // the rest of the line could be endless
    }
    const bool stopped = validator.line_too_large();
    validator.finish(on_record);
    progress.clear();
    std::fflush(stdout);
    if (stopped)
        std::fprintf(stderr, "appnotify: stopped reading %s at a line longer than %zu bytes\n", shown(name).c_str(),
                     settings.limits.max_input_bytes);
    if (!file.error().empty()) {
        report_unreadable(settings, name, file.error(), totals);
    }
}

/// The most threads --jobs starts: more would only cost memory (each has a batch in hand and
/// the ring grows with them).
constexpr unsigned max_jobs = 256;

/// Reads `--jobs N` into `jobs`: a whole number from 1 to max_jobs; without the option, a thread
/// per core (std::thread::hardware_concurrency, 1 when it is not known). False, after a message,
/// for anything else.
bool read_jobs_option(const parsed_arguments& parsed, unsigned& jobs) {
    if (!parsed.has("--jobs")) {
        const unsigned cores = std::thread::hardware_concurrency();
        jobs = cores == 0 ? 1 : cores < max_jobs ? cores : max_jobs;
        return true;
    }
    const std::string text = parsed.value("--jobs");
    unsigned long n = 0;
    bool number = !text.empty() && text.size() <= 6;
    for (const char c : text) {
        if (c < '0' || c > '9') number = false;
        else n = n * 10 + static_cast<unsigned long>(c - '0');
    }
    if (!number || n == 0 || n > max_jobs) {
        std::fprintf(stderr, "appnotify validate: --jobs takes a number of threads from 1 to %u, not '%s'\n", max_jobs,
                     shown(text).c_str());
        return false;
    }
    jobs = static_cast<unsigned>(n);
    return true;
}

/// "1 error", "2 errors".
std::string count(std::size_t n, const char* singular, const char* plural) {
    return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

void print_summary(const validate_settings& settings, const tally& totals) {
    std::string out;
    const std::string findings = " (" + count(totals.errors, "error", "errors") + ", " +
                                 count(totals.warnings, "warning", "warnings") + ")\n";
    if (settings.ndjson) {
        out += "summary: " + count(totals.inputs, "payload", "payloads") + ", " + std::to_string(totals.valid) +
               " valid, " + std::to_string(totals.invalid) + " invalid" + findings;
        for (const auto& [code, n] : totals.by_code) out += "  " + std::string(code) + ": " + std::to_string(n) + "\n";
    } else if (settings.format == report_format::text || settings.format == report_format::github) {
        out += count(totals.inputs, "input", "inputs") + ": " + std::to_string(totals.valid) + " valid, " +
               std::to_string(totals.invalid) + " invalid" + findings;
    }
    write(out, stderr);
}

} // namespace

int validate_command(const std::vector<std::string>& args) {
    const parsed_arguments parsed = parse_arguments(
        args, {{"--dialect", true}, {"--format", true}, {"--ndjson", false}, {"--jobs", true}, {"--color", true}, {"--ignore", true},
               {"--error", true}, {"--help", false}, {"-h", false}});
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "appnotify validate: %s\n(see appnotify validate --help)\n", parsed.error.c_str());
        return exit_usage;
    }
    if (parsed.has("--help") || parsed.has("-h")) {
        std::fputs(validate_help, stdout);
        return exit_ok;
    }
    const std::string format = parsed.value("--format", "text");
    validate_settings settings;
    if (format == "text") settings.format = report_format::text;
    else if (format == "json") settings.format = report_format::json;
    else if (format == "sarif") settings.format = report_format::sarif;
    else if (format == "github") settings.format = report_format::github;
    else {
        std::fprintf(stderr, "appnotify validate: unknown format '%s': use text, json, sarif or github\n",
                     shown(format).c_str());
        return exit_usage;
    }
    color_mode colors = color_mode::automatic;
    if (!parse_color_mode(parsed.value("--color", "auto"), colors)) {
        std::fprintf(stderr, "appnotify validate: --color takes auto, always or never\n");
        return exit_usage;
    }
    if (!read_dialect_option(parsed, "validate", settings.limits.dialect)) return exit_usage;
    if (!read_policy_options(parsed, "validate", settings.limits.policy)) return exit_usage;
    if (!read_jobs_option(parsed, settings.jobs)) return exit_usage;
    settings.json = settings.format == report_format::json;
    settings.ndjson = parsed.has("--ndjson");
    settings.color = settings.format == report_format::text && use_color(colors, 1);

    // One SARIF log for every input, streamed to standard output.
    auto to_stdout = [](std::string_view bytes) { std::fwrite(bytes.data(), 1, bytes.size(), stdout); };
    std::optional<appnotify::sarif_writer> sarif;
    if (settings.format == report_format::sarif) settings.sarif = &sarif.emplace(appnotify::output::to_callback(to_stdout));

    std::vector<std::string> paths = parsed.operands;
    if (paths.empty()) paths.push_back("-");
    tally totals;
    // NDJSON records on several threads when asked (or by default on a machine with several
    // cores); --jobs 1, or a system that starts no thread, reads them on this one.
    std::optional<parallel_validation> parallel;
    if (settings.ndjson && settings.jobs > 1 && parallel.emplace(settings).workers() == 0) parallel.reset();
    for (const std::string& path : paths) {
        if (parallel) parallel->validate_file(path, totals);
        else if (settings.ndjson) validate_lines(settings, path, totals);
        else validate_whole(settings, path, totals);
    }
    parallel.reset();
    if (sarif) sarif->finish();
    std::fflush(stdout);
    print_summary(settings, totals);
    if (totals.io_error) return exit_usage;
    return totals.invalid ? exit_invalid : exit_ok;
}

} // namespace cli
