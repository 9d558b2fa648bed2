// SPDX-License-Identifier: MIT
// Limits, result reuse and the cheap verdict: hostile inputs stay cheap and answers stay equal.
#include "test_support.hpp"

#include <vector>

using appnotify::diagnostic_code;
using appnotify::validate;

BOOST_AUTO_TEST_SUITE(validate_limits)

BOOST_AUTO_TEST_CASE(inputs_over_the_size_limit_are_refused_before_parsing) {
    appnotify::validate_options options;
    options.max_input_bytes = 64;
    const std::string big = test::payload("\"Body\": \"" + std::string(100, 'x') + "\"");
    const auto r = validate(big, options);
    const auto& d = test::only(r, diagnostic_code::input_too_large, "");
    BOOST_TEST(d.offset == 0u);
    BOOST_TEST(test::contains(d.message, "limit of 64 bytes"));
    BOOST_TEST(!appnotify::is_valid(big, options));
    BOOST_TEST(validate(big).ok());
}

BOOST_AUTO_TEST_CASE(the_default_size_limit_is_one_mebibyte) {
    const std::string big = test::payload("\"Body\": \"" + std::string(std::size_t(1) << 20, 'x') + "\"");
    test::only(validate(big), diagnostic_code::input_too_large, "");
}

BOOST_AUTO_TEST_CASE(deep_nesting_stops_at_the_limit) {
    const std::string deep = test::payload("\"X\": " + std::string(10000, '[') + std::string(10000, ']'));
    const auto r = validate(deep);
    BOOST_TEST(test::has(r, diagnostic_code::json_nesting_too_deep), test::describe(r));
    BOOST_TEST(!r.ok());
}

BOOST_AUTO_TEST_CASE(a_raised_limit_lets_deeper_nesting_through) {
    const std::string deep = test::payload("\"X\": " + std::string(200, '[') + std::string(200, ']'));
    appnotify::validate_options options;
    options.max_depth = 201; // the payload's object is a level too
    const auto allowed = validate(deep, options);
    BOOST_TEST(!test::has(allowed, diagnostic_code::json_nesting_too_deep), test::describe(allowed));
    test::only(allowed, diagnostic_code::unknown_parameter, "/X");
    options.max_depth = 200;
    BOOST_TEST(test::has(validate(deep, options), diagnostic_code::json_nesting_too_deep));
}

BOOST_AUTO_TEST_CASE(the_limit_cannot_be_raised_past_the_supported_depth) {
    // Recursion per level must stay far from the stack's end, whatever the caller asks for.
    const std::size_t levels = appnotify::max_supported_depth + 10;
    const std::string deep = test::payload("\"X\": " + std::string(levels, '[') + std::string(levels, ']'));
    appnotify::validate_options options;
    options.max_depth = std::size_t(1) << 30;
    const auto r = validate(deep, options);
    // "/X" and 255 "/0": a long path keeps its first and last 120 bytes of whole segments.
    std::string path = "/X";
    for (std::size_t i = 0; i < 59; ++i) path += "/0";
    path += "/~(136 segments)";
    for (std::size_t i = 0; i < 60; ++i) path += "/0";
    BOOST_TEST_REQUIRE(r.diagnostics().size() == 2u, test::describe(r));
    BOOST_TEST(r.diagnostics()[0].code == diagnostic_code::unknown_parameter);
    const auto& too_deep = r.diagnostics()[1];
    BOOST_TEST(too_deep.code == diagnostic_code::json_nesting_too_deep);
    BOOST_TEST(too_deep.path == path);
    BOOST_TEST(too_deep.offset == deep.find('[') + appnotify::max_supported_depth - 1);
    BOOST_TEST(too_deep.message.find("limit of 256") != std::string_view::npos, too_deep.message);
    BOOST_TEST(!appnotify::is_valid(deep, options));
}

BOOST_AUTO_TEST_CASE(deep_objects_too) {
    std::string deep;
    for (int i = 0; i < 10000; ++i) deep += "{\"a\":";
    deep += "1" + std::string(10000, '}');
    const auto r = validate(test::payload("\"X\": " + deep));
    BOOST_TEST(test::has(r, diagnostic_code::json_nesting_too_deep));
}

