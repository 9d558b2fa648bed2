// SPDX-License-Identifier: MIT
// The bad-input table of docs/hardening.md: hostile inputs fed to the public API, each with the
// diagnostic it must get. None may crash, hang, recurse without bound or blow up quadratically.
#include "test_support.hpp"

#include <vector>

using appnotify::diagnostic_code;
using appnotify::validate;

namespace {

struct hostile {
    const char* name;
    std::string input;
    diagnostic_code expected;
};

std::string bytes(std::initializer_list<int> values) {
    std::string out;
    for (const int v : values) out.push_back(static_cast<char>(v));
    return out;
}

std::string in_body(const std::string& raw_string_content) {
    return test::payload("\"Body\": \"" + raw_string_content + "\"");
}

std::vector<hostile> table() {
    std::vector<hostile> t = {
        {"empty input", "", diagnostic_code::json_empty},
        {"whitespace only", " \t\r\n ", diagnostic_code::json_empty},
        {"byte order mark", "\xEF\xBB\xBF" + test::payload(), diagnostic_code::json_byte_order_mark},
        {"NUL inside a string", in_body(std::string("a\0b", 3)), diagnostic_code::json_control_character},
        {"NUL outside strings", test::payload() + std::string(1, '\0'), diagnostic_code::json_trailing_content},
        {"NUL between members", std::string("{\0\"Title\": \"x\"}", 15), diagnostic_code::json_syntax},
        {"overlong slash (C0 AF)", in_body(bytes({0xC0, 0xAF})), diagnostic_code::json_invalid_utf8},
        {"overlong three bytes (E0 80 AF)", in_body(bytes({0xE0, 0x80, 0xAF})), diagnostic_code::json_invalid_utf8},
        {"overlong four bytes (F0 80 80 AF)", in_body(bytes({0xF0, 0x80, 0x80, 0xAF})), diagnostic_code::json_invalid_utf8},
        {"surrogate encoded as UTF-8 (ED A0 80)", in_body(bytes({0xED, 0xA0, 0x80})), diagnostic_code::json_invalid_utf8},
        {"low surrogate encoded as UTF-8 (ED BF BF)", in_body(bytes({0xED, 0xBF, 0xBF})), diagnostic_code::json_invalid_utf8},
        {"truncated sequence (E2 82)", in_body(bytes({0xE2, 0x82})), diagnostic_code::json_invalid_utf8},
        {"truncated at the end", test::payload() + bytes({0xF0, 0x9F}), diagnostic_code::json_invalid_utf8},
        {"lone continuation byte (80)", in_body(bytes({0x80})), diagnostic_code::json_invalid_utf8},
        {"beyond U+10FFFF (F4 90 80 80)", in_body(bytes({0xF4, 0x90, 0x80, 0x80})), diagnostic_code::json_invalid_utf8},
        {"lone high surrogate escape", in_body("\\ud800"), diagnostic_code::json_lone_surrogate},
        {"lone low surrogate escape", in_body("\\udfff"), diagnostic_code::json_lone_surrogate},
        {"reversed surrogate pair", in_body("\\udc00\\ud800"), diagnostic_code::json_lone_surrogate},
        {"1e400 as an option value", test::payload("\"IconType\": 1e400"), diagnostic_code::number_not_integer},
        {"1e400 where nobody reads it", test::payload("\"OverrideContent\": {\"n\": 1e400}"), diagnostic_code::ignored_field},
        {"-0 as an option value", test::payload("\"IconType\": -0"), diagnostic_code::invalid_option_value},
        {"-0 as Expiry", test::payload("\"Expiry\": -0"), diagnostic_code::integer_out_of_range},
        {"100000000.0", test::payload("\"IconType\": 100000000.0"), diagnostic_code::number_not_integer},
        {"9223372036854775808", test::payload("\"Priority\": 9223372036854775808"), diagnostic_code::integer_out_of_range},
        {"-9223372036854775809", test::payload("\"Expiry\": -9223372036854775809"), diagnostic_code::integer_out_of_range},
        {"a 400-digit integer", test::payload("\"Expiry\": " + std::string(400, '9')), diagnostic_code::integer_out_of_range},
        {"duplicate keys", R"~({"Title": "a", "Title": "a", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~",
         diagnostic_code::duplicate_key},
        {"10,000-deep arrays", test::payload("\"X\": " + std::string(10000, '[') + std::string(10000, ']')),
         diagnostic_code::json_nesting_too_deep},
        {"10,000-deep unclosed arrays", std::string(10000, '['), diagnostic_code::payload_not_object},
        {"U+2028 outside strings", test::payload().insert(1, "\xE2\x80\xA8"), diagnostic_code::json_syntax},
        {"U+2029 outside strings", test::payload().insert(1, "\xE2\x80\xA9"), diagnostic_code::json_syntax},
        {"NEL (U+0085) outside strings", test::payload().insert(1, "\xC2\x85"), diagnostic_code::json_syntax},
        {"vertical tab outside strings", test::payload().insert(1, "\v"), diagnostic_code::json_syntax},
        {"form feed outside strings", test::payload().insert(1, "\f"), diagnostic_code::json_syntax},
        {"raw line separator in a string is allowed", in_body("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\xC2\x85"),
         diagnostic_code::too_many_diagnostics /* none expected: see below */},
    };
    std::string objects;
    for (int i = 0; i < 10000; ++i) objects += "{\"a\":";
    objects += "1" + std::string(10000, '}');
    t.push_back({"10,000-deep objects", test::payload("\"X\": " + objects), diagnostic_code::json_nesting_too_deep});
    return t;
}

} // namespace

