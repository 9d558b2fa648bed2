// SPDX-License-Identifier: MIT
// A compiler-style linter for notification payloads, the kind an editor, `make` or a CI log
// understands: one line per diagnostic,
//
//     FILE:LINE:COL: error|warning: message [code]
//
// then the source line with the diagnostic's span underlined (`^~~~~`), exactly as the library's
// text formatter writes it. A diagnostic_policy built from the command line ignores codes or
// changes their severity, as linters do. Exit status: 1 when any file has an error (after the
// policy), 2 for a usage error or a file that cannot be read, 0 otherwise.
//
// A directory stands for the .json files directly in it, in name order.
//
// usage: lint [--ignore CODE]... [--error CODE]... [--warning CODE]... [--dialect NAME]
//             [--no-source] FILE|DIRECTORY...
#include <appnotify/appnotify.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr const char* usage =
    "usage: lint [--ignore CODE]... [--error CODE]... [--warning CODE]... [--dialect NAME] [--no-source] FILE|DIRECTORY...\n";

/// Edit distance, for "did you mean": a misspelt code should not need a trip to the docs.
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

/// The code named `name`, or a usage error naming the closest code.
std::optional<appnotify::diagnostic_code> code_argument(std::string_view option, std::string_view name) {
    if (const auto code = appnotify::parse_diagnostic_code(name)) return code;
    std::string_view closest;
    std::size_t best = 4; // farther than three edits is no suggestion
    for (std::size_t i = 0; i < appnotify::diagnostic_code_count; ++i) {
        const std::string_view candidate = appnotify::to_string(static_cast<appnotify::diagnostic_code>(i));
        const std::size_t d = distance(name, candidate);
        if (d < best) best = d, closest = candidate;
    }
    std::string message = "lint: " + std::string(option) + ": unknown diagnostic code \"";
    appnotify::append_shown_text(message, name); // what the user typed, made safe for a terminal
    message += '"';
    if (!closest.empty()) message += "; did you mean \"" + std::string(closest) + "\"?";
    std::fprintf(stderr, "%s\n%s", message.c_str(), usage);
    return std::nullopt;
}

/// Adds `argument` to `files`: a file, or a directory's .json files in name order (the order of
/// a directory listing differs between machines).
void add_input(const char* argument, std::vector<std::string>& files) {
    std::error_code error;
    if (!std::filesystem::is_directory(argument, error)) {
        files.emplace_back(argument);
        return;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(argument, error))
        if (entry.is_regular_file(error) && entry.path().extension() == ".json") found.push_back(entry.path().generic_string());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
}

bool read_file(const char* path, std::string& text) {
    std::FILE* file = std::strcmp(path, "-") == 0 ? stdin : std::fopen(path, "rb");
    if (file == nullptr) return false;
    text.clear();
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) != 0) text.append(buffer, n);
    const bool ok = std::ferror(file) == 0;
    if (file != stdin) std::fclose(file);
    return ok;
}

/// Appends one diagnostic: the compiler-style line, then (unless `source` is false) the source
/// excerpt with its underline. The excerpt is the library's: format_diagnostic writes its own
/// first line and then the excerpt, so the first line is dropped from a scratch buffer.
void append_diagnostic(std::string& out, std::string& scratch, const appnotify::diagnostic& d,
                       std::string_view name, std::string_view input, bool source) {
    appnotify::append_shown_text(out, name); // a file name can hold terminal controls too
    out += ':' + std::to_string(d.line) + ':' + std::to_string(d.column) + ": ";
    out += appnotify::to_string(d.severity);
    out += ": ";
    appnotify::append_shown_text(out, d.message);
    out += " [";
    out += appnotify::to_string(d.code);
    out += "]\n";
    if (!source) return;
    scratch.clear();
    appnotify::format_diagnostic(scratch, d, name, input);
    const std::size_t first_line_end = scratch.find('\n');
    if (first_line_end != std::string::npos) out.append(scratch, first_line_end + 1, std::string::npos);
}

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

} // namespace

int main(int argc, char** argv) {
    appnotify::validate_options options;
    bool source = true;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool takes_value = arg == "--ignore" || arg == "--error" || arg == "--warning" || arg == "--dialect";
        if (takes_value && i + 1 == argc) {
            std::fprintf(stderr, "lint: %s needs a value\n%s", argv[i], usage);
            return 2;
        }
        if (arg == "--dialect") {
            options.dialect = appnotify::parse_dialect(argv[++i]);
            if (!options.dialect) {
                std::fprintf(stderr, "lint: --dialect: expected action, record, push or graph\n%s", usage);
                return 2;
            }
        } else if (takes_value) {
            const auto code = code_argument(arg, argv[++i]);
            if (!code) return 2;
            // Codes that say the input could not be read at all (is_fatal) cannot be ignored
            // or lowered: the policy refuses, and so does the linter.
            const bool accepted = arg == "--ignore"  ? options.policy.ignore(*code)
                                  : arg == "--error" ? options.policy.set_severity(*code, appnotify::severity::error)
                                                     : options.policy.set_severity(*code, appnotify::severity::warning);
            if (!accepted) {
                std::fprintf(stderr, "lint: %s %s: the input could not be read at all, this stays an error\n",
                             argv[i - 1], argv[i]);
                return 2;
            }
        } else if (arg == "--no-source") {
            source = false;
        } else if (arg == "-h" || arg == "--help") {
            std::fputs(usage, stdout);
            return 0;
        } else if (arg.size() > 1 && arg[0] == '-') {
            std::fprintf(stderr, "lint: unknown option %s\n%s", argv[i], usage);
            return 2;
        } else {
            add_input(argv[i], files);
        }
    }
    if (files.empty()) {
        std::fputs(usage, stderr);
        return 2;
    }

    // One result, one text buffer and one scratch buffer for every file: after the first few
    // files the loop allocates nothing but what grows for a larger one.
    appnotify::validation_result result;
    std::string text, out, scratch;
    std::size_t errors = 0, warnings = 0;
    bool unreadable = false;
    for (const std::string& path : files) {
        if (!read_file(path.c_str(), text)) {
            std::fprintf(stderr, "lint: cannot read %s\n", path.c_str());
            unreadable = true;
            continue;
        }
        appnotify::validate(text, result, options);
        out.clear();
        for (const appnotify::diagnostic& d : result.diagnostics())
            append_diagnostic(out, scratch, d, path, result.input(), source);
        std::fwrite(out.data(), 1, out.size(), stdout);
        errors += result.error_count(); // counts include diagnostics beyond the kept limit
        warnings += result.warning_count();
    }
    if (errors + warnings != 0)
        std::printf("%s and %s in %s.\n", plural(warnings, "warning").c_str(), plural(errors, "error").c_str(),
                    plural(files.size(), "file").c_str());
    if (unreadable) return 2;
    return errors != 0 ? 1 : 0;
}
