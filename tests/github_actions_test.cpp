// SPDX-License-Identifier: MIT
// GitHub Actions workflow commands (github_actions.hpp). tests/ci/github_test.py parses the
// tool's output as the runner does.
#include "test_support.hpp"

#include <string>
#include <string_view>

namespace {

const std::string invalid_payload = "{\n  \"Title\": \"Hi\",\n  \"IconType\": \"100000003\",\n"
                                    "  \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"\n}";

std::string annotation(const appnotify::diagnostic& d, std::string_view file_name, std::size_t record_line = 0) {
    std::string out;
    appnotify::format_github_annotation(out, d, file_name, record_line);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(github_actions)

BOOST_AUTO_TEST_CASE(an_error_is_one_command_with_position_and_code) {
    const auto r = appnotify::validate(invalid_payload);
    BOOST_TEST(annotation(r.diagnostics()[0], "payloads/a.json") ==
               "::error file=payloads/a.json,line=3,col=15,endLine=3,endColumn=26,title=number-as-string::\"IconType\" "
               "is a choice (option set) value and must be a number, not a string: write 100000003 without quotes "
               "(Warning) (at /IconType)\n");
    // On line 7 of an NDJSON file.
    BOOST_TEST(test::contains(annotation(r.diagnostics()[0], "x.ndjson", 7), "::error file=x.ndjson,line=7,col=15,endLine=7,"));
}

BOOST_AUTO_TEST_CASE(a_warning_is_a_warning_command_and_a_point_has_equal_columns) {
    appnotify::diagnostic d;
    d.code = appnotify::diagnostic_code::ignored_field;
    d.severity = appnotify::severity::warning;
    d.line = d.end_line = 2;
    d.column = d.end_column = 5;
    d.message = "m";
    BOOST_TEST(annotation(d, "f") == "::warning file=f,line=2,col=5,endLine=2,endColumn=5,title=ignored-field::m\n");
    // Over several lines: no columns, which GitHub only places on one line.
    d.end_line = 4;
    d.end_column = 2;
    BOOST_TEST(annotation(d, "f") == "::warning file=f,line=2,endLine=4,title=ignored-field::m\n");
}

BOOST_AUTO_TEST_CASE(message_and_properties_are_escaped_as_the_runner_requires) {
    appnotify::diagnostic d;
    d.code = appnotify::diagnostic_code::unknown_parameter;
    d.severity = appnotify::severity::error;
    d.message = "100% \"a,b:c\"\r\n::error::injected";
    d.path = "/x%0A\n";
    BOOST_TEST(annotation(d, "dir/we,ird:%\r\n.json") ==
               "::error file=dir/we%2Cird%3A%25%0D%0A.json,line=1,col=1,endLine=1,endColumn=1,title=unknown-parameter::"
               "100%25 \"a,b:c\"%0D%0A::error::injected (at /x%250A%0A)\n");
}

BOOST_AUTO_TEST_CASE(what_could_drive_the_log_viewer_is_shown_escaped) {
    appnotify::diagnostic d;
    d.message = "\x1b[31mred\xE2\x80\xAE\x7f\xC3";
    d.path = "/\xFF";
    BOOST_TEST(annotation(d, "f\x1b\xE2\x80\xAE.json") ==
               "::warning file=f\\u001B\\u202E.json,line=1,col=1,endLine=1,endColumn=1,title=input-too-large::"
               "\\u001B[31mred\\u202E\\u007F\\xC3 (at /\\xFF)\n");
    // Other Unicode stays as it is.
    d.message = "caf\xC3\xA9 \xE6\x97\xA5";
    d.path = {};
    BOOST_TEST(test::contains(annotation(d, "f"), "::caf\xC3\xA9 \xE6\x97\xA5\n"));
}

BOOST_AUTO_TEST_CASE(hostile_payloads_give_one_line_per_diagnostic) {
    const std::string hostile = "%0A\\\"\r\n::error::x\x1b\xE2\x80\xA8";
    const std::string payload = "{\"Title\": \"x\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\", \"" +
                                hostile + "\": 1, \"" + std::string(100000, ',') + "\": 2, \"Body\": \"\xC3\"}";
    for (const std::string& input : {payload, std::string("\x01\n::error::x{\"\xFF")}) {
        const auto r = appnotify::validate(input);
        BOOST_TEST_REQUIRE(r.diagnostics().size() != 0u);
        std::string out;
        for (const auto& d : r.diagnostics()) appnotify::format_github_annotation(out, d, "a\n::error::b.json");
        BOOST_TEST_REQUIRE(out.back() == '\n');
        std::size_t lines = 0;
        for (std::size_t at = 0; at < out.size(); at = out.find('\n', at) + 1) { // every line ends with '\n'
            BOOST_TEST((out.compare(at, 8, "::error ") == 0 || out.compare(at, 10, "::warning ") == 0), out.substr(at, 80));
            ++lines;
        }
        BOOST_TEST(lines == r.diagnostics().size());
        BOOST_TEST(out.find('\r') == std::string::npos);
        BOOST_TEST(out.find('\x1b') == std::string::npos);
        BOOST_TEST(out.size() < 4 * input.size() + 1000 * r.diagnostics().size());
    }
}

BOOST_AUTO_TEST_CASE(any_output_gets_the_same_bytes) {
    const auto r = appnotify::validate(invalid_payload);
    const std::string expected = annotation(r.diagnostics()[0], "a.json");
    char small[20];
    appnotify::fixed_buffer buffer(small);
    appnotify::format_github_annotation(buffer, r.diagnostics()[0], "a.json");
    BOOST_TEST(buffer.wanted() == expected.size());
    BOOST_TEST(buffer.view() == std::string_view(expected).substr(0, 20));
}

BOOST_AUTO_TEST_SUITE_END()