BOOST_AUTO_TEST_SUITE(hostile_inputs)

BOOST_AUTO_TEST_CASE(each_hostile_input_gets_its_diagnostic) {
    for (const hostile& h : table()) {
        const auto r = validate(h.input);
        if (std::string_view(h.name) == "raw line separator in a string is allowed") {
            BOOST_TEST(r.ok(), h.name << test::describe(r));
            BOOST_TEST(r.diagnostics().empty(), h.name << test::describe(r));
            continue;
        }
        BOOST_TEST(test::has(r, h.expected), h.name << ": expected " << appnotify::to_string(h.expected) << test::describe(r));
        if (h.expected != diagnostic_code::json_byte_order_mark && h.expected != diagnostic_code::ignored_field)
            BOOST_TEST(!r.ok(), h.name);
        BOOST_TEST(appnotify::is_valid(h.input) == r.ok(), h.name);
        for (const auto& d : r.diagnostics()) BOOST_TEST(d.offset <= h.input.size(), h.name);
    }
}

BOOST_AUTO_TEST_CASE(a_100_megabyte_input_is_refused_before_parsing) {
    std::string huge = test::payload("\"Body\": \"");
    huge.append(std::size_t(100) << 20, 'x');
    huge += "\"}";
    const auto r = validate(huge);
    test::only(r, diagnostic_code::input_too_large, "");
    BOOST_TEST(r.input().empty()); // nothing was copied
    BOOST_TEST(!appnotify::is_valid(huge));
}

BOOST_AUTO_TEST_CASE(a_million_actions) {
    std::string json = test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", "actions": [)~");
    json.pop_back();
    for (int i = 0; i < 1000000; ++i) json += i ? ",{}" : "{}";
    json += "]}}";
    test::only(validate(json), diagnostic_code::input_too_large, "");
    appnotify::validate_options options;
    options.max_input_bytes = std::size_t(8) << 20;
    const auto r = validate(json, options);
    BOOST_TEST(r.error_count() == 2000001u); // two an action, and data-too-long once
    BOOST_TEST(r.diagnostics().size() == options.max_diagnostics + 1);
    BOOST_TEST(r.diagnostics().back().code == diagnostic_code::too_many_diagnostics);
}

BOOST_AUTO_TEST_CASE(ten_megabyte_strings) {
    const std::string json = in_body(std::string(std::size_t(10) << 20, 'x'));
    test::only(validate(json), diagnostic_code::input_too_large, "");
    appnotify::validate_options options;
    options.max_input_bytes = std::size_t(16) << 20;
    test::only(validate(json, options), diagnostic_code::text_too_long, "/Body");
    // The same text in a member nobody reads, and as a key.
    test::only(validate(test::payload("\"X\": \"" + std::string(std::size_t(10) << 20, 'y') + "\""), options),
               diagnostic_code::unknown_parameter, "/X");
    const auto key = validate(test::payload("\"" + std::string(std::size_t(10) << 20, 'k') + "\": 1"), options);
    BOOST_TEST(test::has(key, diagnostic_code::unknown_parameter));
    BOOST_TEST(key.diagnostics()[0].message.size() < 300u);
}

