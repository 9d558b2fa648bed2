// SPDX-License-Identifier: MIT
// Writing diagnostics as compiler-style text and as JSON (report.hpp).
#include "test_support.hpp"

#include <string>
#include <vector>

using appnotify::validate;

BOOST_AUTO_TEST_SUITE(report)

BOOST_AUTO_TEST_CASE(text_has_location_code_message_source_and_underline) {
    const std::string json = "{\n  \"Title\": \"Hi\",\n  \"IconType\": \"100000003\",\n"
                             "  \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"\n}";
    const auto r = validate(json);
    std::string out;
    appnotify::format_diagnostic(out, r.diagnostics()[0], "a.json", json);
    BOOST_TEST(out == "a.json:3:15: error[number-as-string]: \"IconType\" is a choice (option set) value and must be a "
                      "number, not a string: write 100000003 without quotes (Warning) (at /IconType)\n"
                      "    \"IconType\": \"100000003\",\n"
                      "                ^~~~~~~~~~~\n");
}

BOOST_AUTO_TEST_CASE(the_underline_follows_the_span) {
    // Wide characters take two columns, so the caret and the underline stay under them.
    const std::string raw = "{\"Title\": \"\xE8\xAD\xA6\xE5\x91\x8A\", \"Titel\": \"\xE8\xAD\xA6\", "
                            "\"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}";
    const auto r = validate(raw);
    std::string out;
    appnotify::format_diagnostic(out, test::find(r, appnotify::diagnostic_code::unknown_parameter, "/Titel"), "x", raw);
    const std::size_t source = out.find('\n') + 1;
    const std::size_t underline = out.find('\n', source) + 1;
    BOOST_TEST(out.substr(underline) == std::string(2 + 18, ' ') + "^~~~~~~\n", out);
    // A span over several lines is underlined to the end of its first.
    appnotify::diagnostic d;
    const std::string text = "ab\ncd";
    d.offset = 1;
    d.column = 2;
    d.end_offset = 4;
    d.end_line = 2;
    d.end_column = 2;
    out.clear();
    appnotify::format_diagnostic(out, d, "x", text);
    BOOST_TEST(out.substr(out.find('\n') + 1) == "  ab\n   ^\n");
    d.offset = 0;
    d.column = 1;
    out.clear();
    appnotify::format_diagnostic(out, d, "x", text);
    BOOST_TEST(out.substr(out.find('\n') + 1) == "  ab\n  ^~\n");
    // An empty span is a caret.
    d.end_offset = 0;
    d.end_line = 1;
    d.end_column = 1;
    out.clear();
    appnotify::format_diagnostic(out, d, "x", text);
    BOOST_TEST(out.substr(out.find('\n') + 1) == "  ab\n  ^\n");
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

BOOST_AUTO_TEST_CASE(names_and_paths_cannot_drive_a_terminal) {
    // A member name with an escape sequence and a bidi override, and a file name with one.
    const std::string json = test::payload(R"~("\u001b[2J\u202eX": 1)~");
    const auto r = validate(json);
    std::string out;
    for (const auto& d : r.diagnostics()) appnotify::format_diagnostic(out, d, "in\x1b]8;;x\x07.json\xFF", r.input());
    BOOST_TEST(out.find('\x1b') == std::string::npos, out);
    BOOST_TEST(out.find('\x07') == std::string::npos, out);
    BOOST_TEST(out.find("\xE2\x80\xAE") == std::string::npos, out);
    BOOST_TEST(test::contains(out, "in\\u001B]8;;x\\u0007.json\\xFF:1:"), out);
    BOOST_TEST(test::contains(out, "(at /\\u001B[2J\\u202EX)"), out);
}

BOOST_AUTO_TEST_CASE(json_string_escaping) {
    std::string out;
    appnotify::append_json_string(out, std::string_view("a\"b\\c\n\x01\xE2\x80\xA8\xFF", 11));
    BOOST_TEST(out == "\"a\\\"b\\\\c\\n\\u0001\\u2028\xEF\xBF\xBD\"");
}

BOOST_AUTO_TEST_CASE(json_keeps_foreign_characters_escaped) {
    // C1 controls (U+009B is a one-byte CSI), bidi controls and tags are written as \uXXXX,
    // tags as surrogate pairs; other non-ASCII text stays as it is.
    std::string out;
    appnotify::append_json_string(out, "\xC2\x9B" "2J \xE2\x80\xAE \xE2\x81\xA6 \xF3\xA0\x80\x81 caf\xC3\xA9 \xE8\xAD\xA6");
    BOOST_TEST(out == "\"\\u009B2J \\u202E \\u2066 \\uDB40\\uDC01 caf\xC3\xA9 \xE8\xAD\xA6\"");
    // A diagnostic's path and message, and the input's name, in JSON.
    const std::string json = test::payload(R"~("\u001b[2J\u009b\u202eX": 1)~");
    const auto r = validate(json);
    out.clear();
    appnotify::format_result_json(out, r, "in\xC2\x9B.json");
    BOOST_TEST(test::contains(out, "\"input\":\"in\\u009B.json\""), out);
    BOOST_TEST(test::contains(out, "\"path\":\"/\\u001B[2J\\u009B\\u202EX\""), out);
    BOOST_TEST(out.find("\xC2\x9B") == std::string::npos, out);
    BOOST_TEST(out.find("\xE2\x80\xAE") == std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(shown_text_is_the_escaping_of_names_and_paths) {
    std::string out;
    appnotify::append_shown_text(out, "a\x1b]52;c;x\x07\xC2\x9B\xE2\x80\xAE\xFF caf\xC3\xA9");
    BOOST_TEST(out == "a\\u001B]52;c;x\\u0007\\u009B\\u202E\\xFF caf\xC3\xA9");
}

BOOST_AUTO_TEST_CASE(json_line_per_input) {
    const std::string json = test::payload(R"~("Expiry": 0)~");
    const auto r = validate(json);
    std::string out;
    appnotify::format_result_json(out, r, "in.json");
    const std::size_t at = json.find(": 0") + 2;
    BOOST_TEST(out == "{\"input\":\"in.json\",\"dialect\":\"action\",\"valid\":false,\"diagnostics\":[{\"severity\":"
                      "\"error\",\"code\":\"integer-out-of-range\",\"path\":\"/Expiry\",\"offset\":" +
                          std::to_string(at) + ",\"line\":1,\"column\":" + std::to_string(at + 1) +
                          ",\"message\":\"\\\"Expiry\\\" is 0; it must be 1 to 2147483647 seconds\"" +
                          ",\"end_line\":1,\"end_column\":" + std::to_string(at + 2) + ",\"length\":1}]}");
}

BOOST_AUTO_TEST_CASE(every_formatter_writes_to_any_output) {
    const std::string json = test::payload(R"~("Expiry": 0, "Body": "\u2028 \"quoted\" and more text so that the message is long")~");
    const auto r = validate(json);
    BOOST_TEST_REQUIRE(!r.diagnostics().empty());
    const appnotify::diagnostic& d = r.diagnostics()[0];
    // Each formatter once into a std::string: what the other outputs must receive.
    std::string text, json_diagnostic, line, literal;
    appnotify::format_diagnostic(text, d, "in.json", r.input());
    appnotify::format_diagnostic_json(json_diagnostic, d);
    appnotify::format_result_json(line, r, "in.json");
    appnotify::append_json_string(literal, r.input());
    const auto through = [&](appnotify::output out) {
        appnotify::format_diagnostic(out, d, "in.json", r.input());
        appnotify::format_diagnostic_json(out, d);
        appnotify::format_result_json(out, r, "in.json");
        appnotify::append_json_string(out, r.input());
    };
    const std::string all = text + json_diagnostic + line + literal;
    // A fixed buffer large enough, then one too small: it keeps what fits and counts the rest.
    std::vector<char> storage(all.size() + 10);
    appnotify::fixed_buffer roomy(storage.data(), storage.size());
    through(roomy);
    BOOST_TEST(roomy.view() == all);
    BOOST_TEST(!roomy.truncated());
    char small[40];
    appnotify::fixed_buffer cut(small);
    through(cut);
    BOOST_TEST(cut.view() == all.substr(0, 40));
    BOOST_TEST(cut.truncated());
    BOOST_TEST(cut.wanted() == all.size());
    // A callback gets the same bytes, in blocks rather than a call per piece.
    std::string received;
    std::size_t calls = 0;
    auto collect = [&](std::string_view bytes) {
        received += bytes;
        ++calls;
    };
    through(appnotify::output::to_callback(collect));
    BOOST_TEST(received == all);
    BOOST_TEST(calls <= 4 + all.size() / 256, calls);
    // And a std::string still appends.
    std::string appended = "kept:";
    through(appended);
    BOOST_TEST(appended == "kept:" + all);
}

BOOST_AUTO_TEST_CASE(json_lines_carry_the_span) {
    const std::string json = test::payload(R"~("IconType": "100000003")~");
    const auto r = validate(json);
    std::string out;
    appnotify::format_diagnostic_json(out, r.diagnostics()[0]);
    const std::size_t at = json.find("\"100000003\"");
    BOOST_TEST(out == "{\"severity\":\"error\",\"code\":\"number-as-string\",\"path\":\"/IconType\",\"offset\":" +
                          std::to_string(at) + ",\"line\":1,\"column\":" + std::to_string(at + 1) +
                          ",\"message\":\"\\\"IconType\\\" is a choice (option set) value and must be a number, not a "
                          "string: write 100000003 without quotes (Warning)\",\"end_line\":1,\"end_column\":" +
                          std::to_string(at + 12) + ",\"length\":11}");
}

BOOST_AUTO_TEST_CASE(the_dialect_of_an_unrecognized_payload_is_unknown) {
    const auto r = validate(R"~({"foo": 1, "bar": 2})~");
    std::string out;
    appnotify::format_result_json(out, r, "x");
    BOOST_TEST(out.rfind("{\"input\":\"x\",\"dialect\":\"unknown\",\"valid\":false,", 0) == 0u, out);
    const auto record = validate(test::record());
    out.clear();
    appnotify::format_result_json(out, record, "r");
    BOOST_TEST(out == "{\"input\":\"r\",\"dialect\":\"record\",\"valid\":true,\"diagnostics\":[]}");
}

BOOST_AUTO_TEST_SUITE_END()
