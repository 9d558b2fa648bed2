// SPDX-License-Identifier: MIT
// `appnotify validate --ndjson --jobs N`: every output byte, the summary and the exit status are
// those of --jobs 1 (the sequential path) in every format, on thousands of records from
// examples/ with invalid and hostile ones mixed in; the usage errors; memory that does not grow
// with the input.
#include "cli_support.hpp"

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include <simdjson.h>

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Every payload of examples/ (each on one line: a payload's line breaks are JSON whitespace or,
/// in a string, an error either way), sorted by path.
std::vector<std::string> example_lines() {
    std::vector<std::string> paths;
    const std::string root = std::string(APPNOTIFY_SOURCE_DIR) + "/examples";
    if (DIR* top = opendir(root.c_str())) {
        while (const dirent* seed = readdir(top)) {
            const std::string dir = root + "/" + seed->d_name;
            if (std::string_view(seed->d_name).substr(0, 4) != "seed") continue;
            if (DIR* files = opendir(dir.c_str())) {
                while (const dirent* f = readdir(files)) {
                    const std::string_view name = f->d_name;
                    if (name.size() > 5 && name.substr(name.size() - 5) == ".json") paths.push_back(dir + "/" + f->d_name);
                }
                closedir(files);
            }
        }
        closedir(top);
    }
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> lines;
    for (const std::string& p : paths) {
        std::string text = read_file(p);
        std::replace(text.begin(), text.end(), '\n', ' ');
        lines.push_back(text);
    }
    return lines;
}

/// The input of every example of docs/diagnostics.md (tests/data/diagnostic_examples.json): a
/// record for each diagnostic code, on one line.
std::vector<std::string> diagnostic_example_lines() {
    std::vector<std::string> lines;
    simdjson::dom::parser parser;
    simdjson::dom::element catalogue;
    const std::string path = std::string(APPNOTIFY_SOURCE_DIR) + "/tests/data/diagnostic_examples.json";
    if (parser.load(path).get(catalogue) != simdjson::SUCCESS) return lines;
    simdjson::dom::array examples;
    if (catalogue.get_array().get(examples) != simdjson::SUCCESS) return lines;
    for (simdjson::dom::element e : examples) {
        std::string_view input;
        if (e["input"].get_string().get(input) != simdjson::SUCCESS) continue;
        std::string line(input);
        std::replace(line.begin(), line.end(), '\n', ' ');
        lines.push_back(line);
    }
    return lines;
}

/// Records that no example shows: broken JSON, terminal and bidi controls, invalid UTF-8, deep
/// nesting, two documents on a line, blank lines and CRLF endings.
std::vector<std::string> hostile_lines() {
    return {"",
            "   \t",
            R"~({"Title": "Welcome)~",
            R"~({"Title": 1,})~",
            "{",
            "[1, 2]",
            "null",
            "\"a string\"",
            std::string(test::valid_payload) + " " + std::string(test::valid_payload),
            std::string(test::valid_payload) + "\r",
            "{\"Title\": \"\x1b]8;;https://evil.example\x07click\x1b]8;;\x07 \x1b[2J\", \"Recipient\": \"x\"}",
            "{\"Title\": \"\xe2\x80\xae" "txt.exe\", \"Body\": \"\xe2\x80\x8b\", \"Recipient\": \"x\"}",
            "{\"Title\": \"\xff\xfe\xc0\xaf\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}",
            "{\"Title\": " + std::string(300, '[') + std::string(300, ']') + "}",
            "{\"\x1b[31m\": 1, \"Title\": \"Hi\", \"Recipient\": \"x\", \"Expiry\": -1, \"IconType\": \"7\"}",
            std::string("{\"Title\": \"a\0b\", \"Recipient\": \"x\"}", 34)};
}