BOOST_AUTO_TEST_CASE(many_members_and_many_duplicates_stay_linear) {
    std::string members;
    for (int i = 0; i < 100000; ++i) members += (i ? ",\"k" : "\"k") + std::to_string(i % 50000) + "\":1";
    appnotify::validate_options options;
    options.max_input_bytes = std::size_t(8) << 20;
    const auto r = validate(test::payload("\"OverrideContent\": {" + members + "}"), options);
    BOOST_TEST(r.error_count() == 50001u);   // the duplicates (counted beyond the kept diagnostics), data-too-long
    BOOST_TEST(r.warning_count() == 100001u); // every member is ignored, plus too-many-diagnostics
    BOOST_TEST(r.diagnostics().back().code == diagnostic_code::too_many_diagnostics);
}

BOOST_AUTO_TEST_CASE(long_runs_that_heuristics_scan_stay_linear) {
    // Text checks (placeholders, markdown-looking text) on hostile plain text of a large body.
    appnotify::validate_options options;
    options.max_input_bytes = std::size_t(8) << 20;
    std::string text;
    for (int i = 0; i < 200000; ++i) text += "<a ](**{{";
    const auto r = validate(in_body(text), options);
    BOOST_TEST(test::has(r, diagnostic_code::text_too_long));
}

// Issue 11, class 2: a long member name above an object with many problems was repeated by every
// diagnostic (1 MB x 1,000 = 1 GB of output). Paths are shortened (json_pointer.hpp), so every
// diagnostic's text and JSON are bounded whatever the names and the depth.
BOOST_AUTO_TEST_CASE(long_member_names_are_elided_in_paths) {
    std::string duplicates;
    for (int i = 0; i < 1001; ++i) duplicates += i ? ",\"a\":1" : "\"a\":1";
    const std::string input = test::payload("\"" + std::string(1000000, 'n') + "\": {" + duplicates + "}");
    appnotify::validate_options options;
    options.max_input_bytes = std::size_t(2) << 20;
    const auto r = validate(input, options);
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 1001u); // unknown-parameter, 999 duplicates, too-many
    const std::string name = std::string(24, 'n') + "~(999952 bytes)" + std::string(24, 'n');
    BOOST_TEST(r.diagnostics()[0].path == "/" + name);
    BOOST_TEST(r.diagnostics()[1].path == "/" + name + "/a");
    std::string text, json;
    for (const auto& d : r.diagnostics()) {
        const std::size_t before = text.size();
        appnotify::format_diagnostic(text, d, "in.json", r.input());
        BOOST_TEST(text.size() - before <= 4096u);
    }
    appnotify::format_result_json(json, r, "in.json");
    BOOST_TEST(text.size() < input.size() / 2);
    BOOST_TEST(json.size() < input.size() / 2);
}

BOOST_AUTO_TEST_CASE(a_shortened_name_is_cut_between_characters_and_stays_escaped) {
    // 40 two-byte characters, with '~' and '/' kept as RFC 6901 escapes around the marker.
    std::string e;
    for (int i = 0; i < 40; ++i) e += "\xC3\xA9";
    const auto r = validate(test::payload("\"~/" + e + "/~\": 1"));
    const std::string eleven = e.substr(0, 22);
    test::only(r, diagnostic_code::unknown_parameter, "/~0~1" + eleven + "~(36 bytes)" + eleven + "~1~0");
}

BOOST_AUTO_TEST_CASE(deep_paths_keep_their_ends) {
    // 40 levels of 59-character names: the first two and the last are kept, the middle counted.
    std::string open, close;
    std::vector<std::string> names;
    for (int i = 0; i < 40; ++i) {
        names.push_back(std::string(59, static_cast<char>('a' + i % 26)));
        open += "{\"" + names.back() + "\": ";
        close += "}";
    }
    const auto r = validate(test::payload("\"X\": " + open + "{\"a\": 1, \"a\": 2}" + close));
    const std::string path = "/X/" + names[0] + "/~(38 segments)/" + names[39] + "/a";
    BOOST_TEST(test::find(r, diagnostic_code::duplicate_key, path).path == path);
    BOOST_TEST(path.size() <= appnotify::detail::max_pointer);
}

BOOST_AUTO_TEST_SUITE_END()
