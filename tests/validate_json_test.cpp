// SPDX-License-Identifier: MIT
// JSON-level problems reported through validate(): the exact code, path, offset and position.
#include "test_support.hpp"

using appnotify::diagnostic_code;
using appnotify::validate;

BOOST_AUTO_TEST_SUITE(validate_json)

BOOST_AUTO_TEST_CASE(the_documentations_comments_are_an_error_at_the_comment) {
    const std::string json = "{\n  \"Title\": \"Welcome\",\n  \"IconType\": 100000000, // info\n"
                             "  \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"\n}";
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::json_comment, "");
    BOOST_TEST(d.offset == json.find("//"));
    BOOST_TEST(d.line == 3u);
    BOOST_TEST(d.column == 26u);
    BOOST_TEST(!r.ok());
}

BOOST_AUTO_TEST_CASE(semantic_findings_before_a_syntax_error_are_kept) {
    const std::string json = R"~({"Title": 5, "Body": "x",})~";
    const auto r = validate(json);
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 2u, test::describe(r));
    BOOST_TEST(r.diagnostics()[0].code == diagnostic_code::wrong_type);
    BOOST_TEST(r.diagnostics()[0].path == "/Title");
    BOOST_TEST(r.diagnostics()[1].code == diagnostic_code::json_trailing_comma);
    BOOST_TEST(r.diagnostics()[1].offset == json.rfind(','));
}

BOOST_AUTO_TEST_CASE(syntax_errors_deep_inside_values_nobody_reads_are_found) {
    // simdjson's on-demand parser only validates what is read: these sit in ignored members.
    for (const std::string extra : {R"~("X": {"a": [1,,2]})~", R"~("X": [tru])~", R"~("X": {"a": 01})~",
                                    R"~("X": {"b": [1, {"c": 2}}]})~", R"~("X": "\q")~"}) {
        const auto r = validate(test::payload(extra));
        BOOST_TEST(!r.ok(), extra);
        bool syntax = false;
        for (const auto& d : r.diagnostics())
            if (d.code != diagnostic_code::unknown_parameter) syntax = true;
        BOOST_TEST(syntax, extra << test::describe(r));
    }
}

BOOST_AUTO_TEST_CASE(trailing_content_after_the_object) {
    const std::string json = test::payload() + " {\"Title\": \"again\"}";
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::json_trailing_content, "");
    BOOST_TEST(d.offset == json.find(" {") + 1);
}

BOOST_AUTO_TEST_CASE(trailing_garbage_after_the_object) {
    const std::string json = test::payload() + "\nx";
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::json_trailing_content, "");
    BOOST_TEST(d.line == 2u);
    BOOST_TEST(d.column == 1u);
}

BOOST_AUTO_TEST_CASE(an_array_is_one_notification_per_request) {
    const auto r = validate("[" + test::payload() + "]");
    const auto& d = test::only(r, diagnostic_code::payload_not_object, "");
    BOOST_TEST(test::contains(d.message, "one notification per request"));
}

BOOST_AUTO_TEST_CASE(scalars_are_not_payloads) {
    test::only(validate("\"Welcome\""), diagnostic_code::payload_not_object, "");
    test::only(validate("42"), diagnostic_code::payload_not_object, "");
    test::only(validate("null"), diagnostic_code::payload_not_object, "");
}

BOOST_AUTO_TEST_CASE(a_broken_root_is_a_syntax_error_first) {
    test::only(validate("'x'"), diagnostic_code::json_syntax, "");
    test::only(validate("nul"), diagnostic_code::json_invalid_literal, "");
}

BOOST_AUTO_TEST_CASE(empty_and_whitespace_only_inputs) {
    test::only(validate(""), diagnostic_code::json_empty, "");
    const auto r = validate(" \n\t ");
    const auto& d = test::only(r, diagnostic_code::json_empty, "");
    BOOST_TEST(test::contains(d.message, "only whitespace"));
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_is_a_warning_and_offsets_count_it) {
    const std::string json = "\xEF\xBB\xBF" + test::payload(R"~("IconType": "x")~");
    const auto r = validate(json);
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 2u, test::describe(r));
    BOOST_TEST(r.diagnostics()[0].code == diagnostic_code::json_byte_order_mark);
    BOOST_TEST(r.diagnostics()[0].severity == appnotify::severity::warning);
    BOOST_TEST(r.diagnostics()[1].offset == json.find("\"x\""));
    BOOST_TEST(r.diagnostics()[1].column == json.find("\"x\"") - 3 + 1);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_located) {
    const std::string json = test::payload("\"Body\": \"caf\xC3\"");
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::json_invalid_utf8, "");
    BOOST_TEST(d.offset == json.find('\xC3'));
}