/// Thousands of records: the examples, the diagnostics' examples and the hostile records, in a
/// fixed shuffled order.
std::string mixed_ndjson(std::size_t records) {
    const std::vector<std::string> examples = example_lines();
    const std::vector<std::string> diagnostics = diagnostic_example_lines();
    const std::vector<std::string> hostile = hostile_lines();
    BOOST_TEST_REQUIRE(examples.size() > 10u);
    BOOST_TEST_REQUIRE(diagnostics.size() > 50u);
    std::string text;
    unsigned state = 12345;
    for (std::size_t i = 0; i < records; ++i) {
        state = state * 1103515245u + 12345u;
        const unsigned pick = (state >> 8) % 10;
        const std::vector<std::string>& from = pick < 6 ? examples : pick < 9 ? diagnostics : hostile;
        text += from[(state >> 12) % from.size()];
        text += '\n';
    }
    return text;
}

void check_same_as_one_job(const std::vector<std::string>& args, const test::run_options& options = {}) {
    std::vector<std::string> one = args;
    one.insert(one.begin() + 1, {"--jobs", "1"});
    const test::run_result sequential = test::run_tool(one, options);
    BOOST_TEST_REQUIRE(sequential.status >= 0);
    for (const char* jobs : {"2", "3", "8"}) {
        std::vector<std::string> parallel = args;
        parallel.insert(parallel.begin() + 1, {"--jobs", jobs});
        const test::run_result r = test::run_tool(parallel, options);
        BOOST_TEST(r.status == sequential.status, "--jobs " << jobs);
        BOOST_TEST(r.err == sequential.err, "--jobs " << jobs);
        BOOST_TEST((r.out == sequential.out), "--jobs " << jobs << ": " << r.out.size() << " bytes, --jobs 1: "
                                                          << sequential.out.size() << " bytes");
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(validate_jobs)

BOOST_AUTO_TEST_CASE(every_format_is_byte_for_byte_the_sequential_output) {
    test::temp_dir dir;
    const std::string file = dir.file("mixed.ndjson", mixed_ndjson(6000));
    for (const char* format : {"text", "json", "sarif", "github"}) {
        BOOST_TEST_CONTEXT("--format " << format) { check_same_as_one_job({"validate", "--ndjson", "--format", format, file}); }
    }
    // What the workers format: colours, the policy, a dialect asked for.
    check_same_as_one_job({"validate", "--ndjson", "--color", "always", file});
    check_same_as_one_job({"validate", "--ndjson", "--format", "json", "--ignore", "ignored-field", "--error",
                           "odata-type-missing", file});
    check_same_as_one_job({"validate", "--ndjson", "--dialect", "record", "--format", "sarif", file});
}

BOOST_AUTO_TEST_CASE(the_sequential_output_is_what_the_records_give) {
    // Not only the same as --jobs 1: every record is there, in order, counted once.
    test::temp_dir dir;
    const std::string text = mixed_ndjson(3000);
    const std::string file = dir.file("mixed.ndjson", text);
    const auto r = test::run_tool({"validate", "--ndjson", "--jobs", "3", "--format", "json", file});
    BOOST_TEST(r.status == 1);
    std::size_t records = 0, line = 0, start = 0;
    std::string expected;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        std::string_view record(text.data() + start, end - start);
        start = end + 1;
        ++line;
        if (!record.empty() && record.back() == '\r') record.remove_suffix(1);
        if (record.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        ++records;
        expected += "{\"input\":\"" + file + ":" + std::to_string(line) + "\",";
    }
    std::string seen;
    for (std::size_t at = 0; at < r.out.size();) {
        const std::size_t end = r.out.find('\n', at);
        BOOST_TEST_REQUIRE(end != std::string::npos);
        const std::size_t dialect = r.out.find("\"dialect\"", at);
        seen.append(r.out, at, dialect - at);
        at = end + 1;
    }
    BOOST_TEST(test::count_lines(r.out) == records);
    BOOST_TEST((seen == expected));
    BOOST_TEST(test::contains(r.err, "summary: " + std::to_string(records) + " payloads, "), r.err);
}

BOOST_AUTO_TEST_CASE(several_files_standard_input_and_an_unreadable_file) {
    test::temp_dir dir;
    const std::string a = dir.file("a.ndjson", mixed_ndjson(1500));
    const std::string b = dir.file("b.ndjson", mixed_ndjson(700) + std::string(test::valid_payload)); // no final newline
    for (const char* format : {"text", "sarif"}) {
        check_same_as_one_job({"validate", "--ndjson", "--format", format, a, "/nonexistent/x.ndjson", b, a});
        check_same_as_one_job({"validate", "--ndjson", "--format", format, dir.path()}); // a read error: EISDIR
    }
    const auto missing = test::run_tool({"validate", "--ndjson", "--jobs", "2", a, "/nonexistent/x.ndjson"});
    BOOST_TEST(missing.status == 2);
    test::run_options in;
    in.input = mixed_ndjson(2000);
    check_same_as_one_job({"validate", "--ndjson", "--format", "github"}, in);
    check_same_as_one_job({"validate", "--ndjson", "--format", "json", "-"}, in);
}

BOOST_AUTO_TEST_CASE(exit_statuses_and_an_empty_input) {
    test::temp_dir dir;
    std::string valid;
    for (int i = 0; i < 3000; ++i) valid += std::string(test::valid_payload) + "\n";
    const auto ok = test::run_tool({"validate", "--ndjson", "--jobs", "2", dir.file("valid.ndjson", valid)});
    BOOST_TEST(ok.status == 0);
    BOOST_TEST(ok.out.empty());
    BOOST_TEST(ok.err == "summary: 3000 payloads, 3000 valid, 0 invalid (0 errors, 0 warnings)\n");
    const auto empty = test::run_tool({"validate", "--ndjson", "--jobs", "4", dir.file("empty.ndjson", "")});
    BOOST_TEST(empty.status == 0);
    BOOST_TEST(empty.err == "summary: 0 payloads, 0 valid, 0 invalid (0 errors, 0 warnings)\n");
    check_same_as_one_job({"validate", "--ndjson", "--format", "sarif", dir.file("blank.ndjson", "\n\n  \n")});
}

BOOST_AUTO_TEST_CASE(a_line_over_the_size_limit_stops_the_reading_as_before) {
    test::temp_dir dir;
    const std::string records = mixed_ndjson(2000);
    // An endless line: the reading stops at the limit (1 MiB), after the records before it.
    const std::string endless = dir.file("endless.ndjson", records + std::string(3 << 20, 'x') + "\n" + records);
    for (const char* format : {"text", "json", "sarif", "github"})
        check_same_as_one_job({"validate", "--ndjson", "--format", format, endless});
    const auto r = test::run_tool({"validate", "--ndjson", "--jobs", "2", "--format", "json", endless});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(test::contains(r.err, "appnotify: stopped reading " + endless + " at a line longer than 1048576 bytes\n"),
               r.err);
    BOOST_TEST(test::contains(r.out, "\"code\":\"input-too-large\""));
    // A long line that ends within what was read is too large, and the reading goes on.
    const std::string ending = dir.file("ending.ndjson", std::string(700000, ' ') + "\n" + records +
                                                             std::string((1 << 20) + 300, 'y') + "\n" + records);
    check_same_as_one_job({"validate", "--ndjson", "--format", "json", ending});
}

BOOST_AUTO_TEST_CASE(the_default_is_a_thread_per_core_with_the_same_output) {
    test::temp_dir dir;
    const std::string file = dir.file("mixed.ndjson", mixed_ndjson(3000));
    const auto by_default = test::run_tool({"validate", "--ndjson", "--format", "sarif", file});
    const auto one = test::run_tool({"validate", "--ndjson", "--jobs", "1", "--format", "sarif", file});
    BOOST_TEST(by_default.status == one.status);
    BOOST_TEST((by_default.out == one.out));
    BOOST_TEST(by_default.err == one.err);
    // Whole files are validated one at a time: --jobs changes nothing there.
    const auto whole = test::run_tool({"validate", "--jobs", "3", test::example("welcome"), test::example("url-action")});
    BOOST_TEST(whole.status == 0);
    BOOST_TEST(whole.err == "2 inputs: 2 valid, 0 invalid (0 errors, 1 warning)\n");
}

BOOST_AUTO_TEST_CASE(jobs_must_be_a_number_from_1_to_256) {
    test::temp_dir dir;
    const std::string file = dir.file("one.ndjson", std::string(test::valid_payload) + "\n");
    for (const char* bad : {"0", "abc", "-1", "", "2x", "+2", "257", "1e3", "99999999999999999999", " 2"}) {
        const auto r = test::run_tool({"validate", "--ndjson", "--jobs", bad, file});
        BOOST_TEST(r.status == 2, "--jobs '" << bad << "'");
        BOOST_TEST(r.out.empty());
        BOOST_TEST(r.err == "appnotify validate: --jobs takes a number of threads from 1 to 256, not '" +
                                std::string(bad) + "'\n");
    }
    const auto escaped = test::run_tool({"validate", "--ndjson", "--jobs=\x1b[2J", file});
    BOOST_TEST(escaped.status == 2);
    BOOST_TEST(!test::contains(escaped.err, "\x1b"), escaped.err);
    const auto missing = test::run_tool({"validate", "--ndjson", file, "--jobs"});
    BOOST_TEST(missing.status == 2);
    BOOST_TEST(test::contains(missing.err, "option '--jobs' needs a value"), missing.err);
    for (const char* good : {"1", "256", "02"}) BOOST_TEST(test::run_tool({"validate", "--ndjson", "--jobs", good, file}).status == 0);
    const auto help = test::run_tool({"validate", "--help"});
    BOOST_TEST(test::contains(help.out, "  --jobs N "), help.out);
}

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define APPNOTIFY_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define APPNOTIFY_TEST_SANITIZED 1
#endif
#endif

BOOST_AUTO_TEST_CASE(memory_does_not_grow_with_the_input) {
#ifdef APPNOTIFY_TEST_SANITIZED
    // A sanitizer's allocator keeps freed memory in quarantine, so peak memory grows with the
    // work done: this holds for the tool as it is shipped.
    BOOST_TEST_MESSAGE("skipped under a sanitizer");
#else
    test::temp_dir dir;
    std::string block;
    for (const std::string& line : example_lines()) block += line + "\n";
    std::string small, large;
    while (small.size() < (std::size_t(4) << 20)) small += block;
    while (large.size() < (std::size_t(40) << 20)) large += block;
    const std::string small_file = dir.file("small.ndjson", small);
    const std::string large_file = dir.file("large.ndjson", large);
    large.clear();
    large.shrink_to_fit();
    for (const char* jobs : {"2", "8"}) {
        const auto s = test::run_tool({"validate", "--ndjson", "--jobs", jobs, small_file});
        const auto l = test::run_tool({"validate", "--ndjson", "--jobs", jobs, large_file});
        BOOST_TEST(s.status == l.status);
        BOOST_TEST_REQUIRE(s.peak_rss_kib > 0);
        // Ten times the input, and the same memory give or take what the allocator keeps: a
        // tool that held the input, its records or its output would need 36 MiB more.
        BOOST_TEST(l.peak_rss_kib < s.peak_rss_kib + 8 * 1024, "--jobs " << jobs << ": " << s.peak_rss_kib
                                                                        << " KiB on 4 MiB, " << l.peak_rss_kib
                                                                        << " KiB on 40 MiB");
    }
#endif
}

BOOST_AUTO_TEST_SUITE_END()