BOOST_AUTO_TEST_CASE(unclosed_deep_nesting_reports_the_depth_first) {
    const auto r = validate(std::string(100000, '{'));
    BOOST_TEST(!r.ok());
    BOOST_TEST_REQUIRE(!r.diagnostics().empty());
}

BOOST_AUTO_TEST_CASE(diagnostics_are_capped_and_the_rest_counted) {
    std::string actions;
    for (int i = 0; i < 3000; ++i) actions += std::string(i ? "," : "") + "{}";
    appnotify::validate_options options;
    options.max_diagnostics = 100;
    const auto r = validate(test::payload(R"~("Actions": {"actions@odata.type": "#Collection(Microsoft.Dynamics.CRM.expando)", "actions": [)~" + actions + "]}"), options);
    BOOST_TEST(r.diagnostics().size() == 101u);
    BOOST_TEST(r.diagnostics().back().code == diagnostic_code::too_many_diagnostics);
    // Two errors an action, and one for the data column the 3000 of them would fill past 5000.
    BOOST_TEST(test::contains(r.diagnostics().back().message, "5901 more diagnostics"));
    BOOST_TEST(r.error_count() == 6001u);
}

BOOST_AUTO_TEST_CASE(diagnostics_come_in_document_order) {
    const auto r = validate(R"~({"IconType": "x", "Body": 5, "Expiry": 0})~");
    std::size_t last = 0;
    for (const auto& d : r.diagnostics()) {
        BOOST_TEST(d.offset >= last);
        last = d.offset;
    }
    BOOST_TEST(r.diagnostics().size() == 5u, test::describe(r));
}

BOOST_AUTO_TEST_CASE(a_reused_result_gives_the_same_answers) {
    const std::vector<std::string> inputs = {
        test::payload(),
        test::payload(R"~("IconType": "x", "Body": 5)~"),
        "{\"Title\": 1,}",
        test::payload(R"~("Actions": {"actions": [{"title": "a", "data": {"type": "teamsChat", "memberIds": ["x", "y"]}}]})~"),
        "",
        test::payload(R"~("Body": "second")~"),
    };
    appnotify::validation_result reused;
    for (int round = 0; round < 2; ++round)
        for (const std::string& json : inputs) {
            validate(json, reused);
            const auto fresh = validate(json);
            BOOST_TEST(test::describe(reused) == test::describe(fresh));
            BOOST_TEST(reused.notification().title == fresh.notification().title);
            BOOST_TEST(reused.ok() == fresh.ok());
            BOOST_TEST(reused.input() == json);
        }
}

BOOST_AUTO_TEST_CASE(is_valid_agrees_with_validate) {
    const std::vector<std::string> inputs = {
        test::payload(),
        test::payload(R"~("Body": "x", "OverrideContent": {"@odata.type": "Microsoft.Dynamics.CRM.expando"})~"),
        test::payload(R"~("IconType": 100000005)~"),
        test::payload(R"~("X": [1,,2])~"),
        test::payload() + " x",
        "[]",
        "",
        "\xEF\xBB\xBF" + test::payload(),
        test::payload(R"~("Title": "dup")~"),
        test::payload("\"Y\": " + std::string(100, '[') + std::string(100, ']')),
    };
    appnotify::validation_result scratch;
    for (const std::string& json : inputs) {
        BOOST_TEST(appnotify::is_valid(json) == validate(json).ok(), json);
        BOOST_TEST(appnotify::is_valid(json, scratch) == validate(json).ok(), json);
    }
}

BOOST_AUTO_TEST_CASE(results_can_be_moved) {
    auto r = validate(test::payload(R"~("Body": "moved")~"));
    appnotify::validation_result moved = std::move(r);
    BOOST_TEST(*moved.notification().body == "moved");
    BOOST_TEST(moved.ok());
}

BOOST_AUTO_TEST_SUITE_END()
