// SPDX-License-Identifier: MIT
// Inputs the fuzzers found problems with (tests/data/regressions/), replayed on every run with
// the invariants the fuzz targets check, and the specific answer each one must get.
#include "test_support.hpp"

#include <filesystem>

using appnotify::diagnostic_code;

BOOST_AUTO_TEST_SUITE(regressions)

BOOST_AUTO_TEST_CASE(every_validator_regression_keeps_the_invariants) {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::source_path("tests/data/regressions"))) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("validate-", 0) != 0) continue;
        const std::string input = test::read_file(entry.path().string());
        const auto r = appnotify::validate(input);
        BOOST_TEST(appnotify::is_valid(input) == r.ok(), name);
        for (const auto& d : r.diagnostics()) BOOST_TEST(d.offset <= input.size(), name);
        std::string message;
        const bool malformed = appnotify::detail::find_json_syntax_error(input, 64, message).has_value();
        if (malformed) BOOST_TEST(!r.ok(), name << test::describe(r));
        ++count;
    }
    BOOST_TEST(count > 0u);
}

BOOST_AUTO_TEST_CASE(a_null_meaning_the_default_is_still_validated) {
    // "IconType": null00... : the null was never read, so simdjson never checked it.
    const std::string input = test::read_source_file("tests/data/regressions/validate-unread-null-token.json");
    const auto r = appnotify::validate(input);
    const auto& d = test::only(r, diagnostic_code::json_invalid_literal, "");
    BOOST_TEST(d.offset == input.find("null00"));
    BOOST_TEST(!appnotify::is_valid(test::payload(R"~("Body": nul)~")));
    BOOST_TEST(!appnotify::is_valid(test::payload(R"~("Expiry": truex)~")));
    BOOST_TEST(!appnotify::is_valid(test::payload(R"~("OverrideContent": nullnull)~")));
}

BOOST_AUTO_TEST_CASE(a_syntax_error_inside_a_record_data_object_is_reported) {
    // fuzz_validate_dialects: "data" given as an object, with a raw control character (U+001A)
    // between two of its members; the inner walk stopped on it and nobody reported it.
    const std::string input =
        test::read_source_file("tests/data/regressions/validate-record-data-object-control-character.json");
    const auto r = appnotify::validate(input);
    BOOST_TEST(r.dialect() == appnotify::dialect::record);
    const auto& d = test::find(r, diagnostic_code::json_syntax, "");
    BOOST_TEST(d.offset == input.find('\x1a'));
    BOOST_TEST(!appnotify::is_valid(input));
}

BOOST_AUTO_TEST_SUITE_END()
