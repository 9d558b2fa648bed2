// SPDX-License-Identifier: MIT
// Writing diagnostics as compiler-style text and as JSON (report.hpp).
#include "test_support.hpp"

using appnotify::validate;

BOOST_AUTO_TEST_SUITE(report)

BOOST_AUTO_TEST_CASE(text_has_location_code_message_source_and_caret) {
    const std::string json = "{\n  \"Title\": \"Hi\",\n  \"IconType\": \"100000003\",\n"
                             "  \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"\n}";
    const auto r = validate(json);
    std::string out;
    appnotify::format_diagnostic(out, r.diagnostics()[0], "a.json", json);
    BOOST_TEST(out == "a.json:3:15: error[number-as-string]: \"IconType\" is a choice (option set) value and must be a "
                      "number, not a string: write 100000003 without quotes (Warning) (at /IconType)\n"
                      "    \"IconType\": \"100000003\",\n"
                      "                ^\n");
}

BOOST_AUTO_TEST_CASE(text_in_color) {
    const std::string json = test::payload(R"~("Expiry": 0)~");
    const auto r = validate(json);
    std::string out;
    appnotify::format_diagnostic(out, r.diagnostics()[0], "x", json, {true, false});
    BOOST_TEST(out.substr(0, 8) == "\x1b[1mx:1:");
    BOOST_TEST(test::contains(out, "\x1b[1;31merror\x1b[0m"));
}

BOOST_AUTO_TEST_CASE(long_lines_are_shown_around_the_spot) {
    const std::string json = test::payload("\"Body\": \"" + std::string(5000, 'x') + "\", \"Expiry\": 0");
    const auto r = validate(json);
    std::string out;
    appnotify::format_diagnostic(out, test::find(r, appnotify::diagnostic_code::integer_out_of_range, "/Expiry"), "x", json);
    BOOST_TEST(out.size() < 400u);
    const std::size_t source = out.find('\n') + 1;
    const std::size_t caret_line = out.find('\n', source) + 1;
    const std::size_t caret = out.find('^', caret_line) - caret_line;
    BOOST_TEST(out[source + caret] == '0');
}

BOOST_AUTO_TEST_CASE(control_characters_in_the_source_line_are_neutralised) {
    const std::string json = test::payload("\"Body\": \"\\u001b[31m\", \"Expiry\": 0") + "\x1b[2J";
    const auto r = validate(json);
    std::string out;
    for (const auto& d : r.diagnostics()) appnotify::format_diagnostic(out, d, "x", json);
    BOOST_TEST(out.find('\x1b') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(json_string_escaping) {
    std::string out;
    appnotify::append_json_string(out, std::string_view("a\"b\\c\n\x01\xE2\x80\xA8\xFF", 11));
    BOOST_TEST(out == "\"a\\\"b\\\\c\\n\\u0001\\u2028\xEF\xBF\xBD\"");
}

BOOST_AUTO_TEST_CASE(json_line_per_input) {
    const std::string json = test::payload(R"~("Expiry": 0)~");
    const auto r = validate(json);
    std::string out;
    appnotify::format_result_json(out, "in.json", "action", r.valid(), r.diagnostics());
    const std::size_t at = json.find(": 0") + 2;
    BOOST_TEST(out == "{\"input\":\"in.json\",\"dialect\":\"action\",\"valid\":false,\"diagnostics\":[{\"severity\":"
                      "\"error\",\"code\":\"integer-out-of-range\",\"path\":\"/Expiry\",\"offset\":" +
                          std::to_string(at) + ",\"line\":1,\"column\":" + std::to_string(at + 1) +
                          ",\"message\":\"\\\"Expiry\\\" is 0; it must be 1 to 2147483647 seconds\"}]}");
}

BOOST_AUTO_TEST_SUITE_END()
