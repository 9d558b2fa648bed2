// SPDX-License-Identifier: MIT
// The strict scanner that locates and explains JSON syntax errors (detail/json_syntax.hpp).
#include "test_support.hpp"

using appnotify::diagnostic_code;

namespace {
struct located {
    bool found = false;
    diagnostic_code code{};
    std::size_t offset = 0;
    std::string message;
};

located locate(std::string_view text, std::size_t max_depth = 64) {
    located r;
    const auto e = appnotify::detail::find_json_syntax_error(text, max_depth, r.message);
    if (e) {
        r.found = true;
        r.code = e->code;
        r.offset = e->offset;
    }
    return r;
}

void expect(std::string_view text, diagnostic_code code, std::size_t offset, std::string_view message_part = {}) {
    const located r = locate(text);
    BOOST_TEST_REQUIRE(r.found, "no error found in " << text);
    BOOST_TEST(r.code == code, text);
    BOOST_TEST(r.offset == offset, text);
    BOOST_TEST(test::contains(r.message, message_part), r.message);
}
} // namespace

BOOST_AUTO_TEST_SUITE(json_syntax)

BOOST_AUTO_TEST_CASE(accepts_valid_json) {
    for (const std::string_view ok : {"{}", "[]", R"~({"a": [1, -2.5e+3, true, false, null, "x\u00e9\ud83d\ude00"]})~",
                                      " \t\r\n{\"\":{}} ", "0", "\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"", "1e400", "-0"})
        BOOST_TEST(!locate(ok).found, ok);
}

BOOST_AUTO_TEST_CASE(comments_say_so) {
    expect("{\"IconType\": 100000000, // info\n}", diagnostic_code::json_comment, 24, "// comments");
    expect("{/* c */}", diagnostic_code::json_comment, 1);
}

BOOST_AUTO_TEST_CASE(trailing_commas) {
    expect(R"~({"a": 1,})~", diagnostic_code::json_trailing_comma, 7, "remove it");
    expect("[1, 2 ,\n]", diagnostic_code::json_trailing_comma, 6);
}

BOOST_AUTO_TEST_CASE(trailing_content) {
    expect(R"~({"a": 1} {"b": 2})~", diagnostic_code::json_trailing_content, 9, "exactly one");
}

BOOST_AUTO_TEST_CASE(empty_input) {
    expect("", diagnostic_code::json_empty, 0);
    expect("  \n", diagnostic_code::json_empty, 0);
}

BOOST_AUTO_TEST_CASE(unexpected_end) {
    expect(R"~({"a": )~", diagnostic_code::json_unexpected_end, 6);
    expect(R"~({"a": [1)~", diagnostic_code::json_unexpected_end, 8, "inside an array");
}

BOOST_AUTO_TEST_CASE(strings) {
    expect(R"~({"a": "abc)~", diagnostic_code::json_unterminated_string, 6, "never closed");
    expect("{\"a\": \"x\ny\"}", diagnostic_code::json_control_character, 8, "\\n");
    expect(std::string_view("{\"a\": \"\0\"}", 10), diagnostic_code::json_control_character, 7, "U+0000");
    expect(R"~({"a": "\q"})~", diagnostic_code::json_invalid_escape, 7, "found 'q'");
    expect(R"~({"a": "\u12g4"})~", diagnostic_code::json_invalid_escape, 7, "four hexadecimal");
    expect(R"~({"a": "x\ud800y"})~", diagnostic_code::json_lone_surrogate, 8, "high surrogate");
    expect(R"~({"a": "\udc00"})~", diagnostic_code::json_lone_surrogate, 7, "low surrogate");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_inside_and_outside_strings) {
    expect("{\"a\": \"\xC3\x28\"}", diagnostic_code::json_invalid_utf8, 7, "truncated");
    expect("{\"a\": \"\xED\xA0\x80\"}", diagnostic_code::json_invalid_utf8, 7, "surrogate");
    expect("{\"a\": 1}\xFF", diagnostic_code::json_invalid_utf8, 8);
}

BOOST_AUTO_TEST_CASE(numbers) {
    expect(R"~({"a": 01})~", diagnostic_code::json_invalid_number, 6, "leading zeros");
    expect(R"~({"a": +1})~", diagnostic_code::json_invalid_number, 6, "'+'");
    expect(R"~({"a": 1.})~", diagnostic_code::json_invalid_number, 8);
    expect(R"~({"a": .5})~", diagnostic_code::json_invalid_number, 6);
    expect(R"~({"a": 1e})~", diagnostic_code::json_invalid_number, 8);
    expect(R"~({"a": 12ab})~", diagnostic_code::json_invalid_number, 8);
}

BOOST_AUTO_TEST_CASE(literals_name_the_json_spelling) {
    expect(R"~({"a": True})~", diagnostic_code::json_invalid_literal, 6, "write true");
    expect(R"~({"a": None})~", diagnostic_code::json_invalid_literal, 6, "write null");
    expect(R"~({"a": NaN})~", diagnostic_code::json_invalid_literal, 6, "not a JSON number");
    expect(R"~({"a": tru})~", diagnostic_code::json_invalid_literal, 6);
}

BOOST_AUTO_TEST_CASE(structure) {
    expect(R"~({"a" 1})~", diagnostic_code::json_syntax, 5, "expected ':'");
    expect(R"~({"a": 1 "b": 2})~", diagnostic_code::json_syntax, 8, "comma is missing");
    expect(R"~([1 2])~", diagnostic_code::json_syntax, 3, "comma is missing");
    expect(R"~({"a": [1}})~", diagnostic_code::json_syntax, 8, "does not match");
    expect(R"~({a: 1})~", diagnostic_code::json_syntax, 1, "write \"a\"");
    expect(R"~({'a': 1})~", diagnostic_code::json_syntax, 1, "single-quoted");
    expect(R"~({"a": 'x'})~", diagnostic_code::json_syntax, 6, "single-quoted");
    expect("{\"a\": \xE2\x80\x9Cx\xE2\x80\x9D}", diagnostic_code::json_syntax, 6, "typographic quote");
    expect(std::string_view("{\0}", 3), diagnostic_code::json_syntax, 1);
}

BOOST_AUTO_TEST_CASE(nesting_depth_is_limited_without_recursion) {
    const std::string deep(100000, '[');
    const located r = locate(deep, 64);
    BOOST_TEST(r.found);
    BOOST_TEST(r.code == diagnostic_code::json_nesting_too_deep);
    BOOST_TEST(r.offset == 64u);
    std::string ok = std::string(64, '[') + std::string(64, ']');
    BOOST_TEST(!locate(ok, 64).found);
}

BOOST_AUTO_TEST_SUITE_END()