BOOST_AUTO_TEST_CASE(lone_surrogate_escapes_are_errors) {
    const std::string json = test::payload(R"~("Body": "x\ud800")~");
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::json_lone_surrogate, "");
    BOOST_TEST(d.offset == json.find("\\ud800"));
}

BOOST_AUTO_TEST_CASE(duplicate_keys_are_errors_at_the_second_key) {
    const std::string json = R"~({"Title": "a", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", "Title": "b"})~";
    const auto r = validate(json);
    const auto& d = test::only(r, diagnostic_code::duplicate_key, "/Title");
    BOOST_TEST(d.offset == json.rfind("\"Title\""));
}

BOOST_AUTO_TEST_CASE(duplicate_keys_in_large_objects_are_found_too) {
    std::string members;
    for (int i = 0; i < 100; ++i) members += "\"k" + std::to_string(i) + "\": 1, ";
    members += "\"k7\": 2";
    const std::string json = test::payload(R"~("OverrideContent": {)~" + members + "}");
    const auto r = validate(json);
    test::find(r, diagnostic_code::duplicate_key, "/OverrideContent/k7");
}

BOOST_AUTO_TEST_CASE(duplicate_keys_anywhere) {
    const auto r = validate(test::payload(R"~("X": {"a": {"b": 1, "b": 2}})~"));
    test::find(r, diagnostic_code::duplicate_key, "/X/a/b");
}

BOOST_AUTO_TEST_CASE(escaped_keys_are_compared_unescaped) {
    const auto r = validate(R"~({"Title": "a", "\u0054itle": "b", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"})~");
    test::only(r, diagnostic_code::duplicate_key, "/Title");
}

BOOST_AUTO_TEST_CASE(json_pointer_escapes_tilde_and_slash) {
    const auto r = validate(test::payload(R"~("OverrideContent": {"a/b~c": 1})~"));
    test::only(r, diagnostic_code::ignored_field, "/OverrideContent/a~1b~0c");
}

// The walker keeps its path and the members of every open object on stacks whose storage starts
// at 16 items and grows: a path deeper than that, and members above a grown stack, are exact,
// and a result reused for a smaller document says only what that document holds.
BOOST_AUTO_TEST_CASE(paths_and_duplicates_deeper_than_the_first_storage_are_exact) {
    std::string nested = "1";
    std::string pointer;
    for (int level = 19; level >= 0; --level) {
        std::string siblings;
        for (int i = 0; i < 20; ++i) siblings += "\"s" + std::to_string(i) + "\": 0, ";
        if (level % 2 == 0) {
            nested = "{" + siblings + "\"d" + std::to_string(level) + "\": [0, " + nested + "], \"s3\": 1}";
        } else {
            nested = "{\"e" + std::to_string(level) + "\": " + nested + "}";
        }
    }
    for (int level = 0; level < 20; ++level)
        pointer += level % 2 == 0 ? "/d" + std::to_string(level) + "/1" : "/e" + std::to_string(level);
    const std::string json = test::payload(R"~("X": )~" + nested);
    appnotify::validation_result r;
    validate(json, r);
    std::size_t duplicates = 0;
    for (const auto& d : r.diagnostics()) {
        if (d.code != diagnostic_code::duplicate_key) continue;
        ++duplicates;
        BOOST_TEST(json.compare(d.offset, 4, "\"s3\"") == 0);
    }
    BOOST_TEST(duplicates == 10u);
    // The innermost duplicate: the path of every level above it, members and indexes.
    test::find(r, diagnostic_code::duplicate_key, "/X" + pointer.substr(0, pointer.rfind("/d18")) + "/s3");
    validate(test::payload(R"~("X": {"a": {"b": [{"c": 1, "c": 2}]}})~"), r);
    const auto& d = test::find(r, diagnostic_code::duplicate_key, "/X/a/b/0/c");
    for (const auto& other : r.diagnostics()) BOOST_TEST((&other == &d || other.code != diagnostic_code::duplicate_key));
}

BOOST_AUTO_TEST_SUITE_END()
